# SPDX-License-Identifier: GPL-2.0-or-later
"""Create and check the project's GeoPackage from the schema, through OGR.

OGR rather than raw SQLite: GeoPackage triggers need its spatial functions, and the same calls
(field width, NOT NULL, UNIQUE, coded field domains) create the schema on PostGIS too.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..domain.codes import CodeTable
from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr
from ..toolbelt.resources import plugin_version
from ..toolbelt.settings import plugin_user
from .gdal_errors import raising
from .ogr_rows import set_values
from .schema import (
    AUDIT_LOG,
    CRS,
    FIRST_VERSION,
    FOLLOWERS,
    GEOMETRY_COLUMN,
    ROW_VERSION,
    SCHEMA_VERSION,
    TABLES,
    FieldSpec,
    TableSpec,
)

_OGR_TYPES = {
    "text": (ogr.OFTString, ogr.OFSTNone),
    "int": (ogr.OFTInteger, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "bool": (ogr.OFTInteger, ogr.OFSTBoolean),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
    "json": (ogr.OFTString, ogr.OFSTJSON),
}
_OGR_GEOMETRIES = {"MultiPolygon": ogr.wkbMultiPolygon, "Point": ogr.wkbPoint, None: ogr.wkbNone}


class SchemaError(WuqingError):
    """The data source does not hold the plugin's schema (missing tables or fields, wrong CRS)."""


@dataclass
class SchemaReport:
    missing_tables: list[str] = field(default_factory=list)
    missing_fields: dict[str, list[str]] = field(default_factory=dict)
    wrong_crs: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.missing_tables or self.missing_fields or self.wrong_crs)


def uri(path: str | Path, table: str | TableSpec) -> str:
    """The OGR provider URI of one table of the GeoPackage."""
    name = table.name if isinstance(table, TableSpec) else table
    return f"{path}|layername={name}"


def _domain_name(codes: CodeTable) -> str:
    return f"wq_{codes.name}"


def _field_defn(spec: FieldSpec) -> ogr.FieldDefn:
    ftype, subtype = _OGR_TYPES[spec.type]
    defn = ogr.FieldDefn(spec.name, ftype)
    defn.SetSubType(subtype)
    if spec.length:
        defn.SetWidth(spec.length)
    defn.SetNullable(not spec.required)
    defn.SetUnique(spec.unique)
    if spec.sql_default is not None:
        # A SQL default too, so rows written by other tools, and rows stored before an upgrade added
        # the field (row_version 1), satisfy NOT NULL.
        defn.SetDefault({"false": "0", "true": "1"}.get(spec.sql_default, spec.sql_default))
    if spec.codes is not None and not spec.multi:
        defn.SetDomainName(_domain_name(spec.codes))
    return defn


def _add_domains(ds: gdal.Dataset, tables: tuple[TableSpec, ...]) -> None:
    """Store every value list as a GeoPackage coded field domain, so other tools see the codes."""
    existing = set(ds.GetFieldDomainNames() or [])
    for table in tables:
        for spec in table.fields:
            if spec.codes is None or spec.multi:
                continue
            name = _domain_name(spec.codes)
            if name in existing:
                continue
            values = {e.code: e.zh for e in spec.codes}
            domain = ogr.CreateCodedFieldDomain(name, spec.codes.name, ogr.OFTString, ogr.OFSTNone, values)
            if not ds.AddFieldDomain(domain):
                raise SchemaError(f"cannot add field domain {name}")
            existing.add(name)


@raising
def create_table(ds: gdal.Dataset, table: TableSpec, description: str = "") -> ogr.Layer:
    srs = None
    if table.geometry:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(CRS)
    options = ["FID=fid"]
    if table.geometry:
        options += [f"GEOMETRY_NAME={GEOMETRY_COLUMN}", "SPATIAL_INDEX=YES"]
    if description:
        options.append(f"DESCRIPTION={description}")
    layer = ds.CreateLayer(table.name, srs, _OGR_GEOMETRIES[table.geometry], options=options)
    for spec in table.fields:
        layer.CreateField(_field_defn(spec))
    add_guards(ds, (table,))
    return layer


def _guards(table: TableSpec) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every guard the schema asks of ``table``: the data itself
    keeps history rows from being rewritten and a status from leaving its workflow, and gives a new
    value of ``table``'s fields to the fields that copy them (``schema.FOLLOWERS``), whichever tool
    edits the file (the plugin's change log holds the plugin's own writes only)."""
    out = []
    t = table.name
    if table.append_only:
        refuse = f"BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END"
        for op in ("UPDATE", "DELETE"):
            name = f"wq_{t}_no_{op.lower()}"
            out.append((name, f'CREATE TRIGGER IF NOT EXISTS "{name}" BEFORE {op} ON "{t}" {refuse}'))
        # SQLite's REPLACE (INSERT OR REPLACE, REPLACE INTO) deletes the row it replaces without firing
        # DELETE triggers (recursive triggers are off outside GDAL): an insert meeting a row is refused.
        meets = " OR ".join(f'"{k}" = NEW."{k}"' for k in ("fid", *([table.key] if table.key else [])))
        name = f"wq_{t}_no_replace"
        out.append((name, f'CREATE TRIGGER IF NOT EXISTS "{name}" BEFORE INSERT ON "{t}" '
                          f'WHEN EXISTS (SELECT 1 FROM "{t}" WHERE {meets}) {refuse}'))
    for spec in table.fields:
        if spec.transitions is None or spec.codes is None:
            continue
        f = spec.name
        codes = ", ".join(f"'{c}'" for c in spec.codes.codes())
        name = f"wq_{t}_{f}_known"
        out.append((name, f'CREATE TRIGGER IF NOT EXISTS "{name}" BEFORE INSERT ON "{t}" '
                          f'WHEN NEW."{f}" NOT IN ({codes}) '
                          f"BEGIN SELECT RAISE(ABORT, '{t}.{f}: not one of the allowed values'); END"))
        allowed = " OR ".join(f'(OLD."{f}" = \'{old}\' AND NEW."{f}" IN ({", ".join(repr(n) for n in new)}))'
                              for old, new in spec.transitions if new) or "0"
        name = f"wq_{t}_{f}_transition"
        out.append((name, f'CREATE TRIGGER IF NOT EXISTS "{name}" BEFORE UPDATE OF "{f}" ON "{t}" '
                          f'WHEN NEW."{f}" IS NOT OLD."{f}" AND NOT ({allowed}) '
                          f"BEGIN SELECT RAISE(ABORT, '{t}.{f}: this change is not allowed by the workflow'); END"))
    for f in (f for f in FOLLOWERS if f.source == t):  # a field copying this one's (a case's town) follows
        name, sf = f"wq_{f.name}", f.source_field
        version = f', "{ROW_VERSION}" = "{ROW_VERSION}" + 1' if f.table.versioned else ""
        out.append((name, f'CREATE TRIGGER IF NOT EXISTS "{name}" AFTER UPDATE OF "{sf}" ON "{t}" '
                          f'WHEN NEW."{sf}" IS NOT OLD."{sf}" BEGIN UPDATE "{f.table.name}" SET "{f.field}" = '
                          f'NEW."{sf}"{version} WHERE "{f.field}" = OLD."{sf}"; END'))
    return out


def guard_names(table: TableSpec) -> tuple[str, ...]:
    return tuple(name for name, _ in _guards(table))


@raising
def add_guards(ds: gdal.Dataset, tables: tuple[TableSpec, ...] = TABLES) -> None:
    """The guards of :func:`_guards` on ``tables`` (those present already are kept)."""
    for table in tables:
        for _, statement in _guards(table):
            ds.ExecuteSQL(statement)


@raising
def missing_guards(ds: gdal.Dataset, tables: tuple[TableSpec, ...] = TABLES) -> list[str]:
    wanted = [n for t in tables for n in guard_names(t)]
    if not wanted:
        return []
    names = ", ".join(f"'{n}'" for n in wanted)
    result = ds.ExecuteSQL(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})")
    try:
        have = {f.GetField(0) for f in result}
    finally:
        ds.ReleaseResultSet(result)
    return [n for n in wanted if n not in have]


class FileInUseError(WuqingError, OSError):
    """A file another program has open: replacing it would corrupt that program's next commit or lose it."""


#: Files SQLite keeps beside a database: the write-ahead log, its shared-memory index, the rollback journal.
SIDECARS = ("-wal", "-shm", "-journal")


def open_by_others(path: str | Path) -> list[str]:
    """The other processes that have ``path`` or its sidecar files open, as "name (pid)". Linux tells
    through /proc (an idle SQLite connection holds no lock, so no lock probe can tell); elsewhere the
    list is empty and the operating system's own refusal to delete an open file stands in."""
    targets = {os.path.realpath(f"{path}{s}") for s in ("", *SIDECARS)}
    proc = Path("/proc")
    found: list[str] = []
    if not proc.is_dir():
        return found
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = [os.readlink(fd) for fd in (entry / "fd").iterdir()]
        except OSError:  # gone, or another user's
            continue
        if targets.intersection(links):
            try:
                name = (entry / "comm").read_text(encoding="utf-8").strip()
            except OSError:
                name = "?"
            found.append(f"{name} ({entry.name})")
    return found


def remove_database(path: str | Path) -> None:
    """Delete a GeoPackage and its sidecar files; :class:`FileInUseError` while another program has it
    open (it stays as it is)."""
    path = Path(path)
    holders = open_by_others(path)
    if holders:
        raise FileInUseError(tr("{file} is open in another program ({programs}): close it there, then replace "
                                "it.").format(file=path, programs=", ".join(holders)))
    try:
        path.unlink(missing_ok=True)
    except PermissionError as exc:  # Windows refuses to delete an open file
        raise FileInUseError(tr("{file} cannot be replaced, probably because another program has it open: close "
                                "it there, then try again ({error}).").format(file=path, error=exc.strerror)) from exc
    for suffix in SIDECARS:  # stale after a crash: SQLite would try to replay them into the new file
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@raising
def create_geopackage(path: str | Path, tables: tuple[TableSpec, ...] = TABLES, overwrite: bool = False) -> Path:
    """Create a GeoPackage holding every table of the schema (empty). With ``overwrite`` an existing
    file is replaced unless another program has it open (:class:`FileInUseError`)."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    remove_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        _add_domains(ds, tables)
        for table in tables:
            create_table(ds, table)
        add_log_tables(ds)
        record_version(ds, SCHEMA_VERSION)
    finally:
        ds = None  # noqa: F841 - closing the data source flushes it
    return path


@raising
def check_geopackage(path: str | Path, tables: tuple[TableSpec, ...] = TABLES) -> SchemaReport:
    """Compare a GeoPackage with the schema."""
    report = SchemaReport()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        for table in tables:
            layer = ds.GetLayerByName(table.name)
            if layer is None:
                report.missing_tables.append(table.name)
                continue
            defn = layer.GetLayerDefn()
            have = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
            missing = [f for f in table.field_names if f not in have]
            if missing:
                report.missing_fields[table.name] = missing
            if table.geometry:
                srs = layer.GetSpatialRef()
                code = f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}" if srs else "?"
                if code != CRS:
                    report.wrong_crs[table.name] = code
    finally:
        ds = None  # noqa: F841
    return report


@raising
def add_missing_tables(path: str | Path, report: SchemaReport, tables: tuple[TableSpec, ...] = TABLES) -> None:
    """Create the tables ``report`` found missing (a GeoPackage from an older plugin version)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        _add_domains(ds, tables)
        for table in tables:
            if table.name in report.missing_tables:
                create_table(ds, table)
    finally:
        ds = None  # noqa: F841


VERSION_TABLE = "schema_version"


class OlderSchemaError(SchemaError):
    """The GeoPackage holds an older version of the data model: the user may upgrade it."""

    def __init__(self, path: Path, found: int):
        super().__init__(tr("{name} holds version {found} of the data model; this plugin works with version "
                            "{expected}. Open it with “Open or create project data…” to upgrade it (a copy of it "
                            "is kept), or run wuqing_eco:create_geopackage on it with UPGRADE=true.").format(
            name=Path(path).name, found=found, expected=SCHEMA_VERSION))
        self.path, self.found = Path(path), found


def add_log_tables(ds: gdal.Dataset) -> None:
    """The change log (append-only, guarded like the history) and the table of versions."""
    if ds.GetLayerByName(AUDIT_LOG.name) is None:
        _add_domains(ds, (AUDIT_LOG,))
        create_table(ds, AUDIT_LOG, "Change log (audit)")
    if ds.GetLayerByName(VERSION_TABLE) is None:
        layer = ds.CreateLayer(VERSION_TABLE, None, ogr.wkbNone, options=["FID=fid"])
        for name, kind in (("version", ogr.OFTInteger), ("applied_at", ogr.OFTDateTime),
                           ("applied_by", ogr.OFTString), ("plugin_version", ogr.OFTString)):
            defn = ogr.FieldDefn(name, kind)
            defn.SetNullable(name not in ("version", "applied_at"))
            layer.CreateField(defn)


def record_version(ds: gdal.Dataset, version: int, when: dt.datetime | None = None) -> None:
    layer = ds.GetLayerByName(VERSION_TABLE)
    feature = ogr.Feature(layer.GetLayerDefn())
    set_values(feature, {"version": version, "applied_at": (when or dt.datetime.now()).replace(microsecond=0),
                         "applied_by": plugin_user(), "plugin_version": plugin_version()})
    layer.CreateFeature(feature)


@raising
def stored_version(path: str | Path) -> int | None:
    """The data model version of the GeoPackage: its ``schema_version`` table or, for a plugin
    GeoPackage from before versions were kept, the last version whose fields it holds all of; None
    for any other (a field of the first version missing, another CRS)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        if ds.GetLayerByName(VERSION_TABLE) is not None:
            result = ds.ExecuteSQL(f'SELECT max(version) FROM "{VERSION_TABLE}"')
            try:
                found = [f.GetField(0) for f in result]
            finally:
                ds.ReleaseResultSet(result)
            if found and found[0] is not None:
                return int(found[0])
    finally:
        ds = None  # noqa: F841
    report = check_geopackage(path)
    if len(report.missing_tables) == len(TABLES) or report.wrong_crs:
        return None
    specs = {t.name: t for t in TABLES}
    added = [specs[t].field(f).since for t, names in report.missing_fields.items() for f in names]
    # The version before the first one whose fields it lacks: a file of the first version, or one
    # made before the change log, which carried monitoring clues (version 2) but no version table.
    found = min(added, default=SCHEMA_VERSION + 1) - 1
    return found if found >= FIRST_VERSION else None


class GeoPackageError(WuqingError, OSError):
    """A file that cannot be opened as a GeoPackage (damaged, cut short, or something else)."""


def ensure_geopackage(path: str | Path) -> Path:
    """Open an existing GeoPackage of the plugin, or create a new one; refuse a foreign one.

    A file of an older data model version raises :class:`OlderSchemaError`: the one way to upgrade it
    is ``layers/gpkg_upgrade.py`` (a copy aside first, then one transaction), which the plugin offers
    when the project data is opened. Missing tables are added; a missing field or a wrong CRS raises
    :class:`SchemaError` rather than being patched silently; a file GDAL cannot read raises
    :class:`GeoPackageError` naming it.
    """
    try:
        return _ensure_geopackage(Path(path))
    except RuntimeError as exc:
        raise GeoPackageError(tr("{file} cannot be opened as a GeoPackage ({error}). Check that it is a GeoPackage "
                                 "and complete (a copy cut short or a damaged disk leaves it unreadable); open a "
                                 "backup if there is one.").format(file=path, error=str(exc).strip())) from exc


@raising
def _ensure_geopackage(path: Path) -> Path:
    if not path.exists():
        return create_geopackage(path)
    found = stored_version(path)
    if found is not None and found < SCHEMA_VERSION:
        raise OlderSchemaError(path, found)
    if found is not None and found > SCHEMA_VERSION:
        raise SchemaError(tr("{name} holds version {found} of the data model, made by a newer version of the plugin "
                             "(this one knows version {expected}): update the plugin.").format(
            name=path.name, found=found, expected=SCHEMA_VERSION))
    report = check_geopackage(path)
    if report.missing_tables:
        add_missing_tables(path, report)
        report = check_geopackage(path)
    if not report.ok:
        raise SchemaError(describe(report))
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        missing = missing_guards(ds)
    finally:
        ds = None  # noqa: F841
    if missing:  # a GeoPackage from before the history was guarded
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            add_guards(ds)
        finally:
            ds = None  # noqa: F841
    return path


@raising
def feature_counts(path: str | Path, tables: tuple[TableSpec, ...] = TABLES) -> dict[str, int]:
    """Rows per table, counted by OGR (QGIS's cached counts can lag behind other connections' writes)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        return {t.name: ds.GetLayerByName(t.name).GetFeatureCount() for t in tables
                if ds.GetLayerByName(t.name) is not None}
    finally:
        ds = None  # noqa: F841


def describe(report: SchemaReport) -> str:
    """What is wrong with a GeoPackage, in the user's language."""
    parts = []
    if report.missing_tables:
        parts.append(tr("missing tables: {}").format(", ".join(report.missing_tables)))
    for table, fields in report.missing_fields.items():
        parts.append(tr("table {table} lacks the fields {fields}").format(table=table, fields=", ".join(fields)))
    for table, crs in report.wrong_crs.items():
        parts.append(tr("table {table} is in {crs} instead of {expected}").format(
            table=table, crs=crs, expected=CRS))
    return tr("This GeoPackage does not hold the plugin's data model") + ": " + "; ".join(parts)
