"""Load the auditors' reviews of demo_data/committee/ (files with a `review`): the review,
the committee's answer letter and signatories, the programmes the answer names, and each
recommendation with its answer and the measures promised in it.

Written through the committee's services as the system actor. A review already in place
(the same body, case number and title) is left as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from committee.models import AuditReview
from committee.services.promises import create_promise
from committee.services.recommendations import add_recommendation
from committee.services.reviews import REVIEW_FIELDS, add_signatory, create_review
from economy.models import Programme
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from organisation.access import SYSTEM
from organisation.models import Unit

DATES = frozenset({"reviewed_on", "answer_due_on", "answered_on"})


def is_review(data: dict[str, Any]) -> bool:
    return "review" in data


def load_audit_reviews(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        if is_review(data):
            load_audit_review(data, report)


def _programmes(unit: Unit, data: list[dict[str, Any]], report: LoadReport) -> dict[str, Any]:
    """The unit's programmes by their key in the file; one of the same name is reused."""
    by_key = {}
    for order, item in enumerate(data, start=1):
        programme = Programme.objects.filter(unit=unit, name=item["name"]).first()
        if programme is None:
            programme = Programme(
                unit=unit, name=item["name"], description=item.get("description", ""), order=order
            )
            programme.full_clean()
            programme.save()
            report.count("programmes")
        by_key[item["key"]] = programme
    return by_key


def load_audit_review(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    given = data["review"]
    # A text the letter does not print is empty; a date it does not give is none.
    values = {
        k: given[k] if given[k] is not None or k in DATES else ""
        for k in REVIEW_FIELDS
        if k in given
    }
    existing = AuditReview.objects.filter(
        unit=unit, case_number=values.get("case_number", ""), title=values["title"]
    )
    if existing.exists():
        return
    programmes = _programmes(unit, data.get("programmes", []), report)
    review = create_review(SYSTEM, unit, **values)
    report.count("audit reviews")
    for signatory in data.get("signatories", []):
        add_signatory(SYSTEM, review, name=signatory["name"], title=signatory.get("title", ""))
    for r_data in data.get("recommendations", []):
        recommendation = add_recommendation(
            SYSTEM,
            review,
            number=r_data["number"],
            text=r_data["text"].strip(),
            answer=(r_data.get("answer") or "").strip(),
        )
        report.count("recommendations")
        for p_data in r_data.get("promises", []):
            create_promise(
                SYSTEM,
                recommendation,
                text=p_data["text"],
                owner_title=p_data.get("owner_title", ""),
                deadline=p_data.get("deadline"),
                programmes=[programmes[key] for key in p_data.get("programmes", [])],
            )
            report.count("promised measures")
