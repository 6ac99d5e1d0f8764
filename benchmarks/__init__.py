# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmarks (``make bench``) and the synthetic zone generator the tests share."""
