# SPDX-License-Identifier: GPL-2.0-or-later
"""Windows that fit the screen they open on (an office laptop: 1366×768, about 700 px usable)."""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QApplication, QComboBox, QWidget

#: Room left for the window's frame and title bar.
FRAME = 40


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` to the available screen (never below its minimum size)."""
    screen = widget.screen() if hasattr(widget, "screen") else None
    screen = screen or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = max(widget.minimumSizeHint().width(), min(widget.width(), room.width() - FRAME // 2))
    height = max(widget.minimumSizeHint().height(), min(widget.height(), room.height() - FRAME))
    widget.resize(width, height)


def compact_combos(widget: QWidget, chars: int = 10) -> None:
    """Let the drop-downs of ``widget`` shrink to ``chars`` characters (a long English category would
    otherwise set a dock's minimum width); their lists still open wide enough to read every entry,
    and the chosen entry's full text is the tooltip."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        widen_list(combo)
        combo.currentTextChanged.connect(combo.setToolTip)
        combo.setToolTip(combo.currentText())


def widen_list(combo: QComboBox) -> None:
    """Open ``combo``'s list wide enough for its longest entry (call again after filling it)."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)
