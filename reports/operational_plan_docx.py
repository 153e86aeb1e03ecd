"""The operational plan as a Word document, from the same plan data as the PDF."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from planning.target_words import quantity
from reports.chapters_docx import write_chapters
from reports.docx_writer import WordDocument


def operational_plan_docx(plan: dict[str, Any], title: str, version_label: str) -> bytes:
    unit, year = plan["unit"], plan["year"]
    word = WordDocument(title, author=unit.name)
    word.heading(title, 0)
    word.paragraph(unit.name, lead=f"{_('Body')}:")
    word.paragraph(str(year), lead=f"{_('Year')}:")
    if adoption := plan.get("adoption"):
        word.paragraph(
            f"{adoption.body} {adoption.adopted_on_text}, {adoption.reference_text}",
            lead=f"{_('Adopted by')}:",
        )
    word.paragraph(_("This document shows the plan %(label)s.") % {"label": version_label})
    chapters = plan.get("chapters")
    write_chapters(word, chapters, "start")
    for entry in plan["tree"]:
        perspective = entry["perspective"]
        word.heading(
            f"{perspective['kind_label']}: {perspective['name']}" if perspective else _("Goals"),
            1,
        )
        for node in entry["goals"]:
            _goal(word, node, 2)
    write_chapters(word, chapters, "before_budget")
    budget = plan["budget"]
    if budget:
        word.heading(_("Budget frame and investment plan"), 1)
        if budget["strategy"]:
            word.heading(_("The year's strategy for keeping the budget"), 2)
            word.paragraph(budget["strategy"])
        rows = [
            [line["label"], quantity(line["previous_year"]), quantity(line["amount"])]
            for line in budget["lines"]
        ]
        rows.append(
            [
                budget["total_label"] or _("Total"),
                quantity(budget["total_previous_year"]),
                quantity(budget["total"]),
            ]
        )
        word.table(
            [_("Line"), f"{_('Budget')} {year - 1}", f"{_('Budget')} {year}"],
            rows,
            caption=_("Net budget frame (%(unit)s)") % {"unit": budget["amount_unit"]},
        )
        if budget["explanation"]:
            word.paragraph(budget["explanation"])
        if budget["changes"]:
            word.heading(_("Changes to the frame"), 2)
            word.bullets(budget["changes"])
    for group in (g for g in plan["investment_groups"] if g["items"]):
        word.table(
            [_("Area, department or unit"), _("Item"), _("Amount (tkr)")],
            [[i["area"] or "–", i["name"], quantity(i["amount_tkr"])] for i in group["items"]]
            + [[_("Total"), "", quantity(group["sum"])]],
            caption=f"{group['title']}: {quantity(group['sum'])} tkr",
        )
    write_chapters(word, chapters, "before_follow_up")
    if plan["follow_up_areas"]:
        word.heading(_("Follow-up plan"), 1)
        word.paragraph(_("During %(year)s the committee follows up:") % {"year": year})
        word.bullets(plan["follow_up_areas"])
    write_chapters(word, chapters, "after_follow_up")
    if plan["meetings"]:
        word.heading(_("Meeting calendar"), 1)
        rows = []
        for meeting in plan["meetings"]:
            for n, item in enumerate(meeting["items"]):
                date = f"{meeting['date']:%Y-%m-%d}" if n == 0 else ""
                rows.append([date, item["kind"], item["topic"], item["presenter"] or "–"])
        word.table([_("Date"), _("Kind"), _("Topic"), _("Presented by")], rows)
    write_chapters(word, chapters, "end")
    return word.to_bytes()


def _goal(word: WordDocument, node: dict[str, Any], level: int) -> None:
    goal = node["goal"]
    heading = f"{goal['level_label']}: {goal['code']} {goal['title']}".replace("  ", " ")
    word.heading(heading, level)
    word.paragraph(goal["unit_name"], lead=f"{_('Set by')}:")
    if goal["description"]:
        word.paragraph(goal["description"])
    for entry in node["assignments"]:
        assignment = entry["assignment"]
        lead = _("Assignment") + (
            f" {_('to')} {assignment['given_to']}" if assignment["given_to"] else ""
        )
        word.paragraph(assignment["text"], lead=f"{lead}:")
        rows = [
            [
                g["goal"]["title"]
                + (f"\n{g['goal']['description']}" if g["goal"]["description"] else "")
                + "".join(f"\n{p['name']}: {p['target_text']}" for p in m["parts"]),
                m["indicator"]["target_text"] or "–",
                m["indicator"]["frequency_label"]
                + (f", {m['indicator']['level']}" if m["indicator"]["level"] else ""),
            ]
            for g in entry["goals"]
            for m in g["measures"]
        ]
        if rows:
            word.table([_("Goal"), _("Target"), _("Follow-up")], rows)
    if node["measures"]:
        word.table(
            [_("Measure"), _("Target"), _("Reported in")],
            [
                [
                    m["indicator"]["name"],
                    m["indicator"]["target_text"] or "–",
                    m["indicator"]["report_periods"] or m["indicator"]["frequency_label"],
                ]
                for m in node["measures"]
            ],
        )
    if node["actions"]:
        word.bullets(f"Å{a['number']} {a['title']} – {a['status_label']}" for a in node["actions"])
    for child in node["children"]:
        _goal(word, child, min(level + 1, 4))
