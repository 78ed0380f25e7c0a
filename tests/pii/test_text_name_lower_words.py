"""How plausible a lower-case word is as a given or family name (``text_name_lower_words``)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind, pair_ok


def test_given_kinds() -> None:
    assert given_kind("jessica") == "strong"
    assert given_kind("josé") == "strong"  # Spanish frequency words hold names: they stay names
    # given names that are words of a language or places named in notes
    assert {given_kind(w) for w in ("mark", "rosa", "luz", "paris", "pierre", "carmen")} == {"weak"}
    assert given_kind("the") == "" and given_kind("table") == ""


def test_family_kinds() -> None:
    assert family_kind("hernandez") == "strong"
    assert {family_kind(w) for w in ("hall", "koch", "visser", "blanco", "oosterwijk")} == {"word"}
    assert family_kind("quelverdri") == "unknown"  # no list and no vocabulary holds it
    assert family_kind("about") == "" and family_kind("tomorrow") == "" and family_kind("rechnung") == ""


def test_pairs() -> None:
    assert pair_ok("jessica", "koros") and pair_ok("kevin", "walker") and pair_ok("femke", "quelverdri")
    assert not pair_ok("rosa", "blanca") and not pair_ok("mark", "tomorrow") and not pair_ok("pierre", "blanche")
