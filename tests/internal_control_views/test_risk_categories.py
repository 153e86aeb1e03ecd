"""The organisation's risk categories: its own codes and words, checked on every path."""

from __future__ import annotations

import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from docx import Document

from internal_control.models import Risk, RiskCategory
from internal_control.services.categories import (
    create_category,
    delete_category,
    load_preset,
    update_category,
)
from internal_control.services.plans import adopt_plan
from internal_control.services.risks import create_risk, update_risk
from organisation.access import SYSTEM
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

pytestmark = pytest.mark.django_db

SEED_D = (
    "att redovisningen och uppföljningen av verksamhet och ekonomi är rättvisande och ändamålsenlig"
)


def _five_categories(world: World) -> None:
    """A municipality's five risk categories and its own word for them."""
    client_words = ["Juridisk risk", "IT-risk", "Ekonomisk risk", "Verksamhetsrisk", "Ryktesrisk"]
    for code, name in zip(["JUR", "IT", "EKO", "VHT", "RYK"], client_words, strict=True):
        create_category(SYSTEM, world.region, code=code, name=name)


def test_the_preset_holds_seed_001s_words_and_heading(world: World) -> None:
    made = load_preset(SYSTEM, world.region, "krav-c-f")
    assert [c.code for c in made] == ["c", "d", "e", "f"]
    assert made[1].name == SEED_D
    assert made[3].name == "övrigt"
    # Loaded again, it adds nothing.
    assert load_preset(SYSTEM, world.region, "krav-c-f") == []
    assert not RiskCategory.objects.filter(region=world.other_region).exists()


def test_codes_are_unique_in_an_organisation_and_stay_while_risks_carry_them(
    world: World, control_world: ControlWorld
) -> None:
    it = create_category(SYSTEM, world.region, code="IT", name="IT-risk")
    with pytest.raises(ValidationError) as refusal:
        create_category(SYSTEM, world.region, code="IT", name="Informationsteknik")
    assert refusal.value.message_dict["code"] == [
        "En annan riskkategori i organisationen har koden IT."
    ]
    # The other organisation has its own codes.
    create_category(SYSTEM, world.other_region, code="IT", name="IT")
    risk = control_world.risks[0]
    update_risk(world.controller, risk, risk.version, requirement_type="IT")
    with pytest.raises(ValidationError) as refusal:
        update_category(SYSTEM, it, it.version, code="ITR")
    assert "koden står kvar" in refusal.value.message_dict["code"][0]
    renamed = update_category(SYSTEM, it, it.version, name="Informationssäkerhet och IT")
    assert renamed.name == "Informationssäkerhet och IT"
    with pytest.raises(ValidationError) as refusal:
        delete_category(SYSTEM, renamed)
    assert refusal.value.messages == ["1 risker är märkta IT: kategorin kan inte tas bort."]
    update_risk(world.controller, risk, Risk.objects.get(pk=risk.pk).version, requirement_type="")
    delete_category(SYSTEM, renamed)
    assert not RiskCategory.objects.filter(pk=it.pk).exists()


def test_a_risk_takes_only_its_organisations_categories_on_every_path(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    _five_categories(world)
    create_category(SYSTEM, world.other_region, code="X", name="Annan organisations")
    plan = control_world.plan
    with pytest.raises(ValidationError) as refusal:
        create_risk(
            world.controller,
            plan,
            title="Ny",
            treatment="reduce",
            owner_title="HR",
            requirement_type="X",
        )
    assert refusal.value.message_dict["requirement_type"] == [
        "”X” är inte en riskkategori i organisationen (JUR, IT, EKO, VHT, RYK)."
    ]
    # The form offers the organisation's categories only, and refuses another.
    client.force_login(world.controller)
    url = reverse("internal_control:risk_create", args=[plan.pk])
    page = client.get(url).content.decode()
    assert '<option value="IT">IT – IT-risk</option>' in page
    assert 'value="X"' not in page
    data = {"title": "Ny risk", "treatment": "reduce", "owner_title": "HR", "requirement_type": "X"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Välj ett giltigt alternativ" in response.content.decode()
    assert not plan.risks.filter(title="Ny risk").exists()
    client.post(url, data | {"requirement_type": "IT"})
    assert plan.risks.get(title="Ny risk").requirement_type == "IT"
    # The API answers the same rule in Swedish, naming the field, and writes nothing.
    token = create_api_token(world.controller, "t")[1]
    response = client.post(
        f"/api/internal-control/plans/{plan.pk}/risks",
        json.dumps(
            {
                "title": "Via API",
                "treatment": "reduce",
                "owner_title": "HR",
                "requirement_type": "X",
            }
        ),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 422
    assert "”X” är inte en riskkategori" in response.json()["errors"]["requirement_type"][0]
    assert not plan.risks.filter(title="Via API").exists()
    listed = client.get(
        "/api/internal-control/risk-categories", HTTP_AUTHORIZATION=f"Bearer {token}"
    ).json()
    assert [c["code"] for c in listed] == ["JUR", "IT", "EKO", "VHT", "RYK"]


def test_an_organisation_without_categories_is_not_asked_for_one(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    client.force_login(world.controller)
    page = client.get(
        reverse("internal_control:risk_create", args=[control_world.plan.pk])
    ).content.decode()
    assert 'name="requirement_type"' not in page
    register = client.get(reverse("internal_control:register")).content.decode()
    assert 'name="krav"' not in register


def _docx_text(client: Client, plan_pk: int) -> str:
    word = client.get(reverse("reports:control_plan_docx", args=[plan_pk])).content
    return "\n".join(p.text for p in Document(io.BytesIO(word)).paragraphs)


def test_the_plan_prints_the_organisations_heading_and_words_and_keeps_them_as_adopted(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    _five_categories(world)
    client.force_login(world.admin)
    client.post(reverse("internal_control:category_heading"), {"category_heading": "Riskområde"})
    risk = control_world.risks[0]
    update_risk(world.controller, risk, risk.version, requirement_type="JUR")
    plan = control_world.plan
    html = client.get(reverse("internal_control:plan", args=[plan.pk])).content.decode()
    assert "<dt>Riskområde</dt><dd>JUR – Juridisk risk</dd>" in html
    assert "Riskområde: JUR – Juridisk risk" in _docx_text(client, plan.pk)
    adopt_plan(
        world.controller,
        plan,
        adopted_on=datetime.date(2024, 12, 16),
        body="Nämnden",
        decision_reference="§ 212",
    )
    category = RiskCategory.objects.get(region=world.region, code="JUR")
    update_category(SYSTEM, category, category.version, name="Rättslig risk")
    # The plan as adopted prints what it said when adopted; the plan of today the new name.
    adopted = client.get(
        reverse("internal_control:plan", args=[plan.pk]) + "?version=antagen"
    ).content.decode()
    assert "JUR – Juridisk risk" in adopted
    detail = client.get(reverse("internal_control:risk", args=[risk.pk])).content.decode()
    assert "<dt>Riskområde</dt><dd>JUR – Rättslig risk</dd>" in detail


def test_the_register_filters_by_the_organisations_categories(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    _five_categories(world)
    risk = control_world.risks[1]
    update_risk(world.controller, risk, risk.version, requirement_type="EKO")
    client.force_login(world.reader)
    page = client.get(reverse("internal_control:register"), {"krav": "EKO"}).content.decode()
    assert '<option value="EKO" selected>EKO – Ekonomisk risk</option>' in page
    assert risk.title in page
    assert control_world.risks[0].title not in page


def test_the_pages_keep_categories_to_their_organisation(world: World, client: Client) -> None:
    theirs = create_category(SYSTEM, world.other_region, code="IT", name="IT-risk")
    client.force_login(world.admin)
    assert (
        client.get(reverse("internal_control:category_edit", args=[theirs.pk])).status_code == 404
    )
    page = client.get(reverse("internal_control:categories")).content.decode()
    assert "IT-risk" not in page
    # Their administrator starts from the preset on the page.
    client.force_login(world.outsider)
    client.post(reverse("internal_control:category_preset"), {"preset": "krav-c-f"})
    page = client.get(reverse("internal_control:categories")).content.decode()
    assert "Kravtyp" in page and SEED_D in page
    assert RiskCategory.objects.filter(region=world.other_region).count() == 5
    response = client.post(reverse("internal_control:categories"), {"code": "IT", "name": "Dubbel"})
    assert "En annan riskkategori i organisationen har koden IT." in response.content.decode()
