from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChaptersConfig(AppConfig):
    name = "chapters"
    verbose_name = _("Chapters")

    def ready(self) -> None:
        from audit import registry
        from chapters.models import Chapter

        # Who may read a chapter's history follows its document (chapters.access).
        registry.register("chapter", Chapter, policy=None, unit_lookup="unit_id")
