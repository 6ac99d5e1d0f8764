# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's layers from one GeoPackage: which table, which filter, which style, which name.

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
from qgis.PyQt import sip

from ..domain.errors import WuqingError
from ..toolbelt.i18n import QT_TR_NOOP, every_language, tr
from . import schema, storage
from .forms import apply_form_layout, configure_layer, fixed_value, set_lookup_field
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
    LayerRole("zone_indicators", schema.ZONE_INDICATORS, QT_TR_NOOP("Zone indicators"), None),
)
ROLES_BY_NAME = {r.role: r for r in ROLES}
#: The two views of the zones table.
ZONE_ROLES = ("red_zones", "yellow_zones")


class LayerLoadError(WuqingError):
    pass


def make_layer(gpkg: str | Path, role: LayerRole) -> QgsVectorLayer:
    """A styled, form-configured layer for ``role``; raises :class:`LayerLoadError` if invalid."""
    # The filter goes into the URI rather than through setSubsetString(): on a table another layer
    # already reads (red and yellow share ``zones``) setSubsetString() reopens the GeoPackage for
    # update, which switches it to WAL under the read-only connections QGIS keeps open; those then
    # fail with GDAL's "unable to open database file" on every later read.
    source = storage.uri(gpkg, role.table) + (f"|subset={role.subset}" if role.subset else "")
    layer = QgsVectorLayer(source, tr(role.title), "ogr")
    if not layer.isValid():
        raise LayerLoadError(f"{role.table.name}: {layer.error().summary() or gpkg}")
    if role.subset and layer.subsetString() != role.subset:
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


def plugin_layers(project: QgsProject) -> list[QgsVectorLayer]:
    """Our layers in ``project`` (those with a role), in the layer tree's order (top first)."""
    in_tree = [node.layer() for node in project.layerTreeRoot().findLayers()]
    ordered = in_tree + [layer for layer in project.mapLayers().values() if layer not in in_tree]
    return [layer for layer in ordered if isinstance(layer, QgsVectorLayer) and layer.customProperty(ROLE_PROPERTY)]


def layer_gpkg(layer: QgsVectorLayer) -> Path:
    """The file ``layer`` reads (QGIS has already resolved a source stored relative to the project)."""
    return Path(layer.source().split("|")[0]).resolve()


def find_layers(project: QgsProject, gpkg: str | Path) -> dict[str, QgsVectorLayer]:
    """Our layers already in ``project`` that read ``gpkg``, by role."""
    target = Path(gpkg).resolve()
    return {layer.customProperty(ROLE_PROPERTY): layer for layer in reversed(plugin_layers(project))
            if layer_gpkg(layer) == target}


def layers_by_role(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """Our layers in ``project`` by role (the first of each role when several GeoPackages are loaded)."""
    found: dict[str, QgsVectorLayer] = {}
    for layer in plugin_layers(project):
        found.setdefault(layer.customProperty(ROLE_PROPERTY), layer)
    return found


def load_layers(project: QgsProject, gpkg: str | Path) -> ProjectLayers:
    """Add every layer of the GeoPackage to ``project`` in one group, or reuse the ones there.

    The project takes the working CRS and gets the parent–child relations of the schema.
    """
    gpkg = storage.ensure_geopackage(gpkg)
    existing = find_layers(project, gpkg)
    root = project.layerTreeRoot()
    title = tr(GROUP_TITLE)
    group = root.findGroup(title) or root.insertGroup(0, title)
    layers: dict[str, QgsVectorLayer] = {}
    for position, role in enumerate(ROLES):
        layer = existing.get(role.role)
        if layer is None:
            layer = make_layer(gpkg, role)
            project.addMapLayer(layer, False)
            node = group.insertLayer(position, layer)
            # Keep the tree short: only the zone layers show their legend classes at first.
            node.setExpanded(role.role in ("red_zones", "yellow_zones"))
        layers[role.role] = layer
    reopen_on_edit(layers)
    project.setCrs(QgsCoordinateReferenceSystem(schema.CRS))
    add_relations(project, layers)
    show_zone_names(layers)
    return ProjectLayers(group, layers)


def show_zone_names(layers: dict[str, QgsVectorLayer]) -> None:
    """The markers' forms and table show their zone's name beside the zone's id (red or yellow view)."""
    markers = layers.get("markers")
    if markers is None or not all(role in layers for role in ZONE_ROLES):
        return
    lookups = ", ".join(f"attribute(get_feature('{layers[role].id()}', 'zone_uid', \"zone_uid\"), 'name')"
                        for role in ZONE_ROLES)
    set_lookup_field(markers, "zone_name", tr("Zone name"), f"coalesce({lookups})")
    apply_form_layout(markers, schema.MARKERS)


#: Ids of the layers whose edits already reopen the others (the signal is connected once).
_WATCHED: set[str] = set()


def reopen_on_edit(layers: dict[str, QgsVectorLayer]) -> None:
    """When a layer of the GeoPackage starts editing, the others reopen their datasets.

    QGIS 3.22 opens GeoPackage layers read-only with GDAL's NOLOCK, which GDAL honours only while the
    file is not in WAL mode; the first edit opens the file for update in WAL mode, and the datasets
    opened before fail from then on: "unable to open database file", feature counts of -1, spatial
    requests that return nothing. Reopened after the switch, they read the file with locks.
    """
    others = list(layers.values())

    def reopen() -> None:
        # Two steps, so that the stale dataset, which the layers share, is closed before any of them
        # opens again: all move to the update dataset, then all come back to a new read-only one.
        idle = [lyr for lyr in others if not sip.isdeleted(lyr) and not lyr.isEditable()]
        moved = [lyr for lyr in idle if lyr.dataProvider().enterUpdateMode()]
        for lyr in moved:
            lyr.dataProvider().leaveUpdateMode()

    for layer in layers.values():
        if layer.id() not in _WATCHED:
            _WATCHED.add(layer.id())
            layer.editingStarted.connect(reopen)


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


def relabel_forms(project: QgsProject) -> None:
    """Layer names, forms, field names and coded values of our layers in the UI's language: a project
    saved in Chinese and opened in an English QGIS shows English drop-downs, and the other way round.
    A layer or group the user renamed keeps its name."""
    found = layers_by_role(project)
    for role, layer in found.items():
        spec = ROLES_BY_NAME[role]
        configure_layer(layer, spec.table)
        if layer.name() != tr(spec.title) and layer.name() in every_language(spec.title):
            layer.setName(tr(spec.title))
    for name in every_language(GROUP_TITLE) - {tr(GROUP_TITLE)}:
        group = project.layerTreeRoot().findGroup(name)
        if group is not None:
            group.setName(tr(GROUP_TITLE))
    show_zone_names(found)
