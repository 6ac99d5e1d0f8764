# SPDX-License-Identifier: GPL-2.0-or-later
"""One way to tell the user something: the QGIS message bar, mirrored to the log."""
from __future__ import annotations

from qgis.core import Qgis

from .log import get_logger

_log = get_logger("messages")
_DURATION = {
    Qgis.MessageLevel.Info: 5,
    Qgis.MessageLevel.Success: 5,
    Qgis.MessageLevel.Warning: 10,
    Qgis.MessageLevel.Critical: 0,
}


def notify(iface, title: str, text: str, level: int = Qgis.MessageLevel.Info) -> None:
    """Show ``text`` on the message bar (when there is one) and log it."""
    (
        _log.error
        if level == Qgis.MessageLevel.Critical
        else _log.warning
        if level == Qgis.MessageLevel.Warning
        else _log.info
    )("%s: %s", title, text)
    if iface is not None:
        iface.messageBar().pushMessage(title, text, level, _DURATION.get(level, 5))
