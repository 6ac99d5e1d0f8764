# SPDX-License-Identifier: GPL-2.0-or-later
"""Coded value tables: one ordered table per concept, each entry with Chinese and English labels.

Data and code store the ``code``; the UI shows ``zh`` or ``en`` depending on the QGIS locale.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Iterator, Mapping, TypeVar


@dataclass(frozen=True)
class Code:
    """One coded value."""

    code: str
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


E = TypeVar("E", bound=Code)


@dataclass(frozen=True)
class CodeTable(Generic[E]):
    """An ordered, immutable table of coded values with a name (used for field domains)."""

    name: str
    entries: tuple[E, ...]
    _index: Mapping[str, E] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {e.code: e for e in self.entries}
        if len(index) != len(self.entries):
            raise ValueError(f"duplicate code in table {self.name}")
        object.__setattr__(self, "_index", index)

    def __iter__(self) -> Iterator[E]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self._index

    def __getitem__(self, code: str) -> E:
        try:
            return self._index[code]
        except KeyError:
            raise KeyError(f"{code!r} is not a code of table {self.name}") from None

    def get(self, code: str | None) -> E | None:
        return self._index.get(code) if code is not None else None

    def find(self, value: object) -> E | None:
        """The entry whose code or label (either language, any case, spaces trimmed) is ``value``:
        data from other tools often carries the label (红线区) or a capitalised code (RED)."""
        if value is None:
            return None
        text = str(value).strip()
        entry = self._index.get(text)
        if entry is None:
            folded = text.casefold()
            entry = next((e for e in self.entries if folded in (e.code.casefold(), e.zh, e.en.casefold())), None)
        return entry

    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries)

    def label(self, code: str, lang: str = "zh") -> str:
        """Label of ``code``; an unknown code is returned as is so bad data stays visible."""
        entry = self.get(code)
        return entry.label(lang) if entry else str(code)

    def value_map(self, lang: str = "zh") -> dict[str, str]:
        """``{label: code}`` in table order, the shape QGIS's ValueMap widget takes."""
        return {e.label(lang): e.code for e in self.entries}


def list_separator(lang: str = "zh", strong: bool = False) -> str:
    """How a list of names is joined in ``lang``: 、 or ， in Chinese, a comma in English; ``strong``
    for items that hold commas themselves (；/ ;)."""
    if lang.startswith("zh"):
        return "；" if strong else "、"
    return "; " if strong else ", "
