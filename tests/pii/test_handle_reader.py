"""The handle reader: name words out of handles with digits and separators anywhere, glued family names with
their particles, initials at the edges; ordinary words, codes and file names not read as names."""

from __future__ import annotations

from safe_synthesizer.pii.handle_reader import fold_letters, handle_pieces, read_handle


def test_digits_in_front_in_the_middle_and_a_trailing_initial() -> None:
    known = frozenset({"tadeo", "wirihana", "kotuku"})
    assert read_handle("t51wirihana", known).words == ("t", "wirihana")
    assert read_handle("wirihana08t", known).words == ("wirihana", "t")
    assert read_handle("tadeo77.kotuku", known).words == ("tadeo", "kotuku")
    assert read_handle("kotuku-tadeo+3", known).by_table


def test_glued_family_names_split_with_their_particles() -> None:
    reading = read_handle("vanderbergdelange12k", frozenset({"berg", "lange"}))
    assert reading.words == ("van", "der", "berg", "de", "lange", "k")
    assert reading.names == ("berg", "lange")


def test_listed_names_alone_need_two_long_words() -> None:
    both = read_handle("mariagonzalez88")
    assert both is not None and both.by_lists and not both.by_table
    one = read_handle("maria88")
    assert one is not None and not one.by_lists


def test_unknown_letters_are_no_reading() -> None:
    assert read_handle("zqxwvtr_09") is None
    assert read_handle("sku-4471-blue") is None
    assert read_handle("ab12") is None  # too few letters to hold a name


def test_ordinary_words_do_not_count_as_listed_names() -> None:
    for token in ("carpet2020", "windows_update", "report.final"):
        reading = read_handle(token)
        assert reading is None or not reading.by_lists


def test_pieces_keep_the_layout_for_a_fake() -> None:
    assert handle_pieces("f48.vanderlaar_") == ("f", "48", ".", "vanderlaar", "_")
    assert handle_pieces("two words") is None
    reading = read_handle("k27.laar", frozenset({"laar"}))
    assert [(p.kind, p.text) for p in reading.pieces] == [
        ("word", "k"), ("literal", "27"), ("literal", "."), ("word", "laar")
    ]  # fmt: skip


def test_fold_letters_drops_case_and_accents() -> None:
    assert fold_letters("Ñandú") == "nandu"


def test_one_whole_unknown_run_only_beside_a_table_word() -> None:
    reading = read_handle("ngaio22.tawhiri", frozenset({"ngaio"}))
    assert reading is not None and reading.by_table and reading.words == ("ngaio", "tawhiri")
    assert read_handle("ngaio22.tawhiri") is None
    assert read_handle("ngaio22.blue", frozenset({"ngaio"})) is None  # an ordinary word is no family name
