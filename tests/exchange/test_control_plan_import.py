"""Journey 6's last step: last year's internal control plan read from the spreadsheet the
organisation kept it in, in the seeds' own column sets: seed 000's workbook (goal area and
assignment as merged cells, the assessment in one cell, the class with its response) and
seed 001's CSV as Swedish Excel saves it. The files in tests/exchange/files/ are written as
those plans print their columns; a bad row is named and nothing saved, then fixed and saved."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from exchange.models import StagedFile
from internal_control.models import Action, ActionUpdate, ControlActivity, ControlPlan, Risk
from internal_control.services.categories import create_category
from internal_control.services.categories import load_preset as load_category_preset
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import create_plan
from organisation.access import SYSTEM
from planning.models import Assignment, Goal
from tests.conftest import World
from tests.internal_control_views.conftest import HSN_MATRIX

FILES = Path(__file__).parent / "files"
HSN_FILE = FILES / "hsn-internkontrollplan-2025.xlsx"
RS_FILE = FILES / "rs-internkontrollplan-2022.csv"

RS_MATRIX = {
    "name": "RS riskmatris",
    "scoring": "product",
    "probability_name": "Sannolikhet",
    "severity_name": "Konsekvens",
    "probability": [{"value": v} for v in range(1, 6)],
    "severity": [{"value": v} for v in range(1, 6)],
    "classes": [
        {"code": "R1", "response": "Ingen åtgärd för tillfället", "min_score": 1, "max_score": 4},
        {"code": "R2", "response": "Åtgärdas vid tillfälle", "min_score": 5, "max_score": 9},
        {"code": "R3", "response": "Åtgärdas snarast", "min_score": 10, "max_score": 14},
        {"code": "R4", "response": "Åtgärdas omedelbart", "min_score": 15, "max_score": 25},
    ],
}


def _plan(world: World, spec: dict, year: int, title: str) -> ControlPlan:
    matrix = create_matrix(world.region, spec, actor=SYSTEM)
    return create_plan(SYSTEM, world.committee, year=year, title=title, matrix=matrix)


@pytest.fixture
def hsn_plan(world: World) -> ControlPlan:
    return _plan(world, HSN_MATRIX, 2025, "Internkontrollplan 2025 (inläst)")


def _upload(client: Client, plan: ControlPlan, path: Path, content: bytes | None = None) -> Any:
    return client.post(
        reverse("exchange:upload", args=["internkontrollplan"]),
        {
            "target": str(plan.pk),
            "file": SimpleUploadedFile(
                path.name, content if content is not None else path.read_bytes()
            ),
        },
    )


def _bad_hsn_file() -> bytes:
    """Seed 000's workbook with one level the matrix does not have (row 5: "hög")."""
    workbook = load_workbook(HSN_FILE)
    sheet = workbook.worksheets[0]
    assert sheet["F5"].value.endswith("Mycket stor")
    sheet["F5"].value = "Allvarlighetsgrad\nBetydande\n\nSannolikhet\nhög"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_seed_000s_workbook_is_named_row_by_row_then_read_whole(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    client = login(world.controller)
    response = _upload(client, hsn_plan, HSN_FILE, _bad_hsn_file())
    staged = StagedFile.objects.get()
    assert (staged.target, response.url) == (
        hsn_plan.pk,
        reverse("exchange:staged", args=[staged.pk]),
    )
    page = client.get(response.url).content.decode()
    assert "Rad 5, Riskbedömning: ”hög” är inte en nivå av sannolikhet i matrisen" in page
    assert "Spara allt" not in page
    assert "Det här sparas när problemen är rättade" in page
    refused = client.post(reverse("exchange:staged_save", args=[staged.pk]))
    assert refused.status_code == 200
    assert not Risk.objects.filter(plan=hsn_plan).exists()
    assert not Goal.objects.exists()

    response = _upload(client, hsn_plan, HSN_FILE)
    staged = StagedFile.objects.latest("pk")
    page = client.get(response.url).content.decode()
    assert "52 rader ger 26 risker, 14 åtgärder och 0 kontrollmoment" in page
    assert "Nya målområden för Hälso- och sjukvårdsnämnden" in page
    saved = client.post(reverse("exchange:staged_save", args=[staged.pk]))
    assert saved.url == reverse("internal_control:plan", args=[hsn_plan.pk])

    risks = {r.number: r for r in Risk.objects.filter(plan=hsn_plan)}
    assert sorted(risks) == list(range(1, 27))
    first = risks[1]
    assert first.title == "Risk att vårdskador inte förebyggs"
    assert first.consequence == "Kan leda till att vårdskador som kunnat förebyggs ändå inträffar."
    assessment = first.assessments.get()
    # Severity Betydande (3) and probability Stor (3) on the HSN matrix: 9, R3.
    assert (assessment.severity, assessment.probability, assessment.risk_class.code) == (3, 3, "R3")
    assert first.stated_class == "R3"
    # Seed 000 prints risk 1 under an assignment of each of two goal areas: one risk, two
    # places, as the plan's page and documents show it.
    assert sorted(g.title for g in first.goals.all()) == [
        "Hälso- och sjukvård - God och nära vård i hela Jämtland Härjedalen",
        "Tandvård - God och tillgänglig tandvård i hela Jämtland Härjedalen.",
    ]
    assert sorted(a.text for a in first.assignments.all()) == [
        "Tillhandahåll en säker tandvård, där vårdskador förebyggs.",
        "Tillhandahåll en säker vård, där vårdskador förebyggs.",
    ]
    assert Action.objects.filter(plan=hsn_plan).count() == 14
    action = first.actions.get()
    assert action.title.startswith("Förbättra förutsättningar för utbildningsinsatser")
    # The comment is kept as the plan gives it: no status, since none was reported.
    update = ActionUpdate.objects.get(action=action)
    assert (update.comment, update.status) == (
        "Utveckling pågår löpande, men hämmas av ekonomiska begränsningar.",
        "",
    )
    assert action.status == ""
    # Risk 7 has two actions: the second on a row of its own under the merged risk cell.
    assert risks[7].actions.count() == 2
    # The risk's history says which file and row it came from.
    record = first.history.earliest("history_date")
    assert record.history_change_reason == "Från hsn-internkontrollplan-2025.xlsx, rad 4"
    assert record.history_user == world.controller
    # The plan's page lists what was read.
    plan_page = client.get(saved.url).content.decode()
    assert "Risk att vårdskador inte förebyggs" in plan_page


def test_seed_001s_csv_reads_requirement_types_treatments_scores_and_owners(
    world: World, login: Any
) -> None:
    plan = _plan(world, RS_MATRIX, 2022, "Regionstyrelsens internkontrollplan 2022 (inläst)")
    # The region sorts its risks by the requirement types c–f, as seed 001 does.
    load_category_preset(SYSTEM, world.region, "krav-c-f")
    client = login(world.controller)
    response = _upload(client, plan, RS_FILE)
    staged = StagedFile.objects.get()
    page = client.get(response.url).content.decode()
    assert "32 rader ger 32 risker, 32 åtgärder och 0 kontrollmoment" in page
    client.post(reverse("exchange:staged_save", args=[staged.pk]))
    risk = Risk.objects.get(plan=plan, number=1)
    assert (risk.requirement_type, risk.priority, risk.treatment, risk.stated_score) == (
        "d",
        1,
        "eliminate",
        16,
    )
    assert risk.owner_title == "Regionstabschef"
    assert risk.cause.startswith("Det har inte funnits tillräckligt med ekonomiska")
    assessment = risk.assessments.get()
    assert (assessment.probability, assessment.severity, assessment.score) == (4, 4, 16)
    assert [g.title for g in risk.goals.all()] == ["Länets utveckling"]
    assert risk.actions.get().owner_title == "Regionstabschef"
    assert Risk.objects.filter(plan=plan).count() == 32


ONE_ROW_PER_CONTROL = (
    "Process/rutin/system;Kontrollmoment;Riskvärde;Kontrollmetod;Kontrollansvarig;"
    "Tidpunkt för rapportering\r\n"
    "Attestrutiner;Att attest sker enligt attestreglementet;12;Stickprov av 20 fakturor;"
    "Ekonomichef;Augusti\r\n"
    "Attestrutiner;Att attestförteckningen är aktuell;12;Genomgång av förteckningen;"
    "Ekonomichef;Augusti\r\n"
    "Löneutbetalningar;Att felaktiga utbetalningar återkrävs;8;Stickprov;HR-chef;December\r\n"
)


def test_a_category_the_organisation_lacks_is_named_by_row_and_nothing_is_saved(
    world: World, login: Any
) -> None:
    plan = _plan(world, RS_MATRIX, 2022, "Regionstyrelsens internkontrollplan 2022 (inläst)")
    # The organisation names only c and d: seed 001's risks marked e or f are refused.
    create_category(SYSTEM, world.region, code="c", name="lagar och styrande dokument")
    create_category(SYSTEM, world.region, code="d", name="rättvisande redovisning")
    client = login(world.controller)
    response = _upload(client, plan, RS_FILE)
    page = client.get(response.url).content.decode()
    # Row 5 of the file is risk 2, marked e.
    assert "Rad 5" in page
    assert "”e” är inte en riskkategori i organisationen (c, d)" in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    assert not Risk.objects.filter(plan=plan).exists()


def test_a_plan_of_one_row_per_control_reads_controls_under_their_process(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    client = login(world.controller)
    response = _upload(
        client, hsn_plan, Path("kontroller.csv"), ONE_ROW_PER_CONTROL.encode("cp1252")
    )
    page = client.get(response.url).content.decode()
    assert "3 rader ger 2 risker, 0 åtgärder och 3 kontrollmoment" in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    attest = Risk.objects.get(plan=hsn_plan, title="Attestrutiner")
    assert attest.stated_score == 12
    assert not attest.assessments.exists()  # a value without levels is kept, not assessed
    controls = list(ControlActivity.objects.filter(plan=hsn_plan).order_by("number"))
    assert [
        (c.risk.title if c.risk else "", c.what, c.method, c.owner_title, c.reported_when)
        for c in controls
    ] == [
        (
            "Attestrutiner",
            "Att attest sker enligt attestreglementet",
            "Stickprov av 20 fakturor",
            "Ekonomichef",
            "Augusti",
        ),
        (
            "Attestrutiner",
            "Att attestförteckningen är aktuell",
            "Genomgång av förteckningen",
            "Ekonomichef",
            "Augusti",
        ),
        (
            "Löneutbetalningar",
            "Att felaktiga utbetalningar återkrävs",
            "Stickprov",
            "HR-chef",
            "December",
        ),
    ]


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("7;Risk A;\r\n7;Risk B;\r\n", "Rad 3, Risk: nummer 7 är risk ”Risk A” på rad 2"),
        (
            ";;Åtgärd utan risk\r\n",
            "Rad 2, Risk: raden har ingen risk, och det finns ingen risk ovanför",
        ),
        ("x;Risk A;\r\n", "Rad 2, Nummer: ”x” är inte ett heltal"),
        (
            "1;Risk A;;Pågår\r\n",
            "Rad 2, Status för åtgärden: det finns ingen åtgärd på raden som den kan höra till",
        ),
    ],
)
def test_bad_rows_are_named_and_nothing_is_saved(
    world: World, hsn_plan: ControlPlan, login: Any, rows: str, problem: str
) -> None:
    client = login(world.controller)
    content = f"ID;Risk;Åtgärd;Status\r\n{rows}".encode()
    response = _upload(client, hsn_plan, Path("plan.csv"), content)
    page = client.get(response.url).content.decode()
    assert problem in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    assert not Risk.objects.filter(plan=hsn_plan).exists()


def test_a_number_the_plan_already_has_is_refused(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    Risk.objects.create(plan=hsn_plan, number=3, title="Finns redan")
    client = login(world.controller)
    response = _upload(client, hsn_plan, Path("plan.csv"), b"ID;Risk\r\n3;Ny risk\r\n4;En till\r\n")
    page = client.get(response.url).content.decode()
    assert "Rad 2, Nummer: planen har redan en risk 3" in page


def test_risks_without_numbers_follow_the_plans_and_the_files_numbers(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    Risk.objects.create(plan=hsn_plan, number=2, title="Finns redan")
    client = login(world.controller)
    content = "ID;Risk\r\n;Utan nummer\r\n5;Med nummer\r\n;Också utan\r\n".encode()
    _upload(client, hsn_plan, Path("plan.csv"), content)
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    numbers = dict(Risk.objects.filter(plan=hsn_plan).values_list("title", "number"))
    assert numbers == {"Finns redan": 2, "Utan nummer": 6, "Med nummer": 5, "Också utan": 7}


def test_goal_areas_of_the_unit_above_are_linked_and_missing_ones_made_in_the_plans_unit(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    plan = create_plan(
        SYSTEM, world.division, year=2025, title="Divisionens plan", matrix=hsn_plan.matrix
    )
    above = Goal.objects.create(unit=world.committee, level="goal_area", title="Finns")
    client = login(world.controller)
    content = "Målområde;Risk\r\nFINNS ;Risk A\r\nSaknas;Risk B\r\n".encode()
    response = _upload(client, plan, Path("plan.csv"), content)
    page = client.get(response.url).content.decode()
    assert "Nya målområden för Division Medicin: Saknas." in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    risks = {r.title: r for r in Risk.objects.filter(plan=plan)}
    assert list(risks["Risk A"].goals.all()) == [above]
    made = risks["Risk B"].goals.get()
    assert (made.title, made.unit, made.level, made.first_year) == (
        "Saknas",
        world.division,
        "goal_area",
        2025,
    )


def test_who_may_import_into_which_plan(world: World, hsn_plan: ControlPlan, login: Any) -> None:
    url = reverse("exchange:upload", args=["internkontrollplan"])
    assert login(world.controller).get(url).status_code == 200
    for name in ("reader", "owner", "auditor", "outsider"):
        client = login(world.persona(name))
        assert client.get(url).status_code == 403, name
        assert _upload(client, hsn_plan, RS_FILE).status_code == 403, name
    assert not StagedFile.objects.exists()
    # Another region's plan is not among the choices, and cannot be chosen by its id.
    other = create_plan(
        SYSTEM,
        world.other_division,
        year=2025,
        title="Norrbottens plan",
        matrix=create_matrix(world.other_region, HSN_MATRIX, actor=SYSTEM),
    )
    client = login(world.controller)
    assert "Norrbottens plan" not in client.get(url).content.decode()
    response = _upload(client, other, RS_FILE)
    assert response.status_code == 200
    assert not StagedFile.objects.exists()
    # An adopted plan is no longer read into.
    assert Assignment.objects.count() == 0


def test_the_template_holds_every_column_and_explains_it(
    world: World, hsn_plan: ControlPlan, login: Any
) -> None:
    response = login(world.controller).get(
        reverse("exchange:template", args=["internkontrollplan"])
    )
    assert response["Content-Disposition"] == 'attachment; filename="mall-internkontrollplan.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    headers = [c.value for c in workbook.worksheets[0][1]]
    assert headers[:4] == ["Nummer", "Målområde", "Uppdrag", "Risk"]
    assert "Kontrollmoment" in headers and "Tidpunkt för rapportering" in headers
    guide = {row[0].value: row[1].value for row in workbook.worksheets[1].iter_rows(min_row=2)}
    assert guide["Risk"] == "ja" and guide["Nummer"] == "nej"
