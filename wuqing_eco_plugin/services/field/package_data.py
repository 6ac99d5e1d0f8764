# SPDX-License-Identifier: GPL-2.0-or-later
"""The data of a field package: the store's rows that meet the chosen towns, in a new GeoPackage.

The tables are created from their declarations (``layers/field/tables.py``) like the store's own,
so widths, NOT NULL, UNIQUE and the coded values hold in the package too, and filled through
QGIS with the declared defaults applied. What the sync needs later is written beside: the
package's own row, and the state of every marker and open case when packed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ...domain.categories import CATEGORIES
from ...domain.field.package import PackageInfo, Town
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.rows import LIST_SEP
from ...layers import schema, storage
from ...layers.features import field_value, text_value, write_records
from ...layers.field import tables
from ...layers.field.tables import P
from ...layers.markers.records import point_of
from ...layers.schema import F, TableSpec
from ...layers.zone_records import zone_info
from ..ledger.source import DataSource
from .state import field_marker_hash, field_row_hash, office_hash

#: A marker this close to the chosen towns belongs to the package (markers sit on boundaries).
MARKER_MARGIN_M = 1.0
#: Separator of the town names in ``package_info``.
TOWN_SEP = "、"


@dataclass(frozen=True)
class Area:
    """The chosen towns as one geometry, prepared for quick tests."""

    geometry: QgsGeometry

    def __post_init__(self) -> None:
        engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
        engine.prepareGeometry()
        object.__setattr__(self, "engine", engine)

    def meets(self, geometry: QgsGeometry, margin: float = 0.0) -> bool:
        if geometry is None or geometry.isEmpty():
            return False
        if margin:
            return self.engine.distance(geometry.constGet()) <= margin
        return self.engine.intersects(geometry.constGet())


def area_of(towns: Iterable[QgsFeature]) -> Area:
    return Area(QgsGeometry.unaryUnion([QgsGeometry(t.geometry()) for t in towns if t.hasGeometry()]))


def _record(feature: QgsFeature, table: TableSpec, **extra: Any) -> dict[str, Any]:
    values = {name: field_value(feature, name) for name in table.field_names if feature.fields().indexOf(name) >= 0}
    if feature.hasGeometry():
        values["geometry"] = QgsGeometry(feature.geometry())
    return {**values, **extra}


def _rows(layer: QgsVectorLayer, keep: Callable[[QgsFeature], bool], area: Optional[Area] = None
          ) -> list[QgsFeature]:
    request = QgsFeatureRequest()
    if area is not None:
        request.setFilterRect(area.geometry.boundingBox().buffered(MARKER_MARGIN_M))
    return [f for f in layer.getFeatures(request) if keep(f)]


def package_layer(gpkg: Path, table: TableSpec) -> QgsVectorLayer:
    layer = QgsVectorLayer(storage.uri(gpkg, table), table.name, "ogr")
    if not layer.isValid():
        raise storage.SchemaError(f"{table.name} cannot be opened in {gpkg}")
    return layer


class PackageWriter:
    """Fills the package GeoPackage ``gpkg`` from ``source`` for the towns of ``info``."""

    def __init__(self, source: DataSource, gpkg: Path, info: PackageInfo, towns: list[QgsFeature]):
        self.source, self.gpkg, self.info = source, gpkg, info
        self.area = area_of(towns)
        self.counts: dict[str, int] = {}
        self.snapshot: list[dict[str, Any]] = []

    def write(self, progress: Callable[[float], None] = lambda _p: None) -> dict[str, int]:
        storage.create_geopackage(self.gpkg, tables.tables_for(self.info.purpose))
        steps = [self._context, self._cases if self.info.purpose == "patrol" else self._markers, self._meta]
        for n, step in enumerate(steps):
            step()
            progress(100.0 * (n + 1) / len(steps))
        return self.counts

    def _put(self, table: TableSpec, records: list[dict[str, Any]]) -> QgsVectorLayer:
        layer = package_layer(self.gpkg, table)
        self.counts[table.name] = write_records(layer, table, records)
        return layer

    def _context(self) -> None:
        for table in tables.CONTEXT:
            layer = self.source.layer(table)
            if table is schema.DISTRICT:
                rows = list(layer.getFeatures())
            else:
                rows = _rows(layer, lambda f: self.area.meets(f.geometry()), self.area)
            self._put(table, [_record(f, table) for f in rows])
            if table is schema.ZONES and self.info.purpose == "patrol":
                self._categories(rows)

    def _categories(self, zones: list[QgsFeature]) -> None:
        """Each category with the zones of the package where it is prohibited: the phone's list of
        categories is filtered by the zones at the point."""
        where: dict[str, list[str]] = {c.code: [] for c in CATEGORIES}
        for zone in zones:
            info = zone_info(zone)
            for code in info.categories():
                where[code].append(info.uid)
        self._put(tables.CATEGORIES, [{P.CODE: c.code, P.LABEL: c.zh, F.ZONE_UIDS: LIST_SEP.join(where[c.code]) or None}
                                      for c in CATEGORIES])

    def _cases(self) -> None:
        names = set(self.info.town_names)

        def open_here(f: QgsFeature) -> bool:
            status = CASE_STATUSES.get(text_value(f, F.STATUS))
            if status is None or status.terminal:
                return False
            return text_value(f, F.TOWN) in names or (f.hasGeometry() and self.area.meets(f.geometry()))

        rows = _rows(self.source.layer(schema.VIOLATIONS), open_here)
        layer = self._put(tables.OPEN_CASES, [_record(f, tables.OPEN_CASES) for f in rows])
        office = {text_value(f, F.RECORD_UID): office_hash(f) for f in rows}
        self._remember(layer, "case", F.RECORD_UID, office, field_row_hash)
        self._put(tables.NEW_CASES, [])

    def _markers(self) -> None:
        rows = _rows(self.source.layer(schema.MARKERS),
                     lambda f: self.area.meets(f.geometry(), MARKER_MARGIN_M), self.area)
        records = []
        for f in rows:
            point = point_of(f)
            # The field team adds new photos; the office's stay where they are.
            record = _record(f, tables.MARKERS, **{p: None for p in tables.MARKER_PHOTOS})
            record.update({P.DESIGN_X_NORTH: round(point.y(), 3), P.DESIGN_Y_EAST: round(point.x(), 3),
                           F.PRECISION_M: None, F.SURVEYOR: None})
            records.append(record)
        layer = self._put(tables.MARKERS, records)
        office = {text_value(f, F.MARKER_UID): office_hash(f) for f in rows}
        self._remember(layer, "marker", F.MARKER_UID, office, field_marker_hash)

    def _remember(self, layer: QgsVectorLayer, kind: str, key: str, office: dict[str, str],
                  field_hash: Callable[[QgsFeature], str]) -> None:
        """The state of each row when packed: the office's and the package's as written (read back,
        defaults applied)."""
        layer.reload()
        for f in layer.getFeatures():
            uid = text_value(f, key)
            self.snapshot.append({P.ITEM_UID: uid, P.KIND: kind, P.OFFICE_HASH: office.get(uid),
                                  P.FIELD_HASH: field_hash(f)})

    def _meta(self) -> None:
        self._put(tables.SNAPSHOT, self.snapshot)
        info = self.info
        self._put(tables.PACKAGE_INFO, [{
            P.PACKAGE_UID: info.package_uid, P.PURPOSE: info.purpose, P.FORMAT_VERSION: info.format_version,
            P.DISTRICT_CODE: info.district_code or None, P.DISTRICT_NAME: info.district_name or None,
            P.TOWN_NAMES: TOWN_SEP.join(t.name for t in info.towns),
            P.TOWN_CODES: LIST_SEP.join(t.code for t in info.towns), P.PATROL: info.patrol or None,
            F.CREATED_AT: info.created_at, P.ORIGIN: info.source,
        }])


def read_info(gpkg: Path) -> Optional[PackageInfo]:
    """The ``package_info`` row of a package; None when it has none."""
    feature = next(package_layer(gpkg, tables.PACKAGE_INFO).getFeatures(), None)
    if feature is None:
        return None
    names = [n for n in (text_value(feature, P.TOWN_NAMES) or "").split(TOWN_SEP) if n]
    codes = (text_value(feature, P.TOWN_CODES) or "").split(LIST_SEP)
    created = field_value(feature, F.CREATED_AT)
    return PackageInfo(
        package_uid=text_value(feature, P.PACKAGE_UID) or "", purpose=text_value(feature, P.PURPOSE) or "",
        format_version=int(field_value(feature, P.FORMAT_VERSION) or 0),
        district_code=text_value(feature, P.DISTRICT_CODE) or "",
        district_name=text_value(feature, P.DISTRICT_NAME) or "",
        towns=tuple(Town(n, codes[i] if i < len(codes) else "") for i, n in enumerate(names)),
        patrol=text_value(feature, P.PATROL) or "",
        created_at=created if isinstance(created, dt.datetime) else dt.datetime.min,
        source=text_value(feature, P.ORIGIN) or "")

