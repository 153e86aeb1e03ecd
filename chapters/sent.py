"""Keep a document's files as sent and give them again: the same bytes every time."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction
from django.utils import timezone

from audit.attribution import history_user_of
from chapters.documents import DocumentKind, Owner
from chapters.sent_models import SentDocument


def keep_sent(
    kind: DocumentKind,
    owner: Owner,
    *,
    file_format: str,
    language: str,
    filename: str,
    content_type: str,
    content: bytes,
    actor: Any,
) -> SentDocument:
    """Store the file as sent. A file already kept for the same format and language is
    never replaced: what was sent stays what was sent."""
    with transaction.atomic():
        found = SentDocument.objects.filter(
            unit=owner.unit,
            document=kind.key,
            owner=owner.key,
            file_format=file_format,
            language=language,
        ).first()
        if found is not None:
            return found
        return SentDocument.objects.create(
            unit=owner.unit,
            document=kind.key,
            owner=owner.key,
            file_format=file_format,
            language=language,
            filename=filename,
            content_type=content_type,
            content=content,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            sent_at=timezone.now(),
            sent_by=history_user_of(actor),
        )


def sent_files(unit_id: int, document: str, owner_key: int) -> list[SentDocument]:
    """The document's files as sent (without their content), PDF first."""
    return list(
        SentDocument.objects.filter(unit_id=unit_id, document=document, owner=owner_key)
        .defer("content")
        .order_by("file_format", "language")
    )


def sent_file(
    unit_id: int, document: str, owner_key: int, file_format: str, language: str
) -> SentDocument | None:
    """The file as sent in the language asked for, else in the one it was sent in."""
    found = SentDocument.objects.filter(
        unit_id=unit_id, document=document, owner=owner_key, file_format=file_format
    )
    return found.filter(language=language).first() or found.order_by("pk").first()


def sent_owners(document: str, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of the (unit, owner) pairs have been sent: one query, for lists of them."""
    if not pairs:
        return set()
    units = {u for u, _o in pairs}
    owners = {o for _u, o in pairs}
    found = SentDocument.objects.filter(
        document=document, unit_id__in=units, owner__in=owners
    ).values_list("unit_id", "owner")
    return {pair for pair in found if pair in pairs}
