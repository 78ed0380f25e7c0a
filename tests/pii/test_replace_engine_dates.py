"""Birth dates the shifter cannot read get new numbers, not scrambled letters."""

from __future__ import annotations

import re

import numpy as np

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.calendar_words_world import month_forms
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.formats import renumber_date
from safe_synthesizer.pii.replace_engine import value_mapping


def test_unreadable_month_names_keep_their_words() -> None:
    dates = ["7 Zorbulak 1980", "መጋቢት 12 ቀን 1977 ዓ.ም."]
    out = value_mapping(E.DATE_OF_BIRTH, "fake", dates, FakeMapper(["en_US"], seed=1), ReplacePiiParameters())
    for original, fake in out.items():
        assert fake != original
        assert re.sub(r"\d", "", fake) == re.sub(r"\d", "", original)  # only the numbers changed
        year = int(re.search(r"\d{4}", fake).group())
        assert 1900 < year < 2026


_SWAHILI_MONTHS = {"Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
                   "Oktoba", "Novemba", "Desemba"}  # fmt: skip


def test_month_names_of_a_known_language_shift_in_that_language() -> None:
    mapper = FakeMapper(["en_US"], seed=1)
    fake = value_mapping(E.DATE_OF_BIRTH, "fake", ["4 Agosti 1979"], mapper, ReplacePiiParameters())["4 Agosti 1979"]
    assert fake != "4 Agosti 1979" and fake.split()[1] in _SWAHILI_MONTHS


def test_month_names_of_the_locale_tables_shift_in_that_language() -> None:
    # Kinyarwanda's months come from the C library's locale data (calendar_words_world): read and shifted in kind.
    mapper = FakeMapper(["en_US"], seed=1)
    fake = value_mapping(E.DATE_OF_BIRTH, "fake", ["3 Kanama 1971"], mapper, ReplacePiiParameters())["3 Kanama 1971"]
    kinyarwanda = {form.casefold() for forms in month_forms()["rw"] for form in forms}
    assert fake != "3 Kanama 1971" and fake.split()[1].casefold() in kinyarwanda


def test_renumbered_days_are_days_and_years_move() -> None:
    for seed in range(30):
        fake = renumber_date("28 Agosti 1979", np.random.default_rng(seed))
        day, year = re.findall(r"\d+", fake)
        assert 1 <= int(day) <= 12 and 1 <= abs(int(year) - 1979) <= 5
    month, year = renumber_date("03/1956", np.random.default_rng(4)).split("/")
    assert 1 <= int(month) <= 12 and len(month) == 2
    assert renumber_date("Agosti", np.random.default_rng(0)) is None


def test_cells_without_a_date_stay_as_written() -> None:
    # A birth-date column with ``unknown`` and ``n/a`` cells: scrambling their letters wrote ``pwrvnpd``.
    values = ["n/a", "unknown", "unbekannt", "12/03/1950"]
    out = value_mapping(E.DATE_OF_BIRTH, "fake", values, FakeMapper(["en_US"], seed=1), ReplacePiiParameters())
    assert [out[v] for v in values[:3]] == values[:3]
    assert out["12/03/1950"] != "12/03/1950"
