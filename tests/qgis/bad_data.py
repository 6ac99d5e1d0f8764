# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad data made from the sample: a copy of its GeoPackage with one feature added through OGR."""
from __future__ import annotations

import shutil
from pathlib import Path

from osgeo import ogr

#: A bow-tie (self-intersecting) polygon in the middle of Wuqing.
BOWTIE = "MULTIPOLYGON(((505000 4370000,507000 4372000,507000 4370000,505000 4372000,505000 4370000)))"


def copy_with_feature(sample: Path, target: Path, table: str, wkt: str, name: str, uid: str = "bad-1") -> Path:
    """``sample`` copied to ``target`` with one more feature of ``table``: a copy of its first one,
    named ``name``, with ``uid`` in its unique fields and the geometry ``wkt``."""
    shutil.copy(sample, target)
    ds = ogr.Open(str(target), 1)
    layer = ds.GetLayerByName(table)
    first = layer.GetNextFeature()
    feature = ogr.Feature(layer.GetLayerDefn())
    for i in range(first.GetFieldCount()):
        feature.SetField(i, first.GetField(i))
    for key in ("zone_uid", "code"):  # unique in their tables
        if feature.GetFieldIndex(key) >= 0:
            feature.SetField(key, uid)
    feature.SetField("name", name)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0
    ds = None  # noqa: F841 - closing writes the file
    return target


def damage_page(gpkg: Path, table: str) -> Path:
    """Overwrite the middle leaf page of ``table``'s b-tree with garbage: QGIS still opens the layer,
    and GDAL stops reading at that page ("database disk image is malformed")."""
    import sqlite3

    with sqlite3.connect(gpkg) as db:  # only reads the page map; the bytes are written below
        pages = [p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                          "ORDER BY pageno", (table,))]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    assert len(pages) >= 2, pages
    with open(gpkg, "r+b") as f:
        f.seek((pages[len(pages) // 2] - 1) * size)
        f.write(b"\xff" * size)
    return gpkg


def spoil_geometry(gpkg: Path, table: str) -> tuple[str, int]:
    """Give the largest feature of ``table`` a geometry blob GDAL cannot decode; its (name, fid)."""
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName(table)
    victim = max(layer, key=lambda f: f.GetGeometryRef().GetArea())
    name, fid = victim.GetField("name"), victim.GetFID()
    ds.ExecuteSQL(f"UPDATE {table} SET geom = x'47500003e6100000deadbeefdeadbeef' WHERE fid = {fid}")
    ds = None  # noqa: F841
    return name, fid


def polygon_layer(path: Path, rows, fields=("zone_uid", "name", "zone_type", "line_class"), epsg: int | None = 4548,
                  table: str = "zones") -> Path:
    """A GeoPackage (or, by the suffix, a GeoJSON file without ``crs``) of polygons: rows of (WKT, *values);
    ``epsg`` None writes no CRS at all (srs_id 0 in a GeoPackage)."""
    from osgeo import osr

    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    driver = "GeoJSON" if path.suffix == ".geojson" else "GPKG"
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = ds.CreateLayer(table, srs, ogr.wkbMultiPolygon)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        for name, value in zip(fields, values):
            feature.SetField(name, value)
        assert layer.CreateFeature(feature) == 0
    ds = None  # noqa: F841
    return path
