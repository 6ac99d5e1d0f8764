# SPDX-License-Identifier: GPL-2.0-or-later
"""What every step of a sync works with: the store, the package, its log, the report, the time."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ...domain.field.package import PackageInfo
from ...domain.field.sync import SyncItem, SyncReport, package_photo
from ...domain.markers.checks import CheckReport
from ..ledger.source import DataSource
from .sync_log import SyncLog


@dataclass
class SyncContext:
    source: DataSource
    folder: Path
    gpkg: Path
    info: PackageInfo
    log: SyncLog
    report: SyncReport
    now: dt.datetime
    progress: Callable[[float], None] = lambda _p: None
    #: The check of the moved markers against the design (a survey package with moves).
    checks: Optional[CheckReport] = None

    def record(self, item: SyncItem, field_hash: Optional[str] = None, office_hash: Optional[str] = None
               ) -> SyncItem:
        """Report ``item`` and log it in the package."""
        self.report.add(item)
        self.log.add(item, self.now, field_hash, office_hash)
        return item

    def photos(self, stored: dict[str, Optional[str]]) -> tuple[dict[str, Path], tuple[str, ...]]:
        """The package files behind photo fields' values (field name → file; empty fields skipped),
        and the reasons some cannot be used."""
        files, reasons = {}, []
        for name, value in stored.items():
            if not value or not str(value).strip():
                continue
            path, reason = package_photo(self.folder, str(value))
            if reason:
                reasons.append(reason)
            else:
                files[name] = path
        return files, tuple(dict.fromkeys(reasons))
