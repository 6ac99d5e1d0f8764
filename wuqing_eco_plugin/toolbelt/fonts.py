# SPDX-License-Identifier: GPL-2.0-or-later
"""The CJK font for maps and printed documents.

WenQuanYi Micro Hei rather than Noto Sans CJK: Noto's cmap maps glyphs such as 水 and 长 to the Kangxi
radical code points too, so Qt's PDF writer records ⽔/⻓ in the text layer and drops digit runs;
PDFs made with it cannot be searched or checked with pdftotext. Where the font is missing (Windows),
Qt substitutes a system CJK font. The .qml styles name the same family.
"""
from __future__ import annotations

from qgis.PyQt.QtGui import QFont

CJK_FONT = "WenQuanYi Micro Hei"


def cjk_font(size: float, bold: bool = False) -> QFont:
    font = QFont(CJK_FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
