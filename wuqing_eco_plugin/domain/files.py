# SPDX-License-Identifier: GPL-2.0-or-later
"""Safe file names: attached files (photos, documents) copied next to the project's data, and the
files the plugin writes.

Names keep Chinese and other letters and digits; anything a file system or a URL could trip on
becomes ``_``; Windows' reserved device names are prefixed; two files never get the same name.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

MAX_NAME = 100
_UNSAFE = re.compile(r"[^\w\-.()（）]+", re.UNICODE)
_OUTPUT_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def sanitize_filename(name: str) -> str:
    """A safe file name for ``name`` (a base name or a path: only the last part is used)."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name))[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")  # control characters
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem.strip(" ._"):
        stem, ext = base, ""
    stem = _UNSAFE.sub("_", stem).strip(" ._")
    stem = re.sub(r"_{2,}", "_", stem) or "file"
    ext = _UNSAFE.sub("", ext).lower()[:10]
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    stem = stem[: MAX_NAME - len(ext) - 1]
    return f"{stem}.{ext}" if ext else stem


def unique_names(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Sanitised ``names``, with ``_2``, ``_3``… added where two would collide (case-insensitively,
    as on Windows) with each other or with ``taken``."""
    used = {t.lower() for t in taken}
    out = []
    for name in names:
        safe = sanitize_filename(name)
        stem, dot, ext = safe.rpartition(".")
        if not dot:
            stem, ext = safe, ""
        candidate, n = safe, 1
        while candidate.lower() in used:
            n += 1
            candidate = f"{stem}_{n}.{ext}" if ext else f"{stem}_{n}"
        used.add(candidate.lower())
        out.append(candidate)
    return out


def safe_name(text: str) -> str:
    """``text`` usable as the stem of a file the plugin writes (drawings, tables, cards) on Windows and
    Linux: only what a file system forbids, and white space, becomes ``_``; Chinese and punctuation
    people read in names are kept."""
    return _OUTPUT_UNSAFE.sub("_", text.strip()).strip("._") or "_"
