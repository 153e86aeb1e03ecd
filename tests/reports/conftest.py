from tests.internal_control_views.conftest import control_world  # noqa: F401 (shared fixture)
