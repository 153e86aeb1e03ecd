"""The permission world's report rounds: the committee's open round of the open period (the
owner writes the analysis of their own measure in it), an approved one of the closed period
with its files as sent, and a planned period no round is started for."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from chapters.models import SentDocument
from chapters.services import create_chapter
from followup.chapter_documents import PERIOD_REPORT, report_owner
from followup.models import Period, PeriodKind, PeriodStatus
from rounds.models import ReportRound, RoundStatus
from rounds.report_kind import PERIOD_REPORT_ROUND
from rounds.services.start import start_round
from tests.conftest import World


@dataclass
class RoundsPerm:
    open_round: ReportRound
    sent_round: ReportRound
    free_period: Period  # planned, with no round


def build_rounds(w: World, period: Period, closed_period: Period) -> RoundsPerm:
    owner = report_owner(w.committee, period)
    create_chapter(w.controller, PERIOD_REPORT, owner, heading="Inledning", place="start")
    open_round = start_round(
        w.controller,
        PERIOD_REPORT_ROUND,
        owner,
        due_on=timezone.localdate() + datetime.timedelta(days=14),
        today=timezone.localdate(),
    )
    sent_round = ReportRound.objects.create(
        unit=w.committee,
        document=PERIOD_REPORT.key,
        owner=closed_period.pk,
        title="Skickad",
        status=RoundStatus.APPROVED,
        approved_by=w.controller,
        approved_at=timezone.now(),
    )
    for file_format in ("pdf", "docx"):
        SentDocument.objects.create(
            unit=w.committee,
            document=PERIOD_REPORT.key,
            owner=closed_period.pk,
            file_format=file_format,
            language="sv",
            filename=f"skickad.{file_format}",
            content_type="application/octet-stream",
            content=b"as sent",
            size=7,
            sha256="0" * 64,
            sent_at=timezone.now(),
        )
    free_period = Period.objects.create(
        unit=w.region,
        year=2022,
        kind=PeriodKind.TERTIAL,
        number=2,
        name="DÅ08",
        starts_on=datetime.date(2022, 5, 1),
        ends_on=datetime.date(2022, 8, 31),
        status=PeriodStatus.PLANNED,
    )
    return RoundsPerm(open_round, sent_round, free_period)
