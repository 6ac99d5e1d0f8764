# SPDX-License-Identifier: GPL-2.0-or-later
"""What the plugin attaches to each layer it loads, whatever its provider: one call,
:func:`attach_editing`.

- :class:`~.row_versions.RowVersions` for a table with ``row_version``: every QGIS edit sends the
  right version, and a conflict is found and reported instead of overwriting;
- on a GeoPackage, :class:`~.commit_log.CommitLog`: the layer's commits go to the file's change
  log (on PostGIS the database's triggers log every client).

One of each per layer (a second call finds the first). They are the layer's QObject children, found
there and deleted with it: nothing global keeps a layer alive (a file-backed layer still alive when
QGIS shuts down crashes the interpreter's exit).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from osgeo import gdal
from qgis.core import QgsVectorLayer

from ..toolbelt.settings import plugin_user
from .audit import has_log
from .commit_log import CommitLog
from .gdal_errors import raising
from .row_versions import RowVersions
from .schema import TableSpec


@dataclass
class Editing:
    """What is attached to one layer."""

    layer: QgsVectorLayer
    table: TableSpec
    versions: Optional[RowVersions]
    log: Optional[CommitLog]


def _parts(layer: QgsVectorLayer) -> tuple[Optional[RowVersions], Optional[CommitLog]]:
    versions = log = None
    for child in layer.children():
        if isinstance(child, RowVersions):
            versions = child
        elif isinstance(child, CommitLog):
            log = child
    return versions, log


@raising
def _logged_geopackage(layer: QgsVectorLayer) -> Optional[Path]:
    """The GeoPackage ``layer`` reads when it holds a change log, else None."""
    if layer.providerType() != "ogr":
        return None
    path = Path(layer.source().split("|")[0])
    if path.suffix.lower() != ".gpkg" or not path.is_file():
        return None
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        return path if has_log(ds) else None
    finally:
        ds = None  # noqa: F841


def attach_editing(layer: QgsVectorLayer, table: TableSpec, who: Callable[[], str] = plugin_user) -> Editing:
    """Make ``layer`` (any provider) send ``row_version`` with every change and, on a GeoPackage, log
    its commits. Call it once the layer is valid; calling it again changes nothing."""
    versions, log = _parts(layer)
    if versions is None and log is None:
        versions = RowVersions(layer, table) if table.versioned else None
        path = _logged_geopackage(layer)
        log = CommitLog(layer, table, path, who) if path is not None else None
    return Editing(layer, table, versions, log)


def editing_of(layer: QgsVectorLayer) -> Optional[Editing]:
    """What :func:`attach_editing` attached to ``layer``; None when nothing."""
    versions, log = _parts(layer)
    if versions is None and log is None:
        return None
    return Editing(layer, (versions or log).table, versions, log)
