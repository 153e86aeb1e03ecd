"""Page rows: the analysis of a measure, a goal and a perspective in the committee's report
for the open period; readers of the scorecard read it, its writers write it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.urls import reverse

from followup.models import Analysis
from tests.permissions.expect import FOUND, NOT_FOUND, OK, Row, Write, editors, in_region
from tests.permissions.world import PermWorld

WRITTEN = {"text": "Utfallet ökar men når inte målet.", "forecast": "partly_met", "version": 0}


def _url(kind: str, subject: Callable[[PermWorld], Any], unit: str = "committee") -> Any:
    def url(w: PermWorld) -> str:
        args = [getattr(w.base, unit).pk, w.period.pk, kind, subject(w).pk]
        return reverse("followup:analysis", args=args)

    return url


def _written(field: str, subject: Callable[[PermWorld], Any]) -> Any:
    return lambda w: Analysis.objects.filter(**{field: subject(w)}).count()


def _row(variant: str, kind: str, field: str, subject: Any, writers: dict[str, int]) -> Row:
    return Row(
        "followup:analysis",
        _url(kind, subject),
        in_region(OK),
        Write(lambda w: WRITTEN, editors(FOUND, **writers), _written(field, subject)),
        variant=variant,
    )


ROWS = [
    _row("measure", "matt", "indicator", lambda w: w.indicator, {}),
    # The measure's owner writes its analysis, as they report its outcomes.
    _row("own measure", "matt", "indicator", lambda w: w.own_indicator, {"owner": FOUND}),
    _row("goal", "mal", "goal", lambda w: w.goal, {}),
    _row("perspective", "perspektiv", "perspective", lambda w: w.perspective, {}),
    # A unit above one's own is context in the tree, not a readable report.
    Row(
        "followup:analysis",
        _url("mal", lambda w: w.council_goal, unit="council"),
        in_region(OK, controller=NOT_FOUND, owner=NOT_FOUND, reader=NOT_FOUND),
        variant="unit above one's own",
    ),
]
