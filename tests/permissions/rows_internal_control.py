"""Page rows: internal control plans, risks, actions, controls, follow-up and matrices."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.urls import reverse

from internal_control.matrix_definition_form import MatrixDefinitionForm
from internal_control.matrix_start import blank_spec
from internal_control.models import (
    Action,
    ActionUpdate,
    ControlActivity,
    ControlPlan,
    ControlResult,
    FollowUp,
    PlanAdoption,
    Risk,
    RiskAssessment,
    RiskCategory,
    RiskMatrix,
    RiskWords,
)
from internal_control.services.matrices import matrix_spec
from internal_control.views.matrices import edition_form
from tests.permissions.expect import (
    FORBIDDEN,
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Row,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = codes(OK)
# Writes of the plan's controllers; the owner writes what is theirs.
EDIT, EDIT_SAVED = editors(OK), editors(FOUND)
OWN, OWN_SAVED = editors(OK, owner=OK), editors(FOUND, owner=FOUND)
BOARD_ONLY = in_region(NOT_FOUND, admin=OK, auditor=OK)
# The organisation's risk categories are kept by its administrators, each in their own.
KEEP, KEEP_SAVED = in_region(FORBIDDEN, admin=OK), in_region(FORBIDDEN, admin=FOUND)
OWN_REGION_KEPT = codes(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=NOT_FOUND)
# The organisation's reference data: read by all in it; the installation's administrator has none.
REGION_DATA = codes(OK, installer=NOT_FOUND)


def _edition_data(w: PermWorld) -> dict[str, Any]:
    form = edition_form(matrix_spec(w.matrix))
    data = {name: field.initial for name, field in form.fields.items()}
    return data | {"severity_name": "Konsekvens"}


_NEW_MATRIX = {"fran": "egen", "sannolikhet": 3, "konsekvens": 3, "klasser": 2, "regel": "product"}


def _new_matrix_data(w: PermWorld) -> dict[str, Any]:
    form = MatrixDefinitionForm(blank_spec(3, 3, 2))
    data = {name: value for name, value in form.initial.items() if value not in (None, False)}
    return data | {
        "name": "Ny matris",
        "probability_name": "Sannolikhet",
        "severity_name": "Konsekvens",
        "class_1_code": "Låg",
        "class_1_response": "Acceptera",
        "class_2_code": "Hög",
        "class_2_response": "Åtgärda",
    }


ROWS = [
    Row("internal_control:plans", lambda w: reverse("internal_control:plans"), EVERYONE),
    Row(
        "internal_control:plan_create",
        lambda w: reverse("internal_control:plan_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "Hälso- och sjukvårdsnämndens internkontrollplan 2027",
                "year": 2027,
                "matrix": w.matrix.pk,
            },
            EDIT_SAVED,
            lambda w: ControlPlan.objects.count(),
        ),
    ),
    Row(
        "internal_control:plan",
        lambda w: reverse("internal_control:plan", args=[w.plan.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:plan",
        lambda w: reverse("internal_control:plan", args=[w.board_plan.pk]),
        BOARD_ONLY,
        variant="plan of the board",
    ),
    Row(
        "internal_control:plan_copy",
        lambda w: reverse("internal_control:plan_copy", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "Hälso- och sjukvårdsnämndens internkontrollplan 2027",
                "year": 2027,
            },
            EDIT_SAVED,
            lambda w: ControlPlan.objects.count(),
        ),
    ),
    Row(
        "internal_control:plan_adopt",
        lambda w: reverse("internal_control:plan_adopt", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {
                "adopted_on": "2025-02-20",
                "body": "Hälso- och sjukvårdsnämnden",
                "decision_reference": "§ 12",
                "version": fresh(w.plan).version,
            },
            EDIT_SAVED,
            lambda w: PlanAdoption.objects.count(),
        ),
    ),
    # Publishing is a POST from the plan's page; the page is not asked for.
    Row(
        "internal_control:plan_publish",
        lambda w: reverse("internal_control:plan_publish", args=[w.plan.pk]),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"published": "on", "version": fresh(w.plan).version},
            EDIT_SAVED,
            lambda w: fresh(w.plan).published_to_region,
        ),
    ),
    Row(
        "internal_control:heat_map",
        lambda w: reverse("internal_control:heat_map", args=[w.plan.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:followup_status",
        lambda w: reverse("internal_control:followup_status", args=[w.plan.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:followup_create",
        lambda w: reverse("internal_control:followup_create", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {"name": "Uppföljning december", "due_on": "2025-12-31"},
            EDIT_SAVED,
            lambda w: FollowUp.objects.count(),
        ),
    ),
    Row(
        "internal_control:risk_create",
        lambda w: reverse("internal_control:risk_create", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "PKS-arbetet går långsamt",
                "treatment": "reduce",
                "owner_title": "Hälso- och sjukvårdsdirektör",
            },
            EDIT_SAVED,
            lambda w: Risk.objects.count(),
        ),
    ),
    Row(
        "internal_control:risk_take",
        lambda w: reverse("internal_control:risk_take", args=[w.next_plan.pk]),
        EDIT,
        Write(
            lambda w: {"risk": w.risk.pk},
            EDIT_SAVED,
            lambda w: Risk.objects.filter(plan=w.next_plan).count(),
        ),
    ),
    Row(
        "internal_control:action_create",
        lambda w: reverse("internal_control:action_create", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "Utbildning i basala hygienrutiner",
                "owner_title": "Hygiensjuksköterska",
                "deadline": "2099-12-31",
                "status": "planned",
                "risks": [w.other_risk.pk],
            },
            EDIT_SAVED,
            lambda w: Action.objects.count(),
        ),
    ),
    Row(
        "internal_control:control_create",
        lambda w: reverse("internal_control:control_create", args=[w.plan.pk]),
        EDIT,
        Write(
            lambda w: {
                "what": "Att attest sker enligt attestreglementet",
                "method": "Stickprov",
                "owner_title": "Ekonomichef",
                "reported_when": "Augusti",
            },
            EDIT_SAVED,
            lambda w: ControlActivity.objects.count(),
        ),
    ),
    # The control's owner changes it, as the controllers do.
    Row(
        "internal_control:control_edit",
        lambda w: reverse("internal_control:control_edit", args=[w.control.pk]),
        OWN,
        Write(
            lambda w: {
                "what": w.control.what,
                "owner": w.base.owner.pk,
                "reported_when": "December",
                "version": fresh(w.control).version,
            },
            OWN_SAVED,
            lambda w: fresh(w.control).version,
        ),
    ),
    Row("internal_control:register", lambda w: reverse("internal_control:register"), EVERYONE),
    Row(
        "internal_control:risk",
        lambda w: reverse("internal_control:risk", args=[w.risk.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:risk",
        lambda w: reverse("internal_control:risk", args=[w.board_risk.pk]),
        BOARD_ONLY,
        variant="risk of the board",
    ),
    Row(
        "internal_control:risk_edit",
        lambda w: reverse("internal_control:risk_edit", args=[w.risk.pk]),
        OWN,
        Write(
            lambda w: {
                "title": w.risk.title,
                "consequence": "Vårdskador som kunnat förebyggas inträffar.",
                "treatment": "reduce",
                "owner": w.base.owner.pk,
                "version": fresh(w.risk).version,
            },
            OWN_SAVED,
            lambda w: fresh(w.risk).version,
        ),
        variant="the owner's own",
    ),
    Row(
        "internal_control:risk_edit",
        lambda w: reverse("internal_control:risk_edit", args=[w.other_risk.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": w.other_risk.title,
                "treatment": "reduce",
                "owner_title": "Hygiensjuksköterska",
                "version": fresh(w.other_risk).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.other_risk).version,
        ),
        variant="someone else's",
    ),
    Row(
        "internal_control:risk_assess",
        lambda w: reverse("internal_control:risk_assess", args=[w.risk.pk]),
        OWN,
        Write(
            lambda w: {
                "probability": 2,
                "severity": 3,
                "stage": "residual",
                "assessed_on": "2025-08-20",
                "reason": "Utbildningen har genomförts.",
            },
            OWN_SAVED,
            lambda w: RiskAssessment.objects.count(),
        ),
    ),
    # Which assignments a risk threatens belongs to the plan, not to the risk's owner.
    Row(
        "internal_control:risk_links",
        lambda w: reverse("internal_control:risk_links", args=[w.risk.pk]),
        EDIT,
        Write(
            lambda w: {"assignments": [w.assignment.pk]},
            EDIT_SAVED,
            lambda w: sorted(fresh(w.risk).assignment_links.values_list("assignment", flat=True)),
        ),
    ),
    Row(
        "internal_control:action",
        lambda w: reverse("internal_control:action", args=[w.action.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:action_edit",
        lambda w: reverse("internal_control:action_edit", args=[w.action.pk]),
        OWN,
        Write(
            lambda w: {
                "title": w.action.title,
                "owner": w.base.owner.pk,
                "deadline": "2099-06-30",
                "status": "in_progress",
                "version": fresh(w.action).version,
            },
            OWN_SAVED,
            lambda w: fresh(w.action).version,
        ),
    ),
    Row(
        "internal_control:action_report",
        lambda w: reverse("internal_control:action_report", args=[w.action.pk]),
        OWN,
        Write(
            lambda w: {"status": "in_progress", "comment": "Utbildningen är planerad."},
            OWN_SAVED,
            lambda w: ActionUpdate.objects.count(),
        ),
    ),
    Row(
        "internal_control:control_report",
        lambda w: reverse("internal_control:control_report", args=[w.control.pk]),
        OWN,
        Write(
            lambda w: {"performed_on": "2025-08-20", "outcome": "ok"},
            OWN_SAVED,
            lambda w: ControlResult.objects.count(),
        ),
    ),
    Row("internal_control:mine", lambda w: reverse("internal_control:mine"), EVERYONE),
    Row("internal_control:matrices", lambda w: reverse("internal_control:matrices"), EVERYONE),
    Row(
        "internal_control:matrix",
        lambda w: reverse("internal_control:matrix", args=[w.matrix.pk]),
        in_region(OK),
    ),
    Row(
        "internal_control:class_colours",
        lambda w: reverse("internal_control:class_colours"),
        codes(OK),  # each person reads their own region's colours
    ),
    Row(
        "internal_control:matrix_create",
        lambda w: reverse("internal_control:matrix_create"),
        codes(FORBIDDEN, admin=OK, outsider=OK),  # each administrator in their own region
    ),
    Row(
        "internal_control:matrix_define",
        lambda w: reverse("internal_control:matrix_define") + "?" + urlencode(_NEW_MATRIX),
        codes(FORBIDDEN, admin=OK, outsider=OK),
        Write(
            _new_matrix_data,
            codes(FORBIDDEN, admin=FOUND, outsider=FOUND),
            lambda w: RiskMatrix.objects.count(),
        ),
    ),
    Row(
        "internal_control:matrix_new_edition",
        lambda w: reverse("internal_control:matrix_new_edition", args=[w.matrix.pk]),
        in_region(FORBIDDEN, admin=OK),
        Write(
            _edition_data,
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: RiskMatrix.objects.count(),
        ),
    ),
    Row(
        "internal_control:categories",
        lambda w: reverse("internal_control:categories"),
        REGION_DATA,
        Write(
            lambda w: {"code": "IT", "name": "IT-risk"},
            OWN_REGION_KEPT,
            lambda w: RiskCategory.objects.count(),
        ),
    ),
    Row(
        "internal_control:category_heading",
        lambda w: reverse("internal_control:category_heading"),
        codes(FORBIDDEN, admin=OK, outsider=OK, installer=NOT_FOUND),
        Write(
            lambda w: {"category_heading": "Kravtyp"},
            OWN_REGION_KEPT,
            lambda w: RiskWords.objects.count(),
        ),
    ),
    Row(
        "internal_control:category_preset",
        lambda w: reverse("internal_control:category_preset"),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"preset": "krav-c-f"},
            OWN_REGION_KEPT,
            lambda w: RiskCategory.objects.count(),
        ),
    ),
    Row(
        "internal_control:category_edit",
        lambda w: reverse("internal_control:category_edit", args=[w.category.pk]),
        KEEP,
        Write(
            lambda w: {
                "code": "d",
                "name": "rättvisande redovisning",
                "order": "2",
                "version": fresh(w.category).version,
            },
            KEEP_SAVED,
            lambda w: fresh(w.category).version,
        ),
    ),
    Row(
        "internal_control:category_delete",
        lambda w: reverse("internal_control:category_delete", args=[w.unused_category.pk]),
        KEEP,
        Write(
            lambda w: {},
            KEEP_SAVED,
            lambda w: RiskCategory.objects.filter(pk=w.unused_category.pk).exists(),
        ),
    ),
    # Ending, taking up again and removing a risk change the plan: its keepers do it.
    Row(
        "internal_control:risk_end",
        lambda w: reverse("internal_control:risk_end", args=[w.other_risk.pk]),
        EDIT,
        Write(
            lambda w: {
                "ended_on": "2025-06-01",
                "reason": "Risken hanteras i regionstyrelsens plan.",
                "version": fresh(w.other_risk).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.other_risk).ended_on,
        ),
    ),
    Row(
        "internal_control:risk_resume",
        lambda w: reverse("internal_control:risk_resume", args=[w.ended_risk.pk]),
        EDIT,
        Write(
            lambda w: {"reason": "Gäller igen.", "version": fresh(w.ended_risk).version},
            EDIT_SAVED,
            lambda w: fresh(w.ended_risk).ended_on,
        ),
    ),
    Row(
        "internal_control:risk_remove",
        lambda w: reverse("internal_control:risk_remove", args=[w.draft_risk.pk]),
        EDIT,
        Write(
            lambda w: {"confirm": "on", "reason": "Ingår inte i nästa års plan."},
            EDIT_SAVED,
            lambda w: Risk.objects.filter(pk=w.draft_risk.pk).exists(),
        ),
    ),
    Row(
        "internal_control:control_end",
        lambda w: reverse("internal_control:control_end", args=[w.control.pk]),
        EDIT,
        Write(
            lambda w: {
                "ended_on": "2025-06-01",
                "reason": "Ersätts av automatisk kontroll.",
                "version": fresh(w.control).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.control).ended_on,
        ),
    ),
]
