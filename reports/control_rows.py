"""The columns of a plan's control activities, as the Word table and the Excel sheet print
them: one heading list and one row per control of `build_plan_document`'s data."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _


def control_headers() -> list[str]:
    return [
        _("No."),
        _("What is checked"),
        _("How"),
        _("How often"),
        _("Owner"),
        _("Reported when"),
        _("Risk"),
        _("Ended"),
    ]


def control_row(control: dict[str, Any]) -> list[Any]:
    """A control's cells; a control without a risk has its risk cell empty."""
    return [
        f"K{control['number']}",
        control["what"],
        control["method"],
        control["frequency"],
        control["owner"],
        control.get("reported_when", ""),
        control["risk"] if control["risk"] is not None else "",
        ended_text(control),
    ]


def ended_text(item: dict[str, Any]) -> str:
    """ "2025-06-01: why", for a risk or control ended in its plan; empty while it applies."""
    if not item.get("ended_on"):
        return ""
    return f"{item['ended_on']}: {item.get('end_reason', '')}"
