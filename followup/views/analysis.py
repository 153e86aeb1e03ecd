"""The analysis of a perspective, goal or measure in a unit's report for a period: read by
whoever reads the scorecard, written (with a preview) by those followup.services.analyses
admits."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit_versioned
from chapters import markup
from followup.access import period_policy
from followup.analysis_subjects import subject_in_plan
from followup.models import Analysis, Fulfilment, Outcome, Period
from followup.models.analysis import SUBJECT_FIELDS, TEXT_LENGTH
from followup.services.analyses import may_read_analyses, may_write_analysis, save_analysis
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.services.year_targets import year_rules

MARKUP_HELP = gettext_lazy(
    "A blank line starts a new paragraph. Start a line with “- ” for a bullet or “1. ” for a "
    "numbered item. *Emphasis*, **strong**, [link text](https://…), “## Heading” for a "
    "heading within the analysis, and a simple table as rows of cells between “|”, the "
    "second row “|---|---|”. HTML is shown as typed."
)


class AnalysisForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Analysis"),
        required=False,
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=MARKUP_HELP,
    )
    forecast = forms.ChoiceField(
        label=gettext_lazy("Forecast for the full year"),
        choices=[("", gettext_lazy("No forecast given")), *Fulfilment.choices],
        required=False,
        help_text=gettext_lazy("How you expect the fulfilment to be at the end of the year."),
    )
    # The version of the analysis the person loaded: 0 when there was none.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


def _title(kind: str, subject: Any) -> str:
    if kind == "matt":
        return _("Measure: %(name)s") % {"name": subject.name}
    if kind == "mal":
        return f"{subject.get_level_display()}: {subject.title}"
    return f"{subject.get_kind_display()}: {subject.name}"


def _measure(subject: Any, unit: Unit, period: Period) -> dict[str, Any]:
    """A measure's outcome and target in the period, for the one writing about it."""
    outcome = Outcome.objects.filter(indicator=subject, unit=unit, period=period).first()
    target, _rule = year_rules([subject], period.year).get(subject.pk, (subject.target_text, None))
    return {"outcome": outcome, "target": target}


def _saved_message(saved: Analysis | None, before: Analysis | None) -> str:
    if saved is not None:
        return _("The analysis was saved.")
    if before is not None:
        return _("The analysis was removed. Its history is kept.")
    return _("Nothing was saved: the analysis has no text and no forecast.")


@login_required
def analysis(
    request: HttpRequest, unit_pk: int, period_pk: int, kind: str, pk: int
) -> HttpResponse:
    if kind not in SUBJECT_FIELDS:
        raise Http404
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_pk)
    if not may_read_analyses(request.user, unit, period):
        raise Http404  # a unit above one's own is context, not a readable report
    subject = subject_in_plan(unit, period, kind, pk)
    can_write = may_write_analysis(request.user, unit, period, kind, pk)
    if request.method == "POST" and not can_write:
        raise PermissionDenied
    current = Analysis.objects.filter(
        unit=unit, period=period, **{SUBJECT_FIELDS[kind]: subject}
    ).first()
    initial: dict[str, Any] = {"version": current.version if current else 0}
    if current:
        initial |= {"text": current.text, "forecast": current.forecast}
    form = AnalysisForm(request.POST or None, initial=initial) if can_write else None
    back = reverse("followup:scorecard") + f"?period={period.pk}&enhet={unit.pk}"
    preview = None
    conflict = None
    if form is not None and "preview" in request.POST:
        if form.is_valid():
            preview = markup.printed(form.cleaned_data["text"] or "", heading_level=3)
    elif form is not None:
        done = submit_versioned(
            request,
            form,
            lambda data, version: save_analysis(
                request.user, unit, period, kind, pk, data["text"], data["forecast"], version
            ),
        )
        if done.saved:
            messages.success(request, _saved_message(done.result, current))
            return redirect(back)
        conflict = done.conflict
    return render(
        request,
        "followup/analysis.html",
        {
            "unit": unit,
            "period": period,
            "kind": kind,
            "subject": subject,
            "title": _title(kind, subject),
            "measure": _measure(subject, unit, period) if kind == "matt" else None,
            "analysis": current,
            "printed": markup.printed(current.text) if current else "",
            "form": form,
            "preview": preview,
            "conflict": conflict,
            "back": back,
        },
    )
