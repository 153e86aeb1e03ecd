"""Figures for the generated documents: the demo's, a 300-risk plan and a 2,000-measure report."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from django.core.management import call_command
from django.utils import translation

from benchmarks import generated, timed
from followup.models import Period, PeriodStatus
from internal_control.models import (
    Action,
    ActionRisk,
    ControlPlan,
    Risk,
    RiskAssessment,
    RiskAssignment,
)
from internal_control.services.matrices import class_for
from internal_control.services.plans import create_plan
from organisation.access import SYSTEM
from organisation.models import Unit, UnitKind
from planning.models import Assignment, Goal, GoalLevel, Indicator
from reports.control_plan_docx import control_plan_docx
from reports.control_plan_xlsx import control_plan_workbook
from reports.operational_plan import operational_plan
from reports.operational_plan_docx import operational_plan_docx
from reports.plan_versions import plan_version
from reports.tertial_report import tertial_report
from reports.tertial_report_docx import tertial_report_docx
from reports.tertial_report_xlsx import tertial_report_workbook
from reports.views.control_plan import control_plan_pdf_bytes
from reports.views.operational_plan import operational_plan_pdf_bytes
from reports.views.tertial_report import tertial_report_pdf_bytes

RISKS = 300
MEASURES = 2000


def _control_plan_figures(emit: Callable[..., None], plan: ControlPlan, label: str) -> None:
    seconds, pdf = timed(lambda: control_plan_pdf_bytes(plan, None))
    emit(f"documents.control_plan_pdf.{label}", seconds, risks=plan.risks.count(), bytes=len(pdf))
    seconds, docx = timed(lambda: control_plan_docx(plan_version(plan, None)))
    emit(f"documents.control_plan_docx.{label}", seconds, bytes=len(docx))
    seconds, xlsx = timed(lambda: control_plan_workbook(plan_version(plan, None).document, ""))
    emit(f"documents.control_plan_xlsx.{label}", seconds, bytes=len(xlsx))


def _report_figures(emit: Callable[..., None], unit: Unit, period: Period, label: str) -> None:
    measures = Indicator.objects.filter(unit=unit).count()
    seconds, pdf = timed(lambda: tertial_report_pdf_bytes(unit, period))
    emit(f"documents.tertial_report_pdf.{label}", seconds, measures=measures, bytes=len(pdf))
    seconds, docx = timed(
        lambda: tertial_report_docx(tertial_report(unit, period, with_charts=False), "", "")
    )
    emit(f"documents.tertial_report_docx.{label}", seconds, bytes=len(docx))
    seconds, xlsx = timed(
        lambda: tertial_report_workbook(tertial_report(unit, period, with_charts=False), "")
    )
    emit(f"documents.tertial_report_xlsx.{label}", seconds, bytes=len(xlsx))


def _large_plan(template: ControlPlan) -> ControlPlan:
    unit = Unit(parent=template.unit, name="Division Stor", kind=UnitKind.DIVISION)
    unit.save()
    plan = create_plan(
        SYSTEM, unit, year=2030, title="Stor internkontrollplan", matrix=template.matrix
    )
    goals = [
        Goal.objects.create(unit=unit, level=GoalLevel.GOAL_AREA, title=f"Målområde {g}")
        for g in range(10)
    ]
    assignments = [
        Assignment.objects.create(unit=unit, goal=goals[a % 10], text=f"Uppdrag {a}")
        for a in range(40)
    ]
    rng = random.Random(7)
    for number in range(1, RISKS + 1):
        risk = Risk.objects.create(
            plan=plan,
            number=number,
            title=f"Risk för avvikelse nummer {number}",
            consequence="Kan leda till att verksamhetens mål inte nås.",
            treatment="reduce",
        )
        for assignment in rng.sample(assignments, 2):
            RiskAssignment.objects.create(risk=risk, assignment=assignment)
        p, s = rng.randint(1, 4), rng.randint(1, 4)
        score, risk_class = class_for(plan.matrix, p, s)
        RiskAssessment.objects.create(
            risk=risk,
            assessed_on=datetime.date(2030, 1, 1),
            probability=p,
            severity=s,
            score=score,
            risk_class=risk_class,
        )
        action = Action.objects.create(
            unit=unit, plan=plan, number=number, title=f"Åtgärd {number}"
        )
        ActionRisk.objects.create(action=action, risk=risk)
    return plan


def _large_report(region: Unit) -> tuple[Unit, Period]:
    unit = Unit(parent=region, name="Division Mått", kind=UnitKind.DIVISION)
    unit.save()
    indicators = generated.measures(unit, MEASURES, measure_unit="%")
    periods = list(Period.objects.filter(unit=region, kind="tertial", number=1).order_by("year"))
    generated.outcomes(indicators, periods, unit, seed=3, comment="Kommentar till utfallet.")
    return unit, periods[-1]


def run(emit: Callable[..., None]) -> None:
    translation.activate("sv")
    seconds, _ = timed(lambda: call_command("load_demo", quiet_logins=True, verbosity=0))
    emit("documents.load_demo", seconds)
    hsn_plan = ControlPlan.objects.get(year=2025)
    _control_plan_figures(emit, hsn_plan, "demo_hsn_2025")
    ll1 = Unit.objects.get(name="Division Länssjukvård 1")
    region = Unit.objects.get(pk=ll1.region_id)
    period = Period.objects.get(unit=region, year=2022, name="DÅ04")
    _report_figures(emit, ll1, period, "demo_ll1_dao4_2022")
    hsn = hsn_plan.unit
    seconds, pdf = timed(lambda: operational_plan_pdf_bytes(hsn, 2023))
    emit("documents.operational_plan_pdf.demo_hsn_2023", seconds, bytes=len(pdf))
    seconds, docx = timed(lambda: operational_plan_docx(operational_plan(hsn, 2023), "", ""))
    emit("documents.operational_plan_docx.demo_hsn_2023", seconds, bytes=len(docx))

    seconds, large = timed(lambda: _large_plan(hsn_plan))
    emit("documents.build_300_risk_plan", seconds)
    _control_plan_figures(emit, large, "generated_300_risks")
    seconds, (unit, last) = timed(lambda: _large_report(region))
    emit("documents.build_2000_measure_report", seconds)
    Period.objects.filter(pk=last.pk).update(status=PeriodStatus.CLOSED)
    _report_figures(emit, unit, last, "generated_2000_measures")
