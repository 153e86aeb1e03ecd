"""Whether a budget frame's total follows from last year's total and the year's changes.

Totals are in the budget's sign: a committee's frame is a net cost, so it is negative
(seed 002: −2 975,3 mkr in 2022, −2 898,25 mkr in 2023). A change is written as the
decision states it: "Prostatacancerscreening 3,1 mkr" gives the committee 3,1 mkr more to
spend, a cut is negative. More to spend makes the net more negative, so

    computed total = previous year's total − the sum of the changes.

When a change states no amount (seed 002's first two), the total cannot be followed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class FrameTotal:
    stated: Decimal
    # None when the total cannot be followed from the changes; `reason` then says why.
    computed: Decimal | None
    reason: str | None = None
    # 1-based positions of the changes without an amount.
    missing: tuple[int, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        """Stated minus computed, when the total can be followed."""
        return None if self.computed is None else self.stated - self.computed

    @property
    def differs(self) -> bool:
        return self.difference is not None and self.difference != 0


def follow_total(
    previous_total: Decimal | None, stated_total: Decimal, changes: Sequence[Decimal | None]
) -> FrameTotal:
    """The total that follows from the changes, beside the stated one."""
    missing = tuple(n for n, amount in enumerate(changes, start=1) if amount is None)
    if missing:
        return FrameTotal(stated_total, None, "amount_missing", missing)
    if previous_total is None:
        return FrameTotal(stated_total, None, "previous_missing")
    given = [amount for amount in changes if amount is not None]
    return FrameTotal(stated_total, previous_total - sum(given, Decimal(0)))
