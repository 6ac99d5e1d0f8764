# SPDX-License-Identifier: GPL-2.0-or-later
"""“What applies here?”: the zones at a clicked point and the strictest rule, as readable text."""
from __future__ import annotations

from html import escape

from qgis.PyQt.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...domain.categories import CATEGORIES
from ...domain.departments import DEPARTMENTS
from ...domain.rules import REASONS
from ...domain.zones import LINE_CLASSES, zone_label
from ...layers.schema import F
from ...services.overlaps.analysis import labels
from ...services.zone_query import PointReport
from ...toolbelt.i18n import tr, ui_language


def report_html(report: PointReport) -> str:
    """The report as HTML: coordinates, town, zones, effective rule with reasons, bans, departments."""
    lang = ui_language()
    rule = report.rule
    p = report.point
    h = {key: escape(text) for key, text in (
        ("point", tr("Location")), ("town", tr("Town or street")),
        ("outside", tr("outside the district")), ("zones", tr("Zones at this point")), ("none", tr("none")),
        ("rule", tr("Effective rule")), ("why", tr("Why")), ("bans", tr("Prohibited activities")),
        ("depts", tr("Responsible departments")), ("land", tr("Approved construction land")), ("yes", tr("yes")),
        ("no", tr("no")))}
    sep = escape(tr(": "))  # ：in Chinese
    rows = [
        f"<p><b>{h['point']}</b>{sep}"
        + escape(tr("X (north) {north:.2f} m, Y (east) {east:.2f} m, EPSG:4548").format(north=p.y(), east=p.x()))
        + "</p>",
        f"<p><b>{h[F.TOWN]}</b>{sep}{escape(report.town) if report.town else h['outside']}</p>",
    ]
    if report.zones:
        items = "".join(
            f"<li>{escape(zone_label(z.name, z.line_class, lang, z.zone_type))}</li>" for z in report.zones)
        rows.append(f"<p><b>{h['zones']}</b> ({len(report.zones)})</p><ul>{items}</ul>")
        colour = "#c00000" if rule.line_class == "red" else "#b07000"
        rows.append(f"<p><b>{h['rule']}</b>{sep}<span style='color:{colour}'><b>"
                    f"{escape(LINE_CLASSES.label(rule.line_class, lang))}</b></span> — "
                    f"{escape(LINE_CLASSES[rule.line_class].rule(lang))}</p>")
    else:
        rows.append(f"<p><b>{h['zones']}</b>{sep}{h['none']}</p>")
    reasons = "".join(f"<li>{escape(REASONS.label(c, lang))}</li>" for c in rule.reasons)
    rows.append(f"<p><b>{h['why']}</b></p><ul>{reasons}</ul>")
    # Outcomes found on site (wetland lost, water polluted) are cases, not activities one can be told to avoid.
    activities = [c for c in rule.categories if not CATEGORIES[c].outcome]
    if activities:
        bans = "".join(f"<li>{escape(CATEGORIES.label(c, lang))}</li>" for c in activities)
        rows.append(f"<p><b>{h['bans']}</b></p><ul>{bans}</ul>")
    if rule.departments:
        rows.append(f"<p><b>{h['depts']}</b>{sep}{escape(labels(DEPARTMENTS, rule.departments, lang))}</p>")
    if report.approved:
        lands = tr("; ").join(f"{a.approval_no} {a.project_name}".strip() for a in report.approved)
        lands = tr(" ({})").format(lands)
        rows.append(f"<p><b>{h['land']}</b>{sep}{h['yes']}{escape(lands)}</p>")
    else:
        rows.append(f"<p><b>{h['land']}</b>{sep}{h['no']}</p>")
    return "".join(rows)


class PointPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hint = QLabel(tr("Choose “What applies here?” and click on the map."), self)
        self.hint.setWordWrap(True)
        self.browser = QTextBrowser(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser)
        self.report: PointReport | None = None

    def show_report(self, report: PointReport) -> None:
        self.report = report
        self.browser.setHtml(report_html(report))
