# SPDX-License-Identifier: GPL-2.0-or-later
"""The register of issued drawings: which town received which file, version, date and SHA-256.

``manifest.json`` (for programs) and ``manifest.csv`` (UTF-8 with BOM, so Excel shows the Chinese)
sit beside the PDFs. Exporting some towns again updates their rows and keeps the others', so the
folder's manifest always says what each town last received.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from ...domain.errors import WuqingError

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
CSV_COLUMNS = ("town", "town_code", "file", "drawing_no", "version", "date", "page_format", "pages", "sha256",
               "bytes", "outcome", "findings")


class ManifestError(WuqingError, ValueError):
    pass


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ManifestEntry:
    town: str
    town_code: str
    file: str  # name in the folder; empty when the town was refused
    drawing_no: str
    version: str
    date: str
    page_format: str
    pages: int
    sha256: str
    bytes: int
    outcome: str  # ok / warning / refused
    findings: list[str] = field(default_factory=list)


def _read(path: Path) -> list[ManifestEntry]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return [ManifestEntry(**e) for e in doc.get("drawings", [])]
    except (OSError, ValueError, TypeError) as exc:
        raise ManifestError(f"{path}: {exc}") from exc


def read_manifest(folder: Path) -> list[ManifestEntry]:
    path = Path(folder) / MANIFEST_JSON
    return _read(path) if path.is_file() else []


def write_manifest(folder: Path, entries: Iterable[ManifestEntry], header: dict) -> tuple[Path, Path]:
    """Write both files; rows of towns not in ``entries`` are kept from the existing manifest
    (an unreadable one is replaced). Towns keep the order of ``entries``, earlier ones first."""
    folder = Path(folder)
    new = list(entries)
    try:
        kept = [e for e in read_manifest(folder) if e.town not in {n.town for n in new}]
    except ManifestError:
        kept = []
    rows = kept + new
    order = {e.town: i for i, e in enumerate(rows)}
    rows.sort(key=lambda e: (e.town_code or "~", order[e.town]))
    json_path = folder / MANIFEST_JSON
    doc = dict(header, drawings=[asdict(e) for e in rows])
    json_path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    csv_path = folder / MANIFEST_CSV
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for e in rows:
            values = asdict(e)
            values["findings"] = "；".join(e.findings)
            writer.writerow([values[c] for c in CSV_COLUMNS])
    return json_path, csv_path


def verify(folder: Path) -> list[str]:
    """Files of the manifest that are missing or whose content changed since (empty: all match)."""
    problems = []
    for e in read_manifest(folder):
        if not e.file:
            continue
        path = Path(folder) / e.file
        if not path.is_file():
            problems.append(f"{e.file}: missing")
        elif sha256_file(path) != e.sha256:
            problems.append(f"{e.file}: SHA-256 differs")
    return problems
