"""What a kind of import is: its fields, how a row is read, what its preview says, its save."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
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
    caption: str = ""
    # Set when the whole file is refused (read before): nothing can be saved.
    refusal: str | None = None

    @property
    def labelled_rows(self) -> list[list[tuple[str, str]]]:
        """Each row's cells with their column's header, for tables that reflow on a phone."""
        return [list(zip(self.headers, row, strict=False)) for row in self.rows]


class ImportKind:
    """A kind of import. Subclasses give `key`, `label`, `fields` and the four steps."""

    key: str = ""
    slug: str = ""  # its part of the page's address
    label: str | Promise = ""
    fields: tuple[ImportField, ...] = ()
    # What the rows go into when the person chooses it (a plan): its name on the upload form.
    target_label: str | Promise = ""
    # The app whose section of the main menu the kind's pages belong to.
    section: str = ""

    def may_import(self, actor: Any, region: Any) -> bool:
        raise NotImplementedError

    def targets(self, actor: Any, region: Any) -> list[tuple[int, str]]:
        """What the person may import into, as (id, name); empty when there is no choice."""
        return []

    def begin(self, actor: Any, region: Any, **options: Any) -> Any:
        """What reading rows needs, loaded once (mapping tables): the import's context.

        `target` in the options is the id of what the person chose among `targets`."""
        raise NotImplementedError

    def home(self, target: int | None) -> tuple[str, str]:
        """The page the import belongs to, as (name, address), for the pages' breadcrumbs."""
        return (str(_("Imports")), reverse("exchange:start"))

    def help_links(self) -> list[tuple[str, str]]:
        """Pages where what the rows refer to is set up, as (name, address), beside problems."""
        return []

    def state(self, context: Any, parsed: Sequence[Any]) -> str:
        """A stamp of what the rows would change as it is stored now (the versions of the
        outcomes they replace): the save refuses when it differs from the preview's."""
        return ""

    def cross_check(self, context: Any, parsed: Sequence[Any]) -> list[tuple[int, str, str]]:
        """Problems between rows, as (row number, field key, message); none by default."""
        return []

    def refusal(self, context: Any, source: Source) -> str | None:
        """Why the file as a whole cannot be imported (it was read before), or None."""
        return None

    def parse(
        self, context: Any, values: Mapping[str, str], row: int = 0
    ) -> tuple[Any, dict[str, str]]:
        """One row's values by field key (`row` is its number in the file): what it becomes,
        and per field what is wrong."""
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

    def saved_address(self, result: Any) -> str:
        """Where the person goes after the save: the upload page, unless the kind knows better."""
        return reverse("exchange:upload", args=[self.slug])

    def field(self, key: str) -> ImportField:
        return next(f for f in self.fields if f.key == key)


_kinds: dict[str, ImportKind] = {}


def register(kind: ImportKind) -> ImportKind:
    _kinds[kind.slug] = kind
    return kind


def kind_by_slug(slug: str) -> ImportKind | None:
    return _kinds.get(slug)


def kind_by_key(key: str) -> ImportKind | None:
    """The kind a staged file was uploaded as (its `key`, stored with the file)."""
    return next((kind for kind in _kinds.values() if kind.key == key), None)


def all_kinds() -> list[ImportKind]:
    return list(_kinds.values())
