"""Run every benchmark against a fresh database and print one JSON line per figure."""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from typing import Any

MODULES = [
    "benchmarks.organisation",
    "benchmarks.followup",
    "benchmarks.documents",
    "benchmarks.ledger",
    "benchmarks.economy",
    "benchmarks.imports",
]


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
    if "DATABASE_URL" not in os.environ:
        folder = tempfile.mkdtemp(prefix="styr-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)

    def emit(name: str, seconds: float, **details: Any) -> None:
        line = {"benchmark": name, "database": vendor, "seconds": round(seconds, 4), **details}
        print(json.dumps(line, ensure_ascii=False), flush=True)

    try:
        for module_name in sys.argv[1:] or MODULES:
            module = importlib.import_module(module_name)
            module.run(emit)
    finally:
        teardown_databases(old_config, verbosity=0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
