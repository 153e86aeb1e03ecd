"""An internal control plan kept in a spreadsheet as a kind of import, into a draft plan.

Every column the seeds' plans use can be read: goal area and assignment (written once above
the rows they cover, as merged cells leave them), number, risk, consequence, cause,
requirement type, priority, the assessment as two columns or one ("Allvarlighetsgrad
Betydande Sannolikhet Stor"), the score or class the plan states, treatment, action, owner,
comment, and control activities (one row per control works too). Everything is written
through the services of internal control and planning, so their rules hold; each object's
history names the file and row it came from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.imports.kinds import ImportField, ImportKind, Preview, Source, register
from exchange.imports.plan_cells import Scale, words
from exchange.imports.plan_fields import PLAN_FIELDS, read_row
from exchange.imports.plan_groups import Grouped, PlanRow
from exchange.imports.plan_saving import PlanContext, save_plan_rows
from internal_control.access import plan_policy
from internal_control.models import Axis, ControlPlan, PlanStatus
from internal_control.services.categories import categories_of
from internal_control.services.matrices import class_for
from organisation.models import Unit
from planning.access import goal_policy
from planning.models import Assignment, Goal

PREVIEW_ROWS = 500


def _scale(matrix: Any, axis: str, name: str) -> Scale:
    levels = [level for level in matrix.levels.all() if level.axis == axis]
    return Scale(
        name=name,
        values={words(level.label): level.value for level in levels if level.label},
        labels=[level.label for level in levels if level.label],
        numbers=frozenset(level.value for level in levels),
    )


class ControlPlanKind(ImportKind):
    key = "control_plan"
    slug = "internkontrollplan"
    section = "internal_control"
    label = gettext_lazy("Internal control plan")
    target_label = gettext_lazy("Internal control plan (draft) to read the rows into")
    fields: tuple[ImportField, ...] = PLAN_FIELDS

    def _plans(self, actor: Any, region: Unit) -> list[ControlPlan]:
        plans = plan_policy.scope(
            actor,
            ControlPlan.objects.filter(
                unit__path__startswith=region.path, status=PlanStatus.DRAFT
            ).select_related("unit"),
        ).order_by("-year", "unit__name")
        return [plan for plan in plans if plan_policy.can_change(actor, plan)]

    def may_import(self, actor: Any, region: Any) -> bool:
        return bool(self._plans(actor, region))

    def targets(self, actor: Any, region: Any) -> list[tuple[int, str]]:
        return [
            (plan.pk, f"{plan.title} ({plan.unit.name})") for plan in self._plans(actor, region)
        ]

    def begin(self, actor: Any, region: Any, **options: Any) -> PlanContext:
        target = options.get("target")
        plan = (
            ControlPlan.objects.select_related("unit", "matrix")
            .filter(pk=target, unit__path__startswith=region.path, status=PlanStatus.DRAFT)
            .first()
            if isinstance(target, int)
            else None
        )
        if plan is None or not plan_policy.can_change(actor, plan):
            raise PermissionDenied
        matrix = plan.matrix
        # Every assessment is classed on this matrix: its rules are read once, not per risk.
        prefetch_related_objects([matrix], "levels", "classes", "cells")
        unit = plan.unit
        above = [unit.pk, *unit.ancestor_ids]
        # The unit's own goal wins over one of the same title above it: nearest comes last.
        found = Goal.objects.filter(unit_id__in=above).select_related("unit").order_by("pk")
        goals = {words(goal.title): goal for goal in sorted(found, key=lambda g: len(g.unit.path))}
        assignments: dict[tuple[str, str], Assignment] = {}
        for assignment in Assignment.objects.filter(unit_id__in=above).select_related("goal"):
            goal_key = words(assignment.goal.title) if assignment.goal else ""
            assignments.setdefault((goal_key, words(assignment.text)), assignment)
            assignments.setdefault(("", words(assignment.text)), assignment)
        return PlanContext(
            plan=plan,
            probability=_scale(matrix, Axis.PROBABILITY, matrix.probability_name),
            severity=_scale(matrix, Axis.SEVERITY, matrix.severity_name),
            class_codes=list(matrix.classes.order_by("rank").values_list("code", flat=True)),
            categories={code: c.name for code, c in categories_of(unit.region_id).items()},
            goals=goals,
            assignments=assignments,
            may_create_goals=goal_policy.can_create_in(actor, unit),
            taken=set(plan.risks.values_list("number", flat=True)),
            today=timezone.localdate(),
        )

    def home(self, target: int | None) -> tuple[str, str]:
        plan = ControlPlan.objects.filter(pk=target).first() if target else None
        if plan is None:
            return (str(_("Internal control")), reverse("internal_control:plans"))
        return (plan.title, reverse("internal_control:plan", args=[plan.pk]))

    def parse(
        self, context: PlanContext, values: Mapping[str, str], row: int = 0
    ) -> tuple[PlanRow | None, dict[str, str]]:
        parsed, errors = read_row(
            context.probability,
            context.severity,
            context.class_codes,
            values,
            row,
            context.categories,
        )
        if parsed is not None and not errors:
            errors.update(self._links(context, parsed))
        return (None if errors else parsed), errors

    def _links(self, context: PlanContext, row: PlanRow) -> dict[str, str]:
        """Goal areas and assignments the plan's unit lacks are made only by those who may."""
        if context.may_create_goals:
            return {}
        errors = {}
        if row.goal_area and words(row.goal_area) not in context.goals:
            errors["goal_area"] = _(
                "“%(text)s” is not a goal of the unit, and you may not add goals"
            ) % {"text": row.goal_area[:80]}
        if row.assignment and ("", words(row.assignment)) not in context.assignments:
            errors["assignment"] = _(
                "“%(text)s” is not an assignment of the unit, and you may not add assignments"
            ) % {"text": row.assignment[:80]}
        return errors

    def cross_check(
        self, context: PlanContext, parsed: Sequence[Any]
    ) -> list[tuple[int, str, str]]:
        return context.group(parsed).problems

    def _new_links(self, context: PlanContext, grouped: Grouped) -> tuple[list[str], list[str]]:
        goals: list[str] = []
        assignments: list[str] = []
        for risk in grouped.risks:
            for title in risk.goal_areas:
                if words(title) not in context.goals and title not in goals:
                    goals.append(title)
            for goal, text in risk.assignments:
                key = (words(goal), words(text))
                known = key in context.assignments or ("", words(text)) in context.assignments
                if not known and text not in assignments:
                    assignments.append(text)
        return goals, assignments

    def preview(self, context: PlanContext, parsed: Sequence[PlanRow], source: Source) -> Preview:
        grouped = context.group(parsed)
        result = Preview(caption=_("The risks the file gives, as they will be saved"))
        if not grouped.risks:
            return result
        action_count = len({words(a.title) for r in grouped.risks for a in r.actions})
        control_count = sum(len(r.controls) for r in grouped.risks)
        result.notes.append(
            _(
                "%(rows)s rows give %(risks)s risks, %(actions)s actions and %(controls)s "
                "control activities in %(plan)s."
            )
            % {
                "rows": len(parsed),
                "risks": len(grouped.risks),
                "actions": action_count,
                "controls": control_count,
                "plan": context.plan.title,
            }
        )
        goals, assignments = self._new_links(context, grouped)
        if goals:
            result.notes.append(
                _("New goal areas of %(unit)s: %(names)s.")
                % {"unit": context.plan.unit.name, "names": "; ".join(goals)}
            )
        if assignments:
            result.notes.append(
                _("%(count)s new assignments of %(unit)s.")
                % {"count": len(assignments), "unit": context.plan.unit.name}
            )
        if not any(row.assessed_on for row in parsed):
            result.notes.append(
                _(
                    "The assessments are dated %(day)s, the day they are read: the file gives no "
                    "date."
                )
                % {"day": context.today.isoformat()}
            )
        result.headers = [
            _("No."),
            _("Risk"),
            _("Assessment"),
            _("Class"),
            _("Stated in the file"),
            _("Actions"),
            _("Controls"),
        ]
        matrix = context.plan.matrix
        unanswered = []
        for risk in grouped.risks[:PREVIEW_ROWS]:
            first = risk.first
            assessment = code = ""
            if first.probability is not None and first.severity is not None:
                _score, risk_class = class_for(matrix, first.probability, first.severity)
                assessment = (
                    f"{context.probability.name} {context.probability.shown(first.probability)}, "
                    f"{context.severity.name.lower()} {context.severity.shown(first.severity)}"
                )
                code = risk_class.code
                if (
                    risk_class.requires_action
                    and not risk.actions
                    and not (risk_class.control_answers and risk.controls)
                ):
                    unanswered.append(str(risk.number))
            stated = first.stated_class or (
                str(first.stated_score) if first.stated_score is not None else ""
            )
            result.rows.append(
                [
                    str(risk.number),
                    first.title,
                    assessment,
                    code,
                    stated,
                    str(len(risk.actions)),
                    str(len(risk.controls)),
                ]
            )
        if unanswered:
            result.notes.append(
                _(
                    "Risks %(numbers)s are in a class that requires an action, and the file gives "
                    "none: the plan's checks will show them."
                )
                % {"numbers": ", ".join(unanswered)}
            )
        if len(grouped.risks) > PREVIEW_ROWS:
            result.notes.append(
                _("The table shows the first %(shown)s of %(all)s risks.")
                % {"shown": PREVIEW_ROWS, "all": len(grouped.risks)}
            )
        return result

    def save(
        self, actor: Any, context: PlanContext, parsed: Sequence[PlanRow], source: Source
    ) -> ControlPlan:
        save_plan_rows(actor, context, context.group(parsed), source)
        return context.plan

    def saved_message(self, result: Any) -> str:
        return _("The file's risks were saved in %(plan)s.") % {"plan": result.title}

    def saved_address(self, result: Any) -> str:
        return reverse("internal_control:plan", args=[result.pk])


control_plan_kind = register(ControlPlanKind())
