# SPDX-License-Identifier: GPL-2.0-or-later
"""Overlap analysis against QGIS's own ``native:union`` and against noding alone, in one run.

For each family of generated zones (:data:`benchmarks.zone_generator.FAMILIES`: ``corridors``, the
project's red/yellow corridors and blobs; ``crossing``, a dense network of corridors that cross many
times) and each size, the zones are written once to a GeoPackage; then, each in a fresh process so
that its peak memory is its own (``resource.getrusage``):

* ``engine``: the domain analysis from valid shapely geometries to records (what the task runs);
* ``node``: one unary union of every zone boundary, the noding any exact overlay needs;
* ``ours``: ``wuqing_eco:analyze_overlaps`` end to end (read, repair, analyse, write a GeoPackage),
  with the time spent after the analysis (the algorithm's progress passes 90 % when the analysis is
  done) reported as *output*, and the CPU time the algorithm's thread spends in it making and
  releasing the features (GDAL writes them on a helper thread meanwhile) as *building*; the
  last step of the analysis, describing the pieces (each distinct cover's zones ordered and its rule
  resolved, a record per piece), is reported on its own as *describing*;
* ``union``: ``native:union`` on the same layer, to a GeoPackage (a memory output fails on red/yellow
  data in QGIS 3.22: the union emits lines where zones only touch);
* ``store``: what the desktop does after its analysis task: the pieces stored into the project's
  ``overlaps`` table (a fresh GeoPackage of the plugin's schema), then stored again, replacing them.
  ``--store PROVIDER:URI`` stores into another ``overlaps`` table instead (any QGIS provider, e.g.
  ``postgres:"dbname=… table=\"wuqing\".\"overlaps\" (geom)"``), to compare stores.

Each measurement is repeated (``--repeat``, 3 by default) and the fastest run kept, as ``timeit``
does: on a shared virtual machine a run of a few seconds can lose a quarter of its time to other
work, and the fastest run is the one least disturbed. A run longer than :data:`LONG` seconds is not
repeated (``native:union`` at 600 zones takes one to three minutes; what disturbs it averages out).

Usage: ``python benchmarks/bench_overlaps.py [--families corridors,crossing] [--sizes 100,300,600,2000]
[--union-max 2000] [--repeat 3]``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def write_zones(n: int, path: Path, family: str = "corridors") -> int:
    """The generated zones of ``family`` as a GeoPackage layer ``zones``; returns the number of vertices."""
    from osgeo import ogr, osr

    from benchmarks.zone_generator import FAMILIES

    ogr.UseExceptions()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    layer = ds.CreateLayer("zones", srs, ogr.wkbMultiPolygon)
    for name, kind in (("zone_uid", ogr.OFTString), ("name", ogr.OFTString), ("zone_type", ogr.OFTString),
                       ("line_class", ogr.OFTString), ("water_supply", ogr.OFTInteger),
                       ("nature_reserve", ogr.OFTInteger), ("road_belt", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    vertices = 0
    layer.StartTransaction()
    for z in FAMILIES[family](n):
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in (("zone_uid", z.uid), ("name", z.name), ("zone_type", z.zone_type),
                           ("line_class", z.line_class)):
            feature.SetField(key, value)
        for flag in ("water_supply", "nature_reserve", "road_belt"):
            feature.SetField(flag, int(bool(z.flags.get(flag))))
        geometry = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(z.geometry.wkb))
        vertices += sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors)
                        for p in getattr(z.geometry, "geoms", [z.geometry]))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None  # noqa: F841 - closing flushes
    return vertices


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _load_shapely(gpkg: Path):
    from osgeo import ogr
    from shapely import wkb

    from wuqing_eco_plugin.domain.repair import repair
    from wuqing_eco_plugin.domain.rules import ZoneInfo

    ds = ogr.Open(str(gpkg))
    infos, geoms = [], []
    for f in ds.GetLayerByName("zones"):
        infos.append(ZoneInfo(f.GetField("zone_uid"), f.GetField("name"), f.GetField("zone_type"),
                              f.GetField("line_class"), bool(f.GetField("water_supply")),
                              bool(f.GetField("nature_reserve")), road_belt=bool(f.GetField("road_belt"))))
        geoms.append(repair(wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))).geometry)
    return infos, geoms


def _store(gpkg: Path, out: str) -> dict:
    """The pieces of the zones in ``gpkg`` stored into an ``overlaps`` table twice (``out``: the path
    of a GeoPackage to create, or PROVIDER:URI of an existing table), timed."""
    from qgis.core import QgsVectorLayer

    from wuqing_eco_plugin.domain.overlaps.pieces import analyze
    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.services.overlaps.analysis import replace_overlaps
    from wuqing_eco_plugin.services.zone_input import load_zones

    source = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    zones = load_zones(source.getFeatures(), source.crs())
    records = analyze(zones.infos, zones.geometries)
    if out.endswith(".gpkg"):
        provider, uri = "ogr", storage.uri(storage.create_geopackage(out), "overlaps")
    else:
        provider, _, uri = out.partition(":")
    layer = QgsVectorLayer(uri, "overlaps", provider)
    times = []
    for _ in range(2):
        start = time.perf_counter()
        count = replace_overlaps(layer, records)
        times.append(time.perf_counter() - start)
    del layer, source
    return {"seconds": times[0], "again": times[1], "rss_mb": _peak_mb(), "count": count}


def measure(kind: str, gpkg: Path, out: str) -> dict:
    """One measurement in this process (run by the parent as a subprocess)."""
    if kind in ("engine", "node"):
        infos, geoms = _load_shapely(gpkg)
        start = time.perf_counter()
        if kind == "engine":
            from wuqing_eco_plugin.domain.overlaps.pieces import analyze

            count = len(analyze(infos, geoms))
        else:
            from shapely.ops import unary_union

            count = len(getattr(unary_union([g.boundary for g in geoms]), "geoms", []))
        return {"seconds": time.perf_counter() - start, "rss_mb": _peak_mb(), "count": count}
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        if kind == "store":
            return _store(gpkg, out)
        import processing
        from processing.core.Processing import Processing
        from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

        class Feedback(QgsProcessingFeedback):
            """Notes when the progress first reaches 90 % (ours: the analysis is done, output starts)."""

            overlaid: float | None = None
            analysed: float | None = None

            def setProgress(self, progress: float) -> None:  # noqa: N802 - QGIS override
                if progress >= 90 * OVERLAID and self.overlaid is None:
                    self.overlaid = time.perf_counter()
                if progress >= 90 and self.analysed is None:
                    self.analysed = time.perf_counter()
                super().setProgress(progress)

        Processing.initialize()
        from wuqing_eco_plugin.domain.overlaps.pieces import OVERLAID
        from wuqing_eco_plugin.processing.provider import WuqingEcoProvider

        provider = WuqingEcoProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        layer = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
        algorithm = "wuqing_eco:analyze_overlaps" if kind == "ours" else "native:union"
        feedback = Feedback()
        building_time = _time_the_building() if kind == "ours" else {}
        start = time.perf_counter()
        result = processing.run(algorithm, {"INPUT": layer, "OUTPUT": str(out)}, feedback=feedback)
        end = time.perf_counter()
        written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
        count = sum(1 for _ in written.getFeatures())
        del written, layer
        QgsApplication.processingRegistry().removeProvider(provider)
        output = end - feedback.analysed if kind == "ours" and feedback.analysed is not None else None
        building = building_time.get("building") if output is not None else None
        describing = feedback.analysed - feedback.overlaid if output is not None and feedback.overlaid else None
        return {"seconds": end - start, "output": output, "building": building, "describing": describing,
                "rss_mb": _peak_mb(), "count": count}


def _time_the_building() -> dict:
    """Times the Python side of the overlap algorithm's output (``building``): the CPU time of the
    algorithm's thread while it adds the features, making them and releasing them; the sink writes
    them on a helper thread meanwhile (``layers.sink_writing.add_features``)."""
    from wuqing_eco_plugin.processing.overlaps import analyze_overlaps

    times = {"building": None}
    add_features = analyze_overlaps.add_features

    def timed(sink, features, **kwargs):
        start = time.thread_time()
        try:
            return add_features(sink, features, **kwargs)
        finally:
            times["building"] = time.thread_time() - start

    analyze_overlaps.add_features = timed
    return times


#: Seconds above which a measurement is not repeated.
LONG = 30.0


def best_run(kind: str, gpkg: Path, out: Path | str, timeout: float, repeat: int) -> dict | None:
    """The fastest of up to ``repeat`` runs of ``kind`` (one when a run takes over :data:`LONG` s)."""
    best = None
    for k in range(max(1, repeat)):
        target = out if k == 0 or not str(out).endswith(".gpkg") else Path(str(out)[:-5] + f"_{k}.gpkg")
        result = run_child(kind, gpkg, target, timeout)
        if result is None or "timeout" in result:
            return result if best is None else best
        if best is None or result["seconds"] < best["seconds"]:
            best = result
        if result["seconds"] > LONG:
            break
    return best


def run_child(kind: str, gpkg: Path, out: Path | str, timeout: float) -> dict | None:
    cmd = [sys.executable, __file__, "--child", kind, str(gpkg), str(out)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:  # qgis can crash at exit after writing: the JSON line is printed before that
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(lines[-1])


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", default="corridors,crossing")
    parser.add_argument("--sizes", default="100,300,600,2000")
    parser.add_argument("--union-max", type=int, default=2000, help="skip native:union above this size")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per measurement")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest is kept")
    parser.add_argument("--store", help="PROVIDER:URI of an overlaps table to store into (default: a new GeoPackage)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "GPKG", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, gpkg, out = args.child
        print(json.dumps(measure(kind, Path(gpkg), out)), flush=True)
        return 0
    header = ("zones", "vertices", "pieces", "engine s", "ours s", "describing s (share)", "output s (share)",
              "building s (share)",
              "noding s", "union s",
              "ours/noding", "union/ours", "store s (again)", "RSS MB engine/ours/union", "load")
    with tempfile.TemporaryDirectory() as tmp:
        for family in args.families.split(","):
            print(f"\n{family}: cores {os.cpu_count()}, load average at start {os.getloadavg()[0]:.2f}", flush=True)
            print(" | ".join(header), flush=True)
            for n in (int(s) for s in args.sizes.split(",")):
                print(" | ".join(_row(family, n, Path(tmp), args)), flush=True)
    return 0


def _row(family: str, n: int, tmp: Path, args: argparse.Namespace) -> tuple[str, ...]:
    """One line of the table: every measurement of ``n`` zones of ``family``."""
    gpkg = tmp / f"{family}_{n}.gpkg"
    vertices = write_zones(n, gpkg, family)
    r = {kind: best_run(kind, gpkg, tmp / f"{family}_{kind}_{n}.gpkg", args.timeout, args.repeat)
         for kind in ("engine", "node", "ours") + (("union",) if n <= args.union_max else ())}
    r["store"] = best_run("store", gpkg, args.store or tmp / f"{family}_store_{n}.gpkg", args.timeout,
                          1 if args.store else args.repeat)
    store = f"{_fmt(r['store']['seconds'])} ({_fmt(r['store']['again'])})" if r["store"] and "again" in r["store"] \
        else "—"
    # A measurement that ran out of time counts as at least the time it was given.
    t = {k: (v.get("seconds", v.get("timeout")) if v else None) for k, v in r.items()}
    late = {k for k, v in r.items() if v and "timeout" in v}
    ratio_node = t["ours"] / t["node"] if t.get("ours") and t.get("node") else None
    ratio_union = t["union"] / t["ours"] if t.get("union") and t.get("ours") else None

    def share(part: str) -> str:
        value = r["ours"].get(part) if r.get("ours") else None
        return f"{_fmt(value)} ({100 * value / t['ours']:.0f} %)" if value is not None else "—"

    rss = "/".join(_fmt(r[k].get("rss_mb"), 0) if r.get(k) else "—" for k in ("engine", "ours", "union"))

    def shown(kind: str, value: float | None, digits: int = 2) -> str:
        return ("> " if kind in late else "") + _fmt(value, digits)

    pieces = str(r["engine"].get("count", "—") if r["engine"] else "—")
    return (str(n), str(vertices), pieces, shown("engine", t["engine"]), shown("ours", t["ours"]),
            share("describing"), share("output"), share("building"), shown("node", t["node"]),
            shown("union", t.get("union")), _fmt(ratio_node), shown("union", ratio_union, 1), store, rss,
            f"{os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
