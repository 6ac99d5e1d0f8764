# SPDX-License-Identifier: GPL-2.0-or-later
"""The package's GeoPackage as one file: out of WAL mode once it is written.

QGIS switches a GeoPackage to WAL while it edits it, and a file left in WAL mode keeps part of its
state in ``-wal``/``-shm`` files beside it. A package is copied to phones and other disks by hand,
so it is left in the rollback-journal mode: everything in the one ``.gpkg``.
"""
from __future__ import annotations

from pathlib import Path

from osgeo import gdal

from ..gdal_errors import raising


@raising
def settle(gpkg: Path) -> str:
    """Checkpoint ``gpkg`` and leave WAL mode; returns the journal mode it is in afterwards ("delete",
    or "wal" when another connection still holds the file)."""
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        result = ds.ExecuteSQL("PRAGMA journal_mode = DELETE")
        try:
            feature = result.GetNextFeature() if result is not None else None
            return str(feature.GetField(0)).lower() if feature is not None else ""
        finally:
            if result is not None:
                ds.ReleaseResultSet(result)
    finally:
        ds = None  # noqa: F841 - closing the data source releases the file
