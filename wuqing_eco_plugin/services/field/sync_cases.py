# SPDX-License-Identifier: GPL-2.0-or-later
"""New cases from a patrol package into the ledger, through the record dialog's own path.

Each new case of the package is placed again on the store's map (:class:`PlaceFinder`: zones,
town, approved land, routing with each zone's own department, nearest marker — the phone's guesses
are never used), checked by the record dialog's rules (:func:`validate`) and saved by
:meth:`LedgerStore.save_new` (number, first history row, photos copied under
``attachments/<record number>/``), one transaction per case. The case keeps the phone's uuid, so a
second sync finds it and writes nothing.

Completed by the sync, with the rule stated: the discovery time is the phone's, truncated to the
second and never later than the sync; the recorder is the package's patrol (else the reporter).
Refused, with the reason: no position, a place outside the package's towns, a photo missing or
outside the package, anything the record dialog would refuse (a category not prohibited there, a
severity below the rule's, a place outside every zone without the patrol's confirmation).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QDateTime, Qt

from ...domain.field.sync import ACCURACY_NOTE, CASE_NOTE, SyncItem, discovery_time
from ...domain.ledger.cases import CASE_SOURCES
from ...domain.ledger.records import RecordDraft, validate
from ...layers import schema
from ...layers.features import field_value, text_value
from ...layers.field import tables
from ...layers.field.tables import P
from ...layers.markers.records import point_of
from ...layers.schema import F
from ...toolbelt.i18n import tr
from ..ledger.record_prefill import PlaceFinder
from ..ledger.store import LedgerStore, StoreError
from .package_data import package_layer
from .state import field_row_hash
from .sync_context import SyncContext

#: How much of a description names a case in the report.
LABEL_CHARS = 24


def _phone_time(feature: QgsFeature, name: str) -> Optional[dt.datetime]:
    """A date-time field as local time: one stored with a time zone (UTC) is converted."""
    value = feature.attribute(feature.fields().indexOf(name)) if feature.fields().indexOf(name) >= 0 else None
    if isinstance(value, QDateTime) and value.isValid():
        if value.timeSpec() != Qt.LocalTime:
            value = value.toLocalTime()
        return value.toPyDateTime()
    return None


def _draft(ctx: SyncContext, feature: QgsFeature, attachments: tuple[str, ...]) -> tuple[RecordDraft, bool]:
    discovered, moved_back = discovery_time(_phone_time(feature, F.DISCOVERED_AT), ctx.now)
    source = text_value(feature, F.SOURCE)
    reporter = text_value(feature, P.REPORTER) or ""
    accuracy = field_value(feature, P.GNSS_ACCURACY_M)
    notes = [CASE_NOTE.format(package=ctx.info.package_uid)]
    if isinstance(accuracy, (int, float)):
        notes.append(ACCURACY_NOTE.format(accuracy=round(float(accuracy), 1)))
    return RecordDraft(
        discovered_at=discovered, source=source if source in CASE_SOURCES else "patrol",
        category=text_value(feature, F.CATEGORY), severity=text_value(feature, F.SEVERITY),
        severity_reason=text_value(feature, F.SEVERITY_REASON) or "",
        description=text_value(feature, F.DESCRIPTION) or "", reporter_name=reporter,
        attachments=attachments, outside_confirmed=bool(field_value(feature, P.OUTSIDE_CONFIRMED)),
        created_by=ctx.info.patrol or reporter, internal_notes="；".join(notes),
    ), moved_back


def sync_cases(ctx: SyncContext) -> None:
    """Every new case of the package, then the open cases edited in the field (not taken over)."""
    store = LedgerStore(ctx.source.storage)
    source = ctx.source
    finder = PlaceFinder([source.layer(schema.ZONES)], source.layer(schema.APPROVED_LAND),
                         source.layer(schema.TOWNS), source.layer(schema.MARKERS), shared=False)
    layer = package_layer(ctx.gpkg, tables.NEW_CASES)
    features = list(layer.getFeatures())
    for n, feature in enumerate(features):
        _sync_case(ctx, store, finder, feature, layer.crs())
        ctx.progress(100.0 * (n + 1) / max(1, len(features)))
    _open_cases_edited(ctx)


def _sync_case(ctx: SyncContext, store: LedgerStore, finder: PlaceFinder, feature: QgsFeature, crs) -> None:
    uid = text_value(feature, P.CASE_UID) or ""
    label = (text_value(feature, F.DESCRIPTION) or uid or str(feature.id()))[:LABEL_CHARS]
    state = field_row_hash(feature)

    def refuse(*reasons: str, detail: str = "", record_no: Optional[str] = None) -> None:
        ctx.record(SyncItem("case", uid, label, "rejected", reasons, record_no, detail), state)

    if not uid:
        return refuse("no_uid")
    existing = store.record(uid)
    if existing is not None:
        base = ctx.log.base(uid)
        if base is not None and base.field_hash and base.field_hash != state:
            return refuse("edited_after_sync", record_no=existing[F.RECORD_NO])
        ctx.record(SyncItem("case", uid, label, "already", record_no=existing[F.RECORD_NO]), state)
        return None
    point = point_of(feature)
    if point is None:
        return refuse("no_geometry")
    place = finder.at(point, crs)
    if not ctx.info.covers(place.town):
        return refuse("other_town", detail=place.town or "")
    photos, reasons = ctx.photos({name: text_value(feature, name) for name in P.PHOTOS})
    if reasons:
        return refuse(*reasons)
    draft, moved_back = _draft(ctx, feature, tuple(str(p) for p in photos.values()))
    problems = validate(draft, place, ctx.now)
    if problems:
        return refuse(*problems)
    try:
        saved = store.save_new(draft, place, at=ctx.now, record_uid=uid)
    except StoreError as exc:
        return refuse(*(exc.problems or ("store_refused",)), detail=str(exc))
    detail = place.town or ""
    if moved_back:
        detail += "; " + tr("the phone's clock was ahead: discovered at the sync's time")
    ctx.record(SyncItem("case", uid, label, "new_case", record_no=saved.record_no, detail=detail), state)
    return None


def _open_cases_edited(ctx: SyncContext) -> None:
    """Open cases are read-only context in the package; a change made there anyway is reported,
    never written into the ledger."""
    for feature in package_layer(ctx.gpkg, tables.OPEN_CASES).getFeatures():
        uid = text_value(feature, F.RECORD_UID) or ""
        base = ctx.log.snapshot.get(uid)
        if base is not None and base.field_hash and base.field_hash != field_row_hash(feature):
            ctx.record(SyncItem("case", uid, text_value(feature, F.RECORD_NO) or uid, "rejected",
                                ("open_case_edited",)))
