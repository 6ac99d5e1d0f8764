# SPDX-License-Identifier: GPL-2.0-or-later
"""“What applies here?” on 10,000 zones: time per click of ``ZoneQuery.report`` (R-tree + prepared
geometries, no full scan) plus the panel's text, first clicks (geometries prepared on first use) and
repeated clicks.

The zones come from the generator at the density of 600 zones over a Tianjin-sized region, on a
region grown to hold 10,000 of them. Usage: ``python benchmarks/bench_zone_query.py [--zones 10000]``.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=10_000)
    parser.add_argument("--clicks", type=int, default=2_000)
    args = parser.parse_args()
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

        from benchmarks.zone_generator import EXTENT, generate
        from wuqing_eco_plugin.services.zone_query import ZoneQuery
        from wuqing_eco_plugin.ui.overlaps.point_panel import report_html

        x0, y0, x1, y1 = EXTENT
        grow = (args.zones / 600) ** 0.5
        extent = (x0, y0, x0 + (x1 - x0) * grow, y0 + (y1 - y0) * grow)
        start = time.perf_counter()
        zones = generate(args.zones, extent=extent, step=120.0)
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=zone_uid:string&field=name:string"
                               "&field=zone_type:string&field=line_class:string", "zones", "memory")
        features = []
        for z in zones:
            f = QgsFeature(layer.fields())
            g = QgsGeometry()
            g.fromWkb(z.geometry.wkb)
            f.setGeometry(g)
            f.setAttributes([z.uid, z.name, z.zone_type, z.line_class])
            features.append(f)
        layer.dataProvider().addFeatures(features)
        vertices = sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors)
                       for z in zones for p in getattr(z.geometry, "geoms", [z.geometry]))
        print(f"{args.zones} zones ({vertices} vertices) generated and loaded in {time.perf_counter() - start:.1f} s; "
              f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}", flush=True)
        start = time.perf_counter()
        query = ZoneQuery([layer])
        print(f"index built in {time.perf_counter() - start:.2f} s", flush=True)
        rng = random.Random(7)
        points = [QgsPointXY(rng.uniform(extent[0], extent[2]), rng.uniform(extent[1], extent[3]))
                  for _ in range(args.clicks)]
        # Half the clicks where zones are (users click on them), half anywhere.
        for z in zones[: args.clicks // 2]:
            p = z.geometry.representative_point()
            points.append(QgsPointXY(p.x, p.y))
        for label in ("first clicks", "repeated clicks"):
            times, hits = [], 0
            for p in points:
                t = time.perf_counter()
                report = query.report(p)
                report_html(report)  # the panel's text too: what the user waits for
                times.append((time.perf_counter() - t) * 1000.0)
                hits += bool(report.zones)
            times.sort()
            print(f"{label}: {len(times)} clicks ({hits} in zones), mean {statistics.mean(times):.3f} ms, "
                  f"median {statistics.median(times):.3f} ms, p95 {times[int(0.95 * len(times))]:.3f} ms, "
                  f"max {times[-1]:.3f} ms", flush=True)
        del query, layer
    return 0


if __name__ == "__main__":
    sys.exit(main())
