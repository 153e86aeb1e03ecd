"""Load the demo data of styr from demo_data/. Safe to run again: it only adds what is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from exchange.demo.analyses import load_analyses
from exchange.demo.audit_reviews import load_audit_reviews
from exchange.demo.budgets import load_budgets
from exchange.demo.chapters import load_chapters
from exchange.demo.committee_year import load_committee_years
from exchange.demo.control_plans import load_control_plans
from exchange.demo.files import read_yaml
from exchange.demo.ledgers import load_codes, load_ledger_files
from exchange.demo.measures import load_measures
from exchange.demo.operational_plans import load_operational_plans
from exchange.demo.organisation import LoadReport, load_organisation
from exchange.demo.scorecards import load_scorecards


class Command(BaseCommand):
    help = "Load the demo organisations, people and plans from demo_data/ (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--data-dir",
            default=str(Path(settings.BASE_DIR) / "demo_data"),
            help="Folder with the demo data files (default: demo_data/ of the project).",
        )
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print log-ins.")

    def handle(self, *args: Any, **options: Any) -> None:
        data_dir = Path(options["data_dir"])
        report = LoadReport()
        translation.activate("sv")
        with transaction.atomic():
            load_organisation(read_yaml(data_dir / "organisation.yaml"), report)
            load_control_plans(data_dir / "control_plans", report)
            load_operational_plans(data_dir / "planning", report)
            load_scorecards(data_dir / "followup", report)
            load_codes(data_dir / "ledger", report)
            load_budgets(data_dir / "economy", report)
            load_ledger_files(data_dir / "ledger", report)
            load_measures(data_dir / "economy" / "measures", data_dir / "control_plans", report)
            load_committee_years(data_dir / "committee", report)
            load_audit_reviews(data_dir / "committee", report)
            load_chapters(data_dir / "chapters", report)
            load_analyses(data_dir / "analyses", report)
        created = ", ".join(f"{n} {what}" for what, n in sorted(report.created.items()))
        self.stdout.write(f"Demo data loaded. Created: {created or 'nothing new'}.")
        if not options["quiet_logins"]:
            self.stdout.write("\nLog-ins (user name / password / roles):")
            for username, password, roles in report.logins:
                self.stdout.write(f"  {username:<10} {password}   {roles}")
