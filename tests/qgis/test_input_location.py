# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs whose CRS is missing or wrong stop the run with a message that names the layer, its CRS
and the likely fix, instead of landing far from Wuqing and screening "clear" (issue 12, finding 5)."""
from __future__ import annotations

import json

import pytest
from checks import wkt_layer
from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer

X0, Y0 = 503_000.0, 4_360_000.0  # in Wuqing, EPSG:4548 (easting, northing)
FIELDS = "field=zone_uid:string&field=name:string&field=zone_type:string&field=line_class:string"


def ring(x, y, size):
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def wkt(x, y, size):
    return "POLYGON((" + ", ".join(f"{a} {b}" for a, b in ring(x, y, size)) + "))"


def memory(rows, crs, fields=FIELDS, name="zones"):
    layer = wkt_layer(rows, fields, name)
    layer.setCrs(QgsCoordinateReferenceSystem(crs))
    return layer


def footprint(crs="EPSG:4548", x=X0 + 200, y=Y0 + 200):
    return memory([(wkt(x, y, 100), 1)], crs, "field=id:integer", "footprints")


def red_zone(crs="EPSG:4548", x=X0, y=Y0):
    return memory([(wkt(x, y, 1000), "uid-1", "北运河", "river", "red")], crs)


def screen(zones, footprints):
    import processing

    return processing.run("wuqing_eco:screen_project", {"ZONES": zones, "INPUT": footprints, "OUTPUT": "memory:"})


def refused(zones, footprints) -> str:
    with pytest.raises(QgsProcessingException) as info:
        screen(zones, footprints)
    return str(info.value)


def refused_zones(zones) -> str:
    """The zone reader's message for a file-backed layer (Processing's refusal of the same file runs in its
    own process, in test_bad_input.py: a file-backed layer held by a refused run's traceback can crash the
    test process at exit)."""
    from wuqing_eco_plugin.services.location import LocationError
    from wuqing_eco_plugin.services.zone_input import load_zones

    with pytest.raises(LocationError) as info:
        load_zones(zones.getFeatures(), zones.crs(), name=zones.name())
    return str(info.value)


def test_the_right_crs_screens_prohibited(wuqing_provider, project):
    out = screen(red_zone(), footprint())["OUTPUT"]
    assert [f["verdict"] for f in out.getFeatures()] == ["prohibited"]


def test_geojson_without_crs_holding_gauss_krueger_numbers(project, tmp_path):
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring(X0, Y0, 1000)]},
        "properties": {"zone_uid": "uid-1", "name": "北运河", "zone_type": "river", "line_class": "red"}}]}))
    zones = QgsVectorLayer(str(path), "zones_file", "ogr")
    assert zones.isValid() and zones.crs().authid() == "EPSG:4326"  # GeoJSON without crs is read as WGS 84
    message = refused_zones(zones)
    assert "zones_file" in message and "EPSG:4326" in message and "EPSG:4548" in message


def test_geopackage_with_srs_id_0(project, tmp_path):
    path = str(tmp_path / "zones.gpkg")
    ds = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    layer = ds.CreateLayer("zones", None, ogr.wkbPolygon)
    for name in ("zone_uid", "name", "zone_type", "line_class"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt(X0, Y0, 1000)))
    for name, value in (("zone_uid", "uid-1"), ("name", "北运河"), ("zone_type", "river"), ("line_class", "red")):
        feature.SetField(name, value)
    layer.CreateFeature(feature)
    ds = None  # noqa: F841
    zones = QgsVectorLayer(f"{path}|layername=zones", "srs0", "ogr")
    assert zones.isValid() and zones.crs().authid() == ""  # "Undefined geographic SRS"
    message = refused_zones(zones)
    assert "srs0" in message and "EPSG:4548" in message


def test_coordinates_labelled_with_the_neighbouring_zone(wuqing_provider, project):
    message = refused(red_zone("EPSG:4547"), footprint())
    assert "EPSG:4547" in message and "EPSG:4548" in message


def test_footprints_in_the_wrong_crs_are_refused_not_cleared(wuqing_provider, project):
    message = refused(red_zone(), footprint("EPSG:4547"))
    assert "footprints" in message and "EPSG:4547" in message


def test_swapped_x_and_y(wuqing_provider, project):
    message = refused(memory([(wkt(Y0, X0, 1000), "uid-1", "北运河", "river", "red")], "EPSG:4548"), footprint())
    assert "EPSG:4548" in message and ("X" in message and "Y" in message)


def test_zone_prefix_numbers_suggest_4527(wuqing_provider, project):
    message = refused(red_zone(x=39_000_000 + X0), footprint())
    assert "EPSG:4527" in message


def test_drawings_and_the_annual_areas_check_their_towns(project):
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingInputError, DrawingSources, read_sources
    from wuqing_eco_plugin.services.ledger.reports import read_composition
    from wuqing_eco_plugin.services.location import LocationError

    towns = memory([(wkt(X0 - 1000, Y0 - 1000, 5000), "镇")], "EPSG:4547", "field=name:string", "towns")
    with pytest.raises(DrawingInputError, match="EPSG:4547"):
        read_sources(DrawingSources([DrawingInput.from_layer(red_zone())], DrawingInput.from_layer(towns)), print)
    with pytest.raises(LocationError, match="EPSG:4547"):
        read_composition([red_zone()], towns)
