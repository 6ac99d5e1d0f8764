# SPDX-License-Identifier: GPL-2.0-or-later
"""The illustrative sample written into a new GeoPackage of the schema."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from ..layers import schema, storage
from ..layers.features import write_records
from ..toolbelt.log import get_logger
from .data import build_sample

_log = get_logger(__name__)


def write_sample_geopackage(path: str | Path, overwrite: bool = False) -> dict[str, int]:
    """Create ``path`` with the schema and the illustrative Wuqing sample; return counts per table."""
    path = storage.create_geopackage(path, overwrite=overwrite)
    records = build_sample()
    counts: dict[str, int] = {}
    for table in (t for t in schema.TABLES if not t.derived):  # analyses fill the derived ones
        rows = records.get(table.name, [])
        layer = QgsVectorLayer(storage.uri(path, table), table.name, "ogr")
        if not layer.isValid():
            raise storage.SchemaError(f"{table.name} cannot be opened in {path}")
        counts[table.name] = write_records(layer, table, rows)
    _log.info("sample written to %s: %s", path, counts)
    return counts
