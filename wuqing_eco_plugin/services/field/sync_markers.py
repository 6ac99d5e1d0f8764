# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker changes from a survey package into the store, as surveys, checked against the design.

Per marker the package holds the office's position when packed (its design position), and the
sync compares states (:func:`...domain.field.sync.marker_action`): unchanged in the field, nothing
to do; changed at the office since, a conflict, not overwritten. A moved marker is checked as
``check_markers`` checks (distance to its zone's boundary, offset from the design) and applied
through the markers feature's survey path (:func:`...markers.survey_apply.apply_survey`: one
commit, a history row per move, designed becomes buried) when the check passes; a marker moved by
hand (no GNSS accuracy) or failing the check is refused. Other changes (status, photos, reference
objects) are set in one commit, a status change with a history row. Photos are copied under the
store's ``attachments/markers/<marker number>/``.
"""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer

from ...domain.field.sync import STATUS_NOTE, SURVEY_NOTE, SyncItem, marker_action
from ...domain.files import safe_name, unique_names
from ...domain.markers.checks import MarkerPoint, Tolerances
from ...domain.markers.vocabulary import MARKER_STATUSES
from ...layers import schema
from ...layers.editing import editing_of
from ...layers.features import CommitError, batch_edit, field_value, text_value, to_qvariant, write_records
from ...layers.field import tables
from ...layers.field.tables import MARKER_EDITABLE, MARKER_PHOTOS, P
from ...layers.ledger.storage import StoreError
from ...layers.markers.records import point_of
from ...layers.schema import ROW_VERSION, F
from ...toolbelt.i18n import tr, ui_language
from ..markers.checks import result_feature, result_fields, run_checks
from ..markers.history import detach
from ..markers.survey_apply import apply_survey
from ..zone_input import load_zones
from .package_data import package_layer
from .report import metres
from .state import field_marker_hash, office_hash
from .sync_context import SyncContext

#: Closer than this, two positions of a marker are the same.
SAME_POINT_M = 0.001
MARKER_FOLDER = "markers"


@dataclass
class Planned:
    feature: QgsFeature  # the package's
    office: QgsFeature
    state: str
    moved: bool
    photos: dict[str, Path] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def number(self) -> str:
        return text_value(self.feature, F.MARKER_NO) or ""

    @property
    def uid(self) -> str:
        return text_value(self.feature, F.MARKER_UID) or ""


def _design(feature: QgsFeature) -> Optional[tuple[float, float]]:
    x, y = field_value(feature, P.DESIGN_Y_EAST), field_value(feature, P.DESIGN_X_NORTH)
    return (x, y) if isinstance(x, (int, float)) and isinstance(y, (int, float)) else None


def _distance(feature: QgsFeature, xy: Optional[tuple[float, float]]) -> Optional[float]:
    point = point_of(feature)
    if point is None or xy is None:
        return None
    return ((point.x() - xy[0]) ** 2 + (point.y() - xy[1]) ** 2) ** 0.5


def _holds(office: QgsFeature, package: QgsFeature) -> bool:
    """The office holds the field's position and status already (its sync log was lost)."""
    point = point_of(office)
    where = _distance(package, (point.x(), point.y())) if point is not None else None
    return where is not None and where <= SAME_POINT_M and \
        text_value(office, F.STATUS) == text_value(package, F.STATUS)


class MarkerSync:
    def __init__(self, ctx: SyncContext):
        self.ctx = ctx
        self.office_layer: QgsVectorLayer = ctx.source.layer(schema.MARKERS)
        self.history: QgsVectorLayer = ctx.source.layer(schema.MARKER_HISTORY)
        self.copied: list[Path] = []

    def item(self, p: Planned, outcome: str, *reasons: str, detail: str = "") -> SyncItem:
        return SyncItem("marker", p.uid, p.number, outcome, reasons, detail=detail)

    def run(self) -> None:
        planned = self._plan()
        self.ctx.progress(30.0)
        planned = self._check([p for p in planned if p.moved]) + [p for p in planned if not p.moved]
        self.ctx.progress(60.0)
        try:
            self._apply(planned)
        finally:
            # The survey path attached a history recorder (held globally, a child of the layer): let it
            # go while the layer is alive, not when a garbage collection destroys the layer later.
            detach(self.office_layer.id())
        self.ctx.progress(100.0)

    def _plan(self) -> list[Planned]:
        ctx = self.ctx
        office = {text_value(f, F.MARKER_UID): f for f in self.office_layer.getFeatures()}
        planned, seen = [], set()
        for f in package_layer(ctx.gpkg, tables.MARKERS).getFeatures():
            uid, number = text_value(f, F.MARKER_UID) or "", text_value(f, F.MARKER_NO) or ""
            state = field_marker_hash(f)
            seen.add(uid)
            base = ctx.log.base(uid)
            if base is None:
                ctx.record(SyncItem("marker", uid, number or str(f.id()), "rejected", ("added_in_field",)), state)
                continue
            o = office.get(uid)
            now = office_hash(o) if o is not None else None
            action = marker_action(state, base.field_hash or "", now, base.office_hash or "",
                                   o is not None and _holds(o, f))
            if action == "unchanged":
                continue
            if action != "apply":
                reasons = () if action == "already" else ("office_deleted",) if o is None else ("office_changed",)
                ctx.record(SyncItem("marker", uid, number, action, reasons), state, now)
                continue
            p = Planned(f, o, state, (_distance(f, _design(f)) or 0.0) > SAME_POINT_M)
            p.photos, reasons = ctx.photos({name: text_value(f, name) for name in MARKER_PHOTOS})
            if p.moved and field_value(f, F.PRECISION_M) is None:
                reasons = ("moved_without_fix", *reasons)
            if reasons:
                ctx.record(self.item(p, "rejected", *reasons), state)
                continue
            planned.append(p)
        for uid, base in ctx.log.snapshot.items():
            if uid not in seen and base.field_hash and uid in office:
                number = text_value(office[uid], F.MARKER_NO) or uid
                ctx.record(SyncItem("marker", uid, number, "rejected", ("deleted_in_field",)))
        return planned

    def _check(self, moved: list[Planned]) -> list[Planned]:
        """The moved markers as check_markers checks them; a failing one is refused."""
        if not moved:
            return []
        zones_layer = self.ctx.source.layer(schema.ZONES)
        zones = load_zones(zones_layer.getFeatures(QgsFeatureRequest()), zones_layer.crs())
        points = [MarkerPoint(p.number, point_of(p.feature).x(), point_of(p.feature).y(),
                              text_value(p.feature, F.ZONE_UID)) for p in moved]
        designed = [MarkerPoint(p.number, *_design(p.feature), text_value(p.feature, F.ZONE_UID)) for p in moved]
        self.ctx.checks = run_checks(zones, points, designed, Tolerances())
        self.zone_names = zones.names
        results = {r.marker_no: r for r in self.ctx.checks.results}
        kept = []
        for p in moved:
            r = results[p.number]
            if r.status == "fail":
                detail = tr("{deviation} m from the boundary, {offset} m from the design").format(
                    deviation=metres(r.deviation_m), offset=metres(r.offset_m))
                self.ctx.record(self.item(p, "rejected", "check_failed", detail=detail), p.state)
            else:
                kept.append(p)
        return kept

    def _values(self, p: Planned) -> dict[str, Any]:
        """What the field changed, as the office's fields: edited values, copied photos, and for a
        move the precision, surveyor and date of the survey."""
        values = {name: field_value(p.feature, name) for name in MARKER_EDITABLE
                  if name not in MARKER_PHOTOS and field_value(p.feature, name) != field_value(p.office, name)}
        values.update({name: str(path) for name, path in self._copy(p).items()})
        edited = field_value(p.feature, P.EDITED_AT)
        day = edited.date() if isinstance(edited, dt.datetime) else self.ctx.now.date()
        values[F.LAST_INSPECTION] = day
        surveyor = text_value(p.feature, F.SURVEYOR) or self.ctx.info.patrol or None
        if p.moved:
            values.update({F.PRECISION_M: field_value(p.feature, F.PRECISION_M), F.SURVEY_DATE: day})
            if surveyor:
                values[F.SURVEYOR] = surveyor
        return values

    def _copy(self, p: Planned) -> dict[str, Path]:
        if not p.photos:
            return {}
        root = self.ctx.source.attachments_root
        if root is None:
            raise StoreError(tr("The shared database keeps no files itself, so the photos of {number} cannot be "
                                "copied: name its shared attachments folder in “Open or create project data…” and "
                                "sync again").format(number=p.number))
        folder = root / MARKER_FOLDER / safe_name(p.number)
        folder.mkdir(parents=True, exist_ok=True)
        names = unique_names([path.name for path in p.photos.values()], [f.name for f in folder.iterdir()])
        out = {}
        for (name, source), target in zip(p.photos.items(), names):
            shutil.copy2(source, folder / target)
            self.copied.append(folder / target)
            out[name] = folder / target
        return out

    def _apply(self, planned: list[Planned]) -> None:
        """The moves in one commit (the survey path), then the other changes in another: each commit
        all or nothing, its copied photos removed again when it fails."""
        self._commit([p for p in planned if p.moved], self._move)
        self._commit([p for p in planned if not p.moved], self._update)

    def _commit(self, group: list[Planned], write: Callable[[list[Planned]], None]) -> None:
        """Write ``group`` in one commit. Each marker's change sends the ``row_version`` read when the
        sync planned it: one changed meanwhile at the office is refused by the store (on PostGIS,
        SQLSTATE 40001), reported as a conflict, and the others are written without it."""
        if not group:
            return
        ctx, copied = self.ctx, len(self.copied)
        try:
            for p in group:
                p.values = self._values(p)
            self._expect(group)
            write(group)
        except (CommitError, StoreError, OSError) as exc:
            for path in self.copied[copied:]:
                path.unlink(missing_ok=True)
            del self.copied[copied:]
            stale = self._stale(group)
            for p in stale:
                ctx.record(self.item(p, "conflict", "office_changed", detail=getattr(exc, "reason", str(exc))))
            rest = [p for p in group if p not in stale]
            if stale and rest:
                return self._commit(rest, write)
            for p in rest:
                ctx.record(self.item(p, "rejected", "store_refused", detail=str(exc)), p.state)
            return None
        request = QgsFeatureRequest().setFilterFids([p.office.id() for p in group])
        after = {f.id(): f for f in self.office_layer.dataProvider().getFeatures(request)}
        for p in group:
            ctx.record(self.item(p, "updated_marker"), p.state, office_hash(after[p.office.id()]))
        return None

    def _expect(self, group: list[Planned]) -> None:
        editing = editing_of(self.office_layer)
        if editing is not None and editing.versions is not None:
            for p in group:
                editing.versions.expect(p.office.id(), p.office)

    def _stale(self, group: list[Planned]) -> list[Planned]:
        """The markers of ``group`` whose stored version is no longer the one the sync read."""
        request = QgsFeatureRequest().setFilterFids([p.office.id() for p in group])
        stored = {f.id(): field_value(f, ROW_VERSION) for f in self.office_layer.dataProvider().getFeatures(request)}
        return [p for p in group if p.office.id() in stored and stored[p.office.id()] is not None
                and stored[p.office.id()] != field_value(p.office, ROW_VERSION)]

    def _move(self, moved: list[Planned]) -> None:
        ctx = self.ctx
        results = {r.marker_no: r for r in ctx.checks.results}
        fields, lang = result_fields(), ui_language()
        apply_survey(self.office_layer, self.history,
                     [result_feature(results[p.number], fields, self.zone_names, lang) for p in moved],
                     SURVEY_NOTE.format(package=ctx.info.package_uid), ctx.info.patrol, ctx.now.date(),
                     attributes={p.number: p.values for p in moved})

    def _update(self, planned: list[Planned]) -> None:
        """Set the changes of markers that did not move, in one commit; a status change gets a
        history row."""
        if not planned:
            return
        layer, fields = self.office_layer, self.office_layer.fields()
        with batch_edit(layer):
            for p in planned:
                for name, value in p.values.items():
                    if not layer.changeAttributeValue(p.office.id(), fields.indexOf(name), to_qvariant(value)):
                        raise CommitError(layer.name(), [tr("{name} of marker {number} cannot be set").format(
                            name=name, number=p.number)])
        rows = []
        for p in planned:
            old, new = text_value(p.office, F.STATUS), p.values.get(F.STATUS)
            if new is None or new == old:
                continue
            point = point_of(p.office)
            rows.append({
                F.MARKER_UID: p.uid, F.MARKER_NO: p.number, F.CHANGED_AT: self.ctx.now,
                F.CHANGED_BY: text_value(p.feature, F.SURVEYOR) or self.ctx.info.patrol or tr("field survey"),
                F.OLD_X_NORTH: round(point.y(), 3), F.OLD_Y_EAST: round(point.x(), 3),
                F.NEW_X_NORTH: round(point.y(), 3), F.NEW_Y_EAST: round(point.x(), 3), F.MOVED_M: 0.0,
                F.NOTE: STATUS_NOTE.format(old=MARKER_STATUSES.label(old or ""), new=MARKER_STATUSES.label(new),
                                           package=self.ctx.info.package_uid),
            })
        write_records(self.history, schema.MARKER_HISTORY, rows)


def sync_markers(ctx: SyncContext) -> None:
    MarkerSync(ctx).run()
