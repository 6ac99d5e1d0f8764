# SPDX-License-Identifier: GPL-2.0-or-later
"""Field packages, their sync and monitoring clues on the shared PostGIS database, each person with
their own login: the package is read from the database and is GeoPackages that QField opens offline;
the sync registers cases through the ledger store (the database numbers them, its rights apply) and
applies marker surveys sending the row version the sync read, so a marker changed meanwhile at the
office is a conflict of its own while the others are saved; clues become cases once."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import processing
import pytest
from checks import pdf_text
from field_helpers import JPEG, RTK, add_case, gnss, layer_named, phone, rows, write_photo
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsProject
from shapely import wkb
from shapely.ops import unary_union
from test_clue_cases import _clues, _screen

from wuqing_eco_plugin.domain.ledger.cases import CASE_STATUSES
from wuqing_eco_plugin.layers.data_source import PostgisSource
from wuqing_eco_plugin.layers.field import tables
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.services.field import sync_markers
from wuqing_eco_plugin.services.field.package import PACKAGE_GPKG
from wuqing_eco_plugin.services.field.project import PROJECT_FILE
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.project_source import forget_database, remember_database

TOWN, OWN, OTHER = "河北屯镇", "town_hebeitun", "town_yangcun"  # a town login and another town's
LEDGER = ("violations", "violation_history", "violation_areas")


def _counts(pg_db) -> dict[str, int]:
    return {t: pg_db.sql(f"SELECT count(*) FROM wuqing_eco.{t}")[0][0] for t in (*LEDGER, "marker_history")}


def _package(pg_db, login: str, towns: str, purpose: int, folder: Path, patrol: str = "巡查一组") -> dict:
    return processing.run("wuqing_eco:package_field", {
        "SOURCE": pg_db.dsn(login), "SCHEMA": "wuqing_eco", "TOWNS": towns, "PURPOSE": purpose,
        "PATROL": patrol, "OUTPUT_FOLDER": str(folder)})


def _sync(pg_db, login: str, folder: Path) -> dict:
    return processing.run("wuqing_eco:sync_field", {"PACKAGE": str(folder), "SOURCE": pg_db.dsn(login)})


def _spot_in_town(pg_db, town: str) -> tuple[str, QgsPointXY]:
    """A zone's uid and a point of that zone inside ``town``, found by PostGIS itself."""
    uid, point = pg_db.sql(
        "SELECT z.zone_uid, ST_AsBinary(ST_PointOnSurface(ST_Intersection(z.geom, t.geom))) "
        "FROM wuqing_eco.zones z JOIN wuqing_eco.towns t ON t.name = %s "
        "WHERE ST_Area(ST_Intersection(z.geom, t.geom)) > 10000 ORDER BY z.line_class, z.zone_uid LIMIT 1",
        params=(town,))[0]
    p = wkb.loads(bytes(point))
    return uid, QgsPointXY(p.x, p.y)


def _patrol_package(pg_db, folder: Path) -> tuple[str, QgsPointXY, str]:
    """A patrol package of the town login's town in ``folder``: a zone in the town, a point of it and
    a category the package offers for that zone."""
    _package(pg_db, OWN, TOWN, 0, folder)
    zone_uid, point = _spot_in_town(pg_db, TOWN)
    category = next(c["code"] for c in rows(folder / PACKAGE_GPKG, tables.CATEGORIES.name)
                    if zone_uid in (c["zone_uids"] or "").split(","))
    return zone_uid, point, category


def test_a_town_package_from_the_database_opens_offline_as_qfield_opens_it(pg_db, wuqing_provider, tmp_path,
                                                                          project):
    made = _package(pg_db, OWN, TOWN, 0, tmp_path / "made")
    moved = tmp_path / "phone" / "巡查包"
    shutil.copytree(tmp_path / "made", moved)  # copied to the phone: nothing may point back
    shutil.rmtree(tmp_path / "made")
    text = (moved / PROJECT_FILE).read_text(encoding="utf-8")
    assert "dbname" not in text and "postgres" not in text and str(tmp_path / "made") not in text
    terminal = [c.code for c in CASE_STATUSES if c.terminal]
    open_in_town = {r[0] for r in pg_db.sql("SELECT record_uid FROM wuqing_eco.violations WHERE town = %s AND "
                                            "NOT status = ANY(%s)", params=(TOWN, terminal))}
    with phone(project, moved):
        layers = list(QgsProject.instance().mapLayers().values())
        assert layers and all(lyr.isValid() and lyr.providerType() == "ogr" for lyr in layers)
        assert all(Path(lyr.source().split("|")[0]).parent == moved.resolve() for lyr in layers)
        packed = {f["record_uid"]: f["status"] for f in layer_named(project, "open_cases").getFeatures()}
        assert open_in_town and open_in_town <= set(packed) and not set(packed.values()) & set(terminal)
        towns = layer_named(project, "towns")
        assert TOWN in {f["name"] for f in towns.getFeatures()}
    assert made["PROJECT"].endswith(PROJECT_FILE)


def test_a_patrol_case_goes_into_the_database_as_the_town_login_may(pg_db, wuqing_provider, tmp_path, project):
    folder = tmp_path / "patrol"
    zone_uid, point, category = _patrol_package(pg_db, folder)
    with phone(project, folder):
        cases = layer_named(project, "new_cases")
        assert cases.startEditing()
        uid = add_case(cases, point, category=category, description="巡查发现堤岸倾倒渣土")
        assert cases.commitChanges(), cases.commitErrors()
    before = _counts(pg_db)
    other = tmp_path / "other"  # the same work synced by another town's login: the database refuses
    shutil.copytree(folder, other)

    refused = _sync(pg_db, OTHER, other)

    assert (refused["NEW_CASES"], refused["REJECTED"]) == (0, 1)
    report = Path(refused["REPORT"]).read_text(encoding="utf-8")
    assert OTHER in report and "ERROR" not in report  # the database's reason, in words
    assert _counts(pg_db) == before  # no record, no history row, no area: nothing half-written

    synced = _sync(pg_db, OWN, folder)

    assert (synced["NEW_CASES"], synced["REJECTED"], synced["CONFLICTS"]) == (1, 0, 0)
    [(number, town, source, zones, status, created_by)] = pg_db.sql(
        "SELECT record_no, town, source, zone_uids, status, created_by FROM wuqing_eco.violations "
        "WHERE record_uid = %s", params=(uid,))
    year = pg_db.sql("SELECT extract(year FROM discovered_at)::int FROM wuqing_eco.violations WHERE record_uid = %s",
                     params=(uid,))[0][0]
    numbers = [r[0] for r in pg_db.sql("SELECT record_no FROM wuqing_eco.violations WHERE record_no LIKE %s",
                                       params=(f"WQ-{year}-%",))]
    assert number == max(numbers, key=lambda n: int(n.rsplit("-", 1)[1]))  # the database's next number
    assert (town, source, status, created_by) == (TOWN, "patrol", "registered", "巡查一组")
    assert zone_uid in zones.split(",")
    assert pg_db.sql("SELECT to_status FROM wuqing_eco.violation_history WHERE record_uid = %s",
                     params=(uid,)) == [("registered",)]
    after = _counts(pg_db)
    again = _sync(pg_db, OWN, folder)  # idempotent by the case's uuid
    assert (again["NEW_CASES"], again["REJECTED"]) == (0, 0) and _counts(pg_db) == after


def test_patrol_photos_go_to_the_projects_shared_folder_and_wait_for_one(pg_db, wuqing_provider, tmp_path,
                                                                        project):
    """A database holds no files: a case with photos is refused, with the reason, until the project
    that reads the database names its shared attachments folder; then the photos are copied there
    under the case's number, and the case holds their paths. The case without photos goes in at once."""
    folder = tmp_path / "patrol"
    zone_uid, point, category = _patrol_package(pg_db, folder)
    with phone(project, folder):
        cases = layer_named(project, "new_cases")
        assert cases.startEditing()
        pictured = add_case(cases, point, category=category, description="堤岸倾倒渣土，有照片",
                            photo_1=write_photo(folder, "倾倒 现场.jpg"))
        plain = add_case(cases, point, category=category, description="堤岸倾倒渣土，无照片")
        assert cases.commitChanges(), cases.commitErrors()
    before = _counts(pg_db)

    waiting = _sync(pg_db, OWN, folder)  # the project names no shared folder for this database

    assert (waiting["NEW_CASES"], waiting["REJECTED"]) == (1, 1)
    assert "shared attachments folder" in Path(waiting["REPORT"]).read_text(encoding="utf-8")
    assert pg_db.sql("SELECT count(*) FROM wuqing_eco.violations WHERE record_uid = %s", params=(pictured,)) == [(0,)]
    assert pg_db.sql("SELECT count(*) FROM wuqing_eco.violations WHERE record_uid = %s", params=(plain,)) == [(1,)]
    assert _counts(pg_db)["violations"] == before["violations"] + 1

    shared = tmp_path / "共享附件"
    shared.mkdir()
    office = QgsProject.instance()
    remember_database(office, PostgisSource.from_connection(pg_db.dsn(OWN), "wuqing_eco", attachments=shared))
    try:
        synced = _sync(pg_db, OWN, folder)
    finally:
        forget_database(office)

    assert (synced["NEW_CASES"], synced["REJECTED"]) == (1, 0)
    [(number, evidence)] = pg_db.sql("SELECT record_no, evidence FROM wuqing_eco.violations WHERE record_uid = %s",
                                     params=(pictured,))
    assert evidence == f"attachments/{number}/倾倒_现场.jpg"
    assert (shared / number / "倾倒_现场.jpg").read_bytes() == JPEG + "倾倒 现场.jpg".encode()
    assert sorted(p.relative_to(shared).as_posix() for p in shared.rglob("*")) == [number, f"{number}/倾倒_现场.jpg"]


def _marker(pg_db, number: str) -> tuple:
    return pg_db.sql("SELECT status, notes, row_version, ST_X(geom) FROM wuqing_eco.markers WHERE marker_no = %s",
                     params=(number,))[0]


def test_marker_surveys_send_the_version_read_and_a_stale_one_is_a_conflict_of_its_own(
        pg_db, wuqing_provider, tmp_path, project, monkeypatch):
    folder = tmp_path / "survey"
    _package(pg_db, "plan_zhao", "王庆坨镇", 1, folder, patrol="测量一队")
    m1, m4, m5 = "120114-SK-WQT-0001", "120114-SK-WQT-0004", "120114-SK-WQT-0005"
    start = {n: _marker(pg_db, n) for n in (m1, m4, m5)}
    with phone(project, folder):
        markers = layer_named(project, "markers")
        assert markers.startEditing()
        ids = {f["marker_no"]: f.id() for f in markers.getFeatures()}
        with gnss(RTK):
            p = markers.getFeature(ids[m1]).geometry().asPoint()
            assert markers.changeGeometry(ids[m1], QgsGeometry.fromPointXY(QgsPointXY(p.x() + 0.3, p.y())))
        for number, status in ((m4, "missing"), (m5, "replaced")):
            assert markers.changeAttributeValue(ids[number], markers.fields().indexOf("status"), status)
        assert markers.commitChanges(), markers.commitErrors()

    town = _sync(pg_db, OWN, folder)  # a town government does not survey markers
    assert (town["UPDATED_MARKERS"], town["REJECTED"]) == (0, 3)
    assert {n: _marker(pg_db, n) for n in (m1, m4, m5)} == start

    update, saved = sync_markers.MarkerSync._update, []

    def office_saves_meanwhile(self, planned):
        if not saved:  # the office saves 0004 once, after the sync read it and before the sync writes it
            pg_db.sql("UPDATE wuqing_eco.markers SET notes = '办公室复核', row_version = row_version + 1 "
                      "WHERE marker_no = %s", user="plan_zhao", params=(m4,))
            saved.append(m4)
        return update(self, planned)

    monkeypatch.setattr(sync_markers.MarkerSync, "_update", office_saves_meanwhile)
    history = _counts(pg_db)["marker_history"]

    synced = _sync(pg_db, "plan_zhao", folder)

    assert (synced["UPDATED_MARKERS"], synced["CONFLICTS"], synced["REJECTED"]) == (2, 1, 0)
    report = Path(synced["REPORT"]).read_text(encoding="utf-8")
    assert m4 in report
    status4, notes4, version4, _ = _marker(pg_db, m4)
    assert (status4, notes4, version4) == (start[m4][0], "办公室复核", start[m4][2] + 1)  # the office's save kept
    status5, _, version5, _ = _marker(pg_db, m5)
    assert (status5, version5) == ("replaced", start[m5][2] + 1)
    _, _, version1, x1 = _marker(pg_db, m1)
    assert x1 == pytest.approx(start[m1][3] + 0.3, abs=1e-6) and version1 == start[m1][2] + 1
    assert _counts(pg_db)["marker_history"] == history + 2  # the move of 0001, the status of 0005
    assert pg_db.sql("SELECT count(*) FROM wuqing_eco.audit_log WHERE table_name = 'markers' AND row_uid IN "
                     "(SELECT marker_uid FROM wuqing_eco.markers WHERE marker_no = %s) AND changed_by = 'plan_zhao'",
                     params=(m5,))[0][0] >= 1


def test_clues_become_cases_in_the_database_once(pg_db, wuqing_provider, sample_gpkg, project):
    red = unary_union([z["geometry"] for z in rows(sample_gpkg, "zones") if z["line_class"] == "red"])
    others = unary_union([z["geometry"] for z in rows(sample_gpkg, "zones") if z["line_class"] == "yellow"] +
                         [a["geometry"] for a in rows(sample_gpkg, "approved_land")])
    spot = red.difference(others.buffer(100)).representative_point()
    screened = _screen(sample_gpkg, _clues([("PG-1", spot.buffer(20)), ("PG-2", spot.buffer(30))]))
    params = {"INPUT": screened, "SOURCE": pg_db.dsn("env_wang"), "SCHEMA": "wuqing_eco", "BATCH": "2026Q3",
              "RECORDED_BY": "监测员", "DISCOVERED_AT": "2026-10-08T09:00:00"}
    before = _counts(pg_db)

    first = processing.run("wuqing_eco:clues_to_cases", params)

    assert first["CREATED"] == 2
    stored = pg_db.sql("SELECT clue_no, source, record_no FROM wuqing_eco.violations WHERE clue_no LIKE 'PG-%' "
                       "ORDER BY clue_no")
    assert [(c, s) for c, s, _ in stored] == [("PG-1", "monitoring"), ("PG-2", "monitoring")]
    assert sorted(first["RECORD_NUMBERS"].split(",")) == sorted(r for _, _, r in stored)
    after = _counts(pg_db)
    assert after["violations"] == before["violations"] + 2

    second = processing.run("wuqing_eco:clues_to_cases", params)

    assert (second["CREATED"], second["SKIPPED"]) == (0, 2) and _counts(pg_db) == after


def test_the_emergency_report_reads_a_case_layer_of_the_database(pg_db, wuqing_provider, tmp_path, project):
    store = LedgerStore(PostgisLedgerStorage(pg_db.dsn("env_wang")))
    uid, number = pg_db.sql("SELECT record_uid, record_no FROM wuqing_eco.violations WHERE status = 'registered' "
                            "ORDER BY record_no LIMIT 1")[0]
    store.mark_emergency(uid, "emergency", "值班员", "堤岸坍塌")
    store.add_report(uid, "first_report", "值班员", "首报堤岸坍塌约二十米", ("water",))
    cases = pg_db.layer("env_wang", "violations")
    out = processing.run("wuqing_eco:emergency_report", {"INPUT": cases, "RECORD_NO": number,
                                                         "OUTPUT": str(tmp_path / "report.pdf")})["OUTPUT"]
    flat = re.sub(r"\s+", "", pdf_text(out, layout=False))
    assert number in flat and "首报堤岸坍塌约二十米" in flat
    public = pg_db.layer("public_web", "public_ledger")
    with pytest.raises(QgsProcessingException, match="not the case records of the shared database"):
        processing.run("wuqing_eco:emergency_report", {"INPUT": public, "RECORD_NO": number,
                                                       "OUTPUT": str(tmp_path / "public.pdf")})
