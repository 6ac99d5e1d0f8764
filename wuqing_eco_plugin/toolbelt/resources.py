# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the plugin's files are, both in the source tree and in an installed plugin folder.

Installed (from the zip), ``metadata.txt`` and ``resources/`` sit inside the package folder; in the
source tree they sit one level up, beside the package.
"""
from __future__ import annotations

import configparser
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def plugin_root() -> Path:
    """The folder holding ``metadata.txt`` and ``resources/``."""
    for candidate in (PACKAGE_DIR, PACKAGE_DIR.parent):
        if (candidate / "metadata.txt").is_file() and (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(f"metadata.txt and resources/ not found near {PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    return plugin_root().joinpath("resources", *parts)


@cache
def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_root() / "metadata.txt", encoding="utf-8")
    return parser["general"]


def plugin_version() -> str:
    return metadata().get("version", "0")
