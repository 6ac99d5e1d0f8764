# SPDX-License-Identifier: GPL-2.0-or-later
"""Where output goes: a file or folder the plugin will write is checked before any work starts.

A read-only share, a folder name that is really a file, or a folder that cannot be created would
otherwise surface only at the end, as a traceback or QGIS's "creation of data source failed". The
check writes (and removes) a temporary file, because permissions alone do not tell: the
administrator is allowed everything on a read-only file system, and network shares have their own rules.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr


class OutputError(WuqingError, OSError):
    """An output that cannot be written; the message names it and says what to do."""


def check_output(path: str | Path, folder: bool = False) -> None:
    """Raise :class:`OutputError` when ``path`` (a file to write, or with ``folder`` a folder to write
    into) cannot be written. A folder that does not exist yet is fine when it can be created."""
    path = Path(path)
    if not folder and path.is_dir():
        raise OutputError(tr("{path} is a folder: give the name of a file to write").format(path=path))
    target = path if folder else path.parent
    existing = target
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(tr("{path} is a file, not a folder: choose a folder for the output").format(path=existing))
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        what = tr("The folder {folder} cannot be written") if existing == target else tr(
            "The folder {folder} cannot be created")
        raise OutputError(what.format(folder=target) + f" ({exc.strerror or exc}). " + tr(
            "Choose another folder, or ask for write access to this one.")) from None
