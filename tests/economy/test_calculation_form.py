"""Writing a calculation: inputs with name, label, value and unit, and the formula over them;
a formula that uses a name that is no input is refused in Swedish naming the field."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from economy.models import Calculation, CalculationInput
from economy.services.calculations import InputValues, calculation_problems
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld

D = Decimal


def _form(measures_world: MeasuresWorld, **values: str) -> dict[str, str]:
    return {
        "year": "2025",
        "cost_type": str(measures_world.staff.pk),
        "formula": "årsarbeten × kostnad_per_årsarbete",
        "from_month": "1",
        "input_1_key": "årsarbeten",
        "input_1_label": "Färre inhyrda årsarbeten",
        "input_1_value": "12",
        "input_1_unit": "årsarbeten",
        "input_2_key": "kostnad_per_årsarbete",
        "input_2_label": "Kostnad per inhyrt årsarbete",
        "input_2_value": "1 450",
        "input_2_unit": "tkr",
    } | values


def test_the_rule_names_the_field_and_the_unknown_name() -> None:
    inputs = [InputValues("pris", "Pris", D(1))]
    assert calculation_problems("pris × volym", inputs) == {
        "formula": "Formeln använder ”volym”, som inte är indata i beräkningen: lägg till "
        "indata eller rätta namnet."
    }
    assert "formula" in calculation_problems("pris ** 2", inputs)
    assert "formula" in calculation_problems("pris / (pris − pris)", inputs)
    assert "inputs" in calculation_problems("pris", [*inputs, InputValues("pris", "x", D(2))])
    assert "inputs" in calculation_problems("1", [InputValues("2x", "x", D(2))])
    assert calculation_problems("pris * 3", inputs) == {}


def test_a_formula_with_a_name_that_is_no_input_is_refused(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    measure = measures_world.drug_doses
    url = reverse("economy:calculation_create", args=[measure.pk])
    response = login(world.controller).post(
        url, _form(measures_world, formula="årsarbeten × kostnad_per_årsarbete × volym")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Formel: Formeln använder ”volym”, som inte är indata i beräkningen" in html
    assert not Calculation.objects.filter(measure=measure, cost_type=measures_world.staff).exists()


def test_an_input_without_value_is_named(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    url = reverse("economy:calculation_create", args=[measures_world.drug_doses.pk])
    html = (
        login(world.controller).post(url, _form(measures_world, input_2_value="")).content.decode()
    )
    assert "Indata 2: värde: Ange indatas värde." in html


def test_updating_the_hired_staff_calculation(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    calculation = measures_world.staff_calculation
    client = login(world.owner)  # the measure's owner writes its calculation
    url = reverse("economy:calculation_edit", args=[calculation.pk])
    response = client.post(
        url, _form(measures_world, input_1_value="14", version=str(calculation.version))
    )
    assert response.status_code == 302
    assert response.url.endswith(f"#calculation-{calculation.pk}")
    calculation.refresh_from_db()
    assert calculation.version == 2
    staff = CalculationInput.objects.get(calculation=calculation, key="årsarbeten")
    assert staff.value == 14 and staff.history.count() == 2
    assert CalculationInput.objects.get(key="kostnad_per_årsarbete").kronor_per_unit == 1000
    page = client.get(measures_world.hired_staff.get_absolute_url()).content.decode()
    assert "14\u00a0årsarbeten × 1\u00a0450\u00a0tkr = 20\u00a0300\u00a0tkr" in page
    # The page loaded before that save is now stale: nothing is overwritten.
    stale = client.post(url, _form(measures_world, input_1_value="10", version="1"))
    assert "Någon annan har sparat" in stale.content.decode()
    staff.refresh_from_db()
    assert staff.value == 14


def test_a_second_calculation_for_the_same_year_and_cost_type_is_refused(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    url = reverse("economy:calculation_create", args=[measures_world.hired_staff.pk])
    html = login(world.controller).post(url, _form(measures_world)).content.decode()
    assert "Åtgärden har redan en beräkning för Personalkostnader 2025." in html
