# SPDX-License-Identifier: GPL-2.0-or-later
"""Projects on the shared database open for every login: while the plugin runs, QGIS's path
preprocessor gives each layer of the plugin's schema the relation the login may read
(:class:`~...layers.postgis.sources.RelationChooser`), so a project saved by the environment bureau
opens for a department, a town or a viewer without broken layers."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsPathResolver, QgsProject

from ...layers.postgis.sources import RelationChooser
from ...toolbelt.log import get_logger

_log = get_logger(__name__)


class SharedLayerSources:
    def __init__(self, chooser: Optional[RelationChooser] = None):
        self.chooser = chooser or RelationChooser()
        self._id = QgsPathResolver.setPathPreprocessor(self._preprocess)
        QgsProject.instance().cleared.connect(self.chooser.clear)  # rights are asked again per project

    def _preprocess(self, source: str) -> str:
        try:
            return self.chooser(source)
        except Exception:  # noqa: BLE001 - reading a project must never fail here: QGIS reports the layer
            _log.exception("cannot choose the relation of %s", source.split(" table=")[-1])
            return source

    def unload(self) -> None:
        if self._id is not None:
            QgsPathResolver.removePathPreprocessor(self._id)
            self._id = None
            QgsProject.instance().cleared.disconnect(self.chooser.clear)
