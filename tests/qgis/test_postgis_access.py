# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:grant_access: a login's group role, a town login's town, and what is refused."""
from __future__ import annotations

import processing
import pytest
from qgis.core import QgsProcessingException

from wuqing_eco_plugin.layers.postgis.access import grant_access
from wuqing_eco_plugin.layers.postgis.errors import PostgisError

S = "wuqing_eco"


@pytest.fixture(scope="module")
def provider(wuqing_provider):
    return wuqing_provider


def _roles(db, login: str) -> set[str]:
    return {r[0] for r in db.sql("SELECT b.rolname FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member "
                                 "JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = %s", params=(login,))}


def test_a_town_login_gets_its_town_by_name_or_code(pg_db, provider):
    pg_db.sql("DROP ROLE IF EXISTS town_new; CREATE ROLE town_new LOGIN")
    [(code,)] = pg_db.sql(f"SELECT code FROM {S}.towns WHERE name = '豆张庄镇'")
    result = processing.run("wuqing_eco:grant_access", {"DATABASE": pg_db.dsn(), "SCHEMA": S, "USER": "town_new",
                                                        "ROLE": "town", "TOWN": code})
    assert result == {"GROUP_ROLE": "wq_town", "TOWN": "豆张庄镇"}
    assert _roles(pg_db, "town_new") == {"wq_town"}
    seen = pg_db.sql(f"SELECT DISTINCT town FROM {S}.violations_shared", "town_new")
    assert seen == [("豆张庄镇",)]
    grant_access(pg_db.dsn(), "town_new", "town", "大黄堡镇")  # moved to another town: the mapping follows
    assert pg_db.sql(f"SELECT DISTINCT town FROM {S}.violations_shared", "town_new") == [("大黄堡镇",)]
    pg_db.sql(f"DELETE FROM {S}.town_logins WHERE login = 'town_new'; DROP OWNED BY town_new; DROP ROLE town_new")


def test_department_viewer_public_and_admin_roles(pg_db):
    pg_db.sql("DROP ROLE IF EXISTS staff_new; CREATE ROLE staff_new LOGIN")
    assert grant_access(pg_db.dsn(), "staff_new", "Agriculture").role == "wq_agriculture"
    grant_access(pg_db.dsn(), "staff_new", "viewer")
    assert _roles(pg_db, "staff_new") == {"wq_agriculture", "wq_viewer"}
    pg_db.sql("DROP ROLE staff_new")


@pytest.mark.parametrize("login, role, town, message", [
    ("ghost", "water", None, "There is no login “ghost”"),
    ("water_sun", "mayor", None, "not a role of the plugin; use one of: env, planning"),
    ("water_sun", "town", None, "needs its town"),
    ("water_sun", "town", "不存在镇", "There is no town “不存在镇”"),
])
def test_bad_grants_say_what_to_do(pg_db, login, role, town, message):
    with pytest.raises(PostgisError, match=message):
        grant_access(pg_db.dsn(), login, role, town)
    assert _roles(pg_db, "water_sun") == {"wq_water"}


def test_only_a_database_administrator_grants(pg_db, provider):
    with pytest.raises(QgsProcessingException, match="only a database administrator"):
        processing.run("wuqing_eco:grant_access", {"DATABASE": pg_db.dsn("env_wang"), "SCHEMA": S,
                                                   "USER": "viewer_qian", "ROLE": "env"})
    assert _roles(pg_db, "viewer_qian") == {"wq_viewer"}
    with pytest.raises(QgsProcessingException, match="holds no schema nothere"):
        processing.run("wuqing_eco:grant_access", {"DATABASE": pg_db.dsn(), "SCHEMA": "nothere",
                                                   "USER": "viewer_qian", "ROLE": "env"})
