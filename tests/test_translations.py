"""Every message of the interface has a Swedish translation."""

from __future__ import annotations

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def catalogues() -> list[Path]:
    return [p for p in ROOT.glob("**/locale/sv/LC_MESSAGES/django.po") if ".venv" not in p.parts]


def test_there_are_catalogues() -> None:
    assert len(catalogues()) >= 3


def test_every_message_is_translated() -> None:
    missing = []
    for path in catalogues():
        catalogue = polib.pofile(str(path))
        missing += [f"{path}: {e.msgid}" for e in catalogue.untranslated_entries()]
        missing += [f"{path}: {e.msgid} (fuzzy)" for e in catalogue.fuzzy_entries()]
    assert missing == []


def test_every_catalogue_compiles_with_matching_placeholders() -> None:
    """msgfmt refuses a translation whose %-placeholders differ from the original."""
    import shutil
    import subprocess

    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None, "gettext's msgfmt is needed to compile the catalogues"
    for path in catalogues():
        result = subprocess.run(
            [msgfmt, "--check-format", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{path}: {result.stderr}"


def test_one_message_reads_the_same_in_every_catalogue() -> None:
    """Django merges the catalogues: a message translated two ways in two apps reads as one
    of them everywhere, so each message (in its context) has one Swedish wording."""
    wordings: dict[tuple[str | None, str], dict[str, str]] = {}
    for path in catalogues():
        for entry in polib.pofile(str(path)).translated_entries():
            if entry.msgid_plural:
                continue
            wordings.setdefault((entry.msgctxt, entry.msgid), {})[entry.msgstr] = str(path)
    differing = {key: found for key, found in wordings.items() if len(found) > 1}
    assert differing == {}
