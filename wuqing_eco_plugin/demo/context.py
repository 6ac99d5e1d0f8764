# SPDX-License-Identifier: GPL-2.0-or-later
"""What every demo step works on and gives back: the project, its layers, the output folder."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from qgis.core import QgsProject

from ..layers.data_source import DataSource
from ..layers.project_layers import ProjectLayers


@dataclass
class DemoContext:
    """What a step works on; a step may add layers to ``overview_layers`` (drawn on top)."""

    project: QgsProject
    loaded: ProjectLayers
    out: Path
    source: DataSource
    overview_layers: list = field(default_factory=list)


#: A demo step: works on the context, returns {label: file} of what it wrote.
Step = Callable[[DemoContext], "dict[str, Path]"]
