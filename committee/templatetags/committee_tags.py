"""`{{ text|blocks }}`: a committee text as its paragraphs and bulleted lists."""

from __future__ import annotations

from typing import Any

from django import template

from committee.text_blocks import Block, plain_text, text_blocks

register = template.Library()


@register.filter
def blocks(text: str | None) -> list[Block]:
    return text_blocks(text or "")


@register.filter
def plain(text: str | None) -> str:
    """The text as one line of words, for a heading."""
    return plain_text(text or "")


@register.filter
def person_name(person: Any) -> str:
    """A person's full name, else the user name; nothing for no person (the system)."""
    if person is None:
        return ""
    return str(person.get_full_name() or person.username)
