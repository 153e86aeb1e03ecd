"""Load demo_data/committee/: the areas a committee follows up and its meeting calendar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from committee.models import FollowUpArea, Meeting, MeetingItem
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from organisation.models import Unit


def load_committee_years(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        if "review" not in data:  # reviews are loaded by exchange/demo/audit_reviews.py
            load_committee_year(data, report)


def load_committee_year(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    year = data["year"]
    if FollowUpArea.objects.filter(unit=unit, year=year).exists():
        return
    for order, name in enumerate(data.get("follow_up_areas", []), start=1):
        FollowUpArea.objects.create(unit=unit, year=year, name=name, order=order)
        report.count("follow-up areas")
    for m_data in data.get("meetings", []):
        meeting = Meeting.objects.create(
            unit=unit, date=m_data["date"], end_date=m_data.get("end_date")
        )
        report.count("meetings")
        for order, item in enumerate(m_data.get("items", []), start=1):
            MeetingItem.objects.create(
                meeting=meeting,
                kind=item.get("kind", ""),
                topic=item["topic"],
                presenter=item.get("presenter", ""),
                order=order,
            )
