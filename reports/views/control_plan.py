"""Downloads of the internal control plan, as of today or exactly as adopted."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from internal_control.access import plan_policy
from internal_control.models import ControlPlan
from internal_control.plan_document import build_plan_document
from organisation.access import get_visible_or_404
from reports.control_plan_xlsx import control_plan_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def control_plan_excel(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), pk)
    if request.GET.get("version") == "antagen":
        adoption = plan.adoptions.order_by("-adopted_on", "-pk").first()
        if adoption is None:
            raise Http404
        document = adoption.snapshot
        label = _("as adopted %(date)s, %(reference)s") % {
            "date": adoption.adopted_on.isoformat(),
            "reference": adoption.decision_reference,
        }
    else:
        document = build_plan_document(plan)
        label = _("as of today")
    response = HttpResponse(control_plan_workbook(document, label), content_type=XLSX)
    name = slugify(f"{plan.title}-{request.GET.get('version', 'idag')}")
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response
