"""Whether a risk class's colour can carry text: WCAG 2.2's contrast ratio between the
class's background and the pages' text colour, at least 4.5 : 1 (success criterion 1.4.3).
Plain functions, no database."""

from __future__ import annotations

import re

TEXT_COLOUR = "#1b1b1b"  # the pages' and documents' ink
MINIMUM_RATIO = 4.5
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def is_colour(value: str | None) -> bool:
    """A colour as styr stores it: # and six hexadecimal digits."""
    return bool(_HEX.match(value or ""))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of a #rrggbb colour, 0 for black and 1 for white."""
    if not is_colour(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def carries_text(background: str, text: str = TEXT_COLOUR) -> bool:
    return contrast_ratio(background, text) >= MINIMUM_RATIO
