"""The queue every app uses: a lost worker's task is queued again, given up after three
runs, and finished tasks are forgotten after a while."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from audit.tasks import (
    GONE,
    MAX_ATTEMPTS,
    enqueue,
    forget_finished_tasks,
    lost_tasks_again,
    new_worker_id,
    task_state,
    worker_alive,
)
from reports.document_jobs import make_document

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
HERE, THERE = "styr-1", "styr-2"
ME = new_worker_id(HERE, 100)
RUNNING_PIDS = {100, 200}


def _runs(pid: int) -> bool:
    return pid in RUNNING_PIDS


def _alive(worker_id: str) -> bool | None:
    return worker_alive(worker_id, me=ME, host=HERE, process_runs=_runs)


def test_a_worker_is_alive_while_its_process_of_this_machine_runs() -> None:
    assert _alive(ME) is True
    assert _alive(new_worker_id(HERE, 200)) is True
    assert _alive(new_worker_id(HERE, 300)) is False
    # The same process number as this worker's, with another id: an earlier life of it.
    assert _alive(new_worker_id(HERE, 100)) is False
    # Another machine's worker, or an id of no worker of styr's: not known here.
    assert _alive(new_worker_id(THERE, 300)) is None
    assert _alive("worker-7") is None


def _task(worker_ids: list[str], started: datetime.datetime, status: str = "RUNNING") -> str:
    result = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="reports.document_jobs.make_document",
        backend_name="default",
        status=status,
        worker_ids=worker_ids,
        started_at=started,
        finished_at=started if status in ("SUCCESSFUL", "FAILED") else None,
    )
    return str(result.pk)


@pytest.mark.django_db
def test_the_tasks_of_lost_workers_are_queued_again_and_given_up_after_three_runs(
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.TASKS = DATABASE_QUEUE
    settings.TASK_LOST_AFTER_MINUTES = 60
    now = timezone.now()
    dead = [new_worker_id(HERE, 300 + n) for n in range(MAX_ATTEMPTS)]
    mine = _task([ME], now)
    alive = _task([dead[0], new_worker_id(HERE, 200)], now)
    lost = _task([dead[0]], now)
    far_recent = _task([new_worker_id(THERE, 5)], now - datetime.timedelta(minutes=59))
    far_silent = _task([new_worker_id(THERE, 5)], now - datetime.timedelta(minutes=61))
    too_often = _task(dead, now)
    assert lost_tasks_again(ME, now=now, host=HERE, process_runs=_runs) == (2, 1)
    states = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert {str(pk): state for pk, state in states.items()} == {
        mine: "RUNNING",
        alive: "RUNNING",
        lost: "READY",
        far_recent: "RUNNING",
        far_silent: "READY",
        too_often: "FAILED",
    }
    assert DBTaskResult.objects.get(pk=lost).started_at is None
    assert task_state(too_often) == "FAILED"


@pytest.mark.django_db
def test_finished_tasks_are_forgotten_after_the_days_kept(settings) -> None:  # type: ignore[no-untyped-def]
    settings.TASKS = DATABASE_QUEUE
    settings.TASKS_KEPT_DAYS = 2
    now = timezone.now()
    old = now - datetime.timedelta(days=3)
    gone = [_task([ME], old, "SUCCESSFUL"), _task([ME], old, "FAILED")]
    kept = [_task([ME], now - datetime.timedelta(days=1), "SUCCESSFUL"), _task([ME], old)]
    assert forget_finished_tasks(now) == 2
    assert [task_state(pk) for pk in gone] == [GONE, GONE]
    assert [task_state(pk) for pk in kept] == ["SUCCESSFUL", "RUNNING"]


@pytest.mark.django_db
def test_a_task_is_queued_with_plain_data_and_its_state_read_back(settings) -> None:  # type: ignore[no-untyped-def]
    settings.TASKS = DATABASE_QUEUE
    task_id = enqueue(make_document, "a-job", "control_plan_pdf", {"plan": 1}, "sv")
    stored = DBTaskResult.objects.get(pk=task_id)
    assert stored.task_path == "reports.document_jobs.make_document"
    assert stored.args_kwargs == {
        "args": ["a-job", "control_plan_pdf", {"plan": 1}, "sv"],
        "kwargs": {},
    }
    assert task_state(task_id) == "READY"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert task_state(task_id) is None  # the immediate backend keeps no states
