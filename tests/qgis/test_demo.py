# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job, as a newcomer runs it: `python -m wuqing_eco_plugin demo --out DIR`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from checks import pdf_fonts, pdf_text, red_yellow
from qgis.core import QgsRuleBasedRenderer
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    run = subprocess.run([sys.executable, "-m", "wuqing_eco_plugin", "demo", "--out", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return out, run.stdout, run.stderr


def test_demo_writes_its_three_outputs_and_says_where(demo_out):
    out, stdout, _ = demo_out
    for name in ("wuqing_eco.gpkg", "wuqing_eco.qgz", "overview.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 1000, name
        assert str(out / name) in stdout


def test_demo_prints_no_error_that_is_not_one(demo_out):
    """GDAL's "ERROR" lines on a successful run would teach the user to ignore real ones."""
    _, stdout, stderr = demo_out
    errors = [line for line in (stdout + stderr).splitlines() if "ERROR" in line or "Traceback" in line]
    assert errors == []


def test_demo_project_opens_with_styled_layers(demo_out, project):
    out, *_ = demo_out
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


def test_overview_shows_red_and_yellow_zones(demo_out):
    out, *_ = demo_out
    reds, yellows = red_yellow(QImage(str(out / "overview.png")))
    assert reds > 2000 and yellows > 500, (reds, yellows)


def test_demo_fills_the_ledger_through_the_store_and_writes_the_reports(demo_out):
    import datetime as dt
    import zipfile

    from wuqing_eco_plugin.demo.ledger import CASE_COUNT, last_complete_quarter
    from wuqing_eco_plugin.services.ledger.store import LedgerStore

    out, stdout, _ = demo_out
    store = LedgerStore(out / "wuqing_eco.gpkg")
    rows = store.rows()
    numbers = [r.record_no for r in rows]
    assert len(rows) >= 8 + CASE_COUNT - 3 and len(set(numbers)) == len(numbers)
    statuses = {r.status for r in rows}
    assert {"registered", "closed", "dismissed", "rectifying", "referred_police"} <= statuses
    assert any(r.overdue(dt.date.today()) for r in rows) and any(r.outside_zones for r in rows)
    assert len({r.town for r in rows}) > 10 and len({r.category for r in rows}) > 10
    for r in rows[:10]:  # every record's history starts with its registration and ends at its status
        history = store.history(r.record_uid)
        assert history[0]["to_status"] == "registered" and history[-1]["to_status"] == r.status
    year, quarter = last_complete_quarter(dt.date.today())
    names = [f"wuqing_ledger_{year}_Q{quarter}", f"wuqing_assessment_{dt.date.today().year}"]
    for name in names:
        for suffix in (".xlsx", ".pdf"):
            assert (out / f"{name}{suffix}").is_file() and str(out / f"{name}{suffix}") in stdout
    text = pdf_text(out / f"{names[0]}.pdf")
    assert f"{year}年第{quarter}季度工作信息报表" in text and "按牵头部门统计" in text
    text = pdf_text(out / f"{names[1]}.pdf")
    assert "年度考核材料" in text and "9月15日" in text and "考核扣分估算" in text
    fonts = pdf_fonts(out / f"{names[1]}.pdf")
    assert "WenQuanYiMicroHei" in "\n".join(fonts) and all(" yes " in line for line in fonts)
    with zipfile.ZipFile(out / "wuqing_ledger_public.xlsx") as z:
        public = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    private = {str(r.values[k]) for r in rows for k in ("reporter_name", "reporter_contact", "responsible_party",
                                                         "internal_notes", "created_by") if r.values.get(k)}
    assert private and [v for v in private if v in public] == []


def test_demo_writes_the_review_drawings_of_every_town(demo_out):
    out, stdout, _ = demo_out
    folder = out / "drawings"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert str(folder / "manifest.json") in stdout
    assert len(manifest["drawings"]) == 30 and len(list(folder.glob("*.pdf"))) == 30
    assert all((folder / row["file"]).is_file() for row in manifest["drawings"])
    # The project's markers are on the drawing of the town that has them.
    wqt = next(row for row in manifest["drawings"] if row["town"] == "王庆坨镇")
    assert wqt["pages"] == 2


def test_demo_designs_surveys_checks_and_tabulates_markers(demo_out, project):
    out, stdout, _ = demo_out
    markers = out / "markers"
    survey = markers / "survey_GBS.csv"
    assert survey.read_bytes().decode("gbk").startswith("点号,X,Y,H")
    pdf = next(markers.glob("港北森林公园_红线区_*.pdf"))
    table = pdf_text(str(pdf))
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


def test_demo_adds_the_overlaps_and_a_screening_example(demo_out, project):
    out, stdout, _ = demo_out
    assert project.read(str(out / "wuqing_eco.qgz"))
    overlaps = next(layer for layer in project.mapLayers().values() if layer.name() == "重叠区（从严管控）")
    rows = list(overlaps.getFeatures())
    assert len(rows) > 20 and all(f["zone_count"] >= 2 for f in rows)
    assert {f["line_class"] for f in rows} == {"red", "yellow"}  # both styles appear on the map
    assert isinstance(overlaps.renderer(), QgsRuleBasedRenderer)
    pdf = out / "screening_example.pdf"
    assert str(pdf) in stdout
    text = pdf_text(str(pdf), layout=False)
    text = "".join(text.split())  # table cells wrap between characters
    for verdict in ("禁止", "须经市人民政府审查同意", "位于已批规划建设用地内", "不涉及永久性保护生态区域"):
        assert verdict in text, verdict
