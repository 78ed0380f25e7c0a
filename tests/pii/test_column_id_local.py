"""A register's own numbers under an id header are no national ids (column_id_local)."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.es import dni

from safe_synthesizer.pii.column_id_local import local_numbering


def test_year_serial_codes_are_a_registers_numbers() -> None:
    rng = random.Random(42301)
    students = [f"S{rng.randint(2016, 2025)}-{rng.randint(1, 9999):04d}" for _ in range(40)]
    staff = [f"EMP/{rng.randint(1998, 2024)}/{rng.randint(1, 999):03d}" for _ in range(25)]
    members = [f"mb {rng.randint(2001, 2024)}.{rng.randint(10, 99999)}" for _ in range(25)]
    for column in (students, staff, members):
        assert local_numbering(column) is not None, column[:3]


def test_counters_are_a_registers_numbers() -> None:
    rng = random.Random(42302)
    start = rng.randint(1000, 5000)
    padded = [f"{n:07d}" for n in rng.sample(range(start, start + 900), 60)]
    assert local_numbering(padded) is not None
    assert local_numbering([str(n) for n in range(88001, 88031)]) is not None


def test_national_ids_are_no_registers_numbers() -> None:
    rng = random.Random(42303)
    swedish = []
    while len(swedish) < 30:
        body = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        candidate = body + luhn.calc_check_digit(body[2:])  # the personnummer's check
        swedish.append(f"{candidate[:8]}-{candidate[8:]}")
    spanish = [(d := f"{rng.randint(0, 99999999):08d}") + dni.calc_check_digit(d) for _ in range(30)]
    chinese_like = [str(rng.randint(10**17, 10**18 - 1)) for _ in range(30)]
    for column in (swedish, spanish, chinese_like):
        assert local_numbering(column) is None, column[:3]
    assert local_numbering([]) is None
    assert local_numbering([str(n) for n in range(1, 6)]) is None  # too few to tell a counter


def test_one_prefix_and_a_short_serial_are_a_registers_numbers() -> None:
    rng = random.Random(42304)
    badges = [f"B-{rng.randint(1, 9999):04d}" for _ in range(20)]
    licences = [f"TK{rng.randint(10000, 99999)}" for _ in range(40)]
    cards = [f"mb {rng.randint(100, 9999)}" for _ in range(12)]
    for column in (badges, licences, cards):
        assert local_numbering(column) is not None, column[:3]


def test_passports_and_lettered_ids_are_no_short_serials() -> None:
    rng = random.Random(42305)
    passports = [f"{rng.choice('ABCEKLMNPRT')}{rng.randint(1000000, 9999999)}" for _ in range(20)]
    cnib = [f"B{rng.randint(1000000, 9999999)}" for _ in range(20)]  # one letter, seven digits: a country's card
    mixed = [f"{rng.choice(['AB', 'KD', 'XR', 'PT'])}{rng.randint(10000, 99999)}" for _ in range(20)]
    for column in (passports, cnib, mixed):
        assert local_numbering(column) is None, column[:3]


def test_short_serials_under_a_licence_or_pass_header_are_no_ids() -> None:
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.detect_table import detect_table

    rng = random.Random(42306)
    people = [
        "Ada Kowalczyk",
        "Bruno Ferreira",
        "Chiara Lombardi",
        "Dmitri Orlov",
        "Elif Demir",
        "Femke de Vries",
        "Gustav Lindqvist",
        "Hana Novotna",
        "Ivo Petrov",
        "Jana Horvat",
        "Karim Haddad",
        "Lena Bauer",
    ]
    df = pd.DataFrame({"Pass No.": [f"KR-{rng.randint(100, 99999):05d}" for _ in people], "Member": people})
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["Pass No."] is None or found["Pass No."].entity != "national_id"
    assert found["Member"] is not None
