"""The documents a round can be held for, and what each round begins with.

A kind names its document in chapters.documents, the things a round may be started for in
a unit (a report's periods), the parts a new round begins with, and the files that are made
and kept when the round is approved (by the document builders of reports.document_kinds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise

from chapters.documents import DocumentKind, Owner, document_kind
from organisation.models import Unit


@dataclass(frozen=True)
class PartSeed:
    """A part a new round begins with, before anyone is assigned to it."""

    kind: str  # rounds.models.PartKind
    title: str
    chapter_id: int | None = None
    subject_kind: str = ""
    subject_id: int | None = None
    writer_id: int | None = None


@dataclass(frozen=True)
class FileToSend:
    file_format: str  # "pdf" or "docx"
    builder: str  # a kind of reports.document_kinds
    arguments: dict[str, Any]
    filename: str
    content_type: str


@dataclass(frozen=True)
class RoundKind:
    document: str  # the chapters document kind's key
    label: Promise | str
    # What a round may be held for in the unit, as (owner key, name), newest first, and
    # what one of them is called on the form ("Period", "Uppföljning").
    candidates: Callable[[Unit], list[tuple[int, str]]]
    candidate_label: Promise | str
    # The parts a new round of the owner begins with.
    seeds: Callable[[Owner], list[PartSeed]]
    files: Callable[[Owner], list[FileToSend]]
    # Who may start a round in the unit: the keepers of its document.
    may_start: Callable[[Any, Unit], bool]
    # The last day a round's parts are first given: the document's own, where it has one.
    default_due: Callable[[Owner], Any] = field(
        default=lambda owner: getattr(owner.subject, "report_by", None)
    )
    # Where a writer reports a part of the kinds that are not written in a chapter.
    part_url: Callable[[Owner, Any], str] = field(default=lambda owner, part: owner.url)

    def chapters_kind(self) -> DocumentKind:
        found = document_kind(self.document)
        if found is None:
            raise LookupError(f"No chapter document is called {self.document!r}")
        return found


_kinds: dict[str, RoundKind] = {}


def register_round_kind(kind: RoundKind) -> None:
    _kinds[kind.document] = kind


def round_kind(document: str) -> RoundKind | None:
    return _kinds.get(document)


def round_kinds() -> list[RoundKind]:
    return list(_kinds.values())
