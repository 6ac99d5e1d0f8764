# SPDX-License-Identifier: GPL-2.0-or-later
"""One town's review drawing with 250 to 2 000 zones in it: seconds, pages and peak memory per size.

Each size runs in a process of its own so that its peak memory is its own. Memory must grow no
faster than the zones (2 000 zones once took 4.45 GB and failed: the zone table continued on pages
of a few rows each).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = (250, 500, 1000, 2000)


def one(n: int, work: Path) -> str:
    import resource
    import time

    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingSources
    from wuqing_eco_plugin.services.drawings.export import DrawingExport
    from wuqing_eco_plugin.services.drawings.plan import DrawingOptions

    gpkg = work / "sample.gpkg"
    write_sample_geopackage(gpkg)
    towns = QgsVectorLayer(storage.uri(gpkg, "towns"), "towns", "ogr")
    town = next(f.geometry() for f in towns.getFeatures() if f["name"] == "杨村街道")
    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=zone_uid:string&field=name:string"
                           "&field=zone_type:string&field=line_class:string", "zones", "memory")
    p, side, features, i = town.pointOnSurface().asPoint(), int(n ** 0.5) + 1, [], 0
    while len(features) < n:  # 20 m squares 30 m apart around a point of the town, those inside it
        x, y = p.x() + (i % side - side / 2) * 30, p.y() + (i // side - side / 2) * 30
        i += 1
        square = QgsGeometry.fromWkt(f"MultiPolygon((({x} {y},{x + 20} {y},{x + 20} {y + 20},{x} {y + 20},{x} {y})))")
        if town.contains(square):
            f = QgsFeature(zones.fields())
            f.setGeometry(square)
            f.setAttributes([f"z{i}", f"测试区{i}", "forest_belt", "red" if i % 2 else "yellow"])
            features.append(f)
    zones.dataProvider().addFeatures(features)
    start = time.perf_counter()
    result = DrawingExport(DrawingSources([DrawingInput.from_layer(zones)], DrawingInput.from_layer(towns)),
                           ["杨村街道"], DrawingOptions(), work / "out").run()
    seconds = time.perf_counter() - start
    pages = result.entries[0].pages
    del towns, zones
    return f"{n:>6} {seconds:>8.1f} {pages:>6} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:>8}"


def main() -> int:
    if len(sys.argv) == 2:
        from wuqing_eco_plugin.toolbelt.headless import qgis_application

        with qgis_application():
            print(one(int(sys.argv[1]), Path(tempfile.mkdtemp(prefix="bench_dense_"))))
        return 0
    print(" zones  seconds  pages  peak MB")
    for n in SIZES:
        out = subprocess.run([sys.executable, __file__, str(n)], capture_output=True, text=True, check=True)
        print(out.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
