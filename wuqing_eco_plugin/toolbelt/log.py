# SPDX-License-Identifier: GPL-2.0-or-later
"""Logging bridge: Python ``logging`` records of the plugin go to the QGIS message log tab."""
from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

LOGGER_NAME = "wuqing_eco_plugin"
TAG = "武清生态保护"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


class QgisLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = next((q for py, q in _LEVELS if record.levelno >= py), Qgis.MessageLevel.Info)
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, level, notifyUser=False)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name if name.startswith(LOGGER_NAME) else f"{LOGGER_NAME}.{name}")


def add_qgis_handler() -> QgisLogHandler:
    """Attach the bridge to the plugin's root logger; the caller removes it on unload."""
    handler = QgisLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    root = logging.getLogger(LOGGER_NAME)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def remove_handler(handler: logging.Handler) -> None:
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
