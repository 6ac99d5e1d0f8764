# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading the ZONES input of the marker algorithms: in EPSG:4548, invalid geometries repaired and said."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from ..domain.coordinates import WORKING_CRS
from ..layers.marker_records import ZoneSet
from ..toolbelt.i18n import tr


def source_features(alg: QgsProcessingAlgorithm, parameters, name: str, context,
                    required_field: str | None = None) -> list[QgsFeature] | None:
    """Features of a source parameter in EPSG:4548, GEOS validity left to us; None for an unset optional."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        if parameters.get(name) in (None, ""):
            return None
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    if required_field and source.fields().indexOf(required_field) < 0:
        raise QgsProcessingException(tr("The layer {layer} has no field {field}").format(
            layer=name, field=required_field))
    request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem(WORKING_CRS),
                                                    context.transformContext())
    return list(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks))


def read_zone_source(alg: QgsProcessingAlgorithm, parameters, name: str, context) -> list[QgsFeature]:
    features = source_features(alg, parameters, name, context, "zone_uid")
    if features is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return features


def warn(zones: ZoneSet, feedback) -> None:
    """Say what happened to zones on the way in; nothing is dropped silently."""
    push = getattr(feedback, "pushWarning", feedback.reportError)
    for name in zones.repaired:
        push(tr("Zone {} had an invalid geometry: it was repaired (makeValid) before use").format(name))
    if zones.without_geometry:
        push(tr("Zones without a polygon, left out: {}").format(", ".join(zones.without_geometry)))
    if zones.without_uid:
        push(tr("{n} zones without zone_uid were left out").format(n=zones.without_uid))
    if not zones.design:
        raise QgsProcessingException(tr("No zone with a polygon and a zone_uid to work on"))
