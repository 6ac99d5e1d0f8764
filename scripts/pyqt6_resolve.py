#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Which of the Qt names the plugin uses does Qt 6 lack? Runs under PyQt6 from PyPI (build/pyqt6, no QGIS).

PyQt6 has no QGIS, but its Qt names are the ones QGIS 4's ``qgis.PyQt`` hands out. Reads JSON on stdin::

    {"uses": [["QtCore", "Qt.AlignmentFlag.AlignLeft", "where", as_int], ["QtWidgets", "QDialog", "where"], …],
     "ui": ["path/to/form.ui", …]}

and prints ``{"missing": ["QtCore.Qt.AlignLeft (where)", …], "ui": ["form.ui: error", …]}``: dotted
names that do not resolve in PyQt6 (or are no ints where the code does ``int(…)`` or sums), and
``.ui`` forms PyQt6's uic cannot build (each one is built, offscreen, as ``uic.loadUiType`` builds it
in QGIS 4; QGIS's own widgets stand in as the Qt class they extend).
"""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

#: What QGIS 4's qgis.PyQt adds to PyQt6 so that Qt 5 imports keep working: QAction, QActionGroup and
#: QShortcut moved to QtGui in Qt 6 and QGIS serves them from QtWidgets too (QGIS PRs 55658, 57467).
QGIS_ADDS = {("QtWidgets", "QAction"): "QtGui", ("QtWidgets", "QActionGroup"): "QtGui",
             ("QtWidgets", "QShortcut"): "QtGui"}


def problem(module: str, dotted: str, as_int: bool = False) -> str | None:
    """Why PyQt6 refuses ``module.dotted``: missing, or not an int where the code does int(…) or sums."""
    try:
        obj = importlib.import_module(f"PyQt6.{module}")
    except ImportError:
        return "missing"
    parts = [p for p in dotted.split(".") if p]
    if parts and (module, parts[0]) in QGIS_ADDS and not hasattr(obj, parts[0]):
        obj = importlib.import_module(f"PyQt6.{QGIS_ADDS[module, parts[0]]}")
    for part in parts:
        if not hasattr(obj, part):
            return "missing"
        obj = getattr(obj, part)
    return "not an int in Qt 6" if as_int and not isinstance(obj, int) else None


def qgis_stand_ins(path: str) -> None:
    """QGIS's widgets in a form (``<customwidget>`` with a ``qgis.*`` header) as the Qt class each one
    extends, in stand-in ``qgis`` modules: the form is then built whole, as QGIS 4 builds it, without QGIS."""
    import types
    import xml.etree.ElementTree as ET

    from PyQt6 import QtWidgets

    for custom in ET.parse(path).getroot().iter("customwidget"):
        header, name, extends = (custom.findtext(k) or "" for k in ("header", "class", "extends"))
        if not header.startswith("qgis"):
            continue
        parent = None
        for depth in range(1, header.count(".") + 2):
            module_name = ".".join(header.split(".")[:depth])
            module = sys.modules.setdefault(module_name, types.ModuleType(module_name))
            if parent is not None:
                setattr(parent, module_name.rsplit(".", 1)[-1], module)
            parent = module
        setattr(parent, name, type(name, (getattr(QtWidgets, extends),), {}))


def ui_error(path: str) -> str | None:
    from PyQt6 import uic

    try:
        qgis_stand_ins(path)
        form, base = uic.loadUiType(path)
        form().setupUi(base())
    except Exception as exc:  # noqa: BLE001 - any failure is the answer
        return f"{Path(path).name}: {type(exc).__name__}: {exc}"
    return None


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    request = json.load(sys.stdin)
    missing = []
    for module, dotted, where, *as_int in request.get("uses", []):
        why = problem(module, dotted, *as_int)
        if why:
            name = ".".join(filter(None, (module, dotted)))
            missing.append(f"{name} ({where})" if why == "missing" else f"{name} ({where}): {why}")
    errors = []
    if request.get("ui"):
        from PyQt6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need one
        errors = [e for e in map(ui_error, request["ui"]) if e]
    json.dump({"missing": sorted(set(missing)), "ui": errors}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
