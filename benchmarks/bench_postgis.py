# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin on the shared PostGIS database against the GeoPackage, in one run, through the plugin's
own features (a real Host, dock and panel, offscreen):

- the ledger dock opening (first time, its form loaded) and refreshing on 10 000 cases, and one
  filter change (status, town, text search, clearing);
- 100 clicks of “what applies here?” (the first reads the zones from the layers);
- the overlap analysis of the sample: zones read, analysed, the pieces stored (replacing the last
  analysis's).

The sample is written into a GeoPackage with 9 992 more cases (copies of the sample's, moved a
little and numbered over ten years, each with its registration in the history), then migrated into
a throwaway PostgreSQL cluster (started here, stopped at the end); the PostGIS columns read as a
login of the environment bureau (the table itself) and of the water bureau (its ``_shared`` views,
row rules included). The machine is shared: the sources take turns, ``--rounds`` times, each figure
is the best of its rounds (of ``--repeat`` runs each within a round), and ``uptime`` is printed
before and after. Usage: ``python benchmarks/bench_postgis.py [--cases 10000] [--rounds 5]``.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qgis"))  # the tests' throwaway cluster

LOGINS = {"bench_env": "env", "bench_water": "water"}


def many_cases(gpkg: Path, total: int) -> None:
    """Grow the sample's ledger to ``total`` cases: copies of its cases, 1 000 numbers a year."""
    from wuqing_eco_plugin.layers import schema
    from wuqing_eco_plugin.layers.ledger.gpkg import GpkgLedgerStorage
    from wuqing_eco_plugin.layers.schema import F

    storage = GpkgLedgerStorage(gpkg)
    cases = storage.select(schema.VIOLATIONS)
    rng = random.Random(13)

    def work(tx, _undo):
        for n in range(total - len(cases)):
            values, point = cases[n % len(cases)]
            year = 2006 + n // 1000  # before the sample's own years
            uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            row = dict(values, record_uid=uid, record_no=f"WQ-{year}-{n % 1000 + 1:04d}",
                       discovered_at=values[F.DISCOVERED_AT].replace(year=year))
            moved = type(point)(point.x + rng.uniform(-150, 150), point.y + rng.uniform(-150, 150))
            tx.insert(schema.VIOLATIONS, row, moved)
            tx.insert(schema.VIOLATION_HISTORY, {
                F.HISTORY_UID: str(uuid.UUID(int=rng.getrandbits(128), version=4)), F.RECORD_UID: uid,
                F.FROM_STATUS: None, F.TO_STATUS: "registered", F.CHANGED_AT: row[F.CREATED_AT],
                F.CHANGED_BY: row[F.CREATED_BY] or "bench"})

    storage.write(work)


def best_s(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


class Desktop:
    """The plugin's features on a main window of their own, as plugin.py builds them."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar

        from wuqing_eco_plugin.ui.host import Host
        from wuqing_eco_plugin.ui.ledger.feature import LedgerFeature
        from wuqing_eco_plugin.ui.overlaps.feature import OverlapsFeature

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.host = Host(self.window, self.canvas, QMenu(self.window), QToolBar(self.window),
                         lambda title, text, level: None, self.window.addDockWidget, self.window.removeDockWidget)
        self.ledger = LedgerFeature(self.host)
        self.overlaps = OverlapsFeature(self.host)

    def close(self) -> None:
        self.ledger.unload()
        self.overlaps.unload()
        self.host.unload()


def measure(source, repeat: int, points) -> dict[str, float]:
    from qgis.core import QgsProject, QgsVectorDataProvider

    from wuqing_eco_plugin.domain.overlaps.pieces import analyze
    from wuqing_eco_plugin.layers.data_source import PostgisSource
    from wuqing_eco_plugin.services.overlaps.analysis import replace_overlaps
    from wuqing_eco_plugin.services.project_data import open_project_data
    from wuqing_eco_plugin.services.project_source import open_database
    from wuqing_eco_plugin.services.zone_input import load_zones
    from wuqing_eco_plugin.services.zone_query import ZoneQuery

    project = QgsProject.instance()
    project.clear()
    loaded = open_database(project, source) if isinstance(source, PostgisSource) else \
        open_project_data(project, source.path)
    desktop = Desktop()
    out: dict[str, float] = {}
    try:
        start = time.perf_counter()
        desktop.ledger.toggle_dock(True)
        out["ledger dock: first opening"] = time.perf_counter() - start
        panel = desktop.ledger.panel
        out["ledger dock: refresh"] = best_s(desktop.ledger.refresh_panel, repeat)
        town = panel.townCombo.itemData(3)

        def filters():
            panel.set_choice(panel.statusCombo, "rectifying")
            panel.set_choice(panel.townCombo, town)
            panel.searchEdit.setText("河道")
            panel.clear_filters()

        out["ledger dock: one filter change"] = best_s(filters, repeat) / 4
        out["cases shown"] = panel.model.rowCount()

        def clicks():
            ZoneQuery._shared = None  # the zones are read again, as when the project was just opened
            desktop.overlaps.toggle_point_tool(True)
            for p in points:
                desktop.overlaps.show_point(p)

        out["100 clicks of what applies here (zones read first)"] = best_s(clicks, repeat)
        zone_layers = [loaded["red_zones"], loaded["yellow_zones"]]
        parts = {"read": [], "analyse": [], "store": []}

        def analysis():
            t0 = time.perf_counter()
            zones = load_zones((f for layer in zone_layers for f in layer.getFeatures()), zone_layers[0].crs(),
                               project.transformContext())
            t1 = time.perf_counter()
            records = analyze(zones.infos, zones.geometries)
            t2 = time.perf_counter()
            replace_overlaps(loaded["overlaps"], records)
            t3 = time.perf_counter()
            for key, value in zip(parts, (t1 - t0, t2 - t1, t3 - t2)):
                parts[key].append(value)

        if loaded["overlaps"].dataProvider().capabilities() & QgsVectorDataProvider.DeleteFeatures:
            out["overlap analysis of the sample"] = best_s(analysis, repeat)
            for key, values in parts.items():
                out[f"  of which {key}"] = min(values)
        out["overlap pieces"] = loaded["overlaps"].featureCount()
    finally:
        desktop.close()
        project.clear()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    uptime = [subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()]
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from pg_cluster import Cluster
        from qgis.core import QgsPointXY

        from wuqing_eco_plugin.layers.data_source import GeoPackageSource, PostgisSource
        from wuqing_eco_plugin.layers.postgis.access import grant_access
        from wuqing_eco_plugin.layers.postgis.create import create_postgis
        from wuqing_eco_plugin.layers.postgis.migrate import migrate_geopackage
        from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage

        folder = tempfile.TemporaryDirectory(prefix="bench_postgis_")
        gpkg = Path(folder.name) / "sample.gpkg"
        write_sample_geopackage(gpkg)
        many_cases(gpkg, args.cases)
        cluster = Cluster().start()
        try:
            dsn = cluster.new_database("wq_bench")
            create_postgis(dsn)
            start = time.perf_counter()
            counts = migrate_geopackage(gpkg, dsn)
            print(f"{counts['violations']} cases, {counts['violation_history']} history rows; "
                  f"migrated in {time.perf_counter() - start:.1f} s", flush=True)
            for login, role in LOGINS.items():
                cluster.sql(f"CREATE ROLE {login} LOGIN")
                grant_access(dsn, login, role)
            cluster.sql("ANALYZE", "wq_bench")
            rng = random.Random(5)
            points = [QgsPointXY(rng.uniform(480_000, 530_000), rng.uniform(4_330_000, 4_400_000)) for _ in range(100)]
            sources = {"GeoPackage": GeoPackageSource(gpkg)}
            for login in LOGINS:
                sources[f"PostGIS ({login})"] = PostgisSource.from_connection(cluster.dsn("wq_bench", login))
            rounds: dict[str, list[dict[str, float]]] = {label: [] for label in sources}
            for n in range(args.rounds):
                for label, source in sources.items():
                    print(f"round {n + 1}: {label}", file=sys.stderr, flush=True)
                    rounds[label].append(measure(source, args.repeat, points))
            results = {label: {key: min(r[key] for r in runs) for key in runs[0]} for label, runs in rounds.items()}
        finally:
            cluster.stop()
            folder.cleanup()
    uptime.append(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    labels = list(results)
    print("\n| step | " + " | ".join(labels) + " | " + " | ".join(f"{b} / GeoPackage" for b in labels[1:]) + " |")
    print("|---|" + "---:|" * (2 * len(labels) - 1))
    for key in results[labels[0]]:
        values = [results[label].get(key) for label in labels]
        if key in ("cases shown", "overlap pieces"):
            print(f"| {key} | " + " | ".join(f"{v:,}" for v in values) + " |" + " |" * (len(labels) - 1))
            continue
        # A login without the right to store the pieces (the water bureau) does not run the analysis.
        cells = [f"{v * 1000:,.0f} ms" if v is not None else "no right" for v in values]
        ratios = [f"{v / values[0]:.2f}" if v is not None else "" for v in values[1:]]
        print(f"| {key} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    print("\nuptime before: " + uptime[0] + "\nuptime after:  " + uptime[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
