"""Seed 003 in the demo, word for word, and the answer letter generated from it.

The seed is the PDF text of the committee's answer of 2025-11-15 (HSN/1641/2025): its lines
are broken anywhere, so the comparison is of words, with the seed's bullets dropped.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from committee.models import AuditReview, PromisedMeasure
from committee.text_blocks import plain_text, text_blocks
from economy.models import Programme
from exchange.demo.audit_reviews import load_audit_reviews
from exchange.demo.files import read_yaml
from exchange.demo.organisation import LoadReport, load_organisation
from organisation.models import User

DEMO = Path(settings.BASE_DIR) / "demo_data"
SEED = DEMO / "seeds" / "003_528f4c878a601260.txt"


def words(text: str) -> str:
    return " ".join(text.replace("▪", " ").split())


def seed_letter() -> str:
    """The letter's body as the seed prints it: from the introduction to the closing."""
    text = words(SEED.read_text(encoding="utf-8"))
    start = text.index("Regionens revisorer har genomfört")
    end = text.index("högt prioriterat för nämnden.") + len("högt prioriterat för nämnden.")
    return text[start:end]


@pytest.fixture
def review(db: None) -> AuditReview:
    """The organisation and the review, loaded as `load_demo` loads them."""
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_audit_reviews(DEMO / "committee", LoadReport())
    return AuditReview.objects.select_related("unit").get(case_number="HSN/1641/2025")


def test_the_letters_facts(review: AuditReview) -> None:
    assert review.unit.name == "Hälso- och sjukvårdsnämnden"
    assert review.title == "Granskning av ekonomisk strategi och planering"
    assert review.auditors == "Regionens revisorer"
    assert review.answered_on.isoformat() == "2025-11-15"  # type: ignore[union-attr]
    assert review.answer_title == (
        "Hälso- och sjukvårdsnämndens svar på granskning av ekonomisk strategi och planering"
    )
    assert (review.handled_by, review.handled_by_unit) == (
        "Henrik Wahlström",
        "Hälso- och sjukvård",
    )
    assert review.addressee == ""  # the letter prints none
    assert (review.reviewed_on, review.answer_due_on) == (None, None)  # nor these dates
    assert review.signed_for == "Hälso- och sjukvårdsnämnden"
    assert [(s.name, s.title) for s in review.signatories.order_by("order")] == [
        ("Katarina Nyberg Finn (S)", "Hälso- och sjukvårdsnämndens ordförande"),
        ("Anna Granevärn", "Hälso- och sjukvårdsdirektör"),
    ]
    assert review.overall_assessment.startswith("Den samlade bedömningen är att hälso- och")
    assert words(review.overall_assessment) in seed_letter()


def test_the_letter_is_the_seeds_word_for_word(review: AuditReview) -> None:
    parts = [plain_text(review.introduction)]
    for recommendation in review.recommendations.order_by("number"):
        parts.append(f"{recommendation.number}. {plain_text(recommendation.text)}")
        parts.append(f"Svar: {plain_text(recommendation.answer)}")
    parts.append(plain_text(review.closing))
    assert " ".join(parts) == seed_letter()
    assert review.recommendations.count() == 5
    # Its typos are kept.
    letter = " ".join(parts)
    for typo in ("det krävas ett", "ekonomi i balans i. Planen", "omsätta sätta den politiska"):
        assert typo in letter


def test_the_three_programmes_and_what_links_them(review: AuditReview) -> None:
    programmes = list(Programme.objects.filter(unit=review.unit).order_by("order"))
    assert [(p.name, p.description) for p in programmes] == [
        (
            "Accelererad digitalisering och användning av AI",
            "För att effektivisera arbetssätt, frigöra resurser och förbättra tillgängligheten.",
        ),
        (
            "Rätt storlek, rätt stöd",
            "Inriktat på att säkerställa att organisationens struktur och stödfunktioner är "
            "ändamålsenliga och resurseffektiva.",
        ),
        (
            "Inköp och ekonomi samt övriga åtgärder för Ekonomi i balans",
            "Syftar till att stärka kostnadskontroll genom bättre inköpsrutiner, förenkla "
            "budget och prognosarbete.",
        ),
    ]
    first = review.recommendations.get(number=1)
    linked = [list(p.programmes.all()) for p in first.promises.order_by("order")]
    assert linked == [[programmes[0]], [programmes[1]], [programmes[2]], []]
    others = PromisedMeasure.objects.filter(recommendation__review=review).exclude(
        recommendation=first
    )
    assert not others.filter(programmes__isnull=False).exists()


def test_the_promised_measures_are_the_answers_own_words(review: AuditReview) -> None:
    fifth = review.recommendations.get(number=5)
    bullets = [b.items for b in text_blocks(fifth.answer) if b.is_list]
    assert bullets == [
        (
            "Förenkling av beslutsvägar och mandat genom ständig utveckling av ledning och "
            "styrning.",
            "Gemensam prioritering av åtgärder med störst ekonomisk effekt",
            "Utveckling av ledningsdialoger och uppföljning",
            "Särskilt fokus på att stärka tilliten och kollektivt ansvar i organisationen.",
        )
    ]
    fifth_promises = list(fifth.promises.order_by("order"))
    assert tuple(p.text for p in fifth_promises[:4]) == bullets[0]
    # The four run "under Regionstyrelsens ledning", as the answer says of them.
    assert [p.owner_title for p in fifth_promises[:4]] == ["Regionstyrelsen"] * 4
    promises = PromisedMeasure.objects.filter(recommendation__review=review)
    for promise in promises.select_related("recommendation"):
        assert words(promise.text) in plain_text(promise.recommendation.answer), promise.text
    # The seed gives no person, no deadline and no status for any of them.
    assert not promises.filter(owner__isnull=False).exists()
    assert not promises.filter(deadline__isnull=False).exists()
    assert set(promises.values_list("status", flat=True)) == {""}
    assert set(promises.exclude(owner_title="").values_list("pk", flat=True)) == {
        p.pk for p in fifth_promises[:4]
    }


def test_the_demo_loads_it_once(db: None) -> None:
    def counts() -> tuple[int, int, int]:
        return (
            AuditReview.objects.count(),
            PromisedMeasure.objects.count(),
            Programme.objects.count(),
        )

    call_command("load_demo", quiet_logins=True, verbosity=0)
    assert counts() == (1, 13, 3)
    call_command("load_demo", quiet_logins=True, verbosity=0)
    assert counts() == (1, 13, 3)


def _pdf_pages(pdf: bytes) -> list[list[str]]:
    """The lines of each page, as pdftotext reads them (the page's margins last)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
    pages = out.stdout.decode().split("\f")
    return [page.strip().splitlines() for page in pages if page.strip()]


def _unbroken(text: str) -> str:
    """A line may break after the dash of a range ("2024–" / "2026"): join it again."""
    return re.sub(r"–\s+(?=\d)", "–", text)


def _pdf_text(pdf: bytes) -> str:
    return _unbroken(words("\n".join("\n".join(page) for page in _pdf_pages(pdf))))


def _docx_text(content: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(content))
    return words("\n".join(p.text for p in document.paragraphs))


def _expected(review: AuditReview) -> list[str]:
    """Every piece of the letter that must be printed, each a paragraph or a bullet."""
    pieces = [
        "2025-11-15 HSN/1641/2025",
        "Henrik Wahlström",
        "Hälso- och sjukvård",
        review.answer_title,
        "För Hälso- och sjukvårdsnämnden",
    ]
    for signatory in review.signatories.all():
        pieces += [signatory.name, signatory.title]
    for text in (review.introduction, review.closing):
        pieces += [b.text for b in text_blocks(text) if b.text]
    for recommendation in review.recommendations.order_by("number"):
        pieces.append(f"{recommendation.number}. {plain_text(recommendation.text)}")
        blocks = text_blocks(recommendation.answer)
        pieces.append(f"Svar: {blocks[0].text}")
        for block in blocks[1:]:
            pieces += list(block.items) if block.is_list else [block.text]
    return [words(p) for p in pieces]


def test_the_letter_as_pdf_and_word_holds_every_recommendation_and_answer(
    review: AuditReview, client: Client
) -> None:
    client.force_login(User.objects.get(username="maria"))
    pdf = client.get(reverse("reports:review_answer_pdf", args=[review.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    pages = _pdf_pages(pdf.content)
    # Each page ends with its number as in the seed, "1(4)", and the letter's title.
    for number, page in enumerate(pages, start=1):
        assert page[-2:] == [f"{number}({len(pages)})", review.answer_title], page[-2:]
    pdf_text = _unbroken(words("\n".join("\n".join(page[:-2]) for page in pages)))
    word = client.get(reverse("reports:review_answer_docx", args=[review.pk]))
    word_text = _docx_text(word.content)
    for piece in _expected(review):
        assert piece in pdf_text, piece[:80]
        assert piece in word_text, piece[:80]
    # The date and case number open the letter, as in the seed's first line.
    assert pdf_text.startswith("2025-11-15 HSN/1641/2025 Henrik Wahlström Hälso- och sjukvård")
    assert word_text.startswith("2025-11-15 HSN/1641/2025 Henrik Wahlström Hälso- och sjukvård")
    assert re.search(r"^Tagged:\s+yes", _pdfinfo(pdf.content), re.M)


def _pdfinfo(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True
        ).stdout.decode()


def test_the_follow_up_report_for_the_auditor(review: AuditReview, client: Client) -> None:
    client.force_login(User.objects.get(username="maria"))
    page = " ".join(
        client.get(reverse("committee:review_followup", args=[review.pk])).content.decode().split()
    )
    assert "Avslutade rekommendationer</dt><dd>0 / 5" in page
    assert "Utlovade åtgärder genomförda</dt><dd>0 / 13" in page
    assert page.count("Status: Ej rapporterad") == 13
    pdf_text = _pdf_text(
        client.get(reverse("reports:review_followup_pdf", args=[review.pk])).content
    )
    word_text = _docx_text(
        client.get(reverse("reports:review_followup_docx", args=[review.pk])).content
    )
    for recommendation in review.recommendations.all():
        expected = words(f"{recommendation.number}. {plain_text(recommendation.text)}")
        assert expected in pdf_text and expected in word_text
    assert "Svaret utlovar inga åtgärder." in pdf_text  # recommendation 2
    assert pdf_text.count("Öppen: inte avslutad av revisorerna") == 5
