# SPDX-License-Identifier: GPL-2.0-or-later
"""Styles as a user sees them: render the styled layers and look at the pixels."""
from __future__ import annotations

import colorsys

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from shapely.geometry import box

from wuqing_eco_plugin.layers import project_layers, schema, storage, styles
from wuqing_eco_plugin.layers.features import write_records
from wuqing_eco_plugin.toolbelt.fonts import CJK_FONT

X0, Y0 = 500_000.0, 4_360_000.0
RED_BOX = box(X0, Y0, X0 + 1000, Y0 + 1000)
YELLOW_BOX = box(X0 + 1500, Y0, X0 + 2500, Y0 + 1000)
OVERLAP_BOX = box(X0 + 500, Y0 + 1500, X0 + 2000, Y0 + 2500)  # yellow under red, half each


def _zone(geom, line_class, name, **flags):
    return {"geometry": geom, "name": name, "zone_type": "river", "line_class": line_class,
            "data_status": "draft", **flags}


@pytest.fixture
def loaded(tmp_path, project):
    path = storage.create_geopackage(tmp_path / "styles.gpkg")
    zones = QgsVectorLayer(storage.uri(path, "zones"), "z", "ogr")
    write_records(zones, schema.ZONES, [
        _zone(RED_BOX, "red", "红测试"), _zone(YELLOW_BOX, "yellow", "黄测试"),
        _zone(box(X0 + 500, Y0 + 1500, X0 + 1250, Y0 + 2500), "red", "叠红"),
        _zone(OVERLAP_BOX, "yellow", "叠黄"),
    ])
    del zones
    return project_layers.load_layers(project, path)


def _render(layers, extent, size=400):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def _pixel(image, settings, x, y):
    p = settings.mapToPixel().transform(x, y)
    c = QColor(image.pixel(int(p.x()), int(p.y())))
    return c.red(), c.green(), c.blue()


def _hue(rgb):
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    return h * 360, s, v


def test_red_zones_red_yellow_zones_yellow_and_both_visible_where_they_meet(loaded):
    extent = QgsRectangle(X0 - 200, Y0 - 200, X0 + 2700, Y0 + 2700)
    image, settings = _render([loaded["red_zones"], loaded["yellow_zones"]], extent)
    # Below the centre, where the labels are not.
    red = _pixel(image, settings, RED_BOX.centroid.x, Y0 + 200)
    yellow = _pixel(image, settings, YELLOW_BOX.centroid.x, Y0 + 200)
    outside = _pixel(image, settings, X0 + 1250, Y0 + 500)
    h, s, _ = _hue(red)
    assert (h < 15 or h > 345) and s > 0.25, red
    h, s, _ = _hue(yellow)
    assert 35 <= h <= 60 and s > 0.3, yellow
    assert outside == (255, 255, 255)
    # Red over yellow stays red and distinguishable from red over white: the yellow shows through.
    red_on_yellow = _pixel(image, settings, X0 + 800, Y0 + 2000)
    yellow_only = _pixel(image, settings, X0 + 1700, Y0 + 2000)
    h, _, _ = _hue(red_on_yellow)
    assert h < 40 and red_on_yellow != red, red_on_yellow
    assert 35 <= _hue(yellow_only)[0] <= 60


def test_red_outline_is_drawn(loaded):
    extent = QgsRectangle(X0 - 200, Y0 - 200, X0 + 1200, Y0 + 1200)
    image, settings = _render([loaded["red_zones"]], extent)
    edge = _pixel(image, settings, X0, Y0 + 500)
    inside = _pixel(image, settings, X0 + 500, Y0 + 500)
    assert edge[0] > 150 and edge[1] < 40 and edge[2] < 40  # strong red line
    assert inside[1] > edge[1] + 60  # fill is lighter than the line


def test_flags_change_the_look(tmp_path, project):
    path = storage.create_geopackage(tmp_path / "flags.gpkg")
    zones = QgsVectorLayer(storage.uri(path, "zones"), "z", "ogr")
    write_records(zones, schema.ZONES, [
        _zone(RED_BOX, "red", "普通"),
        dict(_zone(YELLOW_BOX, "red", "保护区"), zone_type="wetland", nature_reserve=True),
    ])
    del zones
    red = project_layers.load_layers(project, path)["red_zones"]
    image, settings = _render([red], QgsRectangle(X0 - 200, Y0 - 200, X0 + 2700, Y0 + 1200), size=600)

    def spread(geom):
        xs = [geom.bounds[0] + 100 + i * 37.0 for i in range(20)]
        values = {_pixel(image, settings, x, geom.bounds[1] + 200) for x in xs}  # below the label
        return len(values)

    assert spread(RED_BOX) <= 2  # plain fill
    assert spread(YELLOW_BOX) > 2  # hatched: nature reserve


def test_labels_use_a_cjk_font():
    from qgis.PyQt.QtGui import QFont, QFontDatabase, QFontMetrics

    doc = styles.style_path("zones_red").read_text(encoding="utf-8")
    assert f'fontFamily="{CJK_FONT}"' in doc
    assert CJK_FONT in QFontDatabase().families()
    metrics = QFontMetrics(QFont(CJK_FONT))
    assert all(metrics.inFont(ch) for ch in "生态保护红线区北运河大黄堡湿地")


def test_missing_style_is_reported(tmp_path, monkeypatch):
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "p", "memory")
    with pytest.raises(styles.StyleError):
        styles.apply_style(layer, "no_such_style")
    broken = tmp_path / "broken.qml"
    broken.write_text("<!DOCTYPE qgis><qgis><renderer-v2 type=", encoding="utf-8")
    monkeypatch.setattr(styles, "style_path", lambda name: broken)
    with pytest.raises(styles.StyleError):
        styles.apply_style(layer, "broken")


def test_red_label_renders_chinese(loaded):
    """The label of a red zone draws glyphs (dark red text), not nothing and not tofu boxes."""
    extent = QgsRectangle(X0 - 100, Y0 + 300, X0 + 1100, Y0 + 700)
    image, settings = _render([loaded["red_zones"]], extent, size=600)
    dark = 0
    for x in range(150, 450):
        for y in range(250, 350):
            r, g, b, _ = QColor(image.pixel(x, y)).getRgb()
            if r > 100 and g < 60 and b < 60 and r < 200:
                dark += 1
    assert dark > 30


def test_overlaps_red_hatch_and_amber(project):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=line_class:string", "overlaps", "memory")
    feats = []
    for geom, line_class in ((RED_BOX, "red"), (YELLOW_BOX, "yellow")):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        f.setAttributes([line_class])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    styles.apply_style(layer, "overlaps")
    image, settings = _render([layer], QgsRectangle(X0 - 200, Y0 - 200, X0 + 2700, Y0 + 1200), size=600)

    def samples(geom):
        xs = [geom.bounds[0] + 100 + i * 37.0 for i in range(20)]
        return [_pixel(image, settings, x, geom.centroid.y) for x in xs]

    red, amber = samples(RED_BOX), samples(YELLOW_BOX)
    assert len(set(red)) > 2 and all(_hue(c)[0] < 15 or _hue(c)[0] > 345 for c in red)  # hatched red
    assert len(set(amber)) <= 2 and all(30 <= _hue(c)[0] <= 50 and _hue(c)[1] > 0.3 for c in amber)
