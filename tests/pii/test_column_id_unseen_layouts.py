"""Person-id columns in a layout no rule knows, told by one layout, length and one id a person
(column_id_unseen_layouts)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_unseen_layouts import (
    layout_of,
    stays_with_person,
    unseen_id_detections,
    unseen_id_evidence,
)

_RNG = random.Random(45)
ENTITIES = [E.NAME, E.EMAIL, E.NATIONAL_ID]
PEOPLE = [f"{g} {s}" for g in ("Ana", "Boris", "Chidi", "Dana", "Emeka") for s in ("Okoro", "Lind", "Mwale", "Pavic")]


def _digits(n: int) -> str:
    return "".join(_RNG.choice("0123456789") for _ in range(n))


# A made-up national layout: district / serial / check, as a country no rule knows might write it.
SLASHED = [f"{_digits(2)}/{_digits(7)}/{_digits(1)}" for _ in range(20)]
# Ten digits in dashed groups opening with 00 (a tax number, not a dialled phone).
DASHED = [f"00{_digits(1)}-{_digits(3)}-{_digits(3)}-{_digits(1)}" for _ in range(20)]


def _found() -> dict[str, ColumnDetection | None]:
    return {"who": ColumnDetection("who", E.NAME, 1.0, 1.0, "values", 20, "en_US", ""), "x": None}


def _table(values: list[str], people: list[str] | None = None) -> pd.DataFrame:
    people = people or PEOPLE[: len(values)]
    return pd.DataFrame({"who": people, "x": values})


def test_layout_keeps_separators() -> None:
    assert layout_of("12/3456789/0") == "99/9999999/9"


def test_a_slashed_id_of_an_unknown_country_beside_names_is_a_national_id() -> None:
    assert unseen_id_evidence(SLASHED)[0] == 1.0
    found = unseen_id_detections(_table(SLASHED), ["x"], _found(), entities=ENTITIES)
    assert found["x"].entity == E.NATIONAL_ID


def test_ids_opening_with_00_are_not_taken_for_dialled_phones() -> None:
    assert unseen_id_evidence(DASHED)[0] == 1.0


def test_placeholders_and_words_are_left_out() -> None:
    values = [*SLASHED[:16], "n/a", "unknown", "-", "keine Angabe"]
    assert unseen_id_evidence(values)[0] == 1.0


def test_record_numbers_of_a_business_are_too_short() -> None:
    assert unseen_id_evidence([_digits(7) for _ in range(20)])[0] == 0.0
    assert unseen_id_evidence([f"{_RNG.randint(20, 26)}/{_digits(5)}" for _ in range(20)])[0] == 0.0


def test_lettered_codes_are_records_not_ids() -> None:
    assert unseen_id_evidence([f"K{_digits(10)}" for _ in range(20)])[0] == 0.0
    assert unseen_id_evidence([f"X{_digits(4)} {_digits(2)} {_digits(6)}" for _ in range(20)])[0] == 0.0


def test_mixed_layouts_are_not_one_scheme() -> None:
    values = [_digits(10) for _ in range(10)] + [f"{_digits(3)}-{_digits(7)}" for _ in range(10)]
    assert unseen_id_evidence(values)[0] == 0.0


def test_a_counter_is_no_id() -> None:
    assert unseen_id_evidence([str(4_500_000_000 + i) for i in range(20)])[0] == 0.0


def test_card_numbers_pass_luhn_and_are_left() -> None:
    def luhn_complete(body: str) -> str:
        for d in "0123456789":
            total = 0
            for i, ch in enumerate(reversed(body + d)):
                v = int(ch) * (2 if i % 2 else 1)
                total += v - 9 if v > 9 else v
            if total % 10 == 0:
                return body + d
        raise AssertionError

    assert unseen_id_evidence([luhn_complete("4" + _digits(14)) for _ in range(20)])[0] == 0.0


def test_dated_order_numbers_of_recent_years_are_left() -> None:
    values = [f"2025{_RNG.randint(1, 12):02d}{_RNG.randint(1, 28):02d}{_digits(4)}" for _ in range(20)]
    assert unseen_id_evidence(values)[0] == 0.0


def test_ids_opening_with_birth_dates_over_decades_stay_ids() -> None:
    values = [
        f"{_RNG.randint(1935, 2005)}{_RNG.randint(1, 12):02d}{_RNG.randint(1, 28):02d}{_digits(4)}" for _ in range(20)
    ]
    assert unseen_id_evidence(values)[0] == 1.0


def test_dialled_phone_numbers_are_left() -> None:
    values = [f"+44 7{_RNG.randint(400, 999)} {_digits(6)}" for _ in range(20)]
    assert unseen_id_evidence(values)[0] == 0.0


def test_no_person_in_the_table_no_id() -> None:
    found = {"who": ColumnDetection("who", E.CITY, 1.0, 1.0, "values", 20, "en_US", ""), "x": None}
    assert unseen_id_detections(_table(SLASHED), ["x"], found, entities=ENTITIES) == {}
    assert unseen_id_detections(_table(SLASHED), ["x"], _found(), entities=[E.NAME]) == {}


def test_a_returning_person_keeps_one_id() -> None:
    people = PEOPLE[:10] * 3
    ids = SLASHED[:10] * 3
    df = _table(ids, people)
    assert stays_with_person(df, "x", [("who",)])
    assert set(unseen_id_detections(df, ["x"], _found(), entities=ENTITIES)) == {"x"}


def test_repeated_values_not_tied_to_one_person_are_no_id() -> None:
    people = PEOPLE[:20] + PEOPLE[:10]
    # five values over thirty rows of twenty people, a returning person's second row with another value
    ids = [SLASHED[i % 5] for i in range(20)] + [SLASHED[(i + 1) % 5] for i in range(10)]
    df = _table(ids, people)
    assert not stays_with_person(df, "x", [("who",)])
    assert unseen_id_detections(df, ["x"], _found(), entities=ENTITIES) == {}


def test_a_column_already_decided_is_left_alone() -> None:
    found = _found() | {"x": ColumnDetection("x", E.PHONE_NUMBER, 1.0, 1.0, "values", 20, None, "")}
    assert unseen_id_detections(_table(SLASHED), ["x"], found, entities=ENTITIES) == {}


CHECK_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def test_digits_closed_by_a_check_letter_of_many_kinds_are_ids() -> None:
    dashed = [f"{_digits(3)}-{_digits(6)}-{_digits(4)}{_RNG.choice(CHECK_LETTERS)}" for _ in range(30)]
    assert unseen_id_evidence(dashed)[0] == 1.0
    resident = [f"R-{_digits(6)}-{_RNG.choice(CHECK_LETTERS)}" for _ in range(16)]  # one class letter in front
    assert unseen_id_evidence(resident)[0] == 1.0


def test_series_letters_and_varied_leading_letters_are_record_codes() -> None:
    assert unseen_id_evidence([f"{_digits(7)}{_RNG.choice('AB')}" for _ in range(20)])[0] == 0.0
    assert unseen_id_evidence([f"{_RNG.choice(CHECK_LETTERS)}{_digits(8)}" for _ in range(20)])[0] == 0.0
    short = [f"{_digits(4)}{_RNG.choice(CHECK_LETTERS)}" for _ in range(20)]
    assert unseen_id_evidence(short)[0] == 0.0  # four digits and a letter: a locker, a seat


def test_accounts_of_a_few_branches_are_no_ids() -> None:
    rng = random.Random(5)
    accounts = [rng.choice(["4817", "9302"]) + "01" + str(rng.randrange(10**4, 10**5)) for _ in range(40)]
    share, why = unseen_id_evidence(accounts)
    assert share == 0.0 and "blocks" in why
    people = [f"1{rng.randrange(1950, 2005)}{rng.randrange(7, 9)}{rng.randrange(10**6, 10**7)}0{rng.randrange(10, 99)}"
              for _ in range(40)]  # fmt: skip
    assert unseen_id_evidence(people)[0] > 0.9  # Rwandan-like: status, birth year, sex, serial, check


def test_numbers_printed_like_a_card_are_receipts_not_ids() -> None:
    rng = random.Random(8)
    receipts = ["-".join(f"{rng.randrange(10**4):04d}" for _ in range(4)) for _ in range(40)]
    share, why = unseen_id_evidence(receipts)
    assert share == 0.0 and "receipt" in why


def _luhn_nine(rng: random.Random) -> str:
    """Nine digits ending in their Luhn check digit (a SIN-like id)."""
    body = [rng.randint(0, 9) for _ in range(8)]
    total = sum(d if i % 2 else (2 * d - 9 if 2 * d > 9 else 2 * d) for i, d in enumerate(reversed(body)))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def test_one_id_spaced_in_groups_in_some_rows_and_bare_in_others_is_one_layout() -> None:
    rng = random.Random(4711)
    values = [f"{rng.randint(10**10, 10**11 - 1)}" for _ in range(24)]
    spaced = [" ".join(v[i : i + 3] for i in range(0, 11, 3)) if i % 3 == 0 else v for i, v in enumerate(values)]
    assert unseen_id_evidence(spaced)[0] == 1.0  # before: 67% in the most common layout
    dashed = [f"{v[:4]}-{v[4:8]}-{v[8:]}" if i % 2 else v for i, v in enumerate(values)]
    assert unseen_id_evidence(dashed)[0] == 1.0


def test_grouped_ids_opening_like_epoch_millis_are_no_timestamps() -> None:
    rng = random.Random(4712)
    stamps = [str(1_400_000_000_000 + rng.randint(0, 10**9)) for _ in range(20)]
    assert "timestamps" in unseen_id_evidence(stamps)[1]  # bare: a log's epoch milliseconds
    grouped = [f"{v[:4]}-{v[4:8]}-{v[8:]}" for v in stamps]
    assert unseen_id_evidence(grouped)[0] == 1.0  # printed in groups for people to read: ids


def test_short_luhn_ids_count_only_when_they_stay_with_their_person() -> None:
    rng = random.Random(4713)
    ids = [_luhn_nine(rng) for _ in range(12)]
    assert "Luhn" in unseen_id_evidence(ids)[1]
    assert unseen_id_evidence(ids, luhn_ids=True)[0] == 1.0
    cards = [f"4{rng.randint(10**13, 10**14 - 1)}" for _ in range(40)]
    cards = [c + str(next(d for d in range(10) if _luhn_ok(c + str(d)))) for c in cards]
    assert unseen_id_evidence(cards, luhn_ids=True)[0] == 0.0  # sixteen digits: cards whatever the rows say
    people = PEOPLE[:12]
    rows = people + people[:6]
    column = ids + ids[:6]
    found = unseen_id_detections(_table(column, rows), ["x"], _found(), entities=ENTITIES)
    assert found["x"].entity == E.NATIONAL_ID


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_a_person_written_surname_first_in_capitals_keeps_their_id_typed_another_way() -> None:
    rng = random.Random(4714)
    names = ["Ines Varga", "Tomas Lind", "Ada Mwale", "Rui Costa"]
    ids = {n: f"{rng.randint(10**8, 10**9 - 1)}" for n in names}
    rows = [(n, ids[n]) for n in names]
    rows += [(f"{n.split()[1].upper()}, {n.split()[0]}", " ".join(ids[n][i : i + 3] for i in (0, 3, 6))) for n in names]
    df = pd.DataFrame(rows, columns=["who", "x"])
    assert stays_with_person(df, "x", [("who",)])  # before: four people once each, nobody seen twice


def test_a_record_number_changing_over_a_persons_rows_does_not_stay() -> None:
    rng = random.Random(4715)
    names = ["Ines Varga", "Tomas Lind", "Ada Mwale", "Rui Costa"] * 3
    df = pd.DataFrame({"who": names, "x": [f"{rng.randint(10**8, 10**9 - 1)}" for _ in names]})
    assert not stays_with_person(df, "x", [("who",)])


def test_no_second_id_of_an_unknown_layout_beside_the_tables_checked_id() -> None:
    rng = random.Random(4716)
    orders = [f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}" for _ in range(20)]
    assert unseen_id_detections(_table(orders), ["x"], _found(), entities=ENTITIES)  # alone: read as an id
    found = {**_found(), "tc": ColumnDetection("tc", E.NATIONAL_ID, 1.0, 1.0, "values", 20, "tr_TR", "")}
    assert unseen_id_detections(_table(orders), ["x"], found, entities=ENTITIES) == {}  # an order number
