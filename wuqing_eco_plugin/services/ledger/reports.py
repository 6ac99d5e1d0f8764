# SPDX-License-Identifier: GPL-2.0-or-later
"""The quarterly work-information report and the annual assessment pack (seed §五, §九), as XLSX
(one sheet per table) and PDF.

Counts come from ``domain.ledger_stats`` (one definition for every table, so totals are the
ledger's counts); areas from ``domain.composition`` on the zones and towns given.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProject,
)

from ...domain.admin import ILLUSTRATIVE
from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.composition import Composition, composition
from ...domain.departments import DEPARTMENTS
from ...domain.ledger import stats
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.rows import OUTSIDE_KEY, CaseRow
from ...domain.units import hectares, mu
from ...domain.zones import ZONE_TYPES
from ...layers import schema
from ...layers.geometry import to_shapely
from ...layers.schema import F
from ...output.sheets import Sheet, write_pdf, write_xlsx
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import load_zones


@dataclass(frozen=True)
class ReportFiles:
    xlsx: Path
    pdf: Path
    period: stats.Period


def _metric_headings() -> list[str]:
    return [tr("New"), tr("In progress"), tr("Closed"), tr("Dismissed"), tr("Overdue")]


def _tally_sheet(title: str, key_heading: str, cases: Sequence[CaseRow], key: Callable[[CaseRow], Iterable[str]],
                 order: Sequence[str], label: Callable[[str], str], p: stats.Period, ref: dt.datetime,
                 note: str = "", key_width: float = 60.0) -> Sheet:
    parts = stats.breakdown(cases, key, p, ref)
    keys = [k for k in order if k in parts] + sorted(k for k in parts if k not in order)
    rows = [[label(k), *parts[k].values()] for k in keys]
    rows.append([tr("Total"), *stats.tally(cases, p, ref).values()])
    return Sheet(title, [key_heading, *_metric_headings()], rows, [key_width, 22, 22, 22, 22, 22], note)


def _case_list(cases: Sequence[CaseRow], p: stats.Period, ref: dt.datetime, lang: str) -> Sheet:
    """The cases the period touched (discovered in it or open during it), without personal data."""
    active = [c for c in cases if c.discovered_at <= ref and (c.ended_at is None or c.ended_at.date() >= p.start)]
    rows = [[c.record_no, c.discovered_at.strftime("%Y-%m-%d"), CATEGORIES.label(c.category, lang),
             c.severity, c.town or "", c.zone_names or tr("Outside every zone"),
             DEPARTMENTS.label(c.lead_department, lang), CASE_STATUSES.label(c.status, lang),
             c.deadline.isoformat() if c.deadline else "", tr("Yes") if c.overdue_at(ref) else ""]
            for c in sorted(active, key=lambda c: c.record_no)]
    headings = [tr("Record number"), tr("Discovered at"), tr("Category"), tr("Severity"), tr("Town or street"),
                tr("Linked zones"), tr("Lead department"), tr("Status"), tr("Rectification deadline"),
                tr("Overdue")]
    return Sheet(tr("Cases of the period"), headings, rows, [24, 18, 46, 15, 20, 46, 20, 22, 18, 10])


def department_sheet(cases: Sequence[CaseRow], p: stats.Period, ref: dt.datetime, lang: str) -> Sheet:
    return _tally_sheet(tr("By lead department"), tr("Lead department"), cases, lambda c: [c.lead_department],
                        DEPARTMENTS.codes(), lambda k: DEPARTMENTS.label(k, lang), p, ref)


def tally_sheets(cases: Sequence[CaseRow], p: stats.Period, ref: dt.datetime, lang: str) -> list[Sheet]:
    zone_note = tr("A case in overlapping zones is counted under each zone; the total counts it once.")
    return [
        department_sheet(cases, p, ref, lang),
        _tally_sheet(tr("By category"), tr("Category"), cases, lambda c: [c.category], CATEGORIES.codes(),
                     lambda k: CATEGORIES.label(k, lang), p, ref, key_width=120),
        _tally_sheet(tr("By protected zone"), tr("Zone"), cases, lambda c: c.zone_keys(), [],
                     lambda k: tr("Outside every zone") if k == OUTSIDE_KEY else k, p, ref, zone_note, 80),
        _tally_sheet(tr("By town or street"), tr("Town or street"), cases, lambda c: [c.town or ""], [],
                     lambda k: k or tr("Unknown"), p, ref),
    ]


def _ha(m2: float) -> float:
    return round(hectares(m2), 2)


def _mu(m2: float) -> float:
    return round(mu(m2), 1)


def _pct(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def composition_sheets(comp: Composition, lang: str) -> list[Sheet]:
    headings = [tr("Red area (ha)"), tr("Red area (mu)"), tr("Yellow area (ha)"), tr("Yellow area (mu)"),
                tr("Total (ha)"), tr("Total (mu)")]
    by_type = [[ZONE_TYPES.label(t, lang), _ha(a.red), _mu(a.red), _ha(a.yellow), _mu(a.yellow), _ha(a.total),
                _mu(a.total), _pct(a.total, comp.total.total)] for t, a in comp.by_type.items()]
    by_type.append([tr("Counted in more than one type"), None, None, None, None, _ha(comp.type_overlap),
                    _mu(comp.type_overlap), None])
    t = comp.total
    by_type.append([tr("Total (overlaps counted once)"), _ha(t.red), _mu(t.red), _ha(t.yellow), _mu(t.yellow),
                    _ha(t.total), _mu(t.total), 100.0 if t.total else 0.0])
    towns = [[name, _ha(a.red), _ha(a.yellow), _ha(a.total), _pct(a.total, comp.town_area[name]),
              _pct(a.total, t.total)] for name, a in sorted(comp.by_town.items(), key=lambda kv: -kv[1].total)
             if a.total > 0]
    towns.append([tr("Total"), _ha(sum(a.red for a in comp.by_town.values())),
                  _ha(sum(a.yellow for a in comp.by_town.values())), _ha(sum(a.total for a in comp.by_town.values())),
                  _pct(t.total, comp.district_area), 100.0 if t.total else 0.0])
    note = tr("Where zones overlap the strictest class counts (red before yellow). District area: {ha} ha; "
              "protected: {share} % of it.").format(ha=f"{_ha(comp.district_area):,.2f}",
                                                   share=_pct(t.total, comp.district_area))
    return [
        Sheet(tr("Area and composition by type"), [tr("Zone type"), *headings, tr("Share (%)")], by_type,
              [40, 31, 31, 31, 31, 31, 31, 22], note),
        Sheet(tr("Area by town or street"), [tr("Town or street"), tr("Red area (ha)"), tr("Yellow area (ha)"),
                                            tr("Total (ha)"), tr("Share of the town (%)"),
                                            tr("Share of the protected area (%)")],
              towns, [40, 36, 36, 36, 36, 44]),
    ]


def case_outcome_sheets(cases: Sequence[CaseRow], p: stats.Period, ref: dt.datetime, lang: str) -> list[Sheet]:
    table = stats.by_severity_and_outcome(cases, p, ref)
    headings = [tr("Severity"), tr("Closed"), tr("Dismissed"), tr("Referred to police"), tr("In progress"),
                tr("Total")]
    rows = [[SEVERITIES.label(s, lang), *table[s].values(), sum(table[s].values())] for s in table]
    rows.append([tr("Total"), *(sum(table[s][o] for s in table) for o in stats.OUTCOMES),
                 sum(sum(v.values()) for v in table.values())])
    a = stats.assessment(cases, p, ref)
    points = [[SEVERITIES.label(s, lang), a.counted[s], SEVERITIES[s].points, a.points[s]] for s in a.counted]
    points.append([tr("Restoration or relocation completed"), a.restored, stats.RESTORATION_BONUS, a.bonus])
    points.append([tr("Estimated net points"), None, None, a.net])
    note = tr("Estimate after the municipal assessment scheme (津政办发〔2015〕83号): each case found in a "
              "protected zone in the period and not dismissed costs its severity's points; each A or B case "
              "closed after rectification (facility removed or site restored) earns {bonus}. Not the city's "
              "official score.").format(bonus=stats.RESTORATION_BONUS)
    return [
        Sheet(tr("Cases by severity and outcome"), headings, rows, [40, 22, 22, 26, 22, 22],
              tr("Cases discovered in the period, by their state at the cut-off.")),
        Sheet(tr("Estimated assessment points"), [tr("Item"), tr("Cases"), tr("Points each"), tr("Points")],
              points, [70, 25, 30, 30], note),
    ]


def read_composition(zone_sources: Sequence[QgsFeatureSource], towns: QgsFeatureSource,
                     transform_context: QgsCoordinateTransformContext | None = None) -> Composition:
    """Zones of every source (each zone_uid once: the red and yellow layers share one table) and
    towns, read in EPSG:4548 and measured. Zones are read as every analysis reads them
    (:func:`.zone_input.load_zones`): a type or class stored as its label counts, and an unknown
    one raises :class:`.zone_input.ZoneDataError` instead of leaving its area out."""
    working = QgsCoordinateReferenceSystem(schema.CRS)
    context = QgsCoordinateTransformContext() if transform_context is None else transform_context
    request = QgsFeatureRequest().setDestinationCrs(working, context)
    zones = load_zones((f for s in zone_sources for f in s.getFeatures(QgsFeatureRequest(request))), working)
    town_shapes = [(str(f[F.NAME]), to_shapely(f.geometry())) for f in towns.getFeatures(QgsFeatureRequest(request))
                   if f.hasGeometry()]
    return composition([(z.zone_type, z.line_class, g) for z, g in zip(zones.infos, zones.geometries)], town_shapes)


def _heading_lines(p: stats.Period, ref: dt.datetime, cases: Sequence[CaseRow], now: dt.datetime) -> list[str]:
    lines = [
        tr("Period: {start} to {end}").format(start=p.start.isoformat(), end=p.end.isoformat()),
        tr("Counted up to: {}").format(ref.strftime("%Y-%m-%d %H:%M")),
        tr("Compiled by the office of the leading group ({dept}) on {date}").format(
            dept=DEPARTMENTS.label("env", ui_language()), date=now.strftime("%Y-%m-%d")),
    ]
    if any(c.values.get(F.DATA_STATUS) == ILLUSTRATIVE for c in cases):
        lines.append(tr("Contains illustrative sample data: not real cases."))
    return lines


def write_report(cases: Sequence[CaseRow], folder: str | Path, year: int, quarter: int,
                 comp: Optional[Composition] = None, now: dt.datetime | None = None,
                 project: QgsProject | None = None, lang: str | None = None) -> ReportFiles:
    """The quarterly report (``quarter`` 1–4) or the annual pack (``quarter`` 0, needs ``comp``)."""
    lang = lang or ui_language()
    now = now or dt.datetime.now().replace(microsecond=0)
    p = stats.period(year, quarter)
    ref = p.reference(now)
    folder = Path(folder)
    lines = _heading_lines(p, ref, cases, now)
    if quarter:
        title = tr("Wuqing permanent protected ecological areas: work information, Q{quarter} {year}").format(
            quarter=quarter, year=year)
        sheets = [*tally_sheets(cases, p, ref, lang), _case_list(cases, p, ref, lang)]
        stem = f"wuqing_ledger_{year}_Q{quarter}"
    else:
        if comp is None:
            raise ValueError("the annual pack needs the zones' area composition")
        title = tr("Wuqing permanent protected ecological areas: annual assessment {year}").format(year=year)
        lines.insert(0, tr("For the district government, due by 15 September each year."))
        sheets = [*composition_sheets(comp, lang), *case_outcome_sheets(cases, p, ref, lang),
                  department_sheet(cases, p, ref, lang), _case_list(cases, p, ref, lang)]
        stem = f"wuqing_assessment_{year}"
    xlsx = write_xlsx(folder / f"{stem}.xlsx", sheets)
    pdf = write_pdf(folder / f"{stem}.pdf", title, lines, sheets, project, footer=title, orientation="landscape")
    return ReportFiles(xlsx, pdf, p)
