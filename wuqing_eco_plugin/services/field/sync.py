# SPDX-License-Identifier: GPL-2.0-or-later
"""Bringing a field package home (导入外业成果): ``sync_package``.

The package must be whole and ours: its GeoPackage there and readable, its format this plugin's,
its district the store's (:func:`...domain.field.package.compatibility`); otherwise nothing is
read. Then the patrol's new cases go into the ledger (:mod:`.sync_cases`) or the survey's marker
changes into the markers (:mod:`.sync_markers`), each item on its own, so one bad item never stops
the rest. Every outcome is logged in the package and written, readable, into a report file in the
package folder.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsFeedback

from ...domain.errors import WuqingError
from ...domain.field.package import PACKAGE_PROBLEMS, PackageInfo, compatibility
from ...domain.field.sync import SyncReport
from ...domain.markers.checks import CheckReport
from ...layers.storage import SchemaError
from ...toolbelt.i18n import tr, ui_language
from ..ledger.source import DataSource
from .package import PACKAGE_GPKG
from .package_data import read_info
from .report import report_text
from .sync_cases import sync_cases
from .sync_context import SyncContext
from .sync_log import SyncLog
from .sync_markers import sync_markers


class SyncError(WuqingError, ValueError):
    """The package cannot be read at all (nothing was written)."""


@dataclass(frozen=True)
class SyncResult:
    info: PackageInfo
    report: SyncReport
    checks: Optional[CheckReport]
    text: str
    report_file: Path

    def counts(self) -> dict[str, int]:
        return self.report.counts()


def open_package(folder: Path) -> tuple[Path, PackageInfo]:
    """The package's GeoPackage and its ``package_info``; :class:`SyncError` when the folder does not
    hold a whole package."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(tr("The package folder {folder} does not exist").format(folder=folder))
    gpkg = folder / PACKAGE_GPKG
    if not gpkg.is_file():
        raise SyncError(tr("{folder} holds no {file}: not a field package, or a half-copied one").format(
            folder=folder, file=PACKAGE_GPKG))
    try:
        info = read_info(gpkg)
    except SchemaError as exc:
        raise SyncError(tr("{file} is not a field package of this plugin: {error}").format(
            file=gpkg, error=exc)) from exc
    if info is None:
        raise SyncError(tr("{file} does not say what package it is (no package_info row)").format(file=gpkg))
    return gpkg, info


def sync_package(source: DataSource, folder: Path, feedback: Optional[QgsFeedback] = None,
                 now: Optional[dt.datetime] = None) -> SyncResult:
    """Bring the field work of the package in ``folder`` into ``source``."""
    folder = Path(folder).resolve()
    gpkg, info = open_package(folder)
    problems = compatibility(info, source.district()[0])
    if problems:
        lang = ui_language()
        raise SyncError("; ".join(PACKAGE_PROBLEMS.label(p, lang) for p in problems))
    now = (now or dt.datetime.now()).replace(microsecond=0)

    def progress(percent: float) -> None:
        """Called between items: a cancel stops there, what is done stays done and logged."""
        if feedback is not None:
            if feedback.isCanceled():
                raise SyncError(tr("Cancelled: the items brought in so far are kept and logged"))
            feedback.setProgress(percent)

    ctx = SyncContext(source, folder, gpkg, info, SyncLog(gpkg), SyncReport(), now, progress)
    try:
        (sync_cases if info.purpose == "patrol" else sync_markers)(ctx)
    finally:
        ctx.log.flush()
    text = report_text(ctx)
    report_file = folder / f"sync_report_{now:%Y%m%d_%H%M%S}.txt"
    report_file.write_text(text, encoding="utf-8")
    return SyncResult(info, ctx.report, ctx.checks, text, report_file)
