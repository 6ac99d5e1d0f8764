# SPDX-License-Identifier: GPL-2.0-or-later
"""Import a field survey file: pick the file, map its columns explicitly, see what the check finds.

The combos list the file's own headers and start from a guess (点号/X/Y/H/经度/纬度 and English
names); the user confirms or changes them. The check under the preview says whether X/Y look
swapped (with a button that exchanges the two combos) and how many points fall outside Wuqing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.coordinates import GEOGRAPHIC_CRS, ZONE_PREFIX_CRS
from ...domain.markers.survey_csv import (
    GEOGRAPHIC,
    GRID,
    ColumnMapping,
    CsvError,
    CsvTable,
    axis_summary,
    guess_columns,
    read_csv,
    read_points,
)
from ...services.markers.survey_import import csv_error_message, survey_mode
from ...toolbelt.i18n import tr
from ..help import add_help_button

PREVIEW_ROWS = 8


class CsvImportDialog(QDialog):
    def __init__(self, parent: Optional[QWidget] = None, path: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Import field survey CSV"))
        self.setMinimumWidth(640)
        self.table: Optional[CsvTable] = None
        self.file = QgsFileWidget()
        self.file.setFilter(tr("Survey files (*.csv *.txt *.dat);;All files (*)"))
        self.file_info = QLabel()
        self.modes = QButtonGroup(self)
        mode_row = QVBoxLayout()
        for i, text in enumerate((tr("X/Y in CGCS2000 zone 39 (with or without the prefix 39)"),
                                  tr("Longitude/latitude (CGCS2000)"), tr("Other coordinate system"))):
            button = QRadioButton(text)
            self.modes.addButton(button, i)
            mode_row.addWidget(button)
        self.modes.button(0).setChecked(True)
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem(ZONE_PREFIX_CRS))
        self.point_id, self.north, self.east, self.height = (QComboBox() for _ in range(4))
        self.north_label, self.east_label = QLabel(), QLabel()
        self.swap = QPushButton(tr("Swap X and Y"))
        self.preview = QTableWidget()
        self.check = QLabel()
        self.check.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Survey file"), self.file)
        form.addRow("", self.file_info)
        form.addRow(tr("Coordinate type"), mode_row)
        form.addRow(tr("CRS (other system only)"), self.crs)
        form.addRow(tr("Point number"), self.point_id)
        form.addRow(self.north_label, self.north)
        form.addRow(self.east_label, self.east)
        form.addRow(tr("Height"), self.height)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_help_button(self, self.buttons, "import")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check, 1)
        check_row.addWidget(self.swap)
        layout.addLayout(check_row)
        layout.addWidget(self.buttons)

        self.file.fileChanged.connect(self.load)
        self.modes.buttonClicked.connect(lambda _b: self._mode_changed())
        self.crs.crsChanged.connect(lambda _c: self.update_check())
        for combo in (self.point_id, self.north, self.east, self.height):
            combo.currentIndexChanged.connect(lambda _i: self.update_check())
        self.swap.clicked.connect(self.swap_axes)
        self._mode_changed()
        if path:
            self.file.setFilePath(path)

    # -- state ----------------------------------------------------------------------------------
    def mode(self) -> int:
        return self.modes.checkedId()

    def coordinate_crs(self) -> QgsCoordinateReferenceSystem:
        if self.mode() == 0:
            return QgsCoordinateReferenceSystem(ZONE_PREFIX_CRS)
        if self.mode() == 1:
            return QgsCoordinateReferenceSystem(GEOGRAPHIC_CRS)
        return self.crs.crs()

    def mapping(self) -> Optional[ColumnMapping]:
        north, east = self.north.currentData(), self.east.currentData()
        if self.table is None or not north or not east or north == east:
            return None
        return ColumnMapping(north, east, self.point_id.currentData() or None, self.height.currentData() or None)

    def path(self) -> str:
        return self.file.filePath()

    # -- behaviour ------------------------------------------------------------------------------
    def load(self, path: str) -> None:
        self.table = None
        try:
            self.table = read_csv(path) if path else None
        except OSError as exc:
            self.file_info.setText(tr("Cannot read the file: {}").format(exc))
        except CsvError as exc:
            self.file_info.setText(csv_error_message(exc.code, path))
        if self.table is not None:
            t = self.table
            sep = {",": tr("comma"), "\t": tr("tab"), ";": tr("semicolon"), "|": "|", " ": tr("spaces")}[t.delimiter]
            self.file_info.setText(tr("{enc}, separated by {sep}, {n} rows{header}").format(
                enc=t.encoding, sep=sep, n=len(t.rows), header="" if t.has_header else tr(", no header row")))
        self._fill_combos()
        self._fill_preview()
        self.update_check()

    def _fill_combos(self) -> None:
        headers = self.table.headers if self.table else ()
        guess = guess_columns(headers)
        if guess.north is None and guess.east is None and guess.lat and guess.lon:
            self.modes.button(1).setChecked(True)
        self._mode_changed(refresh=False)
        geographic = self.mode() == 1
        wanted = (guess.point_id, guess.lat if geographic else guess.north, guess.lon if geographic else guess.east,
                  guess.height)
        for combo, choice, optional in zip((self.point_id, self.north, self.east, self.height), wanted,
                                           (True, False, False, True)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)") if optional else tr("(choose a column)"), "")
            for h in headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(choice)) if choice else 0)
            combo.blockSignals(False)

    def _fill_preview(self) -> None:
        t = self.table
        self.preview.clear()
        self.preview.setColumnCount(len(t.headers) if t else 0)
        self.preview.setRowCount(min(PREVIEW_ROWS, len(t.rows)) if t else 0)
        if t is None:
            return
        self.preview.setHorizontalHeaderLabels(list(t.headers))
        for r, row in enumerate(t.rows[:PREVIEW_ROWS]):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()

    def _mode_changed(self, refresh: bool = True) -> None:
        geographic = self.mode() == 1
        self.north_label.setText(tr("Latitude") if geographic else tr("X (northing)"))
        self.east_label.setText(tr("Longitude") if geographic else tr("Y (easting)"))
        self.crs.setEnabled(self.mode() == 2)
        if refresh:
            self.update_check()

    def swap_axes(self) -> None:
        n, e = self.north.currentIndex(), self.east.currentIndex()
        self.north.setCurrentIndex(e)
        self.east.setCurrentIndex(n)

    def update_check(self) -> None:
        """Say what the file's rows look like with the current mapping; OK only with a usable mapping."""
        mapping = self.mapping()
        self.swap.setVisible(False)
        ok = mapping is not None
        if self.table is None:
            # OK is disabled: say why rather than leave the user guessing.
            self.check.setText(tr("Choose a survey file: OK is enabled once its coordinates can be read."))
        elif mapping is None:
            self.check.setText(tr("Choose two different columns for the coordinates"))
        else:
            mode = survey_mode(self.coordinate_crs())
            rows = read_points(self.table, mapping, mode)
            self.check.setText(self.describe(rows, mode))
            self.swap.setVisible(mode in (GRID, GEOGRAPHIC) and axis_summary(rows) == "swapped")
            ok = any(r.verdict != "unreadable" for r in rows)
            if not ok:
                self.check.setText(self.check.text() + "\n" + tr("No row has readable coordinates: check the "
                                                                  "columns and the coordinate type."))
        if self.table is not None and not self.coordinate_crs().isValid():
            self.check.setText(tr("Choose the CRS of the coordinates."))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok and self.coordinate_crs().isValid())

    @staticmethod
    def describe(rows, mode: str) -> str:
        counts = {v: sum(1 for r in rows if r.verdict == v) for v in ("ok", "swapped", "outside", "unreadable")}
        summary = axis_summary(rows)
        parts = []
        if mode not in (GRID, GEOGRAPHIC):
            parts.append(tr("{n} rows will be transformed and checked on import").format(n=len(rows)))
        elif summary == "swapped":
            parts.append(tr("X and Y look swapped in every row: X must be the northing (about 4 340 000)"))
        else:
            parts.append(tr("{n} rows in Wuqing").format(n=counts["ok"]))
            if counts["swapped"]:
                parts.append(tr("{n} rows with X and Y swapped (put right on import)").format(n=counts["swapped"]))
        if counts["outside"]:
            parts.append(tr("{n} rows outside Wuqing").format(n=counts["outside"]))
        if counts["unreadable"]:
            parts.append(tr("{n} rows without readable coordinates").format(n=counts["unreadable"]))
        return tr("; ").join(parts)

    def layer_name(self) -> str:
        return tr("Survey {}").format(Path(self.path()).stem)
