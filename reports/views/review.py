"""A review's documents: the committee's answer letter, and the follow-up of its
recommendations for the auditors, each as PDF and Word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from committee.access import review_policy
from committee.models import AuditReview
from committee.review_followup import review_followup
from organisation.access import get_visible_or_404
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver
from reports.document_kinds import document_kind
from reports.pdf import render_pdf
from reports.review_answer_docx import review_answer_docx
from reports.review_followup_docx import review_followup_docx
from reports.views.control_plan import DOCX

PDF = "application/pdf"


def answer_title(review: AuditReview) -> str:
    return review.answer_title or review.title


def followup_title(review: AuditReview) -> str:
    return _("Follow-up of the recommendations: %(title)s") % {"title": review.title}


def _label() -> str:
    return _("as of %(date)s") % {"date": timezone.localdate().isoformat()}


def review_answer_pdf_bytes(review: AuditReview, progress: Progress | None = None) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    followup = review_followup(review)
    return render_pdf(
        "reports/pdf/review_answer.html",
        {
            "title": answer_title(review),
            "version_label": "",
            "printed_on": timezone.localdate(),
            "review": review,
            "recommendations": [r.recommendation for r in followup.recommendations],
            "signatories": followup.signatories,
        },
        step,
    )


def _answer_word(review: AuditReview, progress: Progress) -> bytes:
    progress(5, GATHERING)
    followup = review_followup(review)
    return review_answer_docx(
        review, [r.recommendation for r in followup.recommendations], followup.signatories
    )


def review_followup_pdf_bytes(review: AuditReview, progress: Progress | None = None) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    return render_pdf(
        "reports/pdf/review_followup.html",
        {
            "title": followup_title(review),
            "version_label": _label(),
            "printed_on": timezone.localdate(),
            "review": review,
            "followup": review_followup(review),
        },
        step,
    )


def _followup_word(review: AuditReview, progress: Progress) -> bytes:
    progress(5, GATHERING)
    return review_followup_docx(review_followup(review), followup_title(review), _label())


def _loaded(arguments: dict[str, Any]) -> AuditReview:
    return AuditReview.objects.select_related("unit").get(pk=arguments["review"])


@document_kind("review_answer_pdf")
def _answer_pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return review_answer_pdf_bytes(_loaded(arguments), progress)


@document_kind("review_answer_docx")
def _answer_word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _answer_word(_loaded(arguments), progress)


@document_kind("review_followup_pdf")
def _followup_pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return review_followup_pdf_bytes(_loaded(arguments), progress)


@document_kind("review_followup_docx")
def _followup_word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _followup_word(_loaded(arguments), progress)


def _order(
    request: HttpRequest,
    pk: int,
    title_of: Callable[[AuditReview], str],
    kind: str,
    document: str,
) -> HttpResponse:
    review = get_visible_or_404(
        request.user, review_policy, AuditReview.objects.select_related("unit"), pk
    )
    title = title_of(review)
    pdf = kind == "PDF"
    return deliver(
        request,
        DocumentOrder(
            f"{title} ({kind})",
            f"{slugify(title)}.{'pdf' if pdf else 'docx'}",
            PDF if pdf else DOCX,
            f"{document}_{'pdf' if pdf else 'docx'}",
            {"review": review.pk},
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def review_answer_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, answer_title, "PDF", "review_answer")


@login_required
@require_http_methods(["GET", "POST"])
def review_answer_word(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, answer_title, "Word", "review_answer")


@login_required
@require_http_methods(["GET", "POST"])
def review_followup_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, followup_title, "PDF", "review_followup")


@login_required
@require_http_methods(["GET", "POST"])
def review_followup_word(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, followup_title, "Word", "review_followup")
