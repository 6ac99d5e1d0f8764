#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Keep the plugin's Python code valid for QGIS 4 (Qt 6) as well as QGIS 3.22 (Qt 5): check or rewrite.

``.venv/bin/python scripts/qt6_compat.py [--check] [PATH…]`` (default: the package; ``--check`` only
lists, exit 1 when anything is found). Names are resolved with QGIS 3's own bindings, so only what
really resolves is touched. Edits are made at AST positions: strings and comments stay. It rewrites

- an enum member reached without its enum: ``Qt.AlignLeft`` → ``Qt.AlignmentFlag.AlignLeft``,
  ``QgsWkbTypes.PointGeometry`` → ``QgsWkbTypes.GeometryType.PointGeometry``
  (PyQt6 knows only the second form, PyQt5 takes both);
- ``exec_`` → ``exec``; a Qt flags class (gone in PyQt6) → its enum: ``QFileDialog.Options()`` →
  ``QFileDialog.Option(0)``;
- ``from PyQt5.X import …`` → ``from qgis.PyQt.X import …``;
- a field type ``QVariant.String`` → ``FieldType.String`` from the compatibility module
  (PyQt6 has no ``QVariant.Type``; QGIS ≥ 3.38 takes ``QMetaType.Type`` instead), adding the import.

It reports, without rewriting, what needs a person: Qt 5-only classes (``QRegExp``, …), ``import
PyQt5…``, enum members it cannot place, dotted Qt/QGIS names that do not exist. Already-qualified names
are left alone, so a second run is a no-op. Then ruff sorts the imports it added, drops those left
unused and re-wraps only the statements it lengthened. In ``.ui`` forms it gives a spacer without a
size hint a 0×0 one (PyQt6's uic cannot build it otherwise); their enums keep Qt Designer 5's
``Qt::AlignRight``, which PyQt6's uic reads and PyQt5's needs.
"""
from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

from qt6_scan import PACKAGE, ROOT, Scan, scan_paths


def _import_line(path: Path, module: str, name: str) -> str:
    """``from qgis.core import Qgis``, or ``from ..toolbelt.compat import FieldType`` as seen from ``path``."""
    if not module.startswith("."):
        return f"from {module} import {name}\n"
    if not path.resolve().is_relative_to(PACKAGE):
        return f"from {PACKAGE.name}{module} import {name}\n"
    depth = len(path.resolve().relative_to(PACKAGE).parts) - 1
    return f"from {'.' * (depth + 1)}{module[1:]} import {name}\n"


def rewritten(scan: Scan) -> str:
    """The module's text with every known fix applied (the text itself when there is none)."""
    data = scan.source.encode("utf-8")
    for start, end, text in sorted(set(scan.edits), reverse=True):
        data = data[:start] + text.encode("utf-8") + data[end:]
    text = data.decode("utf-8")
    missing = sorted((m, n) for m, n in scan.imports if not _imports_name(text, n))
    if missing:
        tree = ast.parse(text)
        last = max((n.end_lineno for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))), default=0)
        lines = text.splitlines(keepends=True)
        lines[last:last] = [_import_line(scan.path, m, n) for m, n in missing]
        text = "".join(lines)
    return text


def _imports_name(text: str, name: str) -> bool:
    return any(isinstance(n, ast.ImportFrom) and any((a.asname or a.name) == name for a in n.names)
               for n in ast.walk(ast.parse(text)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[PACKAGE])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is found")
    args = parser.parse_args(argv)
    scans = scan_paths([p.resolve() for p in args.paths])
    findings = [f for s in scans for f in s.findings]
    for f in findings:
        print(f)
    manual = [f for f in findings if f.fix is None]
    if args.check:
        print(f"{len(findings)} finding(s), {len(manual)} to fix by hand", file=sys.stderr)
        return 1 if findings else 0
    changed = []
    for s in scans:
        new = rewritten(s)
        if new != s.source:
            s.path.write_text(new, encoding="utf-8")
            changed.append(s.path)
    python = [p for p in changed if p.suffix == ".py"]
    too_long = tidy(python) if python else []
    for where in too_long:
        print(f"{where}: line too long after the rewrite (fix by hand)")
    print(f"{len(changed)} file(s) rewritten, {len(findings) - len(manual)} fix(es), "
          f"{len(manual) + len(too_long)} left to fix by hand", file=sys.stderr)
    return 1 if manual or too_long else 0


def _ruff(*args: str) -> subprocess.CompletedProcess:
    ruff = Path(sys.executable).with_name("ruff")
    return subprocess.run([str(ruff), *args], cwd=ROOT, capture_output=True, text=True, check=False)


def tidy(changed: list[Path]) -> list[str]:
    """Sort the imports the rewrite added, drop those it left unused (QVariant), and let ruff's formatter
    re-wrap each statement the longer names pushed past the line length (nothing else is reformatted).
    Returns the places still too long."""
    files = [str(p) for p in changed]
    _ruff("check", "-q", "--fix", "--select", "I001,F401", *files)
    for path, lines in sorted(_long_lines(files).items()):
        for line in sorted(lines, reverse=True):  # bottom up: a re-wrap shifts the lines below it
            _ruff("format", "-q", f"--range={line}:1-{line + 1}:1", path)
    return [f"{path}:{line}" for path, lines in sorted(_long_lines(files).items()) for line in sorted(lines)]


def _long_lines(files: list[str]) -> dict[str, set[int]]:
    out = _ruff("check", "-q", "--select", "E501", "--output-format", "json", *files).stdout
    found: dict[str, set[int]] = {}
    for item in json.loads(out or "[]"):
        found.setdefault(item["filename"], set()).add(item["location"]["row"])
    return found


if __name__ == "__main__":
    sys.exit(main())
