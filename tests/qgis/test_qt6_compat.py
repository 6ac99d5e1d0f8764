# SPDX-License-Identifier: GPL-2.0-or-later
"""The code stays valid for QGIS 4 (Qt 6) while it runs on QGIS 3.22.

Two checks. With QGIS 3's own bindings, scripts/qt6_scan.py walks the package and finds every enum
member reached without its enum, ``exec_()``, direct PyQt5 import, Qt 5-only class and dotted Qt/QGIS
name that does not exist. Then every Qt name the code uses, and every ``.ui`` form, is resolved and
built under PyQt6 from PyPI (build/pyqt6, made by ``make pyqt6-env``): PyQt6 has no QGIS, but its Qt
names are the ones QGIS 4 hands out. Each check is shown to fail on planted Qt 5 code.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wuqing_eco_plugin"


@pytest.fixture(scope="module")
def tool():
    """scripts/qt6_scan.py (the checks) and scripts/qt6_compat.py (the rewrite), as the command runs them."""
    scripts = str(ROOT / "scripts")
    sys.path.insert(0, scripts)
    try:
        import qt6_compat
        import qt6_scan
    finally:
        sys.path.remove(scripts)
    return SimpleNamespace(scan_source=qt6_scan.scan_source, scan_paths=qt6_scan.scan_paths,
                           rewritten=qt6_compat.rewritten)


# -- QGIS 3's bindings ------------------------------------------------------------------------------

def test_the_package_has_nothing_qt5_only_left(tool):
    findings = [str(f) for scan in tool.scan_paths([PACKAGE]) for f in scan.findings]
    assert findings == [], "run: .venv/bin/python scripts/qt6_compat.py\n" + "\n".join(findings)


PLANTED = '''\
from PyQt5.QtCore import QRegExp
from qgis.core import QgsFieldConstraints, QgsRenderContext, QgsWkbTypes
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QDialog, QFileDialog


def values():
    # Qt.AlignRight stays as it is in a comment
    text = "Qt.AlignTop stays as it is in a string"
    return (Qt.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QgsWkbTypes.PointGeometry,
            QgsFieldConstraints.ConstraintNotNull, QgsRenderContext.TextFormatAlwaysText, QVariant.String,
            QDialog.Accepted, QRegExp, text, int(QFileDialog.Options()), int(Qt.Alignment(Qt.AlignTop)))


def run(dialog):
    return dialog.exec_()
'''


def test_planted_qt5_code_is_found_and_rewritten(tool, tmp_path):
    path = tmp_path / "planted.py"
    path.write_text(PLANTED, encoding="utf-8")
    scan = tool.scan_source(path, PLANTED)
    found = sorted((f.kind, f.text) for f in scan.findings)
    assert found == [
        ("enum", "QDialog.Accepted"),
        ("enum", "QgsFieldConstraints.ConstraintNotNull"),
        ("enum", "QgsRenderContext.TextFormatAlwaysText"),
        ("enum", "QgsWkbTypes.PointGeometry"),
        ("enum", "Qt.AlignLeft"),
        ("enum", "Qt.AlignTop"),
        ("exec_", "dialog.exec_"),
        ("field-type", "QVariant.String"),
        ("pyqt5", "from PyQt5.QtCore import"),
        ("qt5-flags", "QFileDialog.Options()"),
        ("qt5-flags", "Qt.Alignment(…)"),
        ("qt5-only", "QRegExp (Qt 6: QRegularExpression)"),
    ]
    new = tool.rewritten(scan)
    assert "from qgis.PyQt.QtCore import QRegExp" in new
    assert ("Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QgsWkbTypes.GeometryType.PointGeometry,"
            in new)
    assert "QgsFieldConstraints.Constraint.ConstraintNotNull, Qgis.TextRenderFormat.AlwaysText, FieldType.String" in new
    assert "QDialog.DialogCode.Accepted" in new and "dialog.exec()" in new
    assert "int(QFileDialog.Option(0)), int(Qt.AlignmentFlag(Qt.AlignmentFlag.AlignTop))" in new
    assert "# Qt.AlignRight stays as it is in a comment" in new
    assert '"Qt.AlignTop stays as it is in a string"' in new
    assert "from qgis.core import Qgis\n" in new and "from wuqing_eco_plugin.toolbelt.compat import FieldType\n" in new

    # The rewritten names are the same objects in QGIS 3.22: behaviour does not change.
    assert _values(PLANTED) == _values(new)
    # A second run changes nothing; only what needs a person is left.
    again = tool.scan_source(path, new)
    assert tool.rewritten(again) == new
    assert [(f.kind, f.fix) for f in again.findings] == [("qt5-only", None)]


def _values(source: str) -> tuple:
    namespace: dict = {}
    exec(compile(source, "planted", "exec"), namespace)  # noqa: S102 - our own test snippet
    return namespace["values"]()


def test_a_misspelt_enum_path_is_found(tool, tmp_path):
    source = "from qgis.PyQt.QtCore import Qt\nfrom qgis.core import Qgis\n" \
             "ALIGN = Qt.AlignmentFlag.AlignLeftt\nLEVEL = Qgis.MessageLevel.Info\n"
    found = [(f.kind, f.line) for f in tool.scan_source(tmp_path / "typo.py", source).findings]
    assert found == [("unresolved", 3)]


def test_the_tool_rewrites_files_in_place_and_is_idempotent(tool, tmp_path):
    path = tmp_path / "module.py"
    path.write_text("from qgis.PyQt.QtCore import Qt\n\nORDER = Qt.DescendingOrder\n", encoding="utf-8")
    run = [sys.executable, str(ROOT / "scripts" / "qt6_compat.py"), str(path)]
    first = subprocess.run(run, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert path.read_text(encoding="utf-8") == \
        "from qgis.PyQt.QtCore import Qt\n\nORDER = Qt.SortOrder.DescendingOrder\n"
    second = subprocess.run(run, capture_output=True, text=True, check=False)
    assert "0 file(s) rewritten" in second.stderr
    check = subprocess.run([*run, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and check.stdout == ""


# -- PyQt6 -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pyqt6():
    """Resolve names and build forms under PyQt6; the environment is made once and kept in build/."""
    subprocess.run(["make", "-s", "pyqt6-env"], cwd=ROOT, check=True)
    python = ROOT / "build" / "pyqt6" / "bin" / "python"

    def resolve(uses: list[tuple[str, str, str]], ui: list[Path] = ()) -> dict:
        request = json.dumps({"uses": uses, "ui": [str(p) for p in ui]})
        done = subprocess.run([str(python), str(ROOT / "scripts" / "pyqt6_resolve.py")], input=request,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    return resolve


def test_every_qt_name_the_code_uses_exists_in_pyqt6(tool, pyqt6):
    uses = [(u.module, u.path, u.where, u.as_int) for scan in tool.scan_paths([PACKAGE]) for u in scan.qt_uses]
    # The scan must have seen the code's Qt names: an empty list would pass whatever PyQt6 says.
    names = {f"{m}.{p}" for m, p, _, _ in uses}
    assert {"QtCore.Qt.AlignmentFlag.AlignRight", "QtWidgets.QDialogButtonBox.StandardButton.Ok",
            "QtCore.QMetaType.Type.QString", "QtWidgets.QAction"} <= names
    assert ("QtCore", "Qt.ItemDataRole.UserRole") in {(m, p) for m, p, _, as_int in uses if as_int}
    assert not any(n.startswith("QtCore.QVariant.Type") for n in names)  # only under the compat's qt5-only marks
    forms = sorted(PACKAGE.rglob("*.ui"))
    assert forms
    result = pyqt6(uses, forms)
    assert result == {"missing": [], "ui": []}


def test_the_pyqt6_check_catches_qt5_names(tool, pyqt6, tmp_path):
    form = tmp_path / "spacer.ui"
    form.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ui version="4.0"><class>F</class>'
        '<widget class="QWidget" name="F"><layout class="QHBoxLayout" name="row">'
        '<item><spacer name="gap"><property name="orientation"><enum>Qt::Horizontal</enum></property></spacer>'
        '</item></layout></widget></ui>', encoding="utf-8")  # Qt 6 refuses a spacer without a size hint
    uses = [("QtCore", "Qt.AlignLeft", "a"), ("QtCore", "QRegExp", "b"), ("QtWidgets", "QFileDialog.Options", "c"),
            ("QtCore", "QVariant.String", "d"), ("QtCore", "Qt.AlignmentFlag.AlignLeft", "e"),
            ("QtWidgets", "QAction", "f"), ("uic", "loadUiType", "g"),
            ("QtCore", "Qt.CheckState.Checked", "h", True), ("QtCore", "Qt.ItemDataRole.UserRole", "i", True)]
    result = pyqt6(uses, [form])
    assert result["missing"] == ["QtCore.QRegExp (b)", "QtCore.QVariant.String (d)", "QtCore.Qt.AlignLeft (a)",
                                 "QtCore.Qt.CheckState.Checked (h): not an int in Qt 6",
                                 "QtWidgets.QFileDialog.Options (c)"]
    assert len(result["ui"]) == 1 and result["ui"][0].startswith("spacer.ui: TypeError")

    # The tool gives the spacer a size hint; PyQt6 then builds the form, and a second run changes nothing.
    scan = tool.scan_paths([form])[0]
    assert [(f.kind, f.line) for f in scan.findings] == [("ui-spacer", 1)]
    form.write_text(tool.rewritten(scan), encoding="utf-8")
    assert pyqt6([], [form]) == {"missing": [], "ui": []}
    assert tool.scan_paths([form])[0].findings == []
