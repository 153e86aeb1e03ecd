"""Reading the demo's data files: YAML, one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from exchange.demo.dating import history_dated


def read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def each_yaml(folder: Path) -> Iterator[dict[str, Any]]:
    """The files of a folder in name order, so the demo loads the same way every time.

    What is loaded from a file while the loop is on it carries the file's `history_dated`
    in its history (exchange.demo.dating)."""
    for path in sorted(folder.glob("*.yaml")):
        data = read_yaml(path)
        with history_dated(data.get("history_dated")):
            yield data
