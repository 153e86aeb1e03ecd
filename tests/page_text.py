"""A page's words as a reader of the wide layout sees them.

Tables that reflow into cards on narrow screens repeat their column headings in each cell
(`<span class="cell-label" aria-hidden="true">`), hidden on wide screens and from assistive
technology; tests that read a row's words drop them.
"""

from __future__ import annotations

import html
import re

_CELL_LABEL = re.compile(r'<span class="cell-label" aria-hidden="true">[^<]*</span>')


def without_cell_labels(content: str) -> str:
    return _CELL_LABEL.sub("", content)


def page_text(response: object) -> str:
    """The page's words: cell labels and tags gone, whitespace collapsed."""
    content = without_cell_labels(response.content.decode())  # type: ignore[attr-defined]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", content)).split())
