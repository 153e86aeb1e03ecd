from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteeConfig(AppConfig):
    name = "committee"
    verbose_name = _("Committee")

    def ready(self) -> None:
        from audit import registry
        from committee.plan_parts import FOLLOW_UP_AREAS, MEETINGS
        from planning.plan_parts import register_plan_part

        register_plan_part(FOLLOW_UP_AREAS)
        register_plan_part(MEETINGS)
        from committee.access import committee_policy, item_policy
        from committee.models import FollowUpArea, Meeting, MeetingItem

        registry.register("meeting", Meeting, policy=committee_policy)
        registry.register(
            "meeting-item", MeetingItem, policy=item_policy, unit_lookup="meeting__unit_id"
        )
        registry.register("follow-up-area", FollowUpArea, policy=committee_policy)
        self._register_reviews()

    @staticmethod
    def _register_reviews() -> None:
        from audit import registry
        from audit.registry import Part
        from committee import access
        from committee import models as m

        registry.register(
            "review",
            m.AuditReview,
            policy=access.review_policy,
            url_of=lambda review: review.get_absolute_url(),
            parts=(Part(m.Signatory, "review"), Part(m.Recommendation, "review")),
        )
        registry.register(
            "recommendation",
            m.Recommendation,
            policy=access.recommendation_policy,
            unit_lookup="review__unit_id",
            url_of=lambda recommendation: recommendation.get_absolute_url(),
            parts=(Part(m.PromisedMeasure, "recommendation"),),
        )
        registry.register(
            "promised-measure",
            m.PromisedMeasure,
            policy=access.promise_policy,
            unit_lookup="recommendation__review__unit_id",
            url_of=lambda promise: promise.recommendation.get_absolute_url(),
            parts=(
                Part(m.PromiseReport, "promise"),
                Part(m.PromiseEconomyMeasure, "promise"),
                Part(m.PromiseProgramme, "promise"),
                Part(m.PromiseAction, "promise"),
                Part(m.PromiseAssignment, "promise"),
            ),
        )
        # Parts without a history page of their own: their history is in the export and in
        # the history of the object they belong to.
        promise_lookup = "promise__recommendation__review__unit_id"
        parts = {
            "signatory": (m.Signatory, "review__unit_id"),
            "promise-report": (m.PromiseReport, promise_lookup),
            "promise-economy-measure": (m.PromiseEconomyMeasure, promise_lookup),
            "promise-programme": (m.PromiseProgramme, promise_lookup),
            "promise-action": (m.PromiseAction, promise_lookup),
            "promise-assignment": (m.PromiseAssignment, promise_lookup),
        }
        for key, (model, lookup) in parts.items():
            registry.register(key, model, policy=None, unit_lookup=lookup)
