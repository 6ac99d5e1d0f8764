# SPDX-License-Identifier: GPL-2.0-or-later
"""The quarterly work-information report and the annual assessment pack (seed §五, §九), as XLSX
(one sheet per table) and PDF.

Counts come from ``domain.ledger_stats`` (one definition for every table, so totals are the
ledger's counts); areas from ``domain.composition`` on the zones and towns given.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeatureSource,
    QgsProject,
)

from ...domain.admin import ILLUSTRATIVE
from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.composition import Composition, composition
from ...domain.departments import DEPARTMENTS
from ...domain.errors import WuqingError
from ...domain.ledger import stats
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.emergencies import DEFAULT_TIMES, EMERGENCY_KINDS, emergency_state
from ...domain.ledger.indicators import Indicator, year_on_year
from ...domain.ledger.rows import OUTSIDE_KEY, CaseRow
from ...domain.units import hectares, mu
from ...domain.zones import ZONE_TYPES, zone_label
from ...layers import schema
from ...layers.features import to_python
from ...layers.gdal_errors import read_all
from ...layers.schema import F
from ...output.sheets import Sheet, write_pdf, write_xlsx
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.log import get_logger
from ..location import check_source
from ..zone_input import load_zones, read_polygons

_log = get_logger(__name__)


@dataclass(frozen=True)
class ReportFiles:
    xlsx: Path
    pdf: Path
    period: stats.Period
    #: Records whose history does not explain their status (listed in the report), and why.
    unexplained: tuple[tuple[CaseRow, str], ...] = ()


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


def emergency_sheet(cases: Sequence[CaseRow], p: stats.Period, ref: dt.datetime, lang: str) -> Sheet:
    """Emergencies and important matters the period touched, with their reports (seed §五, §九)."""
    rows = []
    for c in sorted(cases, key=lambda c: c.record_no):
        state = emergency_state(c.values, ref)
        if state is None or c.discovered_at > ref or (c.ended_at is not None and c.ended_at.date() < p.start):
            continue
        when = [t.strftime("%Y-%m-%d %H:%M") if t else "" for t in (state.first_report_at, state.last_report_at,
                                                                      state.final_report_at)]
        rows.append([c.record_no, EMERGENCY_KINDS.label(state.kind, lang), c.discovered_at.strftime("%Y-%m-%d %H:%M"),
                     c.town or "", CATEGORIES.label(c.category, lang), *when, CASE_STATUSES.label(c.status, lang),
                     tr("Yes") if state.overdue else ""])
    headings = [tr("Record number"), tr("Kind"), tr("Discovered at"), tr("Town or street"), tr("Category"),
                tr("First report"), tr("Latest report"), tr("Final report"), tr("Status"), tr("Report overdue")]
    note = tr("First report due within {first:g} h, an update every {update:g} h until the final report (the "
              "plugin's defaults, not law).").format(first=DEFAULT_TIMES.first_hours, update=DEFAULT_TIMES.update_hours)
    if not rows:
        note = tr("No emergency or important matter in the period.")
    return Sheet(tr("Emergencies and important matters"), headings, rows, [24, 18, 26, 20, 46, 26, 26, 26, 22, 14],
                 note)


def indicator_sheet(indicators: Sequence[Indicator], zones: Mapping[str, tuple[str, float]], year: int,
                    lang: str) -> Sheet:
    """Each zone's indicators of ``year`` beside its area, with the change from the year before."""
    rows = []
    for c in year_on_year(indicators, year):
        label, area = zones.get(c.zone_uid, (c.zone_uid, None))
        rows.append([label, _ha(area) if area is not None else None, c.name, c.unit, c.value, c.previous, c.change])
    rows.sort(key=lambda r: (str(r[0]), str(r[2])))
    headings = [tr("Zone"), tr("Area (ha)"), tr("Indicator"), tr("Unit"), str(year), str(year - 1), tr("Change")]
    note = tr("Quality and service function (seed §五): values entered or imported by the environment bureau; a "
              "water quality class is its number (Ⅲ类 = 3, 劣Ⅴ类 = 6).")
    return Sheet(tr("Quality and service-function indicators"), headings, rows, [70, 26, 60, 20, 26, 26, 26], note)


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


def left_out_text(comp: Composition) -> str:
    """What the totals lack: the zones without a readable polygon, by name."""
    return tr("Not counted, for want of a readable polygon (the totals lack their area): {zones}.").format(
        zones="、".join(comp.left_out))


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
    if comp.left_out:
        note += " " + left_out_text(comp)
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


class ReportInputError(WuqingError, ValueError):
    """An input of the annual pack it cannot be measured from; the message names the layer."""


def _features(source: QgsFeatureSource, request: QgsFeatureRequest):
    """The features of ``source``, broken geometries included: a Processing source would otherwise
    apply QGIS's own validity check (which stops the run, then crashes QGIS at exit) before the
    plugin's repair sees them."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def read_composition(zone_sources: Sequence[QgsFeatureSource], towns: QgsFeatureSource,
                     transform_context: QgsCoordinateTransformContext | None = None,
                     report: Callable[[str], None] | None = None, towns_title: str | None = None) -> Composition:
    """Zones of every source (each zone_uid once: the red and yellow layers share one table) and
    towns, read in EPSG:4548 and measured. Zones are read as every analysis reads them
    (:func:`.zone_input.load_zones`): a type or class stored as its label counts, and an unknown
    one raises :class:`.zone_input.ZoneDataError` instead of leaving its area out; a source that does
    not lie in Wuqing (a wrong CRS) raises :class:`.location.LocationError`. Broken zone and
    town geometries are repaired, never dropped; each repair goes to ``report`` (default: the log),
    and a zone without a readable polygon is named in ``left_out`` and in the pack's note.

    Raises :class:`ReportInputError` when the towns carry no name (naming the layer as ``towns_title``).
    """
    report = report or (lambda message: _log.warning("%s", message))
    towns_title = towns_title or towns.sourceName()
    if towns.fields().indexOf(F.NAME) < 0:
        raise ReportInputError(tr("The towns layer “{layer}” has no field {field}: choose the layer of the towns "
                                  "and streets (table towns).").format(layer=towns_title, field=F.NAME))
    working = QgsCoordinateReferenceSystem(schema.CRS)
    context = QgsCoordinateTransformContext() if transform_context is None else transform_context
    for source in (*zone_sources, towns):  # a wrong CRS would measure zones and towns that never meet
        check_source(source, context)
    request = QgsFeatureRequest().setDestinationCrs(working, context)
    zones = load_zones((f for s in zone_sources for f in _features(s, QgsFeatureRequest(request))), working,
                       name="、".join(s.sourceName() for s in zone_sources))
    for note in zones.notes:
        report(note.message())
    town_shapes = []
    for feature, result, note in read_polygons(read_all(_features(towns, QgsFeatureRequest(request)), towns_title),
                                               working, label_field=F.NAME):
        if note is not None:
            report(f"{towns_title}: {note.message()}")
        if result.geometry is not None:
            town_shapes.append((str(to_python(feature[F.NAME]) or ""), result.geometry))
    comp = composition([(z.zone_type, z.line_class, g) for z, g in zip(zones.infos, zones.geometries)], town_shapes)
    return replace(comp, left_out=tuple(zones.without_geometry))


def unexplained_sheet(found: Sequence[tuple[CaseRow, str]], lang: str) -> Sheet:
    rows = [[c.record_no, CASE_STATUSES.label(c.status, lang) if c.status in CASE_STATUSES else c.status,
             stats.HISTORY_PROBLEMS.label(why, lang)] for c, why in sorted(found, key=lambda f: f[0].record_no)]
    return Sheet(tr("Records whose history does not explain their status"),
                 [tr("Record number"), tr("Status"), tr("Problem")], rows, [40, 40, 110],
                 tr("Their status was not reached through the case workflow (changed outside the plugin, or "
                    "history missing): check them before relying on the counts above."))


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


def read_zone_areas(zone_sources: Sequence[QgsFeatureSource],
                    transform_context: QgsCoordinateTransformContext | None = None) -> dict[str, tuple[str, float]]:
    """zone uid → (its label with the class, its area in m², EPSG:4548), each zone once."""
    working = QgsCoordinateReferenceSystem(schema.CRS)
    request = QgsFeatureRequest().setDestinationCrs(working, transform_context or QgsCoordinateTransformContext())
    zones = load_zones((f for s in zone_sources for f in s.getFeatures(QgsFeatureRequest(request))), working)
    return {z.uid: (zone_label(z.name, z.line_class), g.area) for z, g in zip(zones.infos, zones.geometries)}


def write_report(cases: Sequence[CaseRow], folder: str | Path, year: int, quarter: int,
                 comp: Optional[Composition] = None, now: dt.datetime | None = None,
                 project: QgsProject | None = None, lang: str | None = None,
                 history: Optional[Mapping[str, Sequence[stats.Step]]] = None,
                 indicators: Sequence[Indicator] = (), zone_areas: Mapping[str, tuple[str, float]] | None = None
                 ) -> ReportFiles:
    """The quarterly report (``quarter`` 1–4) or the annual pack (``quarter`` 0, needs ``comp``; the
    zones' ``indicators`` beside their areas from ``zone_areas``, see :func:`read_zone_areas`).

    With ``history`` (record uid → its steps), records whose history does not explain their status
    are named at the top and listed in a table of their own."""
    lang = lang or ui_language()
    now = now or dt.datetime.now().replace(microsecond=0)
    p = stats.period(year, quarter)
    ref = p.reference(now)
    folder = Path(folder)
    lines = _heading_lines(p, ref, cases, now)
    if quarter:
        title = tr("Wuqing permanent protected ecological areas: work information, Q{quarter} {year}").format(
            quarter=quarter, year=year)
        sheets = [*tally_sheets(cases, p, ref, lang), emergency_sheet(cases, p, ref, lang),
                  _case_list(cases, p, ref, lang)]
        stem = f"wuqing_ledger_{year}_Q{quarter}"
    else:
        if comp is None:
            raise ValueError("the annual pack needs the zones' area composition")
        title = tr("Wuqing permanent protected ecological areas: annual assessment {year}").format(year=year)
        lines.insert(0, tr("For the district government, due by 15 September each year."))
        quality = [indicator_sheet(indicators, zone_areas or {}, year, lang)] if year_on_year(indicators, year) else []
        if not quality:
            lines.append(tr("No quality or service-function indicator was entered for {year}.").format(year=year))
        sheets = [*composition_sheets(comp, lang), *quality, *case_outcome_sheets(cases, p, ref, lang),
                  department_sheet(cases, p, ref, lang), emergency_sheet(cases, p, ref, lang),
                  _case_list(cases, p, ref, lang)]
        stem = f"wuqing_assessment_{year}"
    found = stats.unexplained(cases, history) if history is not None else []
    if found:
        lines.append(tr("{n} records' history does not explain their status: see the last table.").format(
            n=len(found)))
        sheets.append(unexplained_sheet(found, lang))
    xlsx = write_xlsx(folder / f"{stem}.xlsx", sheets)
    pdf = write_pdf(folder / f"{stem}.pdf", title, lines, sheets, project, footer=title, orientation="landscape")
    return ReportFiles(xlsx, pdf, p, tuple(found))
