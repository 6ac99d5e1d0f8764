# SPDX-License-Identifier: GPL-2.0-or-later
"""Parts of the data model that need none of its tables: versions, field and table specifications,
relations, field-name constants.

(Kept apart so that ``schema.py`` holds the tables themselves.)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..domain.codes import CodeTable

#: The versions of the data model (``FieldSpec.since``, ``TableSpec.since``). A store of an older
#: version is upgraded step by step (GeoPackage: layers/gpkg_upgrade.py, PostGIS:
#: layers/postgis/upgrade.py), adding what each later version added, never patching what differs.
FIRST_VERSION = 1  # the first shared model
CLUES_VERSION = 2  # monitoring clues, emergencies and their reports, zone indicators
ROW_VERSIONS = 3  # ``row_version`` on every edited table (optimistic locking) and the ``audit_log``
TOWN_NAMES = 4  # a town's new name follows into its cases (a rule of the data: no table or field)
#: The version of the data model both stores carry: the newest any table, field or rule declares.
SCHEMA_VERSION = TOWN_NAMES
ROW_VERSION = "row_version"

TYPES = ("text", "int", "real", "bool", "date", "datetime", "json")


@dataclass(frozen=True)
class FieldSpec:
    """A field. ``codes`` makes it a coded field (drop-down); ``multi`` stores several codes or ids
    comma-separated; ``private`` marks personal data that must never reach a public export;
    ``default`` is a QGIS expression, re-evaluated on every edit when ``on_update``; ``by_login``: who
    made the row, which a store with logins (PostGIS) fills with the login when a row comes without it."""

    name: str
    type: str
    alias: str
    length: int = 0
    required: bool = False
    unique: bool = False
    codes: Optional[CodeTable] = None
    multi: bool = False
    default: Optional[str] = None
    on_update: bool = False
    read_only: bool = False
    private: bool = False
    # A special editor: "photo" (file picker with image preview), "attachment" (the same, the path
    # stored relative to the project: a portable field package), "hidden".
    widget: Optional[str] = None
    by_login: bool = False
    since: int = FIRST_VERSION  # the data model version that added it: an upgrade adds it to older stores
    #: (value, values it may change to) of a coded field that moves along a workflow: storage refuses
    #: unknown values and any other change, whichever tool writes.
    transitions: Optional[tuple[tuple[str, tuple[str, ...]], ...]] = None
    #: (table, field) whose value this field copies (a case's town: the town's name): both stores
    #: give the new value to every row holding the old one when it changes there (from TOWN_NAMES).
    follows: Optional[tuple[str, str]] = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"{self.name}: unknown field type {self.type}")
        if self.since > FIRST_VERSION and self.required and self.sql_default is None:
            # Rows already stored get the field empty: it cannot be NOT NULL without a SQL default.
            raise ValueError(f"{self.name}: a field added later cannot be required")

    @property
    def sql_default(self) -> Optional[str]:
        """The default as a SQL literal, when the QGIS expression is one (a boolean, a whole number):
        both stores give it to rows that other tools add and to rows stored before the field was."""
        if self.type == "bool" and self.default in ("false", "true"):
            return self.default
        if self.type == "int" and self.default and self.default.isdigit():
            return self.default
        return None


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    geometry: Optional[str]  # "MultiPolygon", "Point" or None for a plain table
    fields: tuple[FieldSpec, ...]
    key: Optional[str] = None  # the stable UUID that records link by, never the feature id
    display: Optional[str] = None  # expression shown for a feature (identify, relations)
    append_only: bool = False  # rows are never updated, deleted or replaced: each store adds triggers that refuse it
    derived: bool = False  # written by an analysis from the other tables, not entered by hand
    #: The form's groups, (title, field names) in the order people fill them; the fields not named
    #: follow in a last, collapsed group. Empty: QGIS's plain form of every field.
    form: tuple[tuple[str, tuple[str, ...]], ...] = ()
    since: int = FIRST_VERSION  # the data model version that added the table: an upgrade creates it
    field_index: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate field in {self.name}")
        object.__setattr__(self, "field_index", {f.name: f for f in self.fields})

    def field(self, name: str) -> FieldSpec:
        return self.field_index[name]

    @property
    def versioned(self) -> bool:  # people edit its rows: an UPDATE gives row_version the stored one + 1
        return ROW_VERSION in self.field_index

    @property
    def audit_key(self) -> Optional[str]:  # what names a row in the audit log: its uuid, else a unique code
        return self.key or next((f.name for f in self.fields if f.unique), None)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def private_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.private)

    @property
    def written_texts(self) -> tuple[str, ...]:
        """The texts people write, where a public export masks private values, phone numbers and
        e-mail addresses: not the key, identifiers (unique), codes or lists of ids, whose digits can
        look like a phone number (a uuid's groups all digits) and must stay as stored."""
        return tuple(f.name for f in self.fields if f.type == "text" and not f.private and f.codes is None
                     and not f.multi and not f.unique and f.name != self.key)


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


@dataclass(frozen=True)
class Follower:
    """A field that copies another table's field (:attr:`FieldSpec.follows`): ``table.field`` takes
    the new value of ``source.source_field`` in every row that held the old one, as a change of that
    row (its ``row_version`` + 1 where the table has one)."""

    table: TableSpec
    field: str
    source: str
    source_field: str

    @property
    def name(self) -> str:
        """The rule's name in both stores."""
        return f"{self.source}_{self.source_field}_to_{self.table.name}_{self.field}"


def followers_of(tables: Iterable[TableSpec]) -> tuple[Follower, ...]:
    return tuple(Follower(t, f.name, *f.follows) for t in tables for f in t.fields if f.follows)
