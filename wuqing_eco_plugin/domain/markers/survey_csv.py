# SPDX-License-Identifier: GPL-2.0-or-later
"""Field survey files (RTK/GNSS exports) as surveyors write them (rules §7).

UTF-8 (with or without BOM), GBK, both (line by line) or UTF-16; comma, tab, semicolon or space
separated; Chinese or English headers, or none. X is the northing and Y the easting; Y may carry
the zone-39 prefix. Columns are mapped explicitly (:class:`ColumnMapping`); :func:`guess_columns`
only proposes a mapping. Every row keeps its line number so messages can point at it.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..coordinates import lonlat_in_wuqing, place
from ..errors import WuqingError

#: Reading modes: Wuqing grid coordinates (EPSG:4548/4527, checked and prefix-aware), geographic
#: latitude/longitude (checked), or another CRS (transformed and checked by the caller).
GRID, GEOGRAPHIC, OTHER = "grid", "geographic", "other"
#: Row verdicts: ``ok``, ``swapped`` (X/Y or lat/lon exchanged; placed corrected), ``outside`` (not in
#: Wuqing; placed as read), ``unchecked`` (another CRS: the caller checks), ``unreadable`` (no point).
VERDICTS = ("ok", "swapped", "outside", "unchecked", "unreadable")

_DELIMITERS = (",", "\t", ";", "|")


class CsvError(WuqingError, ValueError):
    """The file cannot be read as a table; ``code`` says why: ``empty``, ``no_columns``, ``workbook``
    (an Excel file, perhaps renamed .csv) or ``binary`` (not text at all)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # line number of each row in the file (1-based)
    encoding: str  # "UTF-8", "GBK", "UTF-8 + GBK" (lines in both) or "UTF-16"
    delimiter: str
    has_header: bool


#: How workbooks start: XLSX (a ZIP archive) and the older XLS (an OLE compound file).
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """The codec of UTF-16 text without a byte order mark (ASCII digits and separators leave every
    other byte zero), or None."""
    sample = data[:4000]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half * 0.6 and even == 0:
        return "utf-16-le"
    if even > half * 0.6 and odd == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding label). UTF-16 (Excel's "Unicode text", with or without byte order mark),
    then UTF-8 with or without BOM; a file that is not UTF-8 is read line by line, each line as
    UTF-8 when it is and as GBK (read as GB18030, its superset) otherwise, so that lines a second
    tool appended in the other encoding are read too. Raises :class:`CsvError` for a workbook or a
    binary file."""
    if data.startswith(_WORKBOOK_MAGIC):
        raise CsvError("workbook")
    codec = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
    if codec is not None:
        try:
            return data.decode(codec), "UTF-16"
        except UnicodeDecodeError:
            raise CsvError("binary") from None
    if b"\x00" in data:
        raise CsvError("binary")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    lines, labels = [], set()
    for raw in data.splitlines(keepends=True):
        try:
            lines.append(raw.decode("utf-8"))
            if not raw.isascii():
                labels.add("UTF-8")
        except UnicodeDecodeError:
            try:
                lines.append(raw.decode("gb18030"))
            except UnicodeDecodeError:
                raise CsvError("binary") from None
            labels.add("GBK")
    return "".join(lines), " + ".join(sorted(labels, reverse=True))


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else " "


def parse_number(text: Optional[str]) -> Optional[float]:
    """A decimal number, or None for an empty or unreadable cell."""
    text = (text or "").strip().replace("\u2212", "-").replace(" ", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


_DMS_MARKS = re.compile(r"[°º˚d:：'′’\"″”]")


def parse_angle(text: Optional[str]) -> Optional[float]:
    """Decimal degrees, or degrees-minutes-seconds (116°56'12.3\", 116:56:12.3, 39°10′E style)."""
    value = parse_number(text)
    if value is not None or not text:
        return value
    t = text.strip()
    if not _DMS_MARKS.search(t):
        return None
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", t)]
    if not 1 <= len(numbers) <= 3 or any(n >= 60 for n in numbers[1:]):
        return None
    degrees = sum(n / 60 ** i for i, n in enumerate(numbers))
    negative = t.startswith("-") or t[-1:].upper() in ("S", "W")
    return -degrees if negative else degrees


def _clean_headers(cells: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for i, cell in enumerate(cells, start=1):
        name = cell.strip().lstrip("\ufeff") or f"col{i}"
        base, n = name, 2
        while name in out:
            name, n = f"{base}_{n}", n + 1
        out.append(name)
    return tuple(out)


def read_csv_bytes(data: bytes) -> CsvTable:
    """Parse a survey file. A first row with two or more numbers is data: columns become col1, col2…"""
    text, encoding = decode(data)
    numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not numbered:
        raise CsvError("empty")
    delimiter = _delimiter(numbered[0][1])
    reader = csv.reader(io.StringIO("\n".join(line for _, line in numbered)), delimiter=delimiter,
                        skipinitialspace=delimiter == " ")
    records = [[c.strip() for c in row] for row in reader]
    width = max(len(r) for r in records)
    if width < 2:
        raise CsvError("no_columns")
    first = records[0]
    has_header = sum(parse_number(c) is not None for c in first) < 2
    headers = _clean_headers(first + [""] * (width - len(first))) if has_header else \
        tuple(f"col{i}" for i in range(1, width + 1))
    body = records[1:] if has_header else records
    lines = [n for n, _ in numbered][1:] if has_header else [n for n, _ in numbered]
    rows = tuple(tuple(r + [""] * (width - len(r)))[:width] for r in body)
    return CsvTable(headers, rows, tuple(lines), encoding, delimiter, has_header)


def read_csv(path: str | Path) -> CsvTable:
    return read_csv_bytes(Path(path).read_bytes())


# Normalised header names (lower case, no spaces or units) that suggest each column.
_GUESSES: dict[str, tuple[str, ...]] = {
    "point_id": ("点号", "点名", "桩号", "界桩编号", "界桩号", "编号", "点位", "名称", "name", "id", "point",
                 "pointid", "pointname", "pt", "no", "number", "marker_no", "markerno", "station"),
    "north": ("x", "x坐标", "北坐标", "北", "纵坐标", "n", "north", "northing", "x_north"),
    "east": ("y", "y坐标", "东坐标", "东", "横坐标", "e", "east", "easting", "y_east"),
    "height": ("h", "高程", "z", "正常高", "高", "elevation", "height", "elev", "alt", "altitude", "elevation_m"),
    "lon": ("经度", "l", "lon", "long", "lng", "longitude"),
    "lat": ("纬度", "b", "lat", "latitude"),
}


def normalise_header(name: str) -> str:
    name = re.sub(r"[(（\[【].*?[)）\]】]", "", name.strip().lower())  # units: X(m), 高程（米）
    return re.sub(r"[\s/]+", "", name)


@dataclass(frozen=True)
class ColumnGuess:
    point_id: Optional[str] = None
    north: Optional[str] = None
    east: Optional[str] = None
    height: Optional[str] = None
    lon: Optional[str] = None
    lat: Optional[str] = None


def guess_columns(headers: Sequence[str]) -> ColumnGuess:
    """The columns that look like point number, X (north), Y (east), height, longitude, latitude."""
    found: dict[str, str] = {}
    normal = {h: normalise_header(h) for h in headers}
    for role, names in _GUESSES.items():
        for h in headers:
            if h not in found.values() and normal[h] in names:
                found[role] = h
                break
        else:
            # Longer Chinese names: 北坐标X, 点号（界桩）, 大地高程…
            for h in headers:
                if h not in found.values() and any(len(n) > 1 and not n.isascii() and n in normal[h] for n in names):
                    found[role] = h
                    break
    return ColumnGuess(**found)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds what. In GEOGRAPHIC mode ``north`` is latitude and ``east`` longitude."""

    north: str
    east: str
    point_id: Optional[str] = None
    height: Optional[str] = None


@dataclass(frozen=True)
class SurveyRow:
    line: int
    values: tuple[str, ...]
    point_id: Optional[str]
    north: Optional[float]  # EPSG:4548 northing (GRID), latitude (GEOGRAPHIC) or as read (OTHER)
    east: Optional[float]
    height: Optional[float]
    verdict: str


def _place_lonlat(lat: float, lon: float) -> tuple[str, float, float]:
    if lonlat_in_wuqing(lon, lat):
        return "ok", lat, lon
    if lonlat_in_wuqing(lat, lon):
        return "swapped", lon, lat
    return "outside", lat, lon


def read_points(table: CsvTable, mapping: ColumnMapping, mode: str = GRID) -> list[SurveyRow]:
    """Every data row with its coordinates read, checked and (when swapped) put right."""
    missing = [c for c in (mapping.north, mapping.east, mapping.point_id, mapping.height)
               if c is not None and c not in table.headers]
    if missing:
        raise KeyError(", ".join(missing))
    col = {h: i for i, h in enumerate(table.headers)}
    parse = parse_angle if mode == GEOGRAPHIC else parse_number
    out: list[SurveyRow] = []
    for line, row in zip(table.lines, table.rows):
        north, east = parse(row[col[mapping.north]]), parse(row[col[mapping.east]])
        pid = (row[col[mapping.point_id]].strip() or None) if mapping.point_id else None
        height = parse_number(row[col[mapping.height]]) if mapping.height else None
        if north is None or east is None:
            verdict = "unreadable"
        elif mode == GRID:
            p = place(north, east)
            verdict, north, east = p.verdict, p.x_north, p.y_east
        elif mode == GEOGRAPHIC:
            verdict, north, east = _place_lonlat(north, east)
        else:
            verdict = "unchecked"
        out.append(SurveyRow(line, row, pid, north, east, height, verdict))
    return out


def axis_summary(rows: Sequence[SurveyRow]) -> str:
    """``swapped`` when every located row had its axes exchanged, ``mixed`` when some did,
    ``outside`` when none lies in Wuqing, ``ok`` otherwise (also for no rows)."""
    verdicts = [r.verdict for r in rows if r.verdict != "unreadable"]
    swapped = verdicts.count("swapped")
    if verdicts and swapped == len(verdicts):
        return "swapped"
    if swapped:
        return "mixed"
    if verdicts and all(v == "outside" for v in verdicts):
        return "outside"
    return "ok"


def numeric_columns(table: CsvTable, keep_text: Sequence[str] = ()) -> set[str]:
    """Columns whose every non-empty cell is a plain number (no leading zeros such as 0012)."""
    out = set()
    for i, h in enumerate(table.headers):
        if h in keep_text:
            continue
        cells = [r[i] for r in table.rows if r[i].strip()]
        if cells and all(parse_number(c) is not None and not re.match(r"^-?0\d", c.strip()) for c in cells):
            out.add(h)
    return out
