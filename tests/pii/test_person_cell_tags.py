"""Tests for :mod:`safe_synthesizer.pii.person_cell_tags` (accounts, tags and tails round a person's name)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_tags import may_wear_tag, tag_layer


@pytest.mark.parametrize(
    ("cell", "inner", "dressed"),
    [
        ("STAFF\\maren.olsen", "Maren Olsen", "STAFF\\ida.brekkevik"),
        ("maren_olsen@CORP", "Maren Olsen", "ida_brekkevik@CORP"),
        ("HQ\\renee.dubois", "Renee Dubois", "HQ\\ida.brekkevik"),
        ("#MarenOlsenVik", "Maren Olsen Vik", "#IdaBrekkeVik"),
        ("@maren_olsen", "maren olsen", "@ida_brekke_vik"),
        ("#ÅseØvreli", "Åse Øvreli", "#IdaBrekkeVik"),
        ("Maren Olsen [MO]", "Maren Olsen", "Ida Brekke-Vik [IB]"),
        ("Per Arne Bakke-Lund (PABL)", "Per Arne Bakke-Lund", "Ida Brekke-Vik (IBV)"),
        ("Sanne de Wit [SDW]", "Sanne de Wit", "Ida Brekke-Vik [IB]"),
        ("Maren Olsen • K5521", "Maren Olsen", "Ida Brekke-Vik • K5521"),
        ("Maren Olsen | AB-7731", "Maren Olsen", "Ida Brekke-Vik | AB-7731"),
    ],
)
def test_tag_layer_reads_the_name_and_dresses_a_fake_back(cell: str, inner: str, dressed: str) -> None:
    found = tag_layer(cell)
    assert found is not None
    assert found[0] == inner
    assert found[1]("Ida Brekke-Vik") == dressed


def test_benefactive_tail_fakes_the_child_too() -> None:
    for cell in ("Maren Olsen for Tuva", "Maren Olsen für Tuva", "Maren Olsen pour Tuva", "Maren Olsen voor Tuva"):
        found = tag_layer(cell)
        assert found is not None and found[0] == "Maren Olsen"
        dressed = found[1]("Ida Brekke")
        assert dressed.startswith("Ida Brekke ") and "Tuva" not in dressed
        assert dressed == found[1]("Ida Brekke")  # the same child, the same stand-in


def test_caseless_script_name_with_a_code_tail() -> None:
    found = tag_layer("রহিম উদ্দিন · J2628")
    assert found is not None and found[0] == "রহিম উদ্দিন"


@pytest.mark.parametrize(
    "cell",
    [
        "Ana Berg",  # nothing to take off
        "#VALUE!",  # a spreadsheet error
        "#SALE",  # a tag of one capitalised run
        "#summersale",  # no capitals to cut at
        "C:\\Users\\maren",  # a Windows path
        "skin fade #1",
        "Maren Olsen [XY]",  # letters that are not the name's initials
        "Main Hall · 2019",  # a year, not a code of letters and digits
        "tickets for Tuva",  # no name before the word
        "Olsen for Tuva",  # one word is no name
        "Maren Olsen for the weekend",  # lower case after the word
        "maren.olsen@example.com",  # an e-mail address
        "Pinot Noir (2019)",
        "Dr S. le Guellec QC",  # a name particle is no benefactive word, an acronym no child
        "Maren Olsen da Silva",
    ],
)
def test_tag_layer_refuses_what_is_no_dressed_name(cell: str) -> None:
    assert tag_layer(cell) is None


def test_may_wear_tag_is_a_cheap_gate() -> None:
    assert may_wear_tag("OFFICE\\ana.berg")
    assert may_wear_tag("Ana Berg for Tom")
    assert not may_wear_tag("Ana Berg")
    assert not may_wear_tag("Ana Berg fortune")
