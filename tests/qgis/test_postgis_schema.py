# SPDX-License-Identifier: GPL-2.0-or-later
"""The shared database's schema, generated from layers/schema.py, and wuqing_eco:create_postgis."""
from __future__ import annotations

import processing
import psycopg2
import pytest
from pg_cluster import PgDatabase, free_port
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProviderRegistry,
)

from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.layers.postgis import create
from wuqing_eco_plugin.layers.postgis.catalog import expected_relations
from wuqing_eco_plugin.layers.postgis.connection import resolve
from wuqing_eco_plugin.layers.postgis.create import create_postgis
from wuqing_eco_plugin.layers.postgis.errors import PostgisError
from wuqing_eco_plugin.layers.postgis.roles import GROUP_ROLES
from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

S = "wuqing_eco"
PG_TYPES = {"int": "integer", "real": "double precision", "bool": "boolean", "date": "date",
            "datetime": "timestamp without time zone"}


@pytest.fixture(scope="module")
def provider(wuqing_provider):
    return wuqing_provider


def _catalog(db) -> list:
    """What the schema holds: relations, columns, constraints, policies, triggers, functions, grants."""
    return db.sql(f"""
        SELECT 'rel', c.relname || ':' || c.relkind::text || ':' || coalesce(array_to_string(c.relacl, ','), '')
          FROM pg_class c WHERE c.relnamespace = '{S}'::regnamespace
        UNION ALL SELECT 'col', table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':'
          || coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = '{S}'
        UNION ALL SELECT 'con', conname || ':' || pg_get_constraintdef(oid) FROM pg_constraint
          WHERE connamespace = '{S}'::regnamespace
        UNION ALL SELECT 'pol', tablename || '.' || policyname || ':' || array_to_string(roles, ',') || ':'
          || coalesce(qual, '') || coalesce(with_check, '') FROM pg_policies WHERE schemaname = '{S}'
        UNION ALL SELECT 'trg', tgname || ':' || pg_get_triggerdef(t.oid) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = '{S}'::regnamespace AND NOT tgisinternal
        UNION ALL SELECT 'fun', p.proname || ':' || md5(pg_get_functiondef(p.oid)) || ':'
          || coalesce(array_to_string(p.proacl, ','), '') FROM pg_proc p WHERE p.pronamespace = '{S}'::regnamespace
        UNION ALL SELECT 'ver', version::text FROM {S}.schema_version
        ORDER BY 1, 2""")


def test_every_table_and_field_is_generated_from_the_schema(pg_db):
    columns = {(t, c): (dt, n, length) for t, c, dt, n, length in pg_db.sql(
        "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length "
        f"FROM information_schema.columns WHERE table_schema = '{S}'")}
    unique = {tuple(r) for r in pg_db.sql(
        "SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc JOIN "
        "information_schema.key_column_usage kcu USING (constraint_schema, constraint_name) "
        f"WHERE tc.table_schema = '{S}' AND tc.constraint_type = 'UNIQUE'")}
    geometries = {t: (g, srid) for t, g, srid in pg_db.sql(
        f"SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = '{S}' "
        "AND f_geometry_column = 'geom'")}
    gist = {r[0] for r in pg_db.sql(f"SELECT tablename FROM pg_indexes WHERE schemaname = '{S}' "
                                    "AND indexdef LIKE '%USING gist (geom)%'")}
    for table in schema.TABLES:
        assert (table.name, "fid") in columns
        for spec in table.fields:
            data_type, nullable, length = columns[(table.name, spec.name)]
            if spec.type == "text":
                assert data_type == ("character varying" if spec.length else "text"), spec.name
                assert length == (spec.length or None)
            else:
                assert data_type == PG_TYPES[spec.type], (table.name, spec.name)
            assert (nullable == "NO") == spec.required, (table.name, spec.name)
            assert ((table.name, spec.name) in unique) == spec.unique, (table.name, spec.name)
        if table.geometry:
            assert geometries[table.name] == (table.geometry.upper(), 4548)
            assert table.name in gist
        else:
            assert table.name not in geometries
    assert set(expected_relations()) <= {r[0] for r in pg_db.sql(
        f"SELECT relname FROM pg_class WHERE relnamespace = '{S}'::regnamespace")}
    assert pg_db.sql(f"SELECT max(version) FROM {S}.schema_version") == [(schema.SCHEMA_VERSION,)]


def _insert_zone(db, **values) -> tuple:
    row = {"name": "测试区", "zone_type": "river", "line_class": "red", **values}
    names = ", ".join(row)
    return db.attempt(f"INSERT INTO {S}.zones ({names}) VALUES ({', '.join(['%s'] * len(row))})", "postgres",
                      list(row.values()))


def test_coded_fields_take_only_their_codes(pg_db):
    coded = [(t, f) for t in schema.TABLES for f in t.fields if f.codes is not None]
    checks = {r[0] for r in pg_db.sql(f"SELECT conname FROM pg_constraint WHERE connamespace = '{S}'::regnamespace "
                                      "AND contype = 'c'")}
    assert {f"{t.name}_{f.name}_codes" for t, f in coded} <= checks
    assert _insert_zone(pg_db) == (None, "1")
    assert _insert_zone(pg_db, zone_type="lake")[0] == "23514"
    assert _insert_zone(pg_db, line_class="RED")[0] == "23514"  # codes, not labels: forms map labels
    assert _insert_zone(pg_db, department="town")[0] is None
    overlap = f"INSERT INTO {S}.overlaps (zone_count, line_class, area_m2, departments) VALUES (2, 'red', 1, %s)"
    assert pg_db.attempt(overlap, "postgres", ["water, env,town"]) == (None, "1")
    assert pg_db.attempt(overlap, "postgres", ["water,nobody"])[0] == "23514"
    assert pg_db.attempt(overlap, "postgres", [""]) == (None, "1")
    # NOT NULL and UNIQUE as in the GeoPackage
    assert _insert_zone(pg_db, name=None)[0] == "23502"
    marker = f"INSERT INTO {S}.markers (marker_no) VALUES ('120114-HL-X-0001')"
    assert pg_db.attempt(marker + ", ('120114-HL-X-0001')", "postgres")[0] == "23505"


def test_create_postgis_twice_changes_nothing_and_says_so(pg_cluster, provider):
    dsn = pg_cluster.new_database("wq_create_twice", postgis=False)
    db = PgDatabase(pg_cluster, "wq_create_twice")
    first = processing.run("wuqing_eco:create_postgis", {"DATABASE": dsn, "SCHEMA": S})
    assert first["CREATED"] is True and first["TABLES"].split(",") == [t.name for t in schema.TABLES]
    assert db.sql("SELECT extname FROM pg_extension WHERE extname = 'postgis'") == [("postgis",)]
    before = _catalog(db)
    assert len([r for r in before if r[0] == "pol"]) > 10 and len([r for r in before if r[0] == "trg"]) >= 8

    feedback = QgsProcessingFeedback()
    said = []
    feedback.pushInfo = said.append  # noqa: B010 - record what the algorithm tells the user
    second = processing.run("wuqing_eco:create_postgis", {"DATABASE": dsn, "SCHEMA": S}, feedback=feedback)
    assert second["CREATED"] is False
    assert any("nothing was changed" in m for m in said)
    assert _catalog(db) == before
    pg_cluster.sql('DROP DATABASE "wq_create_twice" WITH (FORCE)')


def test_a_failure_half_way_leaves_the_database_as_it_was(pg_cluster, monkeypatch):
    dsn = pg_cluster.new_database("wq_half", postgis=False)
    real = create.statements
    monkeypatch.setattr(create, "statements", lambda s, c="default": [*real(s, c), "SELECT 1/0"])
    with pytest.raises(PostgisError):
        create_postgis(dsn)
    assert pg_cluster.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'wuqing_eco'", "wq_half") == [(0,)]
    assert pg_cluster.sql("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'", "wq_half") == [(0,)]
    monkeypatch.undo()
    assert create_postgis(dsn).created
    pg_cluster.sql('DROP DATABASE "wq_half" WITH (FORCE)')


def test_a_login_without_the_right_to_enable_postgis_is_told_what_to_ask(pg_cluster, pg_sample):
    pg_cluster.new_database("wq_no_postgis", postgis=False)
    pg_cluster.sql("CREATE ROLE owner_x LOGIN CREATEROLE")
    pg_cluster.sql('GRANT CREATE ON DATABASE "wq_no_postgis" TO owner_x')
    with pytest.raises(PostgisError, match="CREATE EXTENSION postgis"):
        create_postgis(pg_cluster.dsn("wq_no_postgis", "owner_x"))
    assert pg_cluster.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'wuqing_eco'", "wq_no_postgis") == [(0,)]
    # With PostGIS enabled by the administrator, the same login creates the schema and owns it.
    pg_cluster.sql("CREATE EXTENSION postgis", "wq_no_postgis")
    assert create_postgis(pg_cluster.dsn("wq_no_postgis", "owner_x")).created
    assert pg_cluster.sql("SELECT relowner::regrole::text FROM pg_class WHERE relname = 'violations'",
                          "wq_no_postgis") == [("owner_x",)]
    # Forced row-level security applies to the owner too: it reads cases as a member of wq_admin.
    assert pg_cluster.sql("SELECT pg_has_role('owner_x', 'wq_admin', 'MEMBER')") == [(True,)]
    pg_cluster.sql('DROP DATABASE "wq_no_postgis" WITH (FORCE)')


def test_bad_connections_and_schemas_get_clear_messages(pg_cluster, pg_db):
    with pytest.raises(PostgisError, match="Cannot connect .*Check the host, port"):
        create_postgis(f"host=127.0.0.1 port={free_port()} dbname=x user=postgres password=secret connect_timeout=3")
    with pytest.raises(PostgisError) as err:
        create_postgis(pg_cluster.dsn("no_such_db"))
    assert "no_such_db" in str(err.value)
    with pytest.raises(PostgisError, match="neither a saved PostgreSQL connection"):
        create_postgis("no such connection")
    with pytest.raises(PostgisError, match="cannot be read"):
        create_postgis("host=127.0.0.1 dbname='unterminated")
    with pytest.raises(PostgisError, match="cannot be a schema name"):
        create_postgis(pg_db.dsn(), "Wuqing; DROP")
    pg_db.sql("CREATE SCHEMA other; CREATE TABLE other.roads (id integer)")
    with pytest.raises(PostgisError, match="not the plugin's.*roads"):
        create_postgis(pg_db.dsn(), "other")
    newer = schema.SCHEMA_VERSION + 1
    pg_db.sql(f"INSERT INTO {S}.schema_version (version) VALUES ({newer})")
    with pytest.raises(PostgisError, match=f"version {newer} .*newer version of the plugin"):
        create_postgis(pg_db.dsn())
    with pytest.raises(StoreError, match=f"version {newer} .*newer version of the plugin"):
        LedgerStore(PostgisLedgerStorage(pg_db.dsn("env_wang"))).rows()
    pg_db.sql(f"DELETE FROM {S}.schema_version; INSERT INTO {S}.schema_version (version) VALUES (0)")
    with pytest.raises(PostgisError, match=f"holds version 0 .*works with version {schema.SCHEMA_VERSION} only"):
        create_postgis(pg_db.dsn())


def test_passwords_never_show_in_messages(pg_cluster):
    with pytest.raises(PostgisError) as err:
        create_postgis(f"host=127.0.0.1 port={pg_cluster.port} dbname=nope user=postgres password=s3cr3t")
    assert "s3cr3t" not in str(err.value)
    assert "s3cr3t" not in repr(resolve("host=h dbname=d password='s3cr3t'"))


def test_a_saved_qgis_connection_is_used_by_its_name(pg_cluster, pg_db, provider):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(pg_cluster.host, str(pg_cluster.port), pg_db.name, "admin_li", "")
    connection = metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": False})
    metadata.saveConnection(connection, "武清生态测试库")
    try:
        result = processing.run("wuqing_eco:create_postgis", {"DATABASE": "武清生态测试库", "SCHEMA": S})
        assert result["CREATED"] is False  # the copy of the sample is complete
        assert resolve("武清生态测试库").label == "武清生态测试库"
    finally:
        metadata.deleteConnection("武清生态测试库")
    with pytest.raises(QgsProcessingException, match="neither a saved PostgreSQL connection"):
        processing.run("wuqing_eco:create_postgis", {"DATABASE": "武清生态测试库", "SCHEMA": S})


def test_credentials_come_from_the_saved_connections_authentication_configuration(pg_db):
    """No user or password in the saved connection: QGIS's authentication database holds them."""
    auth = QgsApplication.authManager()
    assert auth.masterPasswordIsSet() or auth.setMasterPassword("wuqing-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("武清测试认证")
    config.setConfig("username", "admin_li")
    config.setConfig("password", "s3cr3t-pw")
    assert auth.storeAuthenticationConfig(config)[0]
    uri = QgsDataSourceUri()
    uri.setConnection(pg_db.cluster.host, str(pg_db.cluster.port), pg_db.name, "", "", QgsDataSourceUri.SslDisable,
                      config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "武清认证连接")
    try:
        assert "s3cr3t-pw" not in metadata.connections()["武清认证连接"].uri()  # settings hold only the authcfg id
        db = resolve("武清认证连接")
        assert "user='admin_li'" in db.conninfo and "s3cr3t-pw" not in str(db) + repr(db)
        assert not create_postgis(db).created  # connected as admin_li
    finally:
        metadata.deleteConnection("武清认证连接")
        auth.removeAuthenticationConfig(config.id())


def test_group_roles_own_nothing(pg_db):
    owners = {r[0] for r in pg_db.sql(f"SELECT DISTINCT relowner::regrole::text FROM pg_class "
                                      f"WHERE relnamespace = '{S}'::regnamespace")}
    assert owners == {"postgres"} and not owners & set(GROUP_ROLES)
    definers = pg_db.sql(f"SELECT proname, proconfig FROM pg_proc WHERE pronamespace = '{S}'::regnamespace "
                         "AND prosecdef")
    assert sorted(p for p, _ in definers) == ["case_is_new_here", "next_record_no", "take_record_no"]
    assert all(config and config[0] == f"search_path=pg_catalog, {S}" for _, config in definers)
    with pytest.raises(psycopg2.Error):
        pg_db.sql(f"SELECT {S}.next_record_no(2026)", "viewer_qian")
