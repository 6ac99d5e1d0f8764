# SPDX-License-Identifier: GPL-2.0-or-later
"""What every form of the ledger does with its checks: show the problems, enable OK only without
them, and on save keep the dialog open with the reason when the store refuses or fails."""
from __future__ import annotations

from typing import Callable, Optional, Sequence, TypeVar

from qgis.PyQt.QtWidgets import QLabel, QPushButton

from ...domain.codes import CodeTable, list_separator
from ...services.ledger.store import StoreError

T = TypeVar("T")


def show_problems(label: QLabel, ok: QPushButton, problems: Sequence[str], table: CodeTable, lang: str) -> None:
    label.setText(list_separator(lang, strong=True).join(table.label(p, lang) for p in problems))
    ok.setEnabled(not problems)


def run_save(save: Callable[[], T], error_label: QLabel, table: CodeTable, lang: str) -> tuple[bool, Optional[T]]:
    """(True, result) when ``save`` succeeded; (False, None) with the reason in ``error_label``."""
    try:
        result = save()
    except StoreError as exc:
        details = list_separator(lang, strong=True).join(table.label(p, lang) for p in exc.problems)
        error_label.setText(str(exc) + (f"：{details}" if details else ""))
        return False, None
    error_label.clear()
    return True, result
