# SPDX-License-Identifier: GPL-2.0-or-later
"""Features made in bulk: copies of a template of shared values are the features made one by one,
WKB goes straight into QGIS, and chunks reach the sink in order, written on a helper thread while the
next is made."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsVectorLayer
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon, box

from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.features import DuplicateValueError, FeatureFactory
from wuqing_eco_plugin.layers.sink_writing import add_features

X0, Y0 = 500_000.0, 4_360_000.0


@pytest.fixture
def gpkg(tmp_path):
    return storage.create_geopackage(tmp_path / "batches.gpkg")


SHARED = {"zone_count": 2, "zone_types": "river,wetland", "line_class": "red", "zone_names": "甲；乙",
          "zone_uids": "a,b", "departments": "water", "categories": "", "reasons": "red_wins",
          "nature_reserve": True, "water_supply_ban": False, "national_red_line": False,
          "deciding_uids": "a", "summary": "两个区域\n红线"}


def _same(a: QgsFeature, b: QgsFeature, skip=()) -> None:
    names = a.fields().names()
    assert names == b.fields().names()
    assert {n: a[n] for n in names if n not in skip} == {n: b[n] for n in names if n not in skip}
    assert bytes(a.geometry().asWkb()) == bytes(b.geometry().asWkb())


def test_a_copy_of_a_template_is_the_feature_made_one_by_one(gpkg):
    layer = QgsVectorLayer(storage.uri(gpkg, "overlaps"), "overlaps", "ogr")
    make = FeatureFactory(layer, schema.OVERLAPS)
    shared = dict(SHARED, analyzed_at=dt.datetime(2026, 12, 3, 12, 30, 5))
    template, copy = make.template(shared), make.copier(("overlap_uid", "area_m2"))
    for k in range(3):
        own = (f"00000000-0000-4000-8000-00000000000{k}", 100.0 + k)
        geometry = box(X0, Y0, X0 + 10 + k, Y0 + 10).wkb
        copied = copy(template, own, geometry)
        one = FeatureFactory(layer, schema.OVERLAPS)({**shared, "overlap_uid": own[0], "area_m2": own[1],
                                                     "geometry": geometry})
        _same(copied, one)
        assert copied.geometry().wkbType() == 6 and copied["area_mu"].isNull()
        assert copied["analyzed_at"].toPyDateTime() == shared["analyzed_at"]
    with pytest.raises(DuplicateValueError):  # UNIQUE holds for copies too
        copy(template, ("00000000-0000-4000-8000-000000000001", 1.0), None)
    with pytest.raises(KeyError, match="no_such_field"):
        make.copier(("overlap_uid", "no_such_field"))


def test_a_template_does_not_skip_a_default_applied_on_update(gpkg):
    layer = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    make = FeatureFactory(layer, schema.TOWNS)
    template = make.template({"kind": "town", "area_m2": 1.0})
    feature = make.copier(("name", "code"))(template, ("镇", "120114999"), box(X0, Y0, X0 + 1000, Y0 + 1000))
    assert feature["area_m2"] == pytest.approx(1_000_000)  # $area of the geometry, not the value given
    assert feature["data_status"] == "official" and feature["kind"] == "town"


def test_a_copy_is_made_only_when_no_default_has_to_be_worked_out(gpkg, monkeypatch):
    layer = QgsVectorLayer(storage.uri(gpkg, "overlaps"), "overlaps", "ogr")
    make = FeatureFactory(layer, schema.OVERLAPS)
    one_by_one = []
    original = FeatureFactory.__call__
    monkeypatch.setattr(FeatureFactory, "__call__", lambda self, record: one_by_one.append(record) or
                        original(self, record))
    copy = make.copier(("overlap_uid", "area_m2"))
    given = make.template(dict(SHARED, analyzed_at=dt.datetime(2026, 12, 3, 12)))
    copied = copy(given, ("00000000-0000-4000-8000-000000000009", 2.0), None)
    assert one_by_one == [] and copied["zone_count"] == 2 and copied["analyzed_at"].date().year() == 2026
    missing = make.template(SHARED)  # analyzed_at: the default expression now(), worked out per feature
    made = copy(missing, ("00000000-0000-4000-8000-000000000008", 2.0), None)
    assert len(one_by_one) == 1 and not made["analyzed_at"].isNull()
    copy(given, ("00000000-0000-4000-8000-000000000007", None), None)
    assert len(one_by_one) == 1  # area_m2 has no default expression: a NULL given stays a copy
    copy(given, (None, 3.0), None)  # the uid's default expression: one by one
    assert len(one_by_one) == 2


def test_a_template_made_on_another_gives_the_feature_made_one_by_one(gpkg):
    """The overlap pieces' templates: one per kind of rule, then one per cover made on it; a copy of
    either is the feature made one by one, also when a default has to be worked out per feature."""
    layer = QgsVectorLayer(storage.uri(gpkg, "overlaps"), "overlaps", "ogr")
    make = FeatureFactory(layer, schema.OVERLAPS)
    kind = {k: v for k, v in SHARED.items() if k not in ("zone_names", "zone_uids", "deciding_uids", "summary")}
    own = {k: SHARED[k] for k in ("zone_names", "zone_uids", "deciding_uids", "summary")}
    copy = make.copier(("overlap_uid", "area_m2"))
    at = dt.datetime(2026, 12, 3, 12, 30, 5)
    for n, (base, cover) in enumerate(((make.template(dict(kind, analyzed_at=at)), own),
                                       (make.template(kind), dict(own, analyzed_at=at)),
                                       (make.template(kind), own))):  # analyzed_at: now(), per feature
        template = make.template(cover, base)
        assert template.shared == {**base.shared, **cover}
        uid = f"00000000-0000-4000-8000-00000000010{n}"
        geometry = box(X0, Y0, X0 + 7, Y0 + 7).wkb
        copied = copy(template, (uid, 49.0), geometry)
        one = FeatureFactory(layer, schema.OVERLAPS)({**base.shared, **cover, "overlap_uid": uid, "area_m2": 49.0,
                                                     "geometry": geometry})
        _same(copied, one, skip=() if "analyzed_at" in template.shared else ("analyzed_at",))
        assert not copied["analyzed_at"].isNull()


def test_overlap_pieces_of_covers_with_one_and_with_several_pieces_are_the_features_made_one_by_one(gpkg):
    """A cover with one piece is copied from its kind's template given its zones' values with the
    piece's; one with several from a template of its own: both are what the layer makes one by one."""
    from wuqing_eco_plugin.domain.overlaps.pieces import analyze
    from wuqing_eco_plugin.domain.rules import ZoneInfo
    from wuqing_eco_plugin.services.overlaps.analysis import OverlapFeatures, Summaries

    zones = [ZoneInfo("a", "甲河", "river", "red"), ZoneInfo("b", "乙湿地", "wetland", "yellow"),
             ZoneInfo("c", "丙林带", "forest_belt", "yellow")]
    geometries = [box(X0, Y0, X0 + 100, Y0 + 10), box(X0 + 40, Y0 - 20, X0 + 50, Y0 + 30),  # a×b: one piece
                  box(X0, Y0 + 5, X0 + 30, Y0 + 50).difference(box(X0 + 10, Y0, X0 + 20, Y0 + 40))]  # a×c: two
    records = analyze(zones, geometries)
    covers = [r.cover.zone_uids for r in records]
    assert sorted(covers) == ["a,b", "a,c", "a,c"]
    layer = QgsVectorLayer(storage.uri(gpkg, "overlaps"), "overlaps", "ogr")
    at = dt.datetime(2026, 12, 3, 12, 30, 5)
    made = list(OverlapFeatures(FeatureFactory(layer, schema.OVERLAPS), at)(records))
    summaries = Summaries()
    for feature, record in zip(made, records):
        values = {**record.cover.values(), "summary": summaries.of_cover(record.cover, summaries.rule(record.cover)),
                  "analyzed_at": at, "overlap_uid": feature["overlap_uid"], "geometry": record.wkb,
                  **dict(zip(("area_m2", "area_ha", "area_mu"), record.rounded_areas()))}
        _same(feature, FeatureFactory(layer, schema.OVERLAPS)(values))


@pytest.mark.parametrize("geometry", [
    box(X0, Y0, X0 + 5, Y0 + 5),
    Polygon(box(X0, Y0, X0 + 9, Y0 + 9).exterior.coords, [box(X0 + 1, Y0 + 1, X0 + 2, Y0 + 2).exterior.coords]),
    MultiPolygon([box(X0, Y0, X0 + 1, Y0 + 1), box(X0 + 2, Y0, X0 + 3, Y0 + 1)]),
    Polygon([(X0, Y0, 1), (X0 + 1, Y0, 2), (X0 + 1, Y0 + 1, 3), (X0, Y0, 1)]),
])
@pytest.mark.parametrize("big_endian", [False, True])
def test_wkb_becomes_the_multipolygon_qgis_makes(geometry, big_endian):
    from wuqing_eco_plugin.layers.geometry import from_wkb

    data = wkb.dumps(geometry, big_endian=big_endian)
    expected = QgsGeometry()
    expected.fromWkb(data)
    single = QgsGeometry(expected)
    expected.convertToMultiType()
    assert bytes(from_wkb(data, multi=True).asWkb()) == bytes(expected.asWkb())
    assert bytes(from_wkb(data).asWkb()) == bytes(single.asWkb())


class RecordingSink(QgsFeatureSink):
    """A sink that keeps what it is given, in chunks, and the threads it was called on; refuses when
    told to, or fails with ``error`` at its second chunk."""

    def __init__(self, refuse_after: int = -1, error: Exception | None = None):
        super().__init__()
        self.features: list[QgsFeature] = []
        self.chunks: list[int] = []
        self.threads: set[int] = set()
        self.refuse_after, self.error = refuse_after, error

    def addFeature(self, feature, flags=None):  # noqa: N802 - QGIS override
        return self.addFeatures([feature], flags)

    def addFeatures(self, features, flags=None):  # noqa: N802
        self.threads.add(threading.get_ident())
        if self.error is not None and self.chunks:
            raise self.error
        if 0 <= self.refuse_after <= len(self.features):
            return False
        self.features.extend(features)
        self.chunks.append(len(features))
        return True


def _numbered(n: int, made_on: set | None = None):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=n:integer", "n", "memory")
    for k in range(n):
        if made_on is not None:
            made_on.add(threading.get_ident())
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        yield feature


def test_features_reach_the_sink_in_chunks_in_order_written_on_a_helper_thread():
    sink, seen, made_on = RecordingSink(), [], set()
    threads = threading.active_count()
    assert add_features(sink, _numbered(2_345, made_on), chunk=500, progress=seen.append)
    assert [f["n"] for f in sink.features] == list(range(2_345))
    assert sink.chunks == [500, 500, 500, 500, 345] and seen == [500, 1_000, 1_500, 2_000, 2_345]
    # made here while the sink writes the chunk before on one other thread, which is gone afterwards
    assert made_on == {threading.get_ident()} and len(sink.threads) == 1 and made_on.isdisjoint(sink.threads)
    assert threading.active_count() == threads


def test_an_error_of_the_sink_or_of_the_features_reaches_the_caller():
    failing = RecordingSink(error=OSError("disk full"))
    with pytest.raises(OSError, match="disk full"):
        add_features(failing, _numbered(3_000), chunk=500)
    assert failing.chunks == [500]

    def broken():
        yield from _numbered(700)
        raise ValueError("no such zone")

    sink, threads = RecordingSink(), threading.active_count()
    with pytest.raises(ValueError, match="no such zone"):
        add_features(sink, broken(), chunk=500)
    assert sink.chunks == [500]  # the chunk handed over before the error was written
    assert threading.active_count() == threads


def test_a_refusal_ends_the_writing():
    refusing = RecordingSink(refuse_after=1_000)
    assert not add_features(refusing, _numbered(3_000), chunk=500)
    assert len(refusing.features) == 1_000
