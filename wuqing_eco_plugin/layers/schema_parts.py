# SPDX-License-Identifier: GPL-2.0-or-later
"""Parts of the data model that need none of its tables: versions, relations, field-name constants.

(Kept apart so that ``schema.py`` holds the tables themselves.)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

#: The data model version that added a field (``FieldSpec.since``). A store from before is upgraded
#: by adding the fields of later versions, never by patching a field that differs.
FIRST_VERSION = 1
CLUES_VERSION = 2  # monitoring clues, emergencies and their reports, zone indicators


@dataclass(frozen=True)
class Relation:
    """A parent–child link by stable UUID, made a QGIS relation when the layers are loaded."""

    id: str
    name: str
    parent: str
    child: str
    parent_field: str
    child_field: str


class FieldNames:
    """Every field name of the schema as a constant: ``F.ZONE_UID == "zone_uid"``. Code names fields
    through it, so a misspelt field fails at once (AttributeError) instead of reading NULL."""

    def __init__(self, tables: Iterable):
        for name in sorted({f for t in tables for f in t.field_names}):
            setattr(self, name.upper(), name)

    def __setattr__(self, name: str, value: str) -> None:
        if name in self.__dict__:
            raise AttributeError(f"field constant {name} is set already")
        super().__setattr__(name, value)
