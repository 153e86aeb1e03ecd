"""Items added, removed and changed between a plan as adopted and as of today."""

from __future__ import annotations

from audit.document_diff import (
    ADDED,
    CHANGED,
    REMOVED,
    Field,
    FieldChange,
    item_changes,
    text,
    value_of,
)

FIELDS = [Field("Titel", value_of("title")), Field("Ägare", value_of("owner"))]


def _changes(before, after):
    return item_changes(
        "Risk",
        before,
        after,
        key=lambda i: i["number"],
        title=lambda i: i["title"],
        fields=FIELDS,
    )


def test_nothing_changed_gives_no_changes() -> None:
    items = [{"number": 1, "title": "A", "owner": "Eva"}]
    assert _changes(items, [dict(i) for i in items]) == []


def test_added_changed_and_removed_items_in_the_plans_order() -> None:
    before = [
        {"number": 1, "title": "A", "owner": "Eva"},
        {"number": 2, "title": "B", "owner": "Per"},
        {"number": 3, "title": "C", "owner": "Ola"},
    ]
    after = [
        {"number": 4, "title": "D", "owner": "Ola"},
        {"number": 2, "title": "B", "owner": "Karin"},
        {"number": 1, "title": "A", "owner": "Eva"},
    ]
    changes = _changes(before, after)
    assert [(c.key, c.change) for c in changes] == [("4", ADDED), ("2", CHANGED), ("3", REMOVED)]
    assert changes[1].fields == (FieldChange("Ägare", "Per", "Karin"),)
    assert changes[1].title == "B"


def test_only_the_fields_that_differ_are_listed() -> None:
    before = [{"number": 1, "title": "A", "owner": None}]
    after = [{"number": 1, "title": "A2", "owner": ""}]
    (change,) = _changes(before, after)
    assert change.fields == (FieldChange("Titel", "A", "A2"),)


def test_values_print_as_text() -> None:
    assert text(None) == ""
    assert text([1, 2]) == "1, 2"
    assert text(3) == "3"
