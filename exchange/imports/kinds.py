"""What a kind of import is: its fields, how a row is read, what its preview says, its save."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str | Promise  # in Swedish on the page: "Ansvar", named in each row problem
    synonyms: tuple[str, ...]  # headers that name the field, matched by their words
    required: bool = True
    help: str | Promise = ""


@dataclass(frozen=True)
class Source:
    """The file being imported: its name, its checksum and how many rows it has."""

    file_name: str
    checksum: str
    row_count: int


@dataclass
class Preview:
    """What a save would do, for the page: sentences, and a table of what will be made."""

    notes: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    # Set when the whole file is refused (read before): nothing can be saved.
    refusal: str | None = None


class ImportKind:
    """A kind of import. Subclasses give `key`, `label`, `fields` and the four steps."""

    key: str = ""
    slug: str = ""  # its part of the page's address
    label: str | Promise = ""
    fields: tuple[ImportField, ...] = ()

    def may_import(self, actor: Any, region: Any) -> bool:
        raise NotImplementedError

    def begin(self, actor: Any, region: Any, **options: Any) -> Any:
        """What reading rows needs, loaded once (mapping tables): the import's context."""
        raise NotImplementedError

    def refusal(self, context: Any, source: Source) -> str | None:
        """Why the file as a whole cannot be imported (it was read before), or None."""
        return None

    def parse(self, context: Any, values: Mapping[str, str]) -> tuple[Any, dict[str, str]]:
        """One row's values by field key: what it becomes, and per field what is wrong."""
        raise NotImplementedError

    def preview(self, context: Any, parsed: Sequence[Any], source: Source) -> Preview:
        raise NotImplementedError

    def save(self, actor: Any, context: Any, parsed: Sequence[Any], source: Source) -> Any:
        """Store the parsed rows; runs inside the import's one transaction."""
        raise NotImplementedError

    def earlier(self, actor: Any, region: Any) -> Preview:
        """What was imported before, as a table for the upload page."""
        return Preview()

    def saved_message(self, result: Any) -> str:
        return str(_("The file was saved."))

    def field(self, key: str) -> ImportField:
        return next(f for f in self.fields if f.key == key)


_kinds: dict[str, ImportKind] = {}


def register(kind: ImportKind) -> ImportKind:
    _kinds[kind.slug] = kind
    return kind


def kind_by_slug(slug: str) -> ImportKind | None:
    return _kinds.get(slug)


def all_kinds() -> list[ImportKind]:
    return list(_kinds.values())
