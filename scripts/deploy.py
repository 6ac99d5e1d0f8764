#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Install the plugin zip into a QGIS profile and enable it, as the plugin manager's "Install from ZIP" does."""
from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

PLUGIN = "wuqing_eco_plugin"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("zip")
    parser.add_argument("--profile", required=True, help="QGIS profile folder")
    args = parser.parse_args()
    profile = Path(args.profile)
    plugins = profile / "python" / "plugins"
    target = plugins / PLUGIN
    if target.exists():
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.zip) as zf:
        zf.extractall(plugins)
    # QSettings writes QGIS3.ini the way QGIS reads it (escaping, sections).
    from PyQt5.QtCore import QSettings

    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue(f"PythonPlugins/{PLUGIN}", True)
    settings.sync()
    print(f"installed {target} and enabled it in {ini}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
