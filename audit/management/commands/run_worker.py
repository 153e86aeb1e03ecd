"""Run the queued background tasks: TASK_WORKERS processes of django-tasks' database worker.

Each process first queues again the tasks of workers that were killed (audit/tasks.py), then
takes tasks one at a time; every half minute it looks for lost tasks again and forgets old
finished ones. SIGTERM or Ctrl+C lets the task being run finish; a second one stops it.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections, connections
from django_tasks_db.management.commands.db_worker import Worker

from audit.tasks import forget_finished_tasks, lost_tasks_again, new_worker_id, queue_in_database

logger = logging.getLogger(__name__)

LOOK_AGAIN_EVERY = 30.0  # seconds between two looks for lost tasks


class Command(BaseCommand):
    help = "Run the background tasks queued in the database (documents, imports, reminders)."
    # The checks import every view, and with them the PDF libraries: a worker loads a
    # document's libraries when it first makes one.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help="worker processes to start (default: TASK_WORKERS)",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="seconds to wait before looking for new tasks when there are none",
        )

    def handle(self, *args: Any, processes: int | None, interval: float, **options: Any) -> None:
        if not queue_in_database():
            raise CommandError("TASKS_BACKEND is not 'database': there is no queue to work on.")
        count = processes if processes is not None else settings.TASK_WORKERS
        if count < 1:
            raise CommandError("--processes must be at least 1.")
        if count == 1:
            _work(interval, options["verbosity"])
        else:
            sys.exit(_supervise(count, interval, options["verbosity"]))


def _work(interval: float, verbosity: int) -> None:
    me = new_worker_id()
    _look_after(me)
    threading.Thread(target=_keep_looking, args=(me,), daemon=True, name="lost-tasks").start()
    worker = Worker(
        queue_names=["*"],
        interval=interval,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=me,
        excluded_queue_names=[],
    )
    if verbosity > 1:
        sys.stdout.write(f"Worker {me} takes tasks.\n")
    worker.configure_signals()
    worker.run()


def _look_after(me: str) -> None:
    close_old_connections()
    lost_tasks_again(me)
    forget_finished_tasks()


def _keep_looking(me: str) -> None:
    while True:
        time.sleep(LOOK_AGAIN_EVERY)
        try:
            _look_after(me)
        except Exception:  # a locked database, say: the next look will do
            logger.warning("Looking for lost tasks failed; looking again later", exc_info=True)
        finally:
            connections.close_all()  # this thread's own connections


def _supervise(count: int, interval: float, verbosity: int) -> int:
    """Start `count` single workers and stop them all when one ends or a signal comes."""
    command = [
        sys.executable,
        str(Path(settings.BASE_DIR) / "manage.py"),
        "run_worker",
        "--processes=1",
        f"--interval={interval}",
        f"--verbosity={verbosity}",
    ]
    children = [subprocess.Popen(command) for _ in range(count)]  # noqa: S603

    def forward(signum: int, frame: FrameType | None) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, forward)
    while all(child.poll() is None for child in children):
        time.sleep(0.5)
    forward(signal.SIGTERM, None)
    return max(abs(child.wait()) for child in children)
