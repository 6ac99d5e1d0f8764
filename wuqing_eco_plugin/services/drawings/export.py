# SPDX-License-Identifier: GPL-2.0-or-later
"""Export the review drawings: one PDF per town, then the manifest.

:class:`DrawingExport` prepares everything once (inputs read and checked, sheets planned, layers
styled, template read) and then exports one town per :meth:`~DrawingExport.export_next` call, so
Processing can run it in one go and the dialog can run it a town at a time between UI events.
Layouts are not thread-safe (QGIS's own atlas export algorithms run on the main thread for that
reason): every call here belongs on the main thread.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsFeedback

from ...domain.departments import DEPARTMENTS, SURVEYOR
from ...domain.drawings.checks import Finding
from ...domain.drawings.sheet import DRAWING_OUTCOMES, PAGE_FORMATS, QA_MODES
from ...domain.markers.vocabulary import CHECK_STATUSES, MARKER_STATUSES
from ...output.report_pdf import export_layout
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.log import get_logger
from ...toolbelt.resources import plugin_version
from .data import DrawingSources, Report, read_sources
from .manifest import ManifestEntry, sha256_file, write_manifest
from .map_layers import DrawingLayers, build_layers
from .plan import DrawingOptions, TownSheet, plan_sheets
from .sheet import fill_sheet, page_format
from .template import layout_from_template, read_template, template_path

_log = get_logger(__name__)


def describe(finding: Finding) -> str:
    """A finding in the user's language, for the log and the manifest."""
    lang = ui_language()
    if finding.check == "marker_status":
        return tr("Marker {no}: {status}").format(no=finding.subject,
                                                  status=MARKER_STATUSES.label(finding.detail, lang))
    if finding.check == "marker_check":
        return tr("Marker {no}: survey check {result} ({distance} m from the boundary)").format(
            no=finding.subject, result=CHECK_STATUSES.label(finding.level, lang), distance=finding.detail or "?")
    if finding.check == "town_geometry":
        return tr("Town boundary {name}: invalid geometry ({reason})").format(name=finding.subject,
                                                                             reason=finding.detail)
    return tr("Zone {name}: invalid geometry ({reason})").format(name=finding.subject, reason=finding.detail)


@dataclass
class ExportResult:
    folder: Path
    manifest: Path
    manifest_csv: Path
    entries: list[ManifestEntry]

    @property
    def files(self) -> list[Path]:
        return [self.folder / e.file for e in self.entries if e.file]

    @property
    def refused(self) -> list[str]:
        return [e.town for e in self.entries if e.outcome == "refused"]


class DrawingExport:
    def __init__(self, sources: DrawingSources, town_names: Sequence[str], options: DrawingOptions,
                 folder: str | Path, report: Optional[Report] = None):
        self.report = report or (lambda message: _log.info("%s", message))
        self.options = options
        self.folder = Path(folder)
        self.data = read_sources(sources, self.report)
        self.sheets: list[TownSheet] = plan_sheets(self.data, town_names, options)
        self.template = read_template(options.template or template_path(options.page))
        self.layers: DrawingLayers = build_layers(self.data, self.sheets)
        self.entries: list[ManifestEntry] = []
        self.position = 0

    def __len__(self) -> int:
        return len(self.sheets)

    @property
    def done(self) -> bool:
        return self.position >= len(self.sheets)

    def export_next(self) -> ManifestEntry:
        """Export the next town (or record that the QA gate refused it)."""
        sheet = self.sheets[self.position]
        self.position += 1
        notes = [describe(f) for f in sheet.findings]
        for note in notes:
            self.report(f"{sheet.name}: {note}")
        entry = ManifestEntry(sheet.name, sheet.code, "", sheet.number, self.options.version,
                              self.options.date.isoformat(), self.options.page, 0, "", 0, sheet.outcome, notes)
        if sheet.outcome == "refused":
            self.report(tr("{town}: not exported, the checks failed").format(town=sheet.name))
        else:
            layout = layout_from_template(self.layers.project, self.template)
            pages = fill_sheet(layout, self.layers, sheet, self.options, self.data.illustrative).pages
            path = export_layout(layout, self.folder / sheet.file_name)
            entry.file, entry.pages, entry.page_format = path.name, pages, page_format(layout)
            entry.sha256, entry.bytes = sha256_file(path), path.stat().st_size
        self.entries.append(entry)
        return entry

    def finish(self) -> ExportResult:
        """Write the manifest of what was exported (merged with the folder's earlier one)."""
        lang = ui_language()
        header = {
            "title": tr("Red- and yellow-line review drawings"),
            "issuer": DEPARTMENTS[SURVEYOR].label(lang),
            "generated_at": dt.datetime.now().isoformat(timespec="seconds"),
            "plugin_version": plugin_version(),
            "page_format": PAGE_FORMATS.label(self.options.page, lang),
            "qa_mode": QA_MODES.label(self.options.qa_mode, lang),
            "crs": "EPSG:4548",
            "illustrative": self.data.illustrative,
            "outcomes": {o.code: o.label(lang) for o in DRAWING_OUTCOMES},
        }
        json_path, csv_path = write_manifest(self.folder, self.entries, header)
        return ExportResult(self.folder, json_path, csv_path, list(self.entries))

    def run(self, feedback: Optional[QgsFeedback] = None) -> ExportResult:
        """Every town in one go; stops between towns when ``feedback`` is cancelled (the manifest
        then lists what was exported)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        total = max(len(self.sheets), 1)
        while not self.done:
            if feedback is not None and feedback.isCanceled():
                break
            self.export_next()
            if feedback is not None:
                feedback.setProgress(100.0 * self.position / total)
        return self.finish()
