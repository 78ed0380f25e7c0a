"""Czech, Slovak and Croatian street names without a street word in lower case or capitals (text_street_slavic)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_slavic import slavic_street_spans
from safe_synthesizer.pii.text_streets import street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("odvoz z adresy: jeseniova 12, zavolat", None),  # no long-vowel ending: left to the cue rules
        ("taxi: vinohradská 15 v 8:00, zákazník", "vinohradská 15"),  # Czech adjective
        ("vyzdvihnutie šafárikova 3 o 8:00", None),  # short ending, plain number: not enough
        ("vyzdvihnutie hviezdoslavovo námestie 4", None),
        ("doručenie na jesenského 44, ďakujem", "jesenského 44"),  # Slovak genitive
        ("DORUČIŤ NA MOYZESOVÁ 12, 010 01 ŽILINA", "MOYZESOVÁ 12"),  # capitals
        ("preuzimanje vukovarska 12b u 9", "vukovarska 12b"),  # Croatian with a lettered number
        ("dostava na ilirska 3/2 danas", "ilirska 3/2"),
    ],
)
def test_adjective_streets_without_capitals(text: str, street: str | None) -> None:
    found = [text[s:e] for s, e, _ in slavic_street_spans(text)]
    if street is None:
        assert found == []
    else:
        assert street in found
        assert any(street in text[s:e] for s, e, _ in street_spans(text))


@pytest.mark.parametrize(
    "text",
    ["přišla krásná 2 dny po objednání", "objednávka hotová 5 min", "nová 3 kg balení", "kvalitní 3 kusy",
     "Dlouhá 15 is capitalised: the cased rules' job", "hrvatska 2 boda", "prva 2 tjedna"],
)  # fmt: skip
def test_counts_and_amounts_are_no_street(text: str) -> None:
    assert slavic_street_spans(text) == []
