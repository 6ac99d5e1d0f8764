# SPDX-License-Identifier: GPL-2.0-or-later
"""The one place where QGIS 3.22 (Qt 5) and QGIS 4 (Qt 6) need different code.

Everything else is written once for both. Every enum member is reached through its enum
(``Qt.AlignmentFlag.AlignLeft``, ``QgsWkbTypes.GeometryType.PolygonGeometry``): PyQt5 accepts that
form too, and QGIS 4 keeps the enums it moved into ``Qgis`` reachable under their old enum
(``QgsWkbTypes.GeometryType`` is ``Qgis.GeometryType`` there, with the old member names kept).
``scripts/qt6_compat.py`` rewrites code into that form; ``tests/qgis/test_qt6_compat.py`` keeps it
there. A line here marked ``qt5-only`` runs only under Qt 5 and is left out of the PyQt6 check.
"""
from __future__ import annotations

from qgis.core import QgsField
from qgis.PyQt.QtCore import QLibraryInfo, QMetaType, QVariant


def field_takes_metatype() -> bool:
    """QgsField takes a ``QMetaType.Type`` from QGIS 3.38 on, and only that under Qt 6 (PyQt6 has no
    ``QVariant.Type``); QGIS 3.22 to 3.36 take a ``QVariant.Type`` only. Asked, not read off a version."""
    try:
        QgsField("probe", QMetaType.Type.QString)
    except TypeError:
        return False
    return True


class FieldType:
    """Field types for ``QgsField(name, type)``, named as ``QVariant.Type`` names them."""

    if field_takes_metatype():
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        Time = QMetaType.Type.QTime
        DateTime = QMetaType.Type.QDateTime
    else:
        String = QVariant.Type.String  # qt5-only
        Int = QVariant.Type.Int  # qt5-only
        LongLong = QVariant.Type.LongLong  # qt5-only
        Double = QVariant.Type.Double  # qt5-only
        Bool = QVariant.Type.Bool  # qt5-only
        Date = QVariant.Type.Date  # qt5-only
        Time = QVariant.Type.Time  # qt5-only
        DateTime = QVariant.Type.DateTime  # qt5-only


def qt_translations_path() -> str:
    """Where Qt's own catalogs (``qtbase_zh_CN.qm``) are: ``QLibraryInfo.path`` under Qt 6, whose
    ``location`` is gone; Qt 5 has only ``location``."""
    library_path = getattr(QLibraryInfo, "LibraryPath", None)  # the enum exists under Qt 6 only
    if library_path is not None:
        qt6_path = getattr(QLibraryInfo, "path")  # noqa: B009 - a Qt 6 name: QGIS 3's check cannot resolve it
        return qt6_path(library_path.TranslationsPath)
    return QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)  # qt5-only
