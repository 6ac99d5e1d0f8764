# SPDX-License-Identifier: GPL-2.0-or-later
"""Administrative vocabulary: kinds of town-level units, the status of a dataset, lists of names."""
from __future__ import annotations

import re
from typing import Any

from .codes import Code, CodeTable

TOWN_KINDS: CodeTable[Code] = CodeTable(
    "town_kind",
    (
        Code("street", "街道", "Street office"),
        Code("town", "镇", "Town"),
    ),
)

#: Whether a feature is the legal boundary or an illustration (the bundled sample is illustrative).
DATA_STATUSES: CodeTable[Code] = CodeTable(
    "data_status",
    (
        Code("illustrative", "示意（非法定边界）", "Illustrative (not the legal boundary)"),
        Code("draft", "草案", "Draft"),
        Code("official", "法定", "Official"),
    ),
)

#: The data-status codes the plugin itself writes, from :data:`DATA_STATUSES`.
ILLUSTRATIVE = DATA_STATUSES["illustrative"].code
DRAFT = DATA_STATUSES["draft"].code
OFFICIAL = DATA_STATUSES["official"].code


def derived_status(source_status: object) -> str:
    """The status of a feature the plugin derives from another (a marker from its zone): the sample
    stays illustrative, anything else starts as a draft."""
    return ILLUSTRATIVE if source_status == ILLUSTRATIVE else DRAFT


_NAME_SEPARATORS = re.compile(r"[,，、;；\n]+")


def split_names(value: Any) -> list[str]:
    """Names given as a list, or as one text separated by commas, 、, semicolons or new lines (a
    Processing parameter typed by hand); blanks dropped."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else _NAME_SEPARATORS.split(str(value))
    return [str(v).strip() for v in items if str(v).strip()]
