"""Where the figures of one outcome cannot all be true: plain rules over plain values.

Outcomes taken from a document are kept as the document gives them; only figures a person
types are refused when women and men do not add up (`followup.services.outcomes`). These
rules find what a reader must be told beside the figures:

- a count whose women and men do not add up to its total (seed 004: totalt 400, kvinnor 270,
  män 200);
- a share whose total lies outside the shares of women and men, between which it must lie
  (seed 004: 78,5 % in the analysis, M: 76 % and K: 78 % in the scorecard);
- another place of the source giving other figures for the same outcome (seed 004: the
  scorecard's M: 17 %, K: 7 % against the table's kvinnor 17 %, män 8 %).

Each finding is a code with its parameters; `followup.contradiction_words` words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from followup.numbers import sex_split_problem

FIELDS = ("total", "women", "men")


@dataclass(frozen=True)
class Figures:
    total: Decimal | None = None
    women: Decimal | None = None
    men: Decimal | None = None

    def get(self, name: str) -> Decimal | None:
        value: Decimal | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class Statement:
    """The figures another place of the source gives, e.g. the report's time-series table."""

    place: str
    figures: Figures


@dataclass(frozen=True)
class Contradiction:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def contradictions(
    figures: Figures,
    *,
    is_count: bool,
    is_share: bool,
    elsewhere: tuple[Statement, ...] = (),
) -> list[Contradiction]:
    """What contradicts what, in the order a reader checks it: the sum, the range, the source."""
    found = []
    total, women, men = figures.total, figures.women, figures.men
    if sex_split_problem(total, women, men, is_count=is_count):
        assert total is not None and women is not None and men is not None
        found.append(Contradiction("sum_mismatch", {"sum": women + men, "total": total}))
    if (
        is_share
        and not is_count
        and total is not None
        and women is not None
        and men is not None
        and not min(women, men) <= total <= max(women, men)
    ):
        found.append(Contradiction("total_outside", {"total": total, "women": women, "men": men}))
    for statement in elsewhere:
        differs = [
            name
            for name in FIELDS
            if figures.get(name) is not None
            and statement.figures.get(name) is not None
            and figures.get(name) != statement.figures.get(name)
        ]
        if differs:
            found.append(
                Contradiction(
                    "elsewhere",
                    {"place": statement.place, "figures": statement.figures, "differs": differs},
                )
            )
    return found
