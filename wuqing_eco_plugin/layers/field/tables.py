# SPDX-License-Identifier: GPL-2.0-or-later
"""The tables of a field package's GeoPackage, declared like the store's (``layers/schema.py``).

The package is not a store: its tables are what a phone needs and what a sync reads back. Map
context (zones, towns, approved land, district) keeps the store's tables as they are; the open
cases keep only fields that are not private (a phone can be lost); new cases and markers are
the two editable layers; ``categories`` feeds the category list filtered by the zones at the
point; ``package_info``, ``package_snapshot`` and ``sync_log`` are for the sync.

Field names of the package's own fields are the constants of :data:`P`; the store's are
``schema.F``. Raise ``domain.field.package.FORMAT_VERSION`` when these tables change.
"""
from __future__ import annotations

from dataclasses import replace

from ...domain.field.package import PURPOSES
from ...domain.field.sync import OUTCOMES
from ...toolbelt.i18n import QT_TR_NOOP
from .. import schema
from ..schema import UUID_DEFAULT, F, FieldSpec, TableSpec


class P:
    """Names of the package's own fields."""

    CASE_UID = "case_uid"
    REPORTER = "reporter"
    OUTSIDE_CONFIRMED = "outside_confirmed"
    PHOTOS = ("photo_1", "photo_2", "photo_3")
    GNSS_ACCURACY_M = "gnss_accuracy_m"
    GNSS_QUALITY = "gnss_quality"
    DESIGN_X_NORTH = "design_x_north"
    DESIGN_Y_EAST = "design_y_east"
    EDITED_AT = "edited_at"
    CODE = "code"
    LABEL = "label"
    PACKAGE_UID = "package_uid"
    PURPOSE = "purpose"
    FORMAT_VERSION = "format_version"
    DISTRICT_CODE = "district_code"
    DISTRICT_NAME = "district_name"
    TOWN_NAMES = "town_names"
    TOWN_CODES = "town_codes"
    PATROL = "patrol"
    ORIGIN = "origin"
    ITEM_UID = "item_uid"
    KIND = "kind"
    OFFICE_HASH = "office_hash"
    FIELD_HASH = "field_hash"
    LOG_UID = "log_uid"
    SYNCED_AT = "synced_at"
    OUTCOME = "outcome"


#: Project variable holding the patrol's (or survey team's) name; QFieldCloud's login wins.
PATROL_VARIABLE = "wq_patrol"
WHO_DEFAULT = f"coalesce(@cloud_username, @{PATROL_VARIABLE})"
# QField fills the @position_* variables only while the crosshair is snapped to the receiver
# (docs.qfield.org/reference/expression_variables): a value there means the point is a GNSS fix;
# otherwise the field keeps what it had.
ACCURACY_DEFAULT = ("CASE WHEN @position_horizontal_accuracy IS NOT NULL "
                    "THEN round(@position_horizontal_accuracy, 3) ELSE \"{field}\" END")
QUALITY_DEFAULT = ("CASE WHEN @position_horizontal_accuracy IS NOT NULL "
                   "THEN @position_quality_description ELSE \"{field}\" END")


def _from(table: TableSpec, *names: str, read_only: bool = False) -> tuple[FieldSpec, ...]:
    """Fields of a store's table as they are, or shown but not editable in the package."""
    return tuple(replace(table.field(n), read_only=True) if read_only else table.field(n) for n in names)


def _text(name: str, alias: str, length: int = 0, **kw) -> FieldSpec:
    return FieldSpec(name, "text", alias, length, **kw)


OPEN_CASES = TableSpec(
    "open_cases", QT_TR_NOOP("Open cases (read-only)"), "Point", key=F.RECORD_UID, display='"record_no"',
    fields=_from(schema.VIOLATIONS, F.RECORD_UID, F.RECORD_NO, F.DISCOVERED_AT, F.SOURCE, F.ZONE_NAMES,
                 F.LINE_CLASS, F.TOWN, F.CATEGORY, F.SEVERITY, F.DESCRIPTION, F.LEAD_DEPARTMENT, F.STATUS,
                 F.DEADLINE),
)

NEW_CASES = TableSpec(
    "new_cases", QT_TR_NOOP("New cases (patrol)"), "Point", key=P.CASE_UID, display='"description"',
    fields=(
        FieldSpec(P.CASE_UID, "text", QT_TR_NOOP("Unique id"), 36, required=True, unique=True,
                  default=UUID_DEFAULT, read_only=True),
        FieldSpec(F.DISCOVERED_AT, "datetime", QT_TR_NOOP("Discovered at"), required=True,
                  default=schema.NOW_DEFAULT),
        _text(P.REPORTER, QT_TR_NOOP("Reporter"), 50, default=WHO_DEFAULT),
        FieldSpec(F.SOURCE, "text", QT_TR_NOOP("Source"), 16, required=True,
                  codes=schema.VIOLATIONS.field(F.SOURCE).codes, default="'patrol'", read_only=True),
        # Where the point lies, as the phone sees it (defaults set with the package's layer ids):
        # shown to the patrol, never trusted by the sync, which works the place out again.
        _text(F.TOWN, QT_TR_NOOP("Town or street"), 50, read_only=True),
        _text(F.ZONE_UIDS, QT_TR_NOOP("Linked zones"), read_only=True, widget="hidden"),
        _text(F.ZONE_NAMES, QT_TR_NOOP("Zone names"), read_only=True),
        schema.VIOLATIONS.field(F.CATEGORY),
        FieldSpec(F.SEVERITY, "text", QT_TR_NOOP("Severity"), 2, codes=schema.VIOLATIONS.field(F.SEVERITY).codes),
        _text(F.SEVERITY_REASON, QT_TR_NOOP("Reason for raised severity")),
        schema.VIOLATIONS.field(F.DESCRIPTION),
        FieldSpec(P.OUTSIDE_CONFIRMED, "bool", QT_TR_NOOP("Confirmed: outside every protected zone"), required=True,
                  default="false"),
        *(_text(name, alias, 255, widget="attachment") for name, alias in zip(
            P.PHOTOS, (QT_TR_NOOP("Photo 1"), QT_TR_NOOP("Photo 2"), QT_TR_NOOP("Photo 3")))),
        FieldSpec(P.GNSS_ACCURACY_M, "real", QT_TR_NOOP("GNSS accuracy (m)"),
                  default=ACCURACY_DEFAULT.format(field=P.GNSS_ACCURACY_M), read_only=True),
    ),
)

#: Fields of a marker the survey team may change in the field (and a sync takes over).
MARKER_EDITABLE = (F.ENGRAVED_NO, F.MATERIAL, F.ELEVATION_M, F.REF1_NAME, F.REF1_BEARING, F.REF1_DISTANCE_M,
                   F.REF2_NAME, F.REF2_BEARING, F.REF2_DISTANCE_M, F.REF3_NAME, F.REF3_BEARING,
                   F.REF3_DISTANCE_M, F.PHOTO_E, F.PHOTO_S, F.PHOTO_W, F.PHOTO_N, F.PHOTO_C, F.STATUS, F.NOTES)
MARKER_PHOTOS = (F.PHOTO_E, F.PHOTO_S, F.PHOTO_W, F.PHOTO_N, F.PHOTO_C)


def _marker_field(name: str) -> FieldSpec:
    spec = schema.MARKERS.field(name)
    if name in MARKER_PHOTOS:
        return FieldSpec(spec.name, spec.type, spec.alias, spec.length, widget="attachment")
    return spec


MARKERS = TableSpec(
    "markers", QT_TR_NOOP("Boundary markers (survey)"), "Point", key=F.MARKER_UID, display='"marker_no"',
    fields=(
        # What identifies a marker and where it is stays as the office has it; the team changes the rest.
        *_from(schema.MARKERS, F.MARKER_UID, F.MARKER_NO, F.ZONE_UID, F.KIND, F.SEQ, F.X_NORTH, F.Y_EAST,
               read_only=True),
        FieldSpec(P.DESIGN_X_NORTH, "real", QT_TR_NOOP("Design X (north, m)"), read_only=True),
        FieldSpec(P.DESIGN_Y_EAST, "real", QT_TR_NOOP("Design Y (east, m)"), read_only=True),
        *(_marker_field(n) for n in MARKER_EDITABLE),
        FieldSpec(F.PRECISION_M, "real", QT_TR_NOOP("Survey precision (m)"),
                  default=ACCURACY_DEFAULT.format(field=F.PRECISION_M), on_update=True, read_only=True),
        _text(P.GNSS_QUALITY, QT_TR_NOOP("GNSS fix quality"), 50, default=QUALITY_DEFAULT.format(field=P.GNSS_QUALITY),
              on_update=True, read_only=True),
        # Whoever edits a marker in the field last is its surveyor.
        _text(F.SURVEYOR, QT_TR_NOOP("Surveyor"), 50, default=WHO_DEFAULT, on_update=True, read_only=True),
        FieldSpec(P.EDITED_AT, "datetime", QT_TR_NOOP("Last edited in the field"), default=schema.NOW_DEFAULT,
                  on_update=True, read_only=True),
    ),
)

CATEGORIES = TableSpec(
    "categories", QT_TR_NOOP("Categories by zone"), None, key=P.CODE, display='"label"',
    fields=(
        _text(P.CODE, QT_TR_NOOP("Category"), 32, required=True, unique=True),
        _text(P.LABEL, QT_TR_NOOP("Name"), 100, required=True),
        _text(F.ZONE_UIDS, QT_TR_NOOP("Zones where it is prohibited")),
    ),
)

PACKAGE_INFO = TableSpec(
    "package_info", QT_TR_NOOP("Field package"), None, key=P.PACKAGE_UID,
    fields=(
        _text(P.PACKAGE_UID, QT_TR_NOOP("Package"), 36, required=True, unique=True),
        _text(P.PURPOSE, QT_TR_NOOP("Purpose"), 16, required=True, codes=PURPOSES),
        FieldSpec(P.FORMAT_VERSION, "int", QT_TR_NOOP("Format version"), required=True),
        _text(P.DISTRICT_CODE, QT_TR_NOOP("District code"), 12),
        _text(P.DISTRICT_NAME, QT_TR_NOOP("District"), 50),
        _text(P.TOWN_NAMES, QT_TR_NOOP("Towns"), required=True),
        _text(P.TOWN_CODES, QT_TR_NOOP("Town codes")),
        _text(P.PATROL, QT_TR_NOOP("Patrol or survey team"), 50),
        FieldSpec(F.CREATED_AT, "datetime", QT_TR_NOOP("Made at"), required=True),
        _text(P.ORIGIN, QT_TR_NOOP("Made from")),
    ),
)

SNAPSHOT = TableSpec(
    "package_snapshot", QT_TR_NOOP("State when packed"), None, key=P.ITEM_UID,
    fields=(
        _text(P.ITEM_UID, QT_TR_NOOP("Item"), 36, required=True, unique=True),
        _text(P.KIND, QT_TR_NOOP("Kind"), 8, required=True),
        _text(P.OFFICE_HASH, QT_TR_NOOP("Office state"), 64),
        _text(P.FIELD_HASH, QT_TR_NOOP("Field state"), 64),
    ),
)

SYNC_LOG = TableSpec(
    "sync_log", QT_TR_NOOP("Sync log"), None, key=P.LOG_UID, append_only=True,
    fields=(
        FieldSpec(P.LOG_UID, "text", QT_TR_NOOP("Unique id"), 36, required=True, unique=True, default=UUID_DEFAULT),
        _text(P.ITEM_UID, QT_TR_NOOP("Item"), 36, required=True),
        _text(P.KIND, QT_TR_NOOP("Kind"), 8, required=True),
        FieldSpec(P.SYNCED_AT, "datetime", QT_TR_NOOP("Synced at"), required=True),
        _text(P.OUTCOME, QT_TR_NOOP("Outcome"), 16, required=True, codes=OUTCOMES),
        _text(F.RECORD_NO, QT_TR_NOOP("Record number"), 20),
        _text(P.OFFICE_HASH, QT_TR_NOOP("Office state"), 64),
        _text(P.FIELD_HASH, QT_TR_NOOP("Field state"), 64),
        _text(F.NOTE, QT_TR_NOOP("Note")),
    ),
)

#: The map context, as the store holds it.
CONTEXT = (schema.DISTRICT, schema.TOWNS, schema.ZONES, schema.APPROVED_LAND)
#: What a package of each purpose holds besides the context and the sync's tables.
OWN_TABLES = {"patrol": (OPEN_CASES, NEW_CASES, CATEGORIES), "survey": (MARKERS,)}


def tables_for(purpose: str) -> tuple[TableSpec, ...]:
    return (*CONTEXT, *OWN_TABLES[purpose], PACKAGE_INFO, SNAPSHOT, SYNC_LOG)
