"""Which version of an operational plan a document shows: as of today or as adopted."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from organisation.models import Unit
from planning.models import OperationalPlanAdoption
from planning.plan_document import build_plan_document, readable
from planning.services.adoption import latest_adoption


def shown_adoption(unit: Unit, year: int, version: str | None) -> OperationalPlanAdoption | None:
    """The adoption a document asked for as `version` shows: the latest one for `antagen`
    (404 if there is none, before any document is started), None for the plan of today."""
    if version != "antagen":
        return None
    adoption = latest_adoption(unit, year)
    if adoption is None:
        raise Http404
    return adoption


def operational_plan(
    unit: Unit, year: int, shown: OperationalPlanAdoption | None = None
) -> dict[str, Any]:
    """The plan ready for a document: the snapshot of `shown`, or the plan of today.

    `version_label` says which one it is and is printed on the front page, with the latest
    adoption either way.
    """
    if shown is not None:
        adoption: OperationalPlanAdoption | None = shown
        document = shown.snapshot
        label = _("as adopted %(date)s, %(reference)s") % {
            "date": shown.adopted_on_text,
            "reference": shown.reference_text,
        }
    else:
        adoption = latest_adoption(unit, year)
        document = build_plan_document(unit, year)
        label = _("as of %(date)s") % {"date": timezone.localdate().isoformat()}
    return readable(document) | {
        "unit": unit,
        "adoption": adoption,
        "as_adopted": shown is not None,
        "version_label": label,
    }
