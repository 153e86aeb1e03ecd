"""The routes and API operations as the running configuration has them."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

from config.api import api

API_NAMESPACE = "api"


def _patterns(
    resolver: URLResolver, namespace: str = "", prefix: str = ""
) -> Iterator[tuple[str, str, Any]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(n for n in (namespace, entry.namespace or "") if n)
            yield from _patterns(entry, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, prefix + str(entry.pattern), entry.callback


def api_operations() -> set[str]:
    """Every operation of the OpenAPI, as "METHOD /path/{param}"."""
    paths = api.get_openapi_schema()["paths"]
    return {f"{method.upper()} {path}" for path, ops in paths.items() for method in ops}


def _as_openapi_path(route: str) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def page_routes() -> dict[str, Any]:
    """Named routes that are pages (not API operations), with their views."""
    operation_paths = {op.split(" ", 1)[1] for op in api_operations()}
    routes = {}
    for name, route, callback in _patterns(get_resolver()):
        is_api = name.startswith(f"{API_NAMESPACE}:")
        if is_api and _as_openapi_path(route) in operation_paths:
            continue
        routes[name] = callback
    return routes


def reads_posts(view: Any) -> bool:
    """True when a function view takes a POST: a route that writes."""
    if hasattr(view, "view_class"):  # class-based views have explicit rows
        return "post" in view.view_class.http_method_names
    while isinstance(view, partial) or hasattr(view, "__wrapped__"):
        view = view.func if isinstance(view, partial) else view.__wrapped__
    source = inspect.getsource(view)
    return "POST" in source
