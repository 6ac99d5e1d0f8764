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
