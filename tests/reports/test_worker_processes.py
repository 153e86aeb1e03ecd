"""Real processes on the test database: a worker killed in the middle of a document is
replaced by the next, which finishes it, and a job asked for in one server process is seen
from another. The database is a file (SQLite) or PostgreSQL, shared as in production."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from audit.tasks import enqueue
from reports.document_jobs import make_document
from reports.models import DocumentJob, JobStatus
from tests.conftest import World
from tests.reports.slow_kind import KIND

pytestmark = pytest.mark.django_db(transaction=True)

TIMEOUT = 20.0  # seconds; a loaded two-core machine starts a process in a few


def _environment() -> dict[str, str]:
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        url = f"sqlite:///{name}"
    else:
        parts = urlsplit(os.environ["DATABASE_URL"])
        url = urlunsplit(parts._replace(path=f"/{name}"))
    return os.environ | {
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "tests.reports.worker_settings",
    }


@pytest.fixture
def processes(settings) -> Iterator[Callable[..., subprocess.Popen[str]]]:  # type: ignore[no-untyped-def]
    """Starts manage.py commands on the test database; kills what is left at the end."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    started: list[subprocess.Popen[str]] = []

    def start(*arguments: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments],
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()


def _until(condition: Callable[[], bool], what: str, process: subprocess.Popen[str]) -> None:
    """Poll until `condition`; fail with the process's output if it ends or time runs out."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.communicate()[0]
            raise AssertionError(f"no {what} within {TIMEOUT:.0f} s:\n{output}")
        time.sleep(0.05)


def _worker(start: Callable[..., subprocess.Popen[str]]) -> subprocess.Popen[str]:
    return start("run_worker", "--processes=1", "--interval=0.1")


def test_a_worker_killed_in_the_middle_is_replaced_and_the_job_finished(
    world: World, processes: Callable[..., subprocess.Popen[str]], tmp_path: Path
) -> None:
    job = DocumentJob.objects.create(
        requested_by=world.controller,
        source="/prov/",
        title="Prov",
        filename="prov.txt",
        content_type="text/plain",
    )
    task_id = enqueue(make_document, str(job.pk), KIND, {"folder": str(tmp_path)}, "sv")
    started = tmp_path / "started"
    first = _worker(processes)
    _until(started.exists, "start of the document by the first worker", first)
    job.refresh_from_db()
    assert job.status == JobStatus.RUNNING and job.stage == "Väntar på testet"
    first.send_signal(signal.SIGKILL)
    assert first.wait(timeout=TIMEOUT) == -signal.SIGKILL
    assert DBTaskResult.objects.get(pk=task_id).status == "RUNNING"  # left behind

    (tmp_path / "go").touch()
    second = _worker(processes)

    def finished() -> bool:
        # The job is written by the task, its state by the worker just after.
        job.refresh_from_db()
        return job.finished and DBTaskResult.objects.get(pk=task_id).status != "RUNNING"

    _until(finished, "end of the document by the second worker", second)
    assert job.status == JobStatus.DONE, job.stage
    assert bytes(job.content) == f"klart efter {tmp_path}".encode()
    task = DBTaskResult.objects.get(pk=task_id)
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 2
    assert len(started.read_text().split()) == 2  # begun by each worker
    second.send_signal(signal.SIGTERM)
    assert second.wait(timeout=TIMEOUT) == 0  # no task running: it stops at once


def test_a_job_asked_for_in_one_server_process_is_seen_from_another(
    world: World, processes: Callable[..., subprocess.Popen[str]], client: Client
) -> None:
    """Asked for here; its progress, as the job page polls it, read by the view in another."""
    client.force_login(world.controller)
    response = client.post(reverse("reports:operational_plan_pdf", args=[world.committee.pk, 2023]))
    job = DocumentJob.objects.get()
    assert response["Location"] == reverse("reports:document_job", args=[job.pk])
    assert job.status == JobStatus.QUEUED  # queued for a worker, not made in this process
    other = processes(
        "shell",
        "--no-imports",
        "--verbosity=0",
        "-c",
        "from django.test import RequestFactory; from organisation.models import User; "
        "from reports.views.document_job import document_job_status; "
        "request = RequestFactory().get('/'); "
        "request.user = User.objects.get(username='karin'); "
        f"response = document_job_status(request, '{job.pk}'); "
        "print(response.status_code, response.content.decode())",
    )
    output, _ = other.communicate(timeout=TIMEOUT)
    assert other.returncode == 0, output
    assert output.startswith("200 ") and "Väntar på att starta" in output, output
    assert 'value="0"' in output  # the progress bar, at its start
