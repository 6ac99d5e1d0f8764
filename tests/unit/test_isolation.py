# SPDX-License-Identifier: GPL-2.0-or-later
"""The domain runs without QGIS or Qt: importing it in a fresh interpreter loads neither."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_domain_imports_no_qgis_and_no_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import wuqing_eco_plugin.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'wuqing_eco_plugin.domain.'): importlib.import_module(m.name)\n"
        "print(sum(m.startswith('wuqing_eco_plugin.domain.') for m in sys.modules), file=sys.stderr)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'osgeo'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert int(out.stderr.split()[-1]) >= 35  # every module of the domain, feature folders included
