# SPDX-License-Identifier: GPL-2.0-or-later
"""Surveyors' X (north) / Y (east) in Wuqing: zone prefix, swapped axes, outside the district."""
from __future__ import annotations

import pytest

from wuqing_eco_plugin.domain import coordinates as c


def test_crs_codes():
    assert c.WORKING_CRS == "EPSG:4548" and c.ZONE_PREFIX_CRS == "EPSG:4527"


@pytest.mark.parametrize("y, expected", [(39_505_000.0, 505_000.0), (505_000.0, 505_000.0)])
def test_strip_zone_prefix(y, expected):
    assert c.strip_zone_prefix(y) == expected


@pytest.mark.parametrize("x, y, verdict", [
    (4_360_000.0, 503_000.0, "ok"),
    (4_360_000.0, 39_503_000.0, "ok"),
    (503_000.0, 4_360_000.0, "swapped"),
    (39_503_000.0, 4_360_000.0, "swapped"),
    (4_460_000.0, 503_000.0, "outside"),
    (4_360_000.0, 300_000.0, "outside"),
])
def test_place(x, y, verdict):
    p = c.place(x, y)
    assert p.verdict == verdict
    if verdict != "outside":
        assert (p.x_north, p.y_east) == (4_360_000.0, 503_000.0)


def test_lonlat_window():
    assert c.lonlat_in_wuqing(117.038, 39.383)
    assert not c.lonlat_in_wuqing(39.383, 117.038)


@pytest.mark.parametrize("value, text", [
    (116.942115, "116°56′31.6140″"), (39.5, "39°30′00.0000″"), (-0.25, "-0°15′00.0000″"),
    (116.99999999999, "117°00′00.0000″"),  # rounding carries into the degrees
])
def test_dms(value, text):
    assert c.dms(value) == text


# -- where a whole layer lies: extents as (xmin, ymin, xmax, ymax) in the layer's own numbers ------------
WUQING_BOX = (495_000.0, 4_350_000.0, 510_000.0, 4_370_000.0)  # easting, northing (EPSG:4548)


@pytest.mark.parametrize("box, meets", [
    (WUQING_BOX, True),
    ((240_000.0, 4_350_000.0, 250_000.0, 4_370_000.0), False),  # 4548 numbers read as EPSG:4547: 257 km west
    ((470_000.0, 4_320_000.0, 481_000.0, 4_332_000.0), True),  # touches the district's south-west corner
    ((0.0, 0.0, 1_000_000.0, 10_000_000.0), True),  # a box around it meets it
    ((4_350_000.0, 495_000.0, 4_370_000.0, 510_000.0), False),  # X and Y exchanged
])
def test_an_extent_meets_wuqing_with_a_margin(box, meets):
    assert c.meets_wuqing(*box) is meets


@pytest.mark.parametrize("box, guess", [
    (WUQING_BOX, "EPSG:4548"),
    ((39_495_000.0, 4_350_000.0, 39_510_000.0, 4_370_000.0), "EPSG:4527"),
    ((116.9, 39.3, 117.1, 39.5), "EPSG:4490"),
    ((4_350_000.0, 495_000.0, 4_370_000.0, 510_000.0), "swapped"),
    ((4_350_000.0, 39_495_000.0, 4_370_000.0, 39_510_000.0), "swapped"),
    ((39.3, 116.9, 39.5, 117.1), "swapped"),
    ((100.0, 100.0, 200.0, 200.0), None),
])
def test_the_crs_a_layers_numbers_look_like(box, guess):
    assert c.guess_crs(*box) == guess
