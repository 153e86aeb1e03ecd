"""Forms of the import pages: the file, and which column holds which field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from exchange.imports.columns import Columns
from exchange.imports.kinds import ImportKind


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"))

    def __init__(
        self, *args: Any, kind: ImportKind, targets: Sequence[tuple[int, str]] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if kind.target_label:
            self.fields["target"] = forms.TypedChoiceField(
                label=str(kind.target_label),
                choices=[("", _("– choose –")), *((str(pk), name) for pk, name in targets)],
                coerce=int,
                error_messages={"required": _("Choose what the file is read into.")},
            )
            self.order_fields(["target", "file"])
        self.fields["file"].help_text = _(
            "CSV (as Excel saves it) or an Excel workbook (.xlsx), at most %(limit)s MB."
        ) % {"limit": settings.IMPORT_MAX_MB}
        self.fields["file"].widget.attrs["accept"] = ".csv,.txt,.xlsx"


class SaveForm(forms.Form):
    """Nothing to fill in: the save reads the kept file; the form carries the one-time token
    and the stamp of what the preview showed would be replaced."""

    state = forms.CharField(required=False, widget=forms.HiddenInput)


def columns_form(
    kind: ImportKind, headers: Sequence[str], columns: Columns, data: Any = None
) -> forms.Form:
    """A choice of column for each of the kind's fields, among the file's headers."""
    form = forms.Form(data)
    choices = [("", _("– none –")), *((str(i), h or f"({i + 1})") for i, h in enumerate(headers))]
    for field in kind.fields:
        index = columns.get(field.key)
        form.fields[f"column_{field.key}"] = forms.ChoiceField(
            label=str(field.label),
            choices=choices,
            required=False,
            initial="" if index is None else str(index),
            help_text=str(field.help),
        )
    return form


def chosen_columns(kind: ImportKind, data: dict[str, Any]) -> Columns:
    return {
        f.key: int(data[f"column_{f.key}"]) if data.get(f"column_{f.key}") else None
        for f in kind.fields
    }
