# SPDX-License-Identifier: GPL-2.0-or-later
"""Public-disclosure masking takes time linear in the text and masks what it always masked."""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wuqing_eco_plugin.domain.ledger.disclosure import MASK, mask_text

ROOT = Path(__file__).resolve().parents[2]

# The masking as it was before it was made linear: the reference for what must be masked.
_OLD_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,4}-\d{4}-\d{4})(?!\d)")
_OLD_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _old_mask(text: str, secrets) -> str:
    for secret in sorted({s.strip() for s in secrets if s and len(s.strip()) >= 2}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return _OLD_EMAIL.sub(MASK, _OLD_PHONE.sub(MASK, text))


@pytest.mark.parametrize("kind", ["chinese", "latin", "at_signs", "dots_after_at", "digits"])
def test_ten_megabytes_are_masked_without_hanging(kind):
    """10 MB of text (one long run of word characters: Chinese counts as such) in a process of its own:
    quadratic masking never finishes (300 KB took 20 s), linear masking takes a second or two."""
    code = (
        "import sys\n"
        "from wuqing_eco_plugin.domain.ledger.disclosure import MASK, mask_text\n"
        "kind = sys.argv[1]\n"
        "n = 10_000_000\n"
        "text = {'chinese': '违法占用红线区' * (n // 7), 'latin': 'a' * n, 'at_signs': 'ab@' * (n // 3),\n"
        "        'dots_after_at': 'x@' + 'a.' * (n // 2), 'digits': '1' * n}[kind]\n"
        "text = '举报人13800001111，邮箱 li.si@example.cn；' + text\n"
        "out = mask_text(text, ['举报人'])\n"
        "print(out.startswith(MASK + MASK + '，邮箱 ' + MASK + '；'), len(out) < len(text))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, kind], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True"]  # the name, the phone number and the address masked


ORDINARY = [
    "测试举报人王五（电话13800001111）举报测试当事人赵六在北运河红线区设置堆场",
    "联系 022-12345678 或 a.b@example.cn，另 0222-1234567、400-1234-5678",
    "面积1800平方米，WQ-2026-0001，2026-11-29，坐标 505000.12, 4370000.34",
    "mail: li.si+tip@mail.example.com.cn; second x@y.z+w@v.cn end.",
    "a@b.c.d@e.f -@-.- +@x.y .@a.b",
    "邮箱张三@例子.中国 和 foo@bar（无域名后缀）以及 user@host.",
    "",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_texts_are_masked_as_before(text):
    secrets = ["测试举报人王五", "13800001111", "赵六", "甲"]
    assert mask_text(text, secrets) == _old_mask(text, secrets)


def test_random_texts_are_masked_as_before():
    rng = random.Random(12)
    alphabet = "ab1_.+-@ 中文，\n" + "0123456789"
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert mask_text(text, []) == _old_mask(text, []), text
