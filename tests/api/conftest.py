"""The worlds of internal control and follow-up, for the tests that span the whole API."""

from tests.followup_views.conftest import followup_world
from tests.internal_control_views.conftest import control_world

__all__ = ["control_world", "followup_world"]
