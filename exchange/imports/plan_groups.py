"""The rows of an internal control plan's spreadsheet grouped into risks, as people lay them
out: a goal area or assignment written once above the rows it covers (merged cells), a risk
printed again under each assignment it threatens, and a second action on a row of its own."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from exchange.imports.plan_cells import words


@dataclass(frozen=True)
class PlanRow:
    row: int  # its number in the file
    number: int | None
    goal_area: str
    assignment: str
    title: str
    consequence: str = ""
    cause: str = ""
    requirement_type: str = ""
    priority: int | None = None
    treatment: str = ""
    owner: str = ""
    probability: int | None = None
    severity: int | None = None
    stated_score: int | None = None
    stated_class: str = ""
    assessed_on: datetime.date | None = None
    action: str = ""
    status: str = ""
    comment: str = ""
    control: str = ""
    control_method: str = ""
    control_owner: str = ""
    frequency: str = ""
    reported_when: str = ""


@dataclass
class PlannedAction:
    title: str
    owner: str
    status: str
    comment: str
    row: int


@dataclass
class RiskGroup:
    """One risk of the file with everything its rows say about it."""

    first: PlanRow
    number: int = 0
    rows: list[int] = field(default_factory=list)
    goal_areas: list[str] = field(default_factory=list)
    assignments: list[tuple[str, str]] = field(default_factory=list)  # (goal area, text)
    actions: list[PlannedAction] = field(default_factory=list)
    controls: list[PlanRow] = field(default_factory=list)

    def add(self, row: PlanRow, goal_area: str, assignment: str) -> None:
        self.rows.append(row.row)
        if goal_area and goal_area not in self.goal_areas:
            self.goal_areas.append(goal_area)
        if assignment and (goal_area, assignment) not in self.assignments:
            self.assignments.append((goal_area, assignment))
        if row.action:
            same = next((a for a in self.actions if words(a.title) == words(row.action)), None)
            if same is None:
                self.actions.append(
                    PlannedAction(row.action, row.owner, row.status, row.comment, row.row)
                )
            elif row.comment and not same.comment:
                same.comment = row.comment
        if row.control:
            self.controls.append(row)


@dataclass
class Grouped:
    risks: list[RiskGroup] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row, field key, text)


def group(rows: Sequence[PlanRow], taken: set[int]) -> Grouped:
    """Risks in the order the file gives them; `taken` are the numbers the plan already has.

    A row with a risk's text starts a risk, or adds to the risk with the same number or text;
    a row with only a number adds to that risk; a row with neither continues the risk above.
    A risk without a number takes the next after the largest the plan and the file use."""
    result = Grouped()
    by_number: dict[int, RiskGroup] = {}
    by_title: dict[str, RiskGroup] = {}
    goal_area = assignment = ""
    current: RiskGroup | None = None
    for row in rows:
        if row.goal_area:
            if row.goal_area != goal_area:
                assignment = ""
            goal_area = row.goal_area
        if row.assignment:
            assignment = row.assignment
        target = _target(row, by_number, by_title, current, result)
        if target is None and not row.title:
            continue
        if target is None:
            target = RiskGroup(first=row)
            result.risks.append(target)
            by_title[words(row.title)] = target
            if row.number is not None:
                if row.number in taken:
                    result.problems.append(
                        (
                            row.row,
                            "number",
                            _("the plan already has a risk %(number)s") % {"number": row.number},
                        )
                    )
                by_number[row.number] = target
        target.add(row, goal_area, assignment)
        current = target
    _number(result.risks, taken)
    return result


def _target(
    row: PlanRow,
    by_number: dict[int, RiskGroup],
    by_title: dict[str, RiskGroup],
    current: RiskGroup | None,
    result: Grouped,
) -> RiskGroup | None:
    """The risk the row adds to, or None when it starts one (or belongs to none)."""
    if row.number is not None and row.number in by_number:
        known = by_number[row.number]
        if row.title and words(row.title) != words(known.first.title):
            result.problems.append(
                (
                    row.row,
                    "title",
                    _("number %(number)s is risk “%(title)s” on row %(row)s")
                    % {
                        "number": row.number,
                        "title": known.first.title[:60],
                        "row": known.first.row,
                    },
                )
            )
        return known
    if row.title:
        same = by_title.get(words(row.title))
        if same is not None and (row.number is None or same.first.number is None):
            return same
        return None
    if row.number is not None:
        result.problems.append(
            (
                row.row,
                "number",
                _("no row above gives the text of risk %(number)s") % {"number": row.number},
            )
        )
        return None
    adds = bool(row.action or row.control or row.comment or row.assignment)
    if not adds:
        return None  # a heading row: only the goal area it names is carried down
    if current is None:
        result.problems.append(
            (row.row, "title", _("the row has no risk, and there is no risk above it"))
        )
    return current


def _number(risks: list[RiskGroup], taken: set[int]) -> None:
    used = taken | {r.first.number for r in risks if r.first.number is not None}
    following = max(used, default=0)
    for risk in risks:
        if risk.first.number is not None:
            risk.number = risk.first.number
        else:
            following += 1
            risk.number = following
