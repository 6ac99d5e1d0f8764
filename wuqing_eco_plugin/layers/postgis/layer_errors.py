# SPDX-License-Identifier: GPL-2.0-or-later
"""What the database refused a QGIS layer of the shared database, in the user's language.

QGIS reports a refused save as raw provider text (``commitErrors()``) and a missing right by not
letting the layer be edited at all; both are turned here into the refusal messages of
:mod:`.errors`, which name the missing right and the group roles that hold it. Layers of other
providers get None: the caller shows what QGIS said.
"""
from __future__ import annotations

import getpass
import os
from typing import Optional

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from .errors import describe_commit_errors, refusal

PROVIDER = "postgres"


def is_shared(layer: QgsVectorLayer) -> bool:
    return layer is not None and layer.providerType() == PROVIDER


def layer_login(layer: QgsVectorLayer) -> str:
    """The login ``layer`` connects as: its authentication configuration's, its URI's, or libpq's default."""
    uri = QgsDataSourceUri(layer.source())
    expanded = QgsDataSourceUri(uri.connectionInfo(True))
    return expanded.username() or uri.username() or os.environ.get("PGUSER") or getpass.getuser()


def explain_commit(layer: QgsVectorLayer) -> Optional[str]:
    """The refusal behind the layer's failed commit, or None (another provider, or no refusal by a right)."""
    if not is_shared(layer):
        return None
    table = QgsDataSourceUri(layer.source()).table()
    return describe_commit_errors(list(layer.commitErrors()), table, layer_login(layer))


def explain_no_edit(layer: QgsVectorLayer, privilege: str) -> Optional[str]:
    """Why the layer cannot be edited for ``privilege`` (INSERT, UPDATE, DELETE): the right the login
    lacks; None for another provider."""
    if not is_shared(layer):
        return None
    return refusal("", "", QgsDataSourceUri(layer.source()).table(), privilege, layer_login(layer))
