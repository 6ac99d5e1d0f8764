# SPDX-License-Identifier: GPL-2.0-or-later
"""The dialog that records a violation, prefilled from the map (``record_dialog.ui``).

It holds no rules: the categories offered, the severity, the routing and every check come from
``domain.records`` through the :class:`Place` and :func:`validate`. OK stays disabled while the
draft has problems, and the reasons are shown. Saving goes through the ``save`` callable (the
ledger store); if it fails, the dialog stays open with everything entered and says why.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.codes import list_separator
from ...domain.departments import DEPARTMENTS
from ...domain.ledger.cases import CASE_SOURCES
from ...domain.ledger.emergencies import EMERGENCY_KINDS
from ...domain.ledger.records import PROBLEMS, Place, RecordDraft, validate
from ...domain.rules import REASONS
from ...domain.zones import LINE_CLASSES, zone_label
from ...services.ledger.store import SavedRecord
from ...toolbelt.i18n import tr, ui_language
from ..formats import area_text
from ..help import add_help_button
from ..screen import fit_to_screen
from .dialog_checks import run_save, show_problems

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


def choose_files(parent: QWidget | None) -> list[str]:
    """Ask for photos or documents to attach (a module function so tests can answer it)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, tr("Attach photos or documents"), "",
        tr("Photos and documents (*.jpg *.jpeg *.png *.tif *.heic *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)"))
    return names


class RecordDialog(QDialog, FORM):
    def __init__(self, place: Place, save: Callable[[RecordDraft], SavedRecord],
                 now: Callable[[], dt.datetime] = dt.datetime.now, recorded_by: str = "",
                 parent: QWidget | None = None, area_m2: Optional[float] = None):
        super().__init__(parent)
        self.setupUi(self)
        # Filled only once a category is chosen: room for "A (−30 points)" from the start.
        self.severityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severityCombo.setMinimumContentsLength(14)
        self.descriptionEdit.setMaximumHeight(120)
        if area_m2 is not None:  # the affected area drawn on the map
            self.areaLabel = QLabel(area_text(area_m2))
            self.placeForm.insertRow(1, tr("Affected area (drawn)"), self.areaLabel)
        self.place = place
        self._save = save
        self._now = now
        self.saved: Optional[SavedRecord] = None
        self.lang = ui_language()
        self._fill_place()
        self._fill_lists()
        start = now().replace(second=0, microsecond=0)
        self.discoveredEdit.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                                  QTime(start.hour, start.minute)))
        self.deadlineEdit.setDate(QDate(start.year, start.month, start.day).addDays(30))
        self.recordedByEdit.setText(recorded_by)
        self.outsideCheck.setVisible(place.outside)
        self._connect()
        self._category_changed()
        fit_to_screen(self)

    # -- setup --------------------------------------------------------------------------------------
    def _fill_place(self) -> None:
        p, lang = self.place, self.lang
        self.locationLabel.setText(tr("X (north) {x:.2f} m, Y (east) {y:.2f} m, EPSG:4548").format(x=p.y, y=p.x))
        if p.outside:
            self.zonesLabel.setText(tr("Outside every protected zone"))
            self.ruleLabel.setText(REASONS.label("outside", lang))
        else:
            self.zonesLabel.setText("\n".join(
                zone_label(z.name, z.line_class, lang, z.zone_type) for z in p.zones))
            rule = p.rule
            self.ruleLabel.setText(LINE_CLASSES.label(rule.line_class, lang) + " — "
                                   + list_separator(lang, strong=True).join(
                                       REASONS.label(r, lang) for r in rule.reasons))
        self.approvedLabel.setText(tr("Yes: {}").format(
            list_separator(lang).join(p.approval_nos)) if p.approval_nos else tr("No"))
        self.townLabel.setText(p.town or tr("Unknown"))
        if p.nearest_marker:
            self.markerLabel.setText(tr("{number} ({distance:.1f} m away)").format(
                number=p.nearest_marker, distance=p.marker_distance_m or 0.0))
        else:
            self.markerLabel.setText(tr("None within 2 km"))

    def _fill_lists(self) -> None:
        self.sourceCombo.addItem(tr("— choose —"), None)
        for source in CASE_SOURCES:
            self.sourceCombo.addItem(source.label(self.lang), source.code)
        self.categoryCombo.addItem(tr("— choose —"), None)
        for code in self.place.categories():
            self.categoryCombo.addItem(CATEGORIES.label(code, self.lang), code)
        self.emergencyCombo.addItem(tr("No"), None)
        for kind in EMERGENCY_KINDS:
            self.emergencyCombo.addItem(kind.label(self.lang), kind.code)

    def _connect(self) -> None:
        self.categoryCombo.currentIndexChanged.connect(self._category_changed)
        self.severityCombo.currentIndexChanged.connect(self._severity_changed)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)
        self.addAttachmentButton.clicked.connect(self._add_attachments)
        self.removeAttachmentButton.clicked.connect(self._remove_attachments)
        for signal in (self.discoveredEdit.dateTimeChanged, self.sourceCombo.currentIndexChanged,
                       self.severityReasonEdit.textChanged, self.descriptionEdit.textChanged,
                       self.responsibleEdit.textChanged, self.reporterNameEdit.textChanged,
                       self.reporterContactEdit.textChanged, self.deadlineCheck.toggled,
                       self.deadlineEdit.dateChanged, self.recordedByEdit.textChanged, self.outsideCheck.toggled,
                       self.emergencyCombo.currentIndexChanged, self.clueEdit.textChanged):
            signal.connect(self.revalidate)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        add_help_button(self, self.buttonBox, "record")

    # -- reactions ----------------------------------------------------------------------------------
    def _category_changed(self) -> None:
        category = self.category()
        self.severityCombo.blockSignals(True)
        self.severityCombo.clear()
        if category:
            floor = SEVERITIES[self.place.severity(category)].rank
            for sev in sorted(SEVERITIES, key=lambda s: s.rank):
                if sev.rank >= floor:  # the rule's severity can be raised, never lowered
                    self.severityCombo.addItem(sev.label(self.lang), sev.code)
        self.severityCombo.blockSignals(False)
        routing = self.place.routing(category)
        self.departmentsLabel.setText(tr("Lead: {lead}; also: {others}").format(
            lead=DEPARTMENTS.label(routing.lead, self.lang),
            others=list_separator(self.lang).join(DEPARTMENTS.label(d, self.lang) for d in routing.involved)))
        self._severity_changed()

    def _severity_changed(self) -> None:
        self.severityReasonEdit.setEnabled(self.draft().raised(self.place))
        self.revalidate()

    def _add_attachments(self) -> None:
        self.add_attachments(choose_files(self))

    def _remove_attachments(self) -> None:
        for item in self.attachmentList.selectedItems():
            self.attachmentList.takeItem(self.attachmentList.row(item))
        self.revalidate()

    # -- accessors ----------------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        return self.buttonBox.button(QDialogButtonBox.Ok)

    def category(self) -> Optional[str]:
        return self.categoryCombo.currentData()

    def categories(self) -> list[str]:
        return [self.categoryCombo.itemData(i) for i in range(1, self.categoryCombo.count())]

    def severities(self) -> list[str]:
        return [self.severityCombo.itemData(i) for i in range(self.severityCombo.count())]

    def set_category(self, code: str) -> None:
        self.categoryCombo.setCurrentIndex(self.categoryCombo.findData(code))

    def set_source(self, code: str) -> None:
        self.sourceCombo.setCurrentIndex(self.sourceCombo.findData(code))

    def set_severity(self, code: str, reason: str = "") -> None:
        self.severityCombo.setCurrentIndex(self.severityCombo.findData(code))
        self.severityReasonEdit.setText(reason)

    def set_discovered_at(self, moment: dt.datetime) -> None:
        self.discoveredEdit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                                  QTime(moment.hour, moment.minute)))

    def set_emergency(self, kind: str | None) -> None:
        self.emergencyCombo.setCurrentIndex(max(0, self.emergencyCombo.findData(kind)))

    def set_deadline(self, day: dt.date | None) -> None:
        self.deadlineCheck.setChecked(day is not None)
        if day is not None:
            self.deadlineEdit.setDate(QDate(day.year, day.month, day.day))

    def add_attachments(self, paths: Sequence[str]) -> None:
        present = set(self.attachments())
        for path in paths:
            if path and path not in present:
                self.attachmentList.addItem(path)
        self.revalidate()

    def attachments(self) -> tuple[str, ...]:
        return tuple(self.attachmentList.item(i).text() for i in range(self.attachmentList.count()))

    def draft(self) -> RecordDraft:
        return RecordDraft(
            discovered_at=self.discoveredEdit.dateTime().toPyDateTime().replace(second=0, microsecond=0),
            source=self.sourceCombo.currentData(),
            category=self.category(),
            severity=self.severityCombo.currentData(),
            severity_reason=self.severityReasonEdit.text(),
            description=self.descriptionEdit.toPlainText(),
            responsible_party=self.responsibleEdit.text(),
            reporter_name=self.reporterNameEdit.text(),
            reporter_contact=self.reporterContactEdit.text(),
            deadline=self.deadlineEdit.date().toPyDate() if self.deadlineCheck.isChecked() else None,
            attachments=self.attachments(),
            outside_confirmed=self.outsideCheck.isChecked(),
            created_by=self.recordedByEdit.text(),
            internal_notes=self.internalNotesEdit.toPlainText(),
            emergency=self.emergencyCombo.currentData(),
            clue_no=self.clueEdit.text(),
        )

    def problems(self) -> tuple[str, ...]:
        return validate(self.draft(), self.place, self._now())

    def revalidate(self) -> None:
        show_problems(self.problemsLabel, self.ok_button(), self.problems(), PROBLEMS, self.lang)

    # -- saving -------------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save, then close; a refused or failed save keeps the dialog open with its content."""
        self.revalidate()
        if not self.ok_button().isEnabled():
            return
        ok, self.saved = run_save(lambda: self._save(self.draft()), self.errorLabel, PROBLEMS, self.lang)
        if ok:
            super().accept()
