# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's data source: one GeoPackage file, or one schema of the shared PostGIS database.

Everything that needs "where the project's data is" takes a :class:`DataSource`: the URI and
provider of each table's layer, whether a layer reads from it, a folder for outputs beside the
data, where result layers are kept, and what it holds (the ledger's transactional store of each
kind of source is ``layers/ledger/stores.py``'s). A GeoPackage is for one person at a time; the
shared database lets every department and town work at once, each within the rights PostgreSQL
gives its login (``layers/postgis``).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Hashable, Optional

import psycopg2
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..toolbelt.i18n import tr
from . import schema, storage
from .memory import save_layers
from .postgis.catalog import require_login_role, require_schema
from .postgis.connection import Database, connect
from .postgis.ddl import DEFAULT_SCHEMA
from .postgis.errors import PostgisError, describe
from .postgis.sources import base_table, connection_uri, database_of, layer_uri, readable_relations, same_database
from .postgis.work_tables import store_work_layers


class DataSource(ABC):
    """Where the project's tables are."""

    #: The QGIS data provider of the layers.
    provider = ""

    @property
    @abstractmethod
    def label(self) -> str:
        """Names the source in messages (never with a password)."""

    @property
    def title(self) -> str:
        """A short name of the source for printed outputs."""
        return self.label

    @property
    @abstractmethod
    def key(self) -> Hashable:
        """Equal for two objects naming the same data."""

    @abstractmethod
    def prepare(self) -> None:
        """Create or check what the layers need; raise a WuqingError that says why they cannot open."""

    @abstractmethod
    def uri(self, table: schema.TableSpec, subset: str = "") -> str:
        """The data source URI of ``table``'s layer, filtered by ``subset`` (a QGIS expression of its fields).

        The filter goes into the URI: set afterwards with ``setSubsetString``, QGIS 3.22 reopens a
        GeoPackage in a way that makes the next layers opened on it fail ("unable to open database file")."""

    @abstractmethod
    def reads(self, layer: QgsVectorLayer) -> bool:
        """Whether ``layer`` reads one of the tables of this source."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per table (those the login sees)."""

    @abstractmethod
    def store_layers(self, layers: dict[str, QgsVectorLayer], file: Path) -> dict[str, QgsVectorLayer]:
        """Keep result layers (memory layers) beside the data — a GeoPackage ``file`` beside a
        GeoPackage, tables of the schema in the shared database — and return them reopened from there."""

    @property
    def folder(self) -> Optional[Path]:
        """A folder beside the data for outputs (reports), None when the data is not in a folder."""
        return None

    def layer(self, table: schema.TableSpec, title: str, subset: str = "") -> QgsVectorLayer:
        return QgsVectorLayer(self.uri(table, subset), title, self.provider)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataSource) and type(other) is type(self) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


class GeoPackageSource(DataSource):
    provider = "ogr"

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def title(self) -> str:
        return self.path.name

    @property
    def key(self) -> Hashable:
        return str(self.path.resolve())

    def prepare(self) -> None:
        storage.ensure_geopackage(self.path)

    def uri(self, table: schema.TableSpec, subset: str = "") -> str:
        return storage.uri(self.path, table) + (f"|subset={subset}" if subset else "")

    def reads(self, layer: QgsVectorLayer) -> bool:
        return layer.providerType() == self.provider and \
            str(Path(layer.source().split("|")[0]).resolve()) == self.key

    @property
    def folder(self) -> Optional[Path]:
        return self.path.parent

    def counts(self) -> dict[str, int]:
        return storage.feature_counts(self.path)

    def store_layers(self, layers: dict[str, QgsVectorLayer], file: Path) -> dict[str, QgsVectorLayer]:
        save_layers(layers, file)
        return {name: QgsVectorLayer(f"{file}|layername={name}", layer.name(), "ogr") for name, layer in layers.items()}


class PostgisSource(DataSource):
    """Schema ``schema`` of the database that ``connection_info`` reaches: a QGIS connection string
    without a password (its credentials come from an authentication configuration, a service or libpq);
    attachments go to ``attachments`` (a folder every user reaches), or nowhere."""

    provider = "postgres"

    def __init__(self, connection_info: str, label: str, schema_name: str = DEFAULT_SCHEMA,
                 attachments: str | Path | None = None):
        self.connection_info = connection_info
        self.name = label
        self.schema = schema_name
        self.attachments = Path(attachments) if attachments else None
        self.relations: dict[str, Optional[str]] = {}
        self.login = ""

    @classmethod
    def from_connection(cls, connection: str, schema_name: str = DEFAULT_SCHEMA,
                        attachments: str | Path | None = None) -> PostgisSource:
        """From a saved QGIS connection's name or a libpq connection string (its password is dropped)."""
        info, label = connection_uri(connection)
        return cls(info, label, schema_name, attachments)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.schema})"

    @property
    def key(self) -> Hashable:
        uri = QgsDataSourceUri(self.connection_info)
        return uri.service(), uri.host(), uri.port() or "5432", uri.database(), self.schema

    def database(self) -> Database:
        return database_of(self.connection_info, self.name)

    def prepare(self) -> None:
        """Check the schema and its version and the login's role; find which relation each layer opens."""
        conn = connect(self.database())
        try:
            with conn.cursor() as cur:
                require_login_role(cur, self.name)  # first: a login without a role may not even see the schema
                require_schema(cur, self.schema, self.name)
                self.relations = readable_relations(cur, self.schema)
                self.login = conn.info.user
        except psycopg2.Error as exc:
            raise PostgisError(describe(exc, user=conn.info.user)) from exc
        finally:
            conn.rollback()
            conn.close()
        if self.relations.get(schema.ZONES.name) is None:
            raise PostgisError(tr("The login {user} may read only the public ledger (public_ledger) of {db}: the "
                                  "project's layers need the role of a department, a town government or a viewer "
                                  "(wuqing_eco:grant_access).").format(user=self.login, db=self.name))

    def relation(self, table: schema.TableSpec) -> str:
        return self.relations.get(table.name) or table.name

    def uri(self, table: schema.TableSpec, subset: str = "") -> str:
        return layer_uri(self.connection_info, self.schema, self.relation(table), table, subset)

    def reads(self, layer: QgsVectorLayer) -> bool:
        if layer.providerType() != self.provider:
            return False
        uri = QgsDataSourceUri(layer.source())
        return uri.schema() == self.schema and base_table(uri.table()) is not None and \
            same_database(uri, QgsDataSourceUri(self.connection_info))

    def counts(self) -> dict[str, int]:
        conn = connect(self.database())
        try:
            with conn.cursor() as cur:
                out = {}
                for table in schema.TABLES:
                    relation = self.relations.get(table.name, table.name)
                    if relation:
                        cur.execute(f"SELECT count(*) FROM {self.schema}.{relation}")
                        out[table.name] = cur.fetchone()[0]
                return out
        finally:
            conn.rollback()
            conn.close()

    def store_layers(self, layers: dict[str, QgsVectorLayer], file: Path) -> dict[str, QgsVectorLayer]:
        uris = store_work_layers(self.database(), self.connection_info, self.schema, layers)
        return {name: QgsVectorLayer(uris[name], layers[name].name(), self.provider) for name in layers}


def as_source(source: DataSource | str | Path) -> DataSource:
    """A data source; a path is a GeoPackage's."""
    return source if isinstance(source, DataSource) else GeoPackageSource(source)
