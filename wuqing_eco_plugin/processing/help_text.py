# SPDX-License-Identifier: GPL-2.0-or-later
"""Codes in the algorithms' help, each with its label in the UI language (red · 红线区)."""
from __future__ import annotations

from ..domain.codes import CodeTable
from ..toolbelt.i18n import tr, ui_language


def code_label(table: CodeTable, code: str) -> str:
    return tr("{code} ({label})").format(code=code, label=table.label(code, ui_language()))


def code_list(table: CodeTable) -> str:
    return tr(", ").join(code_label(table, entry.code) for entry in table)
