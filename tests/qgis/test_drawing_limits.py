# SPDX-License-Identifier: GPL-2.0-or-later
"""Review drawings at their limits: a very long zone name never costs the zone table a row."""
from __future__ import annotations

import pytest
from checks import RecordingFeedback, pdf_pages, pdf_text, sample_layer
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from wuqing_eco_plugin.layers import schema

LONG = "武清区" + "超长名称的永久性保护生态区域" * 30  # 423 characters


@pytest.fixture(scope="module")
def chinese():
    from wuqing_eco_plugin.toolbelt.i18n import install_translator, remove_translator

    assert install_translator("zh_CN") is not None, "run `make qm`"
    yield
    remove_translator()


def _town(gpkg, name="杨村街道") -> QgsGeometry:
    return next(f.geometry() for f in sample_layer(gpkg, schema.TOWNS).getFeatures() if f["name"] == name)


def _zones(gpkg, names: list[str]) -> QgsVectorLayer:
    """Small square zones in a row inside 杨村街道, named ``names`` in order."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=zone_uid:string&field=name:string(1000)"
                           "&field=zone_type:string&field=line_class:string", "zones", "memory")
    p = _town(gpkg).pointOnSurface().asPoint()
    features = []
    for i, name in enumerate(names):
        f = QgsFeature(layer.fields())
        x, y = p.x() + (i % 20) * 60, p.y() + (i // 20) * 60
        f.setGeometry(QgsGeometry.fromWkt(f"MultiPolygon((({x} {y},{x + 40} {y},{x + 40} {y + 40},{x} {y + 40},"
                                          f"{x} {y})))"))
        f.setAttributes([f"z{i}", name, "forest_belt", "red" if i % 2 else "yellow"])
        features.append(f)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok, layer.dataProvider().lastError()
    return layer


def test_a_long_zone_name_keeps_every_row_of_the_zone_table(tmp_path, sample_gpkg, wuqing_provider, chinese):
    import processing

    names = ["甲区", LONG, *(f"后续区{i:02d}" for i in range(12))]
    result = processing.run("wuqing_eco:export_review_drawings", {
        "ZONES": _zones(sample_gpkg, names), "TOWNS": str(sample_gpkg) + "|layername=towns",
        "TOWN_NAMES": "杨村街道", "OUTPUT_FOLDER": str(tmp_path)}, feedback=RecordingFeedback())
    assert result["DRAWINGS"] == 1
    [pdf] = tmp_path.glob("*.pdf")
    text = pdf_text(pdf, layout=False).replace("\n", "")
    for name in names[2:]:
        assert name in text, name  # the rows after the long one are there
    assert "武清区超长名称" in text and "…" in text  # the long name is shortened, visibly
    assert "红线区合计" in text.replace(" ", "") and "黄线区合计" in text.replace(" ", "")  # the totals too


def test_a_long_cell_keeps_every_row_of_a_report_table(tmp_path, project):
    """Report tables (ledger reports, coordinate tables, screening summaries) shorten a cell taller
    than a page instead of dropping it and every row after it."""
    from wuqing_eco_plugin.output.report_pdf import ELLIPSIS, Column, TableDocument

    doc = TableDocument(project, "长文本")
    rows = [["1", "短"], ["2", "违法占用" * 2000], *([str(i), f"其后第{i}行"] for i in range(3, 40))]
    doc.add_table([Column("No.", 15), Column("说明", 120)], rows)
    text = pdf_text(doc.export(tmp_path / "long.pdf"), layout=False)
    assert all(f"其后第{i}行" in text for i in range(3, 40))
    assert ELLIPSIS in text


def test_many_zones_in_one_town_fill_their_continuation_pages(tmp_path, sample_gpkg, wuqing_provider, chinese):
    """300 zones in one town: the table continues on full pages (it took 8 rows a page, so pages, time
    and memory grew faster than the zones: 2 000 zones needed 4.45 GB and failed)."""
    import processing

    names = [f"多区{i:04d}" for i in range(300)]
    processing.run("wuqing_eco:export_review_drawings", {
        "ZONES": _zones(sample_gpkg, names), "TOWNS": str(sample_gpkg) + "|layername=towns",
        "TOWN_NAMES": "杨村街道", "OUTPUT_FOLDER": str(tmp_path)}, feedback=RecordingFeedback())
    [pdf] = tmp_path.glob("*.pdf")
    pages, _ = pdf_pages(pdf)
    texts = [pdf_text(pdf, p, layout=False) for p in range(1, pages + 1)]  # page 1 also has map labels
    assert all(any(name in text for text in texts) for name in names)  # every row is there
    per_page = [sum(name in text for name in names) for text in texts[1:]]
    assert sum(per_page) <= 300
    full = max(per_page)
    assert full >= 30 and all(n >= 0.8 * full for n in per_page[:-1]), per_page
