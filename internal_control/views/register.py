"""The risk register with filters and sorting, and the heat map of a plan's matrix."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from audit.params import id_param, int_param
from internal_control.access import matrix_policy, plan_policy, risk_policy
from internal_control.models import (
    ActionStatus,
    Axis,
    ControlPlan,
    Risk,
    RiskAssessment,
    RiskClass,
    RiskMatrix,
)
from internal_control.plan_document import plan_risks
from internal_control.scoring import ScoringError, classify
from internal_control.services.categories import categories_of, heading_of
from internal_control.services.matrices import rules_of
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit, User

PAGE_SIZE = 100
# The filter's value for actions nobody has reported on (their stored status is empty).
NOT_REPORTED_FILTER = "ej-rapporterad"
SORTS = {
    "nummer": ("plan__year", "plan__unit__name", "number"),
    "poang": ("-latest_score", "number"),
    "klass": ("-latest_rank", "-latest_score", "number"),
    "agare": ("owner__last_name", "owner_title", "number"),
}
SORT_LABELS = {
    "nummer": _("Number"),
    "poang": _("Score, highest first"),
    "klass": _("Class, most serious first"),
    "agare": _("Owner"),
}


def register_queryset(user: Any) -> Any:
    latest = RiskAssessment.objects.filter(risk=OuterRef("pk")).order_by("-assessed_on", "-pk")
    return (
        risk_policy.scope(user, Risk.objects.all())
        .select_related("plan__unit", "owner")
        .annotate(
            latest_score=Subquery(latest.values("score")[:1]),
            latest_class=Subquery(latest.values("risk_class__code")[:1]),
            latest_rank=Subquery(latest.values("risk_class__rank")[:1]),
            latest_class_id=Subquery(latest.values("risk_class_id")[:1]),
            latest_colour=Subquery(latest.values("risk_class__colour")[:1]),
            latest_response=Subquery(latest.values("risk_class__response")[:1]),
            latest_probability=Subquery(latest.values("probability")[:1]),
            latest_severity=Subquery(latest.values("severity")[:1]),
        )
    )


def _class_codes(user: Any) -> list[str]:
    """The codes of the classes of the matrices the person reads, least serious first."""
    matrices = matrix_policy.scope(user, RiskMatrix.objects.all())
    codes = RiskClass.objects.filter(matrix__in=matrices).order_by("rank", "code")
    return list(dict.fromkeys(codes.values_list("code", flat=True)))


@login_required
def risk_register(request: HttpRequest) -> HttpResponse:
    params = request.GET
    risks = register_queryset(request.user)
    # The plans the person reads, and those whose risks are published to them.
    readable_plans = Q(pk__in=plan_policy.scope(request.user, ControlPlan.objects.all()))
    readable_plans |= Q(pk__in=risk_policy.scope(request.user, Risk.objects.all()).values("plan"))
    plans = (
        ControlPlan.objects.filter(readable_plans)
        .select_related("unit")
        .order_by("-year", "unit__name")
    )
    units = list(
        unit_policy.scope(
            request.user, Unit.objects.filter(pk__in=plans.values("unit_id"))
        ).order_by("path")
    )
    filters: dict[str, Any] = {
        "plan": id_param(params.get("plan")),
        "enhet": id_param(params.get("enhet")),
        "klass": params.get("klass", ""),
        "agare": id_param(params.get("agare")),
        "krav": params.get("krav", ""),
        "atgardsstatus": params.get("atgardsstatus", ""),
        "p": int_param(params.get("p"), low=0, high=100),
        "s": int_param(params.get("s"), low=0, high=100),
        "q": params.get("q", "").strip(),
    }
    if filters["plan"]:
        risks = risks.filter(plan_id=filters["plan"])
    if filters["enhet"]:
        chosen = next((u for u in units if u.pk == filters["enhet"]), None)
        risks = risks.filter(plan__unit__path__startswith=chosen.path) if chosen else risks.none()
    if filters["klass"]:
        risks = risks.filter(latest_class=filters["klass"])
    if filters["agare"]:
        risks = risks.filter(owner_id=filters["agare"])
    if filters["krav"]:
        risks = risks.filter(requirement_type=filters["krav"])
    if filters["atgardsstatus"] == "utan":
        risks = risks.filter(action_links__isnull=True)
    elif filters["atgardsstatus"]:
        status = filters["atgardsstatus"]
        if status == NOT_REPORTED_FILTER:
            status = ActionStatus.NOT_REPORTED
        risks = risks.filter(action_links__action__status=status).distinct()
    if filters["p"] is not None:
        risks = risks.filter(latest_probability=filters["p"])
    if filters["s"] is not None:
        risks = risks.filter(latest_severity=filters["s"])
    if filters["q"]:
        risks = risks.filter(
            Q(title__icontains=filters["q"])
            | Q(consequence__icontains=filters["q"])
            | Q(owner_title__icontains=filters["q"])
        )
    sort = params.get("sortera", "nummer")
    if sort not in SORTS:
        sort = "nummer"
    page = Paginator(risks.order_by(*SORTS[sort]), PAGE_SIZE).get_page(params.get("sida"))
    owners = User.objects.filter(
        pk__in=risk_policy.scope(request.user, Risk.objects.filter(owner__isnull=False)).values(
            "owner_id"
        )
    ).order_by("last_name", "first_name")
    query = params.copy()
    query.pop("sida", None)
    region_id = grants_of(request.user).region_id
    categories = categories_of(region_id) if region_id else {}
    return render(
        request,
        "internal_control/risk_register.html",
        {
            "page": page,
            "filters": filters,
            "plans": plans,
            "units": units,
            "owners": owners,
            "requirement_types": [(code, str(c)) for code, c in categories.items()],
            "category_heading": (heading_of(region_id) if region_id else "") or _("Risk category"),
            "action_statuses": [
                (value or NOT_REPORTED_FILTER, label) for value, label in ActionStatus.choices
            ],
            "class_codes": _class_codes(request.user),
            "sort": sort,
            "sorts": SORT_LABELS,
            "querystring": query.urlencode(),
        },
    )


@login_required
def heat_map(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_visible_or_404(
        request.user, plan_policy, ControlPlan.objects.select_related("matrix", "unit"), pk
    )
    matrix = plan.matrix
    levels = list(matrix.levels.all())
    classes = list(matrix.classes.all())
    probabilities = [lv for lv in levels if lv.axis == Axis.PROBABILITY]
    severities = sorted((lv for lv in levels if lv.axis == Axis.SEVERITY), key=lambda lv: -lv.value)
    counts: dict[tuple[int, int], list[int]] = {}
    unassessed = []
    for risk in plan_risks(plan):
        if risk.is_ended:  # the map shows the risks that still apply
            continue
        assessments = list(risk.assessments.all())
        if not assessments:
            unassessed.append(risk.number)
            continue
        last = assessments[-1]
        counts.setdefault((last.probability, last.severity), []).append(risk.number)
    rules = rules_of(matrix)
    by_code = {c.code: c for c in classes}

    def class_of(p: int, s: int) -> Any:
        try:
            return by_code[classify(rules, p, s)]
        except ScoringError:
            return None

    rows = [
        {
            "severity": s,
            "cells": [
                {
                    "probability": p,
                    "risk_class": class_of(p.value, s.value),
                    "risks": counts.get((p.value, s.value), []),
                }
                for p in probabilities
            ],
        }
        for s in severities
    ]
    return render(
        request,
        "internal_control/heat_map.html",
        {
            "plan": plan,
            "matrix": matrix,
            "probabilities": probabilities,
            "rows": rows,
            "classes": classes,
            "unassessed": unassessed,
        },
    )
