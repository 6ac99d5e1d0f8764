# SPDX-License-Identifier: GPL-2.0-or-later
"""The root of every error the plugin raises itself.

Callers that show errors to people (dialogs, Processing algorithms, the demo) catch
:class:`WuqingError` and show its message; anything else is a defect and keeps its traceback.
Subclasses also derive from the built-in error they refine (``ValueError``, ``OSError``…) so that
code catching those keeps working.
"""
from __future__ import annotations


class WuqingError(Exception):
    """An error of the plugin with a message meant for the user (already in the user's language
    where a caller translated it)."""


class CancelledError(WuqingError):
    """The caller asked a long computation to stop (Processing's cancel, a task's cancel)."""
