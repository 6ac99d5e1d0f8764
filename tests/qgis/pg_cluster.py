# SPDX-License-Identifier: GPL-2.0-or-later
"""A throwaway PostgreSQL 15 + PostGIS cluster for the test run (Debian's packages).

``initdb`` and ``postgres`` refuse to run as root, so as root the cluster belongs to the ``postgres``
user and every server command runs through ``runuser``; as anyone else it belongs to that user. The
cluster listens on a free port of 127.0.0.1 only (and a socket in its own folder), trusts local
logins (the tests check rights granted to roles, not passwords) and is stopped and deleted at the
end of the run, also when tests fail or the run is interrupted (``atexit`` and a SIGTERM handler back
up the fixture: the server is a daemon that would outlive the test process).
"""
from __future__ import annotations

import atexit
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg2

BIN = Path("/usr/lib/postgresql/15/bin")
TEMPLATE = "wq_template"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="wq-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.host = "127.0.0.1"
        self.owner = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self.started = False

    def _run(self, *args: str) -> None:
        cmd = [str(BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", self.owner, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> Cluster:
        if os.geteuid() == 0:
            shutil.chown(self.root, self.owner, self.owner)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses={self.host} -c fsync=off "
                   "-c max_connections=120 -c shared_buffers=32MB")
        atexit.register(self.stop)
        if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, self._terminated)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.started = True
        self.sql(f"CREATE DATABASE {TEMPLATE}")
        self.sql("CREATE EXTENSION postgis", TEMPLATE)
        return self

    def _terminated(self, signum, _frame) -> None:
        self.stop()
        raise SystemExit(128 + signum)

    def stop(self) -> None:
        if self.started:
            self.started = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                shutil.rmtree(self.root, ignore_errors=True)

    def dsn(self, dbname: str = "postgres", user: str = "postgres") -> str:
        return f"host={self.host} port={self.port} dbname={dbname} user={user}"

    def connect(self, dbname: str = "postgres", user: str = "postgres"):
        return psycopg2.connect(self.dsn(dbname, user))

    def sql(self, statement: str, dbname: str = "postgres", user: str = "postgres", params=None) -> list[tuple]:
        """Run one statement in its own autocommit session; rows it returns (empty for none)."""
        conn = self.connect(dbname, user)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(statement, params)
                return cur.fetchall() if cur.description else []
        finally:
            conn.close()

    def new_database(self, name: str, postgis: bool = True) -> str:
        """A fresh database (from the PostGIS template, or without PostGIS); its connection string."""
        template = TEMPLATE if postgis else "template0"
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE {template} STRATEGY FILE_COPY')
        return self.dsn(name)


class PgDatabase:
    """One database of the cluster, used as a login of the tests."""

    def __init__(self, cluster: Cluster, name: str):
        self.cluster, self.name = cluster, name

    def dsn(self, user: str = "postgres") -> str:
        return self.cluster.dsn(self.name, user)

    def connect(self, user: str = "postgres"):
        return self.cluster.connect(self.name, user)

    def sql(self, statement: str, user: str = "postgres", params=None) -> list[tuple]:
        return self.cluster.sql(statement, self.name, user, params)

    def attempt(self, statement: str, user: str, params=None) -> tuple[str | None, str]:
        """Run ``statement`` as ``user`` in a transaction that is rolled back: (SQLSTATE or None when
        it succeeded, the error message or the number of rows)."""
        conn = self.connect(user)
        try:
            with conn.cursor() as cur:
                try:
                    cur.execute(statement, params)
                except psycopg2.Error as exc:
                    return exc.pgcode, str(exc)
                return None, str(cur.rowcount)
        finally:
            conn.rollback()
            conn.close()

    def layer(self, user: str, relation: str, geometry: str | None = "geom", key: str = "fid"):
        """A QGIS layer of ``schema.relation`` through the ``postgres`` provider, logged in as ``user``."""
        from qgis.core import QgsDataSourceUri, QgsVectorLayer

        uri = QgsDataSourceUri()
        uri.setConnection(self.cluster.host, str(self.cluster.port), self.name, user, "")
        uri.setDataSource("wuqing_eco", relation, geometry or "", "", key)
        return QgsVectorLayer(uri.uri(False), f"{relation} ({user})", "postgres")
