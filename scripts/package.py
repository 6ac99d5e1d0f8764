#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the plugin zip in QGIS's one-folder layout.

The source tree keeps ``metadata.txt`` and ``resources/`` beside the package; QGIS wants them inside
the installed plugin folder, so they are staged into it here. Translation sources (.ts) stay out,
compiled catalogs (.qm) go in.
"""
from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "wuqing_eco_plugin"
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}
SKIP_DIRS = {"__pycache__"}


def files_to_ship() -> list[tuple[Path, str]]:
    out: list[tuple[Path, str]] = []
    for base, prefix in ((ROOT / PLUGIN, PLUGIN), (ROOT / "resources", f"{PLUGIN}/resources")):
        for path in sorted(base.rglob("*")):
            if path.is_dir() or path.suffix in SKIP_SUFFIXES or SKIP_DIRS & set(path.parts):
                continue
            out.append((path, f"{prefix}/{path.relative_to(base).as_posix()}"))
    for name in ("metadata.txt", "LICENSE", "README.md"):
        out.append((ROOT / name, f"{PLUGIN}/{name}"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    qm = list((ROOT / "resources" / "i18n").glob("*.qm"))
    if not qm:
        print("no compiled translations (.qm): run `make qm` first", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for src, arc in files_to_ship():
            zf.write(src, arc)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
