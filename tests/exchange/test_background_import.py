"""A large file is saved by a worker, not inside the request: the file's page follows the
save and then says what it did, or names every problem that stopped it; a save whose task
was lost is shown as interrupted, with nothing saved."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from exchange.background import save_staged
from exchange.models import StagedFile, StagedStatus
from internal_control.models import ControlPlan, Risk
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import create_plan
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import HSN_MATRIX

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def plan(world: World) -> ControlPlan:
    matrix = create_matrix(world.region, HSN_MATRIX, actor=SYSTEM)
    return create_plan(SYSTEM, world.committee, year=2026, title="Plan 2026", matrix=matrix)


@pytest.fixture
def large_from_ten_rows(settings: Any) -> None:
    settings.IMPORT_IN_BACKGROUND_ROWS = 10


def _stage(client: Client, plan: ControlPlan, content: bytes) -> tuple[StagedFile, str]:
    client.post(
        reverse("exchange:upload", args=["internkontrollplan"]),
        {"target": str(plan.pk), "file": SimpleUploadedFile("plan.csv", content)},
    )
    staged = StagedFile.objects.latest("pk")
    page = client.get(reverse("exchange:staged", args=[staged.pk])).content.decode()
    # The control plan's rows replace nothing, so their stamp is empty (no value attribute).
    found = re.search(r'name="state"(?: value="([^"]*)")?', page)
    assert found is not None
    return staged, found.group(1) or ""


def _rows(count: int) -> bytes:
    return ("ID;Risk\r\n" + "".join(f"{n};Risk {n}\r\n" for n in range(1, count + 1))).encode()


def test_a_large_file_waits_for_a_worker_and_its_page_follows_the_save(
    world: World, plan: ControlPlan, login: Any, settings: Any, large_from_ten_rows: None
) -> None:
    settings.TASKS = DATABASE_QUEUE
    client = login(world.controller)
    staged, state = _stage(client, plan, _rows(12))
    response = client.post(reverse("exchange:staged_save", args=[staged.pk]), {"state": state})
    assert response.url == reverse("exchange:staged", args=[staged.pk])
    staged.refresh_from_db()
    assert staged.status == StagedStatus.QUEUED
    task = DBTaskResult.objects.get(pk=staged.task_id)
    assert (task.status, task.args_kwargs["args"]) == ("READY", [staged.pk, state, "sv"])
    assert not Risk.objects.exists()  # nothing is saved inside the request
    page = client.get(response.url).content.decode()
    assert "Väntar på att sparas" in page and "hx-get" in page
    status = client.get(reverse("exchange:staged_status", args=[staged.pk]))
    assert status.status_code == 200  # the page keeps asking
    # A second post of the save while it waits queues nothing more.
    client.post(reverse("exchange:staged_save", args=[staged.pk]), {"state": state})
    assert DBTaskResult.objects.count() == 1

    save_staged.call(staged.pk, state, "sv")  # what the worker runs
    staged.refresh_from_db()
    assert staged.status == StagedStatus.SAVED
    assert Risk.objects.filter(plan=plan).count() == 12
    status = client.get(reverse("exchange:staged_status", args=[staged.pk]))
    assert status.status_code == 286  # htmx stops asking
    assert "Filens risker sparades i Plan 2026." in status.content.decode()
    assert reverse("internal_control:plan", args=[plan.pk]) in status.content.decode()
    # Run again (a worker lost after the save), the task leaves the saved file as it is.
    save_staged.call(staged.pk, state, "sv")
    assert Risk.objects.filter(plan=plan).count() == 12


def test_a_large_file_refused_by_a_worker_names_its_problems_and_saves_nothing(
    world: World, plan: ControlPlan, login: Any, large_from_ten_rows: None
) -> None:
    """The queue of the tests runs the task at once; what it finds after the preview (here a
    risk number taken meanwhile) refuses the whole file."""
    client = login(world.controller)
    staged, state = _stage(client, plan, _rows(12))
    Risk.objects.create(plan=plan, number=7, title="Skriven för hand under tiden")
    client.post(reverse("exchange:staged_save", args=[staged.pk]), {"state": state})
    staged.refresh_from_db()
    assert staged.status == StagedStatus.REFUSED
    page = client.get(reverse("exchange:staged", args=[staged.pk])).content.decode()
    assert "Avvisad: inget sparades" in page
    assert "Rad 8, Nummer: planen har redan en risk 7" in page
    assert Risk.objects.filter(plan=plan).count() == 1


def test_a_save_whose_task_is_lost_is_shown_as_interrupted(
    world: World, plan: ControlPlan, login: Any, settings: Any, large_from_ten_rows: None
) -> None:
    settings.TASKS = DATABASE_QUEUE
    client = login(world.controller)
    staged, state = _stage(client, plan, _rows(12))
    client.post(reverse("exchange:staged_save", args=[staged.pk]), {"state": state})
    DBTaskResult.objects.all().delete()  # the queue no longer knows the task
    page = client.get(reverse("exchange:staged", args=[staged.pk])).content.decode()
    assert "Sparandet avbröts. Inget sparades; spara filen igen." in page
    assert StagedFile.objects.get().status == StagedStatus.FAILED
    assert not Risk.objects.exists()


def test_only_the_uploader_follows_the_save(
    world: World, plan: ControlPlan, login: Any, large_from_ten_rows: None
) -> None:
    staged, _state = _stage(login(world.controller), plan, _rows(3))
    client = login(world.admin)
    assert client.get(reverse("exchange:staged_status", args=[staged.pk])).status_code == 404
