# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job, as a newcomer runs it: `python -m wuqing_eco_plugin demo --out DIR`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsRuleBasedRenderer
from qgis.PyQt.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    run = subprocess.run([sys.executable, "-m", "wuqing_eco_plugin", "demo", "--out", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return out, run.stdout


def test_demo_writes_its_three_outputs_and_says_where(demo_out):
    out, stdout = demo_out
    for name in ("wuqing_eco.gpkg", "wuqing_eco.qgz", "overview.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 1000, name
        assert str(out / name) in stdout


def test_demo_project_opens_with_styled_layers(demo_out, project):
    out, _ = demo_out
    assert project.read(str(out / "wuqing_eco.qgz"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    expected = {"生态保护红线区", "生态保护黄线区", "镇街", "区界", "已批规划建设用地", "界桩标志", "违法违规记录"}
    assert expected <= set(layers)
    assert all(layer.isValid() for layer in layers.values())
    red = layers["生态保护红线区"]
    assert isinstance(red.renderer(), QgsRuleBasedRenderer) and red.labelsEnabled()
    assert sum(1 for _ in red.getFeatures()) > 10 and sum(1 for _ in layers["镇街"].getFeatures()) == 30
    assert project.crs().authid() == "EPSG:4548"
    assert project.layoutManager().layouts()


def _hues(path: Path):
    image = QImage(str(path))
    assert not image.isNull()
    reds = yellows = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = QColor(image.pixel(x, y))
            h, s = c.hsvHue(), c.hsvSaturationF()
            if s > 0.35 and (h < 10 or h > 350):
                reds += 1
            elif s > 0.35 and 35 <= h <= 55:
                yellows += 1
    return reds, yellows


def test_overview_shows_red_and_yellow_zones(demo_out):
    out, _ = demo_out
    reds, yellows = _hues(out / "overview.png")
    assert reds > 2000 and yellows > 500, (reds, yellows)


def test_demo_adds_the_overlaps_and_a_screening_example(demo_out, project):
    out, stdout = demo_out
    assert project.read(str(out / "wuqing_eco.qgz"))
    overlaps = next(layer for layer in project.mapLayers().values() if layer.name() == "重叠区（从严管控）")
    rows = list(overlaps.getFeatures())
    assert len(rows) > 20 and all(f["zone_count"] >= 2 for f in rows)
    assert {f["line_class"] for f in rows} == {"red", "yellow"}  # both styles appear on the map
    assert isinstance(overlaps.renderer(), QgsRuleBasedRenderer)
    pdf = out / "screening_example.pdf"
    assert str(pdf) in stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = "".join(text.split())  # table cells wrap between characters
    for verdict in ("禁止", "须经市人民政府审查同意", "位于已批规划建设用地内", "不涉及永久性保护生态区域"):
        assert verdict in text, verdict
