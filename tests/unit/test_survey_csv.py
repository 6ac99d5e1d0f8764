# SPDX-License-Identifier: GPL-2.0-or-later
"""Survey files as surveyors write them: encodings, headers, separators, axis order, zone prefix."""
from __future__ import annotations

import pytest

from wuqing_eco_plugin.domain.markers import survey_csv as sc

ROWS = [("JZ01", 4341000.123, 39495000.456, 5.2), ("JZ02", 4341100.0, 39495200.0, 5.4)]


def text(header=("点号", "X", "Y", "H"), rows=ROWS, sep=",", prefix=True, swap=False):
    lines = [sep.join(header)] if header else []
    for pid, x, y, h in rows:
        y = y if prefix else y - 39_000_000
        a, b = (y, x) if swap else (x, y)
        lines.append(sep.join([pid, f"{a:.3f}", f"{b:.3f}", f"{h}"]))
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding, label", [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"), ("gbk", "GBK")])
def test_encodings(encoding, label):
    table = sc.read_csv_bytes(text(("点号", "北坐标X", "东坐标Y", "高程")).encode(encoding))
    assert table.encoding == label and table.headers == ("点号", "北坐标X", "东坐标Y", "高程")
    assert table.rows[0][0] == "JZ01" and table.lines == (2, 3)


def test_gbk_chinese_point_names_survive():
    data = text(rows=[("界桩一号", 4341000.0, 39495000.0, 5.0)]).encode("gbk")
    assert sc.read_csv_bytes(data).rows[0][0] == "界桩一号"


@pytest.mark.parametrize("sep", [",", "\t", ";", " "])
def test_separators(sep):
    table = sc.read_csv_bytes(text(sep=sep).encode())
    assert table.delimiter == sep and len(table.headers) == 4 and table.rows[1][1] == "4341100.000"


def test_file_without_header_gets_numbered_columns():
    table = sc.read_csv_bytes(text(header=None).encode())
    assert not table.has_header and table.headers == ("col1", "col2", "col3", "col4") and len(table.rows) == 2


def test_empty_and_one_column_files_are_refused():
    with pytest.raises(sc.CsvError) as err:
        sc.read_csv_bytes(b"\n \n")
    assert err.value.code == "empty"
    with pytest.raises(sc.CsvError) as err:
        sc.read_csv_bytes(b"a\nb\n")
    assert err.value.code == "no_columns"


def test_duplicate_and_empty_headers_are_renamed():
    table = sc.read_csv_bytes(b"X,X,,Y\n1,2,3,4\n")
    assert table.headers == ("X", "X_2", "col3", "Y")


@pytest.mark.parametrize("headers, expected", [
    (("点号", "X", "Y", "H"), ("点号", "X", "Y", "H", None, None)),
    (("点名", "北坐标(m)", "东坐标(m)", "高程（m）"), ("点名", "北坐标(m)", "东坐标(m)", "高程（m）", None, None)),
    (("Name", "Northing", "Easting", "Elevation"), ("Name", "Northing", "Easting", "Elevation", None, None)),
    (("Point ID", "N", "E", "Z"), ("Point ID", "N", "E", "Z", None, None)),
    (("点号", "纬度", "经度", "大地高"), ("点号", None, None, None, "经度", "纬度")),
    (("id", "lat", "lon"), ("id", None, None, None, "lon", "lat")),
])
def test_guess_columns(headers, expected):
    g = sc.guess_columns(headers)
    assert (g.point_id, g.north, g.east, g.height, g.lon, g.lat) == expected


MAP = sc.ColumnMapping(north="X", east="Y", point_id="点号", height="H")


@pytest.mark.parametrize("prefix", [True, False])
def test_grid_rows_with_or_without_the_zone_prefix(prefix):
    rows = sc.read_points(sc.read_csv_bytes(text(prefix=prefix).encode()), MAP)
    assert [r.verdict for r in rows] == ["ok", "ok"]
    assert (rows[0].point_id, rows[0].north, rows[0].east, rows[0].height) == \
        ("JZ01", pytest.approx(4341000.123), pytest.approx(495000.456), 5.2)
    assert sc.axis_summary(rows) == "ok"


@pytest.mark.parametrize("prefix", [True, False])
def test_swapped_axes_are_detected_and_put_right(prefix):
    rows = sc.read_points(sc.read_csv_bytes(text(swap=True, prefix=prefix).encode()), MAP)
    assert [r.verdict for r in rows] == ["swapped", "swapped"] and sc.axis_summary(rows) == "swapped"
    assert (rows[0].north, rows[0].east) == (pytest.approx(4341000.123), pytest.approx(495000.456))


def test_one_swapped_row_is_mixed_and_outside_points_are_flagged():
    data = text(rows=ROWS + [("JZ03", 39495300.0, 4341200.0, 5.0), ("JZ04", 3000000.0, 39495300.0, 1.0),
                             ("JZ05", float("nan"), 1.0, 1.0)]).encode()
    rows = sc.read_points(sc.read_csv_bytes(data.replace(b"nan", b"")), MAP)
    assert [r.verdict for r in rows] == ["ok", "ok", "swapped", "outside", "unreadable"]
    assert sc.axis_summary(rows) == "mixed" and rows[4].line == 6


def test_everything_outside():
    rows = sc.read_points(sc.read_csv_bytes(b"id,X,Y\n1,100,200\n2,300,400\n"),
                          sc.ColumnMapping("X", "Y", "id"))
    assert sc.axis_summary(rows) == "outside"


def test_unknown_column_is_refused():
    with pytest.raises(KeyError):
        sc.read_points(sc.read_csv_bytes(text().encode()), sc.ColumnMapping("北", "Y"))


@pytest.mark.parametrize("cell, value", [
    ("39.123", 39.123), ("39°07'22.8\"", 39 + 7 / 60 + 22.8 / 3600), ("116:56:12", 116 + 56 / 60 + 12 / 3600),
    ("39°07′22.8″N", 39 + 7 / 60 + 22.8 / 3600), ("-39°30'", -39.5), ("abc", None), ("39°75'", None), ("", None),
])
def test_parse_angle(cell, value):
    assert sc.parse_angle(cell) == (pytest.approx(value) if value is not None else None)


def test_geographic_rows_detect_latitude_and_longitude_swapped():
    table = sc.read_csv_bytes("点号,纬度,经度\nA,39.20,116.93\nB,116.94,39.21\nC,31.2,121.5\n".encode("gbk"))
    rows = sc.read_points(table, sc.ColumnMapping("纬度", "经度", "点号"), sc.GEOGRAPHIC)
    assert [r.verdict for r in rows] == ["ok", "swapped", "outside"]
    assert (rows[1].north, rows[1].east) == (39.21, 116.94)


def test_other_crs_rows_are_left_to_the_caller():
    rows = sc.read_points(sc.read_csv_bytes(text().encode()), MAP, sc.OTHER)
    assert rows[0].verdict == "unchecked" and rows[0].east == pytest.approx(39495000.456)


def test_numeric_columns_keep_codes_with_leading_zeros_as_text():
    table = sc.read_csv_bytes("点号,编码,X,备注\n0012,01,4341000.1,\n0013,02,4341001.5,桩顶破损\n".encode())
    assert sc.numeric_columns(table) == {"X"}
    assert sc.numeric_columns(table, keep_text=("X",)) == set()
