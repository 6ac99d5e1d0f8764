# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:grant_access``: a login's group role (and a town login's town) in the shared database."""
from __future__ import annotations

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterString

from ...layers.postgis.access import grant_access
from ...layers.postgis.roles import GRANTABLE
from ...toolbelt.i18n import tr
from .database import DatabaseAlgorithm, stopping_on_refusal


class GrantAccessAlgorithm(DatabaseAlgorithm):
    USER = "USER"
    ROLE = "ROLE"
    TOWN = "TOWN"
    GROUP_ROLE = "GROUP_ROLE"

    def name(self) -> str:
        return "grant_access"

    def displayName(self) -> str:  # noqa: N802
        return tr("Grant access to the shared database")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Makes an existing login a member of one of the plugin's group roles. ROLE is a department code "
                  "({codes}), or town (a town government: give its TOWN, a name or an administrative code), viewer "
                  "(reads, no private fields), public (only the public ledger) or admin. Creating logins and their "
                  "passwords stays the database administrator's business.").format(
            codes=", ".join(c for c in GRANTABLE if c not in ("town", "viewer", "public", "admin")))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_database_parameters()
        self.addParameter(QgsProcessingParameterString(self.USER, tr("Login")))
        self.addParameter(QgsProcessingParameterString(self.ROLE, tr("Role (department code, town, viewer, public "
                                                                     "or admin)")))
        self.addParameter(QgsProcessingParameterString(self.TOWN, tr("Town (for a town government)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.GROUP_ROLE, tr("Group role")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database, s = self.database(parameters, context)
        with stopping_on_refusal():
            grant = grant_access(database, self.parameterAsString(parameters, self.USER, context).strip(),
                                 self.parameterAsString(parameters, self.ROLE, context),
                                 self.parameterAsString(parameters, self.TOWN, context), s, log=feedback.pushInfo)
        return {self.GROUP_ROLE: grant.role, self.TOWN: grant.town or ""}
