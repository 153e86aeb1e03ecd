"""A follow-up of an internal control plan as a round (the August follow-up): its sections,
and the owners' reporting of the actions, the risks and the control activities, each
seen to by someone; sent as the follow-up's PDF and Word."""

from __future__ import annotations

from typing import Any

from django.utils.text import slugify
from django.utils.translation import gettext_lazy

from chapters.documents import Owner
from chapters.services import chapters_of
from internal_control.access import plan_policy
from internal_control.chapter_documents import CONTROL_FOLLOW_UP
from internal_control.models import FollowUp
from organisation.models import Unit
from rounds.kinds import FileToSend, PartSeed, RoundKind
from rounds.models import PartKind
from rounds.report_kind import DOCX

SETS = (
    ("atgarder", gettext_lazy("The owners report the actions")),
    ("risker", gettext_lazy("The owners assess the risks again")),
    ("kontrollmoment", gettext_lazy("The owners report the control activities")),
)


def _candidates(unit: Unit) -> list[tuple[int, str]]:
    followups = (
        FollowUp.objects.filter(plan__unit=unit, closed=False)
        .select_related("plan")
        .order_by("-due_on", "-pk")
    )
    return [(f.pk, f"{f.plan.title}: {f.name}") for f in followups]


def _seeds(owner: Owner) -> list[PartSeed]:
    seeds = [
        PartSeed(kind=PartKind.SECTION, title=c.heading or c.text[:80], chapter_id=c.pk)
        for c in chapters_of(CONTROL_FOLLOW_UP, owner)
    ]
    seeds += [
        PartSeed(kind=PartKind.REPORTING, title=str(label), subject_kind=key) for key, label in SETS
    ]
    return seeds


def _files(owner: Owner) -> list[FileToSend]:
    name = slugify(f"{owner.title}-skickad")
    arguments = {"followup": owner.key}
    return [
        FileToSend("pdf", "control_followup_pdf", arguments, f"{name}.pdf", "application/pdf"),
        FileToSend("docx", "control_followup_docx", arguments, f"{name}.docx", DOCX),
    ]


def _due(owner: Owner) -> Any:
    return FollowUp.objects.filter(pk=owner.key).values_list("due_on", flat=True).first()


def _may_start(user: Any, unit: Unit) -> bool:
    return bool(plan_policy.can_create_in(user, unit))


CONTROL_FOLLOW_UP_ROUND = RoundKind(
    document=CONTROL_FOLLOW_UP.key,
    label=gettext_lazy("Follow-up of the internal control plan"),
    candidates=_candidates,
    candidate_label=gettext_lazy("Follow-up"),
    seeds=_seeds,
    files=_files,
    may_start=_may_start,
    default_due=_due,
)
