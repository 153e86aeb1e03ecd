"""A risk class's colour must carry the pages' text at WCAG's 4.5 : 1."""

from __future__ import annotations

import pytest

from internal_control.colour_contrast import carries_text, contrast_ratio, is_colour, luminance


def test_black_on_white_is_21_and_a_colour_against_itself_is_1() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffc2c2", "#ffc2c2") == pytest.approx(1)


def test_the_presets_light_tints_carry_text_and_dark_colours_do_not() -> None:
    for tint in ("#d9f2dc", "#fff4b3", "#ffd6a8", "#ffc2c2", "#ffffff"):
        assert carries_text(tint), tint
    for dark in ("#b00020", "#00457c", "#1e6b30", "#555555"):
        assert not carries_text(dark), dark


def test_only_hash_and_six_hex_digits_is_a_colour() -> None:
    assert is_colour("#A0b1C2")
    for wrong in ("red", "#fff", "a0b1c2", "#a0b1c2ff", ""):
        assert not is_colour(wrong)
    with pytest.raises(ValueError):
        luminance("red")
