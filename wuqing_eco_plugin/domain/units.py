# SPDX-License-Identifier: GPL-2.0-or-later
"""Area units users reckon in: hectares (公顷) and mu (亩), from square metres of EPSG:4548."""
from __future__ import annotations

M2_PER_HECTARE = 10_000.0
#: 1 亩 = 10 000 / 15 m² (666.67 m²), the Chinese land-area unit every town office reckons in.
M2_PER_MU = 10_000.0 / 15.0


def hectares(m2: float) -> float:
    return m2 / M2_PER_HECTARE


def mu(m2: float) -> float:
    return m2 / M2_PER_MU
