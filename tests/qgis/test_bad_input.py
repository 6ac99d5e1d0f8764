# SPDX-License-Identifier: GPL-2.0-or-later
"""The bad-input suite (issue 12): one case per class of bad input, each run in its own process.

Every case runs a Processing algorithm of the plugin through :func:`isolated.run_algorithm`, in a
fresh interpreter with QGIS started headless, as ``qgis_process`` would run it: a crash (a signal)
or a hang (the timeout) fails the case instead of taking the test run down. The outcome must be
either a refusal whose message says what to fix, or a finished run whose results are right.

**Adding a case** is adding one :class:`Case` to :data:`CASES`: an id, the finding of issue 12 it
covers, the algorithm, ``make(sample, folder) -> parameters`` (the illustrative sample GeoPackage
and a fresh folder; build the bad input there, with :mod:`bad_data`), and ``expect(outcome,
folder)``, usually :func:`refused` or :func:`screened`. Cases of other findings join the same way.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from bad_data import damage_page, polygon_layer, spoil_geometry
from checks import pdf_text
from isolated import Outcome, run_algorithm
from osgeo import ogr

from wuqing_eco_plugin.layers import storage

X0, Y0 = 503_000.0, 4_360_000.0  # a spot in Wuqing, EPSG:4548 (easting, northing)


def square(x: float, y: float, size: float, holes=()) -> str:
    def ring(a, b, s):
        return f"({a} {b}, {a + s} {b}, {a + s} {b + s}, {a} {b + s}, {a} {b})"
    return "POLYGON(" + ", ".join([ring(x, y, size), *(ring(*h) for h in holes)]) + ")"


def footprints(folder: Path, x: float, y: float) -> str:
    """One 50 m construction footprint at (x, y), EPSG:4548."""
    return str(polygon_layer(folder / "footprints.gpkg", [(square(x, y, 50), "F-1")], ("project",), 4548,
                             "footprints"))


def screen(zones: str, folder: Path, x: float = X0 + 200, y: float = Y0 + 200) -> dict:
    return {"ZONES": zones, "INPUT": footprints(folder, x, y), "OUTPUT": str(folder / "screened.gpkg")}


RED = ("uid-1", "北运河", "river", "red")


# -- what an outcome must be -----------------------------------------------------------------------
Expect = Callable[[Outcome, Path], None]


def refused(*needles: str) -> Expect:
    """The run stopped with a message holding every needle, and wrote no output."""
    def check(outcome: Outcome, folder: Path) -> None:
        assert outcome.error is not None, outcome
        assert all(n in outcome.error for n in needles), outcome.error
        assert not (folder / "screened.gpkg").exists() and not list(folder.glob("out/*"))
    return check


def screened(*verdicts: str, said: str = "") -> Expect:
    """The screening finished with these verdicts (and its log says ``said``)."""
    def check(outcome: Outcome, folder: Path) -> None:
        assert outcome.error is None, outcome
        ds = ogr.Open(str(folder / "screened.gpkg"))
        got = [f.GetField("verdict") for f in ds.GetLayer(0)]
        ds = None  # noqa: F841
        assert got == list(verdicts)
        assert not said or any(said in line for line in outcome.log), outcome.log
    return check


# -- the bad inputs --------------------------------------------------------------------------------
def twin_uids(sample: Path, folder: Path) -> dict:
    """Finding 4: a copied zone kept its zone_uid; the footprint lies in the copy."""
    zones = polygon_layer(folder / "zones.gpkg", [(square(X0, Y0, 1000), *RED),
                                                  (square(X0 + 5000, Y0, 1000), "uid-1", "青龙湾减河", "river", "red")])
    return screen(str(zones), folder, X0 + 5200)


def hole_outside_its_ring(sample: Path, folder: Path) -> dict:
    """Finding 7: a hole digitised beside its outer ring; the footprint lies in that hole."""
    zones = polygon_layer(folder / "zones.gpkg", [(square(X0, Y0, 1000, holes=[(X0 + 1200, Y0, 500)]), *RED)])
    return screen(str(zones), folder, X0 + 1300, Y0 + 100)


def geojson_without_crs(sample: Path, folder: Path) -> dict:
    """Finding 5: Gauss–Krüger numbers in a GeoJSON file, which QGIS then reads as degrees."""
    return screen(str(polygon_layer(folder / "zones.geojson", [(square(X0, Y0, 1000), *RED)], epsg=None)), folder)


def labelled_4547(sample: Path, folder: Path) -> dict:
    """Finding 5: EPSG:4548 numbers labelled EPSG:4547 (CM 114°E): 257 km west of Wuqing."""
    return screen(str(polygon_layer(folder / "zones.gpkg", [(square(X0, Y0, 1000), *RED)], epsg=4547)), folder)


def non_finite_vertex(sample: Path, folder: Path) -> dict:
    """Finding 12: a zone with a vertex that is not a number (as broken exports write), beside a sound
    one; the footprint lies in the broken zone, so leaving it out would call the place clear."""
    zones = polygon_layer(folder / "zones.gpkg", [(square(X0 + 5000, Y0, 1000), "uid-2", "青龙湾减河", "river", "red"),
                                                    (square(X0, Y0, 1000), *RED)])
    ds = ogr.Open(str(zones), 1)
    layer = ds.GetLayerByName("zones")
    feature = next(f for f in layer if f.GetField("zone_uid") == "uid-1")
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((X0, Y0), (X0 + 1000, Y0), (float("nan"), Y0 + 1000), (X0, Y0 + 1000), (X0, Y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    feature.SetGeometry(ogr.ForceToMultiPolygon(polygon))
    assert layer.SetFeature(feature) == 0
    ds = None
    return screen(str(zones), folder)


def damaged_page(sample: Path, folder: Path) -> dict:
    """Finding 6: one page of the zones table overwritten: GDAL stops reading there."""
    gpkg = damage_page(Path(shutil.copy(sample, folder / "damaged.gpkg")), "zones")
    return screen(storage.uri(gpkg, "zones"), folder)


def damaged_ledger_page(sample: Path, folder: Path) -> dict:
    """Finding 6: one page of the violations table overwritten; the ledger is exported."""
    gpkg = damage_page(Path(shutil.copy(sample, folder / "damaged.gpkg")), "violations")
    (folder / "out").mkdir()
    return {"INPUT": storage.uri(gpkg, "violations"), "OUTPUT": str(folder / "out" / "ledger.xlsx")}


def no_zones(sample: Path, folder: Path) -> dict:
    """Finding 10: a zones layer without a single zone."""
    return screen(str(polygon_layer(folder / "zones.gpkg", [])), folder)


def unreadable_geometry(sample: Path, folder: Path) -> dict:
    """Finding 11: the largest zone's geometry blob cannot be decoded; the annual pack is asked for."""
    gpkg = Path(shutil.copy(sample, folder / "blob.gpkg"))
    (folder / "victim").write_text(spoil_geometry(gpkg, "zones")[0], encoding="utf-8")
    return {"INPUT": storage.uri(gpkg, "violations"), "ZONES": storage.uri(gpkg, "zones"),
            "TOWNS": storage.uri(gpkg, "towns"), "QUARTER": 0, "OUTPUT_FOLDER": str(folder / "pack")}


def names_the_unread_zone(outcome: Outcome, folder: Path) -> None:
    """The pack is made, and both its log and its PDF name the zone whose area it lacks."""
    victim = (folder / "victim").read_text(encoding="utf-8")
    assert outcome.error is None, outcome
    assert any(victim in line for line in outcome.log), outcome.log
    text = "".join(pdf_text(Path(outcome.results["PDF"]), layout=False).split())  # lines may break a name
    note = text.find("readablepolygon")  # the note under the areas: what the totals lack
    assert note >= 0 and victim in text[note:note + 200], text[note - 100:note + 200]


@dataclass(frozen=True)
class Case:
    id: str
    finding: str
    algorithm: str
    make: Callable[[Path, Path], dict]
    expect: Expect
    timeout: float = 90.0


CASES = (
    Case("two_zones_one_uid", "4", "screen_project", twin_uids, refused("uid-1", "北运河", "青龙湾减河")),
    Case("hole_outside_its_ring", "7", "screen_project", hole_outside_its_ring,
         screened("clear", said="outside its outer ring")),
    Case("geojson_without_crs", "5", "screen_project", geojson_without_crs, refused("EPSG:4326", "EPSG:4548")),
    Case("labelled_epsg_4547", "5", "screen_project", labelled_4547, refused("EPSG:4547", "EPSG:4548")),
    Case("non_finite_vertex", "12", "screen_project", non_finite_vertex, refused("NaN", "北运河")),
    Case("damaged_page", "6", "screen_project", damaged_page, refused("malformed")),
    Case("damaged_ledger_page", "6", "export_ledger", damaged_ledger_page, refused("malformed", "violations")),
    Case("no_zones", "10", "screen_project", no_zones, refused("no protected zone")),
    Case("unreadable_geometry", "11", "ledger_report", unreadable_geometry, names_the_unread_zone),
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, sample_gpkg, tmp_path):
    parameters = case.make(sample_gpkg, tmp_path)
    try:
        outcome = run_algorithm(case.algorithm, parameters, timeout=case.timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.algorithm} still ran after {case.timeout} s (finding {case.finding})")
    assert not outcome.crashed, outcome
    case.expect(outcome, tmp_path)
