"""Recording a ledger file's outcomes: summed per unit, cost type and month, all at once.

A file is known by its SHA-256 checksum, so the same file is never read twice. A new file
replaces, for the units it contains, the outcomes of the months it contains: the financial
system's export of a month is the whole truth of that month.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.bulk_history import bulk_create_tracked, bulk_delete_tracked
from economy.access import financial_outcome_policy, ledger_import_policy
from economy.models import CostType, FinancialOutcome, LedgerImport
from organisation.access import path_filter
from organisation.models import Unit

# (unit id, cost type id, year, month) -> kronor in the budget's sign
Sums = Mapping[tuple[int, int, int, int], Decimal]


def earlier_import(region: Unit, checksum: str) -> LedgerImport | None:
    return (
        LedgerImport.objects.filter(region=region, checksum=checksum)
        .select_related("imported_by")
        .first()
    )


def already_read(earlier: LedgerImport) -> str:
    """ "Filen lästes redan in 2026-03-09 av Eva Strand." """
    when = timezone.localtime(earlier.created_at).date().isoformat()
    who = str(earlier.imported_by) if earlier.imported_by else "styr"
    return _("The file was already read on %(date)s by %(who)s.") % {"date": when, "who": who}


def replaced_months(
    units: Iterable[int], months: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], set[int]]:
    """Of the given units and months, those that already have outcomes: (year, month) -> units."""
    months = set(months)
    years = {year for year, _month in months}
    found: dict[tuple[int, int], set[int]] = {}
    rows = (
        FinancialOutcome.objects.filter(unit_id__in=set(units), year__in=years)
        .values_list("year", "month", "unit_id")
        .distinct()
    )
    for year, month, unit_id in rows:
        if (year, month) in months:
            found.setdefault((year, month), set()).add(unit_id)
    return found


def may_record_for(actor: Any, unit: Unit) -> bool:
    return financial_outcome_policy.can_create_in(actor, unit)


@transaction.atomic
def record_ledger(
    actor: Any,
    region: Unit,
    *,
    file_name: str,
    checksum: str,
    row_count: int,
    sums: Sums,
    is_example: bool = False,
) -> LedgerImport:
    """Keep the import and its outcomes; refuse a file read before, or a unit not the actor's."""
    if not ledger_import_policy.can_create_in(actor, region):
        raise PermissionDenied
    units = {u.pk: u for u in Unit.objects.filter(pk__in={key[0] for key in sums})}
    for unit in units.values():
        if unit.region_id != region.pk or not may_record_for(actor, unit):
            raise PermissionDenied
    cost_types = set(
        CostType.objects.filter(region=region, pk__in={key[1] for key in sums}).values_list(
            "pk", flat=True
        )
    )
    if {key[1] for key in sums} - cost_types:
        raise ValidationError({"cost_type": _("Choose a cost type of the organisation.")})
    earlier = earlier_import(region, checksum)
    if earlier is not None:
        raise ValidationError({"file": already_read(earlier)})
    ledger = attributed(
        LedgerImport(
            region=region,
            file_name=file_name,
            checksum=checksum,
            row_count=row_count,
            imported_by=history_user_of(actor),
            is_example=is_example,
        ),
        actor,
    )
    try:
        with transaction.atomic():
            ledger.save()
    except IntegrityError as error:  # the same file saved at the same moment
        raise ValidationError({"file": _("The file is being read by someone else.")}) from error
    months = {(year, month) for _u, _c, year, month in sums}
    for year in {year for year, _month in months}:
        replaced = FinancialOutcome.objects.filter(
            unit_id__in=list(units),
            year=year,
            month__in=sorted(month for y, month in months if y == year),
        )
        bulk_delete_tracked(
            replaced, actor=actor, reason=_("Replaced by %(file)s") % {"file": file_name}
        )
    bulk_create_tracked(
        FinancialOutcome,
        [
            FinancialOutcome(
                unit_id=unit_id,
                cost_type_id=cost_type_id,
                year=year,
                month=month,
                amount=amount,
                source=ledger,
                is_example=is_example,
            )
            for (unit_id, cost_type_id, year, month), amount in sorted(sums.items())
        ],
        actor=actor,
    )
    return ledger


def latest_month(units: Iterable[Unit], year: int) -> int | None:
    """The last month of `year` with outcomes for any of the units (or under them)."""
    row: int | None = (
        FinancialOutcome.objects.filter(
            path_filter([u.path for u in units], "unit__path"), year=year
        )
        .order_by("-month")
        .values_list("month", flat=True)
        .first()
    )
    return row
