"""HTML to PDF for the committee's documents: tagged PDF/UA with title and language.

A document is an ordinary Django template extending `reports/pdf/base.html`; WeasyPrint
lays it out on A4 with running header and footer, repeats table headers over page breaks
and embeds the (subset) fonts. PDF/UA makes the PDF tagged, with the title shown and the
language set from `<html lang>`, so that screen readers can read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from weasyprint import HTML

PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}


def render_pdf(
    template_name: str,
    context: dict[str, Any],
    progress: Callable[[int, str], None] | None = None,
) -> bytes:
    step = progress or (lambda percent, stage: None)
    html = render_to_string(template_name, context)
    step(35, _("Laying out the pages"))
    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(**PDF_OPTIONS)
    pages = len(document.pages)
    step(
        75,
        ngettext(
            "Writing the PDF file (%(pages)s page)", "Writing the PDF file (%(pages)s pages)", pages
        )
        % {"pages": pages},
    )
    pdf: bytes = document.write_pdf(**PDF_OPTIONS)
    return pdf
