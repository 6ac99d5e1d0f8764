# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin on the shared database, as each department's person uses it in QGIS: the project data
opened from a saved connection with an authentication configuration, the same layer group as on a
GeoPackage, and the tools unchanged — overlaps stored, cases recorded and moved along, the ledger
dock, reports — with the database's refusals shown in the user's language, nothing typed lost."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from checks import pdf_text, wait_until
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProject,
    QgsProviderRegistry,
    QgsRuleBasedRenderer,
)

from wuqing_eco_plugin.layers.data_source import PostgisSource
from wuqing_eco_plugin.layers.postgis.errors import PostgisError
from wuqing_eco_plugin.layers.project_layers import ROLES
from wuqing_eco_plugin.services.project_data import project_layers, project_source
from wuqing_eco_plugin.ui.ledger.feature import LedgerFeature
from wuqing_eco_plugin.ui.overlaps.feature import OverlapsFeature
from wuqing_eco_plugin.ui.project import source_dialog

S = "wuqing_eco"
PRIVATE = {"reporter_name", "reporter_contact", "responsible_party", "internal_notes"}


@pytest.fixture
def connect_as(pg_db):
    """Saved QGIS connections to the test's database, one per login, each with its own
    authentication configuration holding the login (the connection itself holds no user, no password)."""
    auth = QgsApplication.authManager()
    assert auth.masterPasswordIsSet() or auth.setMasterPassword("wuqing-test-master", True)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    made: list[tuple[str, str]] = []

    def connection(login: str, password_in_settings: bool = False) -> str:
        uri = QgsDataSourceUri()
        if password_in_settings:
            uri.setConnection(pg_db.cluster.host, str(pg_db.cluster.port), pg_db.name, login, "pw-in-settings")
            config_id = ""
        else:
            config = QgsAuthMethodConfig("Basic")
            config.setName(f"{login}@{pg_db.name}")
            config.setConfig("username", login)
            config.setConfig("password", "kept-by-qgis-auth")
            assert auth.storeAuthenticationConfig(config)[0]
            config_id = config.id()
            uri.setConnection(pg_db.cluster.host, str(pg_db.cluster.port), pg_db.name, "", "",
                              QgsDataSourceUri.SslDisable, config_id)
        name = f"武清共享库{len(made) + 1}"
        metadata.saveConnection(metadata.createConnection(uri.uri(False), {"savePassword": password_in_settings,
                                                                       "saveUsername": password_in_settings}),
                                name)
        made.append((name, config_id))
        return name

    yield connection
    QgsProject.instance().clear()
    for name, config_id in made:
        metadata.deleteConnection(name)
        if config_id:
            auth.removeAuthenticationConfig(config_id)


@pytest.fixture
def open_as(plugin, qgis_canvas, connect_as, monkeypatch, tmp_path):
    """Open the project data as ``login`` the way a user does: the menu's action, the dialog's
    shared-database choice, OK."""
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))  # map clicks in the working CRS
    def open_data(login: str):
        QgsProject.instance().clear()
        plugin.iface.messageBar().clear_messages()
        name = connect_as(login)

        seen = []

        def choose(parent):  # a slot: it must not raise, the test looks afterwards
            dialog = source_dialog.SourceDialog(parent)
            dialog.set_database(name, S, tmp_path)
            seen.append(dialog)
            return dialog.source() if dialog.ok_button().isEnabled() else None

        monkeypatch.setattr(source_dialog, "choose_source", choose)
        next(a for a in plugin.menu.actions() if a.text() == "Open or create project data…").trigger()
        [dialog] = seen
        assert dialog.ok_button().isEnabled(), dialog.messageLabel.text()
        assert QgsDataSourceUri(dialog.source().connection_info).authConfigId() in dialog.messageLabel.text()
        assert not plugin.iface.messageBar().get_messages(Qgis.Critical)
        return project_layers(QgsProject.instance())

    return open_data


def _feature(plugin, kind):
    return next(f for f in plugin.features if isinstance(f, kind))


def test_the_layer_group_loads_from_the_database_styled_with_forms_and_relations(open_as, pg_db, tmp_path):
    layers = open_as("env_wang")
    assert set(layers) == {r.role for r in ROLES}
    assert all(lyr.isValid() and lyr.providerType() == "postgres" for lyr in layers.values())
    red = layers["red_zones"]
    assert isinstance(red.renderer(), QgsRuleBasedRenderer) and red.labelsEnabled()
    assert {f["line_class"] for f in red.getFeatures()} == {"red"}
    zone_type = red.fields().indexOf("zone_type")
    assert red.editorWidgetSetup(zone_type).type() == "ValueMap" and red.attributeAlias(zone_type) == "Zone type"
    relations = QgsProject.instance().relationManager().relations()
    assert "violation_history_rel_violations" in relations and "zone_markers_rel_red_zones" in relations
    # The ledger's keeper opens the table itself, private fields included.
    assert QgsDataSourceUri(layers["violations"].source()).table() == "violations"
    assert PRIVATE <= set(layers["violations"].fields().names())
    assert not QgsProject.instance().autoTransaction()
    # The project remembers the database, never a user name or password.
    project = QgsProject.instance()
    path = tmp_path / "shared.qgs"
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert "kept-by-qgis-auth" not in text and "env_wang" not in text and "user=" not in text
    assert text.count("authcfg=") >= len(ROLES)
    project.clear()
    assert project.read(str(path))
    source = project_source(project)
    assert isinstance(source, PostgisSource) and source.schema == S and source.attachments == tmp_path
    assert set(project_layers(project)) == {r.role for r in ROLES}


def test_a_department_opens_the_shared_views_and_the_public_is_told_what_it_may_read(open_as, connect_as):
    layers = open_as("water_sun")
    assert QgsDataSourceUri(layers["violations"].source()).table() == "violations_shared"
    assert QgsDataSourceUri(layers["violation_history"].source()).table() == "violation_history_shared"
    assert not PRIVATE & set(layers["violations"].fields().names()) and layers["violations"].featureCount() == 8
    with pytest.raises(PostgisError, match="may read only the public ledger"):
        PostgisSource.from_connection(connect_as("public_web"), S).prepare()
    with pytest.raises(PostgisError, match="has no role"):
        PostgisSource.from_connection(connect_as("nobody"), S).prepare()


def test_a_connection_keeping_its_password_in_the_settings_is_refused(connect_as):
    name = connect_as("env_wang", password_in_settings=True)
    dialog = source_dialog.SourceDialog()
    dialog.set_database(name)
    assert not dialog.ok_button().isEnabled()
    assert "keeps its password" in dialog.messageLabel.text()
    dialog.set_database(name, "Bad-Schema")
    assert "cannot be a schema name" in dialog.messageLabel.text()


def test_overlap_analysis_stores_its_pieces_and_a_department_without_the_right_is_told(open_as, plugin, pg_db):
    layers = open_as("env_wang")
    feature = _feature(plugin, OverlapsFeature)
    feature.analyse()
    wait_until(lambda: feature.task is None)
    stored = pg_db.sql(f"SELECT count(*), count(DISTINCT line_class), min(zone_count) FROM {S}.overlaps")[0]
    assert stored[0] > 20 and stored[1] == 2 and stored[2] >= 2
    assert layers["overlaps"].featureCount() == stored[0]
    open_as("water_sun")
    feature.analyse()
    wait_until(lambda: feature.task is None)
    [message] = plugin.iface.messageBar().get_messages(Qgis.Critical)
    assert "water_sun has no right to delete rows of Overlaps" in message and "wq_admin, wq_env, wq_planning" in message
    assert pg_db.sql(f"SELECT count(*) FROM {S}.overlaps")[0][0] == stored[0]  # the stored pieces stay


def _point_in_town(layers, town: str):
    area = next(f for f in layers["towns"].getFeatures() if f["name"] == town).geometry()
    for role in ("red_zones", "yellow_zones"):
        for zone in layers[role].getFeatures():
            common = zone.geometry().intersection(area)
            if not common.isEmpty() and common.area() > 10_000:
                return common.pointOnSurface().asPoint()
    raise AssertionError(f"no zone in {town}")


def _fill(dialog, description: str) -> None:
    dialog.set_source("patrol")
    dialog.set_category(dialog.categories()[0])
    dialog.descriptionEdit.setPlainText(description)
    dialog.responsibleEdit.setText("示例公司壬")
    dialog.recordedByEdit.setText("杨村街道示例网格员")


def test_a_town_records_a_case_moves_it_along_and_sees_only_its_own(open_as, plugin, pg_db):
    layers = open_as("town_yangcun")
    feature = _feature(plugin, LedgerFeature)
    dialog = feature.record_at(_point_in_town(layers, "杨村街道"), None)
    assert dialog.place.town == "杨村街道"
    _fill(dialog, "网格员巡查发现岸边堆放建筑垃圾约二十立方米。")
    dialog.accept()
    assert not dialog.isVisible(), dialog.errorLabel.text()
    number = dialog.saved.record_no
    year = dt.date.today().year
    assert re.fullmatch(rf"WQ-{year}-\d{{4}}", number)
    assert pg_db.sql(f"SELECT town, created_by FROM {S}.violations WHERE record_no = %s", params=(number,)) == [
        ("杨村街道", "杨村街道示例网格员")]
    feature.toggle_dock(True)
    rows = feature.panel.model.rows
    assert sorted(r.record_no for r in rows) == sorted(
        r[0] for r in pg_db.sql(f"SELECT record_no FROM {S}.violations WHERE town = '杨村街道'")) and len(rows) == 2
    assert number in [f["record_no"] for f in layers["violations"].getFeatures()]  # the layer was reloaded
    status = feature.change_status(next(r for r in rows if r.record_no == number))
    status.set_status("verified")
    status.byEdit.setText("杨村街道示例网格员")
    status.noteEdit.setPlainText("现场核实属实")
    status.accept()
    assert not status.isVisible(), status.errorLabel.text() + status.problemsLabel.text()
    assert pg_db.sql(f"SELECT status FROM {S}.violations WHERE record_no = %s", params=(number,)) == [("verified",)]
    assert next(r for r in feature.panel.model.rows if r.record_no == number).status == "verified"  # refreshed


def test_refused_saves_keep_what_was_typed_and_name_the_right_in_chinese(open_as, plugin, pg_db, zh_translator):
    layers = open_as("town_yangcun")
    feature = _feature(plugin, LedgerFeature)
    dialog = feature.record_at(_point_in_town(layers, "河北屯镇"), None)  # another town's place
    _fill(dialog, "越界登记：河北屯镇的问题。")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert "只能登记和修改本镇街的案件" in dialog.errorLabel.text() and "ERROR" not in dialog.errorLabel.text()
    assert dialog.descriptionEdit.toPlainText() == "越界登记：河北屯镇的问题。"
    dialog.close()
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violations WHERE description LIKE '越界登记%%'") == [(0,)]

    open_as("water_sun")
    feature.toggle_dock(True)
    row = next(r for r in feature.panel.model.rows if r.record_no == "WQ-2026-0008")  # forestry's, not water's
    status = feature.change_status(row)
    status.set_status("verified")
    status.byEdit.setText("水务局示例科员")
    status.noteEdit.setPlainText("水务局越权核实")
    status.accept()
    assert status.isVisible()
    assert "案件 WQ-2026-0008 只能由区环保局" in status.errorLabel.text() and "water_sun" in status.errorLabel.text()
    assert status.noteEdit.toPlainText() == "水务局越权核实" and status.byEdit.text() == "水务局示例科员"
    status.close()
    assert pg_db.sql(f"SELECT status FROM {S}.violations WHERE record_no = 'WQ-2026-0008'") == [("registered",)]


def test_reports_and_the_public_export_from_the_database(open_as, plugin, pg_db, tmp_path):
    open_as("viewer_qian")
    feature = _feature(plugin, LedgerFeature)
    dialog = feature.open_reports()
    dialog.set_period(2026, 0)
    dialog.folderEdit.setText(str(tmp_path / "reports"))
    dialog.reportButton.click()
    pdf = tmp_path / "reports" / "wuqing_assessment_2026.pdf"
    assert pdf.is_file(), dialog.resultLabel.text()
    assert "年度考核材料" in pdf_text(str(pdf)) or "assessment" in pdf_text(str(pdf)).lower()
    dialog.fileEdit.setText(str(tmp_path / "public.csv"))
    dialog.publicCheck.setChecked(True)
    dialog.exportButton.click()
    text = (tmp_path / "public.csv").read_text(encoding="utf-8-sig")
    assert "8 records written" in dialog.resultLabel.text() and "WQ-2026-0001" in text
    private = {v for row in pg_db.sql(f"SELECT {', '.join(sorted(PRIVATE))} FROM {S}.violations") for v in row if v}
    assert private and not [v for v in private if v in text]


def test_a_public_export_needs_what_it_masks(pg_db, qgis_processing, plugin, tmp_path):
    """A department's view lacks the private values a public export masks in other texts: refused; the
    database's public ledger, masked there, is exported."""
    import processing
    from qgis.core import QgsProcessingException

    view = pg_db.layer("water_sun", "violations_shared")
    with pytest.raises(QgsProcessingException, match="public_ledger"):
        processing.run("wuqing_eco:export_ledger", {"INPUT": view, "PUBLIC": True, "OUTPUT": str(tmp_path / "a.csv")})
    public = pg_db.layer("public_web", "public_ledger")
    result = processing.run("wuqing_eco:export_ledger", {"INPUT": public, "PUBLIC": True,
                                                         "OUTPUT": str(tmp_path / "b.csv")})
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    private = {v for row in pg_db.sql(f"SELECT {', '.join(sorted(PRIVATE))} FROM {S}.violations") for v in row if v}
    assert result["COUNT"] == 8 and not [v for v in private if v in text]


def test_planning_designs_markers_and_the_environment_bureau_is_told_it_may_not(open_as, plugin, pg_db, monkeypatch):
    from test_marker_actions import TEXTS, action, answer

    for login in ("plan_zhao", "env_wang"):
        layers = open_as(login)
        red = layers["red_zones"]
        red.selectByIds([next(f.id() for f in red.getFeatures() if f["feature_code"] == "GBS")])
        answer(monkeypatch)
        before = pg_db.sql(f"SELECT count(*) FROM {S}.markers")[0][0]
        action(plugin, TEXTS[1]).trigger()
        after = pg_db.sql(f"SELECT count(*) FROM {S}.markers")[0][0]
        if login == "plan_zhao":
            assert after > before and plugin.iface.messageBar().get_messages(Qgis.Success)
        else:
            [message] = plugin.iface.messageBar().get_messages(Qgis.Critical)
            assert after == before
            assert "env_wang has no right to add rows to Boundary markers" in message and "wq_planning" in message


def test_the_marker_form_names_the_right_a_login_lacks_and_saves_for_planning(open_as, plugin, pg_db):
    from qgis.core import QgsVectorLayerUtils
    from qgis.gui import QgsAttributeEditorContext

    from wuqing_eco_plugin.ui.markers.marker_form import MarkerForm

    layers = open_as("env_wang")
    seen = []
    form = MarkerForm(layers["markers"], None, lambda title, text, level: seen.append(text))
    point = next(layers["markers"].getFeatures()).geometry()
    with pytest.raises(RuntimeError):
        form.open_new(QgsVectorLayerUtils.createFeature(layers["markers"], point))
    assert "env_wang has no right to add rows to Boundary markers" in seen[-1] and "wq_planning" in seen[-1]

    layers = open_as("plan_zhao")
    markers = layers["markers"]
    form = MarkerForm(markers, None, lambda title, text, level: seen.append(text))
    model = next(markers.getFeatures())  # a complete marker's values, under a new number and uuid
    keep = {i: model[i] for i in range(markers.fields().count())
            if markers.fields().at(i).name() not in ("fid", "marker_uid", "marker_no")}
    feature = QgsVectorLayerUtils.createFeature(markers, point, {**keep, markers.fields().indexOf("marker_no"):
                                                                 "120114-T-9001"})
    dialog = form.open_new(feature)
    assert dialog.attributeForm().mode() == QgsAttributeEditorContext.AddFeatureMode
    dialog.accept()
    assert pg_db.sql(f"SELECT count(*) FROM {S}.markers WHERE marker_no = '120114-T-9001'") == [(1,)]
    assert "Marker 120114-T-9001 saved" in seen[-1]


def test_monitoring_clues_from_the_menu_register_cases_in_the_database(open_as, pg_db, plugin, project):
    """导入监测线索… on a project of the shared database: the cases go into PostGIS, numbered by it."""
    from itertools import chain

    from test_clue_ui import BATCH, clue_layer

    from wuqing_eco_plugin.ui.clues.feature import CluesFeature

    layers = open_as("env_wang")
    clues = clue_layer(QgsProject.instance(), chain(layers["red_zones"].getFeatures(),
                                                    layers["yellow_zones"].getFeatures()))
    before = pg_db.sql(f"SELECT count(*) FROM {S}.violations")[0][0]
    next(a for a in plugin.menu.actions() if a.text() == "Import monitoring clues…").trigger()
    dialog = _feature(plugin, CluesFeature).dialog
    assert dialog is not None, plugin.iface.messageBar().get_messages(Qgis.Warning)
    dialog.layerCombo.setLayer(clues)
    dialog.idCombo.setField("编号")
    dialog.batchEdit.setText(BATCH)
    dialog.byEdit.setText("监测员")
    dialog.screenButton.click()
    assert dialog.verdicts() == {"S-1": "prohibited", "S-2": "needs_approval", "S-3": None}
    dialog.createButton.click()
    rows = pg_db.sql(f"SELECT clue_no, source, record_no, clue_batch FROM {S}.violations WHERE clue_no IS NOT NULL "
                     "ORDER BY clue_no")
    assert [(r[0], r[1], r[3]) for r in rows] == [("S-1", "monitoring", BATCH), ("S-2", "monitoring", BATCH)]
    assert all(re.fullmatch(r"WQ-\d{4}-\d{4}", r[2]) for r in rows)
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violations")[0][0] == before + 2
    assert layers["violations"].featureCount() == before + 2
    dialog.close()
