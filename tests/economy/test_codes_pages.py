"""The organisation's cost types, cost centres and accounts, kept on their pages."""

from __future__ import annotations

from django.urls import reverse

from economy.models import AccountMapping, CostCentreMapping, CostType
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


def test_an_organisation_starts_from_the_preset_and_edits_its_own_list(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    page = client.get(reverse("economy:cost_types")).content.decode()
    assert "Organisationen har inga kostnadsslag ännu." in page
    assert "Budget per division och kostnadsslag (RJH, sju kostnadsslag)" in page  # on offer
    client.post(reverse("economy:cost_type_preset"), {"preset": "rjh"})
    names = list(CostType.objects.filter(region=world.region).values_list("name", flat=True))
    assert names == [
        "Externa intäkter",
        "Interna intäkter",
        "Personalkostnader",
        "Läkemedel",
        "Övriga externa omkostnader",
        "Avskrivningar",
        "Interna kostnader",
    ]
    client.post(
        reverse("economy:cost_types"), {"code": "kopt-vard", "name": "Köpt vård", "kind": "cost"}
    )
    added = CostType.objects.get(code="kopt-vard")
    assert added.order == 8
    response = client.post(
        reverse("economy:cost_types"), {"code": "kopt-vard", "name": "Igen", "kind": "cost"}
    )
    assert (
        "Ett annat av organisationens kostnadsslag har koden kopt-vard."
        in response.content.decode()
    )
    client.post(
        reverse("economy:cost_type_edit", args=[added.pk]),
        {
            "version": 1,
            "code": "kopt-vard",
            "name": "Köpt riks- och regionvård",
            "kind": "cost",
            "order": 4,
        },
    )
    added.refresh_from_db()
    assert (added.name, added.order, added.version) == ("Köpt riks- och regionvård", 4, 2)
    client.post(reverse("economy:cost_type_delete", args=[added.pk]))
    assert not CostType.objects.filter(code="kopt-vard").exists()


def test_a_cost_type_in_use_is_not_removed(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    staff = economy_world.cost_types["personalkostnader"]
    response = login(world.admin).post(reverse("economy:cost_type_delete", args=[staff.pk]))
    assert "Personalkostnader används" in response.content.decode()
    assert CostType.objects.filter(pk=staff.pk).exists()


def test_an_unused_preset_name_is_refused(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("economy:cost_type_preset"), {"preset": "../../etc"}, follow=True
    )
    assert "Det finns ingen sådan förinställning." in response.content.decode()


def test_account_ranges_may_not_overlap_and_compare_digit_by_digit(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    drugs = economy_world.cost_types["lakemedel"]
    url = reverse("economy:accounts")
    response = client.post(
        url, {"first_account": "4550", "last_account": "4650", "cost_type": drugs.pk}
    )
    assert "Kontona överlappar 4500–4599, som hör till Läkemedel." in response.content.decode()
    response = client.post(
        url, {"first_account": "460", "last_account": "4699", "cost_type": drugs.pk}
    )
    assert "Ange båda kontona med lika många siffror." in response.content.decode()
    client.post(url, {"first_account": "4600", "last_account": "4699", "cost_type": drugs.pk})
    assert AccountMapping.objects.filter(first_account="4600", cost_type=drugs).exists()


def test_a_unit_controller_maps_cost_centres_of_their_units_only(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)  # controller on HSN, not on the region
    page = client.get(reverse("economy:cost_centres"), {"ansvar": "4711"})
    form = page.context["form"]
    assert form["cost_centre"].value() == "4711"
    assert world.board not in form.fields["unit"].queryset
    assert world.division in form.fields["unit"].queryset
    client.post(
        reverse("economy:cost_centres"), {"cost_centre": "4711", "unit": economy_world.kirurgi.pk}
    )
    assert CostCentreMapping.objects.get(cost_centre="4711").unit == economy_world.kirurgi
    response = client.post(
        reverse("economy:cost_centres"), {"cost_centre": "4711", "unit": world.division.pk}
    )
    assert "Ansvar 4711 är redan kopplat till Division Kirurgi." in response.content.decode()
    # Account ranges are the region's: kept by administrators and region-wide controllers.
    response = client.post(
        reverse("economy:accounts"),
        {
            "first_account": "8000",
            "last_account": "8999",
            "cost_type": economy_world.cost_types["lakemedel"].pk,
        },
    )
    assert response.status_code == 403


def test_a_reader_sees_the_mappings_of_their_units_without_changing_them(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    from economy.services.mappings import create_cost_centre_mapping
    from organisation.access import SYSTEM

    create_cost_centre_mapping(SYSTEM, world.region, cost_centre="9000", unit=world.board)
    page = login(world.reader).get(reverse("economy:cost_centres"))
    html = page.content.decode()
    assert "1100" in html and "9000" not in html  # the board is not the reader's
    assert "Koppla ett ansvar" not in html
