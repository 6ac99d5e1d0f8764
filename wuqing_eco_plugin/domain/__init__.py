# SPDX-License-Identifier: GPL-2.0-or-later
"""The seed's rules as data and pure functions: no QGIS, no Qt.

Modules hold one concept each: zones (types, classes, flags), departments and routing, categories
and severities, cases (statuses and transitions), markers, coordinates. Functions return codes,
never translated text; labels in both languages live in the tables.
"""
