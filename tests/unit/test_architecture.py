# SPDX-License-Identifier: GPL-2.0-or-later
"""The layered shape holds: domain → layers → services → processing/ui → plugin.py.

Each package may import only from the packages below it; only plugin.py holds ``iface``.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "wuqing_eco_plugin"

# What each part of the package may import from the package itself.
ALLOWED = {
    "domain": {"domain"},
    "toolbelt": {"toolbelt"},
    "layers": {"domain", "toolbelt", "layers"},
    "services": {"domain", "toolbelt", "layers", "services"},
    "processing": {"domain", "toolbelt", "layers", "services", "processing"},
    "ui": {"domain", "toolbelt", "layers", "services", "ui"},
}
EXTERNAL_FORBIDDEN = {
    "domain": {"qgis", "PyQt5", "osgeo"},
    "layers": {"qgis.gui", "qgis.utils", "processing"},
    "services": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
    "processing": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
}


def modules():
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        yield (rel.parts[0] if len(rel.parts) > 1 else rel.stem), path


def imports_of(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(PKG).parts) - 1  # how deep below the package the module sits
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                up = node.level - 1
                if up < depth:  # relative import within its own sub-package
                    base = path.relative_to(PKG).parts[: depth - up]
                    yield "internal", ".".join([*base, *(node.module or "").split(".")]).strip(".")
                else:
                    yield "internal", node.module or ""
            elif node.module and node.module.startswith("wuqing_eco_plugin"):
                yield "internal", node.module.split(".", 1)[1] if "." in node.module else ""
            elif node.module:
                yield "external", node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield "external", alias.name


@pytest.mark.parametrize("part, path", list(modules()), ids=lambda v: str(v))
def test_imports_follow_the_layers(part, path):
    if part not in ALLOWED:
        return  # plugin.py, __init__.py, __main__.py sit on top and may import anything
    for kind, name in imports_of(path):
        if kind == "internal":
            target = name.split(".")[0]
            assert target in ALLOWED[part], f"{path.name} ({part}) imports {name}"
        else:
            for bad in EXTERNAL_FORBIDDEN.get(part, ()):
                assert not (name == bad or name.startswith(bad + ".")), f"{path.name} ({part}) imports {name}"


def uses_iface(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name) and node.id == "iface":
            return True
        if isinstance(node, ast.arg) and node.arg == "iface":
            return True
        if isinstance(node, ast.Attribute) and node.attr == "iface":
            return True
    return False


#: The one helper below plugin.py that is handed iface (by plugin.py, to push to the message bar).
IFACE_HELPERS = {Path("toolbelt/messages.py")}


def test_only_plugin_py_holds_iface():
    offenders = [p.relative_to(PKG) for part, p in modules()
                 if part in ("domain", "layers", "services", "processing", "ui", "toolbelt") and uses_iface(p)]
    assert sorted(set(offenders) - IFACE_HELPERS) == []


def test_modules_stay_small():
    sizes = {p.relative_to(PKG): len(p.read_text(encoding="utf-8").splitlines()) for _, p in modules()}
    big = {p: n for p, n in sizes.items() if n > 450}
    assert big == {}
