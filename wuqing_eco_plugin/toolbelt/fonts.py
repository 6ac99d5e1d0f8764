# SPDX-License-Identifier: GPL-2.0-or-later
"""The CJK font for maps and printed documents.

WenQuanYi Micro Hei rather than Noto Sans CJK: Noto's cmap maps glyphs such as 水 and 长 to the Kangxi
radical code points too, so Qt's PDF writer records ⽔/⻓ in the text layer and drops digit runs;
PDFs made with it cannot be searched or checked with pdftotext. Where the font is missing (Windows),
Qt substitutes a system CJK font. The .qml styles name the same family.

In a Chinese system locale fontconfig gives Qt the font's Chinese name (文泉驿微米黑) and keeps the
English one only as an alias, which ``QFontDatabase.families()`` does not list; QGIS checks the styles'
``fontFamily`` against that list, so every labelled layer warned "Font … not available" and fell back
to the default font. :func:`register_cjk_font` adds the same file as an application font, which Qt
lists under the name in the file (the English one): the styles and the projects saved with them then
read alike in every locale.
"""
from __future__ import annotations

import shutil
import subprocess

from qgis.PyQt.QtGui import QFont, QFontDatabase, QGuiApplication

CJK_FONT = "WenQuanYi Micro Hei"


def cjk_font(size: float, bold: bool = False) -> QFont:
    font = QFont(CJK_FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def font_file(family: str) -> str | None:
    """The file fontconfig holds ``family`` in (None without fontconfig or when it has no such font)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        run = subprocess.run([fc_match, "-f", "%{family}\n%{file}", family], capture_output=True, text=True,
                             timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    lines = run.stdout.splitlines()
    # fc-match always answers with some font: take it only when it is the one asked for.
    if len(lines) == 2 and family.lower() in lines[0].lower().split(","):
        return lines[1]
    return None


def register_cjk_font() -> bool:
    """Make ``CJK_FONT`` known to Qt by that name when the locale lists it under another; True when it
    is listed afterwards (False without a QGuiApplication: no fonts to look up)."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return False
    if CJK_FONT in QFontDatabase().families():
        return True
    path = font_file(CJK_FONT)
    if path is None or QFontDatabase.addApplicationFont(path) < 0:
        return False
    return CJK_FONT in QFontDatabase().families()
