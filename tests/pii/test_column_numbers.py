"""National ids written like phone numbers (Australian TFN, Hungarian TAJ: ``ddd ddd ddd``) and Russian
INNs: a column whose values pass one id's checksum is an id column, not a phone column."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from stdnum.au import tfn
from stdnum.ru import inn

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators import is_national_id

ENTITIES = [E.NATIONAL_ID, E.PHONE_NUMBER, E.FAX_NUMBER, E.SSN, E.POSTCODE]


def _grouped(digits: str) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _tfns(n: int, seed: int) -> list[str]:
    rng, out = random.Random(seed), []
    while len(out) < n:
        d = f"{rng.randint(0, 999_999_999):09d}"
        if tfn.is_valid(d):
            out.append(_grouped(d))
    return out


def _tajs(n: int, seed: int) -> list[str]:
    rng, out = random.Random(seed), []
    for _ in range(n):
        d = f"{rng.randint(0, 99_999_999):08d}"
        out.append(_grouped(d + str(sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10)))
    return out


def _inns(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = f"{rng.randint(10**9, 10**10 - 1)}"
        out.append(body + inn.calc_personal_check_digits(body))
    return out


def _detect(values: list[str]):
    df = pd.DataFrame({"c004": values})
    return detect_column(df["c004"], infer_schema(df)["c004"], entities=ENTITIES)


@pytest.mark.parametrize("make", [_tfns, _tajs, _inns], ids=["au_tfn", "hu_taj", "ru_inn"])
def test_checksummed_id_column_beats_could_be_a_phone(make):
    det = _detect(make(120, 3))
    assert det is not None and det.entity == E.NATIONAL_ID, det


def test_single_ids_pass_and_random_grouped_digits_stay_phones():
    assert is_national_id(_tfns(1, 1)[0]) and is_national_id(_tajs(1, 1)[0]) and is_national_id(_inns(1, 1)[0])
    rng = random.Random(5)
    # Hungarian mobiles written in groups: about one in ten passes some 9-digit check, not nearly all.
    phones = [f"06 {rng.choice((20, 30, 70))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}" for _ in range(120)]
    det = _detect(phones)
    assert det is not None and det.entity == E.PHONE_NUMBER, det


def test_card_numbers_in_groups_of_four_are_no_phone_column():
    """Library card numbers ``2985 5415 0458 16`` are valid German numbers by length alone; a false phone
    column there also made the whole table German (its real US phone column got German fakes)."""
    rng = random.Random(7)
    groups = [[f"{rng.randint(0, 9999):04d}" for _ in range(3)] + [f"{rng.randint(0, 99):02d}"] for _ in range(60)]
    cards = [" ".join(g) for g in groups]
    df = pd.DataFrame({"card_no": cards})
    found = detect_column(df["card_no"], infer_schema(df)["card_no"], entities=[E.PHONE_NUMBER, E.CREDIT_DEBIT_CARD])
    assert found is None or found.entity != E.PHONE_NUMBER
    df = pd.DataFrame({"tel": ["0664 1022 0812", "0699 1234 5678"] * 30})  # a cue keeps phones in any layout
    assert detect_column(df["tel"], infer_schema(df)["tel"], entities=[E.PHONE_NUMBER]).entity == E.PHONE_NUMBER


def test_grouped_national_ids_with_some_typos_are_ids_not_phones() -> None:
    # Session 33: a French NIR column written in groups, about one value in seven with a broken check
    # digit, was a phone column (the 90 % scheme share failed, the grouped digits passed as phones).
    import random

    from stdnum.fr import nir

    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_numbers import national_id_score, phone_score
    from safe_synthesizer.pii.column_sample import sample_values

    rng, values = random.Random(11), []
    for i in range(60):
        body = f"{rng.randint(1, 2)}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
        body += "".join(rng.choice("0123456789") for _ in range(6))
        check = nir.calc_check_digits(body)
        if i % 7 == 0:
            check = f"{(int(check) + 1) % 97:02d}"
        values.append(f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {check}")
    sample = sample_values(pd.Series(values), 500, 0)
    ids = national_id_score(sample, cued=False)
    assert ids.values_decide and ids.share >= 0.75
    assert phone_score(E.PHONE_NUMBER, sample, cued=False, numeric=False).share == 0.0
