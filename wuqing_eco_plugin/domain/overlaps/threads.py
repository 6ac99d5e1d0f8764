# SPDX-License-Identifier: GPL-2.0-or-later
"""Work shared among threads, with progress and cancelling handled on the caller's thread."""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Callable, Optional, TypeVar

from ..errors import CancelledError

T = TypeVar("T")

#: Progress callback: fraction done (0–1).
Progress = Callable[[float], None]
#: Returns True when the caller wants the work stopped.
StopCheck = Callable[[], bool]


def check_stop(should_stop: Optional[StopCheck]) -> None:
    if should_stop is not None and should_stop():
        raise CancelledError()


def in_threads(run: Callable[[int], T], count: int, workers: int, should_stop: Optional[StopCheck],
                report: Optional[Progress] = None) -> list[T]:
    """``[run(0), …, run(count - 1)]`` on up to ``workers`` threads (in this one when there is one
    task or one worker), progress reported and cancelling checked from this thread."""
    if count == 1 or workers == 1:
        results = []
        for k in range(count):
            results.append(run(k))
            if report is not None:
                report((k + 1) / count)
        return results
    slots: list[Optional[T]] = [None] * count
    pool = ThreadPoolExecutor(max_workers=min(workers, count), thread_name_prefix="wuqing-overlay")
    try:
        pending = {pool.submit(run, k): k for k in range(count)}
        while pending:
            done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                slots[pending.pop(future)] = future.result()  # a worker's error is raised here
            if report is not None:
                report((count - len(pending)) / count)
            check_stop(should_stop)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return slots  # type: ignore[return-value]
