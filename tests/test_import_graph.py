"""The apps' imports point one way: no app imports, however indirectly, an app that imports
it. Read from the source (every import, also inside functions), migrations left out."""

from __future__ import annotations

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
APPS = [app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").exists()]


def _imports() -> dict[str, dict[str, str]]:
    """For each app, the apps it imports and a file where it does."""
    found: dict[str, dict[str, str]] = {app: {} for app in APPS}
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in found and top != app:
                        found[app].setdefault(top, str(path.relative_to(ROOT)))
    return found


def _reached(graph: dict[str, dict[str, str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        for target in graph[stack.pop()]:
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def test_the_apps_form_no_cycle_of_imports() -> None:
    graph = _imports()
    assert len(APPS) > 10
    cycles = [
        f"{app} imports {target} ({where}), which leads back to {app}"
        for app, targets in graph.items()
        for target, where in targets.items()
        if app in _reached(graph, target)
    ]
    assert cycles == []


def test_the_check_sees_a_cycle() -> None:
    graph = {"a": {"b": "a/x.py"}, "b": {"a": "b/y.py"}, "c": {}}
    assert "a" in _reached(graph, "b") and "c" not in _reached(graph, "a")
