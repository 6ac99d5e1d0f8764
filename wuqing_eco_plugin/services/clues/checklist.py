# SPDX-License-Identifier: GPL-2.0-or-later
"""Per town, the on-site verification checklist of a batch of clues (现场核查表): an XLSX to fill in,
and a PDF with one block per clue — a small map of the clue over the zones, its number, verdict and
areas, and blank cells for what the inspector finds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLabelObstacleSettings,
    QgsLayoutPoint,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ...domain.departments import DEPARTMENTS
from ...domain.files import safe_name
from ...domain.overlaps.screening import VERDICTS
from ...layers.memory import fields_of, memory_layer
from ...output.report_pdf import MM, Column, TableDocument, add_map_item, fixed_table, text_format
from ...output.sheets import Sheet, write_xlsx
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import WORKING
from .cases import ScreenedRow

MAP_W, MAP_H = 72.0, 58.0
BLOCK_MM = MAP_H + 44.0  # map, then the on-site cells below it
#: A clue's map shows at least this much around it (m).
MIN_VIEW_M = 250.0


@dataclass(frozen=True)
class Checklist:
    town: str
    xlsx: Path
    pdf: Path
    clues: int


def result_headings() -> list[str]:
    """The columns the inspector fills in."""
    return [tr("Checked on"), tr("Checked by"), tr("Found on site"), tr("Confirmed (yes/no)"), tr("Proposed handling")]


def _verdict(row: ScreenedRow, lang: str) -> str:
    return VERDICTS.label(row.verdict, lang) if row.verdict in VERDICTS else tr("Not screened")


def sheet_for(town: str, rows: Sequence[ScreenedRow], batch: str, lang: str) -> Sheet:
    headings = [tr("No."), tr("Clue number"), tr("Verdict"), tr("Red (m²)"), tr("Yellow (m²)"), tr("Approved (m²)"),
                tr("Linked zones"), tr("Lead department"), *result_headings()]
    body = [[n, r.clue_id, _verdict(r, lang), round(r.areas[0], 1), round(r.areas[1], 1), round(r.areas[2], 1),
             r.zone_names, DEPARTMENTS.label(r.lead_department, lang) if r.lead_department else "",
             *[""] * len(result_headings())] for n, r in enumerate(rows, start=1)]
    note = tr("Batch: {batch}; town: {town}; {n} clues").format(batch=batch or "-", town=town, n=len(rows))
    return Sheet(tr("On-site verification"), headings, body, (), note)


def clue_layers(rows: Sequence[ScreenedRow]) -> list[QgsVectorLayer]:
    """The clues as two memory layers (areas and points), drawn in blue over the zones."""
    fields = fields_of((("clue_id", QVariant.String),))
    out = []
    for kind, points in (("MultiPolygon", False), ("Point", True)):
        features = []
        for r in rows:
            if r.geometry is None or r.is_point != points:
                continue
            f = QgsFeature(fields)
            geometry = r.geometry if points else _multi(r.geometry)
            f.setGeometry(geometry)
            f.setAttributes([r.clue_id])
            features.append(f)
        layer = memory_layer(tr("Monitoring clues"), fields, features, geometry=kind)
        layer.setRenderer(_renderer(points))
        _label(layer)
        out.append(layer)
    return out


def _renderer(points: bool) -> QgsRuleBasedRenderer:
    """The clue of a block's map (the map item's id is its number) bold, the others beside it faint."""
    def symbol(bold: bool):
        color = "0,70,200,255" if bold else "0,70,200,110"
        if points:
            return QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "size": "3.2" if bold else "2",
                                                 "outline_color": "255,255,255,255"})
        return QgsFillSymbol.createSimple({"color": "0,70,200,45" if bold else "0,70,200,0", "outline_color": color,
                                           "outline_width": "0.9" if bold else "0.4"})

    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol(True), filterExp='"clue_id" = @map_id'))
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol(False), elseRule=True))
    return QgsRuleBasedRenderer(root)


def _label(layer: QgsVectorLayer) -> None:
    """Label each clue with its number, and keep the zones' labels off it (an obstacle)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "clue_id"
    settings.placement = QgsPalLayerSettings.AroundPoint if layer.geometryType() == QgsWkbTypes.PointGeometry \
        else QgsPalLayerSettings.OverPoint
    fmt = text_format(8, bold=True, color=QColor(0, 50, 160))
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)
    obstacle.setType(QgsLabelObstacleSettings.PolygonInterior)
    settings.setObstacleSettings(obstacle)
    settings.priority = 10
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _multi(geometry: QgsGeometry) -> QgsGeometry:
    g = QgsGeometry(geometry)
    g.convertToMultiType()
    return g


def _extent(row: ScreenedRow) -> QgsRectangle:
    box = QgsRectangle(row.geometry.boundingBox())
    grow = max(MIN_VIEW_M - max(box.width(), box.height()) / 2, 0.15 * max(box.width(), box.height()))
    box.grow(grow)
    return box


def _block(doc: TableDocument, n: int, row: ScreenedRow, layers: Sequence[QgsMapLayer], lang: str) -> None:
    doc.ensure_room(BLOCK_MM)
    x, y, page, width = doc.MARGIN, doc.cursor, doc.page, doc.width - 2 * doc.MARGIN
    if row.geometry is not None:
        item = add_map_item(doc.layout, layers, x, 0, MAP_W, MAP_H, _extent(row), WORKING)
        item.setId(row.clue_id)  # @map_id: the renderer draws this clue bold
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    facts = [(tr("Clue number"), f"{n}. {row.clue_id}"), (tr("Verdict"), _verdict(row, lang)),
             (tr("Red (m²)"), f"{row.areas[0]:,.1f}"), (tr("Yellow (m²)"), f"{row.areas[1]:,.1f}"),
             (tr("Approved (m²)"), f"{row.areas[2]:,.1f}"), (tr("Linked zones"), row.zone_names or "—"),
             (tr("Lead department"), DEPARTMENTS.label(row.lead_department, lang) if row.lead_department else "—")]
    fixed_table(doc.layout, x + MAP_W + 4, y, width - MAP_W - 4,
                [Column(tr("Item"), 28), Column(tr("Content"), width - MAP_W - 4 - 28)], facts, 8, header=False,
                page=page)
    # Room to write by hand: two free lines for what was found and what is proposed.
    cells = [(h, "\n\n" if i in (2, 4) else "") for i, h in enumerate(result_headings())]
    fixed_table(doc.layout, x, y + MAP_H + 2, width, [Column(tr("On site"), 40), Column("", width - 40)],
                cells, 8.5, header=False, page=page)
    doc.cursor = y + BLOCK_MM


def write_checklists(rows: Sequence[ScreenedRow], folder: str | Path, batch: str = "",
                     background: Sequence[QgsMapLayer] = (), project: Optional[QgsProject] = None,
                     lang: Optional[str] = None) -> list[Checklist]:
    """One XLSX and one PDF per town (clues without a town under "Unknown"), in town order."""
    lang = lang or ui_language()
    folder = Path(folder)
    by_town: dict[str, list[ScreenedRow]] = {}
    for row in rows:
        by_town.setdefault(row.towns[0] if row.towns else tr("Unknown"), []).append(row)
    owner = QgsProject() if project is None else project
    out = []
    today = dt.date.today().isoformat()
    for town in sorted(by_town):
        mine = by_town[town]
        kind = tr("monitoring clue checklist")
        stem = safe_name(f"{town}_{kind}_{batch or today}")
        xlsx = write_xlsx(folder / f"{stem}.xlsx", [sheet_for(town, mine, batch, lang)])
        title = tr("On-site verification of monitoring clues: {town}").format(town=town)
        doc = TableDocument(owner, title)
        doc.footer_note = f"{batch or ''} {town}".strip()
        head = tr("Batch: {batch}; {n} clues; printed {date}.").format(batch=batch or "-", n=len(mine), date=today)
        legend = tr("Maps in EPSG:4548: red and yellow zones, approved land, the clue in blue.")
        doc.add_text(head + "\n" + legend, size=9)
        layers = [*clue_layers(mine), *background]
        for n, row in enumerate(mine, start=1):
            _block(doc, n, row, layers, lang)
        pdf = doc.export(folder / f"{stem}.pdf")  # ``layers`` stay alive until the maps are drawn
        out.append(Checklist(town, xlsx, pdf, len(mine)))
    return out

