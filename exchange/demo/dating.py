"""The demo's history dated as its source documents are.

Each data file may name `history_dated`: the date of the document it holds (seed 004's
publication date, seed 001's adoption known to the month). Every historical record written
while the file is loaded is dated then, noon local time, so an auditor's export of that
year reads the demo's objects as entered from the document rather than on the day the demo
was installed. Only objects first written from that file are dated so: a change the file
makes to an object an earlier file created keeps the day it was made, so no object's history
has a change before its creation. A file without the key leaves the history as written.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db import models
from django.db.models import Max
from django.utils import timezone


def _historical_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if any(f.name == "history_date" for f in model._meta.concrete_fields)
    ]


@contextmanager
def history_dated(day: datetime.date | None) -> Iterator[None]:
    """Date the historical records written inside the block on `day` (None: leave them)."""
    if day is None:
        yield
        return
    historical = _historical_models()
    marks = {
        model: model._default_manager.aggregate(last=Max("pk"))["last"] or 0 for model in historical
    }
    yield
    when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    for model, mark in marks.items():
        written = model._default_manager.filter(pk__gt=mark)
        key = model.instance_type._meta.pk.attname  # type: ignore[attr-defined]
        earlier = model._default_manager.filter(
            pk__lte=mark, **{f"{key}__in": written.values(key)}
        ).values(key)
        written.exclude(**{f"{key}__in": earlier}).update(history_date=when)
