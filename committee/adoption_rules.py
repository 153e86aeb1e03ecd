"""The rules every adoption of a plan follows, checked by the services that record one."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from committee.decision_dates import DAY, MONTH, YEAR, lies_in_the_future


def check_adoption(
    *, adopted_on: datetime.date, precision: str, body: str, today: datetime.date | None = None
) -> dict[str, str]:
    """The refusals of an adoption by field: a body is named, the date is not in the future.

    The decision reference may be unknown (empty), and the date known to the month or year.
    """
    errors = {}
    if precision not in (DAY, MONTH, YEAR):
        errors["adopted_on_precision"] = _("Say whether the day, the month or the year is known.")
    if lies_in_the_future(adopted_on, today or timezone.localdate()):
        errors["adopted_on"] = _("The adoption date cannot lie in the future.")
    if not body.strip():
        errors["body"] = _("Name the body that adopted the plan.")
    return errors
