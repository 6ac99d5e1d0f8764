# SPDX-License-Identifier: GPL-2.0-or-later
"""A simulated field session synced into a GeoPackage store: a patrol's new cases become ledger cases
through the record path, a survey's marker changes become surveys; the second sync writes nothing;
a case outside the package's towns, a marker changed at the office, a bad photo are reported and
the rest still syncs. Expectations are computed again from the store through OGR and shapely."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from field_helpers import JPEG, RTK, add_case, gnss, layer_named, office, package, phone, rows, sync, write_photo
from osgeo import ogr
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer
from shapely.geometry import Point

from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.layers.storage import feature_counts
from wuqing_eco_plugin.services.field.package import PACKAGE_GPKG
from wuqing_eco_plugin.services.field.sync import SyncError

LEDGER = ("violations", "violation_history", "violation_areas")


def _zone(store: Path, name: str, line_class: str) -> dict:
    return next(z for z in rows(store, "zones") if z["name"] == name and z["line_class"] == line_class)


def _outside_every_zone(store: Path, town: str) -> Point:
    """A point of ``town`` that no zone covers, found on a grid over the town."""
    shape = next(t["geometry"] for t in rows(store, "towns") if t["name"] == town)
    zones = [z["geometry"] for z in rows(store, "zones")]
    x0, y0, x1, y1 = shape.bounds
    for i in range(1, 40):
        for j in range(1, 40):
            p = Point(x0 + (x1 - x0) * i / 40, y0 + (y1 - y0) * j / 40)
            if shape.contains(p) and not any(z.buffer(5).contains(p) for z in zones):
                return p
    raise AssertionError(f"no point of {town} outside the zones")


def _qpoint(p: Point) -> QgsPointXY:
    return QgsPointXY(p.x, p.y)


@pytest.fixture
def store(sample_gpkg, tmp_path) -> Path:
    return office(sample_gpkg, tmp_path / "office")


def test_a_patrol_session_becomes_ledger_cases_once(store, tmp_path, project):
    folder = package(store, "patrol", ["王庆坨镇"], tmp_path / "patrol").folder
    reservoir = _zone(store, "王庆坨水库", "red")
    inside = reservoir["geometry"].representative_point()
    other_town = next(t["geometry"] for t in rows(store, "towns") if t["name"] == "河西务镇").representative_point()
    outside = _outside_every_zone(store, "王庆坨镇")
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    with phone(project, folder):
        cases = layer_named(project, "new_cases")
        assert cases.startEditing()
        good = add_case(cases, _qpoint(inside), category="shoreline_fill", description="水库岸边倾倒土方填埋岸线",
                        photo_1=write_photo(folder, "fill_1.jpg"), photo_2=write_photo(folder, "fill_2.jpg"))
        add_case(cases, _qpoint(inside), category="poaching", description="水库内张网捕鸟")
        add_case(cases, _qpoint(other_town), category="land_occupation", description="邻镇发现违建")
        add_case(cases, None, category="shoreline_fill", description="忘记采点")
        add_case(cases, _qpoint(outside), category="land_occupation", description="区域外违建，未确认")
        confirmed = add_case(cases, _qpoint(outside), category="land_occupation", description="区域外违建，已确认",
                             outside_confirmed=True)
        add_case(cases, _qpoint(inside), category="garbage_dump", description="照片路径在包外",
                 photo_1="../secret.jpg")
        add_case(cases, _qpoint(inside), category="garbage_dump", description="照片没拷全", photo_1="DCIM/lost.jpg")
        early = add_case(cases, _qpoint(inside), category="garbage_dump", description="手机时钟快了一天",
                         discovered_at=tomorrow)
        assert cases.commitChanges(), cases.commitErrors()
        phone_time = next(f for f in cases.getFeatures() if f["case_uid"] == good)["discovered_at"].toPyDateTime()
    before = rows(store, "violations")
    last = max(int(r["record_no"][-4:]) for r in before if r["record_no"].startswith(f"WQ-{phone_time.year}"))

    result = sync(store, folder)

    assert result.counts() == {"new_case": 3, "updated_marker": 0, "conflict": 0, "rejected": 6, "already": 0}
    why = {i.label: i.reasons for i in result.report.items if i.outcome == "rejected"}
    assert why == {"水库内张网捕鸟": ("category_not_here",), "邻镇发现违建": ("other_town",),
                   "忘记采点": ("no_geometry",), "区域外违建，未确认": ("outside_not_confirmed",),
                   "照片路径在包外": ("photo_outside",), "照片没拷全": ("photo_missing",)}
    record = rows(store, "violations", f"record_uid = '{good}'")[0]
    assert record["record_no"] == f"WQ-{phone_time.year}-{last + 1:04d}"
    assert record["town"] == "王庆坨镇" and reservoir["zone_uid"] in record["zone_uids"].split(",")
    assert record["lead_department"] == reservoir["department"]  # the zone's own department leads
    markers = rows(store, "markers")
    nearest = min(markers, key=lambda m: m["geometry"].distance(inside))
    assert record["nearest_marker"] == nearest["marker_no"]
    assert record["source"] == "patrol" and record["severity"] == "C" and record["status"] == "registered"
    assert record["created_by"] == "巡查一组" and record["reporter_name"] == "巡查一组"
    assert record["discovered_at"] == phone_time.replace(microsecond=0).strftime("%Y/%m/%d %H:%M:%S")
    evidence = record["evidence"].split(";")
    copied = f"attachments/{record['record_no']}"
    assert evidence == [f"{copied}/fill_1.jpg", f"{copied}/fill_2.jpg"]
    assert (store.parent / evidence[0]).read_bytes() == JPEG + b"fill_1.jpg"
    [history] = rows(store, "violation_history", f"record_uid = '{good}'")
    assert (history["to_status"], history["changed_by"]) == ("registered", "巡查一组")
    assert rows(store, "violations", f"record_uid = '{confirmed}'")[0]["outside_zones"] == 1
    assert rows(store, "violations", f"record_uid = '{early}'")[0]["discovered_at"] <= \
        dt.datetime.now().strftime("%Y/%m/%d %H:%M:%S")
    assert result.report_file.parent == folder.resolve() and "category" in result.report_file.read_text().lower()

    counts, files = feature_counts(store), sorted((store.parent / "attachments").rglob("*"))
    again = sync(store, folder)
    assert again.counts() == {"new_case": 0, "updated_marker": 0, "conflict": 0, "rejected": 6, "already": 3}
    assert feature_counts(store) == counts and sorted((store.parent / "attachments").rglob("*")) == files

    with phone(project, folder):  # the patrol edits a case already brought in
        cases = layer_named(project, "new_cases")
        feature = next(f for f in cases.getFeatures() if f["case_uid"] == good)
        cases.startEditing()
        cases.changeAttributeValue(feature.id(), cases.fields().indexOf("description"), "改了描述")
        assert cases.commitChanges()
    third = sync(store, folder)
    assert [i.reasons for i in third.report.items if i.key == good] == [("edited_after_sync",)]
    assert feature_counts(store) == counts
    assert rows(store, "violations", f"record_uid = '{good}'")[0]["description"] == "水库岸边倾倒土方填埋岸线"


def _move(layer: QgsVectorLayer, number: str, dx: float, dy: float = 0.0) -> None:
    feature = next(f for f in layer.getFeatures() if f["marker_no"] == number)
    p = feature.geometry().asPoint()
    assert layer.changeGeometry(feature.id(), QgsGeometry.fromPointXY(QgsPointXY(p.x() + dx, p.y() + dy)))


def _set(layer: QgsVectorLayer, number: str, **values) -> None:
    feature = next(f for f in layer.getFeatures() if f["marker_no"] == number)
    for name, value in values.items():
        assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), value)


def _office_markers(store: Path) -> dict[str, dict]:
    return {m["marker_no"]: m for m in rows(store, "markers")}


def test_a_survey_session_becomes_marker_surveys_and_office_changes_are_conflicts(store, tmp_path, project):
    folder = package(store, "survey", ["王庆坨镇"], tmp_path / "survey", patrol="测量一队").folder
    start = _office_markers(store)
    office_layer = QgsVectorLayer(storage.uri(store, "markers"), "office markers", "ogr")
    office_layer.startEditing()  # the office edits a marker after the package was made
    _set(office_layer, "120114-SK-WQT-0004", notes="办公室复核：标志牌松动")
    assert office_layer.commitChanges()
    del office_layer
    with phone(project, folder):
        markers = layer_named(project, "markers")
        assert markers.startEditing()
        with gnss(RTK):
            _move(markers, "120114-SK-WQT-0001", 0.3)
            _move(markers, "120114-SK-WQT-0002", 5.0)  # far off the design: fails the check
        _move(markers, "120114-SK-WQT-0003", 0.2)  # dragged by hand: no accuracy recorded
        _set(markers, "120114-SK-WQT-0005", status="replaced", photo_e=write_photo(folder, "wqt5_e.jpg"))
        _set(markers, "120114-SK-WQT-0004", status="missing")
        assert markers.commitChanges(), markers.commitErrors()
    history_before = len(rows(store, "marker_history"))

    result = sync(store, folder)

    assert result.counts() == {"new_case": 0, "updated_marker": 2, "conflict": 1, "rejected": 2, "already": 0}
    outcome = {i.label: (i.outcome, i.reasons) for i in result.report.items}
    assert outcome == {"120114-SK-WQT-0001": ("updated_marker", ()), "120114-SK-WQT-0005": ("updated_marker", ()),
                       "120114-SK-WQT-0004": ("conflict", ("office_changed",)),
                       "120114-SK-WQT-0002": ("rejected", ("check_failed",)),
                       "120114-SK-WQT-0003": ("rejected", ("moved_without_fix",))}
    now = _office_markers(store)
    moved = now["120114-SK-WQT-0001"]
    assert moved["geometry"].x == pytest.approx(start["120114-SK-WQT-0001"]["geometry"].x + 0.3, abs=1e-6)
    assert moved["y_east"] == pytest.approx(moved["geometry"].x, abs=1e-3)  # the coordinates follow the point
    assert moved["precision_m"] == pytest.approx(0.018) and moved["surveyor"] == "测量一队"
    for number in ("120114-SK-WQT-0002", "120114-SK-WQT-0003"):
        assert now[number]["geometry"].equals(start[number]["geometry"])
    assert now["120114-SK-WQT-0004"]["status"] == start["120114-SK-WQT-0004"]["status"] != "missing"
    replaced = now["120114-SK-WQT-0005"]
    assert replaced["status"] == "replaced" and Path(replaced["photo_e"]).read_bytes() == JPEG + b"wqt5_e.jpg"
    assert Path(replaced["photo_e"]).parent == store.parent / "attachments" / "markers" / "120114-SK-WQT-0005"
    history = rows(store, "marker_history")[history_before:]
    assert {(h["marker_no"], round(h["moved_m"], 2)) for h in history} == {("120114-SK-WQT-0001", 0.3),
                                                                         ("120114-SK-WQT-0005", 0.0)}
    assert all(result.info.package_uid in h["note"] and h["changed_by"] == "测量一队" for h in history)
    checks = {r.marker_no: r.status for r in result.checks.results}
    assert checks == {"120114-SK-WQT-0001": "ok", "120114-SK-WQT-0002": "fail"}
    assert "120114-SK-WQT-0002" in result.text and "120114-SK-WQT-0004" in result.text

    counts, state = feature_counts(store), _office_markers(store)
    again = sync(store, folder)
    assert again.counts() == {"new_case": 0, "updated_marker": 0, "conflict": 1, "rejected": 2, "already": 0}
    assert feature_counts(store) == counts and _office_markers(store) == state

    with phone(project, folder):  # the team goes on with the same package after the sync
        markers = layer_named(project, "markers")
        markers.startEditing()
        with gnss(RTK):
            _move(markers, "120114-SK-WQT-0001", 0.1)
        assert markers.commitChanges()
    third = sync(store, folder)
    assert [i.outcome for i in third.report.items if i.label == "120114-SK-WQT-0001"] == ["updated_marker"]
    assert _office_markers(store)["120114-SK-WQT-0001"]["geometry"].x == pytest.approx(
        start["120114-SK-WQT-0001"]["geometry"].x + 0.4, abs=1e-6)


def _package_info(folder: Path, **values) -> None:
    ds = ogr.Open(str(folder / PACKAGE_GPKG), 1)
    layer = ds.GetLayerByName("package_info")
    feature = layer.GetNextFeature()
    for name, value in values.items():
        feature.SetField(name, value)
    layer.SetFeature(feature)
    ds = None


def test_packages_that_are_not_whole_or_not_ours_are_refused(store, tmp_path):
    folder = package(store, "patrol", ["王庆坨镇"], tmp_path / "p").folder
    counts = feature_counts(store)
    _package_info(folder, district_code="110105")
    with pytest.raises(SyncError, match="another district"):
        sync(store, folder)
    _package_info(folder, district_code="120114", format_version=99)
    with pytest.raises(SyncError, match="format"):
        sync(store, folder)
    (folder / PACKAGE_GPKG).unlink()
    with pytest.raises(SyncError, match="half-copied"):
        sync(store, folder)
    with pytest.raises(SyncError):
        sync(store, tmp_path / "nowhere")
    assert feature_counts(store) == counts


def test_the_algorithms_run_headless(store, tmp_path, wuqing_provider):
    import processing

    made = processing.run("wuqing_eco:package_field", {
        "SOURCE": str(store), "TOWNS": "王庆坨镇", "PURPOSE": 1, "PATROL": "测量一队",
        "OUTPUT_FOLDER": str(tmp_path / "pkg")})
    assert made["MARKERS"] == len(rows(store, "markers")) and Path(made["PROJECT"]).is_file()
    synced = processing.run("wuqing_eco:sync_field", {"PACKAGE": str(tmp_path / "pkg"), "SOURCE": str(store)})
    assert (synced["NEW_CASES"], synced["UPDATED_MARKERS"], synced["CONFLICTS"], synced["REJECTED"]) == (0, 0, 0, 0)
    assert Path(synced["REPORT"]).read_text(encoding="utf-8").startswith("Field work brought in")
