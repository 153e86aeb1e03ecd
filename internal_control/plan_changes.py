"""What an internal control plan says today that it did not say when it was adopted.

Both versions are plan documents (plan_document) read through `readable`; risks, actions and
control activities are matched by their numbers and compared field by field, so the auditor
sees each added, removed and changed item of the plan the committee adopted.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from audit.document_diff import Field, ItemChange, item_changes, text, value_of
from internal_control.assessment_words import assessment_text


def _assessment(matrix: dict[str, Any]) -> Any:
    """A reader of a risk's assessment as the plan prints it, with its class."""

    def read(risk: dict[str, Any]) -> str:
        found = risk.get("assessment")
        if not found:
            return ""
        return f"{assessment_text(matrix, found)}: {found['class']} {found['response']}".strip()

    return read


def _placements(document: dict[str, Any]) -> dict[int, str]:
    """Where each risk is listed: the codes of its assignments, or its goal area."""
    places: dict[int, list[str]] = {}
    for group in document["groups"]:
        for assignment in group["assignments"]:
            for number in assignment["risks"]:
                places.setdefault(number, []).append(assignment["code"] or assignment["text"])
        for number in group["risks"]:
            places.setdefault(number, []).append(group["goal"])
    return {number: ", ".join(p for p in found if p) for number, found in places.items()}


def _with_placement(document: dict[str, Any]) -> list[dict[str, Any]]:
    places = _placements(document)
    return [risk | {"placed": places.get(risk["number"], "")} for risk in document["risks"]]


def _risk_fields(matrix: dict[str, Any], today_heading: str) -> list[Field]:
    return [
        Field(_("Title"), value_of("title")),
        Field(_("Consequence"), value_of("consequence")),
        Field(_("Cause"), value_of("cause")),
        Field(today_heading, value_of("requirement_type_label")),
        Field(_("Priority"), value_of("priority")),
        Field(_("Treatment"), value_of("treatment")),
        Field(_("Owner"), value_of("owner")),
        Field(_("Assessment"), _assessment(matrix)),
        Field(_("Listed under"), value_of("placed")),
        Field(_("Actions"), value_of("actions")),
    ]


def _action_fields() -> list[Field]:
    return [
        Field(_("Title"), value_of("title")),
        Field(_("Owner"), value_of("owner")),
        Field(_("Deadline"), value_of("deadline")),
        Field(_("Status"), value_of("status_label")),
        Field(_("Comment"), value_of("comment")),
        Field(_("Risks"), value_of("risks")),
    ]


def _control_fields() -> list[Field]:
    return [
        Field(_("What is checked"), value_of("what")),
        Field(_("Method"), value_of("method")),
        Field(_("Frequency"), value_of("frequency")),
        Field(_("Owner"), value_of("owner")),
        Field(_("When reported"), value_of("reported_when")),
        Field(_("Risk"), value_of("risk")),
    ]


def plan_changes(adopted: dict[str, Any], today: dict[str, Any]) -> list[ItemChange]:
    """Every risk, action and control activity added, removed or changed since adoption.
    Both arguments are documents as `readable` returns them."""

    def number(item: dict[str, Any]) -> Any:
        return item["number"]

    return [
        *item_changes(
            _("Risk"),
            _with_placement(adopted),
            _with_placement(today),
            key=number,
            title=value_of("title"),
            fields=_risk_fields(today["matrix"], today["plan"]["category_heading"]),
        ),
        *item_changes(
            _("Action"),
            adopted["actions"],
            today["actions"],
            key=number,
            title=value_of("title"),
            fields=_action_fields(),
        ),
        *item_changes(
            _("Control activity"),
            adopted.get("controls", []),
            today.get("controls", []),
            key=number,
            title=lambda c: text(c.get("what")),
            fields=_control_fields(),
        ),
    ]
