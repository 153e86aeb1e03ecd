"""An analysis of a perspective, goal or measure in the Word report: its forecast for the
full year, then its text as written (chapters.markup)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from reports.chapters_docx import write_markup
from reports.docx_writer import WordDocument


def write_analysis(
    word: WordDocument, analysis: Any, *, heading_level: int, label: str = ""
) -> None:
    """Nothing where no analysis is written; `label` names its subject where the document has
    not just said it."""
    if analysis is None:
        return
    forecast = analysis.get_forecast_display() if analysis.forecast else _("No forecast given")
    lead = _("Analysis: %(label)s") % {"label": label} if label else _("Analysis")
    word.paragraph(f"{_('Forecast for the full year')}: {forecast}", lead=f"{lead} –")
    if analysis.text:
        write_markup(word, analysis.text, heading_level=heading_level)
