#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the review-drawing layout templates (resources/layouts/review_drawing_<page>.qpt).

Run after changing ``services/drawings/template.py``; the bureau's own edits of a template are kept
in the file it saves from the layout designer, so this overwrites only the plugin's templates.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from wuqing_eco_plugin.toolbelt.headless import qgis_application

    with qgis_application():
        from qgis.core import QgsProject

        from wuqing_eco_plugin.domain.drawings.sheet import PAGE_FORMATS
        from wuqing_eco_plugin.services.drawings.template import build_template, save_template, template_path

        project = QgsProject()
        for fmt in PAGE_FORMATS:
            path = template_path(fmt.code)
            save_template(build_template(project, fmt.code), path)
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
