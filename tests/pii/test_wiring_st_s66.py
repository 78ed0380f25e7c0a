"""Session 66, helper ST: a name's run closed, streets named after a person, dotted initials of any script and streets
written name first, number last in a person's slot, wired into ``text_replace.detect_text``
(``/work/s66docs/wiring_ST.md``). A stub detector hands ``detect_text`` the spans the set-51 notes had (a capped run,
a given name without its initial, a person's name before ``Avenue``), so each test fails while a module exists but is
not hooked in. Values are not set 51's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_replace import detect_text
from safe_synthesizer.pii.text_spans import TextSpan


class _Stub:
    """A detector that finds the given parts (entity, text) in each note."""

    def __init__(self, parts: list[tuple[str, str]]) -> None:
        self.entities = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.STREET_ADDRESS, E.PHONE_NUMBER})
        self.parts = parts

    def find_spans(self, texts: list[str]) -> list[list[TextSpan]]:
        out = []
        for text in texts:
            spans = []
            for entity, part in self.parts:
                if (a := text.find(part)) >= 0:
                    spans.append(TextSpan(a, a + len(part), entity, 0.9))
            out.append(spans)
        return out


def _found(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    cells = detect_text(pd.Series([text]), _Stub(parts))
    return [(text[s.start : s.end], str(s.entity)) for s in cells.spans[0]]


def test_tamil_initial_joins_the_given_name() -> None:
    found = _found("Lunch for கி. சரவணன், Room B. 9876 5432", [(E.FIRST_NAME, "சரவணன்")])
    assert ("கி. சரவணன்", E.NAME) in found


def test_street_named_after_initials_is_one_street() -> None:
    text = "Welfare check: Liza Dizon, R.P. Lacson Avenue - OK."
    found = _found(text, [(E.NAME, "Liza Dizon"), (E.NAME, "R.P. Lacson")])
    assert ("R.P. Lacson Avenue", E.STREET_ADDRESS) in found


def test_street_name_then_number_after_a_person() -> None:
    text = "Nahberhülp: Hauke Petersen, Oll Diek 12, köfft för ole Nahbers in."
    found = _found(text, [(E.NAME, "Hauke Petersen")])
    assert ("Oll Diek 12", E.STREET_ADDRESS) in found


def test_a_capped_name_run_closed() -> None:
    text = "ID check: IDA AYU PUTU GEDE SUMADEWI, document number 5102055611810626."
    found = _found(text, [(E.NAME, "IDA AYU PUTU GEDE")])
    assert ("IDA AYU PUTU GEDE SUMADEWI", E.NAME) in found
