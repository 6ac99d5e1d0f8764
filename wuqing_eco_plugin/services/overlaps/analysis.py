# SPDX-License-Identifier: GPL-2.0-or-later
"""The overlap analysis for QGIS: records as features, the project's ``overlaps`` table, a task.

The geometry work is :func:`domain.overlaps.analyze` (pure shapely); here its records become
features with the schema's fields and a summary in the user's language, and the analysis runs as a
QgsTask so QGIS stays responsive (zones are read on the main thread, the task touches no layer).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from operator import itemgetter
from typing import Iterator, Optional, Sequence

from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsTask, QgsVectorLayer

from ...domain.bulk import collector_paused
from ...domain.categories import CATEGORIES
from ...domain.codes import list_separator
from ...domain.departments import DEPARTMENTS
from ...domain.ids import uuid4_texts
from ...domain.overlaps.overlay import CancelledError
from ...domain.overlaps.pieces import AREA_FIELDS, NAME_SEPARATOR, Cover, OverlapRecord, analyze
from ...domain.rules import REASONS, ZoneInfo, resolve
from ...domain.zones import LINE_CLASSES, ZONE_TYPES, zone_label
from ...layers import schema
from ...layers.features import FeatureBuilder, FeatureFactory, FeatureTemplate, replace_all, to_python
from ...layers.fields import qgs_fields
from ...layers.geometry import from_wkb
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.log import get_logger
from ..zone_input import ZoneSet

_log = get_logger(__name__)


def labels(table, codes: Sequence[str], lang: str | None = None, sep: str | None = None) -> str:
    lang = lang or ui_language()
    return (sep or list_separator(lang)).join(table.label(c, lang) for c in codes if c)


def zone_line(record: OverlapRecord, lang: str | None = None) -> str:
    """The zones of a piece, each with its class and type: 北运河（红线区，河流）；…"""
    lang = lang or ui_language()
    return list_separator(lang, strong=True).join(zone_line_of(z, lang) for z in record.zones)


class Summaries:
    """Summaries of pieces (what applies and why) in one language. Thousands of pieces share a few
    kinds of rule and each zone's line, so those texts are made once (a zone's by the zone object:
    the records of one analysis share them)."""

    def __init__(self, lang: str | None = None):
        self.lang = lang or ui_language()
        self._count = tr("{n} zones: {zones}")
        self._separator = list_separator(self.lang, strong=True)
        self._zones: dict[int, tuple[ZoneInfo, str]] = {}
        self._rules: dict[tuple, str] = {}

    def _zone(self, zone: ZoneInfo) -> str:
        known = self._zones.get(id(zone))
        if known is None:  # the zone is kept with its text, so its id stays its own
            known = self._zones[id(zone)] = (zone, zone_line_of(zone, self.lang))
        return known[1]

    def rule(self, cover: Cover) -> str:
        """The part of a summary that follows from the cover's rule."""
        rule, lang = cover.rule, self.lang
        key = (rule.line_class, rule.reasons, rule.departments, rule.categories)
        text = self._rules.get(key)
        if text is None:
            text = self._rules[key] = "\n".join((
                tr("Effective class: {cls}").format(cls=LINE_CLASSES.label(cover.line_class, lang)),
                labels(REASONS, rule.reasons, lang, "；"),
                tr("Departments: {depts}").format(depts=labels(DEPARTMENTS, rule.departments, lang)),
                tr("Prohibited: {cats}").format(cats=labels(CATEGORIES, rule.categories, lang))))
        return text

    def of_cover(self, cover: Cover, rule: str | None = None) -> str:
        """The summary of ``cover``; ``rule``: the text of its rule, when the caller has it."""
        zones = self._separator.join([self._zone(z) for z in cover.zones])
        return self._count.format(n=len(cover.zones), zones=zones) + "\n" + (rule or self.rule(cover))

    def __call__(self, record: OverlapRecord) -> str:
        return self.of_cover(record.cover)


def zone_line_of(zone: ZoneInfo, lang: str) -> str:
    """北运河（红线区，河流）"""
    return zone_label(zone.name, zone.line_class, lang, zone.zone_type)


def summary(record: OverlapRecord, lang: str | None = None) -> str:
    """What applies on a piece and why, in the user's language."""
    return Summaries(lang)(record)


def overlap_fields() -> QgsFields:
    return qgs_fields(schema.OVERLAPS)


def record_geometry(record: OverlapRecord) -> QgsGeometry:
    return from_wkb(record.wkb, multi=True)


#: The fields that name a cover's zones (:meth:`Cover.own_values`) and its summary.
OWN_FIELDS = ("zone_names", "zone_uids", "deciding_uids", "summary")


class OverlapFeatures:
    """QgsFeatures of overlap records, made by ``builder``: a :class:`FeatureBuilder` for a Processing
    sink with the fields of :func:`overlap_fields`, or the ``overlaps`` layer's :class:`FeatureFactory`
    (any provider).

    Every field but a piece's uid and areas follows from its cover (zones, rule, the summary in the
    user's language), and most of them from the cover's kind (:meth:`Cover.kind`), so a template is
    made once per kind, copied once per distinct cover with the values naming its zones, and each
    piece is a copy of its cover's template given its uid, areas and geometry (WKB, parsed once by
    QGIS). The copies share the template's texts in memory (an edit buffer of 160 000 pieces holds
    them once per cover).
    """

    def __init__(self, builder: FeatureBuilder, at: dt.datetime | None = None):
        self.builder = builder
        self.at = at or dt.datetime.now().replace(microsecond=0)
        self.summaries = Summaries()
        self._copy = builder.copier((F.OVERLAP_UID, *AREA_FIELDS))
        self._copy_own = builder.copier((F.OVERLAP_UID, *AREA_FIELDS, *OWN_FIELDS))
        self._kinds: dict[tuple, tuple[FeatureTemplate, str]] = {}

    def _kind(self, cover: Cover) -> tuple[FeatureTemplate, str]:
        """The template of ``cover``'s kind (made once per kind) and the rule's summary."""
        key = cover.kind()
        kind = self._kinds.get(key)
        if kind is None:
            template = self.builder.template(dict(cover.kind_values(), analyzed_at=self.at))
            kind = self._kinds[key] = (template, self.summaries.rule(cover))
        return kind

    def _own(self, cover: Cover, rule: str) -> dict:
        """The values naming ``cover``'s zones (:data:`OWN_FIELDS`)."""
        values = cover.own_values()
        values["summary"] = self.summaries.of_cover(cover, rule)
        return values

    def _template(self, cover: Cover) -> FeatureTemplate:
        """The template of ``cover``: its kind's given the values naming its zones."""
        kind, rule = self._kind(cover)
        return self.builder.template(self._own(cover, rule), kind)

    def __call__(self, records: Sequence[OverlapRecord]) -> Iterator[QgsFeature]:
        """The features of ``records``, in their order. A cover's template is kept until its last
        piece is made (held for every cover at once, they cost 280 MB at 160 000 pieces); the piece
        of a cover with one piece (most covers of a crossing network) is a copy of its kind's
        template given the values naming its zones too."""
        left = Counter(record.cover for record in records)
        templates: dict[Cover, FeatureTemplate] = {}
        copy, copy_own, template_of, kind_of, own_of = self._copy, self._copy_own, self._template, self._kind, self._own
        own_fields = itemgetter(*OWN_FIELDS)
        for record, uid in zip(records, uuid4_texts()):
            cover = record.cover
            remaining = left[cover] - 1
            template = templates.get(cover)
            if template is None:
                if not remaining:
                    kind, rule = kind_of(cover)
                    yield copy_own(kind, (uid, *record.rounded_areas(), *own_fields(own_of(cover, rule))), record.wkb)
                    continue
                template = templates[cover] = template_of(cover)
            yield copy(template, (uid, *record.rounded_areas()), record.wkb)
            if remaining:
                left[cover] = remaining
            else:
                del templates[cover]


def load_records(layer: QgsVectorLayer, zones: Sequence[ZoneInfo]) -> list[OverlapRecord]:
    """The records of a stored ``overlaps`` layer, largest first, their rules resolved again from
    ``zones`` (a zone deleted since the analysis keeps its id and stored name)."""
    by_uid = {z.uid: z for z in zones}
    records = []
    for feature in layer.getFeatures():
        uids = [u for u in str(to_python(feature[F.ZONE_UIDS]) or "").split(",") if u]
        names = str(to_python(feature[F.ZONE_NAMES]) or "").split(NAME_SEPARATOR)
        covering = tuple(by_uid.get(uid) or ZoneInfo(uid, names[k] if k < len(names) else uid, "", "")
                         for k, uid in enumerate(uids))
        known = tuple(z for z in covering if z.zone_type in ZONE_TYPES and z.line_class in LINE_CLASSES)
        rule = resolve(known)
        records.append(OverlapRecord(Cover(covering, rule), float(to_python(feature[F.AREA_M2]) or 0.0),
                                     bytes(feature.geometry().asWkb())))
    records.sort(key=lambda r: -r.area_m2)
    return records


def replace_overlaps(layer: QgsVectorLayer, records: Sequence[OverlapRecord]) -> int:
    """Replace every feature of the ``overlaps`` layer by ``records`` in one edit session.

    Raises :class:`CommitError` (the layer is rolled back, the old overlaps stay) when it fails, and
    :class:`LayerBusyError` when the layer holds the user's unsaved edits.
    """
    with collector_paused():
        features = list(OverlapFeatures(FeatureFactory(layer, schema.OVERLAPS))(records))
        replace_all(layer, features)
    layer.triggerRepaint()
    return len(features)


class OverlapTask(QgsTask):
    """Runs :func:`analyze` off the main thread; ``records`` holds the result, ``error`` a failure."""

    def __init__(self, zones: ZoneSet, all_pieces: bool = False):
        super().__init__(tr("Overlap analysis (strictest rule)"), QgsTask.Flag.CanCancel)
        self.zones = zones
        self.all_pieces = all_pieces
        self.records: Optional[list[OverlapRecord]] = None
        self.error: Optional[str] = None

    def run(self) -> bool:
        try:
            self.records = analyze(self.zones.infos, self.zones.geometries, self.all_pieces,
                                   progress=lambda f: self.setProgress(100.0 * f), should_stop=self.isCanceled)
        except CancelledError:
            return False
        except Exception as exc:  # noqa: BLE001 - a task must report, never raise into QGIS's task manager
            _log.exception("overlap analysis failed")
            self.error = str(exc)
            return False
        return True
