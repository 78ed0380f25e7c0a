"""National id columns of countries without a Faker locale here (issue 11): a Colombian NIT/cédula
(``1.028.135.611-3``) or a New Zealand IRD number (``123-456-789``) was taken for a phone column, an
Irish PPSN column (``4863760A``) was found only by its name. One check digit, passed by one random
number in ten, proves nothing for a single value, but a column of them is no chance."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from stdnum.co import nit
from stdnum.ie import pps
from stdnum.nz import ird

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column

ALL = list(KNOWN_ENTITIES)


def _entity(values: list[str], name: str = "c004") -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


def _nits(rng: random.Random, n: int = 80) -> list[str]:
    out = []
    for _ in range(n):
        body = str(rng.randint(1_000_000, 1_999_999_999))
        out.append(nit.format(body + nit.calc_check_digit(body)))
    return out


def _irds(rng: random.Random, n: int = 80) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        body = str(rng.randint(10_000_000, 99_999_999))
        try:
            v = body + ird.calc_check_digit(body)
        except Exception:
            continue
        if ird.is_valid(v):
            v = v.zfill(9)
            out.append(f"{v[:3]}-{v[3:6]}-{v[6:]}")
    return out


def _ppsns(rng: random.Random, n: int = 80) -> list[str]:
    out = []
    for _ in range(n):
        body = f"{rng.randint(0, 9_999_999):07d}"
        second = rng.choice(["", "A", "W"])
        total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
        total += 9 * ("WABCDEFGHI".index(second) if second else 0)
        out.append(body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second)
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_colombian_nit_column_is_national_id_not_phone(seed):
    values = _nits(random.Random(seed))
    assert all(nit.is_valid(v) for v in values)
    assert _entity(values) == "national_id"
    assert _entity(values, "documento_2") == "national_id"


@pytest.mark.parametrize("seed", [3, 4])
def test_new_zealand_ird_column_is_national_id_not_phone(seed):
    values = _irds(random.Random(seed))
    assert _entity(values) == "national_id"
    assert _entity(values, "applicant.tax_ref") == "national_id"


@pytest.mark.parametrize("seed", [5, 6])
def test_irish_ppsn_column_found_from_values(seed):
    values = _ppsns(random.Random(seed))
    assert all(pps.is_valid(v) for v in values)
    assert _entity(values) == "national_id"


def test_dotted_numbers_failing_the_check_are_no_national_ids():
    rng = random.Random(7)
    values = []
    while len(values) < 80:
        body = str(rng.randint(10_000_000, 1_999_999_999))
        if not nit.is_valid(body):  # the last digit is a wrong check digit
            values.append(nit.format(body))
    assert V.national_id_share(values)[0] < 0.5
    assert _entity(values) != "national_id"


def test_column_only_schemes_are_not_taken_in_prose():
    # A single 9-digit number passing the IRD check is no id without a cue word.
    value = _irds(random.Random(8), 1)[0].replace("-", "")
    assert "nz.ird" in V.column_id_schemes(value)
    assert V.text_national_id(value) is None
