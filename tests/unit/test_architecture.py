# SPDX-License-Identifier: GPL-2.0-or-later
"""The code layout holds: layers point one way, features keep to their folders, nothing imports in a circle.

Layers, each importing only from those below it::

    domain → layers → output → services → sample → processing / ui / demo → plugin.py, __main__.py

(toolbelt sits beside them and may be used by every layer but the domain.) Inside the layers a
feature is one folder (``overlaps``, ``markers``, ``ledger``, ``drawings``, ``project``, ``field``); a feature
folder imports the shared modules of any lower layer and its own folders, never another feature's
folder except through :data:`FEATURE_EXCEPTIONS`. Every import counts: at module level, inside
functions and under ``TYPE_CHECKING``.
"""
from __future__ import annotations

import ast
import builtins
from functools import cache
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "wuqing_eco_plugin"
NAME = PKG.name

#: What each layer may import from the package itself.
ALLOWED = {
    "domain": {"domain"},
    "toolbelt": {"toolbelt"},
    "layers": {"domain", "toolbelt", "layers"},
    "output": {"domain", "toolbelt", "layers", "output"},
    "services": {"domain", "toolbelt", "layers", "output", "services"},
    "sample": {"domain", "toolbelt", "layers", "output", "services", "sample"},
    "processing": {"domain", "toolbelt", "layers", "output", "services", "sample", "processing"},
    "ui": {"domain", "toolbelt", "layers", "output", "services", "sample", "ui"},
    "demo": {"domain", "toolbelt", "layers", "output", "services", "sample", "demo"},
}
#: Modules on top that may import anything (they compose the layers).
TOP = {"plugin", "__init__", "__main__"}
EXTERNAL_FORBIDDEN = {
    "domain": {"qgis", "PyQt5", "PyQt6", "osgeo"},
    "layers": {"qgis.gui", "qgis.utils", "processing"},
    "output": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets", "processing"},
    "services": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
    "sample": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
    "processing": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
    "demo": {"qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets"},
}
FEATURES = {"overlaps", "markers", "ledger", "drawings", "project", "field", "clues"}
#: (importing feature, imported feature): the only ways one feature reaches into another, and why.
FEATURE_EXCEPTIONS = {
    # A town's review drawing shows its boundary markers and their coordinate table.
    ("drawings", "markers"),
    # Field work: new cases from the phone are registered through the ledger's record path.
    ("field", "ledger"),
    # Field work: marker surveys are applied and checked as the markers feature does.
    ("field", "markers"),
    # Monitoring clues get the verdicts of the project screening (same four codes, same areas)…
    ("clues", "overlaps"),
    # …and become cases through the ledger's own record path (place finder, draft, store).
    ("clues", "ledger"),
    # The demo runs every feature in turn; its steps live in demo/<feature>.py.
}
#: Where GDAL/OGR may be used directly: the data-access layer.
OSGEO_ALLOWED = {"layers"}
#: Where the global project may be reached: the desktop's own code (ui/, plugin.py) and the
#: headless entry points that stand in for it.
PROJECT_INSTANCE_ALLOWED = {"ui", "plugin", "__main__", "toolbelt/headless.py"}
#: The root of every exception the plugin raises itself.
BASE_ERROR = "WuqingError"


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        out.append((rel.parts[0] if len(rel.parts) > 1 else rel.stem, path))
    return out


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def imports_of(path: Path):
    """("internal", dotted name below the package) or ("external", module) for every import."""
    package = module_name(path).split(".") if path.name == "__init__.py" else module_name(path).split(".")[:-1]
    package = [p for p in package if p]
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
                yield "internal", target
                for alias in node.names:
                    yield "internal", f"{target}.{alias.name}".strip(".")
            elif node.module and (node.module == NAME or node.module.startswith(NAME + ".")):
                target = node.module[len(NAME) + 1:]
                yield "internal", target
                for alias in node.names:
                    yield "internal", f"{target}.{alias.name}".strip(".")
            elif node.module:
                yield "external", node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(NAME + "."):
                    yield "internal", alias.name[len(NAME) + 1:]
                else:
                    yield "external", alias.name


@cache
def module_paths() -> dict[str, Path]:
    return {module_name(p): p for _, p in modules()}


def internal_targets(path: Path) -> set[str]:
    """The package's modules (not packages) that ``path`` imports, by dotted name."""
    known = module_paths()
    out = set()
    for kind, name in imports_of(path):
        if kind == "internal" and name in known and known[name].name != "__init__.py":
            out.add(name)
    return out


def feature_of(dotted: str) -> str | None:
    """The feature folder a module sits in (``services.ledger.store`` → ``ledger``), or None."""
    parts = dotted.split(".")
    if parts[0] == "demo" and len(parts) == 2:  # the demo's step of each feature: demo/<feature>.py
        return parts[1] if parts[1] in FEATURES else None
    return parts[1] if len(parts) > 2 and parts[1] in FEATURES else None


@pytest.mark.parametrize("part, path", modules(), ids=lambda v: str(v))
def test_imports_follow_the_layers(part, path):
    if part in TOP:
        return
    assert part in ALLOWED, f"{part}/ is not a known layer: add it to ALLOWED with its place"
    for kind, name in imports_of(path):
        if kind == "internal":
            target = name.split(".")[0]
            assert target in ALLOWED[part], f"{path.relative_to(PKG)} ({part}) imports {name}"
        else:
            for bad in EXTERNAL_FORBIDDEN.get(part, ()):
                assert not (name == bad or name.startswith(bad + ".")), f"{path.relative_to(PKG)} imports {name}"


def feature_violations() -> list[str]:
    bad = []
    for _, path in modules():
        me = module_name(path)
        mine = feature_of(me)
        for target in internal_targets(path):
            theirs = feature_of(target)
            if theirs is None or theirs == mine:
                continue
            if mine is None:
                if me.split(".")[0] in TOP or any(me == r or me.startswith(r + ".") for r in COMPOSITION_ROOTS):
                    continue
                bad.append(f"{me} (shared) imports the feature module {target}")
            elif (mine, theirs) not in FEATURE_EXCEPTIONS:
                bad.append(f"{me} ({mine}) imports {target} ({theirs})")
    return bad


#: Shared modules whose job is to put the features together: the data model holds every feature's
#: tables, the database's rules in SQL every feature's rules (record numbers, public masking), the
#: sample fills all of them, the provider and the demo run every feature.
COMPOSITION_ROOTS = {"layers.schema", "layers.postgis.functions", "sample", "processing.provider", "demo.run"}


def test_features_keep_to_their_folders():
    assert feature_violations() == []


def test_every_feature_is_one_folder_per_layer():
    """No module of a feature lies outside its folders: a file named after a feature sits in it."""
    def named_after(name: str, feature: str) -> bool:
        # A whole word: ``marker_form`` and ``overlaps`` are named after a feature, ``fields`` (QgsFields
        # from the schema) is not named after field work.
        return any(name == stem or name.startswith(stem + "_") for stem in {feature, feature.rstrip("s")})

    stray = [module_name(p) for _, p in modules()
             if p.name != "__init__.py" and feature_of(module_name(p)) is None and any(
                 named_after(module_name(p).split(".")[-1], f) for f in FEATURES - {"project"})]
    assert stray == []


def import_cycles() -> list[list[str]]:
    graph = {module_name(p): internal_targets(p) for _, p in modules()}
    cycles, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_no_import_cycles():
    assert import_cycles() == []


def test_gdal_only_in_the_data_access_layer():
    users = [str(p.relative_to(PKG)) for part, p in modules() if part not in OSGEO_ALLOWED
             and any(kind == "external" and (name == "osgeo" or name.startswith("osgeo."))
                     for kind, name in imports_of(p))]
    assert users == []


def _reaches_project_instance(path: Path) -> bool:
    for node in ast.walk(_tree(path)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "instance"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "QgsProject"):
            return True
    return False


def test_global_project_only_in_the_desktop_code():
    def allowed(part: str, path: Path) -> bool:
        return part in PROJECT_INSTANCE_ALLOWED or str(path.relative_to(PKG)) in PROJECT_INSTANCE_ALLOWED

    users = [str(p.relative_to(PKG)) for part, p in modules() if not allowed(part, p) and _reaches_project_instance(p)]
    assert users == []


BUILTIN_ERRORS = {n for n in dir(builtins) if n.endswith(("Error", "Exception"))} | {"QgsProcessingException"}


def exception_classes() -> dict[str, list[str]]:
    """Every class of the package that is an exception, with the names of its bases."""
    classes: dict[str, list[str]] = {}
    for _, path in modules():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef):
                bases = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                         for b in node.bases]
                classes.setdefault(node.name, []).extend(bases)

    def is_exception(name: str, seen=()) -> bool:
        if name in BUILTIN_ERRORS:
            return True
        return any(is_exception(b, (*seen, name)) for b in classes.get(name, ()) if b not in seen)

    return {n: b for n, b in classes.items() if n not in BUILTIN_ERRORS and is_exception(n)}


def test_every_plugin_error_derives_from_the_base():
    classes = exception_classes()
    assert BASE_ERROR in classes

    def derives(name: str, seen=()) -> bool:
        return name == BASE_ERROR or any(derives(b, (*seen, name)) for b in classes.get(name, ()) if b not in seen)

    assert sorted(n for n in classes if not derives(n)) == []


def test_one_class_per_exception_name():
    """An exception name means one thing: two modules defining the same error is a concept written twice."""
    seen: dict[str, list[str]] = {}
    for _, path in modules():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Error", "Exception")):
                seen.setdefault(node.name, []).append(str(path.relative_to(PKG)))
    assert {n: p for n, p in seen.items() if len(p) > 1} == {}


def uses_iface(path: Path) -> bool:
    for node in ast.walk(_tree(path)):
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
    offenders = [p.relative_to(PKG) for part, p in modules() if part not in TOP and uses_iface(p)]
    assert sorted(set(offenders) - IFACE_HELPERS) == []


def test_ui_feature_controllers_share_one_pattern():
    """Each ui/<feature>/feature.py holds <Name>Feature; plugin.py lists them."""
    for folder in sorted(p for p in (PKG / "ui").iterdir() if p.is_dir() and p.name in FEATURES):
        names = [n.name for n in _tree(folder / "feature.py").body if isinstance(n, ast.ClassDef)]
        assert f"{folder.name.capitalize()}Feature" in names, folder


def test_modules_stay_small():
    sizes = {p.relative_to(PKG): len(p.read_text(encoding="utf-8").splitlines()) for _, p in modules()}
    big = {p: n for p, n in sizes.items() if n > 450}
    assert big == {}


def _string_args(path: Path, methods: set[str]):
    for node in ast.walk(_tree(path)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.args[0].value


def test_every_setting_key_is_in_the_settings_module():
    """QgsSettings keys are written in toolbelt/settings.py only: one place lists what the plugin keeps."""
    here = [f"{p.relative_to(PKG)}: {key}" for _, p in modules() if p.relative_to(PKG) != Path("toolbelt/settings.py")
            for key in _string_args(p, {"value", "setValue", "remove"}) if key.startswith("wuqing_eco/")]
    assert here == []
    assert not [p for _, p in modules() if p.relative_to(PKG) != Path("toolbelt/settings.py")
                and "QgsSettings().value(" in p.read_text(encoding="utf-8")]
