"""The start page lists what is due with its links, and what those who keep a plan follow;
the remind page e-mails those who have not reported; the reminder settings are saved with
their history and checked by the same rules."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from duties.models import ReminderChoice, ReminderRules, ReminderSent
from internal_control.services.actions import create_action
from tests.duties.conftest import DutyWorld
from tests.page_text import page_text


def test_the_owners_start_page_lists_what_is_due_with_its_links(
    duty_world: DutyWorld, login: Any
) -> None:
    w = duty_world.base
    response = login(w.owner).get(reverse("home"))
    page, text = response.content.decode(), page_text(response)
    assert "Det här ska du göra" in text
    assert "3 saker att rapportera, 3 av dem är försenade." in text
    assert "Försenad: skulle vara klar 31 augusti 2025" in text
    action = duty_world.control.plan.actions.get()
    assert reverse("internal_control:action_report", args=[action.pk]) in page
    assert "Rapportera status och kommentar: Åtgärd 1" in text
    assert "Uppföljningar som du ansvarar för" not in text


def test_the_controller_follows_who_has_not_reported(duty_world: DutyWorld, login: Any) -> None:
    w = duty_world.base
    text = page_text(login(w.controller).get(reverse("home")))
    assert "Inget väntar på att du ska rapportera." in text
    assert "Uppföljningar som du ansvarar för Försenad Uppföljning augusti" in text
    assert "0 av 5 rapporterade, ska rapporteras senast 31 augusti 2025" in text
    assert "Ännu inte rapporterat: Olle Ägare (3), Ingen ansvarig (2)" in text.replace(
        w.owner.get_full_name(), "Olle Ägare"
    )


def test_the_start_page_costs_the_same_queries_however_much_is_due(
    duty_world: DutyWorld, login: Any
) -> None:
    w = duty_world.base
    client = login(w.owner)
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("home"))
    for n in range(20):
        create_action(
            w.controller,
            duty_world.control.plan,
            title=f"Åtgärd nummer {n}",
            owner=w.owner,
            deadline=datetime.date(2099, 12, 31),
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("home"))
    assert "23 saker att rapportera" in page_text(response)
    assert len(many) == len(few)
    controller = login(w.controller)
    controller.get(reverse("home"))
    with CaptureQueriesContext(connection) as keeper:
        controller.get(reverse("home"))
    assert len(keeper) <= len(few) + 8


def test_the_controller_reminds_the_owner_once_a_day(
    duty_world: DutyWorld, login: Any, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    client = login(w.controller)
    url = reverse("duties:remind", args=[duty_world.followup.pk])
    page = page_text(client.get(url))
    assert "Inte påmind" in page
    assert "Bara en roll är angiven: ingen att skicka e-post till." in page
    response = client.post(url, {"person": [str(w.owner.pk)]}, follow=True)
    assert "En påminnelse skickas till" in page_text(response)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [w.owner.email]
    assert mailoutbox[0].subject == "styr: en påminnelse om att rapportera"
    assert mailoutbox[0].body.count("\n- ") == 3
    sent = ReminderSent.objects.get()
    assert (sent.user, sent.sent_by, sent.stage) == (w.owner, w.controller, "by_hand")
    again = client.post(url, {"person": ["all"]}, follow=True)
    assert "har redan påmints i dag" in page_text(again)
    assert "Påmind i dag." in page_text(again)
    assert len(mailoutbox) == 1


def test_a_reader_may_not_remind(duty_world: DutyWorld, login: Any, mailoutbox: Any) -> None:
    w = duty_world.base
    url = reverse("duties:remind", args=[duty_world.followup.pk])
    assert login(w.reader).post(url, {"person": ["all"]}).status_code == 403
    assert mailoutbox == [] and not ReminderSent.objects.exists()


def test_a_person_chooses_reminders_and_the_choice_has_history(
    duty_world: DutyWorld, login: Any
) -> None:
    w = duty_world.base
    client = login(w.owner)
    url = reverse("duties:choice")
    shown = page_text(client.get(url))
    assert f"Påminnelserna skickas till {w.owner.email}." in shown
    assert client.post(url, {"version": "0", "after": "on", "digest": "on"}).status_code == 302
    choice = ReminderChoice.objects.get(user=w.owner)
    assert (choice.before, choice.after, choice.digest) == (False, True, True)
    assert choice.history.get().history_user == w.owner
    # A form loaded before that save is refused, not saved over it.
    stale = client.post(url, {"version": "0", "before": "on"})
    assert stale.status_code == 200
    choice.refresh_from_db()
    assert (choice.before, choice.version) == (False, 1)


def test_the_regions_rules_are_the_administrators_and_checked(
    duty_world: DutyWorld, login: Any
) -> None:
    w = duty_world.base
    url = reverse("duties:rules")
    assert login(w.controller).get(url).status_code == 403
    client = login(w.admin)
    assert "Regionen har inga egna regler ännu" in page_text(client.get(url))
    bad = client.post(
        url, {"version": "0", "days_before": "2", "days_after": "0", "digest_weekday": "0"}
    )
    assert bad.status_code == 200
    assert "Dagar efter sista dag" in page_text(bad)
    assert "större än eller lika med 1" in bad.content.decode()
    assert not ReminderRules.objects.exists()
    good = {"version": "0", "days_before": "3", "days_after": "2", "digest_weekday": "4"}
    assert client.post(url, good).status_code == 302
    rules = ReminderRules.objects.get(region=w.region)
    assert (rules.days_before, rules.days_after, rules.digest_weekday) == (3, 2, 4)
    assert rules.history.get().history_user == w.admin
