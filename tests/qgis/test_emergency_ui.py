# SPDX-License-Identifier: GPL-2.0-or-later
"""Emergencies in the ledger dock and dialogs, through the plugin: open ones first with an overdue mark,
adding an update, writing the report, marking one when it is registered."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from checks import pdf_text
from qgis.PyQt.QtCore import Qt
from test_emergencies import FIRST, NOW, PLACE, _register, _reported

from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.ui.ledger.model import COLUMNS


@pytest.fixture
def ledger_ui(plugin, canvas, sample_gpkg, tmp_path, project):
    from wuqing_eco_plugin.services.project_data import open_project_data
    from wuqing_eco_plugin.ui.ledger.feature import LedgerFeature

    path = tmp_path / "data" / "wuqing.gpkg"
    path.parent.mkdir()
    shutil.copy(sample_gpkg, path)
    loaded = open_project_data(project, path)
    feature = next(f for f in plugin.features if isinstance(f, LedgerFeature))
    return plugin, feature, loaded, path


@pytest.fixture
def canvas(qgis_canvas):
    return qgis_canvas


def test_the_dock_shows_open_emergencies_first_with_an_overdue_mark(ledger_ui):
    plugin, feature, loaded, path = ledger_ui
    store = LedgerStore(path)
    late = _register(store, at=NOW - dt.timedelta(hours=30), description="逾期未续报的突发事件")
    store.add_report(late, "first_report", "值班员", FIRST, ["env"], at=NOW - dt.timedelta(hours=29))
    fresh = _register(store, emergency="important", at=NOW - dt.timedelta(minutes=20), description="新近的重要情况")
    done = _reported(store)  # final report in: no longer open
    feature.toggle_dock(True)
    panel = feature.panel
    order = [r.record_uid for r in panel.proxy.visible_rows()]
    assert order[:2] == [late, fresh]  # overdue first, then the other open one; the ended one among the rest
    assert order.index(done) > 1
    column = [k for k, _ in COLUMNS].index("emergency")
    texts = {r: panel.proxy.index(i, column).data() for i, r in enumerate(order)}
    assert "REPORT OVERDUE" in texts[late] and "since the first report" in texts[late]
    assert "REPORT OVERDUE" not in texts[fresh] and "first report due" in texts[fresh]
    assert texts[done].endswith("final report in")
    assert panel.proxy.index(0, 0).data(Qt.ForegroundRole) is not None  # the overdue row is drawn red
    panel.tableView.sortByColumn(0, Qt.AscendingOrder)  # whichever way a column sorts
    assert [r.record_uid for r in panel.proxy.visible_rows()][:2] == [late, fresh]


def test_the_emergency_dialog_adds_an_update_and_writes_the_report(ledger_ui, tmp_path, monkeypatch):
    from wuqing_eco_plugin.ui.ledger import emergency_dialog

    plugin, feature, loaded, path = ledger_ui
    store = LedgerStore(path)
    uid = _reported(store, final=False)
    feature.toggle_dock(True)
    assert feature.panel.select(uid)
    feature.panel.emergencyButton.click()
    d = feature.dialog
    assert d.entries() == ["mark:important", "update", "final_report"]
    d.set_entry("update")
    assert not d.ok_button().isEnabled() and "text" in d.problemsLabel.text()
    d.textEdit.setPlainText("续报：已完成下游五个断面采样。")
    d.byEdit.setText("值班员")
    assert d.ok_button().isEnabled()
    d.accept()
    assert store.history(uid)[-1]["note"] == "续报：已完成下游五个断面采样。"
    assert store.record(uid)["last_report_at"] == d.values()["at"]
    feature.panel.select(uid)
    feature.panel.emergencyButton.click()
    monkeypatch.setattr(emergency_dialog, "choose_pdf", lambda parent, suggested: str(tmp_path / "r.pdf"))
    feature.dialog.pdfButton.click()
    assert "续报：已完成下游五个断面采样。" in pdf_text(tmp_path / "r.pdf", layout=False)


def test_record_dialog_marks_an_emergency_and_takes_a_clue_number(ledger_ui):
    from wuqing_eco_plugin.ui.ledger.record_dialog import RecordDialog

    plugin, feature, loaded, path = ledger_ui
    store = LedgerStore(path)
    saved = []
    d = RecordDialog(PLACE, lambda draft: saved.append(store.save_new(draft, PLACE)) or saved[-1])
    d.set_source("monitoring")
    d.set_category("water_pollution_event")
    d.descriptionEdit.setPlainText("遥感线索核实：河道水体发黑")
    d.recordedByEdit.setText("核查员")
    d.set_emergency("emergency")
    d.clueEdit.setText("120114-2026Q3-0007")
    d.accept()
    record = store.record(saved[0].record_uid)
    assert (record["emergency"], record["clue_no"]) == ("emergency", "120114-2026Q3-0007")
    assert record["emergency_at"] == record["discovered_at"]


