"""The kinds of document a worker can make, by name.

A document job stores only plain data: the kind's name and its arguments (ids, the version
shown). The worker looks the kind up here and calls its builder, which loads what it needs
by those ids and reports its progress. Each document view registers its kinds beside its
builders (`@document_kind("control_plan_pdf")`); ReportsConfig.ready imports the views, so
every process, a worker too, knows every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reports.document_jobs import Progress

Arguments = dict[str, Any]
Builder = Callable[[Arguments, "Progress"], bytes]

_kinds: dict[str, Builder] = {}


def document_kind(name: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        if _kinds.get(name, builder) is not builder:
            raise ValueError(f"Two document kinds are called {name!r}")
        _kinds[name] = builder
        return builder

    return register


def builder_of(name: str) -> Builder:
    try:
        return _kinds[name]
    except KeyError:
        raise LookupError(f"No document kind is called {name!r}") from None


def kind_names() -> list[str]:
    return sorted(_kinds)
