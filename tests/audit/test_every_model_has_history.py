"""Every domain object's changes reach the auditor: each tracked model is in the registry
that the history pages and the history export read."""

from __future__ import annotations

from django.apps import apps

from audit.models import TrackedModel
from audit.registry import all_tracked_types


def test_every_tracked_model_is_registered_for_the_history_export() -> None:
    registered = {entry.model for entry in all_tracked_types()}
    tracked = {
        model
        for model in apps.get_models()
        if issubclass(model, TrackedModel) and not model._meta.abstract
    }
    assert sorted(m.__name__ for m in tracked - registered) == []
