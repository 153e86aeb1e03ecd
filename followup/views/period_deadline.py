"""The page that sets the last day to report a period."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit_versioned
from followup.access import period_policy
from followup.models import Period
from followup.services import periods as period_services
from organisation.access import get_visible_or_404
from organisation.forms import VersionedForm


class DeadlineForm(VersionedForm):
    report_by = forms.DateField(
        label=gettext_lazy("Report by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy(
            "The last day to enter the period's outcomes. Empty: no deadline is set."
        ),
    )


@login_required
def period_deadline(request: HttpRequest, pk: int) -> HttpResponse:
    period = get_visible_or_404(
        request.user, period_policy, Period.objects.select_related("unit"), pk
    )
    if not period_services.may_manage_periods(request.user, period.unit):
        raise PermissionDenied
    form = DeadlineForm(
        request.POST or None, initial={"report_by": period.report_by, "version": period.version}
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: period_services.set_report_by(request.user, period, data["report_by"], v),
    )
    if done.saved:
        messages.success(
            request, _("The last day to report %(period)s was saved.") % {"period": period}
        )
        return redirect("followup:periods")
    return render(
        request,
        "followup/period_deadline.html",
        {"form": form, "period": period, "conflict": done.conflict},
    )
