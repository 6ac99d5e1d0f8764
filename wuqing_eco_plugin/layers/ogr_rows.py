# SPDX-License-Identifier: GPL-2.0-or-later
"""Rows of the GeoPackage through OGR as plain Python values (for writes in one SQL transaction).

Dates and times are written as QGIS writes them (no time zone flag), so QGIS reads them back the
same; booleans are the GeoPackage's 0/1.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from osgeo import ogr
from shapely import wkb
from shapely.geometry.base import BaseGeometry

_NO_TZ = 0


def set_values(feature: ogr.Feature, values: Mapping[str, Any]) -> None:
    """Set ``values`` (name → Python value; None is NULL) on ``feature``; unknown names raise KeyError."""
    defn = feature.GetDefnRef()
    for name, value in values.items():
        idx = defn.GetFieldIndex(name)
        if idx < 0:
            raise KeyError(f"{defn.GetName()} has no field {name}")
        if value is None:
            feature.SetFieldNull(idx)
        elif isinstance(value, bool):
            feature.SetField(idx, int(value))
        elif isinstance(value, dt.datetime):
            feature.SetField(idx, value.year, value.month, value.day, value.hour, value.minute,
                             value.second + value.microsecond / 1e6, _NO_TZ)
        elif isinstance(value, dt.date):
            feature.SetField(idx, value.year, value.month, value.day, 0, 0, 0, _NO_TZ)
        else:
            feature.SetField(idx, value)


def get_values(feature: ogr.Feature) -> dict[str, Any]:
    """Every field of ``feature`` as Python: datetime, date, bool, int, float, str or None."""
    defn = feature.GetDefnRef()
    out: dict[str, Any] = {}
    for idx in range(defn.GetFieldCount()):
        fdefn = defn.GetFieldDefn(idx)
        name = fdefn.GetName()
        if not feature.IsFieldSetAndNotNull(idx):
            out[name] = None
            continue
        ftype = fdefn.GetType()
        if ftype == ogr.OFTDateTime:
            y, mo, d, h, mi, s, _tz = feature.GetFieldAsDateTime(idx)
            whole = int(s)
            out[name] = dt.datetime(y, mo, d, h, mi, whole, int(round((s - whole) * 1e6)) % 1_000_000)
        elif ftype == ogr.OFTDate:
            y, mo, d = feature.GetFieldAsDateTime(idx)[:3]
            out[name] = dt.date(y, mo, d)
        elif ftype == ogr.OFTInteger and fdefn.GetSubType() == ogr.OFSTBoolean:
            out[name] = bool(feature.GetFieldAsInteger(idx))
        else:
            out[name] = feature.GetField(idx)
    return out


def to_ogr_geometry(geometry: BaseGeometry) -> ogr.Geometry:
    return ogr.CreateGeometryFromWkb(wkb.dumps(geometry))
