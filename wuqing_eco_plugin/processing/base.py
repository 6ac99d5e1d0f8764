# SPDX-License-Identifier: GPL-2.0-or-later
"""What every algorithm of the provider shares: its group, by id, how QGIS makes new instances, and
how a refused feature stops the run."""
from __future__ import annotations

import functools
import re

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProviderRegistry,
)

from ..domain.errors import WuqingError
from ..layers.outputs import OutputError, check_output
from ..toolbelt.i18n import QT_TR_NOOP, tr

_PROVIDER_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9_]+:")

#: Group id → name (translated when asked for).
GROUPS = {
    "data": QT_TR_NOOP("Data"),
    "analysis": QT_TR_NOOP("Analysis"),
    "markers": QT_TR_NOOP("Boundary markers"),
    "ledger": QT_TR_NOOP("Case ledger"),
    "drawings": QT_TR_NOOP("Drawings"),
    "field": QT_TR_NOOP("Field work"),
}


def _user_errors(process):
    """The plugin's own errors carry a message for the user (see domain/errors.py): Processing shows
    it as the run's error instead of a Python traceback."""
    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, feedback)
        except WuqingError as exc:
            raise QgsProcessingException(str(exc)) from exc
    return run


class WuqingAlgorithm(QgsProcessingAlgorithm):
    """A provider algorithm: subclasses set ``GROUP`` (a key of :data:`GROUPS`)."""

    GROUP = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _user_errors(cls.__dict__["processAlgorithm"])

    def group(self) -> str:
        return tr(GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802 - QGIS override
        return self.GROUP

    def createInstance(self):  # noqa: N802
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Every output file or folder is checked before the run: an unwritable one stops it at once,
        with a message naming it (not a traceback, or QGIS's "creation of data source failed", at the end)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        for definition in self.destinationParameterDefinitions():
            path = self._output_path(definition, parameters, context)
            if not path:
                continue
            try:
                check_output(path, folder=isinstance(definition, QgsProcessingParameterFolderDestination))
            except OutputError as exc:
                return False, str(exc)
        return True, ""

    def _output_path(self, definition, parameters, context) -> str:
        """The file or folder an output parameter writes to; "" for one that writes no file of ours
        (a memory layer, a database table, an optional output not asked for)."""
        name = definition.name()
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            return self.parameterAsString(parameters, name, context) or ""
        if isinstance(definition, QgsProcessingParameterFileDestination):
            return self.parameterAsFileOutput(parameters, name, context) or ""
        if isinstance(definition, QgsProcessingParameterFeatureSink):
            value = self.parameterAsOutputLayer(parameters, name, context) or ""
            if _PROVIDER_PREFIX.match(value):  # memory:, ogr:, postgres:// … (a drive letter is one letter)
                return ""
            return value.split("|")[0]
        return ""

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
