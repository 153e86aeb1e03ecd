"""The light markup chapters are written in, and what it becomes on a page and in a document.

A chapter's text is Markdown (CommonMark, parsed by markdown-it-py) with tables: a blank
line ends a paragraph, "- " or "• " starts a bullet, "1. " a numbered item, *text* is
emphasis, **text** strong, [text](https://…) a link, "## Heading" a heading under the
chapter's own (the highest one written is printed one level under the chapter), and rows
of cells between "|" a simple table. HTML written into the text is not markup: it is shown
as the characters typed. What is printed is made by the parser and cleaned once more by
nh3 (the ammonia sanitiser) to the few tags listed here, so that a chapter can never carry
a script, a style or an image into a page or a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "th": {"style"}, "td": {"style"}, "ol": {"start"}}
LINK_SCHEMES = ("https://", "http://", "mailto:")
# A chapter's heading is printed at level 2 (level 3 for a section): its text's headings
# are printed under it.
TEXT_HEADING_LEVEL = 3
# "• " is how text pasted from Word or a PDF marks a bullet: read it as "- ".
_PASTED_BULLET = re.compile(r"^(\s*)[•▪]\s*", re.MULTILINE)


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable("table")
    parser.disable(["image", "code", "fence", "html_block", "html_inline", "hr"])
    return parser


_PARSER = _parser()


def _tokens(text: str, heading_level: int) -> list[Token]:
    """The parsed text, its headings moved so that the highest one written ("#", "##" or
    "###" alike) is printed at `heading_level` and the others under it."""
    tokens = _PARSER.parse(_PASTED_BULLET.sub(r"\1- ", text))
    headings = [t for t in tokens if t.type in ("heading_open", "heading_close")]
    if headings:
        highest = min(int(t.tag[1]) for t in headings)
        for token in headings:
            token.tag = f"h{min(int(token.tag[1]) - highest + heading_level, 6)}"
    return tokens


def to_html(text: str, *, heading_level: int = TEXT_HEADING_LEVEL) -> str:
    """The chapter's text as the few tags a page or PDF prints, cleaned."""
    rendered = _PARSER.renderer.render(_tokens(text, heading_level), _PARSER.options, {})
    return clean(rendered)


def printed(text: str, *, heading_level: int = TEXT_HEADING_LEVEL) -> SafeString:
    """The text as a page or PDF prints it, safe to put into a template."""
    return mark_safe(to_html(text, heading_level=heading_level))  # noqa: S308 (cleaned by nh3)


def clean(html: str) -> str:
    """`html` reduced to the allowed tags, attributes, links and alignment."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
    )


def links_of(text: str) -> list[str]:
    """Every link target written in the text, in order."""
    found: list[str] = []
    for token in _tokens(text, TEXT_HEADING_LEVEL):
        for child in token.children or []:
            if child.type == "link_open":
                found.append(str(child.attrGet("href") or ""))
    return found


def refused_links(text: str) -> list[str]:
    """Links that lead nowhere a reader can follow from a page and a printed document."""
    return [link for link in links_of(text) if not link.lower().startswith(LINK_SCHEMES)]


# What a Word document is written from: the text as blocks of runs.


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""


@dataclass
class Block:
    """A heading (`level`), a paragraph, a list item (`depth` ≥ 1, `number` if numbered) or a
    table (`rows`, the first the header)."""

    kind: str  # "heading", "paragraph", "item", "table"
    runs: list[Run] = field(default_factory=list)
    level: int = 0
    depth: int = 0
    number: int | None = None
    rows: list[list[str]] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs)


def _runs(inline: Token) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    link = ""
    for child in inline.children or []:
        if child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
        elif child.type == "em_open":
            italic += 1
        elif child.type == "em_close":
            italic -= 1
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            link = href if href.lower().startswith(LINK_SCHEMES) else ""
        elif child.type == "link_close":
            link = ""
        elif child.type in ("text", "code_inline"):
            runs.append(Run(child.content, bool(bold), bool(italic), link))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run(" " if child.type == "softbreak" else "\n", bool(bold), bool(italic)))
    return runs


def blocks(text: str, *, heading_level: int = TEXT_HEADING_LEVEL) -> list[Block]:
    """The text as headings, paragraphs, list items and tables, in order."""
    found: list[Block] = []
    lists: list[list[int | None]] = []  # per open list: the next number, None if bulleted
    table: list[list[str]] | None = None
    row: list[str] = []
    heading = 0
    for token in _tokens(text, heading_level):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None
            lists.append([start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            number = lists[-1][0]
            found.append(Block("item", depth=len(lists), number=number))
            if number is not None:
                lists[-1][0] = number + 1
        elif kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "table_open":
            table = []
        elif kind == "table_close" and table is not None:
            found.append(Block("table", rows=table))
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None:
            table.append(row)
        elif kind == "inline":
            runs = _runs(token)
            if table is not None:
                row.append("".join(run.text for run in runs))
            elif heading:
                found.append(Block("heading", runs=runs, level=heading))
                heading = 0
            elif found and found[-1].kind == "item" and not found[-1].runs:
                found[-1].runs = runs
            elif found and found[-1].kind == "item" and lists:
                # A second paragraph of the same item continues it.
                found[-1].runs = [*found[-1].runs, Run(" "), *runs]
            else:
                found.append(Block("paragraph", runs=runs))
    return found
