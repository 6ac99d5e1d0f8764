# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo step of the review drawings: every sample town's drawing and the manifest."""
from __future__ import annotations

from pathlib import Path

from ..services.drawings.data import DrawingInput, DrawingSources, find_overlap_layer
from ..services.drawings.export import DrawingExport
from ..services.drawings.plan import DrawingOptions
from .context import DemoContext


def drawings_step(ctx: DemoContext) -> dict[str, Path]:
    """The demo's drawings: every sample town, with the project's markers, approved land and (when
    the project has them) overlap pieces, into ``<out>/drawings``; returns the manifest."""
    loaded = ctx.loaded
    overlaps = find_overlap_layer(ctx.project)
    sources = DrawingSources(
        zones=[DrawingInput.from_layer(loaded["red_zones"]), DrawingInput.from_layer(loaded["yellow_zones"])],
        towns=DrawingInput.from_layer(loaded["towns"]),
        markers=DrawingInput.from_layer(loaded["markers"]),
        overlaps=DrawingInput.from_layer(overlaps) if overlaps is not None else None,
        approved=DrawingInput.from_layer(loaded["approved_land"]),
        context=ctx.project.transformContext(),
    )
    result = DrawingExport(sources, [], DrawingOptions(), ctx.out / "drawings").run()
    return {"Review drawings": result.manifest}
