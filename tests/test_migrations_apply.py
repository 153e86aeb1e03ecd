"""Every migration applies, in order, to an empty PostgreSQL database, as an installation
upgrades through them. The suite builds its test databases from the models (decision 0013),
so this is the test in which a migration that does not apply fails `make test`."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

DATABASE = settings.DATABASES["default"]
pytestmark = [
    pytest.mark.skipif(
        DATABASE["ENGINE"] != "django.db.backends.postgresql",
        reason="the migrations are applied on PostgreSQL, the production database",
    ),
    pytest.mark.first,
]


def _connect(name: str) -> psycopg.Connection:
    return psycopg.connect(
        dbname=name,
        user=DATABASE["USER"],
        password=DATABASE["PASSWORD"],
        host=DATABASE["HOST"],
        port=DATABASE["PORT"] or 5432,
        autocommit=True,
    )


def _manage(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_every_migration_applies_to_an_empty_database() -> None:
    name = f"styr_migrations_{uuid.uuid4().hex[:12]}"
    url = (
        f"postgres://{DATABASE['USER']}:{DATABASE['PASSWORD']}@{DATABASE['HOST']}:"
        f"{DATABASE['PORT'] or 5432}/{name}"
    )
    with _connect(DATABASE["NAME"]) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        applied = _manage("migrate", "--noinput", "--verbosity", "1", url=url)
        assert applied.returncode == 0, applied.stderr[-3000:]
        assert "Applying organisation.0001_initial... OK" in applied.stdout
        left = _manage("migrate", "--check", url=url)
        assert left.returncode == 0, left.stdout + left.stderr
        with _connect(name) as migrated:
            tables = migrated.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
        assert tables is not None and tables[0] > 50
    finally:
        with _connect(DATABASE["NAME"]) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
