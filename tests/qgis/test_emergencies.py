# SPDX-License-Identifier: GPL-2.0-or-later
"""Emergencies and important matters: marking, first report, updates, final report in the store, the
report's text (pdftotext), the ledger dock's order and overdue mark, the dialog; zone indicators."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from checks import pdf_fonts, pdf_text
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

NOW = dt.datetime.now().replace(second=0, microsecond=0)
T0 = NOW - dt.timedelta(hours=40)
PLACE = Place(505_000.0, 4_370_000.0, (ZoneInfo("z1", "北运河", "river", "red", water_supply=True),), town="杨村街道")
FIRST = "12时05分接报：北运河杨村段约500米河道出现死鱼，已通知区水务局、杨村街道到场，正在采样。"
UPDATES = ("采样结果：化学需氧量超标3倍；上游排污口已封堵。", "下游水质逐步恢复，死鱼已清理完毕，约2.3吨。")
FINAL = "事件处置完毕，水质达标，责任单位已立案查处。"


def _register(store, emergency="emergency", at=T0, description="北运河杨村段发现大面积死鱼，疑似上游排污"):
    return store.save_new(RecordDraft(discovered_at=at, source="patrol", category="water_pollution_event",
                                      description=description, created_by="巡查员甲", emergency=emergency),
                          PLACE, at=at + dt.timedelta(minutes=10)).record_uid


def _reported(store, final=True):
    uid = _register(store)
    duty = "区环保局值班员"
    store.add_report(uid, "first_report", duty, FIRST, ["water", "town", "env"], at=T0 + dt.timedelta(minutes=40))
    store.add_report(uid, "update", duty, UPDATES[0], ["water"], at=T0 + dt.timedelta(hours=5))
    store.add_report(uid, "update", duty, UPDATES[1], ["water", "agriculture"], at=T0 + dt.timedelta(hours=20))
    store.change_status(uid, "verified", "核查员", "现场核实", at=T0 + dt.timedelta(hours=21))
    if final:
        store.add_report(uid, "final_report", "区环保局", FINAL, ["water"], at=T0 + dt.timedelta(hours=30))
    return uid


def test_reports_go_into_the_history_and_the_record_keeps_their_times(sample_copy):
    store = LedgerStore(sample_copy)
    uid = _register(store)
    record = store.record(uid)
    assert (record["emergency"], record["emergency_at"], record["first_report_at"]) == ("emergency", T0, None)
    with pytest.raises(StoreError) as err:  # an update before the first report
        store.add_report(uid, "update", "值班员", "x", at=T0 + dt.timedelta(minutes=20))
    assert err.value.problems == ("first_missing",)
    with pytest.raises(StoreError) as err:  # the first report says whom it went to
        store.add_report(uid, "first_report", "值班员", FIRST, [], at=T0 + dt.timedelta(minutes=20))
    assert err.value.problems == ("no_departments",)
    store.add_report(uid, "first_report", "值班员", FIRST, ["water", "env"], at=T0 + dt.timedelta(minutes=40))
    record = store.record(uid)
    assert record["first_report_at"] == record["last_report_at"] == T0 + dt.timedelta(minutes=40)
    with pytest.raises(StoreError) as err:  # closing needs the final report
        store.change_status(uid, "dismissed", "核查员", "误报", at=T0 + dt.timedelta(hours=1))
    assert "needs_final_report" in err.value.problems
    [reg, first] = store.history(uid)
    assert (first["entry_kind"], first["departments"], first["note"]) == ("first_report", "water,env", FIRST)
    assert first["from_status"] == first["to_status"] == "registered"
    store.add_report(uid, "final_report", "值班员", "核实为误报，已处置。", ["env"], at=T0 + dt.timedelta(hours=2))
    store.change_status(uid, "dismissed", "核查员", "误报", at=T0 + dt.timedelta(hours=3))


def test_an_update_on_a_closed_case_is_refused_and_changes_nothing(sample_copy):
    store = LedgerStore(sample_copy)
    uid = _reported(store)
    store.change_status(uid, "referred_police", "核查员", "涉嫌污染环境罪，移送公安", at=T0 + dt.timedelta(hours=31))
    store.change_status(uid, "closed", "核查员", "公安已立案", at=T0 + dt.timedelta(hours=31, minutes=30))
    before = (store.record(uid), store.history(uid))
    with pytest.raises(StoreError) as err:
        store.add_report(uid, "update", "值班员", "补充", ["water"], at=T0 + dt.timedelta(hours=32))
    assert "case_ended" in err.value.problems and "final_given" in err.value.problems
    with pytest.raises(StoreError) as err:
        store.mark_emergency(uid, "important", "值班员", at=T0 + dt.timedelta(hours=32))
    assert "case_ended" in err.value.problems
    assert (store.record(uid), store.history(uid)) == before


def test_a_case_marked_later_starts_its_clock_then(sample_copy):
    store = LedgerStore(sample_copy)
    uid = _register(store, emergency=None)
    assert store.record(uid)["emergency"] is None
    with pytest.raises(StoreError) as err:
        store.add_report(uid, "first_report", "值班员", FIRST, ["env"], at=T0 + dt.timedelta(hours=1))
    assert err.value.problems == ("not_marked",)
    store.mark_emergency(uid, "important", "值班员", "群众反映强烈", at=T0 + dt.timedelta(hours=2))
    record = store.record(uid)
    assert (record["emergency"], record["emergency_at"]) == ("important", T0 + dt.timedelta(hours=2))
    store.mark_emergency(uid, "emergency", "值班员", "升级为突发事件", at=T0 + dt.timedelta(hours=3))
    assert store.record(uid)["emergency_at"] == T0 + dt.timedelta(hours=2)  # the clock keeps running
    assert [h["entry_kind"] for h in store.history(uid)] == ["status", "marked", "marked"]


def test_the_emergency_report_holds_the_first_report_and_the_updates_in_order(wuqing_provider, sample_copy, tmp_path,
                                                                                zh_translator):
    import processing

    store = LedgerStore(sample_copy)
    uid = _reported(store)
    number = store.record(uid)["record_no"]
    # Layers by URI, owned by each run: a refused run below must find no file-backed layer of this frame
    # to keep alive past QGIS's exit.
    cases = storage.uri(sample_copy, "violations")
    out = processing.run("wuqing_eco:emergency_report", {"INPUT": cases, "RECORD_NO": number,
                                                         "OUTPUT": str(tmp_path / "report.pdf")})["OUTPUT"]
    text = pdf_text(out, layout=False)
    flat = re.sub(r"\s+", "", text)
    assert "武清区永久性保护生态区域突发事件报告" in flat and number in flat
    positions = [flat.index(re.sub(r"\s+", "", t)) for t in (FIRST, *UPDATES, FINAL)]
    assert positions == sorted(positions)  # 首报, 续报 1, 续报 2, 终报 in this order
    table = flat[flat.index("报告人"):]  # the reports' table, after its header
    assert table.index("首报") < table.index("续报1") < table.index("续报2") < table.index("终报")
    assert (T0 + dt.timedelta(minutes=40)).strftime("%Y-%m-%d %H:%M").replace(" ", "") in flat
    assert "区水务局" in flat and "区农委" in flat  # the departments notified
    assert "当前状态：已核查" in flat and "计时起点后40分" in flat
    fonts = pdf_fonts(out)
    assert "WenQuanYiMicroHei" in "\n".join(fonts) and all(" yes " in line for line in fonts)
    # the quarterly report lists it among the emergencies and important matters
    quarter = (T0.month - 1) // 3 + 1
    processing.run("wuqing_eco:ledger_report", {
        "INPUT": cases, "ZONES": storage.uri(sample_copy, "zones"), "TOWNS": storage.uri(sample_copy, "towns"),
        "YEAR": T0.year, "QUARTER": quarter, "OUTPUT_FOLDER": str(tmp_path / "q")})
    quarterly = re.sub(r"\s+", "", pdf_text(tmp_path / "q" / f"wuqing_ledger_{T0.year}_Q{quarter}.pdf", layout=False))
    listed = quarterly[quarterly.index("突发事件和重要情况"):]
    assert number in listed and "突发事件" in listed
    with pytest.raises(QgsProcessingException, match="未标记为突发事件或重要情况"):
        plain = _register(store, emergency=None)
        processing.run("wuqing_eco:emergency_report", {"INPUT": cases, "RECORD_NO": store.record(plain)["record_no"],
                                                       "OUTPUT": str(tmp_path / "no.pdf")})
    assert not (tmp_path / "no.pdf").exists()


def _river(path):
    """The yellow zone of 北运河 as plain values (no layer of it outlives this call)."""
    zones = QgsVectorLayer(storage.uri(path, "zones"), "z", "ogr")
    f = next(f for f in zones.getFeatures() if f["name"] == "北运河" and f["line_class"] == "yellow")
    return {"zone_uid": f["zone_uid"], "area_m2": f.geometry().area()}


def _stored(path, zone_uid):
    layer = QgsVectorLayer(storage.uri(path, "zone_indicators"), "i", "ogr")
    return {(f["indicator"], f["year"]): f["value"] for f in layer.getFeatures() if f["zone_uid"] == zone_uid}


def test_indicators_imported_shown_with_the_change_and_bad_tables_refused(wuqing_provider, sample_copy, tmp_path):
    import processing

    river = _river(sample_copy)
    table = QgsVectorLayer("None?field=区域:string&field=指标:string&field=单位:string&field=数值:string"
                           "&field=年度:integer", "t", "memory")

    def rows(*values):
        table.dataProvider().truncate()
        features = []
        for v in values:
            f = QgsFeature(table.fields())
            f.setAttributes(list(v))
            features.append(f)
        assert table.dataProvider().addFeatures(features)[0]

    run = {"INPUT": table, "SOURCE": str(sample_copy)}
    water = "水质类别（地表水）"
    rows(("北运河（黄线区）", water, "类", "Ⅳ类", 2025), (river["zone_uid"], water, "类", "III", 2026),
         ("北运河（黄线区）", "岸线植被覆盖率", "%", "61.5", 2026))
    out = processing.run("wuqing_eco:import_indicators", run)
    assert (out["ADDED"], out["REPLACED"]) == (3, 0)
    rows(("北运河（黄线区）", "岸线植被覆盖率", "%", "64", 2026))
    assert processing.run("wuqing_eco:import_indicators", run)["REPLACED"] == 1
    assert _stored(sample_copy, river["zone_uid"]) == {(water, 2025): 4.0, (water, 2026): 3.0,
                                                        ("岸线植被覆盖率", 2026): 64.0}
    before = storage.feature_counts(sample_copy)["zone_indicators"]
    rows(("北运河（黄线区）", "岸线植被覆盖率", "%", "70", 2027), ("不存在的区域", "x", "", "1", 2026),
         ("北运河（黄线区）", "水质类别（地表水）", "类", "很好", 2026))
    with pytest.raises(QgsProcessingException) as err:
        processing.run("wuqing_eco:import_indicators", run)
    assert "row 2" in str(err.value) and "row 3" in str(err.value) and "Nothing was imported" in str(err.value)
    assert storage.feature_counts(sample_copy)["zone_indicators"] == before
    # the annual pack shows them beside the zone's area, with the change from the year before
    year = 2026
    folder = tmp_path / "pack"
    processing.run("wuqing_eco:ledger_report", {
        "INPUT": storage.uri(sample_copy, "violations"), "ZONES": storage.uri(sample_copy, "zones"),
        "TOWNS": storage.uri(sample_copy, "towns"), "INDICATORS": storage.uri(sample_copy, "zone_indicators"),
        "YEAR": year,
        "QUARTER": 0, "OUTPUT_FOLDER": str(folder)})
    text = pdf_text(folder / f"wuqing_assessment_{year}.pdf")
    line = next(t for t in text.splitlines() if "水质类别" in t and "北运河（黄线区）" in t)
    area_ha = river["area_m2"] / 10_000
    assert f"{area_ha:,.2f}" in line and re.search(r"3\.00\s+4\.00\s+-1\.00", line)
