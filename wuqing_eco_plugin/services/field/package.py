# SPDX-License-Identifier: GPL-2.0-or-later
"""Making a field package (导出外业数据包): a folder QField opens as it is.

``make_package`` reads the store, writes the package's GeoPackage (:mod:`.package_data`) and its
QGIS project (:mod:`.project`) into an empty folder. A package is never written over another one
(its field work would be lost), and a failed or cancelled packing leaves no half-written folder.
"""
from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsFeedback

from ...domain.errors import WuqingError
from ...domain.field.package import FORMAT_VERSION, PURPOSES, PackageInfo, Town, choose_towns
from ...layers import schema
from ...layers.features import text_value
from ...layers.field.gpkg import settle
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ..ledger.source import DataSource
from .package_data import PackageWriter
from .project import PHOTO_FOLDER, PackageProject

PACKAGE_GPKG = "wuqing_field.gpkg"


class PackageError(WuqingError, ValueError):
    """The package cannot be made as asked (nothing was written)."""


@dataclass(frozen=True)
class PackageResult:
    folder: Path
    project: Path
    gpkg: Path
    info: PackageInfo
    counts: dict[str, int]

    def summary(self) -> str:
        c = self.counts
        lang = ui_language()
        what = (tr("{n} open cases").format(n=c.get("open_cases", 0)) if self.info.purpose == "patrol"
                else tr("{n} markers").format(n=c.get("markers", 0)))
        return tr("{purpose} package for {towns}: {zones} zones, {what}; open {project} in QField").format(
            purpose=PURPOSES.label(self.info.purpose, lang), towns="、".join(self.info.town_names),
            zones=c.get("zones", 0), what=what, project=self.project)


def _check_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise PackageError(tr("{folder} is not empty: choose an empty folder (a package there would be "
                              "overwritten, with its field work)").format(folder=folder))


def make_package(source: DataSource, purpose: str, towns: Sequence[str], folder: Path, patrol: str = "",
                 feedback: Optional[QgsFeedback] = None, now: Optional[dt.datetime] = None) -> PackageResult:
    """Write the package of ``purpose`` (``patrol`` or ``survey``) for ``towns`` (names or codes;
    empty: every town) into ``folder``, which must be empty or not exist yet."""
    if purpose not in PURPOSES:
        raise PackageError(tr("Unknown purpose {purpose}: patrol or survey").format(purpose=purpose))
    folder = Path(folder)
    _check_folder(folder)
    features = {text_value(f, F.NAME): f for f in source.layer(schema.TOWNS).getFeatures() if text_value(f, F.NAME)}
    known = [Town(name, text_value(f, F.CODE) or "") for name, f in features.items()]
    chosen, unknown = choose_towns(list(towns), known)
    if unknown:
        raise PackageError(tr("No town or street {unknown} in the project data; its towns are: {known}").format(
            unknown="、".join(unknown), known="、".join(t.name for t in known)))
    if not chosen:
        raise PackageError(tr("The project data holds no towns to make a package for"))
    code, name = source.district()
    info = PackageInfo(str(uuid.uuid4()), purpose, FORMAT_VERSION, code, name, tuple(chosen), patrol.strip(),
                       (now or dt.datetime.now()).replace(microsecond=0), source.label)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / PACKAGE_GPKG
    try:
        town_features = [features[t.name] for t in chosen]
        writer = PackageWriter(source, gpkg, info, town_features)

        def progress(percent: float) -> None:
            if feedback is not None:
                if feedback.isCanceled():
                    raise PackageError(tr("Cancelled: no package was written"))
                feedback.setProgress(percent * 0.8)

        counts = writer.write(progress)
        project = PackageProject(folder, gpkg, info)
        project.build(writer.area.geometry.boundingBox())
        path = project.write()
        project.release()
        del writer
        settle(gpkg)
    except BaseException:
        _remove(folder, created)
        raise
    if feedback is not None:
        feedback.setProgress(100.0)
    return PackageResult(folder, path, gpkg, info, counts)


def _remove(folder: Path, created: bool) -> None:
    """Undo a failed packing: the folder was empty (or new) before it."""
    if created:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for name in (PACKAGE_GPKG, f"{PACKAGE_GPKG}-wal", f"{PACKAGE_GPKG}-shm", PHOTO_FOLDER):
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    for qgs in folder.glob("*.qgs"):
        qgs.unlink(missing_ok=True)
