# SPDX-License-Identifier: GPL-2.0-or-later
"""The data model: one declarative source of truth for tables, fields, coded values and CRS.

Storage creates tables from it, forms take aliases and value lists from it, tests read it back.
Aliases are English source strings marked for translation; the zh_CN catalog holds the Chinese.
"""
from __future__ import annotations

from ..domain.admin import DATA_STATUSES, DRAFT, OFFICIAL, TOWN_KINDS
from ..domain.audit import AUDIT_ACTIONS
from ..domain.categories import CATEGORIES, SEVERITIES
from ..domain.coordinates import WORKING_CRS
from ..domain.departments import DEPARTMENTS
from ..domain.ledger.cases import CASE_SOURCES, CASE_STATUSES, INITIAL_STATUS, TRANSITIONS
from ..domain.ledger.emergencies import EMERGENCY_KINDS, ENTRY_KINDS, STATUS_ENTRY
from ..domain.markers.vocabulary import MARKER_KINDS, MARKER_MATERIALS, MARKER_STATUSES, SURVEY_METHODS
from ..domain.rules import REASONS
from ..domain.zones import LINE_CLASSES, ZONE_TYPES
from ..toolbelt.i18n import QT_TR_NOOP
from .schema_parts import (  # noqa: F401 - the specifications and versions are the schema's too
    CLUES_VERSION,
    FIRST_VERSION,
    ROW_VERSION,
    ROW_VERSIONS,
    SCHEMA_VERSION,
    TOWN_NAMES,
    TYPES,
    FieldNames,
    FieldSpec,
    Relation,
    TableSpec,
    followers_of,
)

CRS = WORKING_CRS
GEOMETRY_COLUMN = "geom"
UUID_DEFAULT = "uuid('WithoutBraces')"
AREA_DEFAULT = "round(area($geometry), 2)"
NOW_DEFAULT = "now()"
# Marker coordinates mirror the point, so moving a marker with any QGIS tool keeps them right.
X_NORTH_DEFAULT = "round(y($geometry), 3)"
Y_EAST_DEFAULT = "round(x($geometry), 3)"
Y_EAST_39_DEFAULT = "round(x($geometry), 3) + 39000000"
LON_DEFAULT = "round(x(transform($geometry, 'EPSG:4548', 'EPSG:4490')), 8)"
LAT_DEFAULT = "round(y(transform($geometry, 'EPSG:4548', 'EPSG:4490')), 8)"



def _uid(name: str) -> FieldSpec:
    return FieldSpec(name, "text", QT_TR_NOOP("Unique id"), 36, required=True, unique=True,
                     default=UUID_DEFAULT, read_only=True)


def _area() -> FieldSpec:
    return FieldSpec("area_m2", "real", QT_TR_NOOP("Area (m²)"), default=AREA_DEFAULT, on_update=True,
                     read_only=True)


def _status(default: str) -> FieldSpec:
    return FieldSpec("data_status", "text", QT_TR_NOOP("Data status"), 16, required=True,
                     codes=DATA_STATUSES, default=f"'{default}'")


def _updated() -> FieldSpec:
    return FieldSpec("updated_at", "datetime", QT_TR_NOOP("Last edited"), default=NOW_DEFAULT, on_update=True,
                     read_only=True)


def _row_version() -> FieldSpec:  # no default on update: layers/row_versions.py sends the version + 1
    return FieldSpec(ROW_VERSION, "int", QT_TR_NOOP("Version"), required=True, default="1", read_only=True,
                     since=ROW_VERSIONS)


ZONES = TableSpec(
    "zones", QT_TR_NOOP("Protected zones"), "MultiPolygon", key="zone_uid", display='"name"',
    fields=(
        _uid("zone_uid"),
        FieldSpec("name", "text", QT_TR_NOOP("Name"), 100, required=True),
        FieldSpec("zone_type", "text", QT_TR_NOOP("Zone type"), 16, required=True, codes=ZONE_TYPES),
        FieldSpec("line_class", "text", QT_TR_NOOP("Line class"), 8, required=True, codes=LINE_CLASSES),
        FieldSpec("feature_code", "text", QT_TR_NOOP("Feature code"), 16),
        FieldSpec("water_supply", "bool", QT_TR_NOOP("Water-supply river or reservoir"), required=True,
                  default="false"),
        FieldSpec("nature_reserve", "bool", QT_TR_NOOP("Nature reserve"), required=True, default="false"),
        FieldSpec("national_red_line", "bool", QT_TR_NOOP("National ecological red line"), required=True,
                  default="false"),
        FieldSpec("road_belt", "bool", QT_TR_NOOP("Road shelter belt"), required=True, default="false"),
        FieldSpec("department", "text", QT_TR_NOOP("Responsible department"), 16, codes=DEPARTMENTS),
        FieldSpec("legal_basis", "text", QT_TR_NOOP("Legal basis"), 255),
        FieldSpec("notes", "text", QT_TR_NOOP("Notes")),
        _status(DRAFT),
        _area(),
        _updated(),
        _row_version(),
    ),
)

DISTRICT = TableSpec(
    "district", QT_TR_NOOP("District boundary"), "MultiPolygon", display='"name"',
    fields=(
        FieldSpec("name", "text", QT_TR_NOOP("Name"), 50, required=True),
        FieldSpec("code", "text", QT_TR_NOOP("Administrative code"), 12, required=True, unique=True),
        _status(OFFICIAL),
        _area(),
        _row_version(),
    ),
)

TOWNS = TableSpec(
    "towns", QT_TR_NOOP("Towns and streets"), "MultiPolygon", display='"name"',
    fields=(
        FieldSpec("name", "text", QT_TR_NOOP("Name"), 50, required=True, unique=True),
        FieldSpec("code", "text", QT_TR_NOOP("Administrative code"), 12, required=True, unique=True),
        FieldSpec("kind", "text", QT_TR_NOOP("Kind"), 8, required=True, codes=TOWN_KINDS),
        _status(OFFICIAL),
        _area(),
        _row_version(),
    ),
)

APPROVED_LAND = TableSpec(
    "approved_land", QT_TR_NOOP("Approved construction land"), "MultiPolygon", key="land_uid",
    display='"approval_no"',
    fields=(
        _uid("land_uid"),
        FieldSpec("approval_no", "text", QT_TR_NOOP("Approval document number"), 64, required=True),
        FieldSpec("approval_date", "date", QT_TR_NOOP("Approval date"), required=True),
        FieldSpec("authority", "text", QT_TR_NOOP("Approving authority"), 64, required=True,
                  default="'天津市人民政府'"),
        FieldSpec("project_name", "text", QT_TR_NOOP("Project"), 100),
        FieldSpec("land_use", "text", QT_TR_NOOP("Planned land use"), 50),
        FieldSpec("notes", "text", QT_TR_NOOP("Notes")),
        _status(OFFICIAL),
        _area(),
        _row_version(),
    ),
)


_REFERENCES = (
    (1, QT_TR_NOOP("Reference object 1"), QT_TR_NOOP("Bearing 1 (°)"), QT_TR_NOOP("Distance 1 (m)")),
    (2, QT_TR_NOOP("Reference object 2"), QT_TR_NOOP("Bearing 2 (°)"), QT_TR_NOOP("Distance 2 (m)")),
    (3, QT_TR_NOOP("Reference object 3"), QT_TR_NOOP("Bearing 3 (°)"), QT_TR_NOOP("Distance 3 (m)")),
)


def _references() -> tuple[FieldSpec, ...]:
    out: list[FieldSpec] = []
    for n, name, bearing, distance in _REFERENCES:
        out += [
            FieldSpec(f"ref{n}_name", "text", name, 50),
            FieldSpec(f"ref{n}_bearing", "real", bearing),
            FieldSpec(f"ref{n}_distance_m", "real", distance),
        ]
    return tuple(out)


_PHOTO_SIDES = (
    ("e", QT_TR_NOOP("Photo east")),
    ("s", QT_TR_NOOP("Photo south")),
    ("w", QT_TR_NOOP("Photo west")),
    ("n", QT_TR_NOOP("Photo north")),
    ("c", QT_TR_NOOP("Photo centre")),
)

MARKERS = TableSpec(
    "markers", QT_TR_NOOP("Boundary markers"), "Point", key="marker_uid", display='"marker_no"',
    fields=(
        _uid("marker_uid"),
        FieldSpec("marker_no", "text", QT_TR_NOOP("Marker number"), 40, required=True, unique=True),
        FieldSpec("engraved_no", "text", QT_TR_NOOP("Engraved number"), 40),
        FieldSpec("zone_uid", "text", QT_TR_NOOP("Zone"), 36),
        FieldSpec("kind", "text", QT_TR_NOOP("Marker kind"), 16, required=True, codes=MARKER_KINDS,
                  default="'post'"),
        FieldSpec("material", "text", QT_TR_NOOP("Material"), 16, codes=MARKER_MATERIALS),
        FieldSpec("seq", "int", QT_TR_NOOP("Sequence along the boundary")),
        FieldSpec("x_north", "real", QT_TR_NOOP("X (north, m)"), default=X_NORTH_DEFAULT, on_update=True,
                  read_only=True),
        FieldSpec("y_east", "real", QT_TR_NOOP("Y (east, m)"), default=Y_EAST_DEFAULT, on_update=True,
                  read_only=True),
        FieldSpec("y_east_39", "real", QT_TR_NOOP("Y (east, with zone prefix 39, m)"), default=Y_EAST_39_DEFAULT,
                  on_update=True, read_only=True),
        FieldSpec("longitude", "real", QT_TR_NOOP("Longitude (°)"), default=LON_DEFAULT, on_update=True,
                  read_only=True),
        FieldSpec("latitude", "real", QT_TR_NOOP("Latitude (°)"), default=LAT_DEFAULT, on_update=True,
                  read_only=True),
        FieldSpec("elevation_m", "real", QT_TR_NOOP("Elevation (m, 1985 datum)")),
        FieldSpec("survey_method", "text", QT_TR_NOOP("Survey method"), 16, codes=SURVEY_METHODS),
        FieldSpec("precision_m", "real", QT_TR_NOOP("Survey precision (m)")),
        FieldSpec("distance_to_boundary_m", "real", QT_TR_NOOP("Distance to boundary (m)")),
        FieldSpec("survey_date", "date", QT_TR_NOOP("Survey date")),
        FieldSpec("surveyor", "text", QT_TR_NOOP("Surveyor"), 50),
        FieldSpec("burial_date", "date", QT_TR_NOOP("Burial date")),
        FieldSpec("burial_unit", "text", QT_TR_NOOP("Burial unit"), 100),
        *_references(),
        *(FieldSpec(f"photo_{side}", "text", alias, 255, widget="photo") for side, alias in _PHOTO_SIDES),
        FieldSpec("status", "text", QT_TR_NOOP("Marker status"), 16, required=True, codes=MARKER_STATUSES,
                  default="'designed'"),
        FieldSpec("last_inspection", "date", QT_TR_NOOP("Last inspection")),
        FieldSpec("notes", "text", QT_TR_NOOP("Notes")),
        _status(DRAFT),
        _updated(),
        _row_version(),
    ),
    form=(
        (QT_TR_NOOP("Marker"), ("marker_no", "zone_name", "kind", "status", "x_north", "y_east", "y_east_39",
                                "longitude", "latitude", "distance_to_boundary_m")),
        (QT_TR_NOOP("Survey"), ("survey_date", "surveyor", "survey_method", "precision_m", "elevation_m",
                                "engraved_no", "material")),
        (QT_TR_NOOP("Burial and reference objects"), ("burial_date", "burial_unit", *(
            f"ref{n}_{part}" for n, *_ in _REFERENCES for part in ("name", "bearing", "distance_m")))),
        (QT_TR_NOOP("Photos"), tuple(f"photo_{side}" for side, _ in _PHOTO_SIDES)),
        (QT_TR_NOOP("Inspection and notes"), ("last_inspection", "notes")),
    ),
)

MARKER_HISTORY = TableSpec(
    "marker_history", QT_TR_NOOP("Marker history"), None, key="history_uid", display='"marker_no"',
    append_only=True,
    fields=(
        _uid("history_uid"),
        FieldSpec("marker_uid", "text", QT_TR_NOOP("Marker"), 36, required=True),
        FieldSpec("marker_no", "text", QT_TR_NOOP("Marker number"), 40),
        FieldSpec("changed_at", "datetime", QT_TR_NOOP("Changed at"), required=True, default=NOW_DEFAULT),
        FieldSpec("changed_by", "text", QT_TR_NOOP("Changed by"), 50, required=True, by_login=True),
        FieldSpec("old_x_north", "real", QT_TR_NOOP("Old X (north, m)")),
        FieldSpec("old_y_east", "real", QT_TR_NOOP("Old Y (east, m)")),
        FieldSpec("new_x_north", "real", QT_TR_NOOP("New X (north, m)")),
        FieldSpec("new_y_east", "real", QT_TR_NOOP("New Y (east, m)")),
        FieldSpec("moved_m", "real", QT_TR_NOOP("Moved by (m)")),
        FieldSpec("note", "text", QT_TR_NOOP("Note")),
    ),
)

VIOLATIONS = TableSpec(
    "violations", QT_TR_NOOP("Violation records"), "Point", key="record_uid", display='"record_no"',
    fields=(
        _uid("record_uid"),
        FieldSpec("record_no", "text", QT_TR_NOOP("Record number"), 20, required=True, unique=True),
        FieldSpec("discovered_at", "datetime", QT_TR_NOOP("Discovered at"), required=True),
        FieldSpec("source", "text", QT_TR_NOOP("Source"), 16, required=True, codes=CASE_SOURCES),
        FieldSpec("zone_uids", "text", QT_TR_NOOP("Linked zones"), multi=True),
        FieldSpec("zone_names", "text", QT_TR_NOOP("Zone names")),
        FieldSpec("zone_type", "text", QT_TR_NOOP("Zone type"), 16, codes=ZONE_TYPES),
        FieldSpec("line_class", "text", QT_TR_NOOP("Line class (strictest)"), 8, codes=LINE_CLASSES),
        FieldSpec("in_approved_land", "bool", QT_TR_NOOP("Inside approved construction land"), required=True,
                  default="false"),
        FieldSpec("outside_zones", "bool", QT_TR_NOOP("Outside every zone"), required=True, default="false"),
        FieldSpec("town", "text", QT_TR_NOOP("Town or street"), 50, follows=("towns", "name")),
        FieldSpec("category", "text", QT_TR_NOOP("Category"), 32, required=True, codes=CATEGORIES),
        FieldSpec("severity", "text", QT_TR_NOOP("Severity"), 2, required=True, codes=SEVERITIES),
        FieldSpec("severity_reason", "text", QT_TR_NOOP("Reason for raised severity")),
        FieldSpec("description", "text", QT_TR_NOOP("Description"), required=True),
        FieldSpec("responsible_party", "text", QT_TR_NOOP("Responsible party"), 100, private=True),
        FieldSpec("reporter_name", "text", QT_TR_NOOP("Reporter"), 50, private=True),
        FieldSpec("reporter_contact", "text", QT_TR_NOOP("Reporter contact"), 100, private=True),
        # Photos and documents can show people and private land: never published.
        FieldSpec("evidence", "text", QT_TR_NOOP("Evidence files"), private=True),
        FieldSpec("lead_department", "text", QT_TR_NOOP("Lead department"), 16, required=True,
                  codes=DEPARTMENTS),
        FieldSpec("other_departments", "text", QT_TR_NOOP("Other departments"), codes=DEPARTMENTS, multi=True),
        FieldSpec("nearest_marker", "text", QT_TR_NOOP("Nearest marker"), 40),
        FieldSpec("deadline", "date", QT_TR_NOOP("Rectification deadline")),
        FieldSpec("status", "text", QT_TR_NOOP("Status"), 16, required=True, codes=CASE_STATUSES,
                  default=f"'{INITIAL_STATUS}'", transitions=tuple(TRANSITIONS.items())),
        FieldSpec("proposal", "text", QT_TR_NOOP("Handling proposal")),
        FieldSpec("penalty_no", "text", QT_TR_NOOP("Penalty decision number"), 64),
        FieldSpec("verified_at", "datetime", QT_TR_NOOP("Verified at")),
        FieldSpec("notified_at", "datetime", QT_TR_NOOP("Notified at")),
        FieldSpec("proposed_at", "datetime", QT_TR_NOOP("Proposal at")),
        FieldSpec("rectifying_at", "datetime", QT_TR_NOOP("Rectification ordered at")),
        FieldSpec("reinspected_at", "datetime", QT_TR_NOOP("Re-inspected at")),
        FieldSpec("closed_at", "datetime", QT_TR_NOOP("Closed at")),
        FieldSpec("internal_notes", "text", QT_TR_NOOP("Internal notes"), private=True),
        FieldSpec("created_by", "text", QT_TR_NOOP("Recorded by"), 50, private=True),  # a staff member's name
        FieldSpec("created_at", "datetime", QT_TR_NOOP("Recorded at"), default=NOW_DEFAULT, read_only=True),
        _status(OFFICIAL),
        _updated(),
        # Monitoring clues (遥感监测线索): a clue number is registered once (UNIQUE; NULL for other cases).
        FieldSpec("clue_no", "text", QT_TR_NOOP("Monitoring clue number"), 64, unique=True, since=CLUES_VERSION),
        FieldSpec("clue_batch", "text", QT_TR_NOOP("Monitoring batch"), 100, since=CLUES_VERSION),
        # Emergencies and important matters (seed §九): the times of their reports; the texts are history rows.
        FieldSpec("emergency", "text", QT_TR_NOOP("Emergency or important matter"), 16, codes=EMERGENCY_KINDS,
                  since=CLUES_VERSION),
        FieldSpec("emergency_at", "datetime", QT_TR_NOOP("Reporting clock started at"), read_only=True,
                  since=CLUES_VERSION),
        FieldSpec("first_report_at", "datetime", QT_TR_NOOP("First report at"), read_only=True, since=CLUES_VERSION),
        FieldSpec("last_report_at", "datetime", QT_TR_NOOP("Latest report at"), read_only=True, since=CLUES_VERSION),
        FieldSpec("final_report_at", "datetime", QT_TR_NOOP("Final report at"), read_only=True, since=CLUES_VERSION),
        _row_version(),
    ),
)

VIOLATION_AREAS = TableSpec(
    "violation_areas", QT_TR_NOOP("Affected areas"), "MultiPolygon", key="area_uid", display='"record_uid"',
    fields=(
        _uid("area_uid"),
        FieldSpec("record_uid", "text", QT_TR_NOOP("Record"), 36, required=True),
        FieldSpec("notes", "text", QT_TR_NOOP("Notes")),
        _area(),
        _row_version(),
    ),
)

VIOLATION_HISTORY = TableSpec(
    "violation_history", QT_TR_NOOP("Case history"), None, key="history_uid", display='"to_status"',
    append_only=True,
    fields=(
        _uid("history_uid"),
        FieldSpec("record_uid", "text", QT_TR_NOOP("Record"), 36, required=True),
        FieldSpec("changed_at", "datetime", QT_TR_NOOP("Changed at"), required=True, default=NOW_DEFAULT),
        FieldSpec("changed_by", "text", QT_TR_NOOP("Changed by"), 50, required=True, private=True,
                  by_login=True),
        FieldSpec("from_status", "text", QT_TR_NOOP("From status"), 16, codes=CASE_STATUSES),
        FieldSpec("to_status", "text", QT_TR_NOOP("To status"), 16, required=True, codes=CASE_STATUSES),
        FieldSpec("note", "text", QT_TR_NOOP("Note")),
        # A status change, or an emergency's marking or report (its text is the note; the status stays).
        FieldSpec("entry_kind", "text", QT_TR_NOOP("Entry"), 16, codes=ENTRY_KINDS, default=f"'{STATUS_ENTRY}'",
                  since=CLUES_VERSION),
        FieldSpec("departments", "text", QT_TR_NOOP("Departments notified"), codes=DEPARTMENTS, multi=True,
                  since=CLUES_VERSION),
    ),
)

#: Quality and service-function indicators of each zone (seed §五: 面积、构成、质量及服务功能), by year:
#: a river section's water quality class, a belt's vegetation cover, any indicator with a unit.
ZONE_INDICATORS = TableSpec(
    "zone_indicators", QT_TR_NOOP("Zone indicators"), None, key="indicator_uid", display='"indicator"',
    since=CLUES_VERSION,
    fields=(
        _uid("indicator_uid"),
        FieldSpec("zone_uid", "text", QT_TR_NOOP("Zone"), 36, required=True),
        FieldSpec("indicator", "text", QT_TR_NOOP("Indicator"), 100, required=True),
        FieldSpec("unit", "text", QT_TR_NOOP("Unit"), 20),
        FieldSpec("value", "real", QT_TR_NOOP("Value"), required=True),
        FieldSpec("year", "int", QT_TR_NOOP("Year"), required=True),
        FieldSpec("source", "text", QT_TR_NOOP("Source of the value"), 100),
        FieldSpec("notes", "text", QT_TR_NOOP("Notes")),
        _status(OFFICIAL),
        _updated(),
        _row_version(),
    ),
)


def _derived(name: str, type_: str, alias: str, length: int = 0, **kw) -> FieldSpec:
    """A field of a derived table: written by an analysis, never edited by hand."""
    return FieldSpec(name, type_, alias, length, read_only=True, **kw)


#: Derived: the pieces where zones overlap, with the strictest rule (written by the overlap analysis).
OVERLAPS = TableSpec(
    "overlaps", QT_TR_NOOP("Overlaps (strictest rule)"), "MultiPolygon", key="overlap_uid",
    display='"zone_names"', derived=True,
    fields=(
        _uid("overlap_uid"),
        _derived("zone_count", "int", QT_TR_NOOP("Number of zones"), required=True),
        _derived("zone_types", "text", QT_TR_NOOP("Zone types"), 80, codes=ZONE_TYPES, multi=True),
        _derived("line_class", "text", QT_TR_NOOP("Line class (strictest)"), 8, required=True, codes=LINE_CLASSES),
        _derived("zone_names", "text", QT_TR_NOOP("Zone names")),
        _derived("zone_uids", "text", QT_TR_NOOP("Linked zones"), multi=True),
        _derived("departments", "text", QT_TR_NOOP("Departments involved"), codes=DEPARTMENTS, multi=True),
        _derived("categories", "text", QT_TR_NOOP("Prohibited activities"), codes=CATEGORIES, multi=True),
        _derived("reasons", "text", QT_TR_NOOP("Why this rule applies"), codes=REASONS, multi=True),
        _derived("nature_reserve", "bool", QT_TR_NOOP("Nature reserve"), required=True, default="false"),
        _derived("water_supply_ban", "bool", QT_TR_NOOP("Water-supply ban"), required=True, default="false"),
        _derived("national_red_line", "bool", QT_TR_NOOP("National ecological red line"), required=True,
                 default="false"),
        _derived("deciding_uids", "text", QT_TR_NOOP("Zones of the strictest class"), multi=True),
        _derived("summary", "text", QT_TR_NOOP("Summary")),
        _derived("area_m2", "real", QT_TR_NOOP("Area (m²)"), required=True),
        _derived("area_ha", "real", QT_TR_NOOP("Area (ha)")),
        _derived("area_mu", "real", QT_TR_NOOP("Area (mu)")),
        _derived("analyzed_at", "datetime", QT_TR_NOOP("Analysed at"), default=NOW_DEFAULT),
    ),
)

TABLES: tuple[TableSpec, ...] = (
    DISTRICT, TOWNS, ZONES, APPROVED_LAND, MARKERS, MARKER_HISTORY, VIOLATIONS, VIOLATION_AREAS,
    VIOLATION_HISTORY, OVERLAPS, ZONE_INDICATORS,
)

#: The fields that copy another table's field (:attr:`FieldSpec.follows`): the rules both stores keep.
FOLLOWERS = followers_of(TABLES)

#: Who changed what, for every row of every table: written by triggers on PostGIS and by the plugin's
#: own writes on a GeoPackage (layers/audit.py); nobody edits it, so it is no table of :data:`TABLES`.
AUDIT_LOG = TableSpec(
    "audit_log", QT_TR_NOOP("Change log"), None, display='"table_name"', append_only=True, since=ROW_VERSIONS,
    fields=tuple(FieldSpec(*spec) for spec in (
        ("table_name", "text", QT_TR_NOOP("Table"), 63, True), ("row_uid", "text", QT_TR_NOOP("Record"), 64, True),
        ("action", "text", QT_TR_NOOP("Change"), 8, True, False, AUDIT_ACTIONS),
        ("changed_by", "text", QT_TR_NOOP("Changed by"), 63, True),
        ("changed_at", "datetime", QT_TR_NOOP("Changed at"), 0, True),
        ("application_name", "text", QT_TR_NOOP("Application"), 64), (ROW_VERSION, "int", QT_TR_NOOP("Version")),
        ("old_values", "json", QT_TR_NOOP("Old values")), ("new_values", "json", QT_TR_NOOP("New values")))))


RELATIONS: tuple[Relation, ...] = (
    Relation("violation_history_rel", QT_TR_NOOP("Case history"), "violations", "violation_history",
             "record_uid", "record_uid"),
    Relation("violation_areas_rel", QT_TR_NOOP("Affected areas"), "violations", "violation_areas",
             "record_uid", "record_uid"),
    Relation("zone_markers_rel", QT_TR_NOOP("Boundary markers"), "zones", "markers", "zone_uid", "zone_uid"),
    Relation("marker_history_rel", QT_TR_NOOP("Marker history"), "markers", "marker_history", "marker_uid",
             "marker_uid"),
    Relation("zone_indicators_rel", QT_TR_NOOP("Zone indicators"), "zones", "zone_indicators", "zone_uid",
             "zone_uid"),
)


F = FieldNames((*TABLES, AUDIT_LOG))
