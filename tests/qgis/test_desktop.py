# SPDX-License-Identifier: GPL-2.0-or-later
"""The real QGIS desktop under Xvfb on a 1366×768 laptop screen, the plugin installed from its zip, a
project folder copied elsewhere, in 简体中文 and in English: every menu entry as a user starts it
(tests/desktop/driver.py), every dialog and dock measured and photographed.

Set WUQING_DESKTOP_SHOTS=DIR to keep the screenshots (DIR/zh, DIR/en).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from checks import write_project_folder

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "desktop"))
from session import LOCALES, SCREEN, run_desktop  # noqa: E402

#: Usable height of a 1366×768 screen once the taskbar and a window's title bar are counted.
USABLE_HEIGHT = 700
#: A dock wider than this leaves the map too little room beside it.
DOCK_WIDTH = 560
OPEN_FIRST = {"zh": "请先打开项目数据", "en": "Open the project data first"}
CJK = re.compile(r"[\u4e00-\u9fff]")
LANGS = ("zh", "en")


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "wuqing_eco_plugin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True)
    return out


@pytest.fixture(scope="module")
def project_folder(tmp_path_factory, sample_gpkg, qgis_app):
    """The desktop copies this folder elsewhere before opening its project."""
    return write_project_folder(tmp_path_factory.mktemp("project") / "武清项目", sample_gpkg)


@pytest.fixture(scope="module")
def desktop_runs(plugin_zip, project_folder, tmp_path_factory):
    """Both desktops at once: a session mostly waits for QGIS to draw and answer, so two on their own
    screens take hardly longer than one."""
    keep = os.environ.get("WUQING_DESKTOP_SHOTS")
    outs = {}
    for lang in LANGS:
        outs[lang] = Path(keep) / lang if keep else tmp_path_factory.mktemp(f"desktop_{lang}")
        if outs[lang].exists():
            shutil.rmtree(outs[lang])
    with ThreadPoolExecutor(len(LANGS)) as pool:
        futures = {lang: pool.submit(run_desktop, plugin_zip, project_folder, outs[lang], LOCALES[lang])
                   for lang in LANGS}
        return {lang: future.result() for lang, future in futures.items()}


@pytest.fixture(params=LANGS)
def desktop(request, desktop_runs):
    lang = request.param
    report = desktop_runs[lang]
    assert report.get("finished"), report.get("qgis_output", "")[-3000:]
    return lang, report


def windows(report, kind="dialog"):
    key = "windows" if kind == "dialog" else "docks"
    return [(step["action"], w) for step in report["steps"] for w in step[key]]


def test_every_menu_entry_runs_on_a_copied_project(desktop):
    lang, report = desktop
    assert report["errors"] == []
    entries = [s for s in report["steps"] if not s["action"].startswith("processing:")]
    assert len(entries) == 22  # every entry of the plugin menu, the field package ones included
    messages = [m["text"] for m in report["bar"] + report["log"]]
    assert not [m for m in messages if OPEN_FIRST[lang] in m]
    assert [w["title"] for _, w in windows(report)], "no dialog opened"
    assert "拷贝的项目" in report["copied_project"]


def test_no_false_font_alarm(desktop):
    """The CJK font is installed: QGIS must not say it is missing (it did once per labelled layer)."""
    _, report = desktop
    assert not [m for m in report["bar"] + report["log"] if "WenQuanYi" in m["text"]]


def test_dialogs_fit_a_laptop_screen(desktop):
    _, report = desktop
    assert report["screen"][0] <= SCREEN[0] and report["screen"][1] <= SCREEN[1]
    too_big = [(action, w["title"], w["min_width"], w["min_height"]) for action, w in windows(report)
               if w["min_height"] > USABLE_HEIGHT or w["min_width"] > SCREEN[0] or not w["fits"]]
    assert too_big == []


def test_docks_leave_room_for_the_map(desktop):
    _, report = desktop
    docks = windows(report, "dock")
    assert {w["title"] for _, w in docks} >= {"从严管控", "案件台账"} or {w["title"] for _, w in docks} >= {
        "Strictest rule (从严管控)", "Case ledger"}
    assert [(a, w["title"], w["min_width"]) for a, w in docks if w["min_width"] > DOCK_WIDTH] == []
    assert max(s.get("main_width", 0) for s in report["steps"]) <= SCREEN[0]


def test_one_language_at_a_time(desktop):
    """Qt's own buttons and the help pages follow the UI language."""
    lang, report = desktop
    texts = [t for _, w in windows(report) for t in w["texts"]]
    if lang == "zh":
        assert "取消" in texts and "Cancel" not in texts
    else:
        assert "Cancel" in texts and not [t for t in texts if t in ("取消", "确定", "帮助")]
    helps = [w["help"] for _, w in windows(report) if "help" in w]
    assert len(helps) >= 8  # every plugin dialog has a Help button opening its page
    for page in helps:
        assert bool(CJK.search(page["text"])) == (lang == "zh"), page["title"]
