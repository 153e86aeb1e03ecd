"""The form a chapter is written in; its values are checked by chapters.services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chapters.documents import DocumentKind
from chapters.models import ChapterLevel
from organisation.forms import VersionedForm

MARKUP_HELP = _(
    "A blank line starts a new paragraph. Start a line with “- ” for a bullet or “1. ” for a "
    "numbered item. *Emphasis*, **strong**, [link text](https://…), “## Heading” for a "
    "heading within the chapter, and a simple table as rows of cells between “|”, the "
    "second row “|---|---|”. HTML is shown as typed."
)


class ChapterForm(VersionedForm):
    heading = forms.CharField(
        label=_("Heading"),
        max_length=200,
        required=False,
        help_text=_("Leave empty for a text that goes on from the chapter before."),
    )
    level = forms.TypedChoiceField(
        label=_("Level"), choices=ChapterLevel.choices, coerce=int, initial=ChapterLevel.CHAPTER
    )
    place = forms.ChoiceField(label=_("Place in the document"))
    text = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text=MARKUP_HELP,
    )

    def __init__(self, *args: Any, kind: DocumentKind, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = [(key, label) for key, label in kind.places]  # type: ignore[attr-defined]


class NewChapterForm(ChapterForm):
    version = None  # type: ignore[assignment]
