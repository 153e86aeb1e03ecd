from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DutiesConfig(AppConfig):
    name = "duties"
    verbose_name = _("What is due")

    def ready(self) -> None:
        from audit import registry
        from duties.models import ReminderChoice, ReminderRules

        # Kept in the history export: who changed the region's reminder rules, and what
        # each person chose to receive.
        registry.register("reminder-rules", ReminderRules, policy=None, unit_lookup="region_id")
        registry.register("reminder-choice", ReminderChoice, policy=None, unit_lookup="user_id")
