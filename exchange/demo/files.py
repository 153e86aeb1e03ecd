"""Reading the demo's data files: YAML, one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml


def read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def each_yaml(folder: Path) -> Iterator[dict[str, Any]]:
    """The files of a folder in name order, so the demo loads the same way every time."""
    for path in sorted(folder.glob("*.yaml")):
        yield read_yaml(path)
