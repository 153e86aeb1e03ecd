"""Reading the demo's data files: YAML, one document per file."""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from exchange.demo.dating import history_dated

# libyaml's parser where PyYAML was built with it (its wheels are): the same safe loading,
# several times faster on the demo's largest files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=64)
def _parsed(path: Path, modified: int) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)  # noqa: S506 (a safe loader)


def read_yaml(path: Path) -> dict[str, Any]:
    """A file's document, read once per version of the file; each caller gets its own copy."""
    data: dict[str, Any] = copy.deepcopy(_parsed(path, path.stat().st_mtime_ns))
    return data


def each_yaml(folder: Path) -> Iterator[dict[str, Any]]:
    """The files of a folder in name order, so the demo loads the same way every time.

    What is loaded from a file while the loop is on it carries the file's `history_dated`
    in its history (exchange.demo.dating)."""
    for path in sorted(folder.glob("*.yaml")):
        data = read_yaml(path)
        with history_dated(data.get("history_dated")):
            yield data
