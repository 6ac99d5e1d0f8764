# SPDX-License-Identifier: GPL-2.0-or-later
"""The schema created in a GeoPackage and read back: tables, fields, types, CRS, constraints, domains."""
from __future__ import annotations

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsFieldConstraints, QgsVectorLayer, QgsWkbTypes

from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.features import CommitError, DuplicateValueError, LayerBusyError, write_records

OGR_TYPE = {"text": "String", "int": "Integer", "real": "Real", "bool": "Integer", "date": "Date",
            "datetime": "DateTime", "json": "String"}


@pytest.fixture
def gpkg(tmp_path):
    return storage.create_geopackage(tmp_path / "new.gpkg")


def test_every_table_field_and_crs(gpkg):
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    assert sorted(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())) == sorted(
        [*(t.name for t in schema.TABLES), schema.AUDIT_LOG.name, storage.VERSION_TABLE])
    for table in (*schema.TABLES, schema.AUDIT_LOG):
        layer = ds.GetLayerByName(table.name)
        defn = layer.GetLayerDefn()
        got = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())}
        assert list(got) == list(table.field_names)
        for spec in table.fields:
            f = got[spec.name]
            assert f.GetTypeName() == OGR_TYPE[spec.type], spec.name
            assert f.IsNullable() == (not spec.required), spec.name
            assert bool(f.IsUnique()) == spec.unique, spec.name
            if spec.type in ("bool", "json"):
                assert f.GetSubType() == (ogr.OFSTBoolean if spec.type == "bool" else ogr.OFSTJSON)
            if spec.length:
                assert f.GetWidth() == spec.length
            if spec.codes is not None and not spec.multi:
                domain = ds.GetFieldDomain(f.GetDomainName())
                assert set(domain.GetEnumeration()) == set(spec.codes.codes())
        if table.geometry:
            srs = layer.GetSpatialRef()
            assert (srs.GetAuthorityName(None), srs.GetAuthorityCode(None)) == ("EPSG", "4548")
            assert ogr.GeometryTypeToName(layer.GetGeomType()).replace(" ", "").lower() == table.geometry.lower()
        else:
            assert layer.GetGeomType() == ogr.wkbNone
    assert storage.check_geopackage(gpkg).ok
    assert storage.stored_version(gpkg) == schema.SCHEMA_VERSION


def test_qgis_reads_the_schema(gpkg):
    layer = QgsVectorLayer(storage.uri(gpkg, "zones"), "zones", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:4548"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    idx = layer.fields().indexOf("zone_uid")
    constraints = layer.fields().at(idx).constraints().constraints()
    assert constraints & QgsFieldConstraints.ConstraintNotNull
    assert constraints & QgsFieldConstraints.ConstraintUnique


def test_not_null_and_unique_are_enforced_on_commit(gpkg):
    from shapely.geometry import box

    layer = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    row = {"geometry": box(500000, 4360000, 501000, 4361000), "name": "测试镇", "code": "120114999",
           "kind": "town", "data_status": "draft"}
    assert write_records(layer, schema.TOWNS, [row]) == 1
    with pytest.raises(DuplicateValueError):
        write_records(layer, schema.TOWNS, [dict(row, name="另一镇")])  # same code: UNIQUE
    with pytest.raises(CommitError):
        write_records(layer, schema.TOWNS, [dict(row, name=None, code="120114998")])  # NOT NULL
    assert sum(1 for _ in layer.getFeatures()) == 1
    assert not layer.isEditable()


def test_a_batch_fills_defaults_and_refuses_a_code_it_gives_twice(gpkg):
    from shapely.geometry import box

    from wuqing_eco_plugin.layers.features import FeatureFactory
    from wuqing_eco_plugin.layers.forms import apply_defaults

    layer = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    apply_defaults(layer, schema.TOWNS)
    rows = [{"geometry": box(500000 + k * 1000, 4360000, 501000 + k * 1000, 4361000), "name": f"镇{k}",
             "code": f"12011499{k}", "kind": "town"} for k in range(3)]
    rows[0]["area_m2"] = 1.0  # a default applied on update wins over a given value, as in createFeature
    assert write_records(layer, schema.TOWNS, rows) == 3
    stored = {f["code"]: f for f in layer.getFeatures()}
    assert {f["data_status"] for f in stored.values()} == {"official"}  # the layer's default expressions
    assert all(f["area_m2"] == pytest.approx(1_000_000) for f in stored.values())  # $area of the geometry
    make = FeatureFactory(layer, schema.TOWNS)
    fresh = make(dict(rows[2], code="120114998", name="新镇"))  # a new code and name: accepted
    assert fresh["code"] == "120114998" and fresh["name"] == "新镇"
    with pytest.raises(DuplicateValueError):
        make(dict(rows[2], code="120114997", name="新镇"))  # "新镇" was given a moment ago: UNIQUE
    with pytest.raises(DuplicateValueError):
        make(dict(rows[1], name="又一镇"))  # the code is in the layer already
    assert sum(1 for _ in layer.getFeatures()) == 3


def test_a_batch_write_leaves_the_users_unsaved_edits_alone(gpkg):
    """A batch write must neither commit the user's pending edits nor, failing, roll them back."""
    from shapely.geometry import box

    layer = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    row = {"geometry": box(500000, 4360000, 501000, 4361000), "name": "测试镇", "code": "120114999",
           "kind": "town", "data_status": "draft"}
    write_records(layer, schema.TOWNS, [row])
    fid = next(layer.getFeatures()).id()
    assert layer.startEditing()
    assert layer.changeAttributeValue(fid, layer.fields().indexOf("name"), "用户正在改的名字")
    with pytest.raises(LayerBusyError):
        write_records(layer, schema.TOWNS, [dict(row, code="120114998", name="批量写入")])
    assert layer.isEditable() and layer.isModified()  # the user's edit is still pending, not committed
    assert layer.getFeature(fid)["name"] == "用户正在改的名字"
    on_disk = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    assert [f["name"] for f in on_disk.getFeatures()] == ["测试镇"]
    layer.rollBack()


def test_gdal_error_mode_of_the_process_is_left_as_found(tmp_path):
    """Other plugins share GDAL's exception switch: our calls must not flip it for them."""
    from wuqing_eco_plugin.layers.gdal_errors import gdal_exceptions

    before = (gdal.GetUseExceptions(), ogr.GetUseExceptions())
    try:
        gdal.DontUseExceptions()
        ogr.DontUseExceptions()
        path = storage.create_geopackage(tmp_path / "mode.gpkg")
        assert storage.check_geopackage(path).ok
        assert (gdal.GetUseExceptions(), ogr.GetUseExceptions()) == (0, 0)
        with gdal_exceptions(), pytest.raises(RuntimeError):
            gdal.OpenEx(str(tmp_path / "missing.gpkg"), gdal.OF_VECTOR)
        assert gdal.OpenEx(str(tmp_path / "missing.gpkg"), gdal.OF_VECTOR) is None  # off again
    finally:
        for module, on in zip((gdal, ogr), before):
            module.UseExceptions() if on else module.DontUseExceptions()


def test_ensure_refuses_a_foreign_geopackage(tmp_path):
    path = tmp_path / "foreign.gpkg"
    ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = ds.CreateLayer("zones", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    ds = None
    with pytest.raises(storage.SchemaError) as err:
        storage.ensure_geopackage(path)
    assert "zone_uid" in str(err.value)


def test_ensure_adds_missing_tables(tmp_path):
    path = storage.create_geopackage(tmp_path / "old.gpkg", tables=(schema.ZONES,))
    storage.ensure_geopackage(path)
    assert storage.check_geopackage(path).ok


def test_existing_file_is_not_overwritten_silently(gpkg):
    with pytest.raises(FileExistsError):
        storage.create_geopackage(gpkg)


def _cases_by_town(path) -> dict[str, list[tuple[str, int]]]:
    ds = ogr.Open(str(path))
    out: dict[str, list[tuple[str, int]]] = {}
    for f in ds.GetLayerByName("violations"):
        out.setdefault(f.GetField("town"), []).append((f.GetField("record_uid"), f.GetField("row_version")))
    return {town: sorted(cases) for town, cases in out.items()}


def test_the_fields_that_copy_another_tables_name_fields_that_exist():
    assert [(f.table.name, f.field, f.source, f.source_field) for f in schema.FOLLOWERS] == [
        ("violations", "town", "towns", "name")]
    tables = {t.name: t for t in schema.TABLES}
    for f in schema.FOLLOWERS:
        copied, copy = tables[f.source].field(f.source_field), f.table.field(f.field)
        assert (copied.type, copied.unique) == (copy.type, True) and copy.length >= copied.length


def test_a_town_renamed_in_qgis_takes_its_cases_along(sample_gpkg, tmp_path):
    """The GeoPackage keeps the rule itself (an SQLite trigger), whichever tool renames the town; a
    file that lost it gets it back when the plugin opens it."""
    import shutil

    path = tmp_path / "renamed.gpkg"
    shutil.copy(sample_gpkg, path)
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL(f'DROP TRIGGER "wq_{schema.FOLLOWERS[0].name}"')
    ds = None  # noqa: F841
    assert storage.ensure_geopackage(path) == path  # the missing rule is added again
    before = _cases_by_town(path)
    old, new = "杨村街道", "杨村街道（新）"
    assert before[old]
    towns = QgsVectorLayer(storage.uri(path, "towns"), "towns", "ogr")
    [town] = [f for f in towns.getFeatures() if f["name"] == old]
    assert towns.startEditing()
    assert towns.changeAttributeValue(town.id(), towns.fields().indexOf("name"), new)
    assert towns.commitChanges(), towns.commitErrors()
    del towns

    after = _cases_by_town(path)
    assert old not in after and after[new] == [(uid, version + 1) for uid, version in before[old]]
    assert {t: c for t, c in after.items() if t != new} == {t: c for t, c in before.items() if t != old}
