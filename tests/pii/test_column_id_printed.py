"""National ids in their scheme's printed layout are ids, not phones (column_id_printed)."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers
from stdnum.cl import rut
from stdnum.no import fodselsnummer

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_printed import printed_id_share, printed_ids
from safe_synthesizer.pii.replace import plan_columns


def _planned(df: pd.DataFrame) -> dict[str, str | None]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _nirs(rng: random.Random, n: int) -> list[str]:
    """French NIRs printed in their groups: sex, year, month, department, commune, serial, key (97 - n mod 97)."""
    out = []
    for _ in range(n):
        body = (
            f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
            f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )
        key = 97 - int(body) % 97
        out.append(f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}")
    return out


def _ruts(rng: random.Random, n: int) -> list[str]:
    """Chilean RUTs printed as Chile writes them (``12.345.678-5``)."""
    bodies = [str(rng.randint(5_000_000, 25_000_000)) for _ in range(n)]
    return [rut.format(body + rut.calc_check_digit(body)) for body in bodies]


def _fodselsnummer(rng: random.Random, n: int) -> list[str]:
    """Norwegian birth numbers printed ``DDMMYY NNNNN``."""
    out: list[str] = []
    for _ in range(50 * n):
        born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
        candidate = f"{born}{rng.randint(0, 499):03d}"
        candidate += fodselsnummer.calc_check_digit1(candidate)
        candidate += fodselsnummer.calc_check_digit2(candidate)
        if fodselsnummer.is_valid(candidate):  # a serial whose check digit would be 10 is not issued
            out.append(fodselsnummer.format(candidate))
    return out[:n]


def test_printed_ids_pass_not_known_cells_left_out() -> None:
    rng = random.Random(43101)
    nirs = _nirs(rng, 7)
    assert printed_id_share([*nirs, "non renseigné"]) == (1.0, "fr.nir")
    assert printed_ids(_ruts(rng, 8)) is not None
    assert printed_ids(_fodselsnummer(rng, 8)) is not None


def test_the_same_ids_bare_or_too_few_say_nothing() -> None:
    rng = random.Random(43102)
    nirs = _nirs(rng, 8)
    assert printed_ids([v.replace(" ", "") for v in nirs]) is None  # bare digits: the layout is no evidence
    assert printed_ids(nirs[:3]) is None


def test_phones_in_their_plans_layouts_are_no_printed_ids() -> None:
    rng = random.Random(43103)
    for region in ("FR", "CL", "CZ", "SI", "PL", "IN", "NO", "AU", "ES"):
        example = str(phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE).national_number)
        numbers = []
        while len(numbers) < 40:
            digits = example[:3] + "".join(rng.choice("0123456789") for _ in example[3:])
            parsed = phonenumbers.parse(digits, region)
            if phonenumbers.is_valid_number(parsed):
                numbers.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
        assert printed_ids(numbers) is None, region


def _register(rng: random.Random, ids: list[str]) -> pd.DataFrame:
    """A small guesthouse register: room, guest, id document number (one not known), phone."""
    n = len(ids)
    guests = ["Léa Martin", "Hugo Bernard", "Chloé Petit", "Nathan Robert", "Manon Richard", "Louis Durand",
              "Camille Dubois", "Jules Moreau", "Inès Laurent"]  # fmt: skip
    phones = ["06 " + " ".join(str(rng.randint(10, 99)) for _ in range(4)) for _ in ids]
    return pd.DataFrame(
        {
            "Chambre": [str(rng.randint(101, 320)) for _ in ids],
            "Client": guests[:n],
            "Pièce d'identité n°": [*ids[:-1], "non renseigné"],
            "Tél.": phones,
        }
    )


def test_a_small_register_of_printed_nirs_is_an_id_column_shown_and_hidden() -> None:
    rng = random.Random(43104)
    df = _register(rng, _nirs(rng, 9))
    assert _planned(df)["Pièce d'identité n°"] == "national_id"
    found = _planned(df.rename(columns={c: f"c{i}" for i, c in enumerate(df.columns)}))
    assert (found["c2"], found["c3"]) == ("national_id", "phone_number")


def test_printed_ruts_and_birth_numbers_are_no_phones() -> None:
    rng = random.Random(43105)
    for ids in (_ruts(rng, 9), _fodselsnummer(rng, 9)):
        df = _register(rng, ids).rename(columns={"Pièce d'identité n°": "c2"})
        assert _planned(df).get("c2") in (None, "national_id"), ids[:2]
