# SPDX-License-Identifier: GPL-2.0-or-later
"""The illustrative sample written into a new GeoPackage of the schema.

The map tables are written as records; the ledger is then recorded case by case through the ledger's
own path (:func:`.cases.record_cases`) on layers of the new file, as a user of the record dialog
would, so that numbers, routing and history are the ones the plugin gives.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import QgsVectorLayer

from ..layers import schema, storage
from ..layers.features import write_records
from ..layers.ledger.gpkg import GpkgLedgerStorage
from ..services.ledger.record_prefill import PlaceFinder
from ..services.ledger.store import LedgerStore
from ..toolbelt.log import get_logger
from .cases import record_cases
from .data import build_sample

_log = get_logger(__name__)
#: The tables the ledger's own path fills.
LEDGER_TABLES = (schema.VIOLATIONS, schema.VIOLATION_AREAS, schema.VIOLATION_HISTORY)


def _layer(path: Path, table: schema.TableSpec) -> QgsVectorLayer:
    layer = QgsVectorLayer(storage.uri(path, table), table.name, "ogr")
    if not layer.isValid():
        raise storage.SchemaError(f"{table.name} cannot be opened in {path}")
    return layer


def write_sample_geopackage(path: str | Path, overwrite: bool = False, today: dt.date | None = None
                            ) -> dict[str, int]:
    """Create ``path`` with the schema and the illustrative Wuqing sample; return counts per table."""
    path = storage.create_geopackage(path, overwrite=overwrite)
    sample = build_sample(today)
    layers = {}
    for table in (t for t in schema.TABLES if not t.derived and t not in LEDGER_TABLES):
        layers[table.name] = _layer(path, table)
        write_records(layers[table.name], table, sample.tables.get(table.name, []))
    finder = PlaceFinder([layers["zones"]], layers["approved_land"], layers["towns"], layers["markers"],
                         shared=False)
    store = LedgerStore(GpkgLedgerStorage(path), new_uid=sample.uid)
    record_cases(store, finder, sample.cases, sample.today)
    del finder, layers  # their connections close: the file is complete on disk, WAL included
    counts = storage.feature_counts(path, tuple(t for t in schema.TABLES if not t.derived))
    _log.info("sample written to %s: %s", path, counts)
    return counts
