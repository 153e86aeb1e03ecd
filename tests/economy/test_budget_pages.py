"""The budget by unit and cost type as seed 002 lays it out, entered on its pages; the budget
gap; the frame's changes as rows and whether the total follows from them."""

from __future__ import annotations

from decimal import Decimal

from django.test import Client
from django.urls import reverse

from economy.models import BudgetAmount, BudgetFrame, FrameChange
from economy.services.budget import create_frame_change
from organisation.access import SYSTEM
from organisation.models import Unit, UnitKind
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


def _data(form):  # type: ignore[no-untyped-def]
    """What the page's form posts as it is."""
    values = {name: form[name].value() for name in form.fields}
    return {name: "" if value is None else value for name, value in values.items()}


def _row(client: Client, frame: BudgetFrame, unit: Unit, kind: str, values: dict[str, str]):  # type: ignore[no-untyped-def]
    url = reverse("economy:budget_row", args=[frame.pk, unit.pk, kind])
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["form"]
    data = _data(form)
    data |= values
    return client.post(url, data)


def test_the_tables_have_seed_002s_rows_and_columns(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    director = Unit(parent=world.committee, name="Hälso- och sjukvårdsdirektör", kind=UnitKind.UNIT)
    director.save()
    html = (
        login(world.reader)
        .get(reverse("economy:budget", args=[economy_world.frame.pk]))
        .content.decode()
    )
    columns = [
        "Externa intäkter",
        "Interna intäkter",
        "Personalkostnader",
        "Läkemedel",
        "Övriga externa omkostnader",
        "Avskrivningar",
        "Interna kostnader",
        "Netto",
    ]
    positions = [html.index(f'class="number">{c}</th>') for c in columns]
    assert positions == sorted(positions)
    rows = [
        "Division Medicin",
        "Division Kirurgi",
        "Hälso- och sjukvårdsdirektör",
        "Summa tjänstemannabudget",
        "Summa förtroendemannabudget",
        "Summa</th>",
    ]
    first_table = html[html.index("frame-caption") : html.index("detailed-caption")]
    positions = [first_table.index(r) for r in rows]
    assert positions == sorted(positions)
    assert "Budgetgap (differens mellan registrerad detaljbudget och budgetramar)" in html
    assert "Ändra" not in first_table  # a reader changes nothing


def test_a_controller_enters_frame_and_detailed_budget_and_sees_the_gap(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    frame, ct = economy_world.frame, economy_world.cost_types
    staff, drugs = ct["personalkostnader"], ct["lakemedel"]
    response = _row(
        client,
        frame,
        world.division,
        "ram",
        {f"amount_{staff.pk}": "−1 200,5", f"amount_{drugs.pk}": "-300"},
    )
    assert response.status_code == 302
    _row(client, frame, world.division, "detaljbudget", {f"amount_{staff.pk}": "-1 230,5"})
    cells = {(a.kind, a.cost_type_id): a.amount for a in BudgetAmount.objects.all()}
    assert cells == {
        ("frame", staff.pk): Decimal("-1200.5"),
        ("frame", drugs.pk): Decimal("-300"),
        ("detailed", staff.pk): Decimal("-1230.5"),
    }
    html = client.get(reverse("economy:budget", args=[frame.pk])).content.decode()
    gap = html[html.index("gap-caption") : html.index("changes-heading")]
    # Staff −30, drugs +300 (no detailed drugs budget counts as zero there): net +270.
    assert "−30" in gap and ">300<" in gap and "<strong>270</strong>" in gap
    assert "Ingen detaljbudget registrerad ännu" not in html
    assert BudgetAmount.history.count() == 3


def test_a_cell_changed_meanwhile_refuses_the_whole_row(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    frame, staff = economy_world.frame, economy_world.cost_types["personalkostnader"]
    url = reverse("economy:budget_row", args=[frame.pk, world.division.pk, "ram"])
    data = _data(client.get(url).context["form"])
    _row(client, frame, world.division, "ram", {f"amount_{staff.pk}": "-10"})
    data[f"amount_{staff.pk}"] = "-20"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Någon annan ändrade Personalkostnader under tiden" in response.content.decode()
    assert BudgetAmount.objects.get().amount == Decimal("-10")


def test_a_wrong_number_is_named_on_its_field(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    staff = economy_world.cost_types["personalkostnader"]
    response = _row(
        client, economy_world.frame, world.division, "ram", {f"amount_{staff.pk}": "12,5x"}
    )
    assert "”12,5x” är inte ett tal." in response.content.decode()
    assert not BudgetAmount.objects.exists()


def test_frame_changes_as_rows_and_the_total_that_follows(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    frame = economy_world.frame  # −2 975,3 last year, −2 898,25 stated
    response = client.post(
        reverse("economy:change_create", args=[frame.pk]),
        {"reason": "Prostatacancerscreening", "amount": "3,1", "decision_reference": "HSN/85/2022"},
    )
    assert response.status_code == 302
    change = FrameChange.objects.get()
    assert (change.amount, change.decision_reference, change.order) == (
        Decimal("3.1"),
        "HSN/85/2022",
        1,
    )
    html = client.get(reverse("economy:budget", args=[frame.pk])).content.decode()
    # −2 975,3 − 3,1 = −2 978,4, which is not the stated −2 898,25: flagged.
    assert "Total som följer av förändringarna" in html
    assert "föregående års total minus förändringarna ger −2\u00a0978,4 mkr" in html
    assert "differens 80,15 mkr" in html
    create_frame_change(
        SYSTEM, frame, reason="Förändring av kostnadsbudget hänförlig till riktade statsbidrag."
    )
    html = client.get(reverse("economy:budget", args=[frame.pk])).content.decode()
    assert "Totalen kan inte följas från förändringarna: förändring 2 anger inget belopp." in html
    assert "följer inte av förändringarna" not in html


def test_a_total_that_follows_is_said_to(world: World, economy_world: EconomyWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    frame = economy_world.frame
    client.post(
        reverse("economy:change_create", args=[frame.pk]),
        {"reason": "Omställning", "amount": "-77,05"},
    )
    html = client.get(reverse("economy:budget", args=[frame.pk])).content.decode()
    assert "Den angivna totalen följer av förändringarna." in html


def test_a_change_is_edited_with_its_version_and_removed_with_history(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    change = create_frame_change(SYSTEM, economy_world.frame, reason="SMS-livräddare")
    url = reverse("economy:change_edit", args=[change.pk])
    stale = {"version": change.version, "reason": "SMS-livräddare", "amount": "1,5"}
    assert client.post(url, stale).status_code == 302
    stale["amount"] = "2"
    response = client.post(url, stale)
    assert "Någon annan har sparat under tiden" in response.content.decode()
    change.refresh_from_db()
    assert change.amount == Decimal("1.5")
    client.post(reverse("economy:change_delete", args=[change.pk]))
    assert not FrameChange.objects.exists()
    assert FrameChange.history.filter(history_type="-", history_user=world.controller).exists()


def test_example_figures_are_said_to_be_examples(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.reader)
    url = reverse("economy:budget", args=[economy_world.frame.pk])
    assert "Exempelvärden – inte ur källdokumentet" not in client.get(url).content.decode()
    BudgetAmount.objects.create(
        frame=economy_world.frame,
        unit=world.division,
        cost_type=economy_world.cost_types["lakemedel"],
        kind="frame",
        amount=Decimal(-5),
        is_example=True,
    )
    assert "Exempelvärden – inte ur källdokumentet" in client.get(url).content.decode()
    variance = reverse("economy:variance", args=[economy_world.frame.pk])
    assert "Exempelvärden – inte ur källdokumentet" in client.get(variance).content.decode()


def test_a_new_frame_and_its_totals(world: World, economy_world: EconomyWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    response = client.post(
        reverse("economy:frame_create"),
        {"unit": world.committee.pk, "year": 2026, "amount_unit": "mkr", "total": "-2 950"},
    )
    frame = BudgetFrame.objects.get(year=2026)
    assert response.url == reverse("economy:budget", args=[frame.pk])
    response = client.post(
        reverse("economy:frame_create"),
        {"unit": world.committee.pk, "year": 2026, "amount_unit": "mkr", "total": "-1"},
    )
    assert (
        "Hälso- och sjukvårdsnämnden har redan en budgetram för 2026." in response.content.decode()
    )
    client.post(
        reverse("economy:frame_edit", args=[frame.pk]),
        {
            "version": frame.version,
            "amount_unit": "mkr",
            "total": "-2 960",
            "total_previous_year": "-2 898,25",
        },
    )
    frame.refresh_from_db()
    assert (frame.total, frame.total_previous_year) == (Decimal(-2960), Decimal("-2898.25"))
