# SPDX-License-Identifier: GPL-2.0-or-later
"""Bringing field work home: what happens to each item of a package, and why.

Every case and marker of a package ends a sync with one outcome (:data:`OUTCOMES`) and, when it
was not taken over, the reasons (:data:`REASONS`, or the record dialog's own problem codes). The
rules that need no store live here:

- a marker is compared by hashes of its state (:func:`state_hash`): the field's now and at the
  last sync (or when packed), the office's now and at the last sync (or when packed); see
  :func:`marker_action`. The office changed since and the field too: a conflict, never an
  overwrite.
- the phone's discovery time is truncated to the second and never later than the sync
  (:func:`discovery_time`);
- a photo is the package's only when its stored path stays inside the package folder
  (:func:`package_photo`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from ..codes import Code, CodeTable
from ..ledger.records import PROBLEMS

OUTCOMES: CodeTable[Code] = CodeTable(
    "field_outcome",
    (
        Code("new_case", "已登记为新案件", "Registered as a new case"),
        Code("updated_marker", "已更新界桩", "Marker updated"),
        Code("conflict", "冲突，未覆盖", "Conflict: not overwritten"),
        Code("rejected", "未导入", "Not taken over"),
        Code("already", "此前已导入，未重复写入", "Synced before: not written again"),
    ),
)

REASONS: CodeTable[Code] = CodeTable(
    "field_reason",
    (
        Code("no_uid", "缺少唯一编号", "No unique id"),
        Code("no_geometry", "没有位置（未采集点位）", "No position (no point was taken)"),
        Code("other_town", "位置不在数据包所涉镇街内", "The place lies outside the package's towns"),
        Code("photo_missing", "照片文件不在数据包中（文件夹可能未完整拷贝）",
             "A photo file is missing from the package (the folder may be half-copied)"),
        Code("photo_outside", "照片路径指向数据包以外", "A photo path points outside the package"),
        Code("moved_without_fix", "界桩被移动但没有GNSS定位精度（手工点选）：请用接收机重新测量",
             "The marker was moved without a GNSS fix (placed by hand): survey it again with the receiver"),
        Code("check_failed", "测量位置超出限差，未采用", "The surveyed position fails the check: not applied"),
        Code("office_changed", "数据包导出后办公室已修改该界桩", "Changed at the office since the package was made"),
        Code("office_deleted", "数据包导出后办公室已删除该界桩", "Deleted at the office since the package was made"),
        Code("edited_after_sync", "已登记为案件，之后的外业修改未导入，请在办公室补录",
             "Registered already; later field edits are not taken over: enter them at the office"),
        Code("open_case_edited", "在办案件在数据包中只读，外业修改未导入",
             "Open cases are read-only in the package: field edits are not taken over"),
        Code("added_in_field", "外业新增的界桩点未导入：界桩须在办公室设计",
             "A marker added in the field is not taken over: markers are designed at the office"),
        Code("deleted_in_field", "外业删除的界桩未在办公室删除",
             "A marker deleted in the field is not deleted at the office"),
        Code("store_refused", "数据库拒绝写入", "The store refused the write"),
    ),
)

#: Outcomes counted as the sync's results (the others are listed only).
COUNTED = ("new_case", "updated_marker", "conflict", "rejected")

#: What a sync writes into the store's notes and history, in the ledger's data language (Chinese).
CASE_NOTE = "QField外业登记（数据包 {package}）"
ACCURACY_NOTE = "定位精度 {accuracy} 米"
SURVEY_NOTE = "QField外业测量（数据包 {package}）"
STATUS_NOTE = "QField外业巡检：状态 {old} → {new}（数据包 {package}）"


def reason_label(code: str, lang: str = "zh") -> str:
    """The label of a reason of this module or of the record dialog's problems."""
    table = REASONS if code in REASONS else PROBLEMS
    return table.label(code, lang)


@dataclass
class SyncItem:
    """One case or marker of the package and what the sync did with it."""

    kind: str  # "case" or "marker"
    key: str  # its uuid
    label: str  # marker number, or the first words of a case's description
    outcome: str
    reasons: tuple[str, ...] = ()
    record_no: Optional[str] = None
    detail: str = ""  # measured values, a database's message


@dataclass
class SyncReport:
    items: list[SyncItem] = field(default_factory=list)

    def add(self, item: SyncItem) -> SyncItem:
        self.items.append(item)
        return item

    def count(self, outcome: str) -> int:
        return sum(1 for i in self.items if i.outcome == outcome)

    def counts(self) -> dict[str, int]:
        return {o: self.count(o) for o in OUTCOMES.codes()}


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


def state_hash(values: Mapping[str, Any]) -> str:
    """A fingerprint of a row's values (name → Python value, geometry as rounded coordinates):
    equal rows give equal hashes whatever the order of the names."""
    canonical = {k: _canonical(v) for k, v in values.items()}
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def marker_action(field_now: str, field_base: str, office_now: Optional[str], office_base: str,
                  applied_already: bool) -> str:
    """What a sync does with one marker of the package.

    ``field_base``/``office_base`` are the hashes at the last sync of this package, or when it was
    made. ``office_now`` is None when the office no longer has the marker; ``applied_already``
    says the office holds the field's position and status already (a sync whose log was lost).
    Returns ``unchanged`` (nothing done in the field), ``apply``, ``already`` or ``conflict``.
    """
    if field_now == field_base:
        return "unchanged"
    if office_now is None:
        return "conflict"
    if office_now != office_base:
        return "already" if applied_already else "conflict"
    return "apply"


def discovery_time(phone: Optional[dt.datetime], now: dt.datetime) -> tuple[Optional[dt.datetime], bool]:
    """The phone's time truncated to the second and never later than ``now``; and whether it had
    to be moved back (a phone clock ahead of the office's)."""
    if phone is None:
        return None, False
    phone = phone.replace(microsecond=0)
    now = now.replace(microsecond=0)
    return (now, True) if phone > now else (phone, False)


_DRIVE = re.compile(r"^[A-Za-z]:")


def package_photo(folder: Path, stored: str) -> tuple[Optional[Path], Optional[str]]:
    """The file a photo field of the package points at, or the reason it cannot be used:
    ``photo_outside`` for an absolute path or one leaving the folder, ``photo_missing`` for a file
    that is not there. QField stores attachment paths relative to the project's folder."""
    text = stored.strip().replace("\\", "/")
    if text.startswith("file://"):
        text = text[len("file://"):]
    if text.startswith("/") or _DRIVE.match(text):
        return None, "photo_outside"
    root = folder.resolve()
    full = (root / text).resolve()
    if root not in full.parents:
        return None, "photo_outside"
    if not full.is_file():
        return None, "photo_missing"
    return full, None
