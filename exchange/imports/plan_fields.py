"""The columns of an internal control plan's spreadsheet, with the headers the seeds' plans
and one-row-per-control plans give them, and how one row of them is read."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.imports.kinds import ImportField
from exchange.imports.plan_cells import (
    CellProblem,
    Scale,
    combined_assessment,
    day,
    requirement_type,
    stated,
    treatment,
    whole_number,
    words,
)
from exchange.imports.plan_groups import PlanRow
from internal_control.models import ActionStatus

# The longest text a cell may hold; longer is a sign of columns run together.
LONGEST = 5000
# Cells stored in shorter fields: the responsible roles, frequency and reporting time.
SHORT = {"owner": 200, "control_owner": 200, "frequency": 100, "reported_when": 200}


def _optional(key: str, label: object, synonyms: tuple[str, ...], help: object = "") -> ImportField:
    return ImportField(key, label, synonyms, required=False, help=help)  # type: ignore[arg-type]


PLAN_FIELDS: tuple[ImportField, ...] = (
    _optional(
        "number",
        gettext_lazy("Number"),
        ("id", "nr", "nummer", "risknummer", "risk nr", "number"),
        gettext_lazy("The risk's number in the plan; rows with the same number are one risk."),
    ),
    _optional(
        "goal_area",
        gettext_lazy("Goal area"),
        ("målområde", "malomrade", "målområden", "strategi", "perspektiv", "goal area"),
        gettext_lazy("Written once above the rows it covers is enough."),
    ),
    _optional("assignment", gettext_lazy("Assignment"), ("uppdrag", "assignment")),
    ImportField(
        "title",
        gettext_lazy("Risk"),
        (
            "risk",
            "risker",
            "riskbeskrivning",
            "identifierad risk",
            "process rutin system",
            "process",
            "risk title",
        ),
        help=gettext_lazy(
            "A row without a risk continues the risk above it (a second action or control)."
        ),
    ),
    _optional(
        "consequence",
        gettext_lazy("Consequence"),
        (
            "konsekvensbeskrivning",
            "konsekvenser",
            "konsekvens av risken",
            "beskrivning av konsekvens",
            "consequence",
        ),
    ),
    _optional(
        "cause",
        gettext_lazy("Cause"),
        (
            "orsak",
            "bakomliggande orsak",
            "beskrivning av bakomliggande orsaken till risken",
            "cause",
        ),
    ),
    _optional(
        "requirement_type",
        gettext_lazy("Risk category"),
        (
            "krav c f",
            "krav",
            "typ av krav",
            "kravtyp",
            "riskkategori",
            "kategori",
            "requirement type",
            "risk category",
        ),
        gettext_lazy("A risk category of the organisation, by its code or its name."),
    ),
    _optional("priority", gettext_lazy("Priority"), ("prio", "prioritet", "priority")),
    _optional(
        "probability",
        gettext_lazy("Probability"),
        ("sannolikhet", "s", "probability"),
        gettext_lazy("A level of the plan's matrix, by its label or its value."),
    ),
    _optional(
        "severity",
        gettext_lazy("Severity"),
        ("allvarlighetsgrad", "konsekvens", "k", "konsekvensgrad", "severity"),
        gettext_lazy("A level of the plan's matrix, by its label or its value."),
    ),
    _optional(
        "assessment",
        gettext_lazy("Risk assessment"),
        ("riskbedömning", "bedömning", "risk assessment"),
        gettext_lazy(
            "Both levels in one cell, each after its scale's name, as in “Allvarlighetsgrad "
            "Betydande Sannolikhet Stor”."
        ),
    ),
    _optional(
        "stated",
        gettext_lazy("Stated score or class"),
        ("riskpoäng", "riskvärde", "rv", "riskklass", "risknivå", "score"),
        gettext_lazy("Kept as the file states it, and checked against the matrix."),
    ),
    _optional(
        "treatment",
        gettext_lazy("Treatment"),
        ("hantering av risk", "hantering", "riskhantering", "treatment"),
        gettext_lazy("behålla, begränsa or eliminera."),
    ),
    _optional(
        "action",
        gettext_lazy("Action"),
        ("åtgärd", "åtgärder", "åtgärd för att hantera risken", "action"),
    ),
    _optional(
        "owner",
        gettext_lazy("Responsible"),
        ("ansvarig", "ansvarig för genomförande", "riskägare", "ägare", "owner"),
        gettext_lazy("A responsible role or a name, kept as written."),
    ),
    _optional("status", gettext_lazy("Status of the action"), ("status", "åtgärdsstatus")),
    _optional(
        "comment",
        gettext_lazy("Comment"),
        ("kommentar", "kommentarer", "comment"),
        gettext_lazy("On the action of the same row, kept without a status unless one is given."),
    ),
    _optional(
        "control",
        gettext_lazy("Control activity"),
        ("kontrollmoment", "kontroll", "kontrollaktivitet", "control activity"),
    ),
    _optional("control_method", gettext_lazy("Control method"), ("kontrollmetod", "metod")),
    _optional(
        "control_owner",
        gettext_lazy("Control responsible"),
        ("kontrollansvarig", "ansvarig för kontroll", "control owner"),
    ),
    _optional("frequency", gettext_lazy("Frequency"), ("frekvens", "hur ofta", "frequency")),
    _optional(
        "reported_when",
        gettext_lazy("Reported when"),
        ("tidpunkt för rapportering", "rapporteras", "rapportering", "reported when"),
    ),
    _optional(
        "assessed_on",
        gettext_lazy("Assessed on"),
        ("bedömd", "bedömningsdatum", "datum för bedömning", "assessed on"),
        gettext_lazy("YYYY-MM-DD; without it the assessments are dated the day they are read."),
    ),
)


def action_status(text: str) -> str:
    key = words(text)
    if not key:
        return ""
    for value, label in ActionStatus.choices:
        if value and key in (value, words(str(label))):
            return str(value)
    names = ", ".join(str(label).lower() for value, label in ActionStatus.choices if value)
    raise CellProblem(
        _("“%(text)s” is not a status of an action (%(names)s)") % {"text": text, "names": names}
    )


T = TypeVar("T")


def read_row(
    probability: Scale,
    severity: Scale,
    class_codes: Sequence[str],
    values: Mapping[str, str],
    row: int,
    categories: Mapping[str, str] | None = None,
) -> tuple[PlanRow | None, dict[str, str]]:
    """One row as what it says, and per field key what is wrong with it."""
    errors: dict[str, str] = {}
    cell = {key: text.strip() for key, text in values.items()}

    def read(key: str, reader: Callable[[str], T], empty: T) -> T:
        try:
            return reader(cell.get(key, ""))
        except CellProblem as problem:
            errors[key] = str(problem)
            return empty

    for key, text in cell.items():
        limit = SHORT.get(key, LONGEST)
        if len(text) > limit:
            errors[key] = _("the cell holds more than %(count)s characters") % {"count": limit}
    if errors:
        return None, errors
    number = read("number", whole_number, None)
    levels: tuple[int | None, int | None] = (
        read("probability", lambda t: probability.level(t) if t else None, None),
        read("severity", lambda t: severity.level(t) if t else None, None),
    )
    if cell.get("assessment") and levels == (None, None) and not errors:
        levels = read("assessment", lambda t: combined_assessment(t, probability, severity), levels)
    if (levels[0] is None) != (levels[1] is None) and not errors:
        missing = "severity" if levels[1] is None else "probability"
        errors[missing] = _("give both probability and severity, or neither")
    nothing_stated: tuple[int | None, str] = (None, "")
    stated_score, stated_class = read("stated", lambda t: stated(t, class_codes), nothing_stated)
    if (cell.get("comment") or cell.get("status")) and not cell.get("action"):
        errors["comment" if cell.get("comment") else "status"] = _(
            "there is no action on the row for it to belong to"
        )
    if number is not None and number < 1:
        errors["number"] = _("a risk's number is 1 or more")
    parsed = PlanRow(
        row=row,
        number=number,
        goal_area=cell.get("goal_area", ""),
        assignment=cell.get("assignment", ""),
        title=cell.get("title", ""),
        consequence=cell.get("consequence", ""),
        cause=cell.get("cause", ""),
        requirement_type=read(
            "requirement_type", lambda t: requirement_type(t, categories or {}), ""
        ),
        priority=read("priority", whole_number, None),
        treatment=read("treatment", treatment, ""),
        owner=cell.get("owner", ""),
        probability=levels[0],
        severity=levels[1],
        stated_score=stated_score,
        stated_class=stated_class,
        assessed_on=read("assessed_on", day, None),
        action=cell.get("action", ""),
        status=read("status", action_status, ""),
        comment=cell.get("comment", ""),
        control=cell.get("control", ""),
        control_method=cell.get("control_method", ""),
        control_owner=cell.get("control_owner", ""),
        frequency=cell.get("frequency", ""),
        reported_when=cell.get("reported_when", ""),
    )
    return (None if errors else parsed), errors
