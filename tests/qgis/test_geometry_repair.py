# SPDX-License-Identifier: GPL-2.0-or-later
"""QgsGeometry polygons are repaired the one way (domain ``repair`` behind WKB) wherever they come in."""
from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsWkbTypes

from wuqing_eco_plugin.layers.geometry import as_multipolygon, repair_polygonal, repaired, to_shapely
from wuqing_eco_plugin.layers.markers.records import polygon_shape

# Two triangles of 25 m² meeting at (5, 5).
BOWTIE = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"


def test_a_bow_tie_keeps_both_lobes_and_says_why():
    geometry, fixed = repair_polygonal(QgsGeometry.fromWkt(BOWTIE))
    assert fixed.codes == ("repaired",) and "Self-intersection" in fixed.detail
    assert geometry.isGeosValid() and geometry.area() == pytest.approx(50)
    assert QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.MultiPolygon
    shape, was_repaired = polygon_shape(QgsGeometry.fromWkt(BOWTIE))
    assert was_repaired and shape.area == pytest.approx(50) and len(shape.geoms) == 2


def test_a_valid_polygon_is_returned_as_it_is():
    original = QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 0))")
    geometry, fixed = repair_polygonal(original)
    assert geometry is original and not fixed.changed
    shape, was_repaired = polygon_shape(original)
    assert not was_repaired and shape.equals(to_shapely(original))


def test_curves_and_z_are_read_as_flat_2d_polygons():
    curved = QgsGeometry.fromWkt("CURVEPOLYGON Z(CIRCULARSTRING Z(0 0 5, 10 0 5, 0 0 5))")
    fixed = repaired(curved)
    assert not fixed.changed and not fixed.geometry.has_z
    assert fixed.geometry.area == pytest.approx(3.14159 * 25, rel=0.01)


@pytest.mark.parametrize("wkt", ["POLYGON((1 1, 1 1, 1 1, 1 1))", "POLYGON EMPTY"])
def test_no_area_left_is_skipped_and_said(wkt):
    geometry, fixed = repair_polygonal(QgsGeometry.fromWkt(wkt))
    assert geometry is None and fixed.skipped and fixed.codes[-1] == "empty"
    assert polygon_shape(QgsGeometry.fromWkt(wkt))[0] is None
    assert repaired(QgsGeometry()).codes == ("null",)


def test_as_multipolygon_keeps_every_polygon_part_and_only_those():
    from shapely.geometry import GeometryCollection, LineString, MultiPolygon, box

    nested = GeometryCollection([LineString([(0, 0), (1, 1)]), box(0, 0, 1, 1),
                                 GeometryCollection([MultiPolygon([box(2, 0, 3, 1), box(4, 0, 5, 1)])])])
    out = as_multipolygon(nested)
    assert isinstance(out, MultiPolygon) and len(out.geoms) == 3 and out.area == pytest.approx(3)
    assert as_multipolygon(box(0, 0, 2, 2)).area == pytest.approx(4)
