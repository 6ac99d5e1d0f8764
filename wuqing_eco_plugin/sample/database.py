# SPDX-License-Identifier: GPL-2.0-or-later
"""The illustrative sample in a schema of the shared database, the way a district moves its data
there: the schema is created (``create_postgis``), the sample is written into a GeoPackage of the
schema through the ledger's own path (:mod:`.geopackage`), and that GeoPackage is migrated
(``migrate_geopackage``: uuids, record numbers and history kept, the database's numbering moved past them)."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Callable

from ..layers.postgis.connection import Database
from ..layers.postgis.create import create_postgis
from ..layers.postgis.ddl import DEFAULT_SCHEMA
from ..layers.postgis.migrate import migrate_geopackage
from .geopackage import write_sample_geopackage


def write_sample_database(database: str | Database, s: str = DEFAULT_SCHEMA, today: dt.date | None = None,
                          log: Callable[[str], None] = lambda _m: None) -> dict[str, int]:
    """Create schema ``s`` in ``database`` when missing and fill it with the sample; rows per table.
    Refused, with nothing written, when the schema's tables hold rows already."""
    create_postgis(database, s, log)
    with tempfile.TemporaryDirectory(prefix="wuqing_sample_") as folder:
        gpkg = Path(folder) / "sample.gpkg"
        write_sample_geopackage(gpkg, today=today)
        return migrate_geopackage(gpkg, database, s, log)
