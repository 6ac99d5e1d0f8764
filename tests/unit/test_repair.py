# SPDX-License-Identifier: GPL-2.0-or-later
"""Repairs never add area that neither ring encloses as intended (issue 12, finding 7): a hole is
what it cuts out of its outer ring, wherever it was digitised."""
from __future__ import annotations

import pytest
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.repair import REPAIRS, repair

SHELL = [(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)]


def test_a_hole_outside_its_shell_adds_no_area_and_is_reported():
    hole = [(1200, 0), (1500, 0), (1500, 600), (1200, 600), (1200, 0)]
    result = repair(Polygon(SHELL, [hole]))
    assert result.geometry.area == pytest.approx(box(0, 0, 1000, 1000).area)  # 1 000 000 m², not 1 180 000
    assert result.geometry.equals(box(0, 0, 1000, 1000))
    assert "hole_outside_shell" in result.codes
    assert "外" in REPAIRS.label("hole_outside_shell", "zh")


def test_a_hole_partly_outside_cuts_only_what_lies_inside():
    hole = [(800, 100), (1300, 100), (1300, 300), (800, 300), (800, 100)]
    result = repair(Polygon(SHELL, [hole]))
    expected = box(0, 0, 1000, 1000).difference(box(800, 100, 1300, 300))
    assert result.geometry.area == pytest.approx(expected.area)  # 960 000 m², not 1 020 000
    assert result.geometry.symmetric_difference(expected).area == pytest.approx(0, abs=1e-6)
    assert "hole_outside_shell" in result.codes


def test_every_part_of_a_multipolygon_keeps_its_own_holes():
    inner = [(100, 100), (200, 100), (200, 200), (100, 200), (100, 100)]
    stray = [(3000, 0), (3100, 0), (3100, 100), (3000, 100), (3000, 0)]
    other = box(2000, 0, 2500, 500)
    result = repair(MultiPolygon([Polygon(SHELL, [inner, stray]), other]))
    expected = unary_union([box(0, 0, 1000, 1000).difference(box(100, 100, 200, 200)), other])
    assert result.geometry.area == pytest.approx(expected.area)
    assert "hole_outside_shell" in result.codes


def test_bow_ties_and_valid_holes_are_repaired_as_before():
    bow_tie = repair(Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)]))
    assert bow_tie.geometry.area == pytest.approx(5000) and bow_tie.codes == ("repaired",)
    inner = [(100, 100), (200, 100), (200, 200), (100, 200), (100, 100)]
    valid = repair(Polygon(SHELL, [inner]))
    assert valid.codes == () and valid.geometry.area == pytest.approx(1_000_000 - 10_000)
    # a self-intersecting shell with a hole inside one lobe: both lobes, less the hole
    lobes = Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)], [[(80, 30), (90, 30), (90, 40), (80, 40)]])
    fixed = repair(lobes)
    assert fixed.geometry.area == pytest.approx(5000 - 100)
    assert "hole_outside_shell" not in fixed.codes


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_coordinates_that_are_not_numbers_are_unusable_not_repaired(bad):
    """A NaN or infinite vertex cannot be repaired into anything meant: the geometry is refused with
    its own code (readers stop on it for zones), never turned into a shape."""
    result = repair(Polygon([(0, 0), (10, 0), (bad, 10), (0, 10)]))
    assert result.geometry is None and result.codes == ("non_finite",)
    assert "Invalid Coordinate" in result.detail
