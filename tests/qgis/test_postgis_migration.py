# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:migrate_geopackage: the sample GeoPackage into the shared database and back out unchanged."""
from __future__ import annotations

import shutil

import processing
import pytest
from osgeo import gdal, ogr
from pg_cluster import PgDatabase
from qgis.core import QgsProcessingException
from shapely import wkb

from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.ogr_rows import get_values
from wuqing_eco_plugin.layers.postgis.create import create_postgis
from wuqing_eco_plugin.layers.postgis.errors import PostgisError
from wuqing_eco_plugin.layers.postgis.migrate import migrate_geopackage

S = "wuqing_eco"


@pytest.fixture(scope="module")
def provider(wuqing_provider):
    return wuqing_provider


@pytest.fixture
def empty_db(pg_cluster, pg_sample):
    """A database with the plugin's schema and no rows (the group roles exist: pg_sample made them)."""
    dsn = pg_cluster.new_database("wq_empty")
    create_postgis(dsn)
    yield PgDatabase(pg_cluster, "wq_empty")
    pg_cluster.sql('DROP DATABASE "wq_empty" WITH (FORCE)')


def _gpkg_rows(path, table: schema.TableSpec) -> dict:
    """fid → (values, shapely geometry) of ``table`` read with OGR, independently of the migration."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    out = {}
    for feature in ds.GetLayerByName(table.name):
        geometry = feature.GetGeometryRef()
        out[feature.GetFID()] = (get_values(feature),
                                 wkb.loads(bytes(geometry.ExportToWkb())) if geometry is not None else None)
    ds = None  # noqa: F841
    return out


def _db_rows(db, table: schema.TableSpec) -> dict:
    geometry = "ST_AsBinary(geom)" if table.geometry else "NULL"
    rows = db.sql(f"SELECT fid, {', '.join(table.field_names)}, {geometry} FROM {S}.{table.name}")
    return {r[0]: (dict(zip(table.field_names, r[1:-1])), wkb.loads(bytes(r[-1])) if r[-1] else None) for r in rows}


def test_the_sample_goes_over_whole_and_unchanged(empty_db, sample_gpkg, provider):
    result = processing.run("wuqing_eco:migrate_geopackage", {"INPUT": str(sample_gpkg), "DATABASE": empty_db.dsn(),
                                                             "SCHEMA": S})
    expected = storage.feature_counts(sample_gpkg)
    assert dict(p.split("=") for p in result["COUNTS"].split(",")) == {t: str(n) for t, n in expected.items()}
    assert result["ROWS"] == sum(expected.values()) and expected["violations"] == 8 and expected["zones"] > 30
    for table in schema.TABLES:
        source, copied = _gpkg_rows(sample_gpkg, table), _db_rows(empty_db, table)
        assert copied.keys() == source.keys(), table.name  # fids kept
        for fid, (values, geometry) in source.items():
            got, got_geometry = copied[fid]
            for name, value in values.items():
                if name in table.field_index:
                    assert got[name] == value, (table.name, fid, name)
            if geometry is not None:
                assert got_geometry.equals(geometry) and got_geometry.area == pytest.approx(geometry.area)
    # areas computed by PostGIS itself agree with the stored ones and with the GeoPackage's geometries
    for stored, area in empty_db.sql(f"SELECT area_m2, ST_Area(geom) FROM {S}.zones"):
        assert area == pytest.approx(stored, abs=0.01)
    # the counters continue after the copied numbers: the next case is the next number of its year
    assert empty_db.sql(f"SELECT year, last_seq FROM {S}.record_counters") == [(2026, 8)]
    row = empty_db.sql(f"INSERT INTO {S}.violations (discovered_at, source, category, severity, description, "
                       "lead_department) VALUES ('2026-11-30 10:00', 'patrol', 'stockyard', 'B', '迁移后新登记', "
                       "'env') RETURNING record_no, fid")
    assert row[0][0] == "WQ-2026-0009" and row[0][1] > max(_gpkg_rows(sample_gpkg, schema.VIOLATIONS))


def test_history_keeps_its_times_and_users(empty_db, sample_gpkg):
    migrate_geopackage(sample_gpkg, empty_db.dsn())
    source = sorted((v["record_uid"], v["changed_at"], v["changed_by"], v["from_status"], v["to_status"])
                    for v, _ in _gpkg_rows(sample_gpkg, schema.VIOLATION_HISTORY).values())
    copied = sorted(empty_db.sql(f"SELECT record_uid, changed_at, changed_by, from_status, to_status "
                                 f"FROM {S}.violation_history"))
    assert copied == source and len(copied) == 29
    assert {r[0] for r in copied} == {r[0] for r in empty_db.sql(f"SELECT record_uid FROM {S}.violations")}


def test_tables_that_hold_rows_are_refused_by_name(empty_db, sample_gpkg):
    empty_db.sql(f"INSERT INTO {S}.towns (name, code, kind, data_status) VALUES ('测试镇', '120114999', 'town', "
                 "'draft')")
    with pytest.raises(PostgisError, match=r"The tables towns of the schema wuqing_eco hold rows already"):
        migrate_geopackage(sample_gpkg, empty_db.dsn())
    assert empty_db.sql(f"SELECT count(*) FROM {S}.zones") == [(0,)]
    empty_db.sql(f"DELETE FROM {S}.towns")
    migrate_geopackage(sample_gpkg, empty_db.dsn())
    with pytest.raises(QgsProcessingException, match="district, towns, zones, approved_land, markers"):
        processing.run("wuqing_eco:migrate_geopackage", {"INPUT": str(sample_gpkg), "DATABASE": empty_db.dsn(),
                                                         "SCHEMA": S})


def test_a_bad_row_stops_the_migration_and_nothing_is_kept(empty_db, sample_gpkg, tmp_path):
    broken = tmp_path / "broken.gpkg"
    shutil.copy(sample_gpkg, broken)
    ds = gdal.OpenEx(str(broken), gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayerByName("violations")  # the GeoPackage takes any text; the database takes codes
    feature = layer.GetNextFeature()
    feature.SetField("category", "no_such_category")
    assert layer.SetFeature(feature) == ogr.OGRERR_NONE
    ds = None
    with pytest.raises(PostgisError) as err:
        migrate_geopackage(broken, empty_db.dsn())
    assert "violations" in str(err.value) and "nothing was copied" in str(err.value)
    assert "Category" in str(err.value)  # the field, by its name in the user's language
    for table in schema.TABLES:
        assert empty_db.sql(f"SELECT count(*) FROM {S}.{table.name}") == [(0,)], table.name
    assert empty_db.sql(f"SELECT count(*) FROM {S}.record_counters") == [(0,)]


def test_only_an_administrator_migrates(empty_db, sample_gpkg):
    with pytest.raises(PostgisError, match="Only a member of wq_admin .*env_wang"):
        migrate_geopackage(sample_gpkg, empty_db.dsn("env_wang"))
    migrate_geopackage(sample_gpkg, empty_db.dsn("admin_li"))  # an administrator who is not a superuser
    assert empty_db.sql(f"SELECT count(*) FROM {S}.violation_history") == [(29,)]


def test_a_file_that_is_not_the_plugins_geopackage_is_refused(empty_db, tmp_path):
    with pytest.raises(PostgisError, match="does not exist"):
        migrate_geopackage(tmp_path / "missing.gpkg", empty_db.dsn())
    other = tmp_path / "other.gpkg"
    ds = gdal.GetDriverByName("GPKG").Create(str(other), 0, 0, 0, gdal.GDT_Unknown)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    with pytest.raises(PostgisError, match="does not hold the plugin's data model"):
        migrate_geopackage(other, empty_db.dsn())
