# SPDX-License-Identifier: GPL-2.0-or-later
"""The same rights through QGIS 3.22's postgres provider, as each department's login uses them:
layers open, edit where the role may, and a refused save is reported as refused, never as saved."""
from __future__ import annotations

import datetime as dt

from qgis.core import QgsGeometry, QgsPointXY, QgsVectorDataProvider, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDateTime

from wuqing_eco_plugin.layers.postgis.errors import describe_commit_errors

S = "wuqing_eco"
EDIT = QgsVectorDataProvider.ChangeAttributeValues
ADD = QgsVectorDataProvider.AddFeatures


def _features(layer) -> dict:
    return {f["record_no"]: f for f in layer.getFeatures()}


def _involving(db, dept: str, yes: bool) -> str:
    clause = f"(lead_department = '{dept}' OR '{dept}' = ANY (string_to_array(other_departments, ',')))"
    return db.sql(f"SELECT record_no FROM {S}.violations WHERE {'' if yes else 'NOT '}{clause} "
                  "ORDER BY record_no LIMIT 1")[0][0]


def _change(layer, feature, field: str, value) -> bool:
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    return layer.commitChanges()


def test_a_department_edits_its_cases_through_the_view_and_is_refused_the_others(pg_db):
    table = pg_db.layer("water_sun", "violations")
    assert not table.isValid()  # QGIS selects every column: private ones are not the department's to read
    layer = pg_db.layer("water_sun", "violations_shared")
    assert layer.isValid() and layer.featureCount() == 8
    assert layer.dataProvider().capabilities() & EDIT and layer.dataProvider().capabilities() & ADD
    assert not layer.dataProvider().capabilities() & QgsVectorDataProvider.DeleteFeatures
    assert not {"reporter_name", "responsible_party", "internal_notes"} & set(layer.fields().names())
    features = _features(layer)
    mine, other = _involving(pg_db, "water", True), _involving(pg_db, "water", False)
    assert _change(layer, features[mine], "proposal", "水务局：恢复岸线")
    assert not _change(layer, features[other], "proposal", "越权修改")
    errors = "\n".join(layer.commitErrors())
    assert f"case {other}: this login may not change it" in errors
    message = describe_commit_errors(layer.commitErrors(), "violations_shared", "water_sun")
    assert other in message and "departments that lead it" in message and "ERROR" not in message
    assert layer.isEditable()  # QGIS keeps the edit buffer: nothing typed is lost
    layer.rollBack()
    stored = dict(pg_db.sql(f"SELECT record_no, proposal FROM {S}.violations WHERE record_no IN (%s, %s)",
                            params=(mine, other)))
    assert stored[mine] == "水务局：恢复岸线" and stored[other] != "越权修改"


def test_a_new_case_from_a_qgis_form_gets_its_number_from_the_database(pg_db):
    layer = pg_db.layer("town_yangcun", "violations_shared")
    assert layer.isValid() and {f["town"] for f in layer.getFeatures()} == {"杨村街道"}
    idx = layer.fields().indexOf

    def create(town: str, when: dt.datetime):
        return QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromPointXY(QgsPointXY(505_000, 4_370_000)), {
            idx("discovered_at"): QDateTime(when), idx("source"): "patrol", idx("category"): "stockyard",
            idx("severity"): "B", idx("description"): "镇街巡查发现堆场", idx("lead_department"): "water",
            idx("town"): town})

    assert layer.startEditing()
    assert layer.addFeature(create("杨村街道", dt.datetime(2025, 12, 31, 23, 50)))  # Beijing time: still 2025
    assert layer.commitChanges(), layer.commitErrors()
    assert pg_db.sql(f"SELECT record_no, status, length(record_uid) FROM {S}.violations "
                     "WHERE discovered_at = '2025-12-31 23:50'") == [("WQ-2025-0001", "registered", 36)]
    assert layer.startEditing()
    assert layer.addFeature(create("河北屯镇", dt.datetime(2026, 11, 30, 9, 0)))  # another town's
    assert not layer.commitChanges()
    assert "row-level security" in "\n".join(layer.commitErrors())
    assert "only the cases of its own town" in describe_commit_errors(layer.commitErrors(), "violations_shared",
                                                                     "town_yangcun")
    layer.rollBack()
    assert pg_db.sql(f"SELECT last_seq FROM {S}.record_counters WHERE year = 2026") == [(8,)]  # no number lost


def test_each_role_gets_the_layers_it_may_edit_and_read_only_the_others(pg_db):
    def caps(login, relation, geometry="geom"):
        layer = pg_db.layer(login, relation, geometry)
        assert layer.isValid(), (login, relation, layer.dataProvider().error().message())
        return layer.dataProvider().capabilities()

    assert caps("plan_zhao", "zones") & EDIT and caps("plan_zhao", "markers") & ADD
    assert not caps("env_wang", "zones") & EDIT and not caps("water_sun", "markers") & EDIT
    assert caps("env_wang", "violations") & EDIT  # the ledger's keeper opens the table, private fields included
    assert "reporter_name" in pg_db.layer("env_wang", "violations").fields().names()
    assert not caps("viewer_qian", "violations_shared") & (EDIT | ADD)
    assert caps("public_web", "public_ledger") and not pg_db.layer("public_web", "violations_shared").isValid()
    assert not pg_db.layer("public_web", "zones").isValid()
    assert not pg_db.layer("nobody", "zones").isValid()
    history = pg_db.layer("admin_li", "violation_history", None)
    assert history.isValid() and not history.dataProvider().capabilities() & EDIT  # no role may rewrite it


def test_planning_edits_a_zone_in_qgis_and_env_cannot(pg_db):
    zones = pg_db.layer("plan_zhao", "zones")
    feature = next(zones.getFeatures())
    assert _change(zones, feature, "notes", "规划局勘界修正")
    env = pg_db.layer("env_wang", "zones")
    assert env.isValid() and not env.startEditing()
    assert pg_db.sql(f"SELECT notes FROM {S}.zones WHERE fid = %s", params=(feature.id(),)) == [("规划局勘界修正",)]


def test_history_edited_in_qgis_by_the_owner_is_refused(pg_db):
    history = pg_db.layer("postgres", "violation_history", None)
    feature = next(history.getFeatures())
    assert not _change(history, feature, "note", "改写")
    assert "append-only" in "\n".join(history.commitErrors())
    assert describe_commit_errors(history.commitErrors(), "violation_history", "postgres") == (
        "Case history is a history: its rows are never changed or deleted, by anyone.")
    history.rollBack()
    assert history.startEditing() and history.deleteFeature(feature.id())
    assert not history.commitChanges()
    history.rollBack()
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violation_history WHERE note = '改写'") == [(0,)]
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violation_history") == [(29,)]


def test_a_right_withdrawn_while_editing_is_named_in_the_refusal(pg_db):
    markers = pg_db.layer("plan_zhao", "markers")
    assert markers.dataProvider().capabilities() & ADD
    pg_db.sql(f"REVOKE INSERT ON {S}.markers FROM wq_planning")  # after QGIS read the layer's capabilities
    feature = QgsVectorLayerUtils.createFeature(markers, QgsGeometry.fromPointXY(QgsPointXY(505_000, 4_370_000)),
                                                {markers.fields().indexOf("marker_no"): "120114-T-0001"})
    assert markers.startEditing() and markers.addFeature(feature)
    assert not markers.commitChanges()
    message = describe_commit_errors(markers.commitErrors(), "markers", "plan_zhao")
    assert message.startswith("The login plan_zhao has no right to add rows to Boundary markers")
    assert "wq_admin, wq_planning" in message
    markers.rollBack()
    assert describe_commit_errors(["ERROR: 1 feature(s) not added.", "could not connect"], "markers", "x") is None
