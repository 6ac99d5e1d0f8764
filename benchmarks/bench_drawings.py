# SPDX-License-Identifier: GPL-2.0-or-later
"""Review drawings of all 30 sample towns, against a bare atlas export of the same layout.

The bare run is QGIS alone: the same template, layers and atlas, exported with
``QgsLayoutExporter.exportToPdfs`` (no zone tables, no legend fitting, no coordinate pages, no
hashes, no manifest). The full run is what the dialog and the algorithm do, preparation included.
Best of two runs each, as the machine may be shared.
"""
from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 2


def bench(work: Path) -> list[tuple[str, int, float]]:
    """(run, towns, best seconds) of the bare atlas export and of the full export."""
    from qgis.core import QgsLayoutExporter, QgsVectorLayer

    from wuqing_eco_plugin.layers import schema, storage
    from wuqing_eco_plugin.output.report_pdf import pdf_settings
    from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage
    from wuqing_eco_plugin.services.drawings import sheet as drawing_sheet
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingSources
    from wuqing_eco_plugin.services.drawings.export import DrawingExport
    from wuqing_eco_plugin.services.drawings.plan import DrawingOptions
    from wuqing_eco_plugin.services.drawings.template import layout_from_template

    gpkg = work / "sample.gpkg"
    write_sample_geopackage(gpkg)
    tables = (schema.ZONES, schema.TOWNS, schema.MARKERS, schema.APPROVED_LAND)
    layers = {t.name: QgsVectorLayer(storage.uri(gpkg, t), t.name, "ogr") for t in tables}

    def sources() -> DrawingSources:
        return DrawingSources([DrawingInput.from_layer(layers["zones"])], DrawingInput.from_layer(layers["towns"]),
                              DrawingInput.from_layer(layers["markers"]), None,
                              DrawingInput.from_layer(layers["approved_land"]))

    def full(run: int) -> tuple[float, int]:
        start = time.perf_counter()
        result = DrawingExport(sources(), [], DrawingOptions(), work / f"full{run}").run()
        return time.perf_counter() - start, len(result.files)

    def bare(run: int) -> tuple[float, int]:
        folder = work / f"bare{run}"
        folder.mkdir()
        job = DrawingExport(sources(), [], DrawingOptions(), folder)
        layout = layout_from_template(job.layers.project, job.template)
        drawing_sheet.fill_maps(layout, job.layers)
        atlas = layout.atlas()
        atlas.setEnabled(True)
        atlas.setCoverageLayer(job.layers.coverage)
        atlas.setFilenameExpression('"name"')
        layout.renderContext().setPredefinedScales(list(drawing_sheet.SCALES))
        start = time.perf_counter()
        status, error = QgsLayoutExporter.exportToPdfs(atlas, str(folder / "x.pdf"), pdf_settings())
        elapsed = time.perf_counter() - start
        if status != QgsLayoutExporter.Success:
            raise RuntimeError(error)
        return elapsed, len(list(folder.glob("*.pdf")))

    rows = []
    for label, fn in (("bare atlas export (exportToPdfs)", bare), ("review drawings (full export)", full)):
        times, count = [], 0
        for run in range(RUNS):
            elapsed, count = fn(run)
            times.append(elapsed)
        rows.append((label, count, min(times)))
    layers.clear()  # file-backed layers must be gone before QGIS exits
    return rows


def main() -> int:
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from wuqing_eco_plugin.toolbelt.i18n import install_translator

        install_translator("zh_CN")
        rows = bench(Path(tempfile.mkdtemp(prefix="bench_drawings_")))
        gc.collect()
        width = max(len(r[0]) for r in rows)
        print(f"{'run':<{width}}  towns  seconds  s/town")
        for label, count, seconds in rows:
            print(f"{label:<{width}}  {count:>5}  {seconds:>7.2f}  {seconds / max(count, 1):>6.3f}")
        full_s, bare_s = rows[1][2], rows[0][2]
        print(f"full / bare: {full_s / bare_s:.2f}x; 30 towns within 60 s: {'yes' if full_s < 60 else 'NO'} "
              f"({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
