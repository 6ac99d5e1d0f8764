# SPDX-License-Identifier: GPL-2.0-or-later
"""Small helpers every other layer may use: tr(), logging bridge, resource paths, message bar."""
