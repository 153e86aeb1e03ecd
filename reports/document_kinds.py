"""The kinds of document a worker can make, by name.

A document job stores only plain data: the kind's name and its arguments (ids, the version
shown). The worker looks the kind up here and calls its builder, which loads what it needs
by those ids and reports its progress. Each document view registers its kinds beside its
builders (`@document_kind("control_plan_pdf")`); the first kind asked for imports those
views, so that a worker knows every kind without loading the PDF and Word libraries before
it makes a document.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reports.document_jobs import Progress

Arguments = dict[str, Any]
Builder = Callable[[Arguments, "Progress"], bytes]

# The modules that register kinds of document.
KIND_MODULES = [
    "reports.views.control_followup",
    "reports.views.control_plan",
    "reports.views.operational_plan",
    "reports.views.review",
    "reports.views.tertial_report",
]

_kinds: dict[str, Builder] = {}


def document_kind(name: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        if _kinds.get(name, builder) is not builder:
            raise ValueError(f"Two document kinds are called {name!r}")
        _kinds[name] = builder
        return builder

    return register


def builder_of(name: str) -> Builder:
    if name not in _kinds:
        for module in KIND_MODULES:
            import_module(module)
    try:
        return _kinds[name]
    except KeyError:
        raise LookupError(f"No document kind is called {name!r}") from None
