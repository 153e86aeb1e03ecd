"""A unit's row of a frame's budget by cost type: the frame it is given, or its detailed budget."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit
from economy.access import economy_policy
from economy.forms import budget_row_form
from economy.models import BudgetAmount, BudgetFrame, BudgetKind, CostType
from economy.services import budget as budget_services
from organisation.access import get_visible_or_404

KINDS = {"ram": BudgetKind.FRAME, "detaljbudget": BudgetKind.DETAILED}


@login_required
def budget_row(request: HttpRequest, pk: int, unit_pk: int, kind: str) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk, need="change"
    )
    budget_kind = KINDS.get(kind)
    unit = next((u for u in budget_services.budget_units(frame) if u.pk == unit_pk), None)
    if budget_kind is None or unit is None:
        raise Http404
    cost_types = list(CostType.objects.filter(region_id=frame.unit.region_id))
    cells = {
        a.cost_type_id: a
        for a in BudgetAmount.objects.filter(frame=frame, unit=unit, kind=budget_kind)
    }
    initial: dict[str, object] = {}
    for cost_type in cost_types:
        cell = cells.get(cost_type.pk)
        initial[f"amount_{cost_type.pk}"] = cell.amount if cell else None
        initial[f"version_{cost_type.pk}"] = cell.version if cell else 0
    form = budget_row_form(cost_types, frame.amount_unit, request.POST or None, initial)

    def save(data: dict[str, object]) -> object:
        amounts = {c: data[f"amount_{c.pk}"] for c in cost_types}
        versions = {c.pk: data[f"version_{c.pk}"] for c in cost_types}
        budget_services.set_budget_amounts(
            request.user,
            frame,
            unit,
            budget_kind,
            amounts,  # type: ignore[arg-type]
            versions,  # type: ignore[arg-type]
        )
        return None

    done = submit(request, form, save)
    if done.saved:
        messages.success(
            request,
            _("%(kind)s of %(unit)s was saved.") % {"kind": budget_kind.label, "unit": unit},
        )
        return redirect("economy:budget", frame.pk)
    return render(
        request,
        "economy/budget_row.html",
        {"form": form, "frame": frame, "unit": unit, "kind": budget_kind},
    )
