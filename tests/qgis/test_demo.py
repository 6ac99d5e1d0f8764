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


def test_demo_designs_surveys_checks_and_tabulates_markers(demo_out, project):
    out, stdout = demo_out
    markers = out / "markers"
    survey = markers / "survey_GBS.csv"
    assert survey.read_bytes().decode("gbk").startswith("点号,X,Y,H")
    pdf = next(markers.glob("港北森林公园_红线区_*.pdf"))
    table = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "界址点坐标成果表" in table and "120114-LD-GBS-0001" in table and "示意数据" in table
    assert str(pdf) in stdout and (markers / "点之记_120114-LD-GBS-0001.pdf").is_file()
    assert project.read(str(out / "wuqing_eco.qgz"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    checks = layers["界桩检查结果"]
    statuses = [f["status"] for f in checks.getFeatures()]
    assert statuses.count("fail") == 2 and statuses.count("warning") == 2 and len(statuses) > 40
    assert "界桩边界问题" in layers and "外业实测点（示例）" in layers
    gbs = [f for f in layers["界桩标志"].getFeatures() if str(f["marker_no"]).startswith("120114-LD-GBS-")]
    assert sum(f["status"] == "buried" for f in gbs) == len(gbs) - 3  # two failures and one not surveyed
    history = [h for h in layers["界桩变更记录"].getFeatures() if str(h["marker_no"]).startswith("120114-LD-GBS-")]
    assert len(history) == len(gbs) - 3
