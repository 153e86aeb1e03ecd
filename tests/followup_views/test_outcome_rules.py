"""Who may record outcomes, which values are stored, and what happens when two people save.

The same rules hold for the grid and the API, because both call `record_outcomes`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from followup.models import Outcome
from organisation.models import Role, RoleAssignment, Unit
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def _post(client: Client, user: Any, period_id: int, unit_id: int, rows: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    token = create_api_token(user, "t")[1]
    return client.post(
        "/api/follow-up/outcomes",
        data=json.dumps({"period_id": period_id, "unit_id": unit_id, "rows": rows}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def _grid(fw: FollowupWorld, unit: Unit) -> str:
    return reverse("followup:grid", args=[fw.period.pk, unit.pk])


# --- who may report ------------------------------------------------------------------


def test_a_committee_controller_cannot_report_for_the_region_above(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    for unit in (world.region, world.council, world.board):
        response = _post(
            client,
            world.controller,
            followup_world.period.pk,
            unit.pk,
            [{"indicator_id": followup_world.indicators[0].pk, "total": "70"}],
        )
        assert response.status_code in (403, 404), unit
    assert not Outcome.objects.exists()


def test_a_controller_reports_the_committees_measure_for_a_division_under_it(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    response = _post(
        client,
        world.controller,
        followup_world.period.pk,
        world.division.pk,
        [{"indicator_id": followup_world.indicators[0].pk, "total": "70"}],
    )
    assert response.status_code == 201
    assert Outcome.objects.get().unit == world.division


def test_an_owner_reports_their_measure_only_where_they_hold_a_role(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    owned = followup_world.indicators[1]  # owned by Anders, owner on the committee
    assert owned.owner == world.owner
    row = {"indicator_id": owned.pk, "total": "10", "women": "4", "men": "6"}
    for unit in (world.region, world.board):
        refused = _post(client, world.owner, followup_world.period.pk, unit.pk, [row])
        assert refused.status_code in (403, 404), unit
    assert not Outcome.objects.exists()
    allowed = _post(client, world.owner, followup_world.period.pk, world.division.pk, [row])
    assert allowed.status_code == 201


def test_an_owner_cannot_report_a_measure_they_do_not_own(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    response = _post(
        client,
        world.owner,
        followup_world.period.pk,
        world.committee.pk,
        [{"indicator_id": followup_world.indicators[0].pk, "total": "70"}],
    )
    assert response.status_code == 403
    assert not Outcome.objects.exists()


def test_a_reader_cannot_report_not_even_an_empty_batch(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    empty = _post(client, world.reader, followup_world.period.pk, world.committee.pk, [])
    assert empty.status_code == 403
    response = _post(
        client,
        world.reader,
        followup_world.period.pk,
        world.committee.pk,
        [{"indicator_id": followup_world.indicators[0].pk, "total": "70"}],
    )
    assert response.status_code == 403


def test_nobody_reports_for_a_unit_of_another_region_with_this_regions_period(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    RoleAssignment.objects.create(user=world.admin, unit=world.other_region, role=Role.CONTROLLER)
    response = _post(
        client,
        world.admin,
        followup_world.period.pk,
        world.other_division.pk,
        [{"indicator_id": followup_world.indicators[0].pk, "total": "70"}],
    )
    assert response.status_code in (403, 422)
    assert not Outcome.objects.exists()


# --- values that would break pages ---------------------------------------------------


@pytest.mark.parametrize(
    ("total", "why"),
    [
        ("1e30", "an exponent far beyond the field"),
        ("123456789012", "twelve integer digits"),
        ("1,2345", "four decimals"),
    ],
)
def test_an_out_of_range_outcome_is_refused_on_every_path(
    world: World, followup_world: FollowupWorld, client: Client, login, total: str, why: str
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    response = _post(
        client,
        world.controller,
        followup_world.period.pk,
        world.committee.pk,
        [{"indicator_id": indicator.pk, "total": total}],
    )
    assert response.status_code == 422, why
    message = response.json()["errors"]["rows.1.total"]
    assert "Total" in str(message)
    grid = login(world.controller).post(
        _grid(followup_world, world.committee), {f"total-{indicator.pk}": total}
    )
    assert grid.status_code == 200
    assert "Rad 1: Totalt:" in grid.content.decode()
    assert not Outcome.objects.exists()
    # The pages that read outcomes still answer.
    assert client.get(_grid(followup_world, world.committee)).status_code == 200
    assert client.get(reverse("followup:worklist")).status_code == 200


def test_an_over_long_comment_is_refused_with_its_field_named(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    response = _post(
        client,
        world.controller,
        followup_world.period.pk,
        world.committee.pk,
        [{"indicator_id": followup_world.indicators[0].pk, "total": "70", "comment": "x" * 20_001}],
    )
    assert response.status_code == 422
    assert "Kommentar" in str(response.json()["errors"]["rows.1.comment"])
    assert not Outcome.objects.exists()


def test_the_same_measure_twice_in_one_batch_names_the_row(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    indicator = followup_world.indicators[0]
    response = _post(
        client,
        world.controller,
        followup_world.period.pk,
        world.committee.pk,
        [
            {"indicator_id": indicator.pk, "total": "70"},
            {"indicator_id": indicator.pk, "total": "71"},
        ],
    )
    assert response.status_code == 422
    assert "rad 1" in str(response.json()["errors"]["rows.2.indicator"])
    assert not Outcome.objects.exists()


# --- two people saving --------------------------------------------------------------


def test_the_api_refuses_to_overwrite_an_outcome_it_did_not_read(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    indicator = followup_world.indicators[0]
    args = (client, world.controller, followup_world.period.pk, world.committee.pk)
    assert _post(*args, [{"indicator_id": indicator.pk, "total": "70"}]).status_code == 201
    stored = Outcome.objects.get()
    blind = _post(*args, [{"indicator_id": indicator.pk, "total": "75"}])
    assert blind.status_code == 409
    assert "rows.1.version" in blind.json()["errors"]
    stale = _post(*args, [{"indicator_id": indicator.pk, "total": "75", "version": 0}])
    assert stale.status_code == 409
    stored.refresh_from_db()
    assert stored.total == 70
    current = _post(
        *args, [{"indicator_id": indicator.pk, "total": "75", "version": stored.version}]
    )
    assert current.status_code == 201
    stored.refresh_from_db()
    assert stored.total == 75


def test_the_grid_refuses_to_overwrite_what_someone_saved_after_it_was_opened(
    world: World, followup_world: FollowupWorld, client: Client, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    url = _grid(followup_world, world.committee)
    page = login(world.controller).get(url).content.decode()
    assert f'name="version-{indicator.pk}" value="0"' in page
    # Meanwhile the administrator saves a value for the same measure.
    other = Client()
    other.force_login(world.admin)
    assert (
        other.post(url, {f"total-{indicator.pk}": "68", f"version-{indicator.pk}": "0"}).status_code
        == 302
    )
    response = client.post(url, {f"total-{indicator.pk}": "70", f"version-{indicator.pk}": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "sparade detta utfall under tiden" in html
    assert Outcome.objects.get().total == 68
    # The page now carries the stored version: saving again is a deliberate choice.
    assert f'name="version-{indicator.pk}" value="1"' in html
    again = client.post(url, {f"total-{indicator.pk}": "70", f"version-{indicator.pk}": "1"})
    assert again.status_code == 302
    assert Outcome.objects.get().total == 70


def test_a_garbled_version_is_a_conflict_not_an_error(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    url = _grid(followup_world, world.committee)
    client = login(world.controller)
    assert (
        client.post(
            url, {f"total-{indicator.pk}": "68", f"version-{indicator.pk}": "x"}
        ).status_code
        == 302
    )
    response = client.post(url, {f"total-{indicator.pk}": "70", f"version-{indicator.pk}": "1e99"})
    assert response.status_code == 200
    assert Outcome.objects.get().total == 68
