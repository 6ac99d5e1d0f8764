# SPDX-License-Identifier: GPL-2.0-or-later
"""GDAL/OGR errors as Python exceptions for our calls only.

``gdal.UseExceptions()`` is a switch for the whole QGIS process: flipped at import, it would change
how every other plugin's and Processing's GDAL calls report errors. Our OGR work runs inside
:func:`raising`, which turns exceptions on and puts the setting back as it found it.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from osgeo import gdal, ogr, osr

_MODULES = (gdal, ogr, osr)
F = TypeVar("F", bound=Callable)


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
