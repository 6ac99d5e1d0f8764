# SPDX-License-Identifier: GPL-2.0-or-later
"""What the plugin attaches to each layer it loads, whatever its provider: one call,
:func:`attach_editing`.

- :class:`~.row_versions.RowVersions` for a table with ``row_version``: every QGIS edit sends the
  right version, and a conflict is found and reported instead of overwriting;
- on a GeoPackage, :class:`~.commit_log.CommitLog`: the layer's commits go to the file's change
  log (on PostGIS the database's triggers log every client).

One of each per layer (a second call returns the first), removed with the layer.
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

    def detach(self) -> None:
        for part in (self.versions, self.log):
            if part is not None:
                part.detach()


_attached: dict[str, Editing] = {}


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
    found = _attached.get(layer.id())
    if found is not None and found.layer is layer:
        return found
    versions = RowVersions(layer, table) if table.versioned else None
    path = _logged_geopackage(layer)
    log = CommitLog(layer, table, path, who) if path is not None else None
    editing = Editing(layer, table, versions, log)
    _attached[layer.id()] = editing
    layer_id = layer.id()
    layer.willBeDeleted.connect(lambda: detach(layer_id))
    return editing


def editing_of(layer: QgsVectorLayer) -> Optional[Editing]:
    found = _attached.get(layer.id())
    return found if found is not None and found.layer is layer else None


def detach(layer_id: str) -> None:
    found = _attached.pop(layer_id, None)
    if found is not None:
        found.detach()
