# SPDX-License-Identifier: GPL-2.0-or-later
"""Runs inside the real QGIS desktop (``qgis --code driver.py``): walks every entry of the plugin's
menu as a user would, and writes what it saw to ``$WUQING_DRIVE_OUT/report.json``.

For each entry it triggers the action (map tools get a click on the map: inside a red zone, on its
boundary, or a drawn footprint), then for every window that opened — modal or not — and every dock of
the plugin it records the title, size, minimum size and whether it fits the screen, saves a screenshot
of the screen, and closes the window (Cancel). Every message of the message bar and the message log
is recorded with the step it came in. At the end QGIS quits.

It is a plain script (QGIS runs it with ``exec``), so it keeps to functions and one generator that a
timer resumes: a modal dialog's ``exec_()`` runs a nested event loop in which the generator goes on.
"""
from __future__ import annotations

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox, QWidget
from qgis.utils import iface, plugins

OUT = Path(os.environ["WUQING_DRIVE_OUT"])
PLUGIN = "wuqing_eco_plugin"
#: Dialogs the walk answers with OK: their results open a panel (the marker checks) and change nothing.
ACCEPTED = {"CheckDialog"}
report: dict = {"steps": [], "log": [], "bar": [], "errors": [], "screen": None}
state = {"step": "start", "shot": 0}


def _log(message: str, tag: str, level) -> None:
    report["log"].append({"step": state["step"], "tag": tag, "level": int(level), "text": message})


def _bar(_widget) -> None:
    # widgetAdded hands a plain QWidget to Python: read the bar's current item instead.
    item = iface.messageBar().currentItem()
    if item is not None:
        report["bar"].append({"step": state["step"], "title": item.title(), "text": item.text(),
                              "level": int(item.level())})


def screenshot(name: str) -> str:
    state["shot"] += 1
    path = OUT / f"{state['shot']:02d}_{name}.png"
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    return path.name


def top_windows() -> list[QWidget]:
    main = iface.mainWindow()
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not main and isinstance(w, QDialog)]


def describe(widget: QWidget, kind: str) -> dict:
    screen = QApplication.primaryScreen().availableGeometry()
    frame = widget.frameGeometry()
    hint = widget.minimumSizeHint()
    minimum = widget.minimumSize().expandedTo(hint) if QWidget.layout(widget) is not None else widget.minimumSize()
    return {"kind": kind, "class": type(widget).__name__, "object": widget.objectName(),
            "title": widget.windowTitle(), "width": QWidget.width(widget), "height": QWidget.height(widget),
            "min_width": minimum.width(), "min_height": minimum.height(),
            "fits": screen.contains(frame) and minimum.width() <= screen.width()
            and minimum.height() <= screen.height(),
            "texts": visible_texts(widget)}


def visible_texts(widget: QWidget) -> list[str]:
    """Button and label texts of the window: what the language checks read."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible() and w.text()]
    texts += [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]
    return texts


def plugin_docks() -> list[QDockWidget]:
    host = plugins[PLUGIN].host
    return [d for d in host.docks if d.isVisible()]


def layers() -> dict:
    from wuqing_eco_plugin.services.project_data import project_layers

    return project_layers(QgsProject.instance())


def canvas_pos(point: QgsPointXY) -> QPoint:
    canvas = iface.mapCanvas()
    pixel = canvas.getCoordinateTransform().transform(point)
    return QPoint(int(pixel.x()), int(pixel.y()))


def click(point: QgsPointXY, button=Qt.LeftButton) -> None:
    viewport = iface.mapCanvas().viewport()
    pos = canvas_pos(point)
    QTest.mouseMove(viewport, pos)
    QTest.mouseClick(viewport, button, Qt.NoModifier, pos)


def red_zone():
    layer = layers()["red_zones"]
    return layer, max(layer.getFeatures(), key=lambda f: f.geometry().area())


def zoom_to_zone() -> QgsGeometry:
    layer, zone = red_zone()
    extent = zone.geometry().boundingBox()
    extent.scale(1.3)
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refresh()
    return zone.geometry()


def close_windows(before: set, step: dict, label: str):
    """Record, photograph and cancel every new window (its Help button pressed first); windows opened
    by a window are met in turn."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    for _ in range(6):
        new = [w for w in top_windows() if id(w) not in before]
        if not new:
            return
        window = new[-1]
        info = describe(window, "dialog")
        info["shot"] = screenshot(f"{label}_dialog")
        step["windows"].append(info)
        help_buttons = [b.button(QDialogButtonBox.Help) for b in window.findChildren(QDialogButtonBox)
                        if b.button(QDialogButtonBox.Help) is not None]
        if help_buttons:
            help_buttons[0].click()
            yield 800
            pages = [w for w in top_windows() if w.objectName() == "wuqing_eco_help"]
            if pages:
                info["help"] = {"title": pages[-1].windowTitle(), "text": pages[-1].text()[:200],
                                "shot": screenshot(f"{label}_help")}
                pages[-1].close()
                yield 300
        if type(window).__name__ in ACCEPTED:
            window.accept()  # run it: the panel it fills is looked at too
        else:
            window.reject()
            if not isinstance(window, QMessageBox):
                window.close()
        yield 700


def run():
    yield 1000
    project = os.environ.get("WUQING_DRIVE_PROJECT")
    if project:
        iface.addProject(project)
    yield 2000
    main = iface.mainWindow()
    screen = QApplication.primaryScreen().availableGeometry()
    report["screen"] = [screen.width(), screen.height()]
    main.setGeometry(screen)
    yield 2000
    if iface.mapCanvas().scale() < 100:  # a project saved without a view opens at 1:1
        iface.mapCanvas().zoomToFullExtent()
    yield 2000
    report["start_shot"] = screenshot("start")
    actions = list(plugins[PLUGIN].actions)
    for index, action in enumerate(actions):
        label = f"a{index:02d}"
        state["step"] = action.text()
        step = {"index": index, "action": action.text(), "checkable": action.isCheckable(), "windows": [],
                "docks": []}
        report["steps"].append(step)
        before = {id(w) for w in top_windows()}
        try:
            yield from prepare(action)
            if action.isCheckable():
                if not action.isChecked():
                    action.trigger()
                yield 800
                yield from use_tool(action)
            else:
                QTimer.singleShot(0, action.trigger)
            yield 1500
            # Tasks (overlap analysis, drawings) finish in the background: give them time.
            for _ in range(40):
                if not QgsApplication.taskManager().countActiveTasks():
                    break
                yield 500
            yield from close_windows(before, step, label)
            yield from follow_up(action, step, label)
            for dock in plugin_docks():
                info = describe(dock, "dock")
                info["shot"] = screenshot(f"{label}_dock")
                step["docks"].append(info)
            step["shot"] = screenshot(label)
            step["main_width"] = main.frameGeometry().width()
            if action.isCheckable() and action.isChecked():
                action.trigger()
        except Exception:  # noqa: BLE001 - the report says what went wrong, QGIS must still quit
            report["errors"].append(traceback.format_exc())
        save_report()
        yield 300
    yield from processing_dialog()
    finish()


def processing_dialog():
    """The screening algorithm's own dialog, as the Processing toolbox opens it: which layers it starts on."""
    import processing

    state["step"] = "processing"
    step = {"index": len(report["steps"]), "action": "processing:screen_project", "windows": [], "docks": []}
    report["steps"].append(step)
    try:
        dialog = processing.createAlgorithmDialog("wuqing_eco:screen_project")
        dialog.show()
        yield 1500
        info = describe(dialog, "dialog")
        info["shot"] = screenshot("processing_dialog")
        step["windows"].append(info)
        dialog.close()
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    yield 300


def follow_up(action, step, label):
    """Panels that lead to more dialogs: the ledger's status change for an open case."""
    ledger = next((f for f in plugins[PLUGIN].features if type(f).__name__ == "LedgerFeature"), None)
    if ledger is None or action is not ledger.dock_action or ledger.panel is None:
        return
    panel = ledger.panel
    rows = [r for r in range(panel.proxy.rowCount()) if not panel.proxy.row_at(panel.proxy.index(r, 0)).terminal]
    if not rows:
        return
    panel.tableView.selectRow(rows[0])
    yield 500
    step["status_button_tip"] = panel.changeStatusButton.toolTip()
    before = {id(w) for w in top_windows()}
    panel.changeStatusButton.click()
    yield 1000
    yield from close_windows(before, step, f"{label}_status")


def prepare(action):
    """Selections the selection-based entries work on."""
    name = action.text()
    lyr = layers()
    if "selected zone" in name or "所选" in name and "区" in name and "用地" not in name:
        zone_layer, zone = red_zone()
        zone_layer.selectByIds([zone.id()])
        iface.setActiveLayer(zone_layer)
    elif "selected" in name.lower() or "所选用地" in name:
        land = lyr["approved_land"]
        land.selectByIds([f.id() for f in land.getFeatures()][:1])
        iface.setActiveLayer(land)
    yield 100


def use_tool(action):
    """Click on the map as the tool asks: a point inside the largest red zone, a point on its
    boundary (survey tool), or a small footprint across it (drawing tool)."""
    geometry = zoom_to_zone()
    yield 1200
    obj = action.objectName() or action.text()
    inside = geometry.pointOnSurface().asPoint()
    if "survey" in obj.lower() or "勘界" in obj:
        vertex = geometry.vertexAt(0)
        click(QgsPointXY(vertex.x(), vertex.y()))
    elif "draw" in obj.lower() or "绘制" in obj:
        size = geometry.boundingBox().width() / 8
        for dx, dy in ((0, 0), (size, 0), (size, size), (0, size)):
            click(QgsPointXY(inside.x() + dx, inside.y() + dy))
            yield 200
        click(QgsPointXY(inside.x(), inside.y() + size), Qt.RightButton)
    else:
        click(inside)
    yield 1500


def save_report() -> None:
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def finish():
    state["step"] = "end"
    report["finished"] = True
    save_report()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, QgsApplication.exit)


def start():
    QgsApplication.messageLog().messageReceived.connect(_log)
    iface.messageBar().widgetAdded.connect(_bar)
    steps = run()

    def resume():
        try:
            delay = next(steps)
        except StopIteration:
            return
        except Exception:  # noqa: BLE001
            report["errors"].append(traceback.format_exc())
            finish()
            return
        QTimer.singleShot(delay, resume)

    QTimer.singleShot(0, resume)


start()
