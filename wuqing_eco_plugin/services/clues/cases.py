# SPDX-License-Identifier: GPL-2.0-or-later
"""Screened monitoring clues registered as cases, through the record dialog's own path.

The place of each case comes from the ledger's :class:`PlaceFinder` over the project's zones (the
zones it overlaps, the town holding most of it, the routing with each zone's own department, the
nearest marker), the record from :class:`RecordDraft` and its checks, the save from
:meth:`LedgerStore.save_batch`: one transaction for the batch, so a refused clue leaves nothing
half-created. A clue number is registered once: clues already in the ledger are skipped, so a second
run creates nothing. Clues whose verdict opens no case (clear, approved land) and flagged ones are
counted apart.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
    QgsWkbTypes,
)

from ...domain.clues.verdicts import CASE_CATEGORIES, CLUE_PROBLEMS, description, id_problems
from ...domain.errors import WuqingError
from ...domain.ledger.records import PROBLEMS, RecordDraft, validate
from ...domain.overlaps.screening import VERDICTS
from ...layers.features import field_value, text_value
from ...layers.geometry import to_shapely
from ...toolbelt.i18n import tr, ui_language
from ..ledger.record_prefill import PlaceFinder
from ..ledger.store import LedgerStore, SavedRecord
from ..zone_input import working_transform

#: Fields a layer of screened clues must have (what ``wuqing_eco:screen_clues`` writes).
REQUIRED_FIELDS = ("clue_id", "verdict", "red_area_m2", "yellow_area_m2", "approved_area_m2")
SOURCE = "monitoring"


class ClueError(WuqingError, ValueError):
    """The clues cannot be registered as they are; nothing was created."""


@dataclass(frozen=True)
class ScreenedRow:
    """A screened clue as read back: its number, verdict, areas (red, yellow, approved, whole m²),
    towns (most area first) and shape in EPSG:4548."""

    clue_id: str
    verdict: Optional[str]
    areas: tuple[float, float, float, float]
    towns: tuple[str, ...]
    geometry: Optional[QgsGeometry]
    zone_names: str = ""
    lead_department: Optional[str] = None

    @property
    def is_point(self) -> bool:
        return self.geometry is not None and \
            QgsWkbTypes.geometryType(self.geometry.wkbType()) == QgsWkbTypes.PointGeometry


@dataclass
class Registration:
    created: list[SavedRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # registered already
    not_applicable: list[str] = field(default_factory=list)  # clear or inside approved land
    flagged: list[str] = field(default_factory=list)  # not screened (offset, far outside, no geometry)


def _number(value) -> float:
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0


def read_screened(features: Iterable[QgsFeature], crs: QgsCoordinateReferenceSystem,
                  context: Optional[QgsCoordinateTransformContext] = None) -> list[ScreenedRow]:
    """The screened clues of ``features`` (in ``crs``), shapes taken to EPSG:4548."""
    transform = working_transform(crs, context)
    rows = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
        if geometry is not None and transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException:
                geometry = None
        whole = geometry.area() if geometry is not None else 0.0
        towns = tuple(t for t in [text_value(feature, "town"), *(text_value(feature, "other_towns") or "").split("、")]
                      if t)
        rows.append(ScreenedRow(
            str(field_value(feature, "clue_id") or "").strip(), text_value(feature, "verdict"),
            (_number(field_value(feature, "red_area_m2")), _number(field_value(feature, "yellow_area_m2")),
             _number(field_value(feature, "approved_area_m2")), whole), towns, geometry,
            text_value(feature, "zone_names") or "", text_value(feature, "lead_department")))
    return rows


def check_ids(ids: Iterable[str]) -> None:
    """Refuse a batch whose clue numbers do not name each clue once."""
    problems = id_problems(ids)
    if problems:
        lang = ui_language()
        raise ClueError("；".join(f"{CLUE_PROBLEMS.label(code, lang)}: {', '.join(items[:20])}"
                                 + (" …" if len(items) > 20 else "") for code, items in problems.items()))


class ClueRegistrar:
    """Turns screened clues into cases of one ledger, its place finder over the same project."""

    def __init__(self, finder: PlaceFinder, store: LedgerStore):
        self.finder = finder
        self.store = store

    def register(self, rows: list[ScreenedRow], batch: str, discovered_at: dt.datetime, recorded_by: str,
                 now: dt.datetime | None = None) -> Registration:
        """Register every clue that opens a case and is not in the ledger yet, all in one transaction."""
        check_ids(r.clue_id for r in rows)
        now = (now or dt.datetime.now()).replace(microsecond=0)
        done = self.store.clue_numbers()
        out = Registration()
        entries, errors = [], []
        for row in rows:
            if row.verdict is None or row.verdict not in VERDICTS:
                out.flagged.append(row.clue_id)
            elif row.verdict not in CASE_CATEGORIES:
                out.not_applicable.append(row.clue_id)
            elif row.clue_id in done:
                out.skipped.append(row.clue_id)
            elif row.geometry is None:
                errors.append(tr("Clue {clue}: it has no location").format(clue=row.clue_id))
            else:
                entry, problem = self._entry(row, batch, discovered_at, recorded_by, now)
                entries.append(entry)
                if problem:
                    errors.append(problem)
        if errors:
            raise ClueError(tr("No case was created") + ": " + "；".join(errors))
        if entries:
            out.created = self.store.save_batch(entries, now)
        return out

    def _entry(self, row: ScreenedRow, batch: str, discovered_at: dt.datetime, recorded_by: str,
               now: dt.datetime):
        category = CASE_CATEGORIES[row.verdict]
        # A clue needing approval concerns its yellow zones: any red part of it lies in approved land.
        keep = (lambda z: z.line_class == "yellow") if row.verdict == "needs_approval" else (lambda z: True)
        place, _ = self.finder.for_area(row.geometry, keep=keep)
        towns = row.towns or ((place.town,) if place.town else ())
        draft = RecordDraft(
            discovered_at=discovered_at, source=SOURCE, category=category,
            description=description(row.clue_id, batch, row.verdict, row.areas, place.zones, towns),
            created_by=recorded_by, clue_no=row.clue_id, clue_batch=batch)
        area = None if row.is_point else to_shapely(row.geometry)
        lang = ui_language()
        if place.outside or category not in place.categories():
            return (draft, place, area), tr(
                "Clue {clue} ({verdict}): the project's zones give no such case there; screen the clues "
                "against the project's zones").format(clue=row.clue_id, verdict=VERDICTS.label(row.verdict, lang))
        problems = validate(draft, place, now)
        if problems:
            return (draft, place, area), tr("Clue {clue}: {problems}").format(
                clue=row.clue_id, problems="、".join(PROBLEMS.label(p, lang) for p in problems))
        return (draft, place, area), None

