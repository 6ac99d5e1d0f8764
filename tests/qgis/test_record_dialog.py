# SPDX-License-Identifier: GPL-2.0-or-later
"""The record dialog driven as a user would, without exec(): prefill, checks, saving, failures."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from osgeo import gdal
from qgis.PyQt.QtWidgets import QDialog

from wuqing_eco_plugin.domain.categories import CATEGORIES
from wuqing_eco_plugin.layers.geometry import to_shapely
from wuqing_eco_plugin.services.ledger.record_prefill import PlaceFinder
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.ledger import record_dialog
from wuqing_eco_plugin.ui.ledger.record_dialog import RecordDialog

NOW = dt.datetime(2026, 11, 29, 15, 0)


@pytest.fixture
def loaded(sample_gpkg, tmp_path, project):
    path = tmp_path / "data" / "ledger.gpkg"
    path.parent.mkdir()
    shutil.copy(sample_gpkg, path)
    return path, open_project_data(project, path)


@pytest.fixture
def finder(loaded):
    return PlaceFinder.from_layers(loaded[1].layers)


def _overlap_point(loaded):
    """A point where a river zone and a forest-belt zone overlap (found with shapely, independently)."""
    layers = loaded[1]
    zones = [(f["zone_type"], f["zone_uid"], to_shapely(f.geometry()))
             for role in ("red_zones", "yellow_zones") for f in layers[role].getFeatures()]
    for t1, u1, g1 in zones:
        for t2, u2, g2 in zones:
            if t1 == "river" and t2 == "forest_belt" and g1.intersects(g2):
                piece = g1.intersection(g2)
                if piece.area > 100:
                    p = piece.representative_point()
                    return p.x, p.y, {u1, u2}
    raise AssertionError("the sample has no river/forest-belt overlap")


def _dialog(place, store, **kw):
    return RecordDialog(place, lambda draft: store.save_new(draft, place), now=lambda: NOW, **kw)


def _fill(d):
    d.set_discovered_at(dt.datetime(2026, 11, 28, 9, 30))
    d.set_source("patrol")
    d.set_category(d.categories()[0])
    d.descriptionEdit.setPlainText("巡查发现河道岸线被填埋约三百平方米，现场有挖掘机作业。")
    d.responsibleEdit.setText("示例公司辛")
    d.reporterNameEdit.setText("示例举报人戊")
    d.reporterContactEdit.setText("000-0000-0042")
    d.recordedByEdit.setText("示例巡查员")


def test_prefilled_from_an_overlap_and_saved(loaded, finder, qgis_app):
    x, y, uids = _overlap_point(loaded)
    from qgis.core import QgsPointXY

    place = finder.at(QgsPointXY(x, y))
    assert uids <= {z.uid for z in place.zones}
    store = LedgerStore(loaded[0])
    d = _dialog(place, store)
    assert place.zones[0].name in d.zonesLabel.text() and d.townLabel.text() == place.town
    assert set(d.categories()) == set(place.categories())
    assert "forest_condition" in d.categories() and "shoreline_fill" in d.categories()
    assert not d.ok_button().isEnabled()
    assert "Choose the source" in d.problemsLabel.text() and "Enter a description" in d.problemsLabel.text()
    _fill(d)
    d.set_category("shoreline_fill")
    assert d.problems() == () and d.ok_button().isEnabled() and d.problemsLabel.text() == ""
    d.accept()
    assert d.result() == QDialog.Accepted and d.saved is not None
    record = store.record(d.saved.record_uid)
    assert set(record["zone_uids"].split(",")) == {z.uid for z in place.zones}
    assert record["line_class"] == place.rule.line_class and record["town"] == place.town
    assert record["description"].startswith("巡查发现河道岸线") and record["reporter_contact"] == "000-0000-0042"
    assert record["lead_department"] == "water" and "forestry" in record["other_departments"]


def test_categories_follow_the_zone_type(loaded, finder):
    layers = loaded[1]
    reserve = next(f for f in layers["red_zones"].getFeatures() if f["nature_reserve"])
    d = _dialog(finder.at(reserve.geometry().pointOnSurface().asPoint()), LedgerStore(loaded[0]))
    assert "poaching" in d.categories() and "shoreline_fill" not in d.categories()
    assert all(c in CATEGORIES for c in d.categories())


def test_severity_follows_and_can_only_be_raised_with_a_reason(loaded, finder):
    layers = loaded[1]
    yellow = next(f for f in layers["yellow_zones"].getFeatures() if f["zone_type"] == "forest_belt")
    place = finder.at(yellow.geometry().pointOnSurface().asPoint())
    d = _dialog(place, LedgerStore(loaded[0]))
    _fill(d)
    d.set_category("forest_condition")
    assert d.severities() == ["C", "B", "A"] and d.severityCombo.currentData() == "C"
    assert not d.severityReasonEdit.isEnabled()
    d.set_category("construction_yellow")
    assert d.severities() == ["B", "A"]  # B from the rule; C is not offered
    d.set_severity("A")
    assert d.severityReasonEdit.isEnabled() and not d.ok_button().isEnabled()
    assert "Give a reason" in d.problemsLabel.text()
    d.severityReasonEdit.setText("规模大，已造成林带毁坏")
    assert d.ok_button().isEnabled()


def test_impossible_values_keep_ok_disabled(loaded, finder):
    layers = loaded[1]
    zone = next(layers["red_zones"].getFeatures())
    d = _dialog(finder.at(zone.geometry().pointOnSurface().asPoint()), LedgerStore(loaded[0]))
    _fill(d)
    assert d.ok_button().isEnabled()
    d.set_discovered_at(NOW + dt.timedelta(days=1))
    assert not d.ok_button().isEnabled() and "future" in d.problemsLabel.text()
    d.set_discovered_at(dt.datetime(2026, 11, 28, 9, 30))
    d.set_deadline(dt.date(2026, 11, 1))
    assert not d.ok_button().isEnabled() and "deadline" in d.problemsLabel.text()
    d.set_deadline(dt.date(2026, 12, 31))
    d.recordedByEdit.setText("")
    assert not d.ok_button().isEnabled()
    d.accept()  # refused: nothing saved, dialog still open
    assert d.result() != QDialog.Accepted and d.saved is None


def test_outside_every_zone_needs_confirmation(loaded, finder):
    from qgis.core import QgsPointXY

    place = finder.at(QgsPointXY(497_000, 4_365_000))  # farmland between the zones
    assert place.outside
    store = LedgerStore(loaded[0])
    d = _dialog(place, store)
    d.show()
    assert d.outsideCheck.isVisible()
    _fill(d)
    d.set_category("sewage_discharge")
    assert d.problems() == ("outside_not_confirmed",) and not d.ok_button().isEnabled()
    d.outsideCheck.setChecked(True)
    d.accept()
    record = store.record(d.saved.record_uid)
    assert record["outside_zones"] is True and record["zone_uids"] is None and record["lead_department"] == "env"
    d.close()


def test_a_failed_commit_keeps_the_content_and_says_why(loaded, finder):
    ds = gdal.OpenEx(str(loaded[0]), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("CREATE TRIGGER test_fail BEFORE INSERT ON violation_history "
                  "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")
    ds = None
    zone = next(loaded[1]["red_zones"].getFeatures())
    store = LedgerStore(loaded[0])
    before = len(store.rows())
    d = _dialog(finder.at(zone.geometry().pointOnSurface().asPoint()), store)
    d.show()
    _fill(d)
    d.accept()
    assert d.isVisible() and d.result() != QDialog.Accepted
    assert "disk full (test)" in d.errorLabel.text() and "nothing was changed" in d.errorLabel.text()
    assert d.descriptionEdit.toPlainText().startswith("巡查发现") and d.responsibleEdit.text() == "示例公司辛"
    assert len(store.rows()) == before
    d.close()


def test_attachments_are_copied_with_safe_names(loaded, finder, tmp_path, monkeypatch):
    photo, doc = tmp_path / "现场照片 (1).JPG", tmp_path / "举报材料:原件?.pdf"
    photo.write_bytes(b"jpeg")
    doc.write_bytes(b"%PDF")
    monkeypatch.setattr(record_dialog, "choose_files", lambda parent: [str(photo), str(doc)])
    zone = next(loaded[1]["red_zones"].getFeatures())
    store = LedgerStore(loaded[0])
    d = _dialog(finder.at(zone.geometry().pointOnSurface().asPoint()), store)
    _fill(d)
    d.addAttachmentButton.click()
    assert d.attachments() == (str(photo), str(doc))
    d.accept()
    evidence = store.record(d.saved.record_uid)["evidence"].split(";")
    number = d.saved.record_no
    assert evidence == [f"attachments/{number}/现场照片_(1).jpg", f"attachments/{number}/举报材料_原件.pdf"]
    assert (loaded[0].parent / evidence[0]).read_bytes() == b"jpeg"


def test_chinese_dialog(loaded, finder, zh_translator, tmp_path):
    zone = next(f for f in loaded[1]["red_zones"].getFeatures() if f["name"] == "王庆坨水库")
    d = _dialog(finder.at(zone.geometry().pointOnSurface().asPoint()), LedgerStore(loaded[0]))
    assert d.windowTitle() == "登记违法违规问题"
    assert "王庆坨水库" in d.zonesLabel.text() and "红线区" in d.zonesLabel.text()
    assert d.categoryCombo.itemText(1) == CATEGORIES[d.categories()[0]].zh
    assert "请选择问题来源" in d.problemsLabel.text()
    d.resize(640, 860)
    assert d.grab().save(str(tmp_path / "record_dialog.png"))


def test_a_drawn_area_is_shown_and_the_dialog_fits_a_laptop(loaded, finder, tmp_path):
    from qgis.core import QgsPointXY

    x, y, _ = _overlap_point(loaded)
    place = finder.at(QgsPointXY(x, y))
    dialog = _dialog(place, LedgerStore(loaded[0]), area_m2=2500.0)
    assert "2,500.0 m²" in dialog.areaLabel.text() and "3.75 mu" in dialog.areaLabel.text()
    assert dialog.minimumSizeHint().height() < 400  # the form scrolls; OK and Cancel stay on screen
    plain = _dialog(place, LedgerStore(loaded[0]))
    assert not hasattr(plain, "areaLabel")
