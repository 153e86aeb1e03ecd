"""The follow-up of an internal control plan at one follow-up point, as data for documents.

Per risk: the assessment reported at this point against the one before it, its actions'
status and comments at this point (or the latest before it), and its controls' results
and deviations. What is proposed is derived from the facts: a risk assessed higher, a
control with a deviation and the measures taken, an action past its deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from chapters.services import chapters_data
from internal_control.chapter_documents import CONTROL_FOLLOW_UP, follow_up_owner
from internal_control.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    ControlActivity,
    ControlResult,
    FollowUp,
)
from internal_control.plan_document import distinct_actions, plan_risks


@dataclass
class RiskFollowUp:
    risk: Any
    current: Any  # the assessment at this follow-up, or None
    previous: Any  # the assessment before it (or the latest, when none was made now)
    actions: list[dict[str, Any]] = field(default_factory=list)
    controls: list[dict[str, Any]] = field(default_factory=list)

    @property
    def change(self) -> str:
        if self.current is None or self.previous is None:
            return ""
        now, before = self.current.risk_class.rank, self.previous.risk_class.rank
        return "higher" if now > before else "lower" if now < before else "same"


def control_followup(followup: FollowUp) -> dict[str, Any]:
    plan = followup.plan
    risks = plan_risks(plan)
    actions = {
        a.pk: a
        for a in Action.objects.filter(plan=plan).prefetch_related(
            Prefetch(
                "updates",
                queryset=ActionUpdate.objects.filter(reported_on__lte=followup.due_on).order_by(
                    "reported_on", "pk"
                ),
            )
        )
    }
    controls = list(
        ControlActivity.objects.filter(plan=plan).prefetch_related(
            Prefetch("results", queryset=ControlResult.objects.order_by("performed_on", "pk"))
        )
    )
    rows = []
    proposals: list[str] = []
    for risk in risks:
        assessments = [a for a in risk.assessments.all() if a.assessed_on <= followup.due_on]
        current = next((a for a in reversed(assessments) if a.followup_id == followup.pk), None)
        earlier = [a for a in assessments if a is not current]
        row = RiskFollowUp(risk, current, earlier[-1] if earlier else None)
        for action in (actions[a.pk] for a in distinct_actions(risk.action_links.all())):
            updates = list(action.updates.all())
            at_point = [u for u in updates if u.followup_id == followup.pk]
            latest = (at_point or updates)[-1] if (at_point or updates) else None
            row.actions.append({"action": action, "update": latest, "reported": bool(at_point)})
            overdue = (
                action.deadline is not None
                and action.deadline < followup.due_on
                and action.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
            )
            if overdue:
                proposals.append(
                    _(
                        "Action %(number)s is past its deadline %(date)s: decide a new "
                        "deadline or other measures."
                    )
                    % {"number": action.number, "date": str(action.deadline)}
                )
        for control in controls:
            if control.risk_id == risk.pk:
                row.controls.append(_control_row(control, followup, proposals))
        if row.change == "higher":
            proposals.append(
                _(
                    "Risk %(number)s is assessed higher than before (%(before)s to %(now)s): "
                    "consider further actions."
                )
                % {
                    "number": risk.number,
                    "before": row.previous.risk_class.code,
                    "now": row.current.risk_class.code,
                }
            )
        rows.append(row)
    # A control without a risk of the plan (none named, or one since removed) is kept with
    # its result: a deviation it found is as much the committee's business.
    shown = {r.risk.pk for r in rows}
    unlinked = [
        _control_row(control, followup, proposals)
        for control in controls
        if control.risk_id is None or control.risk_id not in shown
    ]
    reported = sum(1 for r in rows for a in r.actions if a["reported"])
    return {
        "plan": plan,
        "followup": followup,
        "chapters": chapters_data(CONTROL_FOLLOW_UP, follow_up_owner(followup)),
        "rows": rows,
        "controls_without_risk": unlinked,
        "proposals": proposals,
        "reported_actions": reported,
        "action_count": len(actions),
    }


def _control_row(
    control: ControlActivity, followup: FollowUp, proposals: list[str]
) -> dict[str, Any]:
    """The control with its result at this follow-up; a deviation becomes a proposal."""
    results = [r for r in control.results.all() if r.followup_id == followup.pk]
    result = results[-1] if results else None
    if result is not None and result.outcome == "deviation":
        proposals.append(
            _("Control K%(number)s found a deviation: %(findings)s Measures: %(measures)s")
            % {
                "number": control.number,
                "findings": result.findings,
                "measures": result.measures or "–",
            }
        )
    return {"control": control, "result": result}
