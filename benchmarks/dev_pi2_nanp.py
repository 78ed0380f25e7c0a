"""Bare North American phone columns against ten-digit ids, names hidden and shown: session 38 dev set of helper PI.

Why: bare ten-digit US numbers whose area codes share a head (``20...``) were missed with names hidden, and
order numbers of a phone's length must stay ``None``. This generator writes its own tables (own templates,
seeds 38xxx): a customer list of en_US or en_CA with a name, an e-mail, one phone column in one of seven forms
(area codes of the whole plan, of one two-digit head, of one area code; with a leading ``1``; ``.0`` floats;
integers; dashed) and look-alikes of ten digits (sequential order numbers, ids of a two-digit or an area-code
prefix, dated ids, NPIs, epoch seconds, zero-padded invoice counters, random account numbers).

A second part (``--nulls``) draws many columns of each look-alike and counts how often the bare-number test
takes them for phones: the measured false-column rate per column, to set against the test's bound.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pi2_nanp.py [--seeds 38001,38002] [--nulls 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import Counter
from functools import lru_cache

import pandas as pd
import phonenumbers
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_phones import national_phone_evidence
from safe_synthesizer.pii.replace import plan_columns

LOCALES = ("en_US", "en_CA")
FORMS = ("plan", "two-digit head", "one area code", "leading 1", "float", "integer", "dashed")
NEGATIVES = ("sequential", "two-digit prefix", "area-code prefix", "dated", "npi", "epoch", "counter", "account")
PHONE = ("phone_number", "fax_number")
SHOWN = {"name": "Customer", "email": "E-mail", "phone": "Contact no", "sequential": "Order no",
         "two-digit prefix": "Ref", "area-code prefix": "Account", "dated": "Job no", "npi": "Provider",
         "epoch": "Created", "counter": "Invoice", "account": "Acct no"}  # fmt: skip


def is_valid_nanp(digits: str, region: str) -> bool:
    """``digits`` are a valid number of ``region`` (``phonenumbers``: the generator does not use the code it tests)."""
    return phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region)


@lru_cache(maxsize=4)
def _area_codes(region: str) -> list[str]:
    """Area codes of ``region``'s plan: those where a number with exchange ``555`` line ``2368`` is valid."""
    return [str(a) for a in range(200, 1000) if is_valid_nanp(f"{a}4562368", region)]


def draw_phone(rng: random.Random, region: str, head: str = "") -> str:
    """One valid ten-digit number of ``region`` whose area code opens with ``head``."""
    codes = [a for a in _area_codes(region) if a.startswith(head)] or _area_codes(region)
    while True:
        number = rng.choice(codes) + str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(6))
        if is_valid_nanp(number, region):
            return number


def phone_column(rng: random.Random, region: str, n: int, form: str) -> list | pd.Series:
    """``n`` numbers of ``region`` written in ``form``."""
    codes = _area_codes(region)
    if form == "two-digit head":
        heads = Counter(a[:2] for a in codes)
        head = rng.choice([h for h, k in heads.items() if k >= 3])
    elif form == "one area code":
        head = rng.choice(codes)
    else:
        head = rng.choice(["", "", rng.choice(codes)[:2]]) if form in ("float", "integer") else ""
    nums = [draw_phone(rng, region, head) for _ in range(n)]
    if form == "leading 1":
        return ["1" + x for x in nums]
    if form == "float":
        return pd.Series([float(x) for x in nums], dtype="float64")
    if form == "integer":
        return pd.Series([int(x) for x in nums], dtype="int64")
    if form == "dashed":
        return [f"{x[:3]}-{x[3:6]}-{x[6:]}" for x in nums]
    return nums


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    for check in "0123456789":
        total = 0
        for i, ch in enumerate(reversed("80840" + body + check)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return body + check
    raise AssertionError


def negative_column(rng: random.Random, kind: str, n: int, region: str = "US") -> list[str]:
    """``n`` ten-digit values that are no phones, of look-alike ``kind``."""
    digits = "0123456789"
    if kind == "sequential":
        start = rng.randint(2_000_000_000, 9_000_000_000)
        return [str(start + i * rng.randint(1, 40)) for i in range(n)]
    if kind == "two-digit prefix":
        head = str(rng.randint(20, 99))
        return [head + "".join(rng.choice(digits) for _ in range(8)) for _ in range(n)]
    if kind == "area-code prefix":
        head = rng.choice(_area_codes(region))
        return [head + "".join(rng.choice(digits) for _ in range(7)) for _ in range(n)]
    if kind == "dated":
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        out = []
        for _ in range(n):
            day += dt.timedelta(days=rng.randint(0, 9))
            out.append(day.strftime("%Y%m%d") + f"{rng.randint(0, 99):02d}")
        return out
    if kind == "npi":
        return [_npi(rng) for _ in range(n)]
    if kind == "epoch":
        return [str(rng.randint(1_500_000_000, 1_800_000_000)) for _ in range(n)]
    if kind == "counter":
        base = rng.choice((2, 3, 5, 7)) * 10**9
        return [str(base + rng.randint(1, 99_999)) for _ in range(n)]
    return [str(rng.randint(2, 9)) + "".join(rng.choice(digits) for _ in range(9)) for _ in range(n)]


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str]]:
    """One customer list of ``locale``: columns and what each is."""
    rng = random.Random(f"pi2-nanp-{seed}-{locale}")
    region = locale.split("_")[1]
    n = rng.choice((12, 16, 20, 24, 30, 40))
    faker = Faker(locale)
    faker.seed_instance(seed)
    form = FORMS[(seed + LOCALES.index(locale)) % len(FORMS)]
    cols: dict[str, tuple[str, object]] = {
        "name": ("name", [faker.name() for _ in range(n)]),
        "email": ("email", [faker.email() for _ in range(n)]),
        "phone": (f"phone {form}", phone_column(rng, region, n, form)),
    }
    for kind in rng.sample(NEGATIVES, 4):
        cols[kind] = (f"neg {kind}", negative_column(rng, kind, n, region))
    keys = list(cols)
    rng.shuffle(keys)
    frame = {k: (v if isinstance(v, pd.Series) else pd.Series(v, dtype=object)) for k, (_, v) in cols.items()}
    return pd.DataFrame({k: frame[k] for k in keys}), {k: cols[k][0] for k in keys}


def run(seeds: list[int]) -> dict:
    """Per mode: phone columns found / all, look-alikes taken / all; and the notes of each miss."""
    params = ReplacePiiParameters()
    counts = {m: {"phone": [0, 0], "false": [0, 0]} for m in ("hidden", "shown")}
    notes: list[str] = []
    for locale in LOCALES:
        for seed in seeds:
            df, labels = build_table(locale, seed)
            for mode in ("hidden", "shown"):
                names = {k: (f"c{i:03d}" if mode == "hidden" else SHOWN[k]) for i, k in enumerate(df.columns)}
                table = df.rename(columns=names)
                plans = {p.column: p for p in plan_columns(table, infer_schema(table), params, seed=0)}
                for key, what in labels.items():
                    got = plans[names[key]].entity if names[key] in plans else None
                    if what.startswith("phone"):
                        ok, bucket = got in PHONE, "phone"
                    elif what.startswith("neg "):
                        ok, bucket = got is None, "false"
                    else:
                        continue
                    counts[mode][bucket][0] += ok if bucket == "phone" else not ok
                    counts[mode][bucket][1] += 1
                    if not ok:
                        notes.append(f"{mode} {locale} {seed} n={len(df)} {what!r} -> {got}")
    return {"counts": counts, "notes": notes}


def nulls(draws: int, seed: int = 38900) -> dict[str, tuple[int, int]]:
    """Per look-alike and column length: (columns the bare-number test takes for phones, columns drawn)."""
    rng = random.Random(seed)
    out: dict[str, tuple[int, int]] = {}
    for kind in NEGATIVES:
        for n in (12, 24, 40):
            taken = sum(national_phone_evidence(negative_column(rng, kind, n))[0] >= 0.95 for _ in range(draws))
            out[f"{kind} n={n}"] = (taken, draws)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="38001,38002,38003,38004,38005,38006,38007")
    parser.add_argument("--nulls", type=int, default=0, help="look-alike columns drawn per kind and length")
    args = parser.parse_args()
    start = time.process_time()
    out = run([int(s) for s in args.seeds.split(",")])
    for mode, buckets in out["counts"].items():
        print(f"{mode}: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in buckets.items()) + " (false: look-alikes taken)")
    for note in out["notes"]:
        print(" ", note)
    if args.nulls:
        for key, (taken, drawn) in nulls(args.nulls).items():
            print(f"null {key}: {taken}/{drawn} taken for phones")
    print(f"cpu {time.process_time() - start:.1f} s")


if __name__ == "__main__":
    main()
