from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteeConfig(AppConfig):
    name = "committee"
    verbose_name = _("Committee")

    def ready(self) -> None:
        from audit import registry
        from committee.access import committee_policy, item_policy
        from committee.models import FollowUpArea, Meeting, MeetingItem

        registry.register("meeting", Meeting, policy=committee_policy)
        registry.register(
            "meeting-item", MeetingItem, policy=item_policy, unit_lookup="meeting__unit_id"
        )
        registry.register("follow-up-area", FollowUpArea, policy=committee_policy)
        # Parts without a history page of their own: their history is in the export.
        from committee import models as m

        parts = {
            "audit-review": (m.AuditReview, "unit_id"),
            "signatory": (m.Signatory, "review__unit_id"),
            "recommendation": (m.Recommendation, "review__unit_id"),
            "promised-measure": (m.PromisedMeasure, "recommendation__review__unit_id"),
            "promise-report": (m.PromiseReport, "promise__recommendation__review__unit_id"),
        }
        for key, (model, lookup) in parts.items():
            registry.register(key, model, policy=None, unit_lookup=lookup)
