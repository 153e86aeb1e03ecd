"""The reason of a judgement in words: which rule decided, with the numbers it compared.

`planning.targets` judges with reason codes and parameters; this module writes the sentence
a reader sees next to the symbol ("Utfallet 51 % når inte målet 100 %.").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.numbers import format_number, format_quantity
from planning.targets import Judgement


def quantity(value: Decimal | str | None, unit: str = "", signed: bool = False) -> str:
    """A number as Swedish readers write it, with its unit: 1 234,5, 12 % and +19 mnkr.

    `signed` is for a deviation or a change, where a positive value carries its plus sign.
    """
    return format_quantity(value, unit, signed=signed)


# Reason code -> sentence; %(name)s are the judgement's parameters, already formatted.
SENTENCES: dict[str, Any] = {
    "at_least_met": gettext_lazy(
        "The outcome %(outcome)s reaches the target of at least %(target)s."
    ),
    "at_least_close": gettext_lazy(
        "The outcome %(outcome)s is just short of the target of at least %(target)s "
        "(within %(band)s of it)."
    ),
    "at_least_missed": gettext_lazy(
        "The outcome %(outcome)s does not reach the target of at least %(target)s."
    ),
    "at_most_met": gettext_lazy(
        "The outcome %(outcome)s is within the target of at most %(target)s."
    ),
    "at_most_close": gettext_lazy(
        "The outcome %(outcome)s is just above the target of at most %(target)s "
        "(within %(band)s of it)."
    ),
    "at_most_missed": gettext_lazy(
        "The outcome %(outcome)s is above the target of at most %(target)s."
    ),
    "less_than_met": gettext_lazy("The outcome %(outcome)s is below the target %(target)s."),
    "less_than_close": gettext_lazy(
        "The outcome %(outcome)s is just above the target of less than %(target)s "
        "(within %(band)s of it)."
    ),
    "less_than_missed": gettext_lazy("The outcome %(outcome)s is not below the target %(target)s."),
    "more_than_met": gettext_lazy("The outcome %(outcome)s is above the target %(target)s."),
    "more_than_close": gettext_lazy(
        "The outcome %(outcome)s is just short of the target of more than %(target)s "
        "(within %(band)s of it)."
    ),
    "more_than_missed": gettext_lazy("The outcome %(outcome)s is not above the target %(target)s."),
    "exactly_met": gettext_lazy("The outcome %(outcome)s equals the target %(target)s."),
    "exactly_missed": gettext_lazy("The outcome %(outcome)s differs from the target %(target)s."),
    "per_sex_at_least": gettext_lazy(
        "Women %(women)s against the target %(women_target)s (%(women_status)s), men "
        "%(men)s against %(men_target)s (%(men_status)s); the weaker of the two "
        "decides."
    ),
    "per_sex_at_most": gettext_lazy(
        "Women %(women)s against the ceiling %(women_target)s (%(women_status)s), men"
        " %(men)s against %(men_target)s (%(men_status)s); the weaker of the two "
        "decides."
    ),
    "no_outcome_per_sex": gettext_lazy(
        "The target is set for women and men separately, and the outcome for both is missing."
    ),
    "pending": gettext_lazy("The target value has not been set yet."),
    "activity_unknown": gettext_lazy(
        "An activity target: a person judges whether it was carried out."
    ),
    "activity_done": gettext_lazy("The activity has been carried out."),
    "activity_not_done": gettext_lazy("The activity has not been carried out."),
    "parts_unknown": gettext_lazy(
        "The target counts sub-measures met, and they are not judged yet."
    ),
    "parts_met": gettext_lazy("%(met)s of %(n)s sub-measures are met; the target asks for %(k)s."),
    "parts_missed": gettext_lazy(
        "Only %(met)s of %(n)s sub-measures are met; the target asks for %(k)s."
    ),
    "no_outcome": gettext_lazy("No outcome has been reported for the period."),
    "benchmark_unknown": gettext_lazy(
        "The comparison value (for example the national average) is not known, so a person judges."
    ),
    "benchmark_close": gettext_lazy(
        "The outcome %(outcome)s is level with the comparison value %(benchmark)s "
        "(within %(band)s of it)."
    ),
    "benchmark_far": gettext_lazy(
        "The outcome %(outcome)s is not level with the comparison value %(benchmark)s."
    ),
    "reference_unknown": gettext_lazy(
        "The value to compare with is not known, so the rule cannot decide."
    ),
    "improved": gettext_lazy(
        "The outcome %(outcome)s is better than the comparison value %(reference)s."
    ),
    "not_improved": gettext_lazy(
        "The outcome %(outcome)s is not better than the comparison value %(reference)s."
    ),
    "decreased": gettext_lazy(
        "The outcome %(outcome)s is lower than the comparison value %(reference)s."
    ),
    "not_decreased": gettext_lazy(
        "The outcome %(outcome)s is not lower than the comparison value %(reference)s."
    ),
    "increased": gettext_lazy(
        "The outcome %(outcome)s is higher than the comparison value %(reference)s."
    ),
    "not_increased": gettext_lazy(
        "The outcome %(outcome)s is not higher than the comparison value %(reference)s."
    ),
    "decreased_enough": gettext_lazy(
        "The outcome %(outcome)s is %(change)s lower than %(reference)s; the target "
        "asks for %(target)s."
    ),
    "decreased_too_little": gettext_lazy(
        "The outcome %(outcome)s has changed by %(change)s against %(reference)s; the"
        " target asks for a decrease of %(target)s."
    ),
    "increased_enough": gettext_lazy(
        "The outcome %(outcome)s is %(change)s higher than %(reference)s; the target "
        "asks for %(target)s."
    ),
    "increased_too_little": gettext_lazy(
        "The outcome %(outcome)s has changed by %(change)s against %(reference)s; the"
        " target asks for an increase of %(target)s."
    ),
    "no_rule": gettext_lazy("The measure has no target that can be judged."),
    "unknown_rule": gettext_lazy("The target cannot be judged."),
}


def _status_word(status: str) -> str:
    return {
        "met": _("met"),
        "partly_met": _("partly met"),
        "not_met": _("not met"),
        "not_assessable": _("not assessable"),
    }.get(status, status)


def explain(judgement: Judgement, unit: str = "") -> str:
    """One or two sentences on why the judgement came out as it did."""
    if judgement.reason == "manual":
        reason = str(judgement.params.get("reason", "")).strip()
        return _("Judged by a person: %(reason)s") % {"reason": reason} if reason else ""
    # A judgement kept from before the band was the organisation's was made within a tenth.
    params: dict[str, Any] = {"band": quantity(Decimal("10"), "%")}
    for key, value in judgement.params.items():
        if key == "band":
            params[key] = quantity(Decimal(value), "%")
        elif key.endswith("_status"):
            params[key] = _status_word(str(value))
        elif key == "change" or (key == "target" and "creased" in judgement.reason):
            params[key] = quantity(abs(Decimal(value)) if key == "target" else Decimal(value), "%")
        elif isinstance(value, Decimal | int | float) and key not in ("met", "k", "n"):
            params[key] = quantity(Decimal(value), unit)
        else:
            params[key] = value
    sentence = SENTENCES.get(judgement.reason)
    return str(sentence) % params if sentence else ""


VERDICTS: dict[str, Any] = {
    "rule_all": gettext_lazy("%(met)s of %(judged)s measures met; the goal is met when all are."),
    "rule_most": gettext_lazy(
        "%(met)s of %(judged)s measures met; the goal is met when more than half are."
    ),
    "rule_weighted": gettext_lazy(
        "%(met)s of %(judged)s measures met; the met weigh %(met_weight)s and those not met "
        "%(not_met_weight)s of %(judged_weight)s. The goal is met when the met weigh more "
        "than half."
    ),
    "none_judged": gettext_lazy("None of the goal's measures can be judged yet."),
}


VERDICTS_BRIEFLY: dict[str, Any] = {
    "rule_all": gettext_lazy("%(met)s of %(judged)s met"),
    "rule_most": gettext_lazy("%(met)s of %(judged)s met"),
    "rule_weighted": gettext_lazy(
        "%(met)s of %(judged)s met, weighing %(met_weight)s of %(judged_weight)s"
    ),
    "none_judged": gettext_lazy("none judged yet"),
}


def weight_in_words(weight: Decimal | None) -> str:
    """A measure's weight as a reader sees it: "2,5", or that none is given (it counts as 1)."""
    return _("equal weight (none given)") if weight is None else format_number(weight)


def _verdict_params(verdict: Any) -> dict[str, Any]:
    """The counts as they are; the weights (Decimals) as Swedish readers write them: 2,5."""
    return {
        key: format_number(value) if key.endswith("_weight") else value
        for key, value in verdict.params.items()
    }


def verdict_briefly(verdict: Any) -> str:
    """A goal's verdict in a few words, for a caption: "1 av 2 mått uppfyllda"."""
    if verdict.reason == "manual":
        return _("judged by a person: %(reason)s") % {"reason": verdict.params.get("reason", "")}
    sentence = VERDICTS_BRIEFLY.get(verdict.reason)
    return str(sentence) % _verdict_params(verdict) if sentence else ""


def explain_verdict(verdict: Any) -> str:
    """Why a goal's verdict came out as it did, from its measures' counts."""
    if verdict.reason == "manual":
        reason = str(verdict.params.get("reason", "")).strip()
        return _("Judged by a person: %(reason)s") % {"reason": reason} if reason else ""
    sentence = VERDICTS.get(verdict.reason)
    return str(sentence) % _verdict_params(verdict) if sentence else ""
