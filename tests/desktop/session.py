# SPDX-License-Identifier: GPL-2.0-or-later
"""The real QGIS desktop under Xvfb, with the plugin installed from its zip into a fresh profile, a
project folder copied to a new place, and driver.py walking every menu entry.

Used by tests/qgis/test_desktop.py, and by hand to look at every dialog and dock:

    .venv/bin/python tests/desktop/session.py --zip dist/…zip --project out/demo --locale en_US --out out/shots/en
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("driver.py")
SCREEN = (1366, 768)
#: QGIS's own language setting: 简体中文 is zh-Hans in QGIS's list of languages.
LOCALES = {"zh": "zh-Hans", "en": "en_US"}
#: The system's locale of such a user: fontconfig names fonts in its language (文泉驿微米黑).
SYSTEM_LOCALES = {"zh-Hans": "zh_CN.UTF-8", "en_US": "en_US.UTF-8"}


def start_xvfb() -> tuple[subprocess.Popen, int]:
    """Xvfb on a display it picks itself (-displayfd): parallel runs never race for a number."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        display = answer.readline().strip()
    if not display.isdigit():
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, int(display)


def copy_project(source: Path, target: Path) -> Path:
    """The project folder copied elsewhere (a USB stick, a shared drive): its .qgz inside."""
    shutil.copytree(source, target)
    return next(target.glob("*.qgz"))


def make_profile(config: Path, plugin_zip: Path, locale: str) -> None:
    profile = config / "profiles" / "default"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "deploy.py"), str(plugin_zip), "--profile", str(profile)],
                   check=True, capture_output=True)
    with (profile / "QGIS" / "QGIS3.ini").open("a", encoding="utf-8") as ini:
        ini.write(f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n\n"
                  "[qgis]\ncheckVersion=false\nshowTips%20322=false\nallowVersionCheck=false\n")


def run_desktop(plugin_zip: Path, project_dir: Path, out: Path, locale: str, timeout: int = 400) -> dict:
    """Copy ``project_dir``, start QGIS on a 1366×768 screen and drive it; the driver's report, with
    QGIS's own output under ``qgis_output``. Screenshots land in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="wuqing_desktop_"))
    xvfb = qgis = None
    try:
        project = copy_project(project_dir, work / "拷贝的项目 copied" / project_dir.name)
        make_profile(work / "config", plugin_zip, locale)
        xvfb, display = start_xvfb()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "QGIS_CUSTOM"))}
        env.update(DISPLAY=f":{display}", WUQING_DRIVE_OUT=str(out), WUQING_DRIVE_PROJECT=str(project),
                   XDG_RUNTIME_DIR=str(work / "runtime"), LANG=SYSTEM_LOCALES.get(locale, "C.UTF-8"))
        env["LC_ALL"] = env["LANG"]
        (work / "runtime").mkdir(mode=0o700)
        log = (out / "qgis_output.txt").open("w", encoding="utf-8")
        qgis = subprocess.Popen(["qgis", "--noversioncheck", "--nologo", "--profiles-path", str(work / "config"),
                                 "--code", str(DRIVER)], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            qgis.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        log.close()
        report_file = out / "report.json"
        report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.is_file() else {"missing": True}
        report["qgis_output"] = (out / "qgis_output.txt").read_text(encoding="utf-8", errors="replace")
        report["copied_project"] = str(project)
        return report
    finally:
        for process in (qgis, xvfb):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zip", required=True, type=Path)
    parser.add_argument("--project", required=True, type=Path, help="a folder holding a .qgz and its data")
    parser.add_argument("--lang", choices=sorted(LOCALES), default="zh")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    report = run_desktop(args.zip, args.project, args.out, LOCALES[args.lang])
    print(json.dumps({k: v for k, v in report.items() if k != "qgis_output"}, ensure_ascii=False, indent=1)[:20000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
