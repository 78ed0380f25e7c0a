"""Unseen id layouts with a bracketed check character, and lettered layouts under a header naming a person's id
(column_id_unseen_layouts, session 50)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_unseen_layouts import bracket_checked, unseen_id_evidence
from safe_synthesizer.pii.detect_table import detect_table

_PEOPLE = [
    "Ana Sousa",
    "Rui Tavares",
    "Marta Pinto",
    "Joana Lemos",
    "Pedro Almeida",
    "Carla Ferreira",
    "Miguel Costa",
    "Sofia Ribeiro",
    "Tiago Martins",
    "Helena Carvalho",
    "Bruno Gomes",
    "Inês Moreira",
]


def _bracketed(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.choice('1357')}{rng.randint(0, 999999):06d}({rng.randint(0, 9)})" for _ in range(n)]


def test_a_bracketed_check_digit_is_an_ids():
    rng = random.Random(5301)
    ids = _bracketed(rng, 30)
    assert bracket_checked(ids)
    share, why = unseen_id_evidence(ids)
    assert share >= 0.9, why
    lettered = [f"{rng.choice('ABKMRZ')}{rng.randint(0, 999999):06d}({rng.choice('0123456789A')})" for _ in range(30)]
    assert unseen_id_evidence(lettered)[0] >= 0.9
    # Some rows written bare, spaced in threes, are the same layout.
    mixed = ids[:20] + [f"{v[:3]} {v[3:6]} {v[6]}{v[8]}" for v in ids[20:]]
    assert unseen_id_evidence(mixed)[0] >= 0.9


def test_bracketed_counters_and_amounts_are_not():
    assert not bracket_checked([f"{n}(1)" for n in ("12", "7", "1200")] * 5)
    assert unseen_id_evidence([f"{1000000 + n}({n % 10})" for n in range(30)])[0] == 0.0  # a counter


def test_letters_at_fixed_places_pass_only_under_a_persons_id_header():
    rng = random.Random(5302)
    ids = [f"{rng.randint(1, 6)}{rng.randint(0, 999999):06d}{rng.choice('ABCEHKM')}{rng.randint(0, 999):03d}"
           f"{rng.choice(['PB', 'BA', 'BI'])}{rng.randint(0, 9)}" for _ in range(20)]  # fmt: skip
    assert unseen_id_evidence(ids)[0] == 0.0
    assert unseen_id_evidence(ids, named=True)[0] >= 0.9


def test_detect_table_finds_a_partys_bracketed_id():
    rng = random.Random(5303)
    people = _PEOPLE + rng.sample(_PEOPLE, 4)
    ids = dict(zip(_PEOPLE, _bracketed(rng, len(_PEOPLE)), strict=True))
    df = pd.DataFrame({"Livro": [f"2025/{i:04d}" for i in range(len(people))], "Party 1": people,
                       "Party 1 ID": [ids[p] for p in people]})  # fmt: skip
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["Party 1 ID"] is not None and found["Party 1 ID"].entity == "national_id"


def test_a_series_letter_before_seven_digits_passes_only_when_kept_by_its_person():
    rng = random.Random(5304)
    cards = [f"K{rng.randint(1000000, 9999999)}" for _ in range(20)]
    cards[3] = f"{cards[3][:3]} {cards[3][3:6]} {cards[3][6:]}"  # spaced once, as a clerk typed it
    assert unseen_id_evidence(cards)[0] == 0.0
    assert unseen_id_evidence(cards, kept=True)[0] >= 0.9
    invoices = [f"{rng.choice(['INV', 'CRN', 'PO'])}{rng.randint(1000000, 9999999)}" for _ in range(20)]
    assert unseen_id_evidence(invoices, kept=True)[0] == 0.0


def test_detect_table_finds_series_lettered_cards_of_returning_people():
    rng = random.Random(5305)
    people = _PEOPLE + rng.sample(_PEOPLE, 6)
    rng.shuffle(people)
    cards = {p: f"K{rng.randint(1000000, 9999999)}" for p in _PEOPLE}
    df = pd.DataFrame({"c000": [f"{rng.randint(1, 28):02d}/03/2026" for _ in people], "c001": people,
                       "c002": [cards[p] for p in people]})  # fmt: skip
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c002"] is not None and found["c002"].entity == "national_id"
