# SPDX-License-Identifier: GPL-2.0-or-later
"""How every algorithm reads its zones: one source parameter into one :class:`ZoneSet`.

The source may be in any CRS, as long as it lies in Wuqing once in EPSG:4548 (else its CRS is
wrong and the run stops); QGIS's own validity check is skipped so that broken geometries reach
the plugin's repair (repaired and reported, never dropped); unknown zone types or classes and a
layer without zones stop the run with a message that names them.
"""
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
from ..layers.gdal_errors import read_all
from ..services.location import LocationError, check_source
from ..services.zone_input import ZoneDataError, ZoneSet, load_zones
from ..toolbelt.i18n import tr

#: Fields every zone input needs.
REQUIRED_FIELDS = ("zone_type", "line_class")
SKIP_CHECKS = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


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
    located(source, context)
    request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem(WORKING_CRS),
                                                    context.transformContext())
    return read_all(source.getFeatures(request, SKIP_CHECKS), source.sourceName())


def located(source, context) -> None:
    """Stop the run when ``source`` does not lie in Wuqing once in EPSG:4548 (its CRS is wrong)."""
    try:
        check_source(source, context.transformContext())
    except LocationError as exc:
        raise QgsProcessingException(str(exc)) from exc


def report_notes(notes, feedback) -> None:
    """Every repair and every skipped geometry goes to the log the user sees."""
    for note in notes:
        feedback.pushWarning(note.message())


def check_fields(source, name: str, required: tuple[str, ...] = REQUIRED_FIELDS) -> None:
    missing = [f for f in required if source.fields().indexOf(f) < 0]
    if missing:
        raise QgsProcessingException(tr("{layer} lacks the fields {fields}").format(
            layer=name, fields=", ".join(missing)))


def read_zone_set(alg: QgsProcessingAlgorithm, parameters, name: str, context, feedback,
                  require_uid: bool = False) -> ZoneSet:
    """The zones of source parameter ``name``, every repair reported. ``require_uid``: the zones must
    carry ``zone_uid`` (markers link to zones by it); those without are reported and left to the caller."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    check_fields(source, source.sourceName(), REQUIRED_FIELDS + (("zone_uid",) if require_uid else ()))
    try:
        zones = load_zones(source.getFeatures(QgsFeatureRequest(), SKIP_CHECKS), source.sourceCrs(),
                           context.transformContext(), source.sourceName())
    except (ZoneDataError, LocationError) as exc:
        raise QgsProcessingException(str(exc)) from exc
    report_notes(zones.notes, feedback)
    if require_uid and zones.without_uid:
        feedback.pushWarning(tr("{n} zones without zone_uid were left out").format(n=len(zones.without_uid)))
    usable = len(zones) - (len(zones.without_uid) if require_uid else 0)
    if usable == 0:
        raise QgsProcessingException(tr("The layer {layer} holds no zone with a polygon to work on").format(
            layer=source.sourceName()))
    return zones
