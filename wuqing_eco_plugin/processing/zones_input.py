# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading zone inputs: the marker algorithms' ZONES in EPSG:4548 (invalid geometries repaired and said),
the fields the overlap analysis and the screening need, and the notes they report."""
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
    push = feedback.pushWarning
    for name in zones.repaired:
        push(tr("Zone {} had an invalid geometry: it was repaired (makeValid) before use").format(name))
    if zones.without_geometry:
        push(tr("Zones without a polygon, left out: {}").format(", ".join(zones.without_geometry)))
    if zones.without_uid:
        push(tr("{n} zones without zone_uid were left out").format(n=zones.without_uid))
    if not zones.design:
        raise QgsProcessingException(tr("No zone with a polygon and a zone_uid to work on"))


#: Fields the overlap analysis and the screening need on their zones.
REQUIRED_FIELDS = ("zone_type", "line_class")


def report_notes(notes, feedback) -> None:
    """Every repair and every skipped geometry goes to the log the user sees."""
    for note in notes:
        feedback.pushWarning(note.message())


def check_fields(source, name: str) -> None:
    missing = [f for f in REQUIRED_FIELDS if source.fields().indexOf(f) < 0]
    if missing:
        raise QgsProcessingException(tr("{layer} lacks the fields {fields}").format(
            layer=name, fields=", ".join(missing)))
