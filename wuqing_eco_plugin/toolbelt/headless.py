# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS without its desktop, for the command line: the demo, the scripts and the benchmarks."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def qgis_application() -> Iterator[object]:
    """An initialised QgsApplication (offscreen when there is no display); on leaving, the project
    is cleared before QGIS exits, since layers left in it can crash the exit."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    try:
        yield app
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
