"""The ledger export of the financial system as a kind of import.

Columns: period (YYYYMM, YYYY-MM or a date), cost centre (ansvar), account (konto), amount
(belopp, debit positive: a cost) and an optional text. Cost centres map to units and accounts
to cost types through the organisation's mapping tables; rows are summed per unit, cost type
and month into outcomes in the budget's sign (economy.services.ledger).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from economy.access import ledger_import_policy
from economy.ledger_rules import (
    AccountRange,
    AccountTable,
    PeriodError,
    parse_period,
    to_budget_sign,
)
from economy.models import AccountMapping, CostCentreMapping, CostType, LedgerImport
from economy.money import shown
from economy.services.ledger import (
    already_read,
    earlier_import,
    may_record_for,
    record_ledger,
    replaced_months,
)
from exchange.imports.kinds import ImportField, ImportKind, Preview, Source, register
from followup.numbers import NumberError, format_number, parse_number
from organisation.models import Unit

# Larger than any booking: the outcome's column holds 14 digits before the decimal mark.
LARGEST = Decimal(10) ** 13
PREVIEW_ROWS = 500
EARLIER = 20


@dataclass
class LedgerContext:
    region: Unit
    units: dict[str, Unit]  # by cost centre
    allowed: set[int]  # ids of the units the actor records outcomes for
    accounts: AccountTable
    cost_types: dict[int, CostType]
    is_example: bool = False


# A parsed row: (unit id, cost type id, year, month, amount in the budget's sign)
LedgerRow = tuple[int, int, int, int, Decimal]


def month_name(year: int, month: int) -> str:
    return f"{str(MONTHS[month]).lower()} {year}"


class LedgerKind(ImportKind):
    key = "ledger"
    slug = "huvudbok"
    section = "economy"
    label = gettext_lazy("Ledger export")
    fields = (
        ImportField(
            "period",
            gettext_lazy("Period"),
            ("period", "månad", "manad", "period månad", "bokföringsperiod", "datum", "month"),
            help=gettext_lazy("YYYYMM, YYYY-MM or a date."),
        ),
        ImportField(
            "cost_centre",
            gettext_lazy("Cost centre"),
            ("ansvar", "kostnadsställe", "kostnadsstalle", "ansvarskod", "kst", "cost centre"),
        ),
        ImportField("account", gettext_lazy("Account"), ("konto", "kontonummer", "account")),
        ImportField(
            "amount",
            gettext_lazy("Amount"),
            ("belopp", "utfall", "belopp sek", "summa", "amount"),
            help=gettext_lazy("As the financial system writes it: a debit (a cost) positive."),
        ),
        ImportField(
            "text", gettext_lazy("Text"), ("text", "beskrivning", "verifikationstext"), False
        ),
    )

    def may_import(self, actor: Any, region: Any) -> bool:
        return ledger_import_policy.can_create_in(actor, region)

    def begin(self, actor: Any, region: Any, **options: Any) -> LedgerContext:
        mappings = CostCentreMapping.objects.filter(region=region).select_related("unit")
        units = {m.cost_centre: m.unit for m in mappings}
        distinct = {u.pk: u for u in units.values()}
        allowed = {pk for pk, unit in distinct.items() if may_record_for(actor, unit)}
        ranges = [
            AccountRange(m.first_account, m.last_account, m.cost_type_id)
            for m in AccountMapping.objects.filter(region=region)
        ]
        return LedgerContext(
            region=region,
            units=units,
            allowed=allowed,
            accounts=AccountTable(ranges),
            cost_types={c.pk: c for c in CostType.objects.filter(region=region)},
            is_example=bool(options.get("is_example", False)),
        )

    def parse(
        self, context: LedgerContext, values: Mapping[str, str], row: int = 0
    ) -> tuple[LedgerRow | None, dict[str, str]]:
        errors: dict[str, str] = {}
        period, code, account, text = (
            values["period"],
            values["cost_centre"],
            values["account"],
            values["amount"],
        )
        year = month = 0
        if not period:
            errors["period"] = _("missing")
        else:
            try:
                year, month = parse_period(period)
            except PeriodError:
                errors["period"] = _("“%(text)s” is not a period (YYYYMM, YYYY-MM or a date)") % {
                    "text": period
                }
        unit = context.units.get(code)
        if not code:
            errors["cost_centre"] = _("missing")
        elif unit is None:
            errors["cost_centre"] = _("“%(code)s” is not mapped to any unit") % {"code": code}
        elif unit.pk not in context.allowed:
            errors["cost_centre"] = _(
                "“%(code)s” belongs to a unit where you do not record outcomes"
            ) % {"code": code}
        cost_type_id = context.accounts.cost_type_of(account) if account else None
        if not account:
            errors["account"] = _("missing")
        elif cost_type_id is None:
            errors["account"] = _("“%(account)s” belongs to no cost type") % {"account": account}
        amount = self._amount(text, errors)
        if errors or unit is None or cost_type_id is None or amount is None:
            return None, errors
        return (unit.pk, cost_type_id, year, month, to_budget_sign(amount)), errors

    @staticmethod
    def _amount(text: str, errors: dict[str, str]) -> Decimal | None:
        if not text:
            errors["amount"] = _("missing")
            return None
        try:
            amount = parse_number(text)
        except NumberError:
            amount = None
        if amount is None or text.endswith("%"):
            errors["amount"] = _("“%(text)s” is not an amount") % {"text": text}
            return None
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            errors["amount"] = _("“%(text)s” has more than two decimals") % {"text": text}
            return None
        if abs(amount) >= LARGEST:
            errors["amount"] = _("“%(text)s” is larger than any booking") % {"text": text}
            return None
        return amount

    @staticmethod
    def sums(parsed: Sequence[LedgerRow]) -> dict[tuple[int, int, int, int], Decimal]:
        summed: dict[tuple[int, int, int, int], Decimal] = {}
        for unit_id, cost_type_id, year, month, amount in parsed:
            key = (unit_id, cost_type_id, year, month)
            summed[key] = summed.get(key, Decimal(0)) + amount
        return summed

    def home(self, target: int | None) -> tuple[str, str]:
        return (str(_("Economy")), reverse("economy:frames"))

    def help_links(self) -> list[tuple[str, str]]:
        return [
            (str(_("Cost centres and units")), reverse("economy:cost_centres")),
            (str(_("Accounts and cost types")), reverse("economy:accounts")),
        ]

    def refusal(self, context: LedgerContext, source: Source) -> str | None:
        earlier = earlier_import(context.region, source.checksum)
        return already_read(earlier) if earlier else None

    def preview(
        self, context: LedgerContext, parsed: Sequence[LedgerRow], source: Source
    ) -> Preview:
        sums = self.sums(parsed)
        months = sorted({(year, month) for _u, _c, year, month in sums})
        units = {u.pk: u for u in context.units.values()}
        result = Preview(caption=_("What the file gives, per unit and month"))
        if not sums:
            return result
        result.notes.append(
            _("%(rows)s rows give %(sums)s outcomes per unit, cost type and month, for %(months)s.")
            % {
                "rows": len(parsed),
                "sums": len(sums),
                "months": ", ".join(month_name(y, m) for y, m in months),
            }
        )
        file_units = {unit_id for unit_id, _c, _y, _m in sums}
        for (year, month), replaced in sorted(replaced_months(file_units, months).items()):
            names = sorted(units[pk].name for pk in replaced if pk in units)
            result.notes.append(
                _("Outcomes already read for %(month)s are replaced for %(units)s.")
                % {"month": month_name(year, month), "units": ", ".join(names)}
            )
        result.headers = [
            _("Unit"),
            _("Month"),
            _("Incomes (tkr)"),
            _("Costs (tkr)"),
            _("Net (tkr)"),
        ]
        per_unit_month: dict[tuple[str, int, int], list[Decimal]] = {}
        for (unit_id, cost_type_id, year, month), amount in sums.items():
            entry = per_unit_month.setdefault((units[unit_id].name, year, month), [Decimal(0)] * 2)
            is_income = context.cost_types[cost_type_id].kind == "income"
            entry[0 if is_income else 1] += amount
        for (name, year, month), (incomes, costs) in sorted(per_unit_month.items())[:PREVIEW_ROWS]:
            result.rows.append(
                [
                    name,
                    month_name(year, month),
                    shown(incomes),
                    shown(costs),
                    shown(incomes + costs),
                ]
            )
        if len(per_unit_month) > PREVIEW_ROWS:
            result.notes.append(
                _("The table shows the first %(shown)s of %(all)s units and months.")
                % {"shown": PREVIEW_ROWS, "all": len(per_unit_month)}
            )
        return result

    def save(
        self, actor: Any, context: LedgerContext, parsed: Sequence[LedgerRow], source: Source
    ) -> Any:
        return record_ledger(
            actor,
            context.region,
            file_name=source.file_name,
            checksum=source.checksum,
            row_count=source.row_count,
            sums=self.sums(parsed),
            is_example=context.is_example,
        )

    def earlier(self, actor: Any, region: Any) -> Preview:
        imports = ledger_import_policy.scope(
            actor, LedgerImport.objects.filter(region=region).select_related("imported_by")
        ).annotate(outcome_count=Count("outcomes"))[:EARLIER]
        table = Preview(
            headers=[_("File"), _("Read"), _("By"), _("Rows"), _("Outcomes")],
        )
        example = _("Example figures – not from the source document")
        for item in imports:
            name = f"{item.file_name} ({example})" if item.is_example else item.file_name
            table.rows.append(
                [
                    name,
                    timezone.localtime(item.created_at).strftime("%Y-%m-%d %H:%M"),
                    str(item.imported_by) if item.imported_by else "styr",
                    format_number(Decimal(item.row_count)),
                    format_number(Decimal(item.outcome_count)),
                ]
            )
        return table

    def saved_message(self, result: Any) -> str:
        return _("%(count)s outcomes were saved from %(file)s.") % {
            "count": result.outcomes.count(),
            "file": result.file_name,
        }


ledger_kind = register(LedgerKind())
