# SPDX-License-Identifier: GPL-2.0-or-later
"""Help: a local page per task in both languages, opened offline in the UI language."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from wuqing_eco_plugin.toolbelt.resources import plugin_version, resource_path
from wuqing_eco_plugin.ui.help import TOPICS, HelpDialog, about_text, help_page


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links += [v for k, v in attrs if k == "href"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_topic_has_a_page_whose_links_lead_to_pages(lang):
    for topic in TOPICS:
        page = help_page(topic, lang)
        text = page.read_text(encoding="utf-8")
        assert "<title>" in text and "http" not in text, page  # offline: no link leaves the folder
        parser = _Links()
        parser.feed(text)
        assert all((page.parent / link).is_file() for link in parser.links), page
    assert {p.stem for p in resource_path("help", lang).glob("*.html")} == set(TOPICS)


def test_the_index_links_every_page():
    parser = _Links()
    parser.feed(help_page("index", "zh").read_text(encoding="utf-8"))
    assert {link.removesuffix(".html") for link in parser.links} == set(TOPICS) - {"index"}


def test_chinese_pages_are_chinese_and_english_pages_english():
    for topic in TOPICS:
        zh = help_page(topic, "zh").read_text(encoding="utf-8")
        en = help_page(topic, "en").read_text(encoding="utf-8")
        assert len(re.findall(r"[\u4e00-\u9fff]", zh)) > 40, topic
        assert len(re.findall(r"[\u4e00-\u9fff]", en)) < 20, topic


def test_the_dialog_shows_the_page_in_the_ui_language(qgis_app, zh_translator):
    dialog = HelpDialog("record")
    assert "登记违法违规问题" in dialog.text() and "帮助" in dialog.windowTitle()
    dialog.show_topic("drawings")
    assert "审核图" in dialog.text()
    dialog.close()


def test_the_dialog_in_english(qgis_app):
    dialog = HelpDialog("screening")
    assert "Screening construction projects" in dialog.text()
    dialog.close()


def test_about_names_the_version_and_the_illustrative_data(qgis_app):
    text = about_text()
    assert plugin_version() in text and "illustrative" in text
