from tests.followup_views.conftest import followup_world  # noqa: F401 (shared fixture)
from tests.internal_control_views.conftest import control_world  # noqa: F401 (shared fixture)
