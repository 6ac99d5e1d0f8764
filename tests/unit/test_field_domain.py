# SPDX-License-Identifier: GPL-2.0-or-later
"""Field packages without QGIS: which packages a sync may read, which towns, what a marker's
states decide, the phone's time, photo paths, fingerprints."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain.admin import split_names
from wuqing_eco_plugin.domain.field.package import (
    FORMAT_VERSION,
    PACKAGE_PROBLEMS,
    PackageInfo,
    Town,
    choose_towns,
    compatibility,
)
from wuqing_eco_plugin.domain.field.sync import (
    OUTCOMES,
    REASONS,
    SyncItem,
    SyncReport,
    discovery_time,
    marker_action,
    package_photo,
    reason_label,
    state_hash,
)

TOWNS = [Town("杨村街道", "120114001"), Town("王庆坨镇", "120114114"), Town("河西务镇", "120114109")]


def _info(**kw) -> PackageInfo:
    base = dict(package_uid="p", purpose="patrol", format_version=FORMAT_VERSION, district_code="120114",
                district_name="武清区", towns=(TOWNS[1],), patrol="巡查一组", created_at=dt.datetime(2026, 12, 1, 9),
                source="office.gpkg")
    return PackageInfo(**{**base, **kw})


def test_towns_are_chosen_by_name_or_code_in_the_stores_order():
    chosen, unknown = choose_towns(["120114109", "杨村街道", "不存在镇"], TOWNS)
    assert chosen == [TOWNS[0], TOWNS[2]] and unknown == ["不存在镇"]
    assert choose_towns([], TOWNS) == (TOWNS, [])


def test_town_lists_typed_by_hand_split_on_commas_and_dunhao():
    assert split_names("王庆坨镇、杨村街道, 120114109；\n") == ["王庆坨镇", "杨村街道", "120114109"]
    assert split_names(["王庆坨镇", " "]) == ["王庆坨镇"] and split_names(None) == []


def test_a_package_of_another_district_or_format_is_refused():
    assert compatibility(_info(), "120114") == ()
    assert compatibility(_info(district_code="110105"), "120114") == ("district",)
    assert compatibility(_info(format_version=FORMAT_VERSION + 1), "120114") == ("format",)
    assert compatibility(_info(purpose="picnic", towns=()), "") == ("purpose", "no_towns")
    # A store without a district cannot tell: the package is not held against it.
    assert compatibility(_info(), "") == ()
    assert all(PACKAGE_PROBLEMS.label(c, "zh") != c for c in ("format", "district", "purpose", "no_towns"))


def test_a_package_covers_only_its_towns():
    info = _info()
    assert info.covers("王庆坨镇") and not info.covers("杨村街道") and not info.covers(None)


@pytest.mark.parametrize("field_now, office_now, applied, expected", [
    ("F0", "O0", False, "unchanged"),  # nothing done in the field: the office's edits are its own
    ("F0", "O1", False, "unchanged"),
    ("F1", "O0", False, "apply"),
    ("F1", "O1", False, "conflict"),  # both changed: never overwritten
    ("F1", "O1", True, "already"),  # the office holds the field's state already (a lost log)
    ("F1", None, False, "conflict"),  # deleted at the office
])
def test_what_a_sync_does_with_a_marker(field_now, office_now, applied, expected):
    assert marker_action(field_now, "F0", office_now, "O0", applied) == expected


def test_the_phones_time_is_truncated_and_never_later_than_the_sync():
    now = dt.datetime(2026, 12, 3, 10, 0, 0, 500)
    assert discovery_time(dt.datetime(2026, 12, 3, 9, 15, 7, 987_654), now) == (dt.datetime(2026, 12, 3, 9, 15, 7),
                                                                               False)
    assert discovery_time(dt.datetime(2026, 12, 3, 11, 0), now) == (dt.datetime(2026, 12, 3, 10, 0), True)
    assert discovery_time(None, now) == (None, False)


def test_photos_must_be_files_inside_the_package(tmp_path):
    package = tmp_path / "pkg"
    (package / "DCIM").mkdir(parents=True)
    (package / "DCIM" / "a.jpg").write_bytes(b"jpeg")
    (tmp_path / "outside.jpg").write_bytes(b"jpeg")
    assert package_photo(package, "DCIM/a.jpg") == ((package / "DCIM" / "a.jpg").resolve(), None)
    assert package_photo(package, "DCIM\\a.jpg")[1] is None  # written on Windows
    assert package_photo(package, "../outside.jpg") == (None, "photo_outside")
    assert package_photo(package, str(tmp_path / "outside.jpg")) == (None, "photo_outside")
    assert package_photo(package, "C:/photos/a.jpg") == (None, "photo_outside")
    assert package_photo(package, "DCIM/b.jpg") == (None, "photo_missing")


def test_fingerprints_ignore_order_and_sub_second_noise():
    a = {"status": "buried", "geometry": (1.0, 2.0), "at": dt.datetime(2026, 1, 1, 9, 0, 0, 1)}
    b = {"at": dt.datetime(2026, 1, 1, 9, 0, 0), "geometry": (1.0, 2.0), "status": "buried"}
    assert state_hash(a) == state_hash(b)
    assert state_hash({**a, "status": "damaged"}) != state_hash(a)


def test_reports_count_outcomes_and_label_every_reason():
    report = SyncReport()
    report.add(SyncItem("case", "u1", "填埋", "new_case", record_no="WQ-2026-0009"))
    report.add(SyncItem("case", "u2", "捕鸟", "rejected", ("category_not_here",)))
    assert report.counts() == {"new_case": 1, "updated_marker": 0, "conflict": 0, "rejected": 1, "already": 0}
    assert set(report.counts()) == set(OUTCOMES.codes())
    assert reason_label("category_not_here", "zh") == "该类别不属于所涉区域的禁止事项"  # the record dialog's
    for code in REASONS.codes():
        assert reason_label(code, "en") and reason_label(code, "zh") != reason_label(code, "en")
