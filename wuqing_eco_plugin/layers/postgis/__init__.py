# SPDX-License-Identifier: GPL-2.0-or-later
"""The shared PostgreSQL/PostGIS database: schema generated from layers/schema.py, roles, rights."""
