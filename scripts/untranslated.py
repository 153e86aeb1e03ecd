"""List the messages without a Swedish translation; exit 1 when there are any."""

import sys
from pathlib import Path

import polib

missing = 0
for po_path in sorted(Path(".").glob("**/locale/sv/LC_MESSAGES/django.po")):
    if ".venv" in po_path.parts:
        continue
    catalogue = polib.pofile(str(po_path))
    for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries():
        missing += 1
        print(f"{po_path}: {entry.msgid!r}")
sys.exit(1 if missing else 0)
