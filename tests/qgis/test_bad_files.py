# SPDX-License-Identifier: GPL-2.0-or-later
"""Files the plugin opens itself that are damaged or not what they claim: the message names the file
and says why, and is an error the dialogs show (never a traceback)."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain.errors import WuqingError


def _damaged(sample_gpkg, tmp_path, kind):
    path = tmp_path / f"项目数据_{kind}.gpkg"
    data = sample_gpkg.read_bytes()
    path.write_bytes({"truncated": data[:3000], "text": "这不是地理数据包\n".encode() * 50,
                      "zeros": b"\x00" * 8192}[kind])
    return path


@pytest.mark.parametrize("kind", ["truncated", "text", "zeros"])
def test_opening_a_damaged_geopackage_names_it(sample_gpkg, tmp_path, project, kind):
    from wuqing_eco_plugin.services.project_data import open_project_data

    path = _damaged(sample_gpkg, tmp_path, kind)
    with pytest.raises(WuqingError) as err:
        open_project_data(project, path)
    assert isinstance(err.value, OSError)  # what the dialog catches
    assert path.name in str(err.value), str(err.value)


@pytest.mark.parametrize("kind", ["truncated", "text"])
def test_saving_to_a_damaged_ledger_names_it(sample_gpkg, tmp_path, kind):
    from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
    from wuqing_eco_plugin.domain.rules import ZoneInfo
    from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

    path = _damaged(sample_gpkg, tmp_path, kind)
    draft = RecordDraft(discovered_at=dt.datetime(2026, 11, 20, 9, 30), source="patrol", category="shoreline_fill",
                        description="巡查发现", created_by="示例巡查员")
    place = Place(505_000.0, 4_370_000.0, (ZoneInfo("z", "北运河", "river", "red"),), town="杨村街道")
    with pytest.raises(StoreError) as err:
        LedgerStore(path).save_new(draft, place)
    assert path.name in str(err.value)
    with pytest.raises(StoreError) as err:
        LedgerStore(path).rows()
    assert path.name in str(err.value)


def test_a_layout_template_that_is_not_text_names_it(tmp_path):
    from wuqing_eco_plugin.services.drawings.template import TemplateError, read_template

    path = tmp_path / "模板.qpt"
    path.write_bytes(b"\xff\xfe\x00\x81" * 100)
    with pytest.raises(TemplateError) as err:
        read_template(path)
    assert path.name in str(err.value)
