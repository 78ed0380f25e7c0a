"""Phone and id columns with the column names hidden (values only) and shown: session 36 fuzzer of helper PI.

Why: on set 21 (seen) half the hidden-name misses of the first 7 locales were phone columns: bare national
numbers of one operator prefix, ``.0`` floats that lost the trunk 0, numbers with a ``# 272`` extension, German
mobiles and Swedish ``070-...`` mobiles read as check-less national ids; and horse passports (UELN) or
microchips under a passport header were taken as people's ids. This fuzzer writes its own tables (own templates,
seeds 36001+): a member list of one locale with a name, an e-mail, a town, two phone columns in one of eight
layouts, and look-alikes that are no personal data (UELN, microchips, order numbers of a phone's length and one
prefix, referral numbers of a national id's length, amounts), plus a national id column where Faker writes one
the project checks.

Scored: a phone column found as phone_number (or fax_number); a national id column found as national_id; a
look-alike found as anything is a false column. Names hidden (``c000``...) and shown.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pi_columns.py [--locales de_DE,sv_SE] [--seeds 36001,36002]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import phonenumbers
from faker import Faker
from faker.config import AVAILABLE_LOCALES

sys.path.insert(0, str(Path(__file__).parent))
from dev_ph_columns import draw_number, national_ids
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHERS = [
    "da_DK", "no_NO", "bg_BG", "es_MX", "es_UY", "ro_MD", "en_SG", "sv_SE", "uk_UA", "en_ZA", "en_AU", "cs_CZ",
    "hu_HU", "sl_SI", "mn_MN", "yo_NG", "ha_NG", "lt_LT", "pl_PL", "pt_PT", "fi_FI", "el_GR", "de_AT", "fr_BE",
    "de_CH", "en_IE", "en_CA", "pt_BR", "tr_TR", "ro_RO", "hr_HR", "sk_SK", "et_EE",
]  # fmt: skip
LOCALES = FIRST7 + OTHERS
PHONE = ("phone_number", "fax_number")
MOBILE, FIXED = phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE
# ISO 3166 numeric codes a horse passport (UELN) or an animal microchip opens with.
ISO_NUMERIC = {"US": "840", "GB": "826", "DE": "276", "FR": "250", "ES": "724", "IT": "380", "NL": "528", "AU": "036",
               "CZ": "203", "HU": "348", "SI": "705", "MN": "496", "UY": "858", "IE": "372", "BE": "056"}  # fmt: skip
EXTENSIONS = ("ext {}", "ext. {}", "# {}", "x{}", "x {}")
SHOWN = {
    "phone A": "Mobile", "phone B": "Home phone", "national id": "ID number", "ueln": "Passport (UELN)",
    "microchip": "Microchip no", "order": "Order number", "referral": "Referral number", "amount": "Amount",
    "name": "Member", "email": "Email", "town": "Town",
}  # fmt: skip


def _faker(locale: str) -> Faker:
    return Faker(locale if locale in AVAILABLE_LOCALES else "en_US")


def _digits(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def _numbers(rng: random.Random, reg: str, n: int, kinds: tuple, keep: int | None) -> list:
    out: list = []
    for _ in range(n * 4):
        if len(out) >= n:
            break
        if (num := draw_number(rng, reg, rng.choice(kinds), keep)) is not None:
            out.append(num)
    return out


def _national(num) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _bare(num) -> str:
    return "".join(c for c in _national(num) if c.isdigit())


def _ndc(num) -> int:
    nsn = phonenumbers.national_significant_number(num)
    return max(1, min(phonenumbers.length_of_national_destination_code(num) or 2, len(nsn) - 5))


LAYOUTS = ("one prefix bare", "float no trunk", "extensions", "unspaced trunk", "operator dashed", "dialled no plus")


def phone_column(rng: random.Random, reg: str, n: int, layout: str) -> list | pd.Series | None:
    """``n`` mobiles of ``reg`` written in ``layout``; None when the plan has no mobiles to draw."""
    example = phonenumbers.example_number_for_type(reg, MOBILE)
    if example is None:
        return None
    # One operator's block: the destination code and one or two digits more shared by the whole column.
    shared = _ndc(example) + rng.randint(1, 2) if layout in ("one prefix bare", "float no trunk") else None
    nums = _numbers(rng, reg, n, (MOBILE,), shared)
    if len(nums) < n:
        return None
    if layout == "one prefix bare":
        return [_bare(x) for x in nums]
    if layout == "float no trunk":
        return pd.Series([float(phonenumbers.national_significant_number(x)) for x in nums], dtype="float64")
    if layout == "extensions":
        return [f"{_national(x)} {rng.choice(EXTENSIONS).format(rng.randint(2, 999))}" for x in nums]
    if layout == "unspaced trunk":
        return [_bare(x) for x in nums]
    if layout == "operator dashed":
        out = []
        for x in nums:
            bare, nsn = _bare(x), phonenumbers.national_significant_number(x)
            cut = len(bare) - len(nsn) + _ndc(x)
            rest = bare[cut:]
            out.append(f"{bare[:cut]}-{rest[:3]} {rest[3:5]} {rest[5:]}".strip())
        return out
    return [f"{x.country_code}{phonenumbers.national_significant_number(x)}" for x in nums]


def lookalikes(rng: random.Random, reg: str, n: int, length: int) -> dict[str, list]:
    """Columns that are no personal data, digits shaped like phones and ids."""
    iso = ISO_NUMERIC.get(reg, "826")
    prefix = _digits(rng, 3)
    maker = str(rng.choice((900, 941, 956, 968, 977, 981, 985)))
    return {
        "ueln": [iso + rng.choice(("001", "002", "003", "004", "010")) + _digits(rng, 9) for _ in range(n)],
        "microchip": [rng.choice((iso, maker)) + _digits(rng, 12) for _ in range(n)],
        "order": [prefix + "".join(rng.choice("0123456789") for _ in range(length - 3)) for _ in range(n)],
        "referral": [_digits(rng, 11) for _ in range(n)],
        "amount": [f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}" for _ in range(n)],
    }


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str]] | None:
    """One member list of ``locale``: column -> values, and column -> what it is."""
    rng = random.Random(f"pi-{seed}-{locale}")
    reg = locale.split("_")[1]
    n = rng.randint(24, 40)
    faker = _faker(locale)
    faker.seed_instance(seed)
    layout = LAYOUTS[(seed + LOCALES.index(locale) if locale in LOCALES else seed) % len(LAYOUTS)]
    phones = phone_column(rng, reg, n, layout)
    if phones is None:
        return None
    mixed = _numbers(rng, reg, n, (MOBILE, FIXED), None)
    cols: dict[str, tuple[str, object]] = {
        "name": ("name", [faker.name() for _ in range(n)]),
        "email": ("email", [faker.email() for _ in range(n)]),
        "phone A": (f"phone {layout}", phones),
        "town": ("city", [faker.city() for _ in range(n)]),
    }
    if len(mixed) == n:
        cols["phone B"] = ("phone mixed national", [_national(x) for x in mixed])
    first = phones.iloc[0] if isinstance(phones, pd.Series) else phones[0]
    length = sum(c.isdigit() for c in str(first).split(".")[0].split(" x")[0].split(" #")[0].split(" e")[0])
    for key, values in lookalikes(rng, reg, n, max(7, min(length, 12))).items():
        cols[key] = (f"neg {key}", values)
    if (ids := national_ids(rng, locale, n)) is not None:
        cols["national id"] = ("national id", ids)
    keys = list(cols)
    rng.shuffle(keys)
    frame = {k: (v if isinstance(v, pd.Series) else pd.Series(v, dtype=object)) for k, (_, v) in cols.items()}
    return pd.DataFrame({k: frame[k] for k in keys}), {k: cols[k][0] for k in keys}


def run(locales: list[str], seeds: list[int]) -> dict:
    """Per (mode, class): [found, total]; and the misses and false columns."""
    params = ReplacePiiParameters()
    counts: dict = {m: {"phone": [0, 0], "national id": [0, 0], "false": [0, 0]} for m in ("hidden", "shown")}
    notes: list[str] = []
    for locale in locales:
        for seed in seeds:
            built = build_table(locale, seed)
            if built is None:
                continue
            df, labels = built
            for mode in ("hidden", "shown"):
                names = {k: (f"c{i:03d}" if mode == "hidden" else SHOWN[k]) for i, k in enumerate(df.columns)}
                table = df.rename(columns=names)
                plans = {p.column: p for p in plan_columns(table, infer_schema(table), params, seed=0)}
                for key, what in labels.items():
                    plan = plans.get(names[key])
                    got = plan.entity if plan else None
                    if what.startswith("phone"):
                        ok = got in PHONE
                        bucket = "phone"
                    elif what == "national id":
                        ok, bucket = got == "national_id", "national id"
                    elif what.startswith("neg "):
                        ok, bucket = got is None, "false"
                    else:
                        continue
                    counts[mode][bucket][0] += ok if bucket != "false" else not ok
                    counts[mode][bucket][1] += 1
                    if not ok:
                        notes.append(f"{mode} {locale} {seed} {what!r} -> {got}")
    return {"counts": counts, "notes": notes}


def with_table_phones() -> None:
    """Run the table pass of ``column_phone_country`` after ``table_passes.table_findings`` (as the wiring
    request asks), for a measurement before the lead has wired it."""
    from safe_synthesizer.pii import replace
    from safe_synthesizer.pii.column_phone_country import country_phone_detections

    original = replace.table_findings

    def patched(df, planned, detections, params, seed=0):
        found = original(df, planned, detections, params, seed)
        decided = {k: v for k, v in {**detections, **found}.items() if v is not None}
        rest = [c.name for c in planned if c.name not in decided]
        extra = country_phone_detections(df[rest], decided, entities=params.entities,
                                          sample_size=params.detection_sample_size, seed=seed)  # fmt: skip
        return {**found, **extra}

    replace.table_findings = patched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="36001,36002")
    parser.add_argument("--table-phones", action="store_true", help="patch in the column_phone_country pass")
    args = parser.parse_args()
    if args.table_phones:
        with_table_phones()
    start = time.process_time()
    out = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    for mode, buckets in out["counts"].items():
        parts = [f"{k} {a}/{b}" for k, (a, b) in buckets.items()]
        print(f"{mode}: " + ", ".join(parts) + " (false: look-alikes taken as anything)")
    kinds = Counter(n.split(" -> ")[0].split(" ", 3)[-1] for n in out["notes"])
    print("miss kinds:", dict(kinds))
    for note in out["notes"]:
        print(" ", note)
    print(f"cpu {time.process_time() - start:.1f} s")


if __name__ == "__main__":
    main()
