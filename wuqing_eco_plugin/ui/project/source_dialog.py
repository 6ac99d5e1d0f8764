# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the project's data is (``source_dialog.ui``): a GeoPackage file, or a schema of the shared
database reached through one of QGIS's saved PostgreSQL connections.

The dialog only checks that the choice is complete and possible (OK stays disabled, with the
reason shown, until it is); opening is :func:`open_source`'s.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsDataSourceUri, QgsProject
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from ...domain.errors import WuqingError
from ...layers.data_source import DataSource, GeoPackageSource, PostgisSource
from ...layers.postgis.connection import saved_connections
from ...layers.postgis.ddl import DEFAULT_SCHEMA, valid_schema_name
from ...layers.project_layers import ProjectLayers
from ...services.project_data import open_project_data
from ...services.project_source import open_database
from ...toolbelt.i18n import tr
from .. import data_dialogs

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class SourceDialog(QDialog, FORM):
    def __init__(self, parent: QWidget | None = None, connections: Optional[dict] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.connections = saved_connections() if connections is None else connections
        self.connectionCombo.addItems(sorted(self.connections))
        self.schemaEdit.setText(DEFAULT_SCHEMA)
        for signal in (self.gpkgRadio.toggled, self.gpkgEdit.textChanged, self.schemaEdit.textChanged,
                       self.attachmentsEdit.textChanged, self.connectionCombo.currentIndexChanged):
            signal.connect(self._update)
        self.gpkgButton.clicked.connect(self._browse_gpkg)
        self.attachmentsButton.clicked.connect(self._browse_attachments)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._source: Optional[DataSource] = None
        self._update()

    # -- accessors ----------------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        return self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def source(self) -> Optional[DataSource]:
        """The data source chosen, or None while the choice is incomplete (the message says why)."""
        return self._source

    def set_geopackage(self, path: str | Path) -> None:
        self.gpkgRadio.setChecked(True)
        self.gpkgEdit.setText(str(path))

    def set_database(self, connection: str, s: str = DEFAULT_SCHEMA, attachments: str | Path = "") -> None:
        self.databaseRadio.setChecked(True)
        self.connectionCombo.setCurrentIndex(self.connectionCombo.findText(connection))
        self.schemaEdit.setText(s)
        self.attachmentsEdit.setText(str(attachments))

    # -- checks -------------------------------------------------------------------------------------
    def _database(self) -> tuple[Optional[DataSource], str]:
        if not self.connections:
            return None, tr("QGIS has no saved PostgreSQL connection yet: add one (Browser panel ▸ PostgreSQL ▸ New "
                            "Connection…, keeping the user name and password in an authentication configuration), "
                            "then open this dialog again.")
        name = self.connectionCombo.currentText()
        s = self.schemaEdit.text().strip()
        if not valid_schema_name(s):
            return None, tr("“{name}” cannot be a schema name: use lower-case letters, digits and underscores, "
                            "starting with a letter").format(name=s)
        folder = self.attachmentsEdit.text().strip()
        if folder and not Path(folder).is_dir():
            return None, tr("The attachments folder {} does not exist.").format(folder)
        try:
            source = PostgisSource.from_connection(name, s, folder or None)
        except WuqingError as exc:
            return None, str(exc)
        auth = QgsDataSourceUri(source.connection_info).authConfigId()
        how = tr("the login and password come from the authentication configuration {}").format(auth) if auth else \
            tr("no authentication configuration: the login comes from the connection, a service file or .pgpass")
        files = tr("attachments go to {}").format(folder) if folder else tr("cases are saved without attachments")
        return source, tr("The layers will read the schema {schema} of {name}; {how}; {files}.").format(
            schema=s, name=name, how=how, files=files)

    def _geopackage(self) -> tuple[Optional[DataSource], str]:
        text = self.gpkgEdit.text().strip()
        if not text:
            return None, tr("Choose an existing GeoPackage or the name of a new one.")
        path = Path(text)
        if path.suffix.lower() != ".gpkg":
            path = path.with_suffix(".gpkg")
        if path.exists():
            return GeoPackageSource(path), tr("{} will be opened.").format(path)
        return GeoPackageSource(path), tr("{} will be created.").format(path)

    def _update(self) -> None:
        by_file = self.gpkgRadio.isChecked()
        self.gpkgBox.setEnabled(by_file)
        self.databaseBox.setEnabled(not by_file)
        self._source, message = self._geopackage() if by_file else self._database()
        self.messageLabel.setText(message)
        self.ok_button().setEnabled(self._source is not None)

    def _browse_gpkg(self) -> None:
        path = data_dialogs.choose_project_gpkg(self)
        if path is not None:
            self.gpkgEdit.setText(str(path))

    def _browse_attachments(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Shared attachments folder"), self.attachmentsEdit.text())
        if folder:
            self.attachmentsEdit.setText(folder)


def choose_source(parent: QWidget | None) -> Optional[DataSource]:
    """Ask where the project's data is; None when cancelled."""
    dialog = SourceDialog(parent)
    return dialog.source() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_source(project: QgsProject, source: DataSource) -> ProjectLayers:
    """Load the layers of ``source`` into ``project`` and remember it as the project's data."""
    if isinstance(source, PostgisSource):
        return open_database(project, source)
    return open_project_data(project, source.path)
