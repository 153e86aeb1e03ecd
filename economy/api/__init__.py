"""The economy through the API: the same policies, services and version checks as the pages."""

from ninja import Router

router = Router()

from economy.api import budget, codes, measures  # noqa: E402,F401 - add their routes to the router
