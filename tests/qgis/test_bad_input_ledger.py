# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad input to the ledger's algorithms: a crash is a failure (each run in its own process), a wrong
layer is refused with a message naming what it lacks, broken geometries are repaired and reported."""
from __future__ import annotations

import shutil
import zipfile

import pytest
from isolated import run_algorithm
from osgeo import ogr
from qgis.core import QgsGeometry, QgsVectorLayer

from wuqing_eco_plugin.domain.units import hectares
from wuqing_eco_plugin.layers import storage

BOWTIE = "MULTIPOLYGON(((505000 4370000,507000 4372000,507000 4370000,505000 4372000,505000 4370000)))"


def _copy_with(sample, tmp_path, table, wkt, name):
    """The sample with one more feature of ``table`` (a copy of its first) whose geometry is ``wkt``."""
    path = tmp_path / "bad.gpkg"
    shutil.copy(sample, path)
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName(table)
    first = layer.GetNextFeature()
    feature = ogr.Feature(layer.GetLayerDefn())
    for i in range(first.GetFieldCount()):
        feature.SetField(i, first.GetField(i))
    for key in ("zone_uid", "code"):  # unique in their tables
        if feature.GetFieldIndex(key) >= 0:
            feature.SetField(key, "bowtie-1")
    feature.SetField("name", name)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0
    ds = None  # noqa: F841
    return path


def _annual(gpkg, folder, **changes):
    params = {"INPUT": storage.uri(gpkg, "violations"), "ZONES": storage.uri(gpkg, "zones"),
              "TOWNS": storage.uri(gpkg, "towns"), "YEAR": 2026, "QUARTER": 0, "OUTPUT_FOLDER": str(folder)}
    params.update(changes)
    return run_algorithm("ledger_report", params)


def _sheet_text(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_annual_pack_repairs_an_invalid_zone_instead_of_crashing(sample_gpkg, tmp_path):
    gpkg = _copy_with(sample_gpkg, tmp_path, "zones", BOWTIE, "蝴蝶结")
    outcome = _annual(gpkg, tmp_path / "out")
    assert not outcome.crashed and outcome.error is None, outcome
    assert any("蝴蝶结" in line for line in outcome.log), outcome.log  # the repair is reported
    # The repaired bow-tie counts: the protected total is the union of every zone, measured by QGIS.
    zones = QgsVectorLayer(storage.uri(gpkg, "zones"), "zones", "ogr")
    union = QgsGeometry.unaryUnion([f.geometry().makeValid() for f in zones.getFeatures()])
    del zones
    assert f"{hectares(union.area()):,.2f}".replace(",", "") in _sheet_text(outcome.results["XLSX"]).replace(",", "")


def test_annual_pack_repairs_an_invalid_town_instead_of_crashing(sample_gpkg, tmp_path):
    gpkg = _copy_with(sample_gpkg, tmp_path, "towns", BOWTIE, "蝴蝶镇")
    outcome = _annual(gpkg, tmp_path / "out")
    assert not outcome.crashed and outcome.error is None, outcome
    assert any("蝴蝶镇" in line for line in outcome.log), outcome.log


def test_towns_without_a_name_field_are_refused_by_name(sample_gpkg, tmp_path):
    outcome = _annual(sample_gpkg, tmp_path / "out", TOWNS=storage.uri(sample_gpkg, "approved_land"))
    assert not outcome.crashed, outcome
    assert outcome.error is not None and "name" in outcome.error and "approved_land" in outcome.error, outcome
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("alg", ["export_ledger", "ledger_report"])
def test_the_markers_layer_is_not_taken_for_the_ledger(sample_gpkg, tmp_path, alg):
    markers = storage.uri(sample_gpkg, "markers")
    if alg == "export_ledger":
        outcome = run_algorithm(alg, {"INPUT": markers, "OUTPUT": str(tmp_path / "ledger.xlsx")})
    else:
        outcome = _annual(sample_gpkg, tmp_path / "out", INPUT=markers, QUARTER=1)
    assert not outcome.crashed, outcome
    assert outcome.error is not None and "markers" in outcome.error and "record_no" in outcome.error, outcome
    assert not (tmp_path / "ledger.xlsx").exists() and not (tmp_path / "out").exists()
