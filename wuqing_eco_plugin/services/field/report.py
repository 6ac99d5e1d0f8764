# SPDX-License-Identifier: GPL-2.0-or-later
"""The readable report of a sync: counts first, then each item with what happened and why."""
from __future__ import annotations

from ...domain.field.package import PURPOSES
from ...domain.field.sync import OUTCOMES, SyncItem, reason_label
from ...domain.markers.vocabulary import CHECK_STATUSES
from ...toolbelt.i18n import tr, ui_language
from .sync_context import SyncContext

#: Sections of the report, in order.
SECTIONS = ("new_case", "updated_marker", "conflict", "rejected", "already")


def counts_line(counts: dict[str, int]) -> str:
    return tr("New cases: {new}; markers updated: {updated}; conflicts: {conflicts}; not taken over: {rejected}; "
              "synced before: {already}").format(new=counts.get("new_case", 0),
                                                 updated=counts.get("updated_marker", 0),
                                                 conflicts=counts.get("conflict", 0),
                                                 rejected=counts.get("rejected", 0), already=counts.get("already", 0))


def _item_line(item: SyncItem, lang: str) -> str:
    head = item.label + (f" → {item.record_no}" if item.record_no else "")
    why = "；".join(reason_label(r, lang) for r in item.reasons)
    tail = "；".join(t for t in (why, item.detail) if t)
    return f"- {head}" + (f": {tail}" if tail else "")


def report_text(ctx: SyncContext) -> str:
    lang = ui_language()
    info, report = ctx.info, ctx.report
    lines = [
        tr("Field work brought in: {time}").format(time=f"{ctx.now:%Y-%m-%d %H:%M:%S}"),
        tr("Package {uid}: {purpose}, {towns}; made {made} from {origin}; patrol {patrol}").format(
            uid=info.package_uid, purpose=PURPOSES.label(info.purpose, lang), towns="、".join(info.town_names),
            made=f"{info.created_at:%Y-%m-%d %H:%M}", origin=info.source, patrol=info.patrol or "-"),
        tr("Into: {store}").format(store=ctx.source.label),
        counts_line(report.counts()),
    ]
    for outcome in SECTIONS:
        items = [i for i in report.items if i.outcome == outcome]
        if items:
            lines += ["", f"[{OUTCOMES.label(outcome, lang)}] {len(items)}"]
            lines += [_item_line(i, lang) for i in items]
    if ctx.checks is not None and ctx.checks.results:
        lines += ["", tr("[Marker check against the design] ok {ok}, warning {warning}, fail {fail}").format(
            ok=ctx.checks.count("ok"), warning=ctx.checks.count("warning"), fail=ctx.checks.count("fail"))]
        for r in ctx.checks.results:
            lines.append(tr("- {number}: {status}, {deviation} m from the boundary, {offset} m from the design").format(
                number=r.marker_no, status=CHECK_STATUSES.label(r.status, lang),
                deviation=metres(r.deviation_m), offset=metres(r.offset_m)))
    return "\n".join(lines) + "\n"


def metres(value) -> str:
    """A distance for the report: millimetres, or - when there is none."""
    return "-" if value is None else f"{value:.3f}"
