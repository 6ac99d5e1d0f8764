# SPDX-License-Identifier: GPL-2.0-or-later
"""Run inside the QGIS 3.22 desktop (``qgis --code``) by ``test_desktop_editing.py``.

QGIS's own vertex tool (an application tool, not in the Python API) moves a vertex of a zone on one
layer, with real mouse clicks on the map, while a second layer of the same table (another login)
changes the same zone; both save. What happened is written as JSON to ``WQ_OUT``, then QGIS quits.
"""
import json
import os
import sys
import traceback

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface

sys.path.insert(0, os.environ["WQ_ROOT"])
out: dict = {}


def layer(user: str) -> QgsVectorLayer:
    host, port, db = os.environ["WQ_PG"].split(":")
    uri = QgsDataSourceUri()
    uri.setConnection(host, port, db, user, "")
    uri.setDataSource("wuqing_eco", "zones", "geom", "", "fid")
    return QgsVectorLayer(uri.uri(False), f"zones {user}", "postgres")


def click(viewport, point: QPoint) -> None:
    QTest.mouseMove(viewport, point)
    QTest.qWait(400)
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, point)
    QTest.qWait(400)


def wait_for(condition, timeout_ms: int) -> bool:
    """Let QGIS work until ``condition()`` holds (a loaded machine draws and indexes slowly)."""
    waited = 0
    while not condition() and waited < timeout_ms:
        QTest.qWait(100)
        waited += 100
    return bool(condition())


def run() -> None:
    from wuqing_eco_plugin.layers import schema
    from wuqing_eco_plugin.layers.editing import attach_editing, editing_of

    a, b = layer("plan_zhao"), layer("admin_li")
    out["valid"] = [a.isValid(), b.isValid()]
    for each in (a, b):
        attach_editing(each, schema.ZONES)  # what the plugin does for every layer it loads
    QgsProject.instance().addMapLayers([a, b])
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    vertex = next(a.getFeatures()).geometry().vertexAt(0)
    canvas.setExtent(QgsRectangle(vertex.x() - 100, vertex.y() - 100, vertex.x() + 100, vertex.y() + 100))
    canvas.refresh()
    QTest.qWait(500)
    wait_for(lambda: not canvas.isDrawing(), 30000)
    iface.setActiveLayer(a)
    assert a.startEditing() and b.startEditing()
    iface.actionVertexToolActiveLayer().trigger()
    QTest.qWait(1500)
    for attempt in range(5):
        # The pixel is found again each time: on a loaded machine the window may still be resized.
        wait_for(lambda: not canvas.isDrawing(), 30000)
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(vertex.x(), vertex.y()))
        start = QPoint(round(pixel.x()), round(pixel.y()))
        click(canvas.viewport(), start)  # pick the vertex up
        click(canvas.viewport(), start + QPoint(30, 0))  # and put it down 30 pixels east
        if wait_for(lambda: a.editBuffer().changedGeometries(), 2000):
            break
        # Nothing moved yet: the tool's snapping index may still be building. Drop what it holds, wait, again.
        QTest.keyClick(canvas.viewport(), Qt.Key_Escape)
        QTest.qWait(1000 * (attempt + 1))
    out["attempts"] = attempt + 1
    out["moved"] = list(a.editBuffer().changedGeometries().keys())
    fid = out["moved"][0]
    out["uid"] = uid = a.getFeature(fid)["zone_uid"]
    out["version_before"] = next(a.dataProvider().getFeatures(QgsFeatureRequest(fid)))["row_version"]
    other = next(f.id() for f in b.getFeatures() if f["zone_uid"] == uid)
    b.changeAttributeValue(other, b.fields().indexOf("notes"), "管理员同时修改")
    out["a_saved"], out["a_errors"] = a.commitChanges(), a.commitErrors()
    out["b_saved"], out["b_errors"] = b.commitChanges(), b.commitErrors()
    out["b_conflicts"] = editing_of(b).versions.conflicts() == [other]
    out["b_kept"] = b.isEditable() and b.getFeature(other)["notes"] == "管理员同时修改"


def main() -> None:
    try:
        run()
    except Exception:  # noqa: BLE001 - whatever happened goes to the test, which reports it
        out["error"] = traceback.format_exc()
    with open(os.environ["WQ_OUT"], "w", encoding="utf-8") as f:
        json.dump(out, f)
    os._exit(0)  # no exit dialogs: the layers are left in their edit sessions


QTimer.singleShot(3000, main)
