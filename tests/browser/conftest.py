"""Browser tests: Playwright drives Debian's chromium against the live test server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from tests.conftest import PASSWORD
from tests.economy.conftest import economy_world  # noqa: F401 (shared fixture)
from tests.followup_views.conftest import followup_world  # noqa: F401 (shared fixture)
from tests.internal_control_views.conftest import control_world  # noqa: F401 (shared fixture)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_axe = Axe()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "sv-SE"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def assert_fits(page: Page) -> None:
    """Nothing on the page needs sideways scrolling at its viewport's width."""
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, page.url


_NAVIGATING = ("documentElement", "Execution context was destroyed", "navigation")


def _settled_axe_run(page: Page) -> Any:
    """Run axe on a settled document.

    A click that starts a navigation returns before the new page is there; axe run in
    that moment meets the old document being taken down. Wait for the new one and run
    again; any other error, and every violation, still fails the test.
    """
    for attempt in range(3):
        page.wait_for_load_state("load")
        try:
            return _axe.run(page)
        except PlaywrightError as error:
            if attempt == 2 or not any(mark in str(error) for mark in _NAVIGATING):
                raise
            page.wait_for_timeout(200)
    raise AssertionError("unreachable")


def assert_accessible(page: Page) -> None:
    """axe-core finds no violation on the page as it is now."""
    results = _settled_axe_run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.fixture
def log_in(page: Page, live_server: Any) -> Callable[[str], Page]:
    def _log_in(username: str) -> Page:
        page.goto(f"{live_server.url}/logga-in/")
        page.get_by_label("Användarnamn").fill(username)
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_url(f"{live_server.url}/")
        return page

    return _log_in
