"""Background work on a durable queue, for every app: documents, imports, reminders, fetches.

An app adds a task by decorating a module-level function with `background` and calling
`enqueue(the_task, ...)` with plain data only (ids, strings, numbers, lists and dicts of
them: they are stored as JSON, never objects or closures). With TASKS_BACKEND=database the
task waits in the database until a worker process (`manage.py run_worker`) takes it, so any
server process may enqueue and any worker may run; with TASKS_BACKEND=immediate it runs at
once inside `enqueue` (tests, debugging).

A task whose worker was killed is queued again by the next worker, up to MAX_ATTEMPTS runs,
so a task must be safe to run twice: it records what it did against its own ids.
"""

from __future__ import annotations

import datetime
import logging
import os
import secrets
import socket
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from django.conf import settings
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task, task_backends
from django_tasks.base import Task
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# A task is run at most this many times; then it counts as failed, lost with its workers.
MAX_ATTEMPTS = 3
# The state of a task whose result is no longer kept (or never was), and of a failed one.
GONE = "GONE"
FAILED = TaskResultStatus.FAILED.value
LOST_WITH_ITS_WORKER = "audit.tasks.LostWithItsWorker"


def background(function: Callable[P, T]) -> Task[P, T]:
    """Make a module-level function a task that `enqueue` hands to the queue."""
    return task(function)


def enqueue(work: Task[P, T], *args: P.args, **kwargs: P.kwargs) -> str:
    """Queue `work` with plain-data arguments; the task's id, to ask for its state."""
    return str(work.enqueue(*args, **kwargs).id)


def task_state(task_id: str) -> str | None:
    """READY, RUNNING, SUCCESSFUL, FAILED, or GONE; None where the backend keeps no states
    (the immediate one: the task ran inside `enqueue`)."""
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not backend.supports_get_result:
        return None
    try:
        return str(backend.get_result(task_id).status)
    except TaskResultDoesNotExist:
        return GONE


def queue_in_database() -> bool:
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)


# --- Workers, and the tasks they leave behind when killed -----------------------------------


def new_worker_id(host: str | None = None, pid: int | None = None) -> str:
    """Which machine and process runs a task, so that a lost worker can be told."""
    host = (host or socket.gethostname())[:40]
    return f"{host}/{pid or os.getpid()}/{secrets.token_hex(6)}"


def worker_alive(
    worker_id: str,
    *,
    me: str,
    host: str | None = None,
    process_runs: Callable[[int], bool] | None = None,
) -> bool | None:
    """Whether the worker `worker_id` still runs: known on this machine, None on another.

    A process of this machine with the same number but another id is a later process
    (a container restarted, say), so the worker of the id is gone.
    """
    runs = process_runs or _process_runs
    parts = worker_id.split("/")
    if len(parts) != 3:
        return None  # not one of ours: never judged lost by its process
    worker_host, pid, _token = parts
    if worker_host != (host or socket.gethostname())[:40]:
        return None
    if worker_id == me:
        return True
    if not pid.isdigit() or int(pid) == int(me.split("/")[1]):
        return False
    return runs(int(pid))


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it runs
    return True


def lost_tasks_again(
    me: str,
    *,
    now: datetime.datetime | None = None,
    host: str | None = None,
    process_runs: Callable[[int], bool] | None = None,
) -> tuple[int, int]:
    """Queue again the running tasks whose worker is gone; fail those run MAX_ATTEMPTS times.

    A worker of another machine is gone when its task has run TASK_LOST_AFTER_MINUTES.
    Returns how many were queued again and how many failed.
    """
    now = now or timezone.now()
    lost_after = datetime.timedelta(minutes=settings.TASK_LOST_AFTER_MINUTES)
    queued = failed = 0
    for result in DBTaskResult.objects.running().only("id", "worker_ids", "started_at"):
        last = result.worker_ids[-1] if result.worker_ids else ""
        alive = worker_alive(last, me=me, host=host, process_runs=process_runs)
        if alive is None:
            alive = result.started_at is not None and result.started_at > now - lost_after
        if alive:
            continue
        still_running = DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING)
        if len(result.worker_ids) >= MAX_ATTEMPTS:
            failed += still_running.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=LOST_WITH_ITS_WORKER,
                traceback=f"Its worker was lost {len(result.worker_ids)} times.",
            )
            logger.warning("Task %s failed: its worker was lost too often", result.pk)
        else:
            queued += still_running.update(status=TaskResultStatus.READY, started_at=None)
            logger.warning("Task %s queued again: its worker %s was lost", result.pk, last)
    return queued, failed


def forget_finished_tasks(now: datetime.datetime | None = None) -> int:
    """Delete the finished tasks older than TASKS_KEPT_DAYS."""
    before = (now or timezone.now()) - datetime.timedelta(days=settings.TASKS_KEPT_DAYS)
    deleted, _kinds = DBTaskResult.objects.finished().filter(finished_at__lt=before).delete()
    return deleted
