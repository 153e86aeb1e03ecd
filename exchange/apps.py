from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Exchange")

    def ready(self) -> None:
        from audit import registry
        from exchange.imports import (  # noqa: F401 - registers the kinds
            control_plan,
            ledger,
            outcomes,
        )
        from exchange.models import ColumnMapping

        # A kept column mapping has no page of its own: its history is in the export.
        registry.register("column-mapping", ColumnMapping, policy=None, unit_lookup="region_id")
