# SPDX-License-Identifier: GPL-2.0-or-later
"""Help: short local pages (resources/help/<zh|en>/<topic>.html) shown inside QGIS, offline.

Every dialog gets a Help button (:func:`add_help_button`) that opens the page of its task in the UI
language; the menu's Help entry opens the index, whose links lead to every page.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.resources import plugin_version, resource_path
from .screen import fit_to_screen

#: Topics with a page in both languages (tests/qgis/test_help.py checks the files and their links).
TOPICS = ("index", "project", "overlaps", "screening", "survey", "design", "import", "check", "export",
          "settings", "record", "status", "ledger", "reports", "drawings")


def help_page(topic: str, lang: Optional[str] = None) -> Path:
    if topic not in TOPICS:
        raise KeyError(topic)
    return resource_path("help", lang or ui_language(), f"{topic}.html")


class HelpDialog(QDialog):
    """A help page with its links followed in place (a local page opens without a browser)."""

    def __init__(self, topic: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wuqing_eco_help")
        self.setWindowTitle(tr("Wuqing Eco Protection — Help"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 520)
        fit_to_screen(self)
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(help_page(topic))))

    def text(self) -> str:
        return self.browser.toPlainText()


_open: list[HelpDialog] = []


def show_help(topic: str, parent: QWidget | None = None) -> HelpDialog:
    """Open the page of ``topic`` (one help window at a time, reused)."""
    while _open:
        _open.pop().close()
    dialog = HelpDialog(topic, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: _open.clear())
    _open.append(dialog)
    dialog.show()
    return dialog


def add_help_button(dialog: QWidget, buttons: QDialogButtonBox, topic: str) -> None:
    """A Help button in ``buttons`` opening the page of ``topic``."""
    help_page(topic)  # an unknown topic fails here, when the dialog is built, not when clicked
    buttons.addButton(QDialogButtonBox.StandardButton.Help)
    buttons.helpRequested.connect(lambda: show_help(topic, dialog))


def about_text() -> str:
    return tr("<h3>Wuqing Eco Protection {version}</h3>"
              "<p>Permanent protected ecological areas of Wuqing District, Tianjin: red and yellow lines, "
              "overlaps under the strictest rule, project screening, boundary markers, the case ledger and "
              "the review drawings.</p>"
              "<p><b>The bundled sample data is illustrative, not the legal boundary.</b> The real red and "
              "yellow lines are not public; the sample is drawn from approximate public facts so that every "
              "tool has something to work on.</p>"
              "<p>Everything works offline. Licence: GNU GPL v2 or later.</p>").format(version=plugin_version())


def show_about(parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, tr("About Wuqing Eco Protection"), about_text())
