"""Internal control pages: who sees and changes what, and what the pages show."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.urls import reverse

from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404

READ_ALL = dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND)
WRITE = dict(
    admin=OK,
    controller=OK,
    owner=FORBIDDEN,
    reader=FORBIDDEN,
    auditor=FORBIDDEN,
    outsider=NOT_FOUND,
)
OWNER_WRITE = dict(
    admin=OK, controller=OK, owner=OK, reader=FORBIDDEN, auditor=FORBIDDEN, outsider=NOT_FOUND
)
HISTORY = dict(
    admin=OK, controller=OK, owner=FORBIDDEN, reader=FORBIDDEN, auditor=OK, outsider=NOT_FOUND
)

PAGES: dict[str, tuple[Callable[[ControlWorld], str], dict[str, int]]] = {
    "plan": (lambda c: reverse("internal_control:plan", args=[c.plan.pk]), READ_ALL),
    "heat map": (lambda c: reverse("internal_control:heat_map", args=[c.plan.pk]), READ_ALL),
    "follow-up": (
        lambda c: reverse("internal_control:followup_status", args=[c.plan.pk]),
        READ_ALL,
    ),
    "risk": (lambda c: reverse("internal_control:risk", args=[c.risks[0].pk]), READ_ALL),
    "risk edit (own)": (
        lambda c: reverse("internal_control:risk_edit", args=[c.risks[0].pk]),
        OWNER_WRITE,
    ),
    "risk edit (other's)": (
        lambda c: reverse("internal_control:risk_edit", args=[c.risks[1].pk]),
        WRITE,
    ),
    "risk assess (own)": (
        lambda c: reverse("internal_control:risk_assess", args=[c.risks[0].pk]),
        OWNER_WRITE,
    ),
    "risk create": (lambda c: reverse("internal_control:risk_create", args=[c.plan.pk]), WRITE),
    "action": (
        lambda c: reverse("internal_control:action", args=[c.plan.actions.get().pk]),
        READ_ALL,
    ),
    "action report (own)": (
        lambda c: reverse("internal_control:action_report", args=[c.plan.actions.get().pk]),
        OWNER_WRITE,
    ),
    "action create": (lambda c: reverse("internal_control:action_create", args=[c.plan.pk]), WRITE),
    "plan adopt": (lambda c: reverse("internal_control:plan_adopt", args=[c.plan.pk]), WRITE),
    "control report (own)": (
        lambda c: reverse("internal_control:control_report", args=[c.plan.controls.get().pk]),
        OWNER_WRITE,
    ),
    "risk history": (lambda c: reverse("history:object", args=["risk", c.risks[0].pk]), HISTORY),
    "plan history": (lambda c: reverse("history:object", args=["plan", c.plan.pk]), HISTORY),
}
CASES = [
    pytest.param(page, persona, status, id=f"{page}-{persona}")
    for page, (_url, expected) in PAGES.items()
    for persona, status in expected.items()
]


@pytest.mark.parametrize(("page", "persona", "status"), CASES)
def test_access(world: World, control_world: ControlWorld, login, page, persona, status) -> None:  # type: ignore[no-untyped-def]
    url = PAGES[page][0](control_world)
    assert login(world.persona(persona)).get(url).status_code == status


@pytest.mark.parametrize(
    ("url", "marker"),
    [
        ("internal_control:plans", "internkontrollplan 2025"),
        ("internal_control:register", "vårdskador"),
        ("internal_control:mine", "vårdskador"),
    ],
)
def test_lists_show_only_what_the_person_may_see(
    world: World, control_world: ControlWorld, login, url: str, marker: str
) -> None:  # type: ignore[no-untyped-def]
    assert marker not in login(world.outsider).get(reverse(url)).content.decode()
    # Anders owns risk 1 and sees it everywhere, also in his own list.
    assert marker in login(world.owner).get(reverse(url)).content.decode()


def test_plan_prints_a_shared_risk_once(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    page = login(world.reader).get(reverse("internal_control:plan", args=[control_world.plan.pk]))
    html = page.content.decode()
    assert html.count('id="risk-1"') == 1
    assert html.count("Risk att vårdskador inte förebyggs") == 2  # in full once, referred once
    assert "beskriven ovan" in html
    # The action against risks 1 and 2 is described once, then referred to.
    assert html.count('id="action-1"') == 1


def test_plan_warnings(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    html = (
        login(world.controller)
        .get(reverse("internal_control:plan", args=[control_world.plan.pk]))
        .content.decode()
    )
    # Risk 3 is Betydande × Liten = 6, R2: no action needed. Risk 3 has no treatment.
    assert "Risk 3 saknar hantering" in html
    assert "Risk 2 är R4 men saknar åtgärd" not in html  # it has action 1


def test_register_filters_and_sorts(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.auditor)
    url = reverse("internal_control:register")
    html = client.get(url, {"klass": "R4"}).content.decode()
    assert "basala hygienregler" in html
    assert "vårdskador" not in html
    html = client.get(url, {"sortera": "poang"}).content.decode()
    assert html.index("basala hygienregler") < html.index("vårdskador") < html.index("PKS-arbetet")
    html = client.get(url, {"enhet": world.board.pk}).content.decode()
    assert "vårdskador" not in html
    assert "vårdskador" in client.get(url, {"enhet": world.committee.pk}).content.decode()
    html = client.get(url, {"p": 3, "s": 3, "plan": control_world.plan.pk}).content.decode()
    assert "vårdskador" in html and "PKS" not in html


def test_heat_map_is_a_table_with_counts_and_links(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    html = (
        login(world.reader)
        .get(reverse("internal_control:heat_map", args=[control_world.plan.pk]))
        .content.decode()
    )
    assert '<table class="heat-map">' in html
    assert 'scope="row">Allvarlighetsgrad: 3 Betydande' in html
    assert "p=3&amp;s=3" in html
    assert html.count("1 risk<") == 3


def test_queries_are_the_same_for_2000_risks(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from internal_control.models import ActionRisk, Risk, RiskAssessment

    client = login(world.controller)
    urls = [
        reverse("internal_control:plan", args=[control_world.plan.pk]),
        reverse("internal_control:register"),
        reverse("internal_control:heat_map", args=[control_world.plan.pk]),
        reverse("internal_control:mine"),
    ]

    def counts() -> list[int]:
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries))
        return result

    before = counts()
    # A generated plan of 2,000 risks, each assessed and half of them with the shared action.
    assessment = control_world.risks[2].assessments.get()
    risks = Risk.objects.bulk_create(
        [
            Risk(plan=control_world.plan, number=n, title=f"Risk {n}", owner=world.controller)
            for n in range(4, 2004)
        ]
    )
    RiskAssessment.objects.bulk_create(
        [
            RiskAssessment(
                risk=risk,
                assessed_on=assessment.assessed_on,
                probability=2,
                severity=2,
                score=4,
                risk_class=assessment.risk_class,
            )
            for risk in risks
        ]
    )
    action = control_world.plan.actions.get()
    ActionRisk.objects.bulk_create([ActionRisk(action=action, risk=r) for r in risks[::2]])
    assert counts() == before
