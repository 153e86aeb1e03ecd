"""`{% submission_token form %}`: the hidden one-time token of a form (audit.submissions)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from audit.submissions import new_token, parse_token

register = template.Library()


@register.simple_tag
def submission_token(form: Any = None) -> SafeString:
    """The token the page was first shown with; a form shown again with errors keeps it."""
    posted = getattr(form, "data", None) or {}
    token = parse_token(posted.get("submission")) if hasattr(posted, "get") else None
    return format_html('<input type="hidden" name="submission" value="{}">', token or new_token())
