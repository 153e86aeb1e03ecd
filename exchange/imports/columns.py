"""Which column of a file is which field: proposed from the headers, kept per file shape."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence

from exchange.imports.kinds import ImportField

_NOT_WORD = re.compile(r"[\W_]+")

# field key -> column index in the file's header, or None when no column is chosen
Columns = dict[str, int | None]


def normalise(header: str) -> str:
    """ "Ansvar (kod)" and "ANSVAR_KOD" are the same header: lower case, words only."""
    return _NOT_WORD.sub(" ", header.casefold()).strip()


def shape_of(headers: Sequence[str]) -> str:
    """The shape of a file: the set of its headers, as a key of fixed length."""
    names = sorted({normalise(h) for h in headers if h.strip()})
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()


def _matches(header: str, synonym: str) -> int:
    """How well a header names a synonym: 2 exactly, 1 as its first word(s), else 0."""
    if header == synonym:
        return 2
    if header.startswith(synonym + " "):
        return 1
    return 0


def is_known(fields: Sequence[ImportField]) -> Callable[[str], bool]:
    """Whether a header names one of the fields."""
    synonyms = [normalise(s) for f in fields for s in f.synonyms]

    def known(header: str) -> bool:
        name = normalise(header)
        return any(_matches(name, s) for s in synonyms)

    return known


def propose(headers: Sequence[str], fields: Sequence[ImportField]) -> Columns:
    """A column per field from the headers' words; each column serves one field at most."""
    names = [normalise(h) for h in headers]
    chosen: Columns = {}
    taken: set[int] = set()
    for strength in (2, 1):
        for field in fields:
            if chosen.get(field.key) is not None:
                continue
            for synonym in (normalise(s) for s in field.synonyms):
                index = next(
                    (
                        i
                        for i, name in enumerate(names)
                        if i not in taken and _matches(name, synonym) == strength
                    ),
                    None,
                )
                if index is not None:
                    chosen[field.key] = index
                    taken.add(index)
                    break
    return {field.key: chosen.get(field.key) for field in fields}


def from_kept(
    headers: Sequence[str], kept: Mapping[str, str], fields: Sequence[ImportField]
) -> Columns:
    """A mapping kept by header names, applied to this file's columns."""
    names = [normalise(h) for h in headers]
    columns: Columns = {}
    for field in fields:
        name = kept.get(field.key)
        columns[field.key] = names.index(name) if name in names else None
    return columns


def to_kept(headers: Sequence[str], columns: Columns) -> dict[str, str]:
    """A mapping by header names, so that it fits the next file of the same shape."""
    return {
        key: normalise(headers[index])
        for key, index in columns.items()
        if index is not None and index < len(headers)
    }
