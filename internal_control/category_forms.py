"""The forms of the organisation's risk categories and what it calls them."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.forms import VersionedForm


class RiskCategoryForm(VersionedForm):
    code = forms.CharField(
        label=_("Code"),
        max_length=10,
        help_text=_("As the plans print it, for example c or IT. Unique within the organisation."),
    )
    name = forms.CharField(label=_("Name"), max_length=300)
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=10_000)


class NewRiskCategoryForm(RiskCategoryForm):
    version = None  # type: ignore[assignment]
    order = None  # type: ignore[assignment]


class CategoryHeadingForm(forms.Form):
    category_heading = forms.CharField(
        label=_("What the organisation calls its risk categories"),
        max_length=60,
        required=False,
        help_text=_("For example Kravtyp or Riskkategori, as the plans print it."),
    )
