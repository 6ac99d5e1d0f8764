# SPDX-License-Identifier: GPL-2.0-or-later
"""Zone indicators in and out: imported from a table the environment bureau keeps (CSV, XLSX, any
layer), read for the annual pack beside each zone's area.

An import is one transaction of the ledger's store: every row is checked first and a table with any
bad row changes nothing; a zone, indicator and year already stored gets its new value (the table is
the bureau's record of that year), anything else is added.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSource, QgsFields

from ...domain.admin import OFFICIAL
from ...domain.errors import WuqingError
from ...domain.ledger.indicators import INDICATOR_PROBLEMS, Indicator, check_rows
from ...domain.zones import LINE_CLASSES, zone_label
from ...layers import schema
from ...layers.features import field_value
from ...layers.ledger.storage import LedgerStorage, LedgerTransaction, Undo
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import ZoneSet

#: Column names accepted for each value (case and spaces ignored), the schema's name first.
COLUMNS = {
    "zone": ("zone_uid", "zone", "区域", "区域编号", "保护区域"),
    "indicator": ("indicator", "指标", "指标名称"),
    "unit": ("unit", "单位"),
    "value": ("value", "数值", "值"),
    "year": ("year", "年度", "年份"),
    "source": ("source", "来源", "数据来源"),
}
REQUIRED = ("zone", "indicator", "value", "year")


class IndicatorError(WuqingError, ValueError):
    """The table cannot be imported as it is; nothing was stored."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    replaced: int


def column_map(fields: QgsFields) -> dict[str, str]:
    """Which field of the table holds each value; raises :class:`IndicatorError` for missing ones."""
    names = {f.name().strip().casefold(): f.name() for f in fields}
    found = {key: next((names[c.casefold()] for c in options if c.casefold() in names), None)
             for key, options in COLUMNS.items()}
    missing = [COLUMNS[k][0] for k in REQUIRED if found[k] is None]
    if missing:
        raise IndicatorError(tr("The indicator table lacks the columns {}").format(", ".join(missing)))
    return {k: v for k, v in found.items() if v is not None}


def zone_finder(zones: ZoneSet):
    """A lookup from what a table names a zone by (its uid, its label with the class in either
    language, or its name when one zone alone has it) to the zone's uid."""
    keys: dict[str, str] = {}
    by_name: dict[str, set[str]] = {}
    for z in zones.infos:
        keys[z.uid.casefold()] = z.uid
        for lang in ("zh", "en"):
            keys[zone_label(z.name, z.line_class, lang).casefold()] = z.uid
            keys[f"{z.name}{LINE_CLASSES.label(z.line_class, lang)}".casefold()] = z.uid
        by_name.setdefault(z.name.casefold(), set()).add(z.uid)
    keys.update({name: next(iter(uids)) for name, uids in by_name.items() if len(uids) == 1})
    return lambda text: keys.get(text.strip().casefold())


def table_rows(features: Iterable[QgsFeature], columns: dict[str, str]) -> list[tuple]:
    return [tuple(field_value(f, columns[k]) if k in columns else None for k in COLUMNS) for f in features]


def import_indicators(storage: LedgerStorage, rows: Sequence[tuple], zones: ZoneSet) -> ImportResult:
    """Check every row, then store them in one transaction; raises :class:`IndicatorError` listing
    the bad rows (nothing stored)."""
    indicators, problems = check_rows(rows, zone_finder(zones))
    if problems:
        lang = ui_language()
        shown = "；".join(tr("row {n}: {problem} ({value})").format(n=n, problem=INDICATOR_PROBLEMS.label(code, lang),
                                                                   value=what) for n, code, what in problems[:20])
        raise IndicatorError(tr("Nothing was imported") + ": " + shown + (" …" if len(problems) > 20 else ""))
    stored = {(v[F.ZONE_UID], v[F.INDICATOR], v[F.YEAR]): v[F.INDICATOR_UID]
              for v, _ in storage.select(schema.ZONE_INDICATORS)}

    def work(tx: LedgerTransaction, undo: Undo) -> ImportResult:
        added = replaced = 0
        for i in indicators:
            values = {F.UNIT: i.unit or None, F.VALUE: i.value, F.SOURCE: i.source or None}
            if i.key in stored:
                tx.update(schema.ZONE_INDICATORS, stored[i.key], values)
                replaced += 1
            else:
                tx.insert(schema.ZONE_INDICATORS, {F.INDICATOR_UID: str(uuid.uuid4()), F.ZONE_UID: i.zone_uid,
                                                   F.INDICATOR: i.name, F.YEAR: i.year, F.DATA_STATUS: OFFICIAL,
                                                   **values})
                added += 1
        return ImportResult(added, replaced)

    return storage.write(work)


def read_indicators(source: Optional[QgsFeatureSource]) -> list[Indicator]:
    """The indicators stored in a ``zone_indicators`` table (rows without a number or year left out)."""
    if source is None:
        return []
    out = []
    for f in source.getFeatures(QgsFeatureRequest()):
        value, year = field_value(f, F.VALUE), field_value(f, F.YEAR)
        if value is None or year is None:
            continue
        out.append(Indicator(str(field_value(f, F.ZONE_UID) or ""), str(field_value(f, F.INDICATOR) or ""),
                             str(field_value(f, F.UNIT) or ""), float(value), int(year),
                             str(field_value(f, F.SOURCE) or "")))
    return out
