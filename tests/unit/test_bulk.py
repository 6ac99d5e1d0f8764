# SPDX-License-Identifier: GPL-2.0-or-later
"""The collector pause around bulk work: nested and concurrent blocks, and it runs again after."""
from __future__ import annotations

import gc
import threading

import pytest

from wuqing_eco_plugin.domain.bulk import collector_paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_runs_again_after_the_last_block():
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_block_that_raises_still_lets_the_collector_run_again():
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_blocks_on_two_threads_end_in_any_order():
    inside, leave = threading.Event(), threading.Event()

    def other():
        with collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        inside.wait(5)
    assert not gc.isenabled()  # this block ended first: the other thread's still runs
    leave.set()
    thread.join(5)
    assert gc.isenabled()
