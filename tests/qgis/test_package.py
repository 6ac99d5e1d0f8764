# SPDX-License-Identifier: GPL-2.0-or-later
"""The packaged zip: QGIS's one-folder layout, complete metadata, installs into a fresh profile and loads."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.layers.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "wuqing_eco_plugin"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process fails on Debian (packaging bug)


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "plugin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True)
    return out


def test_metadata_is_complete():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    meta = parser["general"]
    for key in ("name", "qgisMinimumVersion", "description", "description[zh]", "about", "about[zh]", "version",
                "author", "email", "repository", "tracker", "homepage", "tags", "icon", "category",
                "hasProcessingProvider"):
        assert meta.get(key), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert (ROOT / "resources" / "icons" / "icon.svg").is_file()
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_zip_has_one_folder_layout(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(n.startswith(f"{PLUGIN}/") for n in names)
    for required in ("__init__.py", "metadata.txt", "LICENSE", "resources/icons/icon.svg",
                     "resources/styles/zones_red.qml", "resources/styles/zones_yellow.qml",
                     "resources/i18n/wuqing_eco_zh_CN.qm", "layers/schema.py", "plugin.py",
                     "ui/ledger/record_dialog.ui", "ui/ledger/panel.ui", "resources/icons/ledger.svg"):
        assert f"{PLUGIN}/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]
    assert not [n for n in names if n.startswith(f"{PLUGIN}/tests/")]


@pytest.fixture(scope="module")
def installed_profile(plugin_zip, tmp_path_factory):
    config = tmp_path_factory.mktemp("qgis_config")
    profile = config / "profiles" / "default"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "deploy.py"), str(plugin_zip), "--profile", str(profile)],
                   check=True)
    return config


def _qgis_process(config: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # load the installed copy, not the source tree
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          cwd=config)


def test_installed_zip_loads_in_qgis_process(installed_profile):
    installed = installed_profile / "profiles" / "default" / "python" / "plugins" / PLUGIN
    assert (installed / "metadata.txt").is_file() and (installed / "resources" / "styles").is_dir()
    plugins = _qgis_process(installed_profile, "plugins")
    assert f"* {PLUGIN}" in plugins.stdout, plugins.stdout + plugins.stderr
    listing = _qgis_process(installed_profile, "list")
    assert "wuqing_eco:create_geopackage" in listing.stdout, listing.stderr


def test_installed_algorithm_runs(installed_profile, tmp_path):
    out = tmp_path / "from_zip.gpkg"
    run = _qgis_process(installed_profile, "run", "wuqing_eco:create_geopackage", "--", f"OUTPUT={out}")
    # qgis_process may crash at exit after a run; the output file decides.
    assert out.is_file(), run.stdout + run.stderr
    assert storage.check_geopackage(out).ok


def test_installed_ledger_report_runs_headless(installed_profile, sample_gpkg, tmp_path):
    import datetime as dt

    folder = tmp_path / "reports"
    year = dt.date.today().year
    run = _qgis_process(installed_profile, "run", "wuqing_eco:ledger_report", "--",
                        f"INPUT={sample_gpkg}|layername=violations", f"ZONES={sample_gpkg}|layername=zones",
                        f"TOWNS={sample_gpkg}|layername=towns", f"YEAR={year}", "QUARTER=0",
                        f"OUTPUT_FOLDER={folder}", timeout=300)
    for suffix in (".xlsx", ".pdf"):
        assert (folder / f"wuqing_assessment_{year}{suffix}").is_file(), run.stdout + run.stderr


def test_installed_marker_algorithms_run_headless(installed_profile, tmp_path, sample_gpkg):
    """design → survey file → import (CRS left to its default EPSG:4527) → check, as qgis_process runs them."""
    zones = f"{sample_gpkg}|layername=zones"
    design = tmp_path / "design.gpkg"
    _qgis_process(installed_profile, "run", "wuqing_eco:design_markers", "--", f"ZONES={zones}", "MAX_SPACING=500",
                  f"OUTPUT={design}")
    designed = QgsVectorLayer(str(design), "d", "ogr")
    assert designed.isValid() and designed.crs().authid() == "EPSG:4548"
    rows = ["点号,X,Y"] + [f"{f['marker_no']},{f.geometry().asPoint().y() + 0.7:.3f},"
                            f"{f.geometry().asPoint().x() + 39_000_000:.3f}" for f in designed.getFeatures()]
    survey_csv = tmp_path / "survey.csv"
    survey_csv.write_bytes("\n".join(rows).encode("gbk"))
    survey = tmp_path / "survey.gpkg"
    _qgis_process(installed_profile, "run", "wuqing_eco:import_survey_csv", "--", f"INPUT={survey_csv}",
                  "X_FIELD=X", "Y_FIELD=Y", "ID_FIELD=点号", f"OUTPUT={survey}")
    checks = tmp_path / "checks.gpkg"
    _qgis_process(installed_profile, "run", "wuqing_eco:check_markers", "--", f"ZONES={zones}",
                  f"MARKERS={survey}", f"DESIGNED={design}", f"OUTPUT={checks}")
    results = QgsVectorLayer(str(checks), "c", "ogr")
    assert results.isValid()
    statuses = {f["status"] for f in results.getFeatures()}
    offsets = [f["offset_m"] for f in results.getFeatures()]
    assert statuses == {"warning"}  # every point 0.7 m north of its design (to the millimetre of the file)
    assert len(offsets) == designed.featureCount() and all(abs(o - 0.7) < 2e-3 for o in offsets)


def test_installed_overlap_analysis_runs_headless(installed_profile, sample_gpkg, tmp_path):
    out = tmp_path / "overlaps.gpkg"
    run = _qgis_process(installed_profile, "run", "wuqing_eco:analyze_overlaps", "--",
                        f"INPUT={sample_gpkg}|layername=zones", f"OUTPUT={out}")
    assert out.is_file(), run.stdout + run.stderr
    from osgeo import ogr

    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() > 20
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4548"
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert {"zone_count", "zone_types", "line_class", "zone_uids", "area_m2"} <= set(names)
    ds = None  # noqa: F841


def test_installed_overlap_analysis_runs_in_strips_on_threads(installed_profile, tmp_path):
    """About 250 000 vertices: qgis_process runs the analysis in strips on threads; the pieces are
    those of one run in this process."""
    from shapely import wkb

    from benchmarks.bench_overlaps import write_zones
    from wuqing_eco_plugin.domain.overlaps.overlay import overlay

    zones = tmp_path / "zones.gpkg"
    write_zones(100, zones)
    out = tmp_path / "overlaps.gpkg"
    run = _qgis_process(installed_profile, "run", "wuqing_eco:analyze_overlaps", "--",
                        f"INPUT={zones}|layername=zones", f"OUTPUT={out}")
    assert out.is_file(), run.stdout + run.stderr
    written = QgsVectorLayer(str(out), "o", "ogr")
    got = sorted(f["area_m2"] for f in written.getFeatures())  # written to the centimetre
    source = QgsVectorLayer(f"{zones}|layername=zones", "z", "ogr")
    geometries = [wkb.loads(bytes(f.geometry().asWkb())) for f in source.getFeatures()]
    whole = overlay(geometries, strips=1, workers=1)
    assert len(whole) > 100 and got == pytest.approx(sorted(p.area for p in whole), abs=0.006)


def test_installed_shared_database_algorithms_run_headless(installed_profile, pg_cluster, pg_sample, sample_gpkg):
    """create_postgis (twice), migrate_geopackage and grant_access, as an administrator runs them."""
    dsn = pg_cluster.new_database("wq_qgis_process", postgis=False)
    db = ["--", f"DATABASE={dsn}", "SCHEMA=wuqing_eco"]
    first = _qgis_process(installed_profile, "run", "wuqing_eco:create_postgis", *db)
    version = pg_cluster.sql("SELECT max(version) FROM wuqing_eco.schema_version", "wq_qgis_process")
    assert version == [(SCHEMA_VERSION,)], first.stdout + first.stderr
    second = _qgis_process(installed_profile, "run", "wuqing_eco:create_postgis", *db)
    assert "nothing was changed" in second.stdout + second.stderr
    migrated = _qgis_process(installed_profile, "run", "wuqing_eco:migrate_geopackage", *db, f"INPUT={sample_gpkg}")
    assert "violations=8" in migrated.stdout, migrated.stdout + migrated.stderr
    _qgis_process(installed_profile, "run", "wuqing_eco:grant_access", *db, "USER=viewer_qian", "ROLE=env")
    assert pg_cluster.sql("SELECT pg_has_role('viewer_qian', 'wq_env', 'MEMBER')") == [(True,)]
    pg_cluster.sql("REVOKE wq_env FROM viewer_qian")
    pg_cluster.sql('DROP DATABASE "wq_qgis_process" WITH (FORCE)')
