from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoundsConfig(AppConfig):
    name = "rounds"
    verbose_name = _("Report rounds")

    def ready(self) -> None:
        from audit import registry
        from rounds import writers
        from rounds.models import ReportRound, RoundPart

        registry.register("report-round", ReportRound, policy=None, unit_lookup="unit_id")
        registry.register("round-part", RoundPart, policy=None, unit_lookup="round__unit_id")
        writers.register()
        from rounds.control_followup_kind import CONTROL_FOLLOW_UP_ROUND
        from rounds.kinds import register_round_kind
        from rounds.report_kind import PERIOD_REPORT_ROUND

        register_round_kind(PERIOD_REPORT_ROUND)
        register_round_kind(CONTROL_FOLLOW_UP_ROUND)
