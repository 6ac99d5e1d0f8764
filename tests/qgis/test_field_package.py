# SPDX-License-Identifier: GPL-2.0-or-later
"""A field package as QField and QGIS meet it: a folder that still opens after it is moved, with
styled layers, Chinese value maps, attachment widgets storing relative paths, the defaults QField
fills, and the store's rows that meet the chosen towns (counted again through OGR)."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from field_helpers import layer_named, layers_of, office, package, phone, rows
from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsUnitTypes,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.categories import CATEGORIES, categories_for
from wuqing_eco_plugin.services.field.package import PACKAGE_GPKG, PackageError
from wuqing_eco_plugin.services.field.project import PROJECT_FILE
from wuqing_eco_plugin.services.ledger.source import SourceError, open_source

TOWNS = ["王庆坨镇", "120114001"]  # by name and by code (杨村街道)
TOWN_NAMES = {"王庆坨镇", "杨村街道"}


@pytest.fixture(scope="module")
def made(sample_gpkg, tmp_path_factory):
    """A patrol and a survey package of the same store, each then moved to another disk folder."""
    root = tmp_path_factory.mktemp("field_package")
    store = office(sample_gpkg, root / "office")
    out = {}
    for purpose in ("patrol", "survey"):
        result = package(store, purpose, TOWNS if purpose == "patrol" else ["王庆坨镇"], root / f"made_{purpose}")
        moved = root / "phone" / purpose
        moved.parent.mkdir(exist_ok=True)
        shutil.move(str(result.folder), str(moved))
        out[purpose] = (result, moved)
    out["store"] = store
    return out


def test_the_moved_package_opens_with_every_layer_valid_and_relative_paths(made, project, tmp_path_factory):
    for purpose in ("patrol", "survey"):
        result, folder = made[purpose]
        assert sorted(p.name for p in folder.iterdir()) == ["DCIM", PACKAGE_GPKG, PROJECT_FILE]
        text = (folder / PROJECT_FILE).read_text(encoding="utf-8")
        assert str(result.folder) not in text and str(made["store"].parent) not in text
        sources = re.findall(r"<datasource>([^<]*)</datasource>", text)
        assert sources and all(s.startswith(f"./{PACKAGE_GPKG}|layername=") for s in sources if s), sources
        assert "http" not in "".join(sources)
        with phone(project, folder):
            layers = list(project.mapLayers().values())
            assert layers and all(layer.isValid() for layer in layers)
            assert all(layer.source().startswith(str(folder)) for layer in layers)
            editable = {layer.name() for layer in layers if not layer.readOnly()}
            assert editable == ({"New cases (patrol)"} if purpose == "patrol" else {"Boundary markers (survey)"})
            zones = layers_of(project, "zones")
            assert sum(z.featureCount() for z in zones) == result.counts["zones"] > 0
        # A single file: nothing of the GeoPackage left in WAL files beside it.
        assert (folder / PACKAGE_GPKG).read_bytes()[18:20] == b"\x01\x01"


def test_the_package_holds_what_meets_the_towns_and_nothing_private(made):
    store = made["store"]
    result, folder = made["patrol"]
    gpkg = folder / PACKAGE_GPKG
    area = unary_union([t["geometry"] for t in rows(store, "towns") if t["name"] in TOWN_NAMES])
    expected_zones = {z["zone_uid"] for z in rows(store, "zones") if z["geometry"].intersects(area)}
    assert {z["zone_uid"] for z in rows(gpkg, "zones")} == expected_zones
    open_cases = {c["record_no"] for c in rows(store, "violations")
                  if c["status"] not in ("closed", "dismissed") and c["town"] in TOWN_NAMES}
    assert {c["record_no"] for c in rows(gpkg, "open_cases")} == open_cases
    assert open_cases  # the sample has an open case in 王庆坨镇
    private = {"reporter_name", "reporter_contact", "responsible_party", "internal_notes", "evidence", "created_by"}
    assert not private & set(rows(gpkg, "open_cases")[0])
    assert rows(gpkg, "package_info")[0]["town_names"] == "杨村街道、王庆坨镇"
    survey, folder = made["survey"]
    markers = rows(folder / PACKAGE_GPKG, "markers")
    assert len(markers) == len(rows(store, "markers")) == survey.counts["markers"]  # all in 王庆坨镇
    for m in markers:  # the design position is the office's position when packed
        assert (m["design_y_east"], m["design_x_north"]) == pytest.approx((m["geometry"].x, m["geometry"].y), abs=1e-3)
        assert m["precision_m"] is None and m["photo_e"] is None
    assert len(rows(folder / PACKAGE_GPKG, "package_snapshot")) == len(markers)


def test_forms_carry_chinese_value_maps_attachments_and_the_defaults_qfield_fills(made, project):
    _, folder = made["patrol"]
    with phone(project, folder):
        cases = layer_named(project, "new_cases")
        fields = cases.fields()

        def widget(name):
            setup = cases.editorWidgetSetup(fields.indexOf(name))
            return setup.type(), setup.config()

        kind, config = widget("severity")
        assert kind == "ValueMap" and {"A类（扣30分）": "A"} in config["map"]
        kind, config = widget("category")
        assert kind == "ValueRelation" and config["Layer"] == layer_named(project, "categories").id()
        assert "current_value('zone_uids')" in config["FilterExpression"]
        for name in ("photo_1", "photo_2", "photo_3"):
            kind, config = widget(name)
            assert kind == "ExternalResource" and config["RelativeStorage"] == 1
        defaults = {name: cases.defaultValueDefinition(fields.indexOf(name)).expression()
                    for name in ("case_uid", "discovered_at", "reporter", "source", "town", "zone_uids")}
        assert defaults["case_uid"] == "uuid('WithoutBraces')" and defaults["discovered_at"] == "now()"
        assert defaults["reporter"] == "coalesce(@cloud_username, @wq_patrol)" and defaults["source"] == "'patrol'"
        towns_id = layer_named(project, "towns").id()
        assert towns_id in defaults["town"] and "overlay_within" in defaults["zone_uids"]
        assert project.customVariables()["wq_patrol"] == "巡查一组"
        naming = json.loads(cases.customProperty("QFieldSync/attachment_naming"))
        feature = QgsFeature(fields)
        feature["case_uid"] = "abc"
        context = cases.createExpressionContext()
        context.setFeature(feature)
        assert re.fullmatch(r"DCIM/abc_1_\d{8}_\d{6}\.jpg", QgsExpression(naming["photo_1"]).evaluate(context))
        # The category list follows the zones at the point: a reservoir zone lists shoreline filling,
        # not poaching (a wetland's); outside every zone everything is listed.
        lookup = {f["code"]: f["zone_uids"] or "" for f in layer_named(project, "categories").getFeatures()}
        reservoir = next(z["zone_uid"] for layer in layers_of(project, "zones") for z in layer.getFeatures()
                         if z["name"] == "王庆坨水库" and z["line_class"] == "red")
        assert reservoir in lookup["shoreline_fill"] and reservoir not in lookup["poaching"]
    _, folder = made["survey"]
    with phone(project, folder):
        markers = layer_named(project, "markers")
        fields = markers.fields()
        precision = markers.defaultValueDefinition(fields.indexOf("precision_m"))
        assert "@position_horizontal_accuracy" in precision.expression() and precision.applyOnUpdate()
        assert markers.editorWidgetSetup(fields.indexOf("photo_n")).config()["RelativeStorage"] == 1
        status = markers.editorWidgetSetup(fields.indexOf("status")).config()["map"]
        assert {"损毁": "damaged"} in status and {"已埋设": "buried"} in status
        assert markers.editFormConfig().readOnly(fields.indexOf("marker_no"))
        assert not markers.editFormConfig().readOnly(fields.indexOf("status"))


def _render(project, size: QSize, dpi: float, labels: bool):
    settings = QgsMapSettings()
    settings.setLayers([n.layer() for n in project.layerTreeRoot().findLayers()])
    settings.setDestinationCrs(project.crs())
    settings.setExtent(project.viewSettings().defaultViewExtent())
    settings.setOutputSize(size)
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.DrawLabeling, labels)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_the_map_renders_on_a_phone_sized_canvas_with_readable_labels(made, project, tmp_path):
    _, folder = made["patrol"]
    with phone(project, folder):
        size, dpi = QSize(540, 960), 160.0  # a phone's portrait screen in device-independent pixels
        with_labels = _render(project, size, dpi, True)
        without = _render(project, size, dpi, False)
        with_labels.save(str(tmp_path / "patrol_phone.png"))
        zone_labels = layers_of(project, "zones")[0].labeling().settings().format()
        # In points, so QField scales them with the screen's density.
        assert zone_labels.size() >= 9 and zone_labels.sizeUnit() == QgsUnitTypes.RenderPoints
    red_text = sum(1 for x in range(0, size.width(), 2) for y in range(0, size.height(), 2)
                   if with_labels.pixelColor(x, y) != without.pixelColor(x, y)
                   and with_labels.pixelColor(x, y).red() > 100 and with_labels.pixelColor(x, y).green() < 60)
    assert red_text > 200  # the red zones' names are written on the map


def test_bad_requests_write_nothing(made, tmp_path):
    store = made["store"]
    with pytest.raises(PackageError, match="不存在镇|No town"):
        package(store, "patrol", ["不存在镇"], tmp_path / "a")
    assert not (tmp_path / "a").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "field work.txt").write_text("keep")
    with pytest.raises(PackageError):
        package(store, "survey", ["王庆坨镇"], busy)
    assert [p.name for p in busy.iterdir()] == ["field work.txt"]
    for bad in (str(tmp_path / "none.gpkg"), str(busy / "field work.txt"), "service=wuqing"):
        with pytest.raises(SourceError):
            open_source(bad)


def test_the_category_list_of_a_new_case_follows_the_zones_at_the_point(made, project):
    """The form as QGIS builds it (QField builds its own from the same settings): the category
    drop-down lists the categories prohibited in the zone under the point, in Chinese."""
    if not QgsGui.editorWidgetRegistry().factories():
        QgsGui.editorWidgetRegistry().initEditors()
    store, (_, folder) = made["store"], made["patrol"]
    reservoir = next(z for z in rows(store, "zones") if z["name"] == "王庆坨水库" and z["line_class"] == "red")
    point = reservoir["geometry"].representative_point()
    with phone(project, folder):
        cases = layer_named(project, "new_cases")
        feature = QgsVectorLayerUtils.createFeature(cases, QgsGeometry.fromPointXY(QgsPointXY(point.x, point.y)), {},
                                                    cases.createExpressionContext())
        assert feature["zone_uids"] == reservoir["zone_uid"] and feature["town"] == "王庆坨镇"
        cases.startEditing()
        form = QgsAttributeForm(cases, feature, QgsAttributeEditorContext())
        combo = form.findChild(QComboBox, "category")
        shown = {combo.itemText(i) for i in range(combo.count())}
        del combo, form  # gone before its layer is (a form outliving it crashes QGIS's exit)
        cases.rollBack()
    expected = categories_for("reservoir", "red", bool(reservoir["water_supply"]))
    assert shown == {CATEGORIES[c].zh for c in expected} and "非法猎捕野生动物" not in shown
