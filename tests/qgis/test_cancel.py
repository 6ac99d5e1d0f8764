# SPDX-License-Identifier: GPL-2.0-or-later
"""Cancel tells the truth: a cancelled run writes nothing, or says exactly what it wrote."""
from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

from wuqing_eco_plugin.layers import storage


class CancelAt(QgsProcessingFeedback):
    """Feedback whose user presses cancel once progress reaches ``percent`` (None: before the run)."""

    def __init__(self, percent: float | None):
        super().__init__()
        self.messages: list[str] = []
        if percent is None:
            self.cancel()
        else:
            self.progressChanged.connect(lambda p: p >= percent and self.cancel())

    def reportError(self, error, fatal=False):  # noqa: N802
        self.messages.append(error)

    def pushWarning(self, text):  # noqa: N802
        self.messages.append(text)


@pytest.fixture(scope="module")
def processing(wuqing_provider):
    import processing as proc

    return proc


def _written(path) -> int | None:
    """Features in the output file, None when there is no file."""
    if not path.exists():
        return None
    layer = QgsVectorLayer(str(path), "out", "ogr")
    return layer.featureCount() if layer.isValid() else 0


def _footprints(n: int) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=name:string", "footprints", "memory")
    features = []
    for i in range(n):
        f = QgsFeature(layer.fields())
        x, y = 490_000 + (i % 60) * 500, 4_340_000 + (i // 60) * 900
        f.setGeometry(QgsGeometry.fromRect(QgsGeometry.fromWkt(f"POINT({x} {y})").boundingBox().buffered(150)))
        f.setAttributes([f"地块{i}"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


CASES = {
    "design_markers": lambda g: {"ZONES": storage.uri(g, "zones")},
    "check_markers": lambda g: {"ZONES": storage.uri(g, "zones"), "MARKERS": storage.uri(g, "markers")},
    "screen_project": lambda g: {"ZONES": storage.uri(g, "zones"), "INPUT": _footprints(3000)},
    "analyze_overlaps": lambda g: {"INPUT": storage.uri(g, "zones")},
}
COUNTS = {"design_markers": ("COUNT",), "check_markers": ("OK_COUNT", "WARNING_COUNT", "FAIL_COUNT")}


@pytest.mark.parametrize("percent", [None, 30])
@pytest.mark.parametrize("alg", sorted(CASES))
def test_a_cancelled_run_writes_nothing_or_says_what_it_wrote(processing, sample_gpkg, tmp_path, alg, percent):
    out = tmp_path / "out.gpkg"
    feedback = CancelAt(percent)
    params = dict(CASES[alg](sample_gpkg), OUTPUT=str(out))
    if alg == "check_markers":
        params["ISSUES"] = str(tmp_path / "issues.gpkg")
    results = processing.run(f"wuqing_eco:{alg}", params, feedback=feedback)
    assert feedback.isCanceled()
    written = _written(out)
    if written is None:  # nothing was written, and the log says so
        assert not (tmp_path / "issues.gpkg").exists()
        assert any("nothing was written" in m for m in feedback.messages), feedback.messages
        assert not any(k in results for k in ("OUTPUT", *COUNTS.get(alg, ())))
    else:  # what was written is what the run reports
        assert alg in COUNTS, f"{alg} left {written} features and no count"
        assert sum(results[k] for k in COUNTS[alg]) == written
