"""The demo's measures for a balanced economy: seed 000's five measures under risk 25, each
linked to the risk, its assignment and the actions that name it, status not reported; their
example calculations and effects, marked as examples."""

from __future__ import annotations

import re
from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from economy.models import BudgetAmount, Calculation, Measure, RealisedEffect
from organisation.models import Unit, User


def test_the_five_measures_of_risk_25_with_their_examples(db: None, client: Client) -> None:
    call_command("load_demo", quiet_logins=True, stdout=StringIO())
    hsn = Unit.objects.get(short_name="HSN")
    measures = list(Measure.objects.filter(unit=hsn).order_by("number"))
    assert [m.title for m in measures] == [
        "Kostnadsminskningar genom minskad hyrbemanning",
        "Kostnadsminskningar genom minskning av köpt vård",
        "Kostnadsminskningar genom effektiviserade vårdflöden",
        "Åtgärder för ökade intäkter",
        "Ytterligare kostnadsminskande åtgärder med effekt 2025-2027",
    ]
    for measure in measures:
        assert measure.status == "" and measure.programme is None and measure.owner is None
        assert [r.number for r in measure.risks.all()] == [25]
        [assignment] = measure.assignments.all()
        assert assignment.text == measure.description
        assert measure.risks.get().assignments.filter(pk=assignment.pk).exists()
    assert measures[0].description.startswith(
        "Verksamheten ska verkställa kostnadsminskningar genom minskad hyrbemanning"
    )
    assert [a.number for a in measures[0].actions.all()] == [8]
    assert sorted(a.number for a in measures[1].actions.all()) == [8, 9]
    assert not measures[2].actions.exists() and not measures[2].calculations.exists()
    assert (measures[4].first_year, measures[4].last_year) == (2025, 2027)
    # Every figure is an example, and every page showing one says so.
    assert Calculation.objects.filter(measure__unit=hsn).count() == 4
    assert not Calculation.objects.filter(is_example=False).exists()
    assert not RealisedEffect.objects.filter(is_example=False).exists()
    assert not BudgetAmount.objects.filter(is_example=False).exists()
    client.force_login(User.objects.get(username="per"))
    page = client.get(reverse("economy:balance", args=[hsn.pk]) + "?ar=2025").content.decode()
    page = re.sub(r"</?a\b[^>]*>", "", page)
    assert "Exempelvärden – inte ur källdokumentet" in page
    # The gap is the demo's budget by cost type (detailed budget −3 222 against the frame's
    # −3 150 mkr), itself example figures.
    assert "Åtgärderna täcker 41,3 av 72 mkr; 30,7 mkr saknas." in page
    assert "Åtgärd 3 har ingen ekonomisk beräkning." in page
    measure_page = client.get(measures[0].get_absolute_url()).content.decode()
    assert "Exempelvärden – inte ur källdokumentet" in measure_page
    assert "12\u00a0årsarbeten × 1\u00a0450\u00a0tkr = 17\u00a0400\u00a0tkr" in measure_page
    assert "Ej rapporterad" in measure_page

    counts = (Measure.objects.count(), Calculation.objects.count(), RealisedEffect.objects.count())
    call_command("load_demo", quiet_logins=True, stdout=StringIO())
    again = (Measure.objects.count(), Calculation.objects.count(), RealisedEffect.objects.count())
    assert again == counts
