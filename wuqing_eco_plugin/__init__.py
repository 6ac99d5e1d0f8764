# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS plugin for Wuqing District's permanent protected ecological areas (武清区永久性保护生态区域).

Importing the package imports nothing from QGIS: ``domain`` stays usable without it.
"""


def classFactory(iface):  # noqa: N802 - QGIS looks for this name
    from .plugin import WuqingEcoPlugin

    return WuqingEcoPlugin(iface)
