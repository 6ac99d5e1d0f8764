# SPDX-License-Identifier: GPL-2.0-or-later
"""Texts the features' panels and dialogs share."""
from __future__ import annotations

from ..domain.units import hectares, mu
from ..toolbelt.i18n import tr


def area_text(m2: float) -> str:
    return tr("{m2:,.1f} m² ({ha:,.4f} ha, {mu:,.2f} mu)").format(m2=m2, ha=hectares(m2), mu=mu(m2))
