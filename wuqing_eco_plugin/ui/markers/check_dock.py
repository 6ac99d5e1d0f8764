# SPDX-License-Identifier: GPL-2.0-or-later
"""The list of check results: filter by status, click a row to go to the marker (or issue) on the map."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...layers.features import to_python
from ...layers.schema import F
from ...toolbelt.i18n import tr

STATUS_COLOURS = {"ok": QColor(46, 158, 68), "warning": QColor(200, 130, 0), "fail": QColor(215, 25, 28)}
FILTERS = ("problems", "all", "fail", "warning", "ok", "issues")
#: Zoom to at least this scale when going to a marker (1:n).
ZOOM_SCALE = 1000.0


def _cell(value, digits: int = 3) -> QTableWidgetItem:
    value = to_python(value)
    if isinstance(value, float):
        item = QTableWidgetItem(f"{value:.{digits}f}")
        item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
    else:
        item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    return item


class CheckDock(QDockWidget):
    apply_requested = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas, parent: Optional[QWidget] = None):
        super().__init__(tr("Marker checks"), parent)
        self.setObjectName("wuqing_eco_marker_checks")
        self.canvas = canvas
        self.results: Optional[QgsVectorLayer] = None
        self.issues: Optional[QgsVectorLayer] = None
        self.rows: list[tuple[QgsVectorLayer, int]] = []
        body = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        for code, text in zip(FILTERS, (tr("Warnings and failures"), tr("All markers"), tr("Fail"), tr("Warning"),
                                        tr("OK"), tr("Boundary issues"))):
            self.filter.addItem(text, code)
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(160)  # several rows, even when the dock shares its column
        self.apply_button = QPushButton(tr("Apply surveyed positions (ok and warning)"))
        self.apply_button.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.apply_button)
        self.setWidget(body)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.cellClicked.connect(lambda row, _col: self.go_to(row))
        self.apply_button.clicked.connect(self.apply_requested.emit)

    def show_results(self, results: QgsVectorLayer, issues: QgsVectorLayer, summary: str, can_apply: bool) -> None:
        self.results, self.issues = results, issues
        self.summary.setText(summary)
        self.apply_button.setVisible(can_apply)
        self.apply_button.setEnabled(can_apply)
        self.refresh()
        self.show()

    def refresh(self) -> None:
        mode = self.filter.currentData()
        self.table.setRowCount(0)
        self.rows = []
        if mode == "issues":
            headers = [tr("Issue"), tr("Zone"), tr("Marker number"), tr("Value")]
            feats = list(self.issues.getFeatures()) if self.issues else []
            layer = self.issues
            cells = [[f["issue_label"], f["zone_name"], f[F.MARKER_NO], f["value"]] for f in feats]
            colours = [None] * len(feats)
        else:
            headers = [tr("Marker number"), tr("Check result"), tr("Distance to boundary (m)"),
                       tr("Offset from design (m)"), tr("Zone")]
            feats = list(self.results.getFeatures()) if self.results else []
            wanted = {"problems": ("warning", "fail"), "all": ("ok", "warning", "fail")}.get(mode, (mode,))
            feats = [f for f in feats if f[F.STATUS] in wanted]
            order = {"fail": 0, "warning": 1, "ok": 2}
            feats.sort(key=lambda f: (order.get(f[F.STATUS], 3), str(f[F.MARKER_NO])))
            layer = self.results
            cells = [[f[F.MARKER_NO], f["status_label"], f["deviation_m"], f["offset_m"], f["zone_name"]]
                     for f in feats]
            colours = [STATUS_COLOURS.get(f[F.STATUS]) for f in feats]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(cells))
        for r, (row, colour) in enumerate(zip(cells, colours)):
            for c, value in enumerate(row):
                item = _cell(value)
                if colour is not None and c == 1:
                    item.setForeground(QBrush(colour))
                self.table.setItem(r, c, item)
        self.rows = [(layer, f.id()) for f in feats]
        self.table.resizeColumnsToContents()

    def go_to(self, row: int) -> None:
        """Centre the map on the row's feature, zoom in if the map is far out, select and flash it."""
        if not 0 <= row < len(self.rows):
            return
        layer, fid = self.rows[row]
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        point = feature.geometry().asPoint()
        dest = self.canvas.mapSettings().destinationCrs()
        if dest.isValid() and dest != layer.crs():
            point = QgsCoordinateTransform(layer.crs(), dest, QgsProject.instance()).transform(point)
        self.canvas.setCenter(point)
        if self.canvas.scale() > ZOOM_SCALE * 2:
            self.canvas.zoomScale(ZOOM_SCALE)
        layer.selectByIds([fid])
        self.canvas.flashFeatureIds(layer, [fid])
        self.canvas.refresh()
