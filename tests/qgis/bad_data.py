# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad data made from the sample: a copy of its GeoPackage with one feature added through OGR."""
from __future__ import annotations

import shutil
from pathlib import Path

from osgeo import ogr

#: A bow-tie (self-intersecting) polygon in the middle of Wuqing.
BOWTIE = "MULTIPOLYGON(((505000 4370000,507000 4372000,507000 4370000,505000 4372000,505000 4370000)))"


def copy_with_feature(sample: Path, target: Path, table: str, wkt: str, name: str, uid: str = "bad-1") -> Path:
    """``sample`` copied to ``target`` with one more feature of ``table``: a copy of its first one,
    named ``name``, with ``uid`` in its unique fields and the geometry ``wkt``."""
    shutil.copy(sample, target)
    ds = ogr.Open(str(target), 1)
    layer = ds.GetLayerByName(table)
    first = layer.GetNextFeature()
    feature = ogr.Feature(layer.GetLayerDefn())
    for i in range(first.GetFieldCount()):
        feature.SetField(i, first.GetField(i))
    for key in ("zone_uid", "code"):  # unique in their tables
        if feature.GetFieldIndex(key) >= 0:
            feature.SetField(key, uid)
    feature.SetField("name", name)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0
    ds = None  # noqa: F841 - closing writes the file
    return target
