"""Filters for generated documents."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def css_string(value: object) -> SafeString:
    """Text safe inside a CSS string in double quotes (running headers of a PDF page).

    A <style> element is raw text, so HTML escaping would print "&amp;"; the text is escaped
    for CSS instead, including the angle brackets that could end the element.
    """
    text = " ".join(str(value).split())
    for char, escaped in (("\\", "\\\\"), ('"', '\\"'), ("<", "\\3C "), (">", "\\3E ")):
        text = text.replace(char, escaped)
    return mark_safe(text)  # noqa: S308 - escaped for CSS above
