# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker design and checks on every zone of the sample (about 3 400 km of boundary): how long they take.

Run with `make bench`. Prints the number of markers and the seconds for design, check and the
nearest-boundary queries, so a slower change shows up here, never in the timed tests we do not have.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from wuqing_eco_plugin.domain.markers.checks import MarkerPoint, Tolerances, check_markers
        from wuqing_eco_plugin.domain.markers.design import DesignParams, DesignZone, design_markers
        from wuqing_eco_plugin.domain.zones import ZONE_TYPES, ZoneShape
        from wuqing_eco_plugin.sample.data import build_sample

        zones = build_sample()["zones"]
        design_zones = [DesignZone(z["zone_uid"], ZONE_TYPES[z["zone_type"]].short, z["feature_code"], z["geometry"])
                        for z in zones]
        length_km = sum(z["geometry"].length for z in zones) / 1000
        for spacing in (200.0, 100.0):
            t = time.perf_counter()
            markers = design_markers(design_zones, DesignParams(max_spacing_m=spacing))
            design_s = time.perf_counter() - t
            points = [MarkerPoint(m.marker_no, m.x + 0.3, m.y) for m in markers]
            designed = [MarkerPoint(m.marker_no, m.x, m.y) for m in markers]
            t = time.perf_counter()
            report = check_markers([ZoneShape(z["zone_uid"], z["geometry"]) for z in zones], points, designed,
                                   Tolerances(max_spacing_m=spacing))
            check_s = time.perf_counter() - t
            print(f"spacing {spacing:>5.0f} m: {len(markers):>6} markers on {length_km:,.0f} km of boundary; "
                  f"design {design_s:.2f} s, check {check_s:.2f} s ({len(report.issues)} issues)")
        write_twice(200.0)
    return 0


def write_twice(spacing: float) -> None:
    """Design every sample zone into a GeoPackage's markers table, then again (the old design goes):
    the write must not grow with the markers already in the table for each one added."""
    import tempfile

    from qgis.core import QgsVectorLayer

    from wuqing_eco_plugin.domain.markers.design import DesignParams
    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage
    from wuqing_eco_plugin.services.markers.design import write_design
    from wuqing_eco_plugin.services.zone_input import load_zones

    path = Path(tempfile.mkdtemp(prefix="bench_markers_")) / "sample.gpkg"
    write_sample_geopackage(path)
    layer = QgsVectorLayer(storage.uri(path, "zones"), "zones", "ogr")
    zones = load_zones(list(layer.getFeatures()), layer.crs())
    markers = QgsVectorLayer(storage.uri(path, "markers"), "markers", "ogr")
    for label in ("design into the table", "design again"):
        t = time.perf_counter()
        result = write_design(markers, zones, DesignParams(max_spacing_m=spacing))
        print(f"{label} at {spacing:.0f} m: {result.added} added, {result.replaced} replaced, "
              f"{time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
