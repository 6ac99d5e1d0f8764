# SPDX-License-Identifier: GPL-2.0-or-later
"""The zh_CN catalog: complete, compiled, loaded, and what users read comes out in Chinese."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.toolbelt.i18n import tr, ui_language
from wuqing_eco_plugin.toolbelt.resources import resource_path


def test_every_source_string_is_translated():
    root = ET.parse(resource_path("i18n", "wuqing_eco_zh_CN.ts")).getroot()
    assert root.get("language") == "zh_CN"
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_catalog_loads_and_translates(zh_translator):
    assert tr("Wuqing Eco Protection") == "武清生态保护"
    assert tr("Ecological red-line zones") == "生态保护红线区"
    assert tr("Ecological yellow-line zones") == "生态保护黄线区"
    assert ui_language() == "zh"


def test_every_schema_alias_is_translated(zh_translator):
    for table in schema.TABLES:
        for spec in table.fields:
            translated = tr(spec.alias)
            assert translated != spec.alias or spec.alias == "GeoPackage", spec.alias
            assert any("\u4e00" <= ch <= "\u9fff" for ch in translated), (spec.name, translated)


def test_english_without_catalog():
    assert tr("Ecological red-line zones") == "Ecological red-line zones"
    assert ui_language() == "en"
