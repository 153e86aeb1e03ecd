"""The internal control plan as a Word document, from the same plan document as the PDF."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from internal_control.assessment_words import assessment_text
from reports.chapters_docx import write_chapters
from reports.control_rows import control_headers, control_row, ended_text
from reports.docx_writer import WordDocument
from reports.heat_grid import heat_grid
from reports.plan_versions import PlanVersion


def _assessment(document: dict[str, Any], risk: dict[str, Any]) -> str:
    a = risk["assessment"]
    if not a:
        return _("Not assessed")
    return f"{assessment_text(document['matrix'], a)}: {a['class']} {a['response']}"


def control_plan_docx(version: PlanVersion) -> bytes:
    document = version.document
    plan = document["plan"]
    word = WordDocument(plan["title"], author=plan["unit"])
    word.heading(plan["title"], 0)
    adoption = version.adoption
    facts = [
        (_("Body"), plan["unit"]),
        (_("Year"), str(plan["year"])),
        (_("Case number"), plan["case_number"] or "–"),
        (
            _("Adoption"),
            f"{adoption.body}, {adoption.adopted_on_text}, {adoption.reference_text}"
            if adoption
            else _("Not adopted"),
        ),
    ]
    for label, value in facts:
        word.paragraph(value, lead=f"{label}:")
    word.paragraph(_("This document shows the plan %(label)s.") % {"label": version.label})
    write_chapters(word, document.get("chapters"), "start")

    matrix = document["matrix"]
    word.heading(f"{_('Risk matrix')}: {matrix['name']}", 1)
    word.table(
        [_("Class"), _("Score"), _("Prescribed response")],
        [
            [c["code"], f"{c['min_score'] or ''}–{c['max_score'] or ''}", c["response"]]
            for c in matrix["classes"]
        ],
        caption=_("Risk classes and prescribed responses"),
    )
    heat = heat_grid(document)
    word.table(
        [f"{matrix['severity_name']} \\ {matrix['probability_name']}"]
        + [f"{p['value']} {p['label']}".strip() for p in heat["probabilities"]],
        [
            [f"{row['severity']['value']} {row['severity']['label']}".strip()]
            + [
                cell["class"] + (f": {', '.join(map(str, cell['risks']))}" if cell["risks"] else "")
                for cell in row["cells"]
            ]
            for row in heat["rows"]
        ],
        caption=_("Heat map: the plan's risks by their latest assessment"),
    )

    risks = {r["number"]: r for r in document["risks"]}
    actions = {a["number"]: a for a in document["actions"]}
    printed = Printed()
    for group in document["groups"]:
        word.heading(group["goal"] or _("Risks not linked to a goal"), 1)
        for assignment in group["assignments"]:
            word.heading(f"{assignment['code']} {assignment['text']}".strip(), 2)
            for entry in assignment["entries"]:
                _risk(word, document, risks[entry["number"]], entry["actions"], actions, printed)
        for entry in group["entries"]:
            _risk(word, document, risks[entry["number"]], entry["actions"], actions, printed)

    if document["controls"]:
        word.heading(_("Controls"), 1)
        word.table(
            control_headers(),
            [[str(cell) for cell in control_row(c)] for c in document["controls"]],
        )
    write_chapters(word, document.get("chapters"), "end")
    if version.warnings:
        word.heading(_("Warnings"), 1)
        word.bullets(w.message for w in version.warnings)
    return word.to_bytes()


class Printed:
    """The risks and actions already printed in full, referred to by number after that."""

    def __init__(self) -> None:
        self.risks: set[int] = set()
        self.actions: set[int] = set()


def _risk(
    word: WordDocument,
    document: dict[str, Any],
    risk: dict[str, Any],
    under: list[int],
    actions: dict[int, dict[str, Any]],
    printed: Printed,
) -> None:
    """A risk where the plan prints it, with the actions printed under it there (`under`)."""
    heading = _("Risk %(number)s") % {"number": risk["number"]} + f": {risk['title']}"
    if risk["number"] in printed.risks:
        word.paragraph(_("described above"), lead=heading + " –")
    else:
        printed.risks.add(risk["number"])
        word.heading(heading, 3)
        for label, value in (
            (_("Consequence"), risk["consequence"]),
            (_("Cause"), risk["cause"]),
            (_("Assessment"), _assessment(document, risk)),
            (_("Treatment"), risk["treatment"]),
            (document["plan"]["category_heading"], risk["requirement_type_label"]),
            (_("Priority"), str(risk["priority"] or "")),
            (_("Owner"), risk["owner"]),
            (_("Unit of the risk"), risk.get("unit", "")),
            (_("Ended"), ended_text(risk)),
        ):
            if value:
                word.paragraph(value, lead=f"{label}:")
    rows = []
    for number in under:
        action = actions[number]
        if number in printed.actions:
            rows.append([f"Å{number}", _("described above"), "", "", ""])
            continue
        printed.actions.add(number)
        rows.append(
            [
                f"Å{number} {action['title']}",
                action["owner"] or "–",
                action["deadline"] or "–",
                action["status_label"],
                action["comment"] or "–",
            ]
        )
    if rows:
        word.table(
            [_("Action"), _("Owner"), _("Deadline"), _("Status"), _("Comment")],
            rows,
            caption=_("Actions"),
        )
