# SPDX-License-Identifier: GPL-2.0-or-later
"""Two features with one zone_uid: the same row seen through two views is one zone; two different
rows are an error that names both, never a zone dropped in silence (issue 12, finding 4)."""
from __future__ import annotations

import pytest
from checks import wkt_layer
from qgis.core import QgsProcessingException, QgsVectorLayer

from wuqing_eco_plugin.layers import project_layers, schema
from wuqing_eco_plugin.services.zone_input import ZoneDataError, load_zones

FIELDS = "field=zone_uid:string&field=name:string&field=zone_type:string&field=line_class:string"
X0, Y0 = 500_000.0, 4_360_000.0


def square(x, y, size=1000.0):
    return (f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))")


def layer(rows, fields=FIELDS, name="zones"):
    return wkt_layer(rows, fields, name)


#: Two different red zones that share one zone_uid (a copied row whose uid was not renewed).
TWINS = [(square(X0, Y0), "uid-1", "北运河", "river", "red"),
         (square(X0 + 5000, Y0), "uid-1", "青龙湾减河", "river", "red")]


def test_screening_stops_and_names_both_features(wuqing_provider, project):
    import processing

    footprint = layer([(square(X0 + 5200, Y0 + 200, 100),)], fields="field=id:integer", name="footprints")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("wuqing_eco:screen_project", {"ZONES": layer(TWINS), "INPUT": footprint,
                                                     "OUTPUT": "memory:"})
    message = str(info.value)
    assert "uid-1" in message and "北运河" in message and "青龙湾减河" in message


def test_two_views_of_one_table_give_each_zone_once(sample_gpkg, project):
    loaded = project_layers.load_layers(project, sample_gpkg)
    whole = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    features = [f for name in ("red_zones", "yellow_zones") for f in loaded[name].getFeatures()]
    zones = load_zones(features + list(whole.getFeatures()), whole.crs())
    assert len(zones) == whole.featureCount() and len({z.uid for z in zones.infos}) == len(zones)


def test_every_zone_reader_refuses_a_second_feature_with_the_same_uid(project):
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingInputError, DrawingSources, read_sources
    from wuqing_eco_plugin.services.ledger.reports import read_composition
    from wuqing_eco_plugin.services.zone_query import ZoneQuery

    twins = layer(TWINS)
    towns = layer([(square(X0 - 1000, Y0 - 1000, 9000), "镇")], "field=name:string", "towns")
    with pytest.raises(ZoneDataError, match="青龙湾减河"):
        load_zones(twins.getFeatures(), twins.crs())
    with pytest.raises(ZoneDataError, match="青龙湾减河"):
        read_composition([twins], towns)
    with pytest.raises(ZoneDataError, match="青龙湾减河"):
        ZoneQuery([twins]).zone_count  # noqa: B018 - the query reads its zones on first use
    with pytest.raises(DrawingInputError, match="青龙湾减河"):
        read_sources(DrawingSources([DrawingInput.from_layer(twins)], DrawingInput.from_layer(towns)), print)


def test_the_schema_keeps_zone_uid_unique():
    assert next(f for f in schema.ZONES.fields if f.name == "zone_uid").unique


def test_no_zones_at_all_is_an_error_not_a_clear_verdict(project):
    """Issue 12, finding 10: zones of which none can be used would screen every footprint "clear"."""
    from wuqing_eco_plugin.services.overlaps.screening import ProjectScreener

    empty = layer([])
    with pytest.raises(ZoneDataError, match="zones"):
        load_zones(empty.getFeatures(), empty.crs(), name="zones")
    with pytest.raises(ZoneDataError):
        ProjectScreener.from_features(empty.getFeatures(), empty.crs())
    without_polygons = layer([("POLYGON EMPTY", "uid-1", "北运河", "river", "red")])
    with pytest.raises(ZoneDataError):
        load_zones(without_polygons.getFeatures(), without_polygons.crs())
