"""The street vocabulary split out of text_streets (text_street_vocab): one list, read by every street rule."""

import re

from safe_synthesizer.pii import text_street_vocab as V
from safe_synthesizer.pii import text_streets as T


def test_text_streets_still_exposes_the_vocabulary_other_modules_read() -> None:
    # text_street_cues, caseless, buildings and the column readers read these through text_streets.
    for name in ("PREFIXES", "UNITS", "CAPITALISED_PREFIXES", "DOTTED_PREFIXES", "_CAP", "_PARTICLE", "_NUMBER"):
        assert getattr(T, name) is getattr(V, name)
    assert T._glued is V._glued and T.unit_regex is V.unit_regex


def test_unit_regex_reads_a_flat_but_not_english_of() -> None:
    unit = re.compile(V.unit_regex())
    assert unit.search("Apt. 5B").group() == "Apt. 5B"
    assert unit.search("Of. 604") is not None
    assert unit.search("one of 5 tries") is None


def test_glued_types_leave_out_endings_of_ordinary_words() -> None:
    glued = set(V._glued())
    assert {"straße", "straat", "gatan", "vej"} <= glued
    assert not {"ring", "tie", "str"} & glued
