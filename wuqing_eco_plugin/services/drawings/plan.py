# SPDX-License-Identifier: GPL-2.0-or-later
"""One sheet per chosen town: its zone pieces and areas, markers, QA findings, number and file."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ...domain.drawings.checks import Finding, geometry_findings, marker_findings, outcome
from ...domain.drawings.sheet import (
    DEFAULT_PAGE,
    DEFAULT_QA,
    PAGE_FORMATS,
    QA_MODES,
    MarkerRow,
    ZonePiece,
    class_totals,
    default_number_prefix,
    drawing_number,
    marker_rows,
    pdf_file_name,
    zone_pieces,
)
from ...domain.spatial import GeometryIndex
from ...layers.schema import F
from ...toolbelt.i18n import tr
from .data import DrawingData, DrawingInputError, Record, marker_point, zone_key


@dataclass
class DrawingOptions:
    page: str = DEFAULT_PAGE
    version: str = "1.0"
    date: dt.date = field(default_factory=dt.date.today)
    number_prefix: str = ""  # empty: WQ-HHX-<year of the date>
    qa_mode: str = DEFAULT_QA
    template: Optional[Path] = None  # a .qpt of the bureau's; None: the plugin's for ``page``

    def __post_init__(self) -> None:
        if self.page not in PAGE_FORMATS:
            raise DrawingInputError(tr("Unknown page format: {}").format(self.page))
        if self.qa_mode not in QA_MODES:
            raise DrawingInputError(tr("Unknown QA mode: {}").format(self.qa_mode))
        if not self.number_prefix.strip():
            self.number_prefix = default_number_prefix(self.date.year)


@dataclass
class TownSheet:
    index: int  # the town's place in DrawingData.towns (and the atlas)
    town: Record
    number: str
    file_name: str
    pieces: list[ZonePiece]
    totals: dict[str, float]
    markers: list[MarkerRow]
    findings: list[Finding]
    outcome: str

    @property
    def name(self) -> str:
        return self.town.text(F.NAME)

    @property
    def code(self) -> str:
        return self.town.text(F.CODE)


def choose_towns(data: DrawingData, names: Sequence[str]) -> list[int]:
    """Indexes of the towns called ``names`` (all towns when empty), in the towns' order."""
    wanted = [n.strip() for n in names if n and n.strip()]
    all_names = [t.text(F.NAME) for t in data.towns]
    unknown = [n for n in wanted if n not in all_names]
    if unknown:
        raise DrawingInputError(tr("No town called {names}. Towns: {known}").format(
            names="、".join(unknown), known="、".join(all_names)))
    return [i for i, n in enumerate(all_names) if not wanted or n in wanted]


def plan_sheets(data: DrawingData, town_names: Sequence[str], options: DrawingOptions) -> list[TownSheet]:
    zones = data.zone_shapes()
    shapes = {z.uid: z.geometry for z in zones}
    invalid = {zone_key(r): r for r in data.zones if r.invalid_reason}
    points = [(r.shape, marker_point(r)) for r in data.markers]
    # Each town looks only at the zones and markers whose bounding boxes meet its own.
    zone_index = GeometryIndex([z.geometry for z in zones])
    marker_index = GeometryIndex([shape for shape, _ in points])
    sheets = []
    for index in choose_towns(data, town_names):
        town = data.towns[index]
        pieces = zone_pieces(town.shape, [zones[i] for i in zone_index.candidates(town.shape)])
        inside = [points[i][1] for i in sorted(marker_index.candidates(town.shape))
                  if points[i][0].intersects(town.shape)]
        findings: list[Finding] = []
        if options.qa_mode != "off":
            bad_zones = [(invalid[p.key].text(F.NAME), invalid[p.key].invalid_reason)
                         for p in pieces if p.key in invalid]
            findings = geometry_findings(town.text(F.NAME), town.invalid_reason, dict.fromkeys(bad_zones))
            findings += marker_findings(inside)
        sheets.append(TownSheet(
            index=index,
            town=town,
            number=drawing_number(options.number_prefix, town.text(F.CODE), index + 1),
            file_name=pdf_file_name(town.text(F.NAME), options.version),
            pieces=pieces,
            totals=class_totals(pieces),
            markers=marker_rows(inside, shapes),
            findings=findings,
            outcome=outcome(options.qa_mode, findings),
        ))
    return sheets
