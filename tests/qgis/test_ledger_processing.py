# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:export_ledger and wuqing_eco:ledger_report as other tools call them."""
from __future__ import annotations

import datetime as dt
import shutil
import zipfile

import pytest
from checks import pdf_text
from osgeo import gdal
from qgis.core import QgsGeometry, QgsVectorLayer

from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.domain.units import hectares
from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.services.ledger.store import LedgerStore

PRIVATE = {"reporter_name": "测试举报人王五", "reporter_contact": "13800001111", "responsible_party": "测试当事人赵六",
           "internal_notes": "内部：拟约谈负责人", "created_by": "测试登记员孙七"}


@pytest.fixture(scope="module")
def provider(wuqing_provider):
    return wuqing_provider


@pytest.fixture
def ledger(sample_gpkg, tmp_path):
    """The sample plus two records whose private values also appear in their description."""
    path = tmp_path / "ledger.gpkg"
    shutil.copy(sample_gpkg, path)
    store = LedgerStore(path)
    place = Place(505_000.0, 4_370_000.0, (ZoneInfo("z1", "北运河", "river", "red"),), town="杨村街道")
    for day in (3, 9):
        store.save_new(RecordDraft(
            discovered_at=dt.datetime(2026, 11, day, 9, 0), source="public_report", category="stockyard",
            description=f"{PRIVATE['reporter_name']}（电话{PRIVATE['reporter_contact']}）举报{PRIVATE['responsible_party']}"
                        "在北运河红线区设置堆场",
            **{k: v for k, v in PRIVATE.items()}), place, at=dt.datetime(2026, 11, day, 10, 0))
    return path


def _layer(path, table):
    return QgsVectorLayer(storage.uri(path, table), table, "ogr")


def _run(alg, params):
    import processing

    return processing.run(f"wuqing_eco:{alg}", params)


def _error(alg, params):
    """The message of a run Processing refused before it started."""
    from qgis.core import QgsProcessingException

    try:
        _run(alg, params)
    except QgsProcessingException as exc:
        return str(exc)
    return None


def _xlsx_text(path):
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _sheets(path):
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=AUTO"])
    out = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(j).GetName() for j in range(defn.GetFieldCount())]
        out[layer.GetName()] = [dict(zip(names, (f.GetField(j) for j in range(len(names))))) for f in layer]
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_public_export_contains_no_private_value(provider, ledger, tmp_path, suffix):
    layer = _layer(ledger, "violations")
    sample_private = {str(f[name]) for f in layer.getFeatures() for name in PRIVATE if f[name]}
    assert PRIVATE["reporter_name"] in sample_private and "示例举报人甲" in sample_private
    out = tmp_path / f"public{suffix}"
    result = _run("export_ledger", {"INPUT": layer, "PUBLIC": True, "OUTPUT": str(out)})
    total = sum(1 for _ in layer.getFeatures())
    assert result["COUNT"] == total
    text = _xlsx_text(out) if suffix == ".xlsx" else out.read_text(encoding="utf-8-sig")
    leaked = [v for v in sample_private if v in text]
    assert leaked == []
    assert "WQ-2026-" in text and "设置堆场" in text  # the description stays, masked
    full = tmp_path / f"full{suffix}"
    _run("export_ledger", {"INPUT": layer, "PUBLIC": False, "OUTPUT": str(full)})
    full_text = _xlsx_text(full) if suffix == ".xlsx" else full.read_text(encoding="utf-8-sig")
    assert all(v in full_text for v in PRIVATE.values())


def test_export_by_dates_and_refused_formats(provider, ledger, tmp_path):
    layer = _layer(ledger, "violations")
    out = tmp_path / "nov.xlsx"
    result = _run("export_ledger", {"INPUT": layer, "DATE_FROM": "2026-11-01", "DATE_TO": "2026-11-05",
                                    "OUTPUT": str(out)})
    expected = sum(1 for f in layer.getFeatures()
                   if dt.date(2026, 11, 1) <= f["discovered_at"].date().toPyDate() <= dt.date(2026, 11, 5))
    assert result["COUNT"] == expected >= 1
    [rows] = _sheets(out).values()
    assert len(rows) == expected
    message = _error("export_ledger", {"INPUT": layer, "OUTPUT": str(tmp_path / "ledger.txt")})
    assert message is not None and ".xlsx" in message and not (tmp_path / "ledger.txt").exists()


def _independent_counts(layer, start, end, ref):
    """Counted straight from the features, without the domain's statistics."""
    new = closed = open_ = 0
    for f in layer.getFeatures():
        found = f["discovered_at"].toPyDateTime()
        ended = f["closed_at"].toPyDateTime() if f["status"] in ("closed", "dismissed") and f["closed_at"] else None
        if f["status"] == "dismissed" and ended is None:
            ended = max(f[k].toPyDateTime() for k in ("verified_at", "discovered_at") if f[k])
        new += start <= found.date() <= end and found <= ref
        closed += f["status"] == "closed" and start <= ended.date() <= end and ended <= ref
        open_ += found <= ref and (ended is None or ended > ref)
    return new, closed, open_


def test_quarterly_report_totals_equal_the_ledger(provider, ledger, tmp_path):
    layer = _layer(ledger, "violations")
    # The quarter of the newest case, not today's: on a quarter's first days nothing would be new yet.
    newest = max(f["discovered_at"].toPyDateTime().date() for f in layer.getFeatures() if f["discovered_at"])
    year, quarter = newest.year, (newest.month - 1) // 3 + 1
    result = _run("ledger_report", {"INPUT": layer, "ZONES": _layer(ledger, "zones"), "TOWNS": _layer(ledger, "towns"),
                                    "YEAR": year, "QUARTER": quarter, "OUTPUT_FOLDER": str(tmp_path / "q")})
    sheets = _sheets(result["XLSX"])
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - dt.timedelta(days=1)
    new, closed, open_ = _independent_counts(layer, start, end, dt.datetime.now())
    assert new > 0
    for title in ("By lead department", "By category", "By town or street", "By protected zone"):
        total = sheets[title][-1]
        assert (total["New"], total["Closed"], total["In progress"]) == (new, closed, open_), title
    for title in ("By lead department", "By category", "By town or street"):
        body = sheets[title][:-1]
        assert sum(r["New"] for r in body) == new and sum(r["In progress"] for r in body) == open_
    assert len(sheets["Cases of the period"]) >= new
    text = pdf_text(result["PDF"])
    assert f"Q{quarter} {year}" in text and "By lead department" in text


def test_annual_pack_areas_and_points(provider, ledger, tmp_path):
    layer = _layer(ledger, "violations")
    zones = _layer(ledger, "zones")
    year = dt.date.today().year
    result = _run("ledger_report", {"INPUT": layer, "ZONES": zones, "TOWNS": _layer(ledger, "towns"),
                                    "YEAR": year, "QUARTER": 0, "OUTPUT_FOLDER": str(tmp_path / "a")})
    sheets = _sheets(result["XLSX"])
    # Red area: the union of the red zones, measured by QGIS independently of shapely.
    red = QgsGeometry.unaryUnion([f.geometry() for f in zones.getFeatures() if f["line_class"] == "red"])
    total_row = sheets["Area and composition by type"][-1]
    assert total_row["Red area (ha)"] == pytest.approx(hectares(red.area()), abs=0.01)
    towns_total = sheets["Area by town or street"][-1]
    assert towns_total["Total (ha)"] == pytest.approx(total_row["Total (ha)"], abs=0.05)
    outcomes = sheets["Cases by severity and outcome"]
    discovered = sum(1 for f in layer.getFeatures() if f["discovered_at"].date().year() == year)
    assert outcomes[-1]["Total"] == discovered
    points = sheets["Estimated assessment points"]
    counted = [f for f in layer.getFeatures() if f["discovered_at"].date().year() == year
               and f["status"] != "dismissed" and not f["outside_zones"]]
    expected = sum({"A": -30, "B": -20, "C": 0}[f["severity"]] for f in counted)
    restored = sum(1 for f in layer.getFeatures() if f["status"] == "closed" and f["rectifying_at"]
                   and f["severity"] in ("A", "B") and f["closed_at"].date().year() == year)
    assert points[-1]["Points"] == expected + 20 * restored
    text = pdf_text(result["PDF"])
    assert "15 September" in text and "Estimated assessment points" in text


def test_composition_counts_zones_stored_with_labels_and_refuses_unknown_codes():
    from checks import wkt_layer as layer

    from wuqing_eco_plugin.domain.zones import LINE_CLASSES, ZONE_TYPES
    from wuqing_eco_plugin.services.ledger.reports import read_composition
    from wuqing_eco_plugin.services.zone_input import ZoneDataError

    square = "POLYGON((500000 4360000, 501000 4360000, 501000 4361000, 500000 4361000, 500000 4360000))"
    beside = "POLYGON((501000 4360000, 502000 4360000, 502000 4361000, 501000 4361000, 501000 4360000))"
    towns = layer([("POLYGON((499000 4359000, 503000 4359000, 503000 4362000, 499000 4362000, 499000 4359000))",
                    "镇")], "field=name:string")
    fields = "field=zone_uid:string&field=name:string&field=zone_type:string&field=line_class:string"
    zones = layer([(square, "z1", "河", "river", "red"),
                   (beside, "z2", "林", ZONE_TYPES.label("forest_belt", "zh"), LINE_CLASSES.label("red", "zh"))],
                  fields)
    comp = read_composition([zones], towns)
    assert comp.total.red == pytest.approx(2_000_000)  # the zone stored with labels counts too
    assert set(comp.by_type) == {"river", "forest_belt"}
    unknown = layer([(square, "z3", "湖", "lake", "red")], fields)
    with pytest.raises(ZoneDataError):
        read_composition([unknown], towns)
