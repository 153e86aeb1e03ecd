"""The pure rules of reviews: how a kept text splits into paragraphs and bullets, and the
checks of an answer and its follow-up."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from committee.checks import (
    PromiseFacts,
    RecommendationFacts,
    check_review,
    ready_to_close,
)
from committee.text_blocks import Block, plain_text, text_blocks

TODAY = datetime.date(2026, 2, 10)


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join() -> None:
    text = "Svar med en rad\nsom bröts.\n\nAndra stycket."
    assert text_blocks(text) == [
        Block(text="Svar med en rad som bröts."),
        Block(text="Andra stycket."),
    ]


def test_bullets_follow_a_paragraph_and_a_wrapped_bullet_stays_one() -> None:
    text = (
        "Arbetet pågår genom flera parallella insatser:\n"
        "▪ Förenkling av beslutsvägar och mandat genom ständig utveckling av\n"
        "ledning och styrning.\n"
        "• Gemensam prioritering av åtgärder med störst ekonomisk effekt\n"
        "\n"
        "Vidare delar nämnden uppfattningen."
    )
    assert text_blocks(text) == [
        Block(text="Arbetet pågår genom flera parallella insatser:"),
        Block(
            items=(
                "Förenkling av beslutsvägar och mandat genom ständig utveckling av ledning och "
                "styrning.",
                "Gemensam prioritering av åtgärder med störst ekonomisk effekt",
            )
        ),
        Block(text="Vidare delar nämnden uppfattningen."),
    ]


def test_words_and_typos_are_kept() -> None:
    text = "det krävas ett  strukturerat arbete\n för en ekonomi i balans i."
    assert plain_text(text) == "det krävas ett strukturerat arbete för en ekonomi i balans i."


# The machine that runs the tests may be busy: slow generation is not a failure of the rule.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet="abc åäö.,", min_size=1, max_size=20), min_size=1, max_size=6))
def test_no_word_is_lost_or_added(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert plain_text(text).split() == text.split()


def promise(position: int = 1, **facts: object) -> PromiseFacts:
    values: dict[str, object] = {"has_owner": True, "deadline": TODAY, "status": ""} | facts
    return PromiseFacts(position=position, **values)  # type: ignore[arg-type]


def recommendation(*promises: PromiseFacts, **facts: object) -> RecommendationFacts:
    values: dict[str, object] = {"number": 1, "has_answer": True, "closed": False} | facts
    return RecommendationFacts(promises=promises, **values)  # type: ignore[arg-type]


def codes(*recommendations: RecommendationFacts) -> list[tuple[str, int, int | None]]:
    return [
        (f.code, f.recommendation, f.promise) for f in check_review(list(recommendations), TODAY)
    ]


def test_a_recommendation_without_an_answer() -> None:
    assert codes(recommendation(has_answer=False)) == [("answer_missing", 1, None)]
    assert codes(recommendation()) == []


def test_a_promise_past_its_deadline_and_not_done() -> None:
    past = TODAY - datetime.timedelta(days=1)
    assert codes(recommendation(promise(deadline=past, status="in_progress"))) == [
        ("deadline_passed", 1, 1)
    ]
    # Due today is not late; done or cancelled is not late either.
    assert codes(recommendation(promise(deadline=TODAY))) == []
    assert codes(recommendation(promise(deadline=past, status="cancelled"))) == []


def test_a_promise_without_owner_or_deadline() -> None:
    found = codes(recommendation(promise(1), promise(2, has_owner=False, deadline=None)))
    assert found == [("owner_missing", 1, 2), ("deadline_missing", 1, 2)]


@pytest.mark.parametrize(
    ("statuses", "ready"),
    [
        ((), False),
        (("done",), True),
        (("done", "cancelled"), True),
        (("cancelled",), False),
        (("done", "in_progress"), False),
        (("done", ""), False),
    ],
)
def test_ready_to_close_when_every_promise_is_done(statuses: tuple[str, ...], ready: bool) -> None:
    facts = recommendation(*(promise(n, status=s) for n, s in enumerate(statuses, start=1)))
    assert ready_to_close(facts) is ready
    assert (("ready_to_close", 1, None) in codes(facts)) is ready


def test_a_closed_recommendation_is_not_followed_up_further() -> None:
    late = promise(deadline=TODAY - datetime.timedelta(days=30), has_owner=False)
    assert codes(recommendation(late, closed=True)) == []
    assert codes(recommendation(promise(status="done"), closed=True)) == []


def test_findings_lead_with_the_most_serious() -> None:
    found = codes(
        recommendation(promise(1, status="done"), number=1),
        recommendation(promise(1, has_owner=False), number=2, has_answer=False),
        recommendation(promise(1, deadline=TODAY - datetime.timedelta(days=1)), number=3),
    )
    assert found == [
        ("answer_missing", 2, None),
        ("deadline_passed", 3, 1),
        ("owner_missing", 2, 1),
        ("ready_to_close", 1, None),
    ]
