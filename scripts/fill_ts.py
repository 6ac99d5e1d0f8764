#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fill unfinished entries of the zh_CN catalog from a JSON file {source: translation}.

Used after `make ts`: translations are written by a person into the JSON (kept out of the repo or
beside it), this script only moves them into the .ts so that no entry is left unfinished by typing.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "wuqing_eco_zh_CN.ts"


def main(path: str) -> int:
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        if source in table:
            translation.text = table[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    ET.indent(tree, space="  ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    TS.write_text(text, encoding="utf-8")
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
