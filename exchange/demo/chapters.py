"""Load demo_data/chapters/: the chapters of text the seed documents hold, in their place.

A file names its document as the chapters app knows it (`document`: verksamhetsplan,
internkontrollplan, rapport) and what in the unit it is: the plan's `year`, the control
plan's `plan` title, or the report's `period`. The chapters are written through
chapters.services by the system, so they are checked by the same rules as a person's; a
document that has chapters already is left as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chapters.documents import document_kind
from chapters.models import Chapter
from chapters.services import create_chapter
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from followup.models import Period
from internal_control.models import ControlPlan
from organisation.access import SYSTEM
from organisation.models import Unit


def load_chapters(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_document_chapters(data, report)


def _owner_key(unit: Unit, data: dict[str, Any]) -> int:
    if "year" in data:
        return int(data["year"])
    if "plan" in data:
        return ControlPlan.objects.get(unit=unit, title=data["plan"]).pk
    period = data["period"]
    return Period.objects.get(unit_id=unit.region_id, year=period["year"], name=period["name"]).pk


def load_document_chapters(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    kind = document_kind(data["document"])
    if kind is None:
        raise ValueError(f"{data['document']!r} is not a document chapters are written in")
    owner = kind.owner(unit, _owner_key(unit, data))
    if owner is None:
        raise ValueError(f"{data['document']} of {unit} not found for its chapters")
    if Chapter.objects.filter(unit=unit, document=kind.key, owner=owner.key).exists():
        return
    for chapter in data["chapters"]:
        create_chapter(
            SYSTEM,
            kind,
            owner,
            heading=chapter.get("heading", ""),
            place=chapter["place"],
            level=chapter.get("level", 1),
            text=chapter.get("text", ""),
        )
        report.count("chapters")
