"""Session 25 column fixes: dates with a closing dot, more national id schemes, initialled staff,
bare national phone numbers, street and postcode layouts of more countries (issue 11, set 10)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column


def _detect(values: list, name: str = "c001"):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=KNOWN_ENTITIES)


def _entity(values: list, name: str = "c001") -> str | None:
    found = _detect(values, name)
    return found.entity if found else None


def _birth_dates(n: int = 120, seed: int = 1) -> list[date]:
    rng = random.Random(seed)
    return [date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 65)) for _ in range(n)]


@pytest.mark.parametrize("layout", ["%Y.%m.%d.", "%d.%m.%Y."])
@pytest.mark.parametrize("name", ["PAT_DATE OF BIRTH", "c003"])
def test_dates_with_a_closing_dot_are_birth_dates(layout: str, name: str) -> None:
    values = [d.strftime(layout) for d in _birth_dates()]
    assert _entity(values, name) == "date_of_birth"


def test_recent_dates_with_a_closing_dot_are_no_birth_dates() -> None:
    rng = random.Random(2)
    values = [(date(2023, 1, 1) + timedelta(days=rng.randrange(700))).strftime("%Y.%m.%d.") for _ in range(120)]
    assert _entity(values) is None


def _oib(rng: random.Random) -> str:
    from stdnum.iso7064 import mod_11_10

    body = str(rng.randrange(10**9, 10**10))
    return body + mod_11_10.calc_check_digit(body)


def _rnokpp(rng: random.Random) -> str:
    from stdnum.ua import rntrc

    body = f"{rng.randrange(10000, 40000):05d}{rng.randrange(10000):04d}"
    return body + rntrc.calc_check_digit(body)


def _asmens(rng: random.Random) -> str:
    from stdnum.lt import asmens

    born = _birth_dates(1, rng.randrange(10**6))[0]
    body = f"{rng.choice('34')}{born:%y%m%d}{rng.randrange(1000):03d}"
    return body + asmens.calc_check_digit(body)


def _szemelyi(rng: random.Random) -> str:
    while True:
        born = _birth_dates(1, rng.randrange(10**6))[0]
        body = f"{rng.choice('12')}{born:%y%m%d}{rng.randrange(1000):03d}"
        check = sum(int(d) * w for d, w in zip(body, range(1, 11), strict=True)) % 11
        if check < 10:
            return body + str(check)


@pytest.mark.parametrize("make", [_oib, _rnokpp, _asmens, _szemelyi])
def test_checked_national_ids_of_more_countries(make) -> None:
    rng = random.Random(4)
    values = [make(rng) for _ in range(150)]
    assert _entity(values, "c003") == "national_id"


@pytest.mark.parametrize("name", ["asmens_kodas", "Személyi Szám", "RENTER_OIB", "рнокпп", "steuer_idnr"])
def test_national_id_cues_of_more_countries(name: str) -> None:
    from safe_synthesizer.pii.cues import cue_hints

    assert "national_id" in cue_hints(name)


def test_ids_with_a_birth_date_at_one_place_beat_phone_numbers() -> None:
    # Danish CPR layout whose serials break the century rule (stdnum: "not born yet"): still ids.
    rng = random.Random(5)
    values = [f"{d:%d%m%y}-{rng.randrange(5000, 10000)}" for d in _birth_dates(150)]
    assert _entity(values, "c004") == "national_id"
    # German pension insurance numbers: area, DDMMYY, initial, serial.
    dates = _birth_dates()
    values = [f"{rng.randrange(10, 80)} {d:%d%m%y} {rng.choice('ABKMS')} {rng.randrange(1000):03d}" for d in dates]
    assert _entity(values, "c004") == "national_id"


def test_order_numbers_with_their_issue_date_are_no_ids() -> None:
    from safe_synthesizer.pii.column_ids import dated_id_evidence

    rng = random.Random(6)
    recent = [date(2021, 1, 1) + timedelta(days=rng.randrange(1400)) for _ in range(150)]
    assert dated_id_evidence([f"{d:%y%m%d}-{rng.randrange(10000):04d}" for d in recent])[0] == 0.0
    assert dated_id_evidence([str(rng.randrange(10**10, 10**11)) for _ in range(150)])[0] == 0.0


def _phones(region: str, n: int = 150, seed: int = 7) -> list[str]:
    """Valid national numbers of ``region`` written bare (no ``+CC``, no separators)."""
    import phonenumbers

    rng, out = random.Random(seed), []
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while len(out) < n:
        digits = national[:1] + "".join(str(rng.randint(0, 9)) for _ in range(len(national) - 1))
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(number):
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            out.append("".join(c for c in text if c.isdigit()))
    return out


@pytest.mark.parametrize("region", ["NL", "ES", "PL", "LT", "UA", "JP", "DE"])
def test_bare_national_phone_numbers_are_a_phone_column(region: str) -> None:
    assert _entity(_phones(region), "c004") == "phone_number"


@pytest.mark.parametrize(
    "make",
    [
        lambda r: str(r.randrange(10**8, 10**9)),  # 9-digit ids
        lambda r: "0" + str(r.randrange(10**9, 10**10)),  # zero-led 11-digit account numbers
        lambda r: str(r.randrange(1_600_000_000, 1_700_000_000)),  # epoch seconds
        lambda r: str(r.randrange(10**10, 10**11)),  # 11-digit codes
    ],
)
def test_random_digit_columns_are_no_phone_columns(make) -> None:
    rng = random.Random(8)
    values = [make(rng) for _ in range(300)]
    assert _entity(values, "c004") is None
    assert _entity(pd.Series(values).astype("string").tolist(), "c004") is None


def test_sequential_ids_are_no_phone_columns() -> None:
    values = [f"0687{n:06d}" for n in range(300)]
    assert _entity(values, "c004") is None


def test_japanese_mobiles_are_no_dated_ids() -> None:
    # 090.6274.9440 reads as day 09, month 06, year 27: a fixed prefix, not a birth date.
    rng = random.Random(9)
    values = [
        f"0{rng.choice('789')}0.{rng.randint(1, 9)}{rng.randrange(1000):03d}.{rng.randrange(10000):04d}"
        for _ in range(150)
    ]
    assert _entity(values, "c006") == "phone_number"


_TR_STREETS = ["Lale Sok. No: {n} D: {d}", "Cumhuriyet Mah. Çınar Sok. No: {n} D: {d}", "Atatürk Cad. No: {n} D: {d}",
               "Gazi Mustafa Kemal Blv. No: {n} D: {d}"]  # fmt: skip
_HU_STREETS = ["Kossuth utca {n}.", "Petőfi tér {n}.", "Dózsa györgy utca {n}.", "Debreceni út {n}."]
_LT_STREETS = ["Liepų g. {n}", "Laisvės al. {n}-{d}", "Taikos pr. {n}", "Ąžuolyno g. {n}-{d}"]


@pytest.mark.parametrize("layouts", [_TR_STREETS, _HU_STREETS, _LT_STREETS])
@pytest.mark.parametrize("name", ["sokak", "c005"])
def test_turkish_hungarian_lithuanian_street_lines(layouts: list[str], name: str) -> None:
    rng = random.Random(10)
    values = [rng.choice(layouts).format(n=rng.randint(1, 250), d=rng.randint(1, 30)) for _ in range(150)]
    assert _entity(values, name) == "street_address"


@pytest.mark.parametrize("value", ["Take 5 g. daily", "Vitamin D 5 mg", "G. 12 Main"])
def test_dotted_street_abbreviations_need_a_street_name(value: str) -> None:
    from safe_synthesizer.pii.validators.places import is_street_any

    assert not is_street_any(value)


@pytest.mark.parametrize(("prefix", "width"), [("LT-", 5), ("H-", 4)])
def test_postcodes_with_country_letters_from_values(prefix: str, width: int) -> None:
    rng = random.Random(11)
    values = [f"{prefix}{rng.randrange(10 ** (width - 1), 10**width)}" for _ in range(150)]
    assert _entity(values, "c006") == "postcode"


def test_lithuanian_full_addresses() -> None:
    rng = random.Random(12)
    towns = ["Vilnius", "Kaunas", "Tauragė", "Šiauliai", "Marijampolė"]
    values = [
        f"{rng.choice(_LT_STREETS).format(n=rng.randint(1, 150), d=rng.randint(1, 60))}, "
        f"LT-{rng.randrange(10000, 99999)} {rng.choice(towns)}"
        for _ in range(150)
    ]
    assert _entity(values, "c005") == "address"
