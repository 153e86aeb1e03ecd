"""Print a document's chapters at their place: `{% chapters_at chapters "start" %}`."""

from __future__ import annotations

from typing import Any

from django import template

from chapters import markup

register = template.Library()


@register.inclusion_tag("chapters/includes/printed.html")
def chapters_at(chapters: list[dict[str, Any]] | None, place: str, top: int = 2) -> dict[str, Any]:
    """The chapters stored for `place`, their headings from level `top` down, each text made
    from what was written (also in a stored, adopted document) and its headings under the
    chapter's."""
    shown = []
    for chapter in chapters or []:
        if chapter["place"] != place:
            continue
        level = min(top + chapter["level"] - 1, 6)
        html = markup.printed(chapter["text"], heading_level=min(level + 1, 6))
        shown.append({"heading": chapter["heading"], "level": level, "html": html})
    return {"chapters": shown}
