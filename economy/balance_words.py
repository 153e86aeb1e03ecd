"""The consolidated figures in words: how much of the gap the measures cover, and how much
has been realised so far. Each figure of a sentence carries where it comes from, so that
the page can make it a link to the table (and from there to the measure and calculation)
while the documents and the API print the same sentence as plain text."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.dates import MONTHS
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from economy.gap import Gap
from economy.models import Programme
from economy.money import mkr_figure

PLANNED, GAP, MONTHS_TABLE = "#measures", "#gap", "#months"


@dataclass(frozen=True)
class Statement:
    code: str
    template: str
    figures: dict[str, tuple[str, str]] = field(default_factory=dict)  # name: (text, href)

    def plain(self) -> str:
        return self.template % {name: text for name, (text, _href) in self.figures.items()}

    def html(self) -> SafeString:
        links = {
            name: format_html('<a href="{}">{}</a>', href, text)
            for name, (text, href) in self.figures.items()
        }
        return mark_safe(escape(self.template) % links)  # noqa: S308 (escaped, then links)

    def __str__(self) -> str:
        return self.plain()


def coverage_statement(
    year: int, gap: Gap, planned: Decimal, programme: Programme | None = None
) -> Statement:
    planned_figure = (mkr_figure(planned), PLANNED)
    to_cover = gap.to_cover
    if to_cover is None:
        return Statement(
            "no_detailed_budget",
            _(
                "No detailed budget is registered for %(year)s, so there is no budget gap to "
                "compare with. The measures' planned effects are %(planned)s mkr."
            ),
            {"year": (str(year), GAP), "planned": planned_figure},
        )
    if to_cover == 0:
        return Statement(
            "no_gap",
            _(
                "The detailed budget of %(year)s fits within the frame: there is no budget gap "
                "to cover. The measures' planned effects are %(planned)s mkr."
            ),
            {"year": (str(year), GAP), "planned": planned_figure},
        )
    figures = {"planned": planned_figure, "gap": (mkr_figure(to_cover), GAP)}
    if programme is not None:
        figures["programme"] = (programme.name, PLANNED)
    if planned >= to_cover:
        template = (
            _(
                "The planned effects of the programme %(programme)s cover the gap: "
                "%(planned)s of %(gap)s mkr."
            )
            if programme is not None
            else _("The planned effects cover the gap: %(planned)s of %(gap)s mkr.")
        )
        return Statement("covered", template, figures)
    figures["shortfall"] = (mkr_figure(to_cover - planned), GAP)
    template = (
        _(
            "The programme %(programme)s covers %(planned)s of %(gap)s mkr; "
            "%(shortfall)s mkr is missing."
        )
        if programme is not None
        else _("The measures cover %(planned)s of %(gap)s mkr; %(shortfall)s mkr is missing.")
    )
    return Statement("short", template, figures)


def realised_statement(
    year: int, through_month: int, realised: Decimal, planned: Decimal
) -> Statement:
    if through_month == 0:
        return Statement(
            "nothing_closed",
            _("No month of %(year)s has ended yet, so no effect can be realised so far."),
            {"year": (str(year), MONTHS_TABLE)},
        )
    return Statement(
        "realised",
        _(
            "Realised so far, through %(month)s %(year)s: %(realised)s mkr of the %(planned)s mkr "
            "planned for the same months."
        ),
        {
            "month": (str(MONTHS[through_month]), MONTHS_TABLE),
            "year": (str(year), MONTHS_TABLE),
            "realised": (mkr_figure(realised), MONTHS_TABLE),
            "planned": (mkr_figure(planned), MONTHS_TABLE),
        },
    )
