"""The demo's economy: HSN's 2025 budget by division and cost type, the region's codes and a
ledger export read through the ledger import, every figure an example and said to be."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.db.models import Sum
from django.test import Client
from django.urls import reverse

from economy.models import (
    BudgetAmount,
    BudgetFrame,
    CostCentreMapping,
    CostType,
    FinancialOutcome,
    LedgerImport,
)
from organisation.access import grants_of
from organisation.models import Role, Unit, User
from tests.page_text import page_text

EXAMPLE = "Exempelvärden – inte ur källdokumentet"
# Seed 002's columns of the budget by division and cost type, in its order.
SEED_002_COST_TYPES = [
    "Externa intäkter",
    "Interna intäkter",
    "Personalkostnader",
    "Läkemedel",
    "Övriga externa omkostnader",
    "Avskrivningar",
    "Interna kostnader",
]
# Seed 002's rows: the director and the three divisions.
SEED_002_ROWS = {
    "Hälso- och sjukvårdsdirektör",
    "Division Medicin",
    "Division Kirurgi",
    "Division Nära vård",
}


def test_hsn_2025_budget_codes_and_ledger_are_examples_read_through_the_import(
    db: None,
) -> None:
    call_command("load_demo", stdout=StringIO(), quiet_logins=True)
    region = Unit.objects.get(parent__isnull=True, name="Region Jämtland Härjedalen")
    hsn = Unit.objects.get(short_name="HSN")
    names = CostType.objects.filter(region=region).order_by("order").values_list("name", flat=True)
    assert list(names) == SEED_002_COST_TYPES

    frame = BudgetFrame.objects.get(unit=hsn, year=2025)
    assert frame.is_example
    amounts = BudgetAmount.objects.filter(frame=frame)
    assert {a.unit.name for a in amounts} == SEED_002_ROWS
    assert amounts.count() == 2 * 4 * 7  # frame and detailed budget, four rows, seven types
    assert not amounts.filter(is_example=False).exists()
    medicin_staff = amounts.get(
        unit__name="Division Medicin", cost_type__code="personalkostnader", kind="frame"
    )
    assert medicin_staff.amount == Decimal(-760)
    assert not CostCentreMapping.objects.filter(region=region, is_example=False).exists()

    ledger = LedgerImport.objects.get(region=region)
    assert (ledger.file_name, ledger.row_count, ledger.is_example) == (
        "huvudbok-hsn-2025-01-02.csv",
        380,
        True,
    )
    outcomes = FinancialOutcome.objects.filter(source=ledger)
    assert set(outcomes.values_list("year", "month").distinct()) == {(2025, 1), (2025, 2)}
    assert not outcomes.filter(is_example=False).exists()
    assert all(o.unit.path.startswith(hsn.path) for o in outcomes.select_related("unit"))
    # The financial system's debit (a cost) is positive; the budget's sign makes it negative.
    staff = outcomes.filter(cost_type__code="personalkostnader").aggregate(s=Sum("amount"))
    income = outcomes.filter(cost_type__code="externa-intakter").aggregate(s=Sum("amount"))
    assert staff["s"] < 0 < income["s"]

    eva = User.objects.get(username="eva")
    assert grants_of(eva).roles_at(hsn) == frozenset({Role.CONTROLLER})
    client = Client()
    client.force_login(eva)
    for page in (
        reverse("economy:budget", args=[frame.pk]),
        reverse("economy:variance", args=[frame.pk]),
        reverse("economy:cost_centres"),
        reverse("economy:accounts"),
        reverse("exchange:upload", args=["huvudbok"]),
    ):
        assert EXAMPLE in page_text(client.get(page)), page

    counts = (BudgetAmount.objects.count(), LedgerImport.objects.count(), outcomes.count())
    call_command("load_demo", stdout=StringIO(), quiet_logins=True)
    assert (BudgetAmount.objects.count(), LedgerImport.objects.count(), outcomes.count()) == counts
