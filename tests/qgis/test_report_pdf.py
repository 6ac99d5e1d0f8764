# SPDX-License-Identifier: GPL-2.0-or-later
"""Printable tables: Chinese text embedded and searchable, long tables continue with their header."""
from __future__ import annotations

import pytest
from checks import pdf_fonts, pdf_text

from wuqing_eco_plugin.output.report_pdf import Column, TableDocument, page_size
from wuqing_eco_plugin.toolbelt.fonts import CJK_FONT


@pytest.fixture
def long_table_pdf(tmp_path, project):
    doc = TableDocument(project, "界址点坐标成果表")
    doc.add_text("区域：王庆坨水库（红线区）\n坐标系：CGCS2000 / EPSG:4548")
    doc.footer_note = "示意数据，非法定边界"
    rows = [[f"120114-SK-WQT-{i:04d}", f"{4_340_000 + i * 1.234:.3f}", f"{495_000 + i * 2.5:.3f}"]
            for i in range(1, 121)]
    doc.add_table([Column("编号", 60), Column("X（北）", 40), Column("Y（东）", 40)], rows)
    return doc.export(tmp_path / "table.pdf"), doc


def test_chinese_and_digits_are_searchable(long_table_pdf):
    pdf, _ = long_table_pdf
    text = pdf_text(pdf)
    assert "界址点坐标成果表" in text and "王庆坨水库" in text and "CGCS2000" in text and "EPSG:4548" in text
    assert "120114-SK-WQT-0001" in text and "120114-SK-WQT-0120" in text
    assert "4340001.234" in text


def test_font_is_embedded(long_table_pdf):
    pdf, _ = long_table_pdf
    rows = pdf_fonts(pdf)
    assert rows and all(" yes " in line for line in rows)
    assert any(CJK_FONT.replace(" ", "") in line for line in rows)


def test_long_table_continues_with_header_and_page_numbers(long_table_pdf):
    pdf, doc = long_table_pdf
    pages = doc.layout.pageCollection().pageCount()
    assert pages >= 2
    second = pdf_text(pdf, 2)
    assert "编号" in second and "X（北）" in second  # header repeated
    assert f"第 2 页，共 {pages} 页" in second or f"Page 2 of {pages}" in second
    numbers = [line.split()[0] for line in pdf_text(pdf).splitlines() if line.strip().startswith("120114-")]
    assert len(numbers) == 120 and len(set(numbers)) == 120  # every row once, none lost between pages


def test_page_sizes():
    assert page_size("A3", "landscape") == (420.0, 297.0)
    assert page_size("A4") == (210.0, 297.0)


def test_several_tables_follow_each_other(tmp_path, project):
    doc = TableDocument(project, "季度工作信息报表")
    doc.add_text("一、按部门统计")
    doc.add_table([Column("部门", 60), Column("新增", 20)], [["区水务局", 3], ["区林业局", 2]])
    doc.add_text("二、案件清单")
    doc.add_table([Column("编号", 50), Column("说明", 100)], [[f"WQ-2026-{i:04d}", "示例"] for i in range(1, 90)])
    doc.add_text("三、按镇街统计")
    doc.add_table([Column("镇街", 60), Column("新增", 20)], [["杨村街道", 4]])
    pdf = doc.export(tmp_path / "several.pdf")
    pages = doc.layout.pageCollection().pageCount()
    text = pdf_text(pdf)
    assert text.index("一、按部门统计") < text.index("区林业局") < text.index("二、案件清单") \
        < text.index("WQ-2026-0089") < text.index("三、按镇街统计") < text.index("杨村街道")
    assert "二、案件清单" in pdf_text(pdf, 1)  # the short first table leaves room on page 1
    numbers = [w for w in text.split() if w.startswith("WQ-2026-")]
    assert len(numbers) == 89 and len(set(numbers)) == 89
    last = pdf_text(pdf, pages)
    assert "三、按镇街统计" in last and "WQ-2026-0001" not in last and pages >= 3


def _drawn_bottom(layout, frame, below_mm=40.0, dpi=300):
    """Where the table's ink ends, in mm from the frame's top (rendered past the frame's bottom)."""
    from qgis.core import QgsLayoutExporter
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    region = frame.mapRectToScene(frame.rect()).adjusted(0, 0, 0, below_mm)
    image = QgsLayoutExporter(layout).renderRegionToImage(region, QSize(), dpi)
    for y in range(image.height() - 1, -1, -1):
        if any(QColor.fromRgba(image.pixel(x, y)).alpha() > 128 and QColor(image.pixel(x, y)).lightness() < 128
               for x in range(image.width())):
            return (y + 1) * 25.4 / dpi
    return 0.0


@pytest.mark.parametrize("header, rows", [
    (False, [["编号", "120114-SK-WQT-0001"], ["所属区域", "王庆坨水库（红线区）" * 4], ["备注", "很长的说明" * 12]]),
    (True, [["电线杆", "27.80"]]),
    (True, [[f"WQ-2026-{i:04d}", "示例" * (i * 5)] for i in range(1, 6)]),
])
def test_fixed_table_frame_holds_exactly_its_rows(project, header, rows):
    from qgis.core import QgsPrintLayout

    from wuqing_eco_plugin.output.report_pdf import fixed_table

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    columns = [Column("参照物" if header else "", 30), Column("距离（米）" if header else "", 50)]
    table = fixed_table(layout, 15, 20, 80, columns, rows, header=header)
    height = table.frame(0).sizeWithUnits().height()
    drawn = _drawn_bottom(layout, table.frame(0))
    # Rows of different heights (wrapped text) and a lone row under a header: the frame ends at
    # the table's bottom line, so what is placed below it neither overlaps it nor floats away.
    assert drawn <= height <= drawn + 0.6
    if not header:  # and no empty header row above the first row
        from qgis.core import QgsLayoutTable

        assert table.headerMode() == QgsLayoutTable.NoHeaders
