# SPDX-License-Identifier: GPL-2.0-or-later
"""Field names are the schema's constants: each one once, a misspelt one fails at once."""
from __future__ import annotations

import pytest


def test_every_field_has_its_constant_and_nothing_else_does():
    from wuqing_eco_plugin.layers.schema import TABLES, F

    names = {f for t in TABLES for f in t.field_names}
    assert {getattr(F, n.upper()) for n in names} == names
    assert set(vars(F)) == {n.upper() for n in names}
    with pytest.raises(AttributeError):
        F.ZONE_UUID  # noqa: B018 - a typo must not read as a field
    with pytest.raises(AttributeError):
        F.ZONE_UID = "other"
