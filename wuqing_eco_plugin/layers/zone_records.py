# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for zones: a ``zones`` feature becomes a domain ``ZoneInfo``; what is
wrong with the zones a reader was given (unknown codes, one zone_uid on two features)."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ..domain.errors import WuqingError
from ..domain.rules import ZoneInfo
from ..toolbelt.i18n import tr
from .features import field_value, text_value
from .gdal_errors import read_all
from .schema import F


class ZoneDataError(WuqingError, ValueError):
    """Zones the analyses cannot be right about (unknown type or class, one uid on two features):
    the run stops and the message names them."""

    @staticmethod
    def message(zones: list[tuple[str, ZoneInfo]]) -> str:
        """The user's message for ``zones``: (feature label, what was read) of each unknown one."""
        shown = ", ".join(f"{label} ({z.name or '-'}: {z.zone_type or '∅'} / {z.line_class or '∅'})"
                          for label, z in zones[:10]) + (" …" if len(zones) > 10 else "")
        return tr("{n} zones have an unknown zone type or line class (expected codes such as "
                  "river / red): {features}").format(n=len(zones), features=shown)


class DuplicateZoneError(ZoneDataError):
    """Two different features carry one zone_uid: keeping one would drop the other's area."""


def feature_label(fid: int, name: str) -> str:
    """How a message names a feature: its id and, when it has one, its name."""
    return tr("feature {fid}").format(fid=fid) + (f"（{name}）" if name else "")


class UidCheck:
    """Sees each zone_uid once. The same feature again (two layers over one table, e.g. the project's
    red and yellow views, or the table added twice) is passed over; a different feature with a uid
    already seen is a conflict that :meth:`check` raises, naming both features."""

    def __init__(self) -> None:
        # The geometry is kept as QGIS holds it (shared, not copied) and compared only when its uid
        # comes again: writing every zone's WKB to compare the few repeats cost a tenth of a read.
        self._seen: dict[str, tuple[int, Optional[QgsGeometry], str]] = {}
        self.conflicts: list[tuple[str, str, str]] = []

    def first(self, uid: Optional[str], fid: int, geometry: Optional[QgsGeometry], label: str) -> bool:
        """True when ``uid`` is new (or None: uid-less features are the readers' to report)."""
        if uid is None:
            return True
        seen = self._seen.get(uid)
        if seen is None:
            self._seen[uid] = (fid, geometry, label)
            return True
        if seen[0] != fid or _wkb(seen[1]) != _wkb(geometry):
            self.conflicts.append((uid, seen[2], label))
        return False

    def check(self) -> None:
        if self.conflicts:
            raise DuplicateZoneError(tr(
                "Two different features carry the same zone_uid, so one of them would be left out of "
                "every analysis: {pairs}. Give each zone its own zone_uid (or delete the copy).").format(
                pairs="；".join(f"{uid}: {a} / {b}" for uid, a, b in self.conflicts[:10])
                + (" …" if len(self.conflicts) > 10 else "")))


def _wkb(geometry: Optional[QgsGeometry]) -> bytes:
    return bytes(geometry.asWkb()) if geometry is not None and not geometry.isNull() else b""


def _flag(feature: QgsFeature, name: str) -> bool:
    return bool(field_value(feature, name))


def zone_info(feature: QgsFeature) -> ZoneInfo:
    return ZoneInfo(
        uid=text_value(feature, F.ZONE_UID) or f"fid:{feature.id()}",
        name=text_value(feature, F.NAME) or "",
        zone_type=text_value(feature, F.ZONE_TYPE) or "",
        line_class=text_value(feature, F.LINE_CLASS) or "",
        water_supply=_flag(feature, "water_supply"),
        nature_reserve=_flag(feature, "nature_reserve"),
        national_red_line=_flag(feature, "national_red_line"),
        road_belt=_flag(feature, "road_belt"),
        department=text_value(feature, F.DEPARTMENT),
        feature_code=text_value(feature, F.FEATURE_CODE) or "",
        data_status=text_value(feature, F.DATA_STATUS) or "",
    )


def each_zone_once(features: Iterable[QgsFeature]) -> Iterator[QgsFeature]:
    """``features`` less the repeats of a feature already seen (two views of one table); raises
    :class:`DuplicateZoneError` after the last one when two different features share a zone_uid.
    Features without a zone_uid all pass (the readers say what they do with them)."""
    uids = UidCheck()
    for feature in features:
        label = feature_label(feature.id(), text_value(feature, F.NAME) or "")
        if uids.first(text_value(feature, F.ZONE_UID), feature.id(), feature.geometry(), label):
            yield feature
    uids.check()


def iter_zones(layers: Sequence[QgsVectorLayer]) -> Iterator[tuple[ZoneInfo, QgsGeometry]]:
    """Every zone of ``layers`` with its geometry, each zone once even when two layers share a table."""
    features = [f for layer in layers for f in read_all(layer.getFeatures(QgsFeatureRequest()), layer.name())]
    for feature in each_zone_once(features):
        if feature.hasGeometry():
            yield zone_info(feature), QgsGeometry(feature.geometry())
