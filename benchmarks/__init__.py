"""Benchmarks of styr: `make bench` prints one JSON line per figure.

Each module in this package has a `run(emit)` function that builds its own data in a
throwaway database and calls `emit(name, seconds, **details)` for each figure.
"""

import time
from collections.abc import Callable
from typing import Any


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds an action took, and what it returned."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result
