# SPDX-License-Identifier: GPL-2.0-or-later
"""Ids made in batches are the random UUIDs ``uuid.uuid4()`` makes, written the same way."""
from __future__ import annotations

import uuid
from itertools import islice

from wuqing_eco_plugin.domain.ids import uuid4_texts


def test_batched_ids_are_version_4_uuids_written_as_uuid_writes_them():
    texts = list(islice(uuid4_texts(batch=7), 1_000))  # several batches, the last one cut
    parsed = [uuid.UUID(t) for t in texts]
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 and str(u) == t for u, t in zip(parsed, texts))
    assert len(set(texts)) == len(texts)


def test_every_bit_but_version_and_variant_varies():
    ints = [uuid.UUID(t).int for t in islice(uuid4_texts(batch=64), 2_000)]
    fixed = (0xF << 76) | (0x3 << 62)  # the version's four bits and the variant's two
    varying = 0
    for a in ints:
        varying |= a ^ ints[0]
    assert varying == ((1 << 128) - 1) & ~fixed
