"""The tertial report of a unit for a period, as PDF, Word and Excel."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chapters.sent import sent_file
from chapters.services import written_mark
from followup.access import period_policy
from followup.chapter_documents import PERIOD_REPORT, report_owner
from followup.models import Period, PeriodStatus
from followup.services.analyses import analyses_mark
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver, download
from reports.document_kinds import document_kind
from reports.pdf import render_pdf
from reports.tertial_report import tertial_report
from reports.tertial_report_docx import tertial_report_docx
from reports.tertial_report_xlsx import tertial_report_workbook
from reports.views.control_plan import DOCX, XLSX

# The address's version of a report as sent to the committee (?version=skickad).
SENT = "skickad"


def report_title(unit: Unit, period: Period) -> str:
    return _("%(unit)s: follow-up %(period)s") % {"unit": unit.name, "period": period}


def _label() -> str:
    return _("as of %(date)s") % {"date": timezone.localdate().isoformat()}


def tertial_report_pdf_bytes(unit: Unit, period: Period, progress: Progress | None = None) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    return render_pdf(
        "reports/pdf/tertial_report.html",
        tertial_report(unit, period)
        | {
            "title": report_title(unit, period),
            "version_label": _label(),
            "printed_on": timezone.localdate(),
        },
        step,
    )


def _word(unit: Unit, period: Period, progress: Progress) -> bytes:
    progress(5, GATHERING)
    report = tertial_report(unit, period, with_charts=False)
    return tertial_report_docx(report, report_title(unit, period), _label())


def _unit_and_period(request: HttpRequest, unit_pk: int, period_pk: int) -> tuple[Unit, Period]:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable report
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_pk)
    return unit, period


def _name(unit: Unit, period: Period) -> str:
    return slugify(f"{unit.name}-{period.name}-{period.year}")


def _loaded(arguments: dict[str, Any]) -> tuple[Unit, Period]:
    return Unit.objects.get(pk=arguments["unit"]), Period.objects.get(pk=arguments["period"])


@document_kind("tertial_report_pdf")
def _pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return tertial_report_pdf_bytes(*_loaded(arguments), progress)


@document_kind("tertial_report_docx")
def _word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _word(*_loaded(arguments), progress)


def _order(unit: Unit, period: Period, kind: str, content_type: str) -> DocumentOrder:
    extension = "pdf" if kind == "PDF" else "docx"
    return DocumentOrder(
        f"{report_title(unit, period)} ({kind})",
        f"{_name(unit, period)}.{extension}",
        content_type,
        f"tertial_report_{extension}",
        {"unit": unit.pk, "period": period.pk},
        # A closed period's report no longer changes; its version says if it was reopened,
        # and the marks of its chapters and analyses whether one was written since.
        shows=_closed_report(unit, period) if period.status == PeriodStatus.CLOSED else "",
    )


def _closed_report(unit: Unit, period: Period) -> str:
    chapters = written_mark(PERIOD_REPORT, report_owner(unit, period))
    # A report no analysis was ever written for keeps the key it had before analyses existed.
    analyses = analyses_mark(unit, period)
    written = f":a{analyses}" if analyses else ""
    return f"unit={unit.pk}:period={period.pk}:v{period.version}:c{chapters}{written}"


def _as_sent(request: HttpRequest, unit: Unit, period: Period, file_format: str) -> HttpResponse:
    """The report as it was sent when its round was approved: the kept file (404 if the
    report was never sent)."""
    language = translation.get_language() or "sv"
    kept = sent_file(unit.pk, PERIOD_REPORT.key, period.pk, file_format, language)
    if kept is None:
        raise Http404
    return download(bytes(kept.content), kept.content_type, kept.filename)


@login_required
@require_http_methods(["GET", "POST"])
def tertial_report_pdf(request: HttpRequest, unit_pk: int, period_pk: int) -> HttpResponse:
    unit, period = _unit_and_period(request, unit_pk, period_pk)
    if request.GET.get("version") == SENT:
        return _as_sent(request, unit, period, "pdf")
    return deliver(request, _order(unit, period, "PDF", "application/pdf"))


@login_required
@require_http_methods(["GET", "POST"])
def tertial_report_word(request: HttpRequest, unit_pk: int, period_pk: int) -> HttpResponse:
    unit, period = _unit_and_period(request, unit_pk, period_pk)
    if request.GET.get("version") == SENT:
        return _as_sent(request, unit, period, "docx")
    return deliver(request, _order(unit, period, "Word", DOCX))


@login_required
def tertial_report_excel(request: HttpRequest, unit_pk: int, period_pk: int) -> HttpResponse:
    unit, period = _unit_and_period(request, unit_pk, period_pk)
    report = tertial_report(unit, period, with_charts=False)
    content = tertial_report_workbook(report, report_title(unit, period))
    return download(content, XLSX, f"{_name(unit, period)}.xlsx")
