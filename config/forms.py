"""The form renderer of styr: every field through templates/forms/field.html."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    field_template_name = "forms/field.html"
