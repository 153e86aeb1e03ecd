"""How the cells of an internal control plan's spreadsheet are read: levels of the matrix by
label or value, a combined assessment cell, a stated score or class, treatment, requirement
category, and dates. Plain functions; each raises CellProblem with the Swedish message."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from internal_control.models import Treatment

_SPACE = re.compile(r"\s+")
_SCORE = re.compile(r"^\d+$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class CellProblem(ValueError):
    """What is wrong with one cell, in words for the person."""


def words(text: str) -> str:
    """ "Mycket  stor\n" and "mycket stor" are the same label."""
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Scale:
    """One scale of the plan's matrix: its name and its levels' values by label."""

    name: str
    values: Mapping[str, int]  # by the label's words
    labels: Sequence[str]  # as the matrix writes them, in order
    numbers: frozenset[int]

    def shown(self, value: int) -> str:
        """A level as the matrix writes it: its label, or its value where it has none."""
        return next((lab for lab in self.labels if self.values[words(lab)] == value), str(value))

    def level(self, text: str) -> int:
        """The level's value from its label or its value ("Stor", "3")."""
        key = words(text)
        if key in self.values:
            return self.values[key]
        if _SCORE.match(key) and int(key) in self.numbers:
            return int(key)
        known = ", ".join(self.labels) or ", ".join(str(n) for n in sorted(self.numbers))
        raise CellProblem(
            _("“%(text)s” is not a level of %(scale)s in the matrix (%(known)s)")
            % {"text": text, "scale": self.name.lower(), "known": known}
        )


def combined_assessment(text: str, probability: Scale, severity: Scale) -> tuple[int, int]:
    """A cell such as "Allvarlighetsgrad Betydande Sannolikhet Stor": each scale's name
    followed by its level, in either order, with or without a colon."""
    flat = _SPACE.sub(" ", text).strip()
    lowered = flat.casefold()
    places = []
    for scale in (probability, severity):
        start = lowered.find(words(scale.name))
        if start < 0:
            raise CellProblem(
                _("“%(text)s” does not name %(scale)s; write for example “%(example)s”")
                % {
                    "text": text,
                    "scale": scale.name.lower(),
                    "example": f"{probability.name} {(probability.labels or ['1'])[0]}, "
                    f"{severity.name} {(severity.labels or ['1'])[0]}",
                }
            )
        places.append((start, start + len(scale.name), scale))
    places.sort(key=lambda place: place[0])
    found: dict[str, int] = {}
    for index, (_start, end, scale) in enumerate(places):
        stop = places[index + 1][0] if index + 1 < len(places) else len(flat)
        value = flat[end:stop].strip(" :;,.-–\t")
        found[scale.name] = scale.level(value)
    return found[probability.name], found[severity.name]


def stated(text: str, class_codes: Sequence[str]) -> tuple[int | None, str]:
    """What the source states as the risk's value: a score ("16") or a class with or without
    its response ("R3 Åtgärdas snarast")."""
    flat = words(text)
    if not flat:
        return None, ""
    if _SCORE.match(flat):
        return int(flat), ""
    first = flat.split(" ")[0]
    for code in class_codes:
        if words(code) == first:
            return None, code
    raise CellProblem(
        _("“%(text)s” is neither a score nor a class of the matrix (%(codes)s)")
        % {"text": text, "codes": ", ".join(class_codes)}
    )


TREATMENT_WORDS = {
    "behålla": Treatment.ACCEPT,
    "behåll": Treatment.ACCEPT,
    "acceptera": Treatment.ACCEPT,
    "accept": Treatment.ACCEPT,
    "begränsa": Treatment.REDUCE,
    "reducera": Treatment.REDUCE,
    "minska": Treatment.REDUCE,
    "reduce": Treatment.REDUCE,
    "eliminera": Treatment.ELIMINATE,
    "eliminate": Treatment.ELIMINATE,
}


def treatment(text: str) -> str:
    key = words(text)
    if not key:
        return ""
    for value, label in Treatment.choices:
        if key in (value, words(str(label))):
            return str(value)
    if key in TREATMENT_WORDS:
        return str(TREATMENT_WORDS[key])
    raise CellProblem(
        _("“%(text)s” is not a treatment (behålla, begränsa or eliminera)") % {"text": text}
    )


def requirement_type(text: str, categories: Mapping[str, str]) -> str:
    """A risk category of the organisation (name by code): "d", "D", the name, or the code
    followed by its name ("d – att redovisningen …") is the category d."""
    key = words(text)
    if not key:
        return ""
    for code, name in categories.items():
        code_key = words(code)
        if key in (code_key, words(name)) or key.startswith((f"{code_key} ", f"{code_key}=")):
            return code
    codes = ", ".join(categories) or _("it has none")
    raise CellProblem(
        _("“%(text)s” is not a risk category of the organisation (%(codes)s)")
        % {"text": text, "codes": codes}
    )


def whole_number(text: str) -> int | None:
    key = words(text)
    if not key:
        return None
    if key.endswith(".0"):  # a number cell that a spreadsheet stored as 3.0
        key = key[:-2]
    if not _SCORE.match(key):
        raise CellProblem(_("“%(text)s” is not a whole number") % {"text": text})
    return int(key)


def day(text: str) -> datetime.date | None:
    """A date as YYYY-MM-DD, as a spreadsheet's date cell is read; other orders are refused,
    since day and month could be taken for each other."""
    key = words(text)
    if not key:
        return None
    match = _DAY.match(key.split(" ")[0])
    if match:
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    raise CellProblem(_("“%(text)s” is not a date (YYYY-MM-DD)") % {"text": text})
