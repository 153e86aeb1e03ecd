from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class OrganisationConfig(AppConfig):
    name = "organisation"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        from audit import registry
        from organisation.access import role_assignment_policy, unit_policy, user_policy
        from organisation.models import Role, RoleAssignment, Unit, User
        from organisation.sign_in.group_roles import load_group_roles

        registry.register(
            "unit",
            Unit,
            policy=unit_policy,
            unit_lookup="id",
            url_of=lambda u: u.get_absolute_url(),
        )
        registry.register(
            "person",
            User,
            policy=user_policy,
            unit_lookup="region_id",
            url_of=lambda u: u.get_absolute_url(),
        )
        registry.register("role", RoleAssignment, policy=role_assignment_policy)

        if settings.OIDC_ENABLED:  # a bad group mapping stops the start, naming its setting
            load_group_roles(settings.OIDC_GROUP_ROLES_FILE, Role.values)
