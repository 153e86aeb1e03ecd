"""Seeds 002 and 004 as written: values, wording and gaps kept, contradictions shown.

A reader of the pages sees the figures each place of the source prints, a flag where they
disagree, the target in the plan's own words and "Ej angiven" where the plan gives no
follow-up frequency.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from exchange.demo.files import read_yaml
from exchange.demo.operational_plans import load_operational_plan
from exchange.demo.organisation import LoadReport, load_organisation
from exchange.demo.scorecards import load_scorecard
from followup.models import Outcome, Period
from organisation.models import Unit, User
from planning.models import Frequency, Indicator
from tests.page_text import page_text

DEMO = Path(settings.BASE_DIR) / "demo_data"


def _text(response: object) -> str:
    """The page as its reader sees the words: tags gone, whitespace collapsed."""
    return page_text(response)


@pytest.fixture
def ll1(db: None) -> Unit:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_scorecard(read_yaml(DEMO / "followup" / "ll1-2022.yaml"), LoadReport())
    return Unit.objects.get(name="Division Länssjukvård 1")


@pytest.fixture
def scorecard(ll1: Unit, client: Client) -> str:
    period = Period.objects.get(unit=ll1.parent.parent, year=2022, name="DÅ04")  # type: ignore[union-attr]
    client.force_login(User.objects.get(username="lena"))
    response = client.get(reverse("followup:scorecard"), {"period": period.pk, "enhet": ll1.pk})
    assert response.status_code == 200
    return _text(response)


def _outcome(name: str, year: int, unit: Unit) -> Outcome:
    return Outcome.objects.get(indicator__name__startswith=name, period__year=year, unit=unit)


def test_the_2020_series_is_stored_as_printed_and_flagged(ll1: Unit, client: Client) -> None:
    outcome = _outcome("Antal patienter som fått fråga om våld", 2020, ll1)
    assert (outcome.total, outcome.women, outcome.men) == (400, 270, 200)
    client.force_login(User.objects.get(username="lena"))
    page = _text(client.get(outcome.indicator.get_absolute_url()))
    assert (
        "Uppgifterna motsäger varandra: Kvinnor och män blir tillsammans 470, inte totalen 400."
        in page
    )
    # The consistent year carries no flag.
    assert "inte totalen 315" not in page


def test_each_place_of_the_scorecard_is_kept_and_flagged_where_they_disagree(
    ll1: Unit, scorecard: str
) -> None:
    suicide = _outcome("Andel patienter med misstänkt depression", 2022, ll1)
    # The scorecard prints "M: 17 % K: 7 %"; the table and the analysis kvinnor 17 %, män 8 %.
    assert (suicide.women, suicide.men) == (7, 17)
    assert "Tabellen LS1 2022-T1 anger totalt 15 %, kvinnor 17 %, män 8 %." in scorecard
    violence = _outcome("Antal patienter som fått fråga om våld", 2022, ll1)
    assert (violence.total, violence.women, violence.men) == (339, 203, 135)
    assert "Kvinnor och män blir tillsammans 338, inte totalen 339." in scorecard
    assert "Tidsserien T1 2022 anger totalt 339, kvinnor 205, män 134." in scorecard
    # 78,5 % in the analysis cannot be the total of men's 76 % and women's 78 %.
    assert (
        "Totalen 78,5 % ligger inte mellan utfallet för kvinnor, 78 %, och för män, 76 %."
        in scorecard
    )
    assert scorecard.count("Uppgifterna motsäger varandra") == 3


def test_the_scorecard_prints_units_breakdown_and_factors_without_measures(
    scorecard: str,
) -> None:
    assert "+19 mnkr" in scorecard and "90 st" in scorecard
    assert (
        "Per enhet: VO Akut omhändertagande 2 st; VO Internmedicin 85 st; VO Neurocentrum 3 st"
        in (scorecard)
    )
    assert "Per enhet: VO Barnsjukvård 19 %" in scorecard
    for factor in (
        "Den nära vården utformas med primärvården som nav",
        "Kostnadseffektiv verksamhet",
        "Ansvarsfullt chefs och medarbetarskap",
    ):
        assert factor in scorecard, factor
    assert (
        "Framgångsfaktor: Kostnadseffektiv verksamhet Inget styrmått följer upp målet; "
        "enhetens åtgärder bidrar till det." in scorecard
    )
    # The factor sits where the seed prints it: before its measure and the next factor.
    nav = scorecard.index("Den nära vården utformas med primärvården som nav")
    assert nav < scorecard.index("Besök 80 år och äldre på akutmottagning")
    assert scorecard.index("Besök 80 år och äldre på akutmottagning") < scorecard.index(
        "En sammanhållen och samordnad vård utifrån individens behov"
    )


def test_a_measure_under_utredning_has_no_invented_frequency(ll1: Unit) -> None:
    measure = Indicator.objects.get(unit=ll1, name__startswith="Påverkbar slutenvård")
    assert measure.frequency == Frequency.NOT_STATED
    assert measure.report_periods == "Under utredning"


@pytest.fixture
def hsn(db: None) -> Unit:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_operational_plan(read_yaml(DEMO / "planning" / "hsn-2023.yaml"), LoadReport())
    return Unit.objects.get(name="Hälso- och sjukvårdsnämnden")


def test_the_plan_keeps_the_bup_target_as_printed(hsn: Unit, client: Client) -> None:
    bup = Indicator.objects.get(unit=hsn, name__startswith="Tillgängligheten till BUP")
    assert bup.target_text == "2 parametrar"
    assert (bup.target_rule["k"], bup.target_rule["n"]) == (2, 3)
    client.force_login(User.objects.get(username="per"))
    page = _text(client.get(reverse("planning:plan", args=[hsn.pk]), {"ar": 2023}))
    # The target cell, then the frequency; the description explains "2 av 3 parametrar".
    assert "2 parametrar Månad" in page
    assert "2 av 3 parametrar Månad" not in page


def test_a_frequency_the_plan_does_not_give_is_not_stated(hsn: Unit, client: Client) -> None:
    unstated = Indicator.objects.filter(unit=hsn, part_of=None, frequency=Frequency.NOT_STATED)
    assert unstated.count() == 12
    assert Indicator.objects.get(
        unit=hsn, name__startswith="Upplevelsen hos medarbetare"
    ).frequency == (Frequency.NOT_STATED)
    # Given in the description: kept.
    assert Indicator.objects.get(unit=hsn, name__startswith="VFU-platser").frequency == (
        Frequency.HALF_YEAR
    )
    client.force_login(User.objects.get(username="per"))
    page = _text(client.get(reverse("planning:plan", args=[hsn.pk]), {"ar": 2023}))
    assert "Telefontillgängligheten till hälsocentral samma dag" in page
    assert re.search(r"samma dag som patienten söker vård\. 100 % Ej angiven", page)
    phone = unstated.get(name__startswith="Telefontillgängligheten")
    detail = _text(client.get(phone.get_absolute_url()))
    assert "Uppföljningsfrekvens Ej angiven" in detail


def test_an_outcome_total_reads_with_its_unit_on_the_measure_page(
    ll1: Unit, client: Client
) -> None:
    falls = Indicator.objects.get(unit=ll1, name__startswith="Vårdrelaterade fallskador")
    client.force_login(User.objects.get(username="lena"))
    page = _text(client.get(falls.get_absolute_url()))
    assert "DÅ04 2022 90 st" in page and "Enhet för måttet st" in page
    assert Decimal("90") == _outcome("Vårdrelaterade fallskador", 2022, ll1).total
