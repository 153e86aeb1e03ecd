import pytest
from django.core.management import call_command
from django.utils import translation

from tests.followup_views.conftest import followup_world  # noqa: F401 (shared fixture)
from tests.internal_control_views.conftest import control_world  # noqa: F401 (shared fixture)


@pytest.fixture
def demo(db: None) -> None:
    """The demo data as `make demo` loads it, read in Swedish."""
    call_command("load_demo", quiet_logins=True, verbosity=0)
    translation.activate("sv")
