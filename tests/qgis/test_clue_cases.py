# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:clues_to_cases on the sample: cases through the record path, idempotent, nothing half-made;
the schema upgrade of an older GeoPackage; the towns' verification checklists."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from checks import pdf_fonts, pdf_text, red_yellow
from osgeo import gdal
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage
from shapely.geometry import Point
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.ledger.filters import LedgerFilter
from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.geometry import from_shapely, to_shapely
from wuqing_eco_plugin.services.ledger.store import LedgerStore

BATCH = "2026年第三季度市级遥感监测"


def _union(sample_copy, table, **where):
    layer = QgsVectorLayer(storage.uri(sample_copy, table), table, "ogr")
    return unary_union([to_shapely(f.geometry()) for f in layer.getFeatures()
                        if all(f[k] == v for k, v in where.items())])


@pytest.fixture
def places(sample_copy):
    """Spots of the sample found with shapely: red only (outside approved land), yellow only, red in approved land."""
    red, yellow = _union(sample_copy, "zones", line_class="red"), _union(sample_copy, "zones", line_class="yellow")
    approved = _union(sample_copy, "approved_land")
    return {"red": red.difference(yellow.buffer(50)).difference(approved.buffer(50)).representative_point(),
            "yellow": yellow.difference(red.buffer(50)).representative_point(),
            "approved": red.intersection(approved).representative_point(),
            "clear": _union(sample_copy, "towns").difference(red.union(yellow).union(approved).buffer(200))
            .representative_point()}


def _clues(rows, kind="Polygon"):
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4548&field=编号:string", "clues", "memory")
    features = []
    for number, geom in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(from_shapely(geom))
        f.setAttributes([number])
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _run(alg, params):
    import processing

    return processing.run(f"wuqing_eco:{alg}", params)


def _screen(path, clues):
    return _run("screen_clues", {"INPUT": clues, "ID_FIELD": "编号", "ZONES": storage.uri(path, "zones"),
                                 "APPROVED": storage.uri(path, "approved_land"), "TOWNS": storage.uri(path, "towns"),
                                 "OUTPUT": "memory:"})["OUTPUT"]


def _register(path, screened, **kw):
    return _run("clues_to_cases", {"INPUT": screened, "SOURCE": str(path), "BATCH": BATCH, "RECORDED_BY": "监测员",
                                   "DISCOVERED_AT": "2026-10-08T09:00:00", **kw})


def test_clues_become_cases_once_through_the_record_path(wuqing_provider, project, sample_copy, places):
    store = LedgerStore(sample_copy)
    before = {r.record_no for r in store.rows()}
    polygons = _clues([("SJ-1", places["red"].buffer(25)), ("SJ-2", places["yellow"].buffer(25)),
                       ("SJ-3", places["approved"].buffer(5)), ("SJ-4", places["clear"].buffer(25))])
    screened = _screen(sample_copy, polygons)
    verdicts = {f["clue_id"]: f["verdict"] for f in screened.getFeatures()}
    assert verdicts == {"SJ-1": "prohibited", "SJ-2": "needs_approval", "SJ-3": "approved_land", "SJ-4": "clear"}
    out = _register(sample_copy, screened)
    assert (out["CREATED"], out["SKIPPED"], out["NOT_APPLICABLE"], out["FLAGGED"]) == (2, 0, 2, 0)
    rows = {r.clue_no: r for r in store.rows() if r.record_no not in before}
    assert set(rows) == {"SJ-1", "SJ-2"}
    red, yellow = rows["SJ-1"], rows["SJ-2"]
    assert (red.source, red.category, red.severity, red.line_class) == ("monitoring", "construction_red", "A", "red")
    assert (yellow.category, yellow.severity, yellow.line_class) == ("construction_yellow", "B", "yellow")
    assert red.lead_department == yellow.lead_department == "construction"
    assert red.clue_batch == BATCH and red.discovered_at == dt.datetime(2026, 10, 8, 9, 0)
    # the zones and town the map gives there, as the record dialog would have them
    zones = QgsVectorLayer(storage.uri(sample_copy, "zones"), "z", "ogr")
    at_red = {f["zone_uid"] for f in zones.getFeatures() if to_shapely(f.geometry()).contains(places["red"])}
    assert set(red.zone_uids) == at_red
    towns = QgsVectorLayer(storage.uri(sample_copy, "towns"), "t", "ogr")
    assert red.town == next(f["name"] for f in towns.getFeatures() if to_shapely(f.geometry()).contains(places["red"]))
    # the clue's polygon is the affected area; its verdict and areas are in the description
    areas = QgsVectorLayer(storage.uri(sample_copy, "violation_areas"), "a", "ogr")
    area = next(f for f in areas.getFeatures() if f["record_uid"] == red.record_uid)
    clue = next(f for f in screened.getFeatures() if f["clue_id"] == "SJ-1")
    assert area["area_m2"] == pytest.approx(clue.geometry().area(), abs=0.01)
    assert "禁止：占用红线区（批准用地外）" in red.description and f"{clue['red_area_m2']:,.1f} m²" in red.description
    [first] = store.history(red.record_uid)
    assert (first["to_status"], first["changed_by"], first["entry_kind"]) == ("registered", "监测员", "status")
    assert LedgerFilter(text="SJ-1").matches(red, dt.date.today())  # searchable by the clue number
    assert not LedgerFilter(text="SJ-1").matches(yellow, dt.date.today())
    assert LedgerFilter(batch=BATCH).matches(yellow, dt.date.today())
    # a second run creates nothing
    again = _register(sample_copy, screened)
    assert (again["CREATED"], again["SKIPPED"], again["NOT_APPLICABLE"]) == (0, 2, 2)
    assert len(store.rows()) == len(before) + 2


def test_point_clues_and_flagged_ones(wuqing_provider, project, sample_copy, places):
    screened = _screen(sample_copy, _clues([("D-1", places["red"]), ("D-2", Point(0, 0))], "Point"))
    out = _register(sample_copy, screened)
    assert (out["CREATED"], out["FLAGGED"]) == (1, 1)
    [case] = [r for r in LedgerStore(sample_copy).rows() if r.clue_no == "D-1"]
    assert (case.x, case.y) == pytest.approx((places["red"].x, places["red"].y))
    assert "点位线索" in case.description


def _count(sample_copy):
    ds = gdal.OpenEx(str(sample_copy), gdal.OF_VECTOR)
    try:
        return {t: ds.GetLayerByName(t).GetFeatureCount() for t in ("violations", "violation_areas",
                                                                     "violation_history")}
    finally:
        ds = None  # noqa: F841


def test_bad_batches_create_nothing(wuqing_provider, project, sample_copy, places):
    screened = _screen(sample_copy, _clues([("B-1", places["red"].buffer(20)), ("B-2", places["yellow"].buffer(20))]))
    before = _count(sample_copy)
    # one clue whose verdict says prohibited where the project's zones give nothing: the whole batch stops
    provider = screened.dataProvider()
    wrong = next(f for f in screened.getFeatures() if f["clue_id"] == "B-2")
    provider.changeGeometryValues({wrong.id(): from_shapely(places["clear"].buffer(20))})
    provider.changeAttributeValues({wrong.id(): {screened.fields().indexOf("verdict"): "prohibited"}})
    with pytest.raises(QgsProcessingException, match="screen the clues against the project's zones"):
        _register(sample_copy, screened)
    # repeated clue numbers
    twice = _screen(sample_copy, _clues([("B-1", places["red"].buffer(20))]))
    twice.dataProvider().addFeatures([next(twice.getFeatures())])
    with pytest.raises(QgsProcessingException, match="repeated in one batch: B-1"):
        _register(sample_copy, twice)
    with pytest.raises(QgsProcessingException, match="not a GeoPackage"):
        _register(sample_copy, twice, SOURCE="dbname=wuqing host=localhost")
    with pytest.raises(QgsProcessingException, match="leave SCHEMA empty"):
        _register(sample_copy, _screen(sample_copy, _clues([("B-3", places["red"].buffer(20))])), SCHEMA="wuqing_eco")
    with pytest.raises(QgsProcessingException, match="lacks the fields clue_id, verdict"):
        _register(sample_copy, _clues([("B-4", places["red"].buffer(20))]))
    assert _count(sample_copy) == before


def _old_geopackage(path):
    """A GeoPackage as the plugin wrote it before monitoring clues: no field added by a later version."""
    old = tuple(schema.TableSpec(t.name, t.title, t.geometry, tuple(f for f in t.fields if f.since == 1), t.key,
                                 t.display, t.append_only, t.derived)
                for t in schema.TABLES if t.name != "zone_indicators")
    return storage.create_geopackage(path, tables=old)


def test_an_older_geopackage_gets_the_new_fields_and_keeps_clue_numbers_unique(tmp_path):
    path = _old_geopackage(tmp_path / "old.gpkg")
    report = storage.check_geopackage(path)
    assert report.missing_fields["violations"][0] == "clue_no" and "zone_indicators" in report.missing_tables
    storage.ensure_geopackage(path)
    assert storage.check_geopackage(path).ok
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayerByName("violations")
    for uid, no in (("u1", "WQ-2026-0001"), ("u2", "WQ-2026-0002")):
        from osgeo import ogr
        f = ogr.Feature(layer.GetLayerDefn())
        for k, v in {"record_uid": uid, "record_no": no, "source": "monitoring", "category": "construction_red",
                     "severity": "A", "description": "d", "lead_department": "construction", "status": "registered",
                     "data_status": "official", "clue_no": "DUP-1"}.items():
            f.SetField(k, v)
        f.SetField("discovered_at", 2026, 1, 1, 0, 0, 0, 0)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        result = layer.CreateFeature(f)
        gdal.PopErrorHandler()
    ds = None
    assert result != 0  # the second DUP-1 was refused by the unique index the upgrade added


def test_a_foreign_field_missing_is_still_refused(tmp_path):
    tables = tuple(schema.TableSpec(t.name, t.title, t.geometry, tuple(f for f in t.fields if f.name != "town"),
                                    t.key, t.display, t.append_only, t.derived) for t in schema.TABLES)
    path = storage.create_geopackage(tmp_path / "foreign.gpkg", tables=tables)
    with pytest.raises(storage.SchemaError, match="town"):
        storage.ensure_geopackage(path)


def test_checklists_per_town_with_a_map_per_clue(wuqing_provider, project, sample_copy, places, tmp_path,
                                                 zh_translator):
    from wuqing_eco_plugin.layers.project_layers import ROLES_BY_NAME, make_layer
    from wuqing_eco_plugin.services.clues.cases import read_screened
    from wuqing_eco_plugin.services.clues.checklist import write_checklists

    screened = _screen(sample_copy, _clues([("K-1", places["red"].buffer(25)), ("K-2", places["red"].buffer(60)),
                                     ("K-3", places["yellow"].buffer(25))]))
    rows = read_screened(screened.getFeatures(), screened.crs())
    layers = [make_layer(sample_copy, ROLES_BY_NAME[r]) for r in ("approved_land", "red_zones", "yellow_zones")]
    written = write_checklists(rows, tmp_path / "check", BATCH, layers, project)
    by_town = {c.town: c for c in written}
    towns = {r.towns[0] for r in rows}
    assert set(by_town) == towns and sum(c.clues for c in written) == 3
    red_town = next(r.towns[0] for r in rows if r.clue_id == "K-1")
    text = pdf_text(by_town[red_town].pdf)
    assert "监测线索现场核查表" in text and "K-1" in text and "K-2" in text
    assert "禁止：占用红线区（批准用地外）" in text and "现场情况" in text and "处理意见" in text
    fonts = pdf_fonts(by_town[red_town].pdf)
    assert "WenQuanYiMicroHei" in "\n".join(fonts) and all(" yes " in line for line in fonts)
    # each clue's map: blue clue over red zone, seen in the rendered page
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(by_town[red_town].pdf),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    reds, _ = red_yellow(image)
    colours = (QColor(image.pixel(x, y)) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    blues = sum(1 for c in colours if 200 <= c.hsvHue() <= 235 and c.hsvSaturationF() > 0.5)
    assert reds > 50 and blues > 10
    xlsx = by_town[red_town].xlsx
    assert xlsx.is_file() and xlsx.suffix == ".xlsx" and "监测线索现场核查表" in xlsx.name
