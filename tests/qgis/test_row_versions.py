# SPDX-License-Identifier: GPL-2.0-or-later
"""Ordinary QGIS 3.22 editing on two layers of one PostGIS table: the attribute table (its delegate,
as a cell edit does it), the feature form, Processing in place and vertex moves send the right
row_version once per save; a stale save is refused, kept in the edit buffer, found and resolved."""
from __future__ import annotations

import shutil

import pytest
from qgis.core import (
    QgsApplication,
    QgsDefaultValue,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayerCache,
)
from qgis.gui import (
    QgsAttributeEditorContext,
    QgsAttributeForm,
    QgsAttributeTableFilterModel,
    QgsAttributeTableModel,
    QgsAttributeTableView,
    QgsEditorWidgetWrapper,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QStyleOptionViewItem

from wuqing_eco_plugin.domain.audit import GEOMETRY_KEY
from wuqing_eco_plugin.domain.conflicts import STORED, buffer_values
from wuqing_eco_plugin.layers import project_layers, schema
from wuqing_eco_plugin.layers.audit_read import GpkgRowLog, row_log_for_layer
from wuqing_eco_plugin.layers.editing import attach_editing, editing_of
from wuqing_eco_plugin.layers.postgis.errors import describe_commit_errors
from wuqing_eco_plugin.services.change_log import conflict_rows
from wuqing_eco_plugin.toolbelt.settings import RECORDED_BY

S = "wuqing_eco"


@pytest.fixture
def zones(pg_db):
    """The zones table twice: the planning bureau's layer and the administrator's."""
    a, b = pg_db.layer("plan_zhao", "zones"), pg_db.layer("admin_li", "zones")
    assert a.isValid() and b.isValid()
    attach_editing(a, schema.ZONES)
    attach_editing(b, schema.ZONES)
    yield a, b
    for layer in (a, b):
        if layer.isEditable():
            layer.rollBack()


def _stored(db, layer, fid: int, *fields: str) -> tuple:
    """What the database holds for feature ``fid`` of ``layer`` (QGIS numbers features of a bigint key
    itself: the table's fid may differ)."""
    uid = layer.dataProvider().getFeatures(QgsFeatureRequest(fid)).__next__()["zone_uid"]
    return db.sql(f"SELECT {', '.join(fields)} FROM {S}.zones WHERE zone_uid = %s", params=(uid,))[0]


def _cell_edit(layer, canvas, fid: int, field: str, value) -> None:
    """Type ``value`` into a cell of the attribute table, as its editor and delegate write it."""
    cache = QgsVectorLayerCache(layer, 100)  # kept alive: the model does not own it
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    view = QgsAttributeTableView()
    filtered = QgsAttributeTableFilterModel(canvas, model)
    view.setModel(filtered)
    index = filtered.mapFromSource(model.index(model.idToIndex(fid).row(), layer.fields().indexOf(field)))
    editor = view.itemDelegate().createEditor(view.viewport(), QStyleOptionViewItem(), index)
    QgsEditorWidgetWrapper.fromWidget(editor).setValues(value, [])
    view.itemDelegate().setModelData(editor, filtered, index)
    del view, filtered, model, cache


def _form_edit(layer, fid: int, field: str, value) -> None:
    form = QgsAttributeForm(layer, layer.getFeature(fid), QgsAttributeEditorContext())
    form.changeAttribute(field, value)
    assert form.save()


def _in_place_translate(layer, fid: int, dx: float) -> None:
    from processing.gui.AlgorithmExecutor import execute_in_place_run

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("native:translategeometry")
    layer.selectByIds([fid])
    ok, _ = execute_in_place_run(algorithm, {"INPUT": layer, "DELTA_X": dx, "DELTA_Y": 0.0, "OUTPUT": "memory:"},
                                 QgsProcessingContext(), QgsProcessingFeedback(), raise_exceptions=True)
    assert ok
    layer.removeSelection()


def test_the_trap_a_default_applied_on_update_counts_every_change(pg_db):
    """Why the plugin does not use ``"row_version" + 1`` as a default applied on update: two cells
    changed before one save raise the version by 2, and the database refuses the save."""
    layer = pg_db.layer("plan_zhao", "zones")
    idx = layer.fields().indexOf(schema.ROW_VERSION)
    layer.setDefaultValueDefinition(idx, QgsDefaultValue('"row_version" + 1', True))
    fid = next(layer.getFeatures()).id()
    version = _stored(pg_db, layer, fid, "row_version")[0]
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("notes"), "一")
    layer.changeAttributeValue(fid, layer.fields().indexOf("legal_basis"), "二")
    assert layer.getFeature(fid)[schema.ROW_VERSION] == version + 2
    assert not layer.commitChanges()
    assert "wq_row_version" in "\n".join(layer.commitErrors())
    layer.rollBack()


def test_table_form_processing_and_vertex_edits_save_one_version(zones, pg_db, qgis_canvas, qgis_processing):
    a, _ = zones
    fid = next(a.getFeatures()).id()
    version, x0 = _stored(pg_db, a, fid, "row_version", "ST_XMin(geom)")
    assert a.startEditing()
    _cell_edit(a, qgis_canvas, fid, "notes", "表格中修改")
    _form_edit(a, fid, "legal_basis", "表单中修改")
    _in_place_translate(a, fid, 2.0)
    assert a.moveVertex(x0 + 2.0 + 0.5, a.getFeature(fid).geometry().vertexAt(0).y(), fid, 0)  # the vertex tool's call
    assert a.getFeature(fid)[schema.ROW_VERSION] == version  # nothing counted while editing
    assert a.commitChanges(), a.commitErrors()
    assert _stored(pg_db, a, fid, "row_version", "notes", "legal_basis") == (version + 1, "表格中修改", "表单中修改")
    assert _stored(pg_db, a, fid, "ST_XMin(geom)")[0] == pytest.approx(x0 + 2.0, abs=0.51)
    log = row_log_for_layer(a).entries(schema.ZONES, a.getFeature(fid)["zone_uid"])
    last = log[-1]
    assert (last.action, last.changed_by, last.row_version) == ("UPDATE", "plan_zhao", version + 1)
    assert {"notes", "legal_basis", GEOMETRY_KEY, schema.ROW_VERSION} <= set(last.new)


def test_a_stale_save_is_refused_kept_and_resolved_field_by_field(zones, pg_db):
    a, b = zones
    fa = next(a.getFeatures()).id()
    uid = a.getFeature(fa)["zone_uid"]
    fb = next(f.id() for f in b.getFeatures() if f["zone_uid"] == uid)  # each layer numbers its features
    version, name = _stored(pg_db, a, fa, "row_version", "name")
    assert a.startEditing() and b.startEditing()
    b.changeAttributeValue(fb, b.fields().indexOf("notes"), "管理员的备注")  # B starts first
    a.changeAttributeValue(fa, a.fields().indexOf("name"), "规划局改名")
    a.changeAttributeValue(fa, a.fields().indexOf("notes"), "规划局的备注")
    assert a.commitChanges()
    seen = []
    editing_of(b).versions.conflicted.connect(lambda layer, fids: seen.append((layer, fids)))
    assert not b.commitChanges()  # B's save would overwrite A's
    message = describe_commit_errors(b.commitErrors(), "zones", "admin_li")
    assert "was changed by someone else" in message and f"stored version {version + 1}" in message
    QCoreApplication.processEvents()
    assert seen == [(b, [fb])]
    assert b.isEditable() and b.getFeature(fb)["notes"] == "管理员的备注"  # nothing typed is lost
    base, mine, stored, stored_version = editing_of(b).versions.sides(fb)
    assert stored_version == version + 1 and mine["name"] == name == base["name"]
    entries = row_log_for_layer(b).entries(schema.ZONES, uid)
    rows = {r.conflict.field: r for r in conflict_rows(schema.ZONES, base, mine, stored, entries, "en")}
    assert set(rows) == {"name", "notes"}
    assert rows["notes"].mine == "管理员的备注" and rows["notes"].stored == "规划局的备注"
    assert rows["name"].conflict.default == STORED and rows["name"].changed.startswith("plan_zhao, ")
    editing_of(b).versions.resolve(fb, buffer_values([r.conflict for r in rows.values()], {}))
    assert b.commitChanges(), b.commitErrors()
    assert _stored(pg_db, a, fa, "row_version", "name", "notes") == (version + 2, "规划局改名", "管理员的备注")


def test_a_geopackage_logs_the_commits_of_the_plugins_layers(sample_gpkg, tmp_path, project):
    path = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, path)
    RECORDED_BY.write("测试记录人")
    try:
        loaded = project_layers.load_layers(project, path)
        red = loaded["red_zones"]
        zone = next(red.getFeatures())
        assert red.startEditing()
        red.changeAttributeValue(zone.id(), red.fields().indexOf("notes"), "一")
        red.changeAttributeValue(zone.id(), red.fields().indexOf("legal_basis"), "二")
        assert red.commitChanges()
    finally:
        RECORDED_BY.write("")
    assert red.getFeature(zone.id())[schema.ROW_VERSION] == zone[schema.ROW_VERSION] + 1
    entries = GpkgRowLog(path).entries(schema.ZONES, zone["zone_uid"])
    assert [(e.action, e.changed_by, e.row_version) for e in entries] == [("UPDATE", "测试记录人", 2)]
    assert entries[0].old["notes"] == zone["notes"] and entries[0].new == {"notes": "一", "legal_basis": "二",
                                                                            "row_version": 2,
                                                                            "updated_at": entries[0].new["updated_at"]}
    cases = GpkgRowLog(path).entries(schema.VIOLATIONS, next(loaded["violations"].getFeatures())["record_uid"])
    assert cases and cases[0].action == "INSERT"  # the sample's ledger was written through the ledger's store


def test_a_case_of_a_renamed_town_is_edited_after_the_rename_without_a_false_conflict(sample_gpkg, tmp_path,
                                                                                        project):
    """The rename moves the case one version up behind QGIS's back (the GeoPackage's trigger): the
    next edit of the case in the same session saves on top of it, with the new town kept."""
    path = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, path)
    loaded = project_layers.load_layers(project, path)
    towns, cases = loaded["towns"], loaded["violations"]
    case = next(f for f in cases.getFeatures() if f["town"] == "杨村街道")
    town = next(f for f in towns.getFeatures() if f["name"] == "杨村街道")
    assert towns.startEditing()
    towns.changeAttributeValue(town.id(), towns.fields().indexOf("name"), "杨村街道（新）")
    assert towns.commitChanges(), towns.commitErrors()
    renamed = cases.getFeature(case.id())
    assert (renamed["town"], renamed[schema.ROW_VERSION]) == ("杨村街道（新）", case[schema.ROW_VERSION] + 1)
    assert cases.startEditing()
    cases.changeAttributeValue(case.id(), cases.fields().indexOf("proposal"), "改名后继续办理")
    assert cases.commitChanges(), cases.commitErrors()
    stored = cases.getFeature(case.id())
    assert (stored["town"], stored["proposal"], stored[schema.ROW_VERSION]) == \
        ("杨村街道（新）", "改名后继续办理", case[schema.ROW_VERSION] + 2)
