"""Which of a body's period reports were sent to it as approved (chapters.sent): an item
presenting the report links to the file as sent, not to the report as it reads today."""

from __future__ import annotations

from chapters.models import SentDocument
from followup.chapter_documents import PERIOD_REPORT


def sent_periods(unit_id: int | None) -> set[int]:
    """The periods whose report of the unit was sent: one query."""
    if unit_id is None:
        return set()
    return set(
        SentDocument.objects.filter(unit_id=unit_id, document=PERIOD_REPORT.key, file_format="pdf")
        .values_list("owner", flat=True)
        .distinct()
    )
