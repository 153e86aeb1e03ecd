"""Send today's reminders: for cron, once a day or as often as it likes."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from audit.tasks import enqueue
from duties.reminders import send_due_reminders
from duties.tasks import send_reminders


class Command(BaseCommand):
    help = (
        "E-mails the reminders that today asks for: before and after each deadline and the "
        "weekly summary. Each is sent once per deadline and person however often this runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="The day to act as, YYYY-MM-DD (default: today).")
        parser.add_argument(
            "--in-background",
            action="store_true",
            help="Hand the work to the job queue's worker instead of doing it here.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        day = (
            datetime.date.fromisoformat(options["date"])
            if options["date"]
            else timezone.localdate()
        )
        if options["in_background"]:
            task_id = enqueue(send_reminders, day.isoformat())
            self.stdout.write(f"queued {task_id}")
            return
        self.stdout.write(f"sent {send_due_reminders(day)}")
