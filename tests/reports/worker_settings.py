"""Settings of the processes the worker tests start: the test settings with the queue in the
database (DATABASE_URL names the test database) and the test's kind of document."""

from config.settings_test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.reports.slow_kind"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ALLOWED_HOSTS = ["testserver"]
