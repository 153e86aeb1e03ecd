"""The rules of a ledger export, as plain functions: its periods, its sign and its accounts.

A financial system (Unit4/Agresso, Raindance, Visma) exports period, cost centre (ansvar),
account (konto) and amount. Its sign is the bookkeeping's: a debit is positive, so a cost
is positive and an income negative. styr keeps amounts in the budget's sign, incomes
positive and costs negative (seed 002's frame is −2 898,25 mkr net), so every ledger amount
changes sign once, here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

_YEAR_MONTH = re.compile(r"^(\d{4})(\d{2})$")
_YEAR_DASH_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


class PeriodError(ValueError):
    """The text is not a period."""


def parse_period(text: str) -> tuple[int, int]:
    """Year and month of "202502", "2025-02" (or "2025/02") or a date such as "2025-02-28"."""
    cleaned = text.strip()
    match = _YEAR_MONTH.match(cleaned) or _YEAR_DASH_MONTH.match(cleaned)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _DATE.match(cleaned):
        year, month, day = (int(part) for part in match.groups())
        try:
            datetime.date(year, month, day)
        except ValueError as exc:
            raise PeriodError(text) from exc
    else:
        raise PeriodError(text)
    if not 1 <= month <= 12:
        raise PeriodError(text)
    return year, month


def to_budget_sign(ledger_amount: Decimal) -> Decimal:
    """A ledger amount (debit positive: a cost) in the budget's sign (a cost negative)."""
    return -ledger_amount


@dataclass(frozen=True)
class AccountRange:
    first: str
    last: str
    cost_type_id: int


def in_range(account: str, first: str, last: str) -> bool:
    """Accounts are compared as texts of equal length, digit by digit: 5010 lies in 5000–5999,
    50101 does not."""
    return len(account) == len(first) == len(last) and first <= account <= last


def ranges_overlap(a_first: str, a_last: str, b_first: str, b_last: str) -> bool:
    return len(a_first) == len(b_first) and not (a_last < b_first or b_last < a_first)


def range_problem(first: str, last: str) -> str | None:
    """Why a range of accounts cannot be kept, as a code, or None."""
    if not first.isdigit() or not last.isdigit():
        return "not_digits"
    if len(first) != len(last):
        return "lengths_differ"
    if last < first:
        return "reversed"
    return None


class AccountTable:
    """The cost type of an account by the organisation's ranges; each account looked up once."""

    def __init__(self, ranges: Iterable[AccountRange]) -> None:
        self.ranges = tuple(ranges)
        self._found: dict[str, int | None] = {}

    def cost_type_of(self, account: str) -> int | None:
        if account not in self._found:
            self._found[account] = next(
                (r.cost_type_id for r in self.ranges if in_range(account, r.first, r.last)), None
            )
        return self._found[account]
