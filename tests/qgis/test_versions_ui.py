# SPDX-License-Identifier: GPL-2.0-or-later
"""Conflicts reach the user as the conflict view — a zone saved from QGIS, a case's status change,
a marker moved with the survey tool or saved from its form — and 修改记录… shows a record's history
in Chinese and writes an earlier version back, through the plugin as a user meets them."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from qgis.core import QgsPointXY
from qgis.gui import QgsActionMenu, QgsGui, QgsMapLayerAction
from qgis.PyQt.QtCore import QCoreApplication

from wuqing_eco_plugin.domain.audit import GEOMETRY_KEY
from wuqing_eco_plugin.domain.conflicts import MINE, STORED
from wuqing_eco_plugin.domain.ledger.cases import CASE_STATUSES
from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.layers.forms import configure_layer
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.layers.project_layers import ROLE_PROPERTY
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.markers import history as marker_history
from wuqing_eco_plugin.services.markers.survey import BoundaryHit
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.toolbelt.i18n import tr
from wuqing_eco_plugin.ui.ledger.status_dialog import StatusDialog
from wuqing_eco_plugin.ui.markers import feature as markers_ui
from wuqing_eco_plugin.ui.markers.marker_form import MarkerForm
from wuqing_eco_plugin.ui.versions import history_dialog, resolve
from wuqing_eco_plugin.ui.versions.feature import VersionsFeature

S = "wuqing_eco"
TABLES = {"red_zones": schema.ZONES, "markers": schema.MARKERS, "marker_history": schema.MARKER_HISTORY}


def _feature(plugin, kind):
    return next(f for f in plugin.features if isinstance(f, kind))


def _pg_layers(db, login: str, project, roles=("red_zones", "markers", "marker_history")) -> dict:
    """The plugin's layers on the shared database, as the plugin loads them (role, forms)."""
    out = {}
    for role in roles:
        table = TABLES[role]
        layer = db.layer(login, table.name, schema.GEOMETRY_COLUMN if table.geometry else None)
        if role == "red_zones":
            assert layer.setSubsetString("\"line_class\" = 'red'")
        configure_layer(layer, table)
        layer.setCustomProperty(ROLE_PROPERTY, role)
        project.addMapLayer(layer)
        out[role] = layer
    return out


@pytest.fixture
def answers(monkeypatch):
    """Answer the conflict view: ``choices`` per field (default: the dialog's), seen dialogs kept."""
    state = {"choices": {}, "seen": [], "accept": True}

    def ask(dialog):
        state["seen"].append(dialog)
        for field, choice in state["choices"].items():
            if field in dialog.fields():
                dialog.set_choice(field, choice)
        return state["accept"]

    monkeypatch.setattr(resolve, "ask", ask)
    return state


def _other_user(db, sql: str, params=()) -> None:
    db.sql(sql, "admin_li", params=params)


def test_a_zone_saved_over_anothers_change_opens_the_conflict_view(plugin, pg_db, project, answers):
    mine = _pg_layers(pg_db, "plan_zhao", project, ("red_zones",))["red_zones"]
    zone = next(mine.getFeatures())
    assert mine.startEditing()
    mine.changeAttributeValue(zone.id(), mine.fields().indexOf("notes"), "规划局的备注")
    mine.changeAttributeValue(zone.id(), mine.fields().indexOf("legal_basis"), "规划局的依据")
    _other_user(pg_db, f"UPDATE {S}.zones SET notes = '管理员的备注', name = '管理员改名', "
                       "row_version = row_version + 1 WHERE fid = %s", (zone["fid"],))
    answers["choices"] = {"notes": STORED}
    assert not mine.commitChanges()  # as QGIS's save button: refused, then the view opens
    QCoreApplication.processEvents()
    [dialog] = answers["seen"]
    rows = {r.conflict.field: r for r in dialog.rows}
    assert {f: r.conflict.default for f, r in rows.items()} == {"notes": MINE, "name": STORED, "legal_basis": MINE}
    assert rows["name"].changed.startswith("admin_li, ") and rows["legal_basis"].changed == ""
    assert "admin_li" in dialog.message.text()
    assert pg_db.sql(f"SELECT notes, name, legal_basis, row_version FROM {S}.zones WHERE fid = %s",
                     params=(zone["fid"],)) == [("管理员的备注", "管理员改名", "规划局的依据", zone["row_version"] + 2)]
    assert not mine.isEditable()


def test_cancelling_the_conflict_view_keeps_every_value(plugin, pg_db, project, answers):
    mine = _pg_layers(pg_db, "plan_zhao", project, ("red_zones",))["red_zones"]
    zone = next(mine.getFeatures())
    assert mine.startEditing()
    mine.changeAttributeValue(zone.id(), mine.fields().indexOf("notes"), "尚未保存")
    _other_user(pg_db, f"UPDATE {S}.zones SET name = '别人改的', row_version = row_version + 1 WHERE fid = %s",
                (zone["fid"],))
    answers["accept"] = False
    assert not mine.commitChanges()
    QCoreApplication.processEvents()
    assert answers["seen"] and mine.isEditable() and mine.getFeature(zone.id())["notes"] == "尚未保存"
    mine.rollBack()


def _store(db, login):
    return LedgerStore(PostgisLedgerStorage(db.dsn(login)))


@pytest.mark.parametrize("keep, saved", [("referred_police", True), ("dismissed", False)])
def test_a_status_change_meets_anothers_and_the_rules_apply_to_the_merge(pg_db, answers, keep, saved):
    uid = pg_db.sql(f"SELECT record_uid FROM {S}.violations WHERE status = 'registered' LIMIT 1")[0][0]
    store = _store(pg_db, "env_wang")
    dialog = StatusDialog(store.record(uid), lambda **v: store.change_status(uid, **v), by="王环保",
                          changes=lambda: store.changes(uid))
    dialog.set_status(keep)
    dialog.noteEdit.setPlainText("现场核查后移送" if keep == "referred_police" else "举报不属实")
    # the administrator's step happened before the user's (a step earlier than the last one is refused)
    _store(pg_db, "admin_li").change_status(uid, "verified", "李管理", "已核实",
                                            at=dialog.values()["at"] - dt.timedelta(minutes=5))
    answers["choices"] = {"status": MINE}
    dialog.accept()
    [view] = answers["seen"]
    status = next(r for r in view.rows if r.conflict.field == "status")
    assert (status.conflict.mine, status.conflict.stored) == (keep, "verified")
    history = [r[0] for r in pg_db.sql(f"SELECT to_status FROM {S}.violation_history WHERE record_uid = %s "
                                       "ORDER BY changed_at, history_uid", params=(uid,))]
    if saved:  # from the stored status the user's step is allowed: saved on the stored version
        assert dialog.result() == dialog.Accepted, (dialog.problemsLabel.text(), dialog.errorLabel.text())
        assert history[-2:] == ["verified", "referred_police"]
    else:  # a dismissal may not follow verification: nothing saved, the dialog keeps what was typed
        assert dialog.result() != dialog.Accepted and history[-1] == "verified"
        assert dialog.new_status() is None and "not allowed" in dialog.problemsLabel.text()
        assert dialog.noteEdit.toPlainText() == "举报不属实" and dialog.byEdit.text() == "王环保"


def test_a_marker_moved_while_the_survey_tool_asked_is_a_conflict(plugin, pg_db, project, answers, monkeypatch):
    layers = _pg_layers(pg_db, "plan_zhao", project)
    markers, red = layers["markers"], layers["red_zones"]
    marker = next(markers.getFeatures())
    zone = next(red.getFeatures())
    point = QgsPointXY(marker.geometry().asPoint().x() + 3.0, marker.geometry().asPoint().y())

    def confirm_while_another_moves_it(*_args):
        _other_user(pg_db, f"UPDATE {S}.markers SET geom = ST_Translate(geom, 0, 7), row_version = row_version + 1 "
                           "WHERE fid = %s", (marker["fid"],))
        return True

    monkeypatch.setattr(markers_ui, "confirm", confirm_while_another_moves_it)
    answers["choices"] = {GEOMETRY_KEY: MINE}
    try:
        _feature(plugin, markers_ui.MarkersFeature).drag_marker(
            marker.id(), BoundaryHit(point, red, zone.id(), "segment", 0.5))
        [view] = answers["seen"]
        assert {r.conflict.field for r in view.rows} == {GEOMETRY_KEY}
        assert view.rows[0].changed.startswith("admin_li")
        x, y, version = pg_db.sql(f"SELECT ST_X(geom), ST_Y(geom), row_version FROM {S}.markers WHERE fid = %s",
                                  params=(marker["fid"],))[0]
        assert (x, y) == pytest.approx((point.x(), point.y())) and version == marker["row_version"] + 2
        moves = pg_db.sql(f"SELECT changed_by FROM {S}.audit_log WHERE table_name = 'marker_history' "
                          "AND new_values ->> 'marker_uid' = %s", params=(marker["marker_uid"],))
        assert moves == [("plan_zhao",)]  # the move kept in the marker's history, once
    finally:
        marker_history.detach_all()


def test_a_marker_form_saved_over_anothers_change_keeps_the_typing(plugin, pg_db, project, answers):
    markers = _pg_layers(pg_db, "plan_zhao", project, ("markers",))["markers"]
    marker = next(markers.getFeatures())
    form = MarkerForm(markers, None, lambda *a: None)
    dialog = form.open_existing(marker.id())
    dialog.attributeForm().changeAttribute("notes", "表单中的备注")
    _other_user(pg_db, f"UPDATE {S}.markers SET notes = '别人的备注', engraved_no = 'X-1', "
                       "row_version = row_version + 1 WHERE fid = %s", (marker["fid"],))
    dialog.accept()
    QCoreApplication.processEvents()
    [view] = answers["seen"]
    assert {r.conflict.field: r.conflict.default for r in view.rows} == {"notes": MINE, "engraved_no": STORED}
    assert pg_db.sql(f"SELECT notes, engraved_no FROM {S}.markers WHERE fid = %s", params=(marker["fid"],)) == [
        ("表单中的备注", "X-1")]


def test_change_history_is_offered_where_a_feature_is_met(plugin, sample_gpkg, tmp_path, project):
    path = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, path)
    loaded = open_project_data(project, path)
    registry = QgsGui.mapLayerActionRegistry()
    for role in ("red_zones", "yellow_zones", "markers", "violations"):
        actions = [a for a in registry.mapLayerActions(loaded[role], QgsMapLayerAction.SingleFeature)
                   if a.text() == "Change history…"]
        assert len(actions) == 1, role
    assert not [a for a in registry.mapLayerActions(loaded["towns"]) if a.text() == "Change history…"]
    feature = next(loaded["violations"].getFeatures())
    menu = QgsActionMenu(loaded["violations"], feature, "Feature")  # the identify results' and forms' menu
    assert "Change history…" in [a.text() for a in menu.actions()]


def test_history_in_chinese_and_restoring_a_version(plugin, sample_gpkg, tmp_path, project, zh_translator,
                                                     monkeypatch):
    path = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, path)
    loaded = open_project_data(project, path)
    cases = loaded["violations"]
    case = next(f for f in cases.getFeatures() if f["status"] != "registered")
    versions = _feature(plugin, VersionsFeature)
    dialog = versions.show_history(cases, case)
    assert dialog.items[-1].entry.action == "INSERT" and "新增" in dialog.items[-1].title
    status = tr(schema.VIOLATIONS.field("status").alias)
    assert status != "Status" and CASE_STATUSES.label("verified", "zh") == "已核查"
    status_changes = [c for item in dialog.items for c in item.changes if c[0] == status]
    assert (status, "已登记", "已核查") in status_changes  # field names and value labels in Chinese
    # closing and restoring are all it offers: nothing edits or deletes an entry of the log
    assert len(dialog.buttons.buttons()) == 2 and dialog.restore_button.text() == "恢复到此版本"
    dialog.close()

    red = loaded["red_zones"]
    zone = next(red.getFeatures())
    assert red.startEditing()
    red.changeAttributeValue(zone.id(), red.fields().indexOf("notes"), "改过的备注")
    red.changeAttributeValue(zone.id(), red.fields().indexOf("water_supply"), True)
    assert red.commitChanges()
    dialog = versions.show_history(red, red.getFeature(zone.id()))
    latest, before = dialog.items  # the version before the log began can be restored too
    assert before.entry.row_version == 1 and "修改记录开始之前" in before.title
    assert ("备注", zone["notes"], "改过的备注") in latest.changes
    assert (tr(schema.ZONES.field("water_supply").alias), "否", "是") in latest.changes
    dialog.select_version(latest.entry.row_version)
    assert not dialog.restore_button.isEnabled()  # the current version
    monkeypatch.setattr(history_dialog, "confirm", lambda *a: True)
    dialog.select_version(1)
    assert dialog.restore_selected(), dialog.status.text()
    restored = red.getFeature(zone.id())
    assert (restored["notes"], restored["water_supply"], restored["row_version"]) == (zone["notes"], False, 3)
    assert [i.entry.row_version for i in dialog.items] == [3, 2, 1]  # the restore is a new, logged version

    # a version missing from the log (changed outside the plugin) cannot be rebuilt, and says so
    from osgeo import gdal

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL(f"UPDATE zones SET row_version = 5 WHERE fid = {zone.id()}")
    ds = None
    red.dataProvider().reloadData()
    dialog = versions.show_history(red, red.getFeature(zone.id()))
    dialog.select_version(1)
    assert not dialog.restore_selected()
    assert "缺少该记录的第 5 版" in dialog.status.text()
    assert red.getFeature(zone.id())["row_version"] == 5


def test_a_restore_is_refused_when_the_record_changed_since_the_history_was_read(plugin, pg_db, project,
                                                                                monkeypatch):
    red = _pg_layers(pg_db, "plan_zhao", project, ("red_zones",))["red_zones"]
    zone = next(red.getFeatures())
    pg_db.sql(f"UPDATE {S}.zones SET notes = '第二版', row_version = row_version + 1 WHERE fid = %s", "plan_zhao",
              params=(zone["fid"],))
    dialog = _feature(plugin, VersionsFeature).show_history(red, red.getFeature(zone.id()))
    _other_user(pg_db, f"UPDATE {S}.zones SET notes = '第三版', row_version = row_version + 1 WHERE fid = %s",
                (zone["fid"],))
    monkeypatch.setattr(history_dialog, "confirm", lambda *a: True)
    dialog.select_version(zone["row_version"])
    assert not dialog.restore_selected()
    assert "changed by someone else" in dialog.status.text()
    assert pg_db.sql(f"SELECT notes FROM {S}.zones WHERE fid = %s", params=(zone["fid"],)) == [("第三版",)]
