"""The history export and the history pages name every changed field in the reader's
language: each tracked field has a name of its own, translated to Swedish."""

from __future__ import annotations

from django.apps import apps
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import trans_real

from audit.models import TrackedModel

# Fields that are never shown as a change: the key and the bookkeeping of every row.
NOT_SHOWN = {"id", "version", "created_at", "updated_at"}


def _tracked_fields():
    for model in apps.get_models():
        if not issubclass(model, TrackedModel) or model._meta.abstract:
            continue
        for field in model._meta.concrete_fields:
            if field.name not in NOT_SHOWN:
                yield model, field


def test_every_tracked_field_has_a_swedish_name() -> None:
    catalog = trans_real.translation("sv")._catalog  # type: ignore[attr-defined]
    untranslated = []
    for model, field in _tracked_fields():
        name = field.verbose_name
        # A name of the field's own is marked for translation; Django's default is not.
        named = isinstance(name, Promise)
        with translation.override("en"):
            msgid = str(name)
        if not named or msgid not in catalog:
            untranslated.append(f"{model._meta.label}.{field.name}: {msgid!r}")
    assert untranslated == []
