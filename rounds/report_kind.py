"""A unit's report for a period as a round: its sections, each measure's analysis and the
period's outcomes, sent as the tertial report's PDF and Word."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chapters.documents import Owner
from chapters.services import chapters_of
from followup.chapter_documents import PERIOD_REPORT
from followup.models import Period, PeriodStatus
from followup.services.goal_judgements import may_judge_goals
from followup.worklist import is_due
from organisation.access import grants_of
from organisation.models import Unit
from planning.models import Indicator
from rounds.kinds import FileToSend, PartSeed, RoundKind
from rounds.models import PartKind

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _candidates(unit: Unit) -> list[tuple[int, str]]:
    periods = Period.objects.filter(unit_id=unit.region_id).exclude(status=PeriodStatus.CLOSED)
    return [(p.pk, str(p)) for p in periods.order_by("-ends_on", "-pk")]


def measure_title(indicator: Indicator) -> str:
    return f"{indicator.code} {indicator.name}".strip()


def _seeds(owner: Owner) -> list[PartSeed]:
    period: Period = owner.subject
    seeds = [
        PartSeed(kind=PartKind.SECTION, title=c.heading or c.text[:80], chapter_id=c.pk)
        for c in chapters_of(PERIOD_REPORT, owner)
    ]
    measures = (
        Indicator.objects.filter(unit=owner.unit, part_of__isnull=True)
        .select_related("owner", "goal__perspective")
        .order_by("goal__perspective__order", "goal__order", "order", "code", "pk")
    )
    for indicator in measures:
        if not is_due(indicator.frequency, indicator.report_periods, period.kind, period.name):
            continue
        writer = indicator.owner
        seeds.append(
            PartSeed(
                kind=PartKind.ANALYSIS,
                title=measure_title(indicator),
                subject_kind="matt",
                subject_id=indicator.pk,
                # The measure's owner writes its analysis, where they hold a role on the unit.
                writer_id=writer.pk
                if writer is not None and grants_of(writer).has_any(owner.unit)
                else None,
            )
        )
    seeds.append(
        PartSeed(kind=PartKind.OUTCOMES, title=_("Outcomes of %(period)s") % {"period": period})
    )
    return seeds


def _name(owner: Owner) -> str:
    period: Period = owner.subject
    return slugify(f"{owner.unit.name}-{period.name}-{period.year}-skickad")


def _files(owner: Owner) -> list[FileToSend]:
    arguments = {"unit": owner.unit.pk, "period": owner.key}
    return [
        FileToSend(
            "pdf", "tertial_report_pdf", arguments, f"{_name(owner)}.pdf", "application/pdf"
        ),
        FileToSend("docx", "tertial_report_docx", arguments, f"{_name(owner)}.docx", DOCX),
    ]


def _part_url(owner: Owner, part: Any) -> str:
    if part.kind == PartKind.OUTCOMES:
        return reverse("followup:grid", args=[owner.key, owner.unit.pk])
    if part.kind == PartKind.ANALYSIS and part.subject_id is not None:
        return reverse(
            "followup:analysis",
            args=[owner.unit.pk, owner.key, part.subject_kind, part.subject_id],
        )
    return owner.url


PERIOD_REPORT_ROUND = RoundKind(
    document=PERIOD_REPORT.key,
    label=gettext_lazy("Report for the period"),
    candidates=_candidates,
    candidate_label=gettext_lazy("Period"),
    seeds=_seeds,
    files=_files,
    may_start=may_judge_goals,
    part_url=_part_url,
)
