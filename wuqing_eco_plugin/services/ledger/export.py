# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger as a spreadsheet (XLSX or CSV), in full or for public disclosure (信息公开).

Columns follow the schema with their names in the user's language, coded values as labels, and
the location as X (north) / Y (east) in EPSG:4548. The public export leaves out every private
field of the schema and masks their values wherever another text repeats them.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable, Sequence

from ...domain.errors import WuqingError
from ...domain.ledger.disclosure import public_record
from ...domain.ledger.rows import CaseRow, split_list
from ...layers import schema
from ...output.sheets import Sheet, write_csv, write_xlsx
from ...toolbelt.i18n import tr, ui_language

FORMATS = (".xlsx", ".csv")


class ExportError(WuqingError):
    pass


def display_value(spec: schema.FieldSpec, value: Any, lang: str) -> Any:
    """A field value as a person reads it: labels for codes, 是/否, dates without seconds' noise."""
    if value is None:
        return None
    if spec.codes is not None:
        codes = split_list(value) if spec.multi else (value,)
        return "、".join(spec.codes.label(c, lang) for c in codes)
    if spec.type == "bool":
        return tr("Yes") if value else tr("No")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def in_range(case: CaseRow, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    day = case.discovered_at.date()
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def ledger_sheet(cases: Iterable[CaseRow], public: bool = False, lang: str | None = None,
                 title: str | None = None) -> Sheet:
    """One row per case, by record number; ``public`` leaves out and masks personal data."""
    lang = lang or ui_language()
    private = set(schema.VIOLATIONS.private_fields)
    specs = [f for f in schema.VIOLATIONS.fields if not (public and f.name in private)]
    headings = [tr(f.alias) for f in specs] + [tr("X (north, m)"), tr("Y (east, m)")]
    rows = []
    for case in sorted(cases, key=lambda c: c.record_no):
        values = dict(case.values)
        if public:
            values = public_record(values, private, schema.VIOLATIONS.written_texts)
        row = [display_value(f, values.get(f.name), lang) for f in specs]
        row += [round(case.y, 2) if case.y is not None else None, round(case.x, 2) if case.x is not None else None]
        rows.append(row)
    title = title or (tr("Ledger (public)") if public else tr("Ledger"))
    return Sheet(title, headings, rows)


def export_ledger(cases: Sequence[CaseRow], path: str | Path, public: bool = False,
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  lang: str | None = None) -> tuple[Path, int]:
    """Write the cases discovered between ``date_from`` and ``date_to`` (inclusive) to ``path``
    (.xlsx or .csv by its extension); return the file and the number of cases written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr("Choose a file ending in .xlsx or .csv, not {}").format(path.name))
    if date_from and date_to and date_from > date_to:
        raise ExportError(tr("The start date is after the end date"))
    chosen = [c for c in cases if in_range(c, date_from, date_to)]
    sheet = ledger_sheet(chosen, public, lang)
    out = write_xlsx(path, [sheet]) if suffix == ".xlsx" else write_csv(path, sheet)
    return out, len(chosen)
