# SPDX-License-Identifier: GPL-2.0-or-later
"""One person's QGIS on the shared database, in a process of its own (run by the tests).

Every person's QGIS profile holds an authentication configuration of the same id with their own
login: a project on the shared database names only that id, never a user or a password. This script
prepares such a profile (``QGIS_CUSTOM_CONFIG_PATH``; the master password comes from
``QGIS_AUTH_PASSWORD_FILE``, as for any headless QGIS) and, optionally, a saved connection using it,
then opens a project with the plugin's layer sources active and prints what each layer shows, as JSON::

    shared_login.py AUTHCFG LOGIN [--connection NAME HOST PORT DBNAME] [--open PROJECT]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def prepare(authcfg: str, login: str) -> None:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    auth = QgsApplication.authManager()
    if not auth.masterPasswordIsSet():  # a new profile: its authentication database gets the master password
        master = Path(os.environ["QGIS_AUTH_PASSWORD_FILE"]).read_text(encoding="utf-8").strip()
        assert auth.setMasterPassword(master, True)
    config = QgsAuthMethodConfig("Basic")
    config.setId(authcfg)
    config.setName(f"武清共享库（{login}）")
    config.setConfig("username", login)
    config.setConfig("password", "kept-by-qgis")
    if authcfg in auth.configIds():
        assert auth.updateAuthenticationConfig(config)
    else:
        assert auth.storeAuthenticationConfig(config)[0]


def save_connection(name: str, host: str, port: str, dbname: str, authcfg: str) -> None:
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    uri = QgsDataSourceUri()
    uri.setConnection(host, port, dbname, "", "", QgsDataSourceUri.SslDisable, authcfg)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), name)


def describe(project_path: str) -> dict:
    from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorDataProvider

    from wuqing_eco_plugin.services.project_data import project_layers, project_source
    from wuqing_eco_plugin.ui.project.shared_layers import SharedLayerSources

    sources = SharedLayerSources()
    project = QgsProject.instance()
    try:
        ok = project.read(project_path)
        layers = {}
        for layer in project.mapLayers().values():
            uri = QgsDataSourceUri(layer.source())
            caps = layer.dataProvider().capabilities() if layer.isValid() else 0
            layers[layer.name()] = {
                "valid": layer.isValid(), "provider": layer.providerType(), "relation": uri.table(),
                "password": bool(uri.password()), "count": layer.featureCount() if layer.isValid() else None,
                "fields": layer.fields().names(), "edit": bool(caps & QgsVectorDataProvider.ChangeAttributeValues),
                "role": layer.customProperty("wuqing_eco/role"),
                "towns": sorted({str(f["town"]) for f in layer.getFeatures()})
                if layer.isValid() and "town" in layer.fields().names() and uri.table() != "towns" else None,
            }
        source = project_source(project)
        return {"read": ok, "layers": layers, "source": source.label if source else None,
                "roles": sorted(project_layers(project))}
    finally:
        project.clear()
        sources.unload()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("authcfg")
    parser.add_argument("login")
    parser.add_argument("--connection", nargs=4, metavar=("NAME", "HOST", "PORT", "DBNAME"))
    parser.add_argument("--open")
    args = parser.parse_args()
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        prepare(args.authcfg, args.login)
        if args.connection:
            save_connection(*args.connection, args.authcfg)
        if args.open:
            print(json.dumps(describe(args.open), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
