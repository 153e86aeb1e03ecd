"""Documents made in the background: the job, its progress page, its file, and who sees it."""

from __future__ import annotations

import datetime
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from organisation.models import Unit, User
from reports.document_jobs import Progress, shutdown_workers
from reports.models import DocumentJob, JobStatus
from reports.pdf import render_pdf
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


@pytest.fixture
def inline(settings) -> None:  # type: ignore[no-untyped-def]
    settings.DOCUMENT_JOBS_INLINE = True


def _plan_url(unit: Unit) -> str:
    return reverse("reports:operational_plan_pdf", args=[unit.pk, 2023])


def test_posting_the_download_starts_a_job_and_shows_its_progress(
    world: World, client: Client, inline: None
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


def test_a_job_is_seen_only_by_the_person_who_asked(
    world: World, client: Client, inline: None
) -> None:
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


def test_status_polling_stops_when_the_document_is_ready(
    world: World, client: Client, inline: None
) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    # 286 tells htmx to stop asking.
    assert client.get(reverse("reports:document_job_status", args=[job.pk])).status_code == 286
    DocumentJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, percent=35)
    running = client.get(reverse("reports:document_job_status", args=[job.pk]))
    assert running.status_code == 200
    assert 'value="35"' in running.content.decode()


def test_asking_twice_while_it_is_made_does_not_make_it_twice(
    world: World, client: Client, inline: None
) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    DocumentJob.objects.update(status=JobStatus.RUNNING)
    client.post(_plan_url(world.committee))
    assert DocumentJob.objects.count() == 1


def test_a_job_lost_with_its_worker_is_shown_as_interrupted(
    world: World, client: Client, inline: None
) -> None:
    client.force_login(world.controller)
    client.post(_plan_url(world.committee))
    long_ago = timezone.now() - datetime.timedelta(hours=2)
    DocumentJob.objects.update(status=JobStatus.RUNNING, updated_at=long_ago)
    job = DocumentJob.objects.get()
    page = client.get(reverse("reports:document_job", args=[job.pk])).content.decode()
    assert "avbröts" in page
    assert DocumentJob.objects.get().status == JobStatus.FAILED


def test_a_failing_document_says_so_in_swedish(
    world: World, client: Client, inline: None, monkeypatch: pytest.MonkeyPatch
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


@pytest.mark.django_db(transaction=True)
def test_a_document_is_made_on_a_worker_thread(world: World, client: Client) -> None:
    client.force_login(world.controller)
    response = client.post(_plan_url(world.committee))
    job = DocumentJob.objects.get()
    for _ in range(1200):  # a loaded two-core machine runs other documents meanwhile
        job.refresh_from_db()
        if job.finished:
            break
        time.sleep(0.1)
    shutdown_workers()  # the thread's database connection is closed before the test ends
    assert job.status == JobStatus.DONE, job.stage
    assert bytes(job.content).startswith(b"%PDF")
    assert response.status_code == 303


def test_a_plain_get_still_returns_the_file(world: World, client: Client) -> None:
    client.force_login(User.objects.get(pk=world.controller.pk))
    response = client.get(_plan_url(world.committee))
    assert response["Content-Type"] == "application/pdf"
    assert not DocumentJob.objects.exists()


def test_the_job_page_leads_back_to_the_page_asked_from(
    world: World, client: Client, inline: None
) -> None:
    client.force_login(world.controller)
    plan_page = reverse("planning:plan", args=[world.committee.pk]) + "?ar=2023"
    response = client.post(
        _plan_url(world.committee), HTTP_REFERER=f"http://testserver{plan_page}", follow=True
    )
    assert f'href="{plan_page.replace("&", "&amp;")}"' in response.content.decode()
    # A page on another site is not a way back.
    client.post(_plan_url(world.committee), HTTP_REFERER="https://evil.example/x")
    assert DocumentJob.objects.order_by("created_at").last().return_to == ""  # type: ignore[union-attr]
