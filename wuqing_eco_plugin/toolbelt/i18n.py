# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation helpers.

``tr()`` uses the context ``@default``, which is what pylupdate5 assigns to a bare ``tr("...")``
call, and ``QT_TR_NOOP`` marks strings kept in data (schema aliases) for extraction.
"""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .resources import resource_path

CONTEXT = "@default"
CATALOG = "wuqing_eco"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    return text


def qgis_locale() -> str:
    """The locale QGIS runs in: the user override when set, else the system locale."""
    settings = QSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    user = settings.value("locale/userLocale", None)
    if override and user:
        return str(user)
    try:
        from qgis.core import QgsApplication

        loc = QgsApplication.locale()
        if loc:
            return str(loc)
    except Exception:  # noqa: BLE001 - QgsApplication.locale() needs a running app
        pass
    return str(user or QLocale.system().name())


def ui_language() -> str:
    """``zh`` or ``en``: the language coded-value labels are shown in, following the loaded catalog."""
    return "zh" if any(t.language().startswith("zh") for t in _active[-1:]) else "en"


_active: list[QTranslator] = []


def i18n_dir() -> Path:
    return resource_path("i18n")


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load ``wuqing_eco_<locale>.qm`` (zh_CN, then zh) and install it; None when there is none.

    Qt's own catalog for the language comes too: QGIS looks for ``qt_<its locale code>``, which for
    简体中文 (zh-Hans) is no file, so OK, Cancel and the file dialogs stayed English."""
    remove_translator()
    loc = QLocale(locale or qgis_locale())
    translator = QTranslator()
    if not translator.load(loc, CATALOG, "_", str(i18n_dir())):
        return None
    qt = QTranslator()
    if qt.load(loc, "qtbase", "_", QLibraryInfo.location(QLibraryInfo.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _active.append(qt)
    QCoreApplication.installTranslator(translator)
    _active.append(translator)
    return translator


def remove_translator() -> None:
    while _active:
        QCoreApplication.removeTranslator(_active.pop())


_catalogs: dict[str, QTranslator] = {}


def every_language(source: str) -> set[str]:
    """``source`` and its translation in every catalog the plugin ships (to recognise a name the
    plugin gave in another language, e.g. a layer of a project saved in Chinese)."""
    names = {source}
    for qm in sorted(i18n_dir().glob(f"{CATALOG}_*.qm")):
        if qm.name not in _catalogs:
            translator = QTranslator()
            translator.load(str(qm))
            _catalogs[qm.name] = translator
        translated = _catalogs[qm.name].translate(CONTEXT, source)
        if translated:
            names.add(translated)
    return names
