# SPDX-License-Identifier: GPL-2.0-or-later
"""Survey files as they arrive from the field: Excel's "Unicode text", a workbook renamed .csv, a
binary file, a file whose lines were saved in two encodings, columns named like the GeoPackage's own."""
from __future__ import annotations

import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

ROWS = [("界桩甲", "4341000.123", "495000.456", "5.2"), ("界桩乙", "4341100.5", "495200.25", "5.4")]


@pytest.fixture(scope="module")
def processing(wuqing_provider):
    import processing as proc

    return proc


def _run(processing, path, out="memory:", **extra):
    params = {"INPUT": str(path), "X_FIELD": "X", "Y_FIELD": "Y", "ID_FIELD": "点号", "OUTPUT": out, **extra}
    return processing.run("wuqing_eco:import_survey_csv", params)


def _points(result):
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "out", "ogr")
    return {f["marker_no"]: (f.geometry().asPoint().y(), f.geometry().asPoint().x()) for f in layer.getFeatures()}


def _expected():
    return {name: (pytest.approx(float(x)), pytest.approx(float(y))) for name, x, y, _ in ROWS}


def test_excel_unicode_text_utf16_is_read(processing, tmp_path):
    path = tmp_path / "unicode.txt"
    text = "点号\tX\tY\tH\r\n" + "".join("\t".join(r) + "\r\n" for r in ROWS)
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))  # what Excel writes as "Unicode text"
    result = _run(processing, path)
    assert _points(result) == _expected()


def test_lines_in_two_encodings_are_each_read_in_their_own(processing, tmp_path):
    path = tmp_path / "mixed.csv"
    head = "点号,X,Y,H\n".encode() + (",".join(ROWS[0]) + "\n").encode("utf-8")
    path.write_bytes(head + (",".join(ROWS[1]) + "\n").encode("gbk"))  # a line appended by a GBK tool
    assert _points(_run(processing, path)) == _expected()


@pytest.mark.parametrize("kind, words", [("xlsx", ("Excel", "CSV UTF-8")), ("binary", ("not a text file",))])
def test_a_file_that_is_no_text_table_is_named_with_what_to_do(processing, tmp_path, kind, words):
    path = tmp_path / f"测量成果_{kind}.csv"
    if kind == "xlsx":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
    else:
        path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(QgsProcessingException) as err:
        _run(processing, path)
    message = str(err.value)
    assert path.name in message and all(w in message for w in words), message
    assert "Traceback" not in message


@pytest.mark.parametrize("headers", [("fid", "点号", "X", "Y"), ("点号", "X", "x", "Y")])
def test_columns_named_like_the_geopackages_own_are_kept_under_other_names(processing, tmp_path, headers):
    path = tmp_path / "cols.csv"
    extra = [h for h in headers if h not in ("点号", "X", "Y")][0]
    lines = [",".join(headers)] + [",".join({"点号": n, "X": x, "Y": y, extra: "7"}[h] for h in headers)
                                   for n, x, y, _ in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "survey.gpkg"
    result = _run(processing, path, out=str(out))
    assert result["COUNT"] == 2 and _points(result) == _expected()
    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert [f[f"{extra}_csv"] for f in layer.getFeatures()] == [7, 7]  # kept, under a name that can be written
