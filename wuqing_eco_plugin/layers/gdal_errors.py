# SPDX-License-Identifier: GPL-2.0-or-later
"""GDAL/OGR errors as Python exceptions for our calls only, and GDAL's errors while QGIS reads.

``gdal.UseExceptions()`` is a switch for the whole QGIS process: flipped at import, it would change
how every other plugin's and Processing's GDAL calls report errors. Our OGR work runs inside
:func:`raising`, which turns exceptions on and puts the setting back as it found it.

When QGIS reads a layer, GDAL reports a damaged page on stderr and the feature iterator simply
ends: 16 of 37 zones look like a complete layer. Readers run inside :func:`failing_reads`, which
listens to GDAL in the reading thread only and turns such an error into :class:`DataReadError`.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

from osgeo import gdal, ogr, osr

from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr
from ..toolbelt.log import get_logger

_MODULES = (gdal, ogr, osr)
F = TypeVar("F", bound=Callable)
T = TypeVar("T")
_log = get_logger(__name__)


#: GDAL failures that spoil one feature, not the read: the feature still comes, without its geometry,
#: and every reader reports it by its id (a zone "without a polygon: skipped").
ONE_FEATURE = frozenset({"Unable to read geometry"})


class DataReadError(WuqingError, OSError):
    """GDAL failed while features were read: what came back is incomplete, so nothing is made of it."""


@contextmanager
def gdal_exceptions() -> Iterator[None]:
    """GDAL, OGR and OSR raise inside the block; the process-wide setting is restored after it."""
    before = [m.GetUseExceptions() for m in _MODULES]
    for module in _MODULES:
        module.UseExceptions()
    try:
        yield
    finally:
        for module, on in reversed(list(zip(_MODULES, before))):  # GDAL keeps the handlers as a stack
            if not on:
                module.DontUseExceptions()


def raising(fn: F) -> F:
    """Run ``fn`` inside :func:`gdal_exceptions`."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with gdal_exceptions():
            return fn(*args, **kwargs)
    return wrapper  # type: ignore[return-value]


@contextmanager
def failing_reads(what: str) -> Iterator[None]:
    """Raise :class:`DataReadError` naming ``what`` (the layer or file) when GDAL reports a failure
    while the block runs. GDAL keeps its error handlers per thread, so this hears the block's own
    reads only (a Processing run reads in its task's thread); warnings go to the plugin's log."""
    failures: list[str] = []

    def listen(level, number, message):
        text = " ".join(str(message).split())
        if level >= gdal.CE_Failure and text not in ONE_FEATURE:
            failures.append(text)
        elif level >= gdal.CE_Warning:
            _log.warning("GDAL (%s): %s", what, text)

    gdal.PushErrorHandler(listen)
    try:
        yield
    finally:
        gdal.PopErrorHandler()
    if failures:
        raise DataReadError(tr("Reading {what} failed, so what was read is incomplete and nothing was made of it "
                               "(GDAL: {error}). Check the file: restore it from a backup or repair it.").format(
            what=what, error="; ".join(dict.fromkeys(failures))))


def read_all(items: Iterable[T], what: str) -> list[T]:
    """``list(items)`` inside :func:`failing_reads`."""
    with failing_reads(what):
        return list(items)
