# SPDX-License-Identifier: GPL-2.0-or-later
"""One way to tell the user something: the QGIS message bar, mirrored to the log."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

from .i18n import tr
from .log import get_logger

_log = get_logger("messages")
_DURATION = {Qgis.Info: 5, Qgis.Success: 5, Qgis.Warning: 10, Qgis.Critical: 0}


def open_folder(folder: str | Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def notify(iface, title: str, text: str, level: int = Qgis.Info, folder: Optional[Path] = None) -> None:
    """Show ``text`` on the message bar (when there is one) and log it; with ``folder`` (what was just
    written) the message offers to open it."""
    (_log.error if level == Qgis.Critical else _log.warning if level == Qgis.Warning else _log.info)(
        "%s: %s", title, text)
    if iface is None:
        return
    bar = iface.messageBar()
    duration = _DURATION.get(level, 5)
    bar.pushMessage(title, text, level, max(duration, 10) if folder is not None else duration)
    item = bar.currentItem() if folder is not None else None
    if item is not None and item.text() == text and item.layout() is not None:
        button = QPushButton(tr("Open folder"), item)
        button.clicked.connect(lambda: open_folder(folder))
        item.layout().addWidget(button)
