"""How the committee's texts are kept: paragraphs separated by blank lines, bullets by "▪"/"•".

A text is kept as written (the seed's own words and typos). Where it is shown or printed
it is split into blocks: a blank line ends a paragraph, a line starting with "▪" or "•"
starts a bullet, and a line that starts with neither continues the paragraph or bullet
before it (text pasted from a PDF breaks its lines anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass

BULLETS = ("▪", "•")


@dataclass(frozen=True)
class Block:
    """A paragraph (`text`) or a bulleted list (`items`)."""

    text: str = ""
    items: tuple[str, ...] = ()

    @property
    def is_list(self) -> bool:
        return bool(self.items)


def _join(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def _blocks_of_chunk(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[list[str]] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(BULLETS):
            if paragraph:
                blocks.append(Block(text=_join(paragraph)))
                paragraph = []
            items.append([stripped[1:]])
        elif items:
            items[-1].append(stripped)
        else:
            paragraph.append(stripped)
    if paragraph:
        blocks.append(Block(text=_join(paragraph)))
    if items:
        blocks.append(Block(items=tuple(_join(item) for item in items)))
    return blocks


def text_blocks(text: str) -> list[Block]:
    """The paragraphs and bulleted lists of `text`, in order; empty ones are dropped."""
    blocks: list[Block] = []
    chunk: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            chunk.append(line)
        elif chunk:
            blocks.extend(_blocks_of_chunk(chunk))
            chunk = []
    return [b for b in blocks if b.text or any(b.items)]


def plain_text(text: str) -> str:
    """The text as one line of words, bullets dropped: for comparing and searching."""
    parts: list[str] = []
    for block in text_blocks(text):
        parts.extend([block.text] if block.text else block.items)
    return " ".join(parts)
