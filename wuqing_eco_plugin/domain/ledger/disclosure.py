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
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL = re.compile(_EMAIL)
#: An address whose local part starts a run of local-part characters. Searching for this, and not
#: for ``_EMAIL`` from every position, keeps masking linear: from each position inside a long run
#: of word characters (Chinese text is one) ``_EMAIL`` would scan to the run's end again.
_EMAIL_AT_RUN = re.compile(r"(?<![\w.+-])" + _EMAIL)
#: An address starting exactly where the previous one ended (``a@b.cn+c@d.cn``): the old search
#: found those too, so the first try after a match is anchored there.
_EMAIL_HERE = EMAIL
#: Private values shorter than this are not searched for in other texts (a one-character name
#: would mask unrelated words).
MIN_MASKED = 2


def mask_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (longest first), phone number and e-mail address masked."""
    for secret in sorted({s.strip() for s in secrets if s and len(s.strip()) >= MIN_MASKED}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return _mask_emails(PHONE.sub(MASK, text))


def _mask_emails(text: str) -> str:
    """Every e-mail address masked, as ``re.sub`` of the plain pattern would, in linear time.

    The leftmost address at or after a position either starts there or starts a run of local-part
    characters (an address starting inside a run also matches from the run's start), so the search
    only tries those places.
    """
    out, pos = [], 0
    while True:
        m = _EMAIL_HERE.match(text, pos) if pos else None
        m = m or _EMAIL_AT_RUN.search(text, pos)
        if m is None:
            break
        out += [text[pos:m.start()], MASK]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


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
