# SPDX-License-Identifier: GPL-2.0-or-later
"""What every algorithm of the provider shares: its group, by id, how QGIS makes new instances, and
how a refused feature stops the run."""
from __future__ import annotations

from qgis.core import QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingException, QgsProviderRegistry

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
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    @staticmethod
    def nothing_written(feedback) -> dict:
        """What a run cancelled before it made its outputs returns: no output at all, and the log says
        so. Outputs are made only once the work is done, so a cancel never leaves a partial one."""
        feedback.reportError(tr("Cancelled: nothing was written."), False)
        return {}

    def source_title(self, parameters, name: str, context) -> str:
        """How messages name the layer of source parameter ``name``: its name, and the table of a
        GeoPackage (a layer loaded from ``x.gpkg|layername=markers`` is called just ``x``)."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            source = self.parameterAsSource(parameters, name, context)
            return source.sourceName() if source is not None else name
        table = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("layerName")
        return f"{layer.name()} ({table})" if table and table != layer.name() else layer.name()


class MarkerAlgorithm(WuqingAlgorithm):
    GROUP = "markers"
