# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker design at its limits: absurd coordinates are found before any post is placed, a long
design stops when asked, and the smallest spacing the tools offer is a valid one."""
from __future__ import annotations

import pytest
from shapely.geometry import Polygon, box

from wuqing_eco_plugin.domain.errors import CancelledError
from wuqing_eco_plugin.domain.markers.design import DesignParams, DesignZone, design_markers, far_zones

X0, Y0 = 500_000.0, 4_360_000.0


def test_a_zone_reaching_far_beyond_the_district_is_found():
    near = DesignZone("near", "SK", "A", box(X0, Y0, X0 + 1000, Y0 + 1000))
    far = DesignZone("far", "SK", "B", Polygon([(X0, Y0), (X0 + 1000, Y0), (1e12, Y0 + 500), (X0, Y0 + 1000)]))
    nan = DesignZone("nan", "SK", "C", Polygon([(X0, Y0), (X0 + 1000, Y0), (float("inf"), Y0 + 500), (X0, Y0 + 900)]))
    neighbour = DesignZone("next", "SK", "D", box(X0 + 60_000, Y0, X0 + 61_000, Y0 + 1000))  # beyond the window
    found = far_zones([near, far, nan, neighbour])
    assert [z.uid for z, _ in found] == ["far", "nan"]
    assert found[0][1][2] == 1e12  # the bounds that give it away


def test_a_long_design_stops_when_asked():
    ring = DesignZone("big", "SK", "A", box(X0, Y0, X0 + 250_000, Y0 + 250_000))  # 1 000 km of boundary
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(CancelledError):
        design_markers([ring], DesignParams(max_spacing_m=1.0), should_stop=stop)  # a million posts otherwise
    assert len(asked) == 4


def test_the_smallest_spacing_offered_is_valid():
    square = DesignZone("s", "SK", "A", box(X0, Y0, X0 + 50, Y0 + 50))
    markers = design_markers([square], DesignParams(max_spacing_m=1.0))
    assert len(markers) == 200
