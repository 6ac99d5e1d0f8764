# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad input to the ledger's algorithms: a crash is a failure (each run in its own process), a wrong
layer is refused with a message naming what it lacks, broken geometries are repaired and reported."""
from __future__ import annotations

import zipfile

import pytest
from bad_data import BOWTIE, copy_with_feature
from isolated import run_algorithm
from qgis.core import QgsGeometry, QgsVectorLayer

from wuqing_eco_plugin.domain.units import hectares
from wuqing_eco_plugin.layers import storage


def _annual(gpkg, folder, **changes):
    params = {"INPUT": storage.uri(gpkg, "violations"), "ZONES": storage.uri(gpkg, "zones"),
              "TOWNS": storage.uri(gpkg, "towns"), "YEAR": 2026, "QUARTER": 0, "OUTPUT_FOLDER": str(folder)}
    params.update(changes)
    return run_algorithm("ledger_report", params)


def _sheet_text(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_annual_pack_repairs_an_invalid_zone_instead_of_crashing(sample_gpkg, tmp_path):
    gpkg = copy_with_feature(sample_gpkg, tmp_path / "bad.gpkg", "zones", BOWTIE, "蝴蝶结")
    outcome = _annual(gpkg, tmp_path / "out")
    assert not outcome.crashed and outcome.error is None, outcome
    assert any("蝴蝶结" in line for line in outcome.log), outcome.log  # the repair is reported
    # The repaired bow-tie counts: the protected total is the union of every zone, measured by QGIS.
    zones = QgsVectorLayer(storage.uri(gpkg, "zones"), "zones", "ogr")
    union = QgsGeometry.unaryUnion([f.geometry().makeValid() for f in zones.getFeatures()])
    del zones
    assert f"{hectares(union.area()):,.2f}".replace(",", "") in _sheet_text(outcome.results["XLSX"]).replace(",", "")


def test_annual_pack_repairs_an_invalid_town_instead_of_crashing(sample_gpkg, tmp_path):
    gpkg = copy_with_feature(sample_gpkg, tmp_path / "bad.gpkg", "towns", BOWTIE, "蝴蝶镇")
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
