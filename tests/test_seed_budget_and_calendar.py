"""Seed 002's budget frame, investment plan, follow-up areas and meeting calendar 2023."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db.models import Sum
from django.test import Client
from django.urls import reverse

from committee.models import FollowUpArea, Meeting, MeetingItem
from economy.models import BudgetFrame, Investment, InvestmentKind
from exchange.demo.budgets import load_budget
from exchange.demo.committee_year import load_committee_year
from exchange.demo.files import read_yaml
from exchange.demo.operational_plans import load_operational_plan
from exchange.demo.organisation import LoadReport, load_organisation
from organisation.models import Unit, User

DEMO = Path(settings.BASE_DIR) / "demo_data"


@pytest.fixture
def hsn(db: None) -> Unit:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_operational_plan(read_yaml(DEMO / "planning" / "hsn-2023.yaml"), LoadReport())
    load_budget(read_yaml(DEMO / "economy" / "hsn-2023.yaml"), LoadReport())
    load_committee_year(read_yaml(DEMO / "committee" / "hsn-2023.yaml"), LoadReport())
    return Unit.objects.get(name="Hälso- och sjukvårdsnämnden")


def test_budget_frame_is_the_printed_one(hsn: Unit) -> None:
    frame = BudgetFrame.objects.get(unit=hsn, year=2023)
    assert frame.total == Decimal("-2898.25")
    assert frame.total_previous_year == Decimal("-2975.3")
    assert sum(line.amount for line in frame.lines.all()) == frame.total
    changes = list(frame.frame_changes.all())
    assert len(changes) == 5
    screening = changes[2]
    assert screening.printed == "Prostatacancerscreening 3,1 mkr (HSN/85/2022)"
    assert (screening.reason, screening.amount) == ("Prostatacancerscreening", Decimal("3.1"))
    assert screening.decision_reference == "HSN/85/2022"
    # A bullet that states no amount keeps none.
    assert changes[0].amount is None and changes[1].amount is None


def test_investment_lists_add_up_to_the_printed_sums(hsn: Unit) -> None:
    def total(kind: str) -> Decimal:
        rows = Investment.objects.filter(unit=hsn, year=2023, kind=kind)
        return rows.aggregate(s=Sum("amount_tkr"))["s"]  # type: ignore[no-any-return]

    assert total(InvestmentKind.REINVESTMENT) == 85601
    assert total(InvestmentKind.NEW) == 10886
    # Two rows are printed without an amount and stay without one.
    assert Investment.objects.filter(unit=hsn, amount_tkr__isnull=True).count() == 2


def test_a_lost_investment_row_stops_theread_yaml(db: None) -> None:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    data = read_yaml(DEMO / "economy" / "hsn-2023.yaml")
    data["investments"]["items"].pop(0)
    with pytest.raises(ValueError, match="85601"):
        load_budget(data, LoadReport())


def test_calendar_has_thirteen_meetings_and_fifteen_areas(hsn: Unit) -> None:
    assert Meeting.objects.filter(unit=hsn, date__year=2023).count() == 13
    assert MeetingItem.objects.filter(meeting__unit=hsn).count() == 54
    assert FollowUpArea.objects.filter(unit=hsn, year=2023).count() == 15


def test_plan_page_shows_budget_investments_and_calendar(hsn: Unit, client: Client) -> None:
    client.force_login(User.objects.get(username="per"))
    html = client.get(reverse("planning:plan", args=[hsn.pk]), {"ar": 2023}).content.decode()
    first = Investment.objects.filter(unit=hsn, kind=InvestmentKind.NEW).order_by("order")[0]
    meeting = Meeting.objects.filter(unit=hsn).order_by("date")[0]
    topic = meeting.items.order_by("order")[0].topic
    for text in (
        "Total nettobudgetram enligt Regionplan och budget",
        "Patientsäkerhetsberättelse",
        first.name,
        topic,
        "Reinvesteringar: 85\u00a0601 tkr (83)",
        "Nyinvesteringar: 10\u00a0886 tkr (44)",
    ):
        assert text in html, text
