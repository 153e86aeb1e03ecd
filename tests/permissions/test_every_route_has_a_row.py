"""A route or API operation without a persona row fails here, and so does a stale row."""

from __future__ import annotations

from tests.permissions.routes import api_operations, page_routes, reads_posts
from tests.permissions.rows import API_ROWS, PAGE_ROWS


def test_every_page_route_has_a_row_and_every_row_a_route() -> None:
    routes = set(page_routes())
    rows = {row.route for row in PAGE_ROWS}
    assert routes - rows == set(), "routes without a persona row"
    assert rows - routes == set(), "rows of routes that no longer exist"


def test_every_page_route_that_takes_a_post_has_a_write_row() -> None:
    writing = {name for name, view in page_routes().items() if reads_posts(view)}
    with_write = {row.route for row in PAGE_ROWS if row.write is not None}
    assert writing - with_write == set(), "routes that write without a tested write"


def test_every_api_operation_has_a_row_and_every_row_an_operation() -> None:
    operations = api_operations()
    rows = {row.route for row in API_ROWS}
    assert operations - rows == set(), "operations without a persona row"
    assert rows - operations == set(), "rows of operations that no longer exist"


def test_every_api_write_has_a_probe() -> None:
    assert [row.id for row in API_ROWS if row.method != "GET" and row.probe is None] == []


def test_rows_are_told_apart() -> None:
    ids = [row.id for row in PAGE_ROWS] + [row.id for row in API_ROWS]
    assert len(ids) == len(set(ids))
