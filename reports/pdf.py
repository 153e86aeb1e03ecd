"""HTML to PDF for the committee's documents: tagged PDF/UA with title and language.

A document is an ordinary Django template extending `reports/pdf/base.html`; WeasyPrint
lays it out on A4 with running header and footer, repeats table headers over page breaks
and embeds the (subset) fonts. PDF/UA makes the PDF tagged, with the title shown and the
language set from `<html lang>`, so that screen readers can read it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML


def render_pdf(template_name: str, context: dict[str, Any]) -> bytes:
    html = render_to_string(template_name, context)
    document = HTML(string=html, base_url=str(settings.BASE_DIR))
    pdf: bytes = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf
