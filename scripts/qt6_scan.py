#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""What in the plugin's code Qt 6 (QGIS 4) would refuse, found with QGIS 3's own bindings; used by
scripts/qt6_compat.py (which rewrites it) and tests/qgis/test_qt6_compat.py (which keeps it out).

Each finding carries its rewrite when one is known (an edit at AST byte positions, so strings and
comments stay), and every Qt name the code reaches is listed for the check under PyQt6.
"""
from __future__ import annotations

import ast
import enum
import importlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import Qgis

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wuqing_eco_plugin"
#: The one module where what differs between QGIS 3 and 4 lives; exempt from the checks.
COMPAT = PACKAGE / "toolbelt" / "compat.py"
#: Field types the compatibility module offers (QVariant.Type names), and where from (relative to the package).
FIELD_TYPE = "FieldType"
COMPAT_MODULE = ".toolbelt.compat"
#: Marks a line of the compatibility module that runs only under Qt 5 (left out of the PyQt6 check).
QT5_ONLY_MARK = "# qt5-only"
#: Qt 5 classes that Qt 6 dropped, and what to use instead (PyQt6 has none of them).
QT5_ONLY = {
    "QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QGuiApplication.screens()", "QGLWidget": "QOpenGLWidget", "QGLFormat": "QSurfaceFormat",
    "QMatrix": "QTransform", "QTextCodec": "Python's codecs", "QStringRef": "str", "QDirModel": "QFileSystemModel",
    "QSound": "QSoundEffect", "QWebView": "QWebEngineView", "qApp": "QApplication.instance()",
}
#: Modules whose names the tool resolves (the rest of an import is not Qt's or QGIS's).
RESOLVED_MODULES = ("qgis", "PyQt5")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    kind: str  # enum, exec_, pyqt5, field-type, qt5-only, qt5-flags, unplaced-enum, pyqt5-module, unresolved,
    # ui-spacer
    text: str  # what is there
    fix: str | None = None  # what it becomes; None: a person must change it

    def __str__(self) -> str:
        where = f"{self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path}:{self.line}"
        return f"{where}: [{self.kind}] {self.text}" + (f" -> {self.fix}" if self.fix else " (fix by hand)")


@dataclass
class QtUse:
    """A dotted name the code reaches in Qt: ``(module, "Qt.AlignmentFlag.AlignLeft")`` or an import."""
    module: str  # QtCore, QtWidgets, … (as imported from qgis.PyQt)
    path: str
    where: str
    as_int: bool = False  # int(…) or arithmetic: PyQt6 allows that only on int-based enums


@dataclass
class Scan:
    path: Path
    source: str
    findings: list[Finding] = field(default_factory=list)
    edits: list[tuple[int, int, str]] = field(default_factory=list)  # byte offsets
    qt_uses: list[QtUse] = field(default_factory=list)
    #: (module, name) the rewrite needs imported; a relative module is taken from the package root
    imports: set[tuple[str, str]] = field(default_factory=set)


def _is_enum_type(cls: object) -> bool:
    """A PyQt5/sip enum class, or a Python one (QGIS 3.22's scoped enums in ``Qgis``)."""
    return isinstance(cls, type) and (
        (type(cls).__name__, type(cls).__module__) == ("enumtype", "sip") or issubclass(cls, enum.Enum))


_MISSING = object()
#: How PyQt5 documents a Qt flags class: ``QFileDialog.Options(f: Union[QFileDialog.Options, QFileDialog.Option])``.
_FLAGS_DOC = re.compile(r"\(f: Union\[[\w.]+, ([\w.]+)\]\)")


class _Resolver:
    """Local names of one module → the QGIS/Qt objects they stand for (imports only)."""

    def __init__(self, tree: ast.AST) -> None:
        self.names: dict[str, object] = {}
        #: local name → (Qt module it came from, its dotted name there: "" for the module itself)
        self.qt_origin: dict[str, tuple[str, str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module.split(".")[0] not in RESOLVED_MODULES:
                    continue
                for alias in node.names:
                    obj = _import_attr(node.module, alias.name)
                    local = alias.asname or alias.name
                    if obj is not _MISSING:
                        self.names[local] = obj
                    origin = qt_origin(node.module, alias.name)
                    if origin:
                        self.qt_origin[local] = origin
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    module = _import_attr(top, alias.name[len(top) + 1:]) if "." in alias.name else _MISSING
                    if top in RESOLVED_MODULES and alias.asname and module is not _MISSING:
                        self.names[alias.asname] = module  # import qgis.core as core
                        origin = qt_origin(*alias.name.rsplit(".", 1))
                        if origin:
                            self.qt_origin[alias.asname] = origin
                    elif top in RESOLVED_MODULES:
                        self.names[top] = importlib.import_module(top)  # import qgis.core: qgis.core.…

    def resolve(self, node: ast.expr) -> object:
        if isinstance(node, ast.Name):
            return self.names.get(node.id, _MISSING)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return _MISSING if base is _MISSING else getattr(base, node.attr, _MISSING)
        return _MISSING


def _import_attr(module: str, name: str) -> object:
    try:
        mod = importlib.import_module(module)
        return getattr(mod, name) if hasattr(mod, name) else importlib.import_module(f"{module}.{name}")
    except ImportError:
        return _MISSING


def qt_origin(module: str, name: str) -> tuple[str, str] | None:
    """``("QtCore", "Qt")`` for ``from qgis.PyQt.QtCore import Qt``, ``("uic", "")`` for
    ``from qgis.PyQt import uic``; None when the import is not Qt's."""
    for prefix in ("qgis.PyQt", "PyQt5"):
        if module == prefix:
            return name, ""
        if module.startswith(prefix + "."):
            return module[len(prefix) + 1:], name
    return None


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


class _Offsets:
    """(line, UTF-8 column) as AST gives them → byte offsets into the encoded source."""

    def __init__(self, data: bytes) -> None:
        self.starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A]

    def __call__(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col


def scan_source(path: Path, source: str) -> Scan:
    """Everything in one module that Qt 6 would refuse, with the rewrite where one is known."""
    scan = Scan(path, source)
    tree = ast.parse(source, filename=str(path))
    resolver = _Resolver(tree)
    offset = _Offsets(source.encode("utf-8"))
    exempt = path.resolve() == COMPAT.resolve()
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}

    def add(node: ast.AST, kind: str, text: str, fix: str | None, edit: tuple[int, int, str] | None = None):
        scan.findings.append(Finding(path, node.lineno, kind, text, fix))
        if edit:
            scan.edits.append(edit)

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            _check_import_from(scan, node, source, offset, add)
            for alias in node.names:
                origin = qt_origin(node.module, alias.name)
                if origin:
                    scan.qt_uses.append(QtUse(origin[0], origin[1], f"{path.name}:{node.lineno}"))
                    if alias.name in QT5_ONLY:
                        add(node, "qt5-only", f"{alias.name} (Qt 6: {QT5_ONLY[alias.name]})", None)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "PyQt5" or alias.name == "sip":
                    add(node, "pyqt5-module", f"import {alias.name}", None)
        elif isinstance(node, ast.Attribute):
            if not isinstance(parents.get(node), ast.Attribute):  # the outermost attribute of a dotted name
                _record_qt_path(scan, resolver, node, _used_as_int(node, parents))
                _check_resolves(resolver, node, add)
                _check_flags(resolver, node, parents.get(node), offset, add)
            if node.attr == "exec_":
                end = offset(node.end_lineno, node.end_col_offset)
                add(node, "exec_", _dotted(node) or "….exec_", "exec", (end - len("exec_"), end, "exec"))
            elif node.attr in QT5_ONLY:
                add(node, "qt5-only", f"{_dotted(node) or node.attr} (Qt 6: {QT5_ONLY[node.attr]})", None)
            elif not exempt:
                _check_enum(scan, resolver, node, offset, add)
    return scan


def _check_import_from(scan: Scan, node: ast.ImportFrom, source: str, offset: _Offsets, add) -> None:
    if node.module.split(".")[0] != "PyQt5" or scan.path.resolve() == COMPAT.resolve():
        return
    # The module name follows "from" on the statement's first line.
    line = source.splitlines()[node.lineno - 1].encode("utf-8")
    start = line.find(b"PyQt5", node.col_offset)
    begin = offset(node.lineno, start)
    new = "qgis.PyQt" + node.module[len("PyQt5"):]
    add(node, "pyqt5", f"from {node.module} import", f"from {new} import",
        (begin, begin + len(node.module), new))


def _record_qt_path(scan: Scan, resolver: _Resolver, node: ast.Attribute, as_int: bool) -> None:
    """Remember a dotted name rooted in Qt (``Qt.AlignmentFlag.AlignLeft``) for the PyQt6 check."""
    dotted = _dotted(node)
    if dotted is None:
        return
    if scan.path.resolve() == COMPAT.resolve() and QT5_ONLY_MARK in scan.source.splitlines()[node.lineno - 1]:
        return
    root, _, rest = dotted.partition(".")
    origin = resolver.qt_origin.get(root)
    if origin:
        module, prefix = origin
        scan.qt_uses.append(QtUse(module, f"{prefix}.{rest}" if prefix else rest, f"{scan.path.name}:{node.lineno}",
                                  as_int))


def _used_as_int(node: ast.AST, parents: dict) -> bool:
    """``int(Qt.AlignmentFlag.AlignRight | …)`` or ``Qt.ItemDataRole.UserRole + 1``."""
    parent = parents.get(node)
    while isinstance(parent, ast.BinOp) and isinstance(parent.op, (ast.BitOr, ast.BitAnd)):
        parent = parents.get(parent)
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "int":
        return True
    return isinstance(parent, ast.BinOp) and not isinstance(parent.op, (ast.BitOr, ast.BitAnd, ast.BitXor))


def _check_flags(resolver: _Resolver, node: ast.Attribute, parent: ast.AST | None, offset: _Offsets, add) -> None:
    """PyQt6 has no Qt flags classes (``QFileDialog.Options``): build the flags from their enum instead,
    ``QFileDialog.Option(0)``, which PyQt5 takes too. (QGIS 4 keeps QGIS's own, e.g. ``QgsTask.Flags``.)"""
    flags = resolver.resolve(node)
    doc = _FLAGS_DOC.search(getattr(flags, "__doc__", None) or "") if isinstance(flags, type) else None
    if doc is None or not flags.__module__.startswith("PyQt5") or _is_enum_type(flags):
        return
    enum_name = doc.group(1).rsplit(".", 1)[-1]
    scope = resolver.resolve(node.value)
    dotted = _dotted(node)
    new = f"{dotted[: -len(node.attr)]}{enum_name}"
    if not (isinstance(parent, ast.Call) and parent.func is node and _is_enum_type(getattr(scope, enum_name, None))):
        add(node, "qt5-flags", f"{dotted} (Qt 6 has only {new})", None)
    elif parent.args or parent.keywords:
        end = offset(node.end_lineno, node.end_col_offset)
        add(node, "qt5-flags", f"{dotted}(…)", f"{new}(…)", (end - len(node.attr), end, enum_name))
    else:
        start, end = offset(parent.lineno, parent.col_offset), offset(parent.end_lineno, parent.end_col_offset)
        add(node, "qt5-flags", f"{dotted}()", f"{new}(0)", (start, end, f"{new}(0)"))


def _check_resolves(resolver: _Resolver, node: ast.Attribute, add) -> None:
    """A dotted name rooted in Qt or QGIS must exist in this QGIS: a misspelt enum path fails only when
    its line runs, and the rewrite must never produce one."""
    root = node
    while isinstance(root, ast.Attribute):
        root = root.value
    if isinstance(root, ast.Name) and root.id in resolver.names and resolver.resolve(node) is _MISSING:
        add(node, "unresolved", f"{_dotted(node)} does not exist in QGIS {Qgis.QGIS_VERSION}", None)


def _check_enum(scan: Scan, resolver: _Resolver, node: ast.Attribute, offset: _Offsets, add) -> None:
    base = resolver.resolve(node.value)
    if base is _MISSING or _is_enum_type(base) or not isinstance(base, type):
        return  # not Qt/QGIS, or already reached through its enum
    value = getattr(base, node.attr, _MISSING)
    kind = type(value)
    if not _is_enum_type(kind):
        return
    dotted = _dotted(node) or node.attr
    start = offset(node.lineno, node.col_offset)
    end = offset(node.end_lineno, node.end_col_offset)
    if kind.__qualname__ == "QVariant.Type":
        if not hasattr(_compat().FieldType, node.attr):
            add(node, "field-type", f"{dotted} (add it to {FIELD_TYPE} in {COMPAT.name})", None)
            return
        fix = f"{FIELD_TYPE}.{node.attr}"
        add(node, "field-type", dotted, fix, (start, end, fix))
        scan.imports.add((COMPAT_MODULE, FIELD_TYPE))
        return
    enum_name = kind.__name__
    if getattr(base, enum_name, None) is kind and getattr(kind, node.attr, _MISSING) == value:
        add(node, "enum", dotted, f"{dotted[: -len(node.attr)]}{enum_name}.{node.attr}",
            (end - len(node.attr), end - len(node.attr), f"{enum_name}."))
        return
    if isinstance(value, enum.Enum) and getattr(Qgis, enum_name, None) is kind:
        # A QGIS enum moved into Qgis (already in QGIS 3.22): reach it there, under its new name.
        fix = f"Qgis.{enum_name}.{value.name}"
        add(node, "enum", dotted, fix, (start, end, fix))
        scan.imports.add(("qgis.core", "Qgis"))
        return
    add(node, "unplaced-enum", f"{dotted} ({kind.__qualname__})", None)


def _compat():
    sys.path.insert(0, str(ROOT))
    return importlib.import_module(f"{PACKAGE.name}{COMPAT_MODULE}")


#: A Qt Designer spacer and its end tag. Without a size hint PyQt6's uic builds it as
#: ``QSpacerItem(policy, policy)``, which PyQt6 refuses (PyQt5 took the policies for a 7×0 size).
_SPACER = re.compile(rb"<spacer\b[^>]*>.*?(</spacer>)", re.S)
SPACER_SIZE = '<property name="sizeHint" stdset="0"><size><width>0</width><height>0</height></size></property>'


def scan_ui(path: Path, source: str) -> Scan:
    """A ``.ui`` form's spacers without a size hint, with the 0×0 one to give them."""
    scan = Scan(path, source)
    data = source.encode("utf-8")
    for match in _SPACER.finditer(data):
        if b'name="sizeHint"' not in match.group(0):
            line = data.count(b"\n", 0, match.start()) + 1
            scan.findings.append(Finding(path, line, "ui-spacer", "spacer without sizeHint", "sizeHint 0×0"))
            scan.edits.append((match.start(1), match.start(1), SPACER_SIZE))
    return scan


def source_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted([*p.rglob("*.py"), *p.rglob("*.ui")]) if p.is_dir() else [p])
    return files


def scan_paths(paths: list[Path]) -> list[Scan]:
    return [(scan_ui if p.suffix == ".ui" else scan_source)(p, p.read_text(encoding="utf-8"))
            for p in source_files(paths)]
