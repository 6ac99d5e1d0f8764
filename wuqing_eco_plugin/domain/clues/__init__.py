# SPDX-License-Identifier: GPL-2.0-or-later
"""Monitoring clues (遥感监测线索): suspected change polygons screened and turned into cases.

A feature of its own beside the ledger: it reads the screening of the overlaps feature (the same
verdicts as a construction footprint) and registers cases through the ledger's record path, so it
is the one feature that uses both; the ledger itself stays free of the screening.
"""
