"""An analysis as a page or a PDF prints it: `{% analysis_printed analysis 4 %}`."""

from __future__ import annotations

from typing import Any

from django import template

from chapters import markup

register = template.Library()


@register.inclusion_tag("followup/includes/analysis_printed.html")
def analysis_printed(analysis: Any, heading_level: int = 4, label: str = "") -> dict[str, Any]:
    """The analysis's text, its own headings from `heading_level` down, with its forecast;
    `label` names what it is the analysis of, where the page has not said it already."""
    return {
        "analysis": analysis,
        "html": markup.printed(analysis.text, heading_level=min(heading_level, 6))
        if analysis
        else "",
        "label": label,
    }


@register.inclusion_tag("followup/includes/analysis_link.html", takes_context=True)
def analysis_link(
    context: dict[str, Any], analysis: Any, may_write: bool, kind: str, subject: Any, *ref: Any
) -> dict[str, Any]:
    """The scorecard's link to a subject's analysis, for its readers (with the forecast) and
    its writers; `ref`, the parts of the id of what names the subject on the page, describes
    the link ("Analys" is read with the measure's or goal's name)."""
    return {
        "unit": context["unit"],
        "period": context["period"],
        "analysis": analysis,
        "may_write": may_write,
        "kind": kind,
        "subject": subject,
        "described_by": "-".join(str(part) for part in ref),
    }
