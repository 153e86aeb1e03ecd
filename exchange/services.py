"""Imports as a person (or the system) makes them: a file kept between preview and save,
its columns chosen and kept per shape, then everything saved or nothing."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from exchange.imports import checking, columns
from exchange.imports.kinds import ImportKind, Preview, Source
from exchange.imports.reading import FileProblem, SourceRow, Table, read_table
from exchange.models import ColumnMapping, StagedFile, StagedStatus
from organisation.models import Unit

KEPT_FOR = datetime.timedelta(days=1)


def checksum_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def max_bytes() -> int:
    return int(settings.IMPORT_MAX_MB) * 1024 * 1024


def check_size(size: int) -> None:
    if size > max_bytes():
        raise ValidationError(
            {
                "file": _(
                    "The file is %(size)s MB; at most %(limit)s MB can be read. Export fewer "
                    "months at a time."
                )
                % {
                    "size": f"{size / 1024 / 1024:.1f}".replace(".", ","),
                    "limit": settings.IMPORT_MAX_MB,
                }
            }
        )


@transaction.atomic
def stage(
    actor: Any,
    region: Unit,
    kind: ImportKind,
    file_name: str,
    content: bytes,
    target: int | None = None,
) -> StagedFile:
    """Keep an uploaded file for its preview; files left for more than a day are removed."""
    if not kind.may_import(actor, region):
        raise PermissionDenied
    if target is not None and target not in {pk for pk, _name in kind.targets(actor, region)}:
        raise PermissionDenied
    check_size(len(content))
    if not content.strip():
        raise ValidationError({"file": _("The file is empty.")})
    StagedFile.objects.filter(uploaded_at__lt=timezone.now() - KEPT_FOR).exclude(
        status__in=[StagedStatus.QUEUED, StagedStatus.SAVING]
    ).delete()
    return StagedFile.objects.create(
        region=region,
        kind=kind.key,
        target=target,
        file_name=file_name[:255],
        checksum=checksum_of(content),
        size=len(content),
        content=content,
        uploaded_by=actor,
    )


def read(kind: ImportKind, content: bytes) -> Table:
    """The file's table; a FileProblem says in Swedish why it cannot be read."""
    return read_table(content, columns.is_known(kind.fields))


def kept_mapping(region: Unit, kind: ImportKind, headers: Sequence[str]) -> ColumnMapping | None:
    return ColumnMapping.objects.filter(
        region=region, kind=kind.key, shape=columns.shape_of(headers)
    ).first()


def columns_for(region: Unit, kind: ImportKind, table: Table) -> tuple[columns.Columns, bool]:
    """The columns kept for files of this shape, else those the headers propose; and which."""
    kept = kept_mapping(region, kind, table.headers)
    if kept is not None:
        return columns.from_kept(table.headers, kept.columns, kind.fields), True
    return columns.propose(table.headers, kind.fields), False


def keep_columns(
    actor: Any,
    region: Unit,
    kind: ImportKind,
    headers: Sequence[str],
    chosen: columns.Columns,
) -> ColumnMapping:
    """Remember the person's choice for the organisation's next file of the same shape."""
    if not kind.may_import(actor, region):
        raise PermissionDenied
    used = [index for index in chosen.values() if index is not None]
    if len(used) != len(set(used)):
        raise ValidationError(_("A column can hold only one field."))
    if any(not 0 <= index < len(headers) for index in used):
        raise ValidationError(_("Choose one of the file's columns."))
    kept = columns.to_kept(headers, chosen)
    current = kept_mapping(region, kind, headers)
    if current is None:
        mapping = attributed(
            ColumnMapping(
                region=region,
                kind=kind.key,
                shape=columns.shape_of(headers),
                headers=list(headers),
                columns=kept,
            ),
            actor,
        )
        mapping.save()
        return mapping
    return save_versioned(current, None, {"columns": kept}, actor=actor)  # type: ignore[return-value]


@dataclass
class FileCheck:
    table: Table
    columns: columns.Columns
    kept: bool
    source: Source
    checked: checking.Checked
    preview: Preview
    state: str = ""


def check_file(
    actor: Any, region: Unit, kind: ImportKind, file_name: str, content: bytes, **options: Any
) -> FileCheck:
    """Everything the preview shows: the table, its columns, every problem, what a save makes."""
    table = read(kind, content)
    chosen, kept = columns_for(region, kind, table)
    source = Source(file_name, checksum_of(content), len(table.rows))
    context = kind.begin(actor, region, **options)
    result = checking.check(kind, context, table, chosen)
    summary = checking.preview(kind, context, result, source)
    state = kind.state(context, result.parsed) if not result.problems else ""
    return FileCheck(table, chosen, kept, source, result, summary, state)


def import_file(
    actor: Any,
    region: Unit,
    kind: ImportKind,
    file_name: str,
    content: bytes,
    expected_state: str | None = None,
    table: Table | None = None,
    **options: Any,
) -> Any:
    """Read a file with its kept or proposed columns and save it all, or raise ImportRefused.

    `table` is the file already read by the caller (it decided where to save it), so that
    it is not read twice."""
    if not kind.may_import(actor, region):
        raise PermissionDenied
    check_size(len(content))
    if table is None:
        try:
            table = read(kind, content)
        except FileProblem as problem:
            raise checking.ImportRefused([], str(problem)) from problem
    chosen, _kept = columns_for(region, kind, table)
    source = Source(file_name, checksum_of(content), len(table.rows))
    context = kind.begin(actor, region, **options)
    return checking.run(kind, actor, context, table, chosen, source, expected_state)


def rows_table(kind: ImportKind, rows: Sequence[Mapping[str, str]]) -> Table:
    """Rows given by field key (the API's JSON rows) as a table whose header is the keys."""
    keys = tuple(f.key for f in kind.fields)
    return Table(
        keys,
        0,
        tuple(
            SourceRow(number, tuple(str(row.get(key, "") or "") for key in keys))
            for number, row in enumerate(rows, start=1)
        ),
    )


def check_rows(
    actor: Any, region: Unit, kind: ImportKind, file_name: str, rows: Sequence[Mapping[str, str]]
) -> tuple[Source, Any, checking.Checked]:
    """JSON rows checked as a file is; their checksum is that of their values in order."""
    if not kind.may_import(actor, region):
        raise PermissionDenied
    table = rows_table(kind, rows)
    chosen: columns.Columns = {key: index for index, key in enumerate(table.headers)}
    canonical = "\n".join("\x1f".join(row.cells) for row in table.rows).encode()
    source = Source(file_name, checksum_of(canonical), len(table.rows))
    context = kind.begin(actor, region)
    return source, context, checking.check(kind, context, table, chosen)
