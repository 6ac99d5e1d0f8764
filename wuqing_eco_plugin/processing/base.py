# SPDX-License-Identifier: GPL-2.0-or-later
"""What the boundary-marker algorithms share: their group and how QGIS makes new instances."""
from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm

from ..toolbelt.i18n import tr


class MarkerAlgorithm(QgsProcessingAlgorithm):
    def group(self) -> str:
        return tr("Boundary markers")

    def groupId(self) -> str:  # noqa: N802 - QGIS override
        return "markers"

    def createInstance(self):  # noqa: N802
        return type(self)()
