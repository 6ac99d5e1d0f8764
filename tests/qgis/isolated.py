# SPDX-License-Identifier: GPL-2.0-or-later
"""Run one Processing algorithm of the plugin in its own interpreter, with a timeout.

A bad input that crashes QGIS (a segfault) or hangs must fail the test that tried it, not take the
test run down or stall it: the algorithm runs in a fresh ``python`` with QGIS started headless, as
``qgis_process`` would run it, and the test reads what it printed. Also usable from the command
line: ``python tests/qgis/isolated.py ALG '{"PARAM": value}'``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARK = "@@isolated@@"


@dataclass
class Outcome:
    """How an isolated run ended: ``returncode`` (negative: killed by a signal), ``results`` of a run
    that finished, ``error`` the message of a run Processing refused, and the log it wrote."""

    returncode: int
    results: dict | None
    error: str | None
    log: list[str]
    stderr: str

    @property
    def crashed(self) -> bool:
        return self.returncode != 0

    def __str__(self) -> str:
        return f"rc={self.returncode} error={self.error!r} results={self.results!r}\n{self.stderr[-3000:]}"


def run_algorithm(algorithm: str, parameters: dict, timeout: float = 120.0, lang: str = "en") -> Outcome:
    """``wuqing_eco:<algorithm>`` run with ``parameters`` (layers as paths or URIs) in a new process.

    Raises ``subprocess.TimeoutExpired`` when it has not finished within ``timeout`` seconds (a hang).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    proc = subprocess.run([sys.executable, __file__, algorithm, json.dumps(parameters), lang], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(MARK)), None)
    data = json.loads(line[len(MARK):]) if line else {}
    return Outcome(proc.returncode, data.get("results"), data.get("error"), data.get("log", []), proc.stderr)


def _main(algorithm: str, parameters: str, lang: str) -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from processing.core.Processing import Processing
        from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback

        from wuqing_eco_plugin.processing.provider import WuqingEcoProvider
        from wuqing_eco_plugin.toolbelt.i18n import install_translator

        if lang != "en":
            install_translator(lang)
        Processing.initialize()
        provider = WuqingEcoProvider()  # kept: the registry does not own a Python object
        QgsApplication.processingRegistry().addProvider(provider)
        import processing

        log: list[str] = []

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, text):  # noqa: N802
                log.append(text)

            def pushWarning(self, text):  # noqa: N802
                log.append(text)

            def reportError(self, text, fatal=False):  # noqa: N802
                log.append(text)

        out: dict = {"log": log}
        try:
            results = processing.run(f"wuqing_eco:{algorithm}", json.loads(parameters), feedback=Feedback())
            out["results"] = {k: v if isinstance(v, (str, int, float, bool, type(None))) else str(v)
                              for k, v in results.items()}
        except QgsProcessingException as exc:
            out["error"] = str(exc)
        print(MARK + json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(*sys.argv[1:4]))
