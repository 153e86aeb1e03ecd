"""Documents made in the background: the job, its progress page, its file, and who sees it.

The test settings run a queued task at once, inside the request that queues it; the tests
given the `queued` fixture keep it in the database, as in production, with no worker."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from audit.tasks import lost_tasks_again, new_worker_id
from chapters.documents import document_kind
from chapters.services import create_chapter
from followup.models import PeriodStatus
from internal_control.services.plans import adopt_plan
from organisation.access import SYSTEM
from organisation.models import Unit, User
from reports.control_plan_docx import control_plan_docx
from reports.document_jobs import Progress
from reports.models import DocumentJob, JobStatus, StoredDocument
from reports.pdf import render_pdf
from reports.views.tertial_report import _order as tertial_order
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.internal_control_views.conftest import ControlWorld

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued(settings) -> None:  # type: ignore[no-untyped-def]
    """Tasks wait in the database for a worker, as in production; no worker runs here."""
    settings.TASKS = DATABASE_QUEUE


def _plan_url(unit: Unit) -> str:
    return reverse("reports:operational_plan_pdf", args=[unit.pk, 2023])


def test_posting_the_download_starts_a_job_and_shows_its_progress(
    world: World, client: Client
) -> None:
    client.force_login(world.controller)
    response = client.post(_plan_url(world.committee))
    assert response.status_code == 303
    job = DocumentJob.objects.get()
    assert response["Location"] == reverse("reports:document_job", args=[job.pk])
    assert job.status == JobStatus.DONE and job.percent == 100
    assert job.filename.endswith(".pdf") and job.size == len(bytes(job.content))
    page = client.get(response["Location"]).content.decode()
    assert "Klart" in page and job.filename in page
    file = client.get(reverse("reports:document_job_file", args=[job.pk]))
    assert file["Content-Type"] == "application/pdf"
    assert file.content.startswith(b"%PDF")
    assert f'filename="{job.filename}"' in file["Content-Disposition"]


def test_a_job_is_seen_only_by_the_person_who_asked(world: World, client: Client) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    client.force_login(world.admin)
    for name in ("document_job", "document_job_status", "document_job_file"):
        assert client.get(reverse(f"reports:{name}", args=[job.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("reports:document_job", args=[job.pk])).status_code == 302


def test_a_document_one_may_not_read_starts_no_job(world: World, client: Client) -> None:
    client.force_login(world.outsider)
    assert client.post(_plan_url(world.committee)).status_code == 404
    assert not DocumentJob.objects.exists()


def test_a_version_that_does_not_exist_starts_no_job(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    """The plan "as adopted" before any adoption is refused at once, not by a failed job."""
    client.force_login(world.controller)
    control = reverse("reports:control_plan_pdf", args=[control_world.plan.pk])
    word = reverse("reports:control_plan_docx", args=[control_world.plan.pk])
    operational = _plan_url(world.committee)
    for url in (control, word, operational):
        assert client.post(f"{url}?version=antagen").status_code == 404, url
    assert not DocumentJob.objects.exists()
    assert client.post(control).status_code == 303


def test_status_polling_stops_when_the_document_is_ready(world: World, client: Client) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    # 286 tells htmx to stop asking.
    assert client.get(reverse("reports:document_job_status", args=[job.pk])).status_code == 286
    DocumentJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, percent=35)
    running = client.get(reverse("reports:document_job_status", args=[job.pk]))
    assert running.status_code == 200
    assert 'value="35"' in running.content.decode()


def test_asking_twice_while_it_is_made_does_not_make_it_twice(world: World, client: Client) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    DocumentJob.objects.update(status=JobStatus.RUNNING)
    client.post(_plan_url(world.committee))
    assert DocumentJob.objects.count() == 1


def test_a_job_lost_with_its_worker_is_queued_again_then_shown_as_interrupted(
    world: World, client: Client, queued: None
) -> None:
    """A worker killed in the middle is replaced by the next; a job lost three times is given
    up and the person is told to ask again."""
    client.force_login(world.controller)
    response = client.post(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    assert DBTaskResult.objects.get(pk=job.task_id).status == "READY"
    page = client.get(response["Location"]).content.decode()
    assert "Väntar på att starta" in page and "avbröts" not in page
    gone = [new_worker_id(pid=999_999_999) for _ in range(3)]
    me = new_worker_id()
    for attempt in (1, 2, 3):
        DBTaskResult.objects.filter(pk=job.task_id).update(
            status="RUNNING", worker_ids=gone[:attempt], started_at=timezone.now()
        )
        lost_tasks_again(me)
        state = DBTaskResult.objects.get(pk=job.task_id).status
        assert state == ("READY" if attempt < 3 else "FAILED"), attempt
    page = client.get(response["Location"]).content.decode()
    assert "avbröts" in page
    assert DocumentJob.objects.get().status == JobStatus.FAILED


def test_a_job_of_before_the_queue_lost_with_its_thread_is_shown_as_interrupted(
    world: World, client: Client
) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    long_ago = timezone.now() - datetime.timedelta(hours=2)
    DocumentJob.objects.update(status=JobStatus.RUNNING, updated_at=long_ago, task_id="")
    job = DocumentJob.objects.get()
    page = client.get(reverse("reports:document_job", args=[job.pk])).content.decode()
    assert "avbröts" in page
    assert DocumentJob.objects.get().status == JobStatus.FAILED


def test_a_failing_document_says_so_in_swedish(
    world: World, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("reports.views.operational_plan.render_pdf", broken)
    client.force_login(world.controller)
    response = client.post(_plan_url(world.committee), follow=True)
    assert "Dokumentet kunde inte skapas" in response.content.decode()
    assert DocumentJob.objects.get().status == JobStatus.FAILED


def test_a_pdf_reports_its_stages() -> None:
    progress = Progress()
    pdf = render_pdf(
        "reports/pdf/base.html",
        {"title": "Prov", "version_label": "", "printed_on": None},
        progress,
    )
    assert pdf.startswith(b"%PDF")
    percents = [percent for percent, _stage in progress.stages]
    assert percents == sorted(percents) and len(percents) == 2
    assert "(1 sida)" in progress.stages[-1][1]


def test_a_plain_get_never_makes_the_document_in_the_request(
    world: World, client: Client, queued: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the queue in the database, a GET queues a job and leads to its progress page."""

    def made_in_the_request(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the document was made inside the request")

    monkeypatch.setattr("reports.views.operational_plan.render_pdf", made_in_the_request)
    client.force_login(world.controller)
    response = client.get(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:document_job", args=[job.pk])
    assert job.status == JobStatus.QUEUED
    task = DBTaskResult.objects.get(pk=job.task_id)
    assert task.args_kwargs["args"] == [
        str(job.pk),
        "operational_plan_pdf",
        {"unit": world.committee.pk, "year": 2023, "adoption": None},
        "sv",
    ]
    page = client.get(response["Location"], follow=True).content.decode()
    assert "Väntar på att starta" in page and job.title in page


def test_a_plain_get_returns_the_file_when_it_is_finished(world: World, client: Client) -> None:
    """The queue in its immediate mode has made the file by the time the request answers."""
    client.force_login(User.objects.get(pk=world.controller.pk))
    response = client.get(_plan_url(world.committee))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert DocumentJob.objects.get().status == JobStatus.DONE


def test_an_adopted_plan_s_file_is_stored_and_given_again_not_made_again(
    world: World, control_world: ControlWorld, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = control_world.plan
    adopt_plan(SYSTEM, plan, adopted_on=datetime.date(2025, 1, 10), body="HSN")
    client.force_login(world.controller)
    url = reverse("reports:control_plan_docx", args=[plan.pk])
    first = client.get(f"{url}?version=antagen")
    assert first["Content-Type"] == DOCX
    assert StoredDocument.objects.count() == 1
    made = DocumentJob.objects.count()

    made_now: list[object] = []

    def counted(version: object) -> bytes:
        made_now.append(version)
        return control_plan_docx(version)  # type: ignore[arg-type]

    monkeypatch.setattr("reports.views.control_plan.control_plan_docx", counted)
    client.force_login(world.reader)  # anyone who may read the plan is given the same file
    again = client.get(f"{url}?version=antagen")
    assert again["Content-Type"] == DOCX and again.content == first.content
    assert DocumentJob.objects.count() == made  # given from the store, without a job
    asked = client.post(f"{url}?version=antagen", follow=True).content.decode()
    assert "Klart" in asked  # a person who asks on the page sees it ready at once
    assert made_now == []
    # The plan of today still changes: it is made anew, never taken from the store.
    assert client.get(url)["Content-Type"] == DOCX
    assert len(made_now) == 1
    client.force_login(world.outsider)
    assert client.get(f"{url}?version=antagen").status_code == 404


def test_the_job_page_leads_back_to_the_page_asked_from(world: World, client: Client) -> None:
    client.force_login(world.controller)
    plan_page = reverse("planning:plan", args=[world.committee.pk]) + "?ar=2023"
    response = client.post(
        _plan_url(world.committee), HTTP_REFERER=f"http://testserver{plan_page}", follow=True
    )
    assert f'href="{plan_page.replace("&", "&amp;")}"' in response.content.decode()
    # A page on another site is not a way back.
    client.post(_plan_url(world.committee), HTTP_REFERER="https://evil.example/x")
    assert DocumentJob.objects.order_by("created_at").last().return_to == ""  # type: ignore[union-attr]


def test_a_tertial_report_is_stored_once_its_period_is_closed(
    world: World, followup_world: FollowupWorld
) -> None:
    unit, period = world.committee, followup_world.period
    assert tertial_order(unit, period, "PDF", "application/pdf").shows == ""
    period.status = PeriodStatus.CLOSED
    version = period.version
    closed = tertial_order(unit, period, "Word", DOCX)
    assert closed.shows == f"unit={unit.pk}:period={period.pk}:v{version}:c0"
    assert closed.kind == "tertial_report_docx"
    period.version += 1  # reopened and closed again: another content, another file
    reopened = tertial_order(unit, period, "Word", DOCX).shows
    assert reopened == f"unit={unit.pk}:period={period.pk}:v{version + 1}:c0"
    # A chapter written into the closed period's report is another content too.
    kind = document_kind("rapport")
    assert kind is not None
    owner = kind.owner(unit, period.pk)
    assert owner is not None
    create_chapter(world.controller, kind, owner, heading="Inledning", place="start")
    assert tertial_order(unit, period, "Word", DOCX).shows not in (reopened, "")


def test_the_job_page_says_how_long_the_document_is_kept(
    world: World, client: Client, settings: Any, queued: None
) -> None:
    settings.TASKS_KEPT_DAYS = 3
    client.force_login(world.controller)
    page = client.post(_plan_url(world.committee), follow=True).content.decode()
    assert "dokumentet sparas här i 3 dygn." in page
