from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        # The document views register their kinds of document (reports/document_kinds.py).
        from reports.views import (  # noqa: F401
            control_followup,
            control_plan,
            operational_plan,
            review,
            tertial_report,
        )
