# SPDX-License-Identifier: GPL-2.0-or-later
"""What every algorithm of the provider shares: its group, by id, how QGIS makes new instances, and
how a refused feature stops the run."""
from __future__ import annotations

from qgis.core import QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingException

from ..toolbelt.i18n import QT_TR_NOOP, tr

#: Group id → name (translated when asked for).
GROUPS = {
    "data": QT_TR_NOOP("Data"),
    "analysis": QT_TR_NOOP("Analysis"),
    "markers": QT_TR_NOOP("Boundary markers"),
    "ledger": QT_TR_NOOP("Case ledger"),
    "drawings": QT_TR_NOOP("Drawings"),
}


class WuqingAlgorithm(QgsProcessingAlgorithm):
    """A provider algorithm: subclasses set ``GROUP`` (a key of :data:`GROUPS`)."""

    GROUP = ""

    def group(self) -> str:
        return tr(GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802 - QGIS override
        return self.GROUP

    def createInstance(self):  # noqa: N802
        return type(self)()

    def add_feature(self, sink: QgsFeatureSink, feature, parameters, name: str) -> None:
        """Add ``feature`` to the sink of parameter ``name``, or stop with QGIS's own message."""
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))


class MarkerAlgorithm(WuqingAlgorithm):
    GROUP = "markers"
