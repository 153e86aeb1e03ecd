"""Load demo_data/analyses/: the analyses a seed's report prints under its perspectives,
goals and measures, word for word.

A file names its unit and period; each analysis names its `measure` (by name, the unit's
own), `goal` (by title, the unit's or one set above it) or `perspective` (by name), with
its `text` and, where the source gives one, its `forecast`. They are written through
followup.services.analyses by the system, checked by the same rules as a person's; an
analysis already written is left as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from followup.models import Analysis, Period
from followup.services.analyses import save_analysis
from organisation.access import SYSTEM
from organisation.models import Unit
from planning.models import Goal, Indicator, Perspective


def load_analyses(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_report_analyses(data, report)


def _subject(unit: Unit, item: dict[str, Any]) -> tuple[str, Any]:
    if "measure" in item:
        return "matt", Indicator.objects.get(unit=unit, name=item["measure"])
    if "goal" in item:
        return "mal", Goal.objects.get(unit_id__in=unit.ancestor_ids, title=item["goal"])
    return "perspektiv", Perspective.objects.get(
        unit_id__in=unit.ancestor_ids, name=item["perspective"]
    )


def load_report_analyses(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    period = Period.objects.get(
        unit=region, year=data["period"]["year"], name=data["period"]["name"]
    )
    written = {(a.kind, a.subject_id) for a in Analysis.objects.filter(unit=unit, period=period)}
    for item in data["analyses"]:
        kind, subject = _subject(unit, item)
        if (kind, subject.pk) in written:
            continue
        save_analysis(
            SYSTEM, unit, period, kind, subject.pk, item["text"], item.get("forecast", ""), 0
        )
        report.count("analyses")
