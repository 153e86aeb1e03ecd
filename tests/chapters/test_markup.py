"""The chapters' markup: what a writer types and what pages and documents print of it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chapters.markup import ALLOWED_TAGS, blocks, clean, refused_links, to_html


def test_paragraphs_lists_emphasis_links_and_tables() -> None:
    html = to_html(
        "Första stycket med *betoning* och **fetstil**.\n\n"
        "- Ett\n- Två\n\n"
        "1. Först\n2. Sedan\n\n"
        "Se [regionplanen](https://www.regionjh.se/plan).\n\n"
        "| Område | Belopp |\n|---|--:|\n| Akut | 12 |\n"
    )
    assert "<p>Första stycket med <em>betoning</em> och <strong>fetstil</strong>.</p>" in html
    assert "<ul>\n<li>Ett</li>\n<li>Två</li>\n</ul>" in html
    assert "<ol>\n<li>Först</li>\n<li>Sedan</li>\n</ol>" in html
    assert (
        '<a href="https://www.regionjh.se/plan" rel="noopener noreferrer">regionplanen</a>' in html
    )
    assert "<th>Område</th>" in html
    assert '<td style="text-align:right">12</td>' in html


def test_html_typed_into_the_text_is_shown_as_typed() -> None:
    html = to_html('<script>alert("x")</script> <img src=x onerror=alert(1)> <b>fet</b>')
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;fet&lt;/b&gt;" in html


def test_a_link_that_runs_code_is_no_link() -> None:
    html = to_html("[klicka](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)")
    assert "href" not in html
    assert "href" not in to_html("[fil](file:///etc/passwd)")
    assert refused_links("[ftp](ftp://a.se/x) [ok](https://a.se) [sida](/intern)") == [
        "ftp://a.se/x",
        "/intern",
    ]


def test_bullets_pasted_from_word_or_a_pdf_are_a_list() -> None:
    html = to_html("Nämnden ska:\n\n• Ansvara för verksamheten\n• Leda tandvården")
    assert "<li>Ansvara för verksamheten</li>\n<li>Leda tandvården</li>" in html


def test_headings_of_the_text_are_printed_under_the_chapters_own() -> None:
    assert "<h3>Uppföljning</h3>" in to_html("## Uppföljning\n\nText", heading_level=3)
    assert "<h3>Uppföljning</h3>" in to_html("# Uppföljning\n\nText", heading_level=3)
    nested = to_html("## Tillgänglighet\n\n### Väntande till första besök", heading_level=3)
    assert "<h3>Tillgänglighet</h3>" in nested and "<h4>Väntande till första besök</h4>" in nested
    assert "<h4>Intern kontroll</h4>" in to_html("# Intern kontroll", heading_level=4)


def test_the_cleaner_keeps_only_the_allowed_tags() -> None:
    cleaned = clean('<p style="color:red" onclick="x()">a</p><iframe src="https://x"></iframe>')
    assert cleaned == "<p>a</p>"
    cell = clean(
        '<table><tbody><tr><td style="text-align:right;color:red">1</td></tr></tbody></table>'
    )
    assert '<td style="text-align:right">1</td>' in cell


def test_blocks_for_word_keep_runs_lists_and_tables() -> None:
    found = blocks(
        "## Rubrik\n\nText med **fet** och [länk](https://a.se).\n\n"
        "- Ett\n  - Inne\n\n3. Tre\n4. Fyra\n\n| A | B |\n|---|---|\n| 1 | 2 |",
        heading_level=3,
    )
    kinds = [(b.kind, b.plain) for b in found]
    assert kinds == [
        ("heading", "Rubrik"),
        ("paragraph", "Text med fet och länk."),
        ("item", "Ett"),
        ("item", "Inne"),
        ("item", "Tre"),
        ("item", "Fyra"),
        ("table", ""),
    ]
    assert found[0].level == 3
    bold = [r for r in found[1].runs if r.bold]
    assert [r.text for r in bold] == ["fet"]
    assert [r.link for r in found[1].runs if r.link] == ["https://a.se"]
    assert [b.depth for b in found[2:4]] == [1, 2]
    assert [b.number for b in found[4:6]] == [3, 4]
    assert found[6].rows == [["A", "B"], ["1", "2"]]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_no_text_brings_a_tag_outside_the_allowed_ones(text: str) -> None:
    html = to_html(text)
    for _close, tag, attributes in re.findall(r"<(/?)([a-zA-Z0-9]+)([^>]*)>", html):
        assert tag in ALLOWED_TAGS, html
        names = set(re.findall(r"([a-zA-Z-]+)=", attributes))
        assert names <= {"href", "rel", "style", "start"}, html
