"""A kind of document for the worker tests, installed as an app of the workers they start:
it says that it has started, then waits until the test lets it finish."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from reports.document_kinds import document_kind

KIND = "slow_test_document"


@document_kind(KIND)
def slow_test_document(arguments: dict[str, Any], progress: Any) -> bytes:
    folder = Path(arguments["folder"])
    with (folder / "started").open("a", encoding="utf-8") as started:
        started.write(f"{os.getpid()}\n")
    progress(10, "Väntar på testet")
    deadline = time.monotonic() + 60
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise TimeoutError("the test never let the document finish")
        time.sleep(0.05)
    return f"klart efter {arguments['folder']}".encode()
