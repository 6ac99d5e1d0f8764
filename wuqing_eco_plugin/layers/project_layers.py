# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's layers from one data source (a GeoPackage or the shared database): which table, which
filter, which style, which name.

Red and yellow zones are two QGIS layers on the one ``zones`` table, filtered by ``line_class``;
a feature digitised in the red layer gets ``line_class = 'red'``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)

from ..domain.errors import WuqingError
from ..toolbelt.i18n import QT_TR_NOOP, tr
from . import schema
from .data_source import DataSource, PostgisSource, as_source
from .forms import configure_layer, fixed_value
from .styles import apply_style

GROUP_TITLE = QT_TR_NOOP("Wuqing permanent protected ecological areas")
#: Custom property that marks a layer as ours and says which role it plays.
ROLE_PROPERTY = "wuqing_eco/role"


@dataclass(frozen=True)
class LayerRole:
    role: str
    table: schema.TableSpec
    title: str
    style: Optional[str]
    subset: str = ""
    fixed: Optional[tuple[str, str]] = None


# Top to bottom as in the layer tree: points over zones, red over yellow, district at the bottom.
ROLES: tuple[LayerRole, ...] = (
    LayerRole("violations", schema.VIOLATIONS, QT_TR_NOOP("Violation records"), "violations"),
    LayerRole("markers", schema.MARKERS, QT_TR_NOOP("Boundary markers"), "markers"),
    LayerRole("violation_areas", schema.VIOLATION_AREAS, QT_TR_NOOP("Affected areas"), "violation_areas"),
    LayerRole("overlaps", schema.OVERLAPS, QT_TR_NOOP("Overlaps (strictest rule)"), "overlaps"),
    LayerRole("approved_land", schema.APPROVED_LAND, QT_TR_NOOP("Approved construction land"), "approved_land"),
    LayerRole("red_zones", schema.ZONES, QT_TR_NOOP("Ecological red-line zones"), "zones_red",
              subset="\"line_class\" = 'red'", fixed=("line_class", "red")),
    LayerRole("yellow_zones", schema.ZONES, QT_TR_NOOP("Ecological yellow-line zones"), "zones_yellow",
              subset="\"line_class\" = 'yellow'", fixed=("line_class", "yellow")),
    LayerRole("towns", schema.TOWNS, QT_TR_NOOP("Towns and streets"), "towns"),
    LayerRole("district", schema.DISTRICT, QT_TR_NOOP("District boundary"), "district"),
    LayerRole("violation_history", schema.VIOLATION_HISTORY, QT_TR_NOOP("Case history"), None),
    LayerRole("marker_history", schema.MARKER_HISTORY, QT_TR_NOOP("Marker history"), None),
)
ROLES_BY_NAME = {r.role: r for r in ROLES}
#: The two views of the zones table.
ZONE_ROLES = ("red_zones", "yellow_zones")


class LayerLoadError(WuqingError):
    pass


def make_layer(source: DataSource | str | Path, role: LayerRole) -> QgsVectorLayer:
    """A styled, form-configured layer for ``role``; raises :class:`LayerLoadError` if invalid."""
    source = as_source(source)
    layer = source.layer(role.table, tr(role.title), role.subset)
    if not layer.isValid():
        reason = layer.dataProvider().error().message() if layer.dataProvider() else ""
        raise LayerLoadError(f"{role.table.name}: {reason or layer.error().summary() or source.label}")
    if layer.subsetString() != role.subset:
        raise LayerLoadError(f"{role.table.name}: subset refused")
    if role.style:
        apply_style(layer, role.style)
    configure_layer(layer, role.table)
    if role.fixed:
        fixed_value(layer, *role.fixed)
    layer.setCustomProperty(ROLE_PROPERTY, role.role)
    return layer


@dataclass
class ProjectLayers:
    """The loaded layers by role, and their group."""

    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer]

    def __getitem__(self, role: str) -> QgsVectorLayer:
        return self.layers[role]


def find_layers(project: QgsProject, source: DataSource | str | Path) -> dict[str, QgsVectorLayer]:
    """Our layers already in ``project`` that read ``source`` (a GeoPackage's path or a data source), by role."""
    source = as_source(source)
    found: dict[str, QgsVectorLayer] = {}
    for layer in project.mapLayers().values():
        role = layer.customProperty(ROLE_PROPERTY)
        if role and isinstance(layer, QgsVectorLayer) and source.reads(layer):
            found[role] = layer
    return found


def layers_by_role(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """Our layers in ``project`` by role (the first of each role when several GeoPackages are loaded)."""
    found: dict[str, QgsVectorLayer] = {}
    for layer in project.mapLayers().values():
        role = layer.customProperty(ROLE_PROPERTY)
        if role and role not in found:
            found[role] = layer
    return found


def load_layers(project: QgsProject, source: DataSource | str | Path) -> ProjectLayers:
    """Add every layer of ``source`` (a data source, or a GeoPackage's path) to ``project`` in one
    group, or reuse the ones there.

    The project takes the working CRS and gets the parent–child relations of the schema. On the
    shared database the project's transaction groups are switched off: the ledger writes its cases
    in transactions of its own, which a transaction QGIS holds open on the same rows would block.
    """
    source = as_source(source)
    source.prepare()
    existing = find_layers(project, source)
    root = project.layerTreeRoot()
    title = tr(GROUP_TITLE)
    group = root.findGroup(title) or root.insertGroup(0, title)
    layers: dict[str, QgsVectorLayer] = {}
    for position, role in enumerate(ROLES):
        layer = existing.get(role.role)
        if layer is None:
            layer = make_layer(source, role)
            project.addMapLayer(layer, False)
            node = group.insertLayer(position, layer)
            # Keep the tree short: only the zone layers show their legend classes at first.
            node.setExpanded(role.role in ("red_zones", "yellow_zones"))
        layers[role.role] = layer
    project.setCrs(QgsCoordinateReferenceSystem(schema.CRS))
    if isinstance(source, PostgisSource):
        project.setAutoTransaction(False)
    add_relations(project, layers)
    return ProjectLayers(group, layers)


def add_relations(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    """One QGIS relation per schema relation and parent layer (red and yellow zones both get one)."""
    manager = project.relationManager()
    for spec in schema.RELATIONS:
        children = [lyr for r, lyr in layers.items() if ROLES_BY_NAME[r].table.name == spec.child]
        for role, parent in layers.items():
            if ROLES_BY_NAME[role].table.name != spec.parent or not children:
                continue
            rel_id = f"{spec.id}_{role}"
            if manager.relation(rel_id).isValid():
                continue
            relation = QgsRelation()
            relation.setId(rel_id)
            relation.setName(tr(spec.name))
            relation.setReferencedLayer(parent.id())
            relation.setReferencingLayer(children[0].id())
            relation.addFieldPair(spec.child_field, spec.parent_field)
            if relation.isValid():
                manager.addRelation(relation)
