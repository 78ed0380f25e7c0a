"""Labelled parts of a cell of two phone numbers keep their labels and get valid fakes (``phone_lists``, ``phones``)."""

from __future__ import annotations

import numpy as np
import phonenumbers

from safe_synthesizer.pii.phone_lists import number_core, phone_list_parts
from safe_synthesizer.pii.phones import fake_phones


def _valid_fo(number: str) -> bool:
    parsed = phonenumbers.parse(number.replace("00298", "+298", 1), "FO")
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == "FO"


def test_number_core_leaves_the_label_out() -> None:
    part = "Heimasími: 00298 316402"
    a, b = number_core(part)
    assert part[a:b] == "00298 316402"
    part = "+298 512270 (arbeiði)"
    a, b = number_core(part)
    assert part[a:b] == "+298 512270"
    assert number_core("(022) 42937") == (0, 11)


def test_bracketed_labels_separate_two_dialled_numbers() -> None:
    cell = "+298 512270 (arbeiði) +298 316402 (heima)"
    spans = phone_list_parts(cell)
    assert spans is not None and len(spans) == 2


def test_labelled_faroese_pairs_get_valid_faroese_fakes() -> None:
    cells = [
        "Heimasími: 00298 316402 / Fartelefon: 00298 512270",
        "+298 213344 (arbeiði) +298 587712 (heima)",
        "Heima: 00298 319900 / Farsími: 00298 222233",
    ] * 4
    fakes = fake_phones(cells, np.random.default_rng(3), region="FO")
    for cell, fake in zip(cells, fakes, strict=True):
        assert fake.split()[0] == cell.split()[0]  # the label or the "+298" stays
        numbers = [fake[a:b] for a, b in phone_list_parts(fake) or []]
        cores = [n[slice(*number_core(n))] for n in numbers]
        assert len(cores) == 2 and all(_valid_fo(n) for n in cores), (cell, fake)
