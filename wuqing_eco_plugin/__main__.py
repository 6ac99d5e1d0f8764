# SPDX-License-Identifier: GPL-2.0-or-later
"""Headless entry point: ``python -m wuqing_eco_plugin demo --out DIR``."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wuqing_eco_plugin")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="build the sample GeoPackage, QGIS project and overview map")
    demo.add_argument("--out", default="out/demo", help="output folder (default: out/demo)")
    demo.add_argument("--lang", default="zh_CN", help="language of names and titles (default: zh_CN)")
    args = parser.parse_args(argv)

    from .toolbelt.headless import qgis_application

    with qgis_application():
        from qgis.core import QgsProject

        from .demo.run import run_demo
        from .toolbelt.fonts import register_cjk_font
        from .toolbelt.i18n import install_translator

        install_translator(args.lang)
        register_cjk_font()
        outputs = run_demo(args.out, QgsProject.instance())
        width = max(len(label) for label in outputs.files) + 2
        for label, path in outputs.files.items():
            print(f"{label + ':':<{width}}{path}")
        print(f"{'Features:':<{width}}" + ", ".join(f"{k} {v}" for k, v in outputs.counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
