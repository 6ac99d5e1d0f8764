# SPDX-License-Identifier: GPL-2.0-or-later
"""Public disclosure (信息公开, seed §五): a record without personal data.

Private fields (reporter identity and contact, responsible parties' names, internal notes, staff
names, evidence files) are left out, and their values are masked wherever they also appear in a
published text (a description naming the responsible party), as are phone numbers and e-mail
addresses written into a text.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

MASK = "＊＊＊"
#: Phone numbers and e-mail addresses written into a text (PostGIS's public_ledger view masks with the same patterns).
PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,4}-\d{4}-\d{4})(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Private values shorter than this are not searched for in other texts (a one-character name
#: would mask unrelated words).
MIN_MASKED = 2


def mask_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (longest first), phone number and e-mail address masked."""
    for secret in sorted({s.strip() for s in secrets if s and len(s.strip()) >= MIN_MASKED}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return EMAIL.sub(MASK, PHONE.sub(MASK, text))


def public_record(record: Mapping[str, Any], private_fields: Iterable[str]) -> dict[str, Any]:
    """``record`` without its private fields, and with their values masked in every other text."""
    private = set(private_fields)
    secrets = [str(record[f]) for f in private if record.get(f)]
    out: dict[str, Any] = {}
    for name, value in record.items():
        if name in private:
            continue
        out[name] = mask_text(value, secrets) if isinstance(value, str) else value
    return out
