# SPDX-License-Identifier: GPL-2.0-or-later
"""The layout templates: shipped for every paper format, current with their builder, and a
template the bureau edited in the layout designer is what gets printed."""
from __future__ import annotations

import re

import pytest
from checks import pdf_pages, pdf_text, sample_layer
from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize

from wuqing_eco_plugin.domain.drawings.sheet import PAGE_FORMATS
from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.output.report_pdf import MM, page_size
from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingSources
from wuqing_eco_plugin.services.drawings.export import DrawingExport
from wuqing_eco_plugin.services.drawings.plan import DrawingOptions
from wuqing_eco_plugin.services.drawings.template import (
    ITEM_IDS,
    TemplateError,
    build_template,
    layout_from_template,
    read_template,
    save_template,
    template_path,
)


def _items(layout) -> dict:
    """id: (x, y, w, h) in mm; the scale bar sizes itself to the map at export, so it has no size yet."""
    out = {}
    for item in layout.items():
        if hasattr(item, "id") and hasattr(item, "positionWithUnits") and item.id():
            pos, size = item.positionWithUnits(), item.sizeWithUnits()
            values = (pos.x(), pos.y(), size.width(), size.height())
            out[item.id()] = values if item.id() != "scalebar" else values[:2] + (0.0, 0.0)
    return out


@pytest.mark.parametrize("page", PAGE_FORMATS.codes())
def test_shipped_template_has_every_item_and_the_paper(page, project):
    layout = layout_from_template(project, read_template(template_path(page)))
    assert set(ITEM_IDS) <= set(_items(layout))
    size = layout.pageCollection().page(0).pageSize()
    fmt = PAGE_FORMATS[page]
    assert (round(size.width()), round(size.height())) == tuple(round(v) for v in page_size(fmt.paper, fmt.orientation))
    # Everything lies on the page, inside the drawing's border.
    border = _items(layout)["border"]
    for item_id, (x, y, w, h) in _items(layout).items():
        assert border[0] - 0.1 <= x and x + w <= border[0] + border[2] + 0.1, item_id
        assert border[1] - 0.1 <= y and y + h <= border[1] + border[3] + 0.1, item_id


@pytest.mark.parametrize("page", PAGE_FORMATS.codes())
def test_shipped_template_is_what_the_builder_makes(page, project):
    """A change to the builder must be written out: run scripts/make_drawing_templates.py."""
    shipped = _items(layout_from_template(project, read_template(template_path(page))))
    built = _items(build_template(project, page))
    assert set(shipped) == set(built)
    for item_id, box in built.items():
        assert shipped[item_id] == pytest.approx(box, abs=0.15), item_id


def test_a_template_without_the_legend_is_refused(tmp_path, project):
    layout = build_template(project, "a3_landscape")
    layout.removeLayoutItem(layout.itemById("legend"))
    path = tmp_path / "broken.qpt"
    save_template(layout, path)
    with pytest.raises(TemplateError, match="legend"):
        layout_from_template(project, read_template(path))
    (tmp_path / "garbage.qpt").write_text("<not a layout", encoding="utf-8")
    with pytest.raises(TemplateError, match="garbage.qpt"):
        read_template(tmp_path / "garbage.qpt")


def test_the_bureaus_own_template_is_printed(tmp_path, sample_gpkg, zh_translator, project):
    """The bureau adds a line of its own with layout variables: it is printed, filled in."""
    layout = layout_from_template(project, read_template(template_path("a4_landscape")))
    extra = QgsLayoutItemLabel(layout)
    extra.setId("bureau_line")
    extra.setText("审图专用 [% @wq_drawing_no %] [% @wq_town %]")
    layout.addLayoutItem(extra)
    extra.attemptMove(QgsLayoutPoint(20, 1, MM))  # above the border, where nothing else is
    extra.attemptResize(QgsLayoutSize(160, 5.5, MM))
    path = tmp_path / "bureau.qpt"
    save_template(layout, path)
    sources = DrawingSources([DrawingInput.from_layer(sample_layer(sample_gpkg, schema.ZONES))],
                             DrawingInput.from_layer(sample_layer(sample_gpkg, schema.TOWNS)))
    markers = DrawingInput.from_layer(sample_layer(sample_gpkg, schema.MARKERS))
    sources.markers = markers
    result = DrawingExport(sources, ["王庆坨镇"], DrawingOptions(template=path), tmp_path / "out").run()
    pdf = result.files[0]
    assert re.search(r"审图专用\s+WQ-HHX-\d{4}-114\s+王庆坨镇", pdf_text(pdf, 1))
    pages, (w, h) = pdf_pages(pdf)
    assert pages == 2 and "界址点坐标成果表" in pdf_text(pdf, 2)  # continuation laid out on the A4 paper
    assert (round(w), round(h)) == (297, 210)  # the template's paper, and the manifest says so
    assert result.entries[0].page_format == "a4_landscape"
