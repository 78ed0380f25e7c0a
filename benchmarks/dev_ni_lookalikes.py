"""Development look-alikes of helper NI (session 35): numbers of a bare national id's length that are no id.

Own templates, seeds 35001+ (no held-out set uses them). For each country whose ids are bare digits or
codes (NG, GE, AZ, BD, PH, PK), columns cut to that country's id lengths: order and invoice numbers,
GTINs of the country's GS1 prefix, account numbers of a few branches, member numbers, phone numbers
without the trunk 0 or with the calling code, amounts in cents, zero-padded counters, timestamps
(epoch seconds and milliseconds, YYYYMMDDhhmm), card numbers; for the code country (AZ): SKUs,
licence plates, hex codes, booking references. Each sits beside the country's names and phones, its
column name hidden (``c2``). ``random same length`` is uniformly random digits of the id's length: by
values alone it cannot be told from an id and is counted apart, as the risk the country pass accepts.

Positives of new templates: the id column in a wider person table (birth date, town, an amount), with
persons repeated (a visit log) and with blanks.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_ni_lookalikes.py [--show]``.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dev_ni_ids as ids

SEED = 35001
COUNTRIES = ("NG", "GE", "AZ", "BD", "PH", "PK")
# The id lengths (compact digits) the country pass accepts, and the country's GS1 and calling codes.
LENGTHS = {"NG": (11,), "GE": (11,), "BD": (10, 13, 17), "PH": (12, 16), "PK": (13,)}
GS1 = {"NG": "615", "GE": "486", "AZ": "476", "BD": "890", "PH": "480", "PK": "896"}
CALLING = {"NG": "234", "GE": "995", "AZ": "994", "BD": "880", "PH": "63", "PK": "92"}
MOBILE = {"NG": ("803", "806", "813", "703", "905"), "GE": ("555", "577", "599", "514"),
          "AZ": ("50", "51", "55", "70"), "BD": ("171", "181", "191", "161", "151"),
          "PH": ("917", "918", "998", "927"), "PK": ("300", "321", "345", "333")}  # fmt: skip


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _gs1_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _fit(value: str, length: int, rng: random.Random) -> str:
    """``value`` cut or filled with random digits to ``length``."""
    return value[:length] if len(value) >= length else value + _d(rng, length - len(value))


def digit_lookalikes(country: str, length: int, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Numbers of ``length`` digits of kinds that are no person's id."""
    year = rng.choice([2021, 2022, 2023, 2024, 2025])
    branches = [_d(rng, 4) for _ in range(rng.randrange(2, 5))]
    member_head = str(rng.randrange(1, 10)) + _d(rng, rng.randrange(3, 6))
    company = GS1[country] + _d(rng, rng.randrange(4, 7))
    start = rng.randrange(1, 5000)
    counter = sorted(rng.sample(range(start, start + 20 * n), n))
    epoch = rng.randrange(1_600_000_000, 1_760_000_000)
    out = {
        "order number": [
            _fit(f"{year}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}", length, rng) for _ in range(n)
        ],
        "invoice number": [
            _fit(f"{rng.choice(branches)[:2]}{year % 100}", length - 6, rng)[: length - 6] + f"{c:06d}" for c in counter
        ],
        "gtin": [(b := _fit(company, length - 1, rng)) + _gs1_digit(b) for _ in range(n)],
        "account (branches)": [
            _fit(rng.choice(branches) + rng.choice(["01", "02", "10"]), length, rng) for _ in range(n)
        ],
        "member number": [_fit(member_head, length, rng) for _ in range(n)],
        "phone (no trunk 0)": [_fit(rng.choice(MOBILE[country]), length, rng) for _ in range(n)],
        "phone (calling code)": [_fit(CALLING[country] + rng.choice(MOBILE[country]), length, rng) for _ in range(n)],
        "zero-padded counter": [f"{c:0{length}d}" for c in counter],
        "timestamp": [_fit(str(epoch + rng.randrange(0, 30_000_000)) + "000", length, rng) for _ in range(n)],
        "datetime digits": [
            _fit(
                f"{year}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(0, 24):02d}{rng.randrange(0, 60):02d}",  # noqa: E501
                length,
                rng,
            )
            for _ in range(n)
        ],
        "amount in cents": [str(int(rng.lognormvariate(9, 2))) for _ in range(n)],
        "random same length": [str(rng.randrange(1, 10)) + _d(rng, length - 1) for _ in range(n)],
    }
    if length == 16:
        out["card number"] = [_card(rng) for _ in range(n)]
    return out


def _card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "52", "53"])
    body = _fit(body, 15, rng)
    return body + ids._luhn_digit(body)


def code_lookalikes(rng: random.Random, n: int) -> dict[str, list[str]]:
    """Seven-character codes of 0-9 and A-Z that are no FIN."""
    upper = string.ascii_uppercase
    no_io = [c for c in upper if c not in "IO"]
    return {
        "sku letters+digits": ["".join(rng.choice(upper) for _ in range(3)) + _d(rng, 4) for _ in range(n)],
        "licence plate": [
            f"{rng.randrange(10, 99)}{rng.choice(no_io)}{rng.choice(no_io)}{_d(rng, 3)}" for _ in range(n)
        ],
        "hex code": ["".join(rng.choice("0123456789ABCDEF") for _ in range(7)) for _ in range(n)],
        "booking ref": ["".join(rng.choice(upper + string.digits) for _ in range(7)) for _ in range(n)],
        "batch code": [f"B{rng.randrange(20, 26)}{rng.choice(no_io)}{_d(rng, 3)}" for _ in range(n)],
        "random fin-alphabet": ["".join(rng.choice(no_io + list(string.digits)) for _ in range(7)) for _ in range(n)],
    }


def _person_table(country: str, values: list[str], rng: random.Random, repeat: bool = False):
    """The id column in a wider person table (new template): names, phones, birth date, town, amount."""
    df = ids._table(country, values, rng)
    df["c4"] = [f"{rng.randrange(1950, 2005)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}" for _ in values]
    df["c5"] = [round(rng.uniform(5, 900), 2) for _ in values]
    if repeat:  # a visit log: each person twice
        df = df.sample(frac=1.0, random_state=rng.randrange(10**6)).reset_index(drop=True)
        df = __import__("pandas").concat([df, df.iloc[: len(df) // 2]], ignore_index=True)
    return df


UNSEPARABLE = {"random same length", "random fin-alphabet"}


def run(show: bool) -> None:
    rng = random.Random(SEED)
    false, tried, risk, risk_tried = defaultdict(int), 0, defaultdict(int), 0
    for country in COUNTRIES:
        for _ in range(2):
            kinds = {}
            if country == "AZ":
                kinds.update(code_lookalikes(rng, rng.randrange(20, 61)))
            for length in LENGTHS.get(country, ()):
                for kind, values in digit_lookalikes(country, length, rng, rng.randrange(20, 61)).items():
                    kinds[f"{kind} {length}"] = values
            for kind, values in kinds.items():
                found = ids._detect(_person_table(country, values, rng)).get("c2")
                hit = found is not None and found.entity in ids.ID_ENTITIES
                if kind.rsplit(" ", 1)[0] in UNSEPARABLE or kind in UNSEPARABLE:
                    risk_tried += 1
                    risk[f"{kind} ({country})"] += hit
                    continue
                tried += 1
                if hit:
                    false[f"{kind} ({country})"] += 1
                    if show:
                        print(f"  false {kind} ({country}): {found.evidence} {values[:3]}")
    print(f"look-alikes false ids {sum(false.values())}/{tried}: {dict(false)}")
    print(f"unseparable (random digits/codes of the id's shape) taken {sum(risk.values())}/{risk_tried}")
    rng = random.Random(SEED + 1)
    caught, total = defaultdict(int), defaultdict(int)
    for country in COUNTRIES:
        for how in ids.HOWS:
            for repeat in (False, True):
                n = rng.randrange(20, 61)
                values = [ids.write_variant(v, how, rng) for v in ids.id_values(country, rng, n)]
                for i in rng.sample(range(n), k=n // 8):
                    values[i] = ""
                found = ids._detect(_person_table(country, values, rng, repeat)).get("c2")
                hit = found is not None and found.entity in ids.ID_ENTITIES
                total[country] += 1
                caught[country] += hit
                if show and not hit:
                    print(f"  miss {country} {how} repeat={repeat}: {found.evidence if found else None} {values[:3]}")
    print(f"person-table ids found {sum(caught.values())}/{sum(total.values())}: "
          f"{ {c: f'{caught[c]}/{total[c]}' for c in COUNTRIES} }")  # fmt: skip


def run_evidence(n: int, rounds: int, show: bool) -> None:
    """The pass's value test alone on bigger columns (``n`` values, no detection): look-alikes taken."""
    from safe_synthesizer.pii.column_id_country import MIN_SHARE, country_id_evidence

    rng = random.Random(SEED + 2)
    false, tried, risk = defaultdict(int), 0, 0
    for country in COUNTRIES:
        for _ in range(rounds):
            kinds = dict(code_lookalikes(rng, n)) if country == "AZ" else {}
            for length in LENGTHS.get(country, ()):
                kinds.update({f"{k} {length}": v for k, v in digit_lookalikes(country, length, rng, n).items()})
            for kind, values in kinds.items():
                share, why = country_id_evidence(values, country)
                if kind.rsplit(" ", 1)[0] in UNSEPARABLE or kind in UNSEPARABLE:
                    risk += share >= MIN_SHARE
                    continue
                tried += 1
                if share >= MIN_SHARE:
                    false[f"{kind} ({country})"] += 1
                    if show:
                        print(f"  false {kind} ({country}) n={n}: {why} {values[:3]}")
    print(f"evidence only, n={n}: look-alikes taken {sum(false.values())}/{tried} {dict(false)}; unseparable {risk}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--evidence-only", action="store_true", help="the value test alone, 30 to 500 values")
    parser.add_argument("--no-country-pass", action="store_true", help="detection as wired today")
    args = parser.parse_args()
    ids.COUNTRY_PASS = not args.no_country_pass
    if args.evidence_only:
        for n in (30, 120, 500):
            run_evidence(n, 5, args.show)
        return
    run(args.show)


if __name__ == "__main__":
    main()
