"""Tests of :mod:`safe_synthesizer.pii.phone_dress_fakes`: the dress of a phone cell written back around its fake."""

from __future__ import annotations

from safe_synthesizer.pii.phone_dress_fakes import dressed_phone_fakes


def _fake(values: list[str], free_text: bool) -> dict[str, str]:
    """A stand-in for the engine's faking: every digit shifted by one, the layout kept."""
    return {v: "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in v) for v in values}


def _people(names: list[str]) -> dict[str, str]:
    return {n: "Alex Doe" for n in names}


def test_plain_numbers_wear_no_dress() -> None:
    assert dressed_phone_fakes(["020 7946 0018", "07700 900461"], _fake, _people, "GB", free_text=False) is None


def test_underscores_are_written_back_around_the_fake() -> None:
    out = dressed_phone_fakes(["07911_123456", "020 7946 0018"], _fake, _people, "GB", free_text=False)
    assert out is not None and "_" in out["07911_123456"] and out["07911_123456"] != "07911_123456"


def test_words_around_a_number_are_kept_and_the_person_faked() -> None:
    out = dressed_phone_fakes(["07911 123456 - ask for Maria", "020 7946 0018"], _fake, _people, "GB",
                              free_text=False)  # fmt: skip
    assert out is not None
    assert "07911 123456" not in out["07911 123456 - ask for Maria"]
    assert "Maria" not in out["07911 123456 - ask for Maria"]
