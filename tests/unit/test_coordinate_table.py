# SPDX-License-Identifier: GPL-2.0-or-later
"""The coordinate results table: markers ring by ring in survey order, edges to the next marker."""
from __future__ import annotations

import pytest
from shapely.geometry import box

from wuqing_eco_plugin.domain.markers.coordinate_table import TableMarker, coordinate_table

X0, Y0 = 495_000.0, 4_340_000.0


def test_square_rows_in_survey_order_with_closing_edge():
    # Given out of order; the sign is no boundary point.
    markers = [TableMarker("C", "post", X0 + 300, Y0), TableMarker("A", "post", X0, Y0 + 400),
               TableMarker("S", "sign", X0 + 100, Y0 + 400), TableMarker("B", "monument", X0 + 300, Y0 + 400),
               TableMarker("D", "post", X0, Y0, "buried")]
    table = coordinate_table(box(X0, Y0, X0 + 300, Y0 + 400), markers)
    assert [r.marker_no for r in table.rows] == ["A", "B", "C", "D"]  # clockwise from the NW corner
    assert [r.edge_m for r in table.rows] == pytest.approx([300, 400, 300, 400])
    assert (table.rows[0].x_north, table.rows[0].y_east) == (Y0 + 400, X0)  # X north, Y east
    assert table.rows[3].status == "buried" and table.rings == 1
    assert table.perimeter_m == pytest.approx(1400) and table.total_edges_m == pytest.approx(1400)


def test_hole_markers_form_their_own_ring():
    zone = box(X0, Y0, X0 + 1000, Y0 + 1000).difference(box(X0 + 400, Y0 + 400, X0 + 600, Y0 + 600))
    markers = [TableMarker("H2", "post", X0 + 600, Y0 + 400), TableMarker("O1", "post", X0, Y0 + 1000),
               TableMarker("H1", "post", X0 + 400, Y0 + 600), TableMarker("O2", "post", X0 + 1000, Y0)]
    table = coordinate_table(zone, markers)
    assert [(r.marker_no, r.ring) for r in table.rows] == [("O1", 0), ("O2", 0), ("H1", 1), ("H2", 1)]
    assert table.rows[2].edge_m == pytest.approx(table.rows[3].edge_m) == pytest.approx(200 * 2 ** 0.5)


def test_single_marker_has_no_edge_and_empty_zone_no_rows():
    table = coordinate_table(box(X0, Y0, X0 + 10, Y0 + 10), [TableMarker("A", "post", X0, Y0)])
    assert table.rows[0].edge_m is None
    assert coordinate_table(box(X0, Y0, X0 + 10, Y0 + 10).buffer(-20), []).rows == []
