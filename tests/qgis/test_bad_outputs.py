# SPDX-License-Identifier: GPL-2.0-or-later
"""Outputs that cannot be written stop a run before any work, with a message naming the folder."""
from __future__ import annotations

import os

import pytest
from qgis.core import QgsProcessingException

from wuqing_eco_plugin.layers import storage


@pytest.fixture
def read_only(tmp_path):
    """A folder nobody may write in. The administrator may write anywhere a permission forbids, so as
    root it is a folder of sysfs, where no one can create a file."""
    if os.geteuid() == 0:
        yield "/sys/kernel"
        return
    folder = tmp_path / "read_only"
    folder.mkdir()
    folder.chmod(0o555)
    yield str(folder)
    folder.chmod(0o755)


def _params(gpkg):
    layer = lambda table: storage.uri(gpkg, table)  # noqa: E731
    return {
        "ledger_report": ({"INPUT": layer("violations"), "ZONES": layer("zones"), "TOWNS": layer("towns"),
                           "YEAR": 2026, "QUARTER": 1}, "OUTPUT_FOLDER", True),
        "export_ledger": ({"INPUT": layer("violations")}, "OUTPUT", False),
        "export_review_drawings": ({"ZONES": layer("zones"), "TOWNS": layer("towns"), "TOWN_NAMES": "杨村街道"},
                                   "OUTPUT_FOLDER", True),
        "create_geopackage": ({}, "OUTPUT", False),
        "design_markers": ({"ZONES": layer("zones")}, "OUTPUT", False),
        "check_markers": ({"ZONES": layer("zones"), "MARKERS": layer("markers")}, "OUTPUT", False),
        "analyze_overlaps": ({"INPUT": layer("zones")}, "OUTPUT", False),
    }


ALGORITHMS = ["ledger_report", "export_ledger", "export_review_drawings", "create_geopackage", "design_markers",
              "check_markers", "analyze_overlaps"]


@pytest.mark.parametrize("where", ["read_only", "not_creatable", "under_a_file"])
@pytest.mark.parametrize("alg", ALGORITHMS)
def test_an_unwritable_output_is_refused_before_the_run(wuqing_provider, sample_gpkg, tmp_path, read_only, alg,
                                                        where):
    import processing

    params, name, is_folder = _params(sample_gpkg)[alg]
    afile = tmp_path / "a_file.txt"
    afile.write_text("x")
    folder = {"read_only": read_only, "not_creatable": f"{read_only}/wuqing/out",
              "under_a_file": f"{afile}/out"}[where]
    target = folder if is_folder else f"{folder}/{'out.xlsx' if alg == 'export_ledger' else 'out.gpkg'}"
    with pytest.raises(QgsProcessingException) as err:
        processing.run(f"wuqing_eco:{alg}", {**params, name: target})
    message = str(err.value)
    assert "Traceback" not in message and "creation of data source" not in message.lower(), message
    shown = str(afile) if where == "under_a_file" else folder
    assert shown in message, message


def test_a_layout_that_cannot_be_written_says_where_and_why(project, read_only):
    from wuqing_eco_plugin.output.report_pdf import LayoutExportError, TableDocument, export_layout

    doc = TableDocument(project, "x")
    with pytest.raises(LayoutExportError) as err:
        export_layout(doc.layout, f"{read_only}/x.pdf")
    assert f"{read_only}/x.pdf" in str(err.value)
