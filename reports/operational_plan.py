"""Which version of an operational plan a document shows: as of today or as adopted."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from organisation.models import Unit
from planning.plan_document import build_plan_document, readable
from planning.services.adoption import latest_adoption


def operational_plan(unit: Unit, year: int, version: str | None = None) -> dict[str, Any]:
    """The plan ready for a document; `antagen` gives the latest adoption's snapshot (404 if none).

    `version_label` says which one it is and is printed on the front page.
    """
    adoption = latest_adoption(unit, year)
    if version == "antagen":
        if adoption is None:
            raise Http404
        document = adoption.snapshot
        label = _("as adopted %(date)s, %(reference)s") % {
            "date": adoption.adopted_on.isoformat(),
            "reference": adoption.decision_reference,
        }
    else:
        document = build_plan_document(unit, year)
        label = _("as of %(date)s") % {"date": timezone.localdate().isoformat()}
    return readable(document) | {
        "unit": unit,
        "adoption": adoption,
        "as_adopted": version == "antagen",
        "version_label": label,
    }
