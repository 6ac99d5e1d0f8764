# SPDX-License-Identifier: GPL-2.0-or-later
"""Run a drawing export in the background of the QGIS session: progress and cancel in the task
manager, QGIS usable meanwhile.

Why not export inside ``QgsTask.run()``: print layouts are QGraphicsScenes whose items (maps,
legends with their layer-tree models) and the layers they draw belong to the main thread, and QGIS
3.22 does not make them thread-safe; QGIS's own "Export atlas layout" algorithms carry
``FlagNoThreading`` for that reason. Cloning the layers would not help, the layout itself is the
problem. So the export runs on the main thread one town at a time (about 0.2 s each on the sample),
returning to the event loop between towns, and a :class:`ProgressTask` shows it in the task manager:
its ``run()`` only waits in a worker thread until the export ends or the user cancels it there.
"""
from __future__ import annotations

import threading
from typing import Optional

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ...toolbelt.i18n import tr
from ...toolbelt.log import get_logger
from .export import DrawingExport, ExportResult

_log = get_logger(__name__)


class ProgressTask(QgsTask):
    """A task-manager entry for work done elsewhere: shows its progress, offers cancel, and ends
    when :meth:`finalize` is called or the user cancels."""

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._done = threading.Event()
        self._ok = False

    def run(self) -> bool:
        while not self._done.wait(0.1):
            if self.isCanceled():
                return False
        return self._ok

    def finalize(self, ok: bool) -> None:
        self._ok = ok
        self._done.set()


class DrawingExportRunner(QObject):
    """Drives a :class:`DrawingExport` town by town from the event loop."""

    progressed = pyqtSignal(int, int, str)  # towns done, towns in all, the town just done
    finished = pyqtSignal(object)  # ExportResult (also after a cancel: it lists what was exported)
    failed = pyqtSignal(str)

    def __init__(self, job: DrawingExport, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.job = job
        self.task: Optional[ProgressTask] = None
        self.cancelled = False
        self.result: Optional[ExportResult] = None

    def start(self) -> None:
        self.job.folder.mkdir(parents=True, exist_ok=True)
        self.task = ProgressTask(tr("Review drawings: {n} towns").format(n=len(self.job)))
        QgsApplication.taskManager().addTask(self.task)
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _step(self) -> None:
        task = self.task
        if task is None:
            return
        if task.isCanceled() or self.job.done:
            self.cancelled = task.isCanceled()
            self._end(not self.cancelled)
            return
        try:
            entry = self.job.export_next()
        except Exception as exc:  # noqa: BLE001 - any failure must end the task and reach the user
            _log.exception("review drawing export failed")
            self._end(False, str(exc))
            return
        total = max(len(self.job), 1)
        task.setProgress(100.0 * self.job.position / total)
        self.progressed.emit(self.job.position, len(self.job), entry.town)
        QTimer.singleShot(0, self._step)

    def _end(self, ok: bool, error: str = "") -> None:
        task, self.task = self.task, None
        try:
            self.result = self.job.finish()
        except OSError as exc:
            error = error or str(exc)
        if task is not None:
            task.finalize(ok and not error)
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(self.result)
