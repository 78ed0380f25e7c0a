"""Phone columns found from their values alone (names hidden), any locale: session 34 fuzzer of helper PH.

Why: on set 19 the phone columns written as bare digits were the largest class of hidden-name misses (21 of 86
locales). This fuzzer writes, per locale, phone columns of 20-40 rows the way exports write them (bare national
digits with and without the trunk 0, dialled without ``+``, ``00`` prefix, int64 columns that lost the leading
zero, ``.0`` floats, one area code, placeholders, odd spaces, one digit group) and negatives of the same digit
counts that are no phones (order numbers, timestamps, cents, EAN-13, account numbers, national ids, postcodes with
digits, counts). Every number is drawn here (own seeds 20101+, own templates) and checked with ``phonenumbers``.

``plan_columns`` runs with the names hidden (``c000``...). Recall: phone columns planned as phone_number
(or fax_number). False: negatives planned as a phone. With ``--replace`` the table is replaced too, and each found
phone column is checked: output values valid numbers of the locale's region (read as written), no original kept,
bare digits still bare digits.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_ph_columns.py [--locales de_DE,fr_FR] [--seed 20101] [--misses]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.validators import national_id_share

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHERS = [
    "pt_PT", "da_DK", "fr_CH", "cs_CZ", "el_GR", "de_CH", "sl_SI", "lv_LV", "es_CO", "de_LU", "is_IS", "mt_MT",
    "fr_DZ", "uz_UZ", "ga_IE", "el_CY", "en_AU", "en_CA", "en_IE", "pl_PL", "sv_SE", "nb_NO", "fi_FI", "hu_HU",
    "ro_RO", "pt_BR", "es_MX", "de_AT", "fr_BE", "nl_BE", "en_IN", "en_ZA", "tr_TR", "ja_JP",
]  # fmt: skip
LOCALES = FIRST7 + OTHERS
PHONE = ("phone_number", "fax_number")
MOBILE, FIXED = phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE
PLACEHOLDERS = ("", "n/a", "-", "unknown", "0", "none", "?", "keine", "")
# GS1 prefixes of the barcodes sold in a country (one per locale's region; 400 otherwise).
GS1 = {"US": "0", "GB": "50", "DE": "40", "FR": "30", "ES": "84", "IT": "80", "NL": "87", "DK": "57", "CH": "76",
       "PT": "560", "GR": "520", "PL": "590", "SE": "73", "NO": "70", "FI": "64", "AT": "90", "BE": "54"}  # fmt: skip


def region_of(locale: str) -> str:
    return locale.split("_")[1]


# --- phone numbers ----------------------------------------------------------------------------------------------


def draw_number(rng: random.Random, reg: str, kind: phonenumbers.PhoneNumberType, keep: int | None = None):
    """A valid ``reg`` number of ``kind`` (example number with a random tail), or None when the plan has none.
    ``keep``: leading national digits kept from the example (an area code), else all but the last 5-7."""
    example = phonenumbers.example_number_for_type(reg, kind)
    if example is None:
        return None
    nsn = phonenumbers.national_significant_number(example)
    for attempt in range(300):
        # A short kept head first (operators and areas vary in a real column), the example's longer one later.
        head = keep if keep is not None else (rng.randint(1, 2) if attempt < 200 else max(1, len(nsn) - 6))
        tail = "".join(rng.choice("0123456789") for _ in range(len(nsn) - head))
        num = phonenumbers.parse("+" + str(example.country_code) + nsn[:head] + tail)
        if phonenumbers.is_valid_number_for_region(num, reg) and phonenumbers.number_type(num) in (kind, 2):
            return num
    return None


def numbers(rng: random.Random, reg: str, n: int, kinds=(MOBILE, FIXED), keep: int | None = None) -> list:
    out = []
    for _ in range(n * 5):
        if len(out) >= n:
            break
        if (num := draw_number(rng, reg, rng.choice(kinds), keep)) is not None:
            out.append(num)
    return out


def national(num) -> str:
    return "".join(c for c in phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL) if c.isdigit())


def with_blanks(rng: random.Random, values: list, rate: float) -> list:
    return [rng.choice(PLACEHOLDERS) if rng.random() < rate else v for v in values]


def area_length(num) -> int:
    """Digits of the area/mobile prefix in the national number (at least 2)."""
    nsn = phonenumbers.national_significant_number(num)
    n = phonenumbers.length_of_national_destination_code(num) or phonenumbers.length_of_geographical_area_code(num)
    return max(2, min(n or 3, len(nsn) - 4))


def phone_columns(rng: random.Random, reg: str, n: int) -> dict[str, list]:
    """layout -> column values (object or numeric) of ``n`` rows."""
    cc = phonenumbers.country_code_for_region(reg)
    mixed = numbers(rng, reg, n)
    mobiles = numbers(rng, reg, n, (MOBILE,))
    cols: dict[str, list] = {
        "bare national": [national(x) for x in mixed],
        "bare mobiles": [national(x) for x in mobiles],
        "no trunk": [phonenumbers.national_significant_number(x) for x in numbers(rng, reg, n)],
        "dialled no plus": [f"{cc}{phonenumbers.national_significant_number(x)}" for x in numbers(rng, reg, n)],
        "00 prefix": [f"00{cc}{phonenumbers.national_significant_number(x)}" for x in numbers(rng, reg, n)],
        "blanks": with_blanks(rng, [national(x) for x in numbers(rng, reg, n)], rng.uniform(0.15, 0.4)),
    }
    ints = [int(national(x)) for x in numbers(rng, reg, n)]
    cols["int64"] = pd.Series(ints, dtype="int64")
    floats = [float(int(national(x))) if rng.random() > 0.2 else np.nan for x in numbers(rng, reg, n)]
    cols["float .0"] = pd.Series(floats, dtype="float64")
    fixed = phonenumbers.example_number_for_type(reg, FIXED)
    if fixed is not None:
        local = numbers(rng, reg, n, (FIXED,), keep=area_length(fixed))
        if len(local) >= n // 2:
            cols["one area"] = [national(x) for x in local]

    def odd_space(num) -> str:
        d = national(num)
        i = rng.randint(3, max(3, len(d) - 3))
        return d[:i] + " " + d[i:]

    cols["odd space"] = [odd_space(x) for x in numbers(rng, reg, n)]

    def one_group(num) -> str:
        d = national(num)
        i = area_length(num) + (len(d) - len(phonenumbers.national_significant_number(num)))
        return d[:i] + " " + d[i:]

    cols["one group"] = [one_group(x) for x in numbers(rng, reg, n)]
    return cols


# --- negatives of the same shape -------------------------------------------------------------------------------


def ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def national_ids(rng: random.Random, locale: str, n: int) -> list[str] | None:
    """Faker's national ids of ``locale`` (digits and separators only), or None."""
    try:
        faker = Faker(locale)
    except AttributeError:
        return None
    faker.seed_instance(rng.randint(0, 10**6))
    try:
        out = [faker.ssn() for _ in range(n)]
    except (AttributeError, NotImplementedError):
        return None
    if not all(sum(c.isdigit() for c in v) >= 7 and not any(c.isalpha() for c in v) for v in out):
        return None
    # Only ids of a scheme the project checks (Faker writes US-like SSNs for some locales).
    return out if national_id_share(out)[0] >= 0.9 else None


def negative_columns(rng: random.Random, locale: str, n: int, length: int) -> dict[str, list]:
    """layout -> values that are no phones, ``length`` digits like the region's numbers where it fits."""
    reg = region_of(locale)

    def digits(k: int) -> str:
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))

    start = int(digits(length))
    prefix = digits(4)
    cols: dict[str, list] = {
        "neg sequential": [str(start + i * rng.randint(1, 3)) for i in range(n)],
        "neg random ids": [digits(length) for _ in range(n)],
        "neg shared prefix": [prefix + digits(length - len(prefix)) for _ in range(n)],
        "neg epoch": [str(rng.randint(1_420_000_000, 1_730_000_000)) for _ in range(n)],
        "neg cents": [str(rng.randint(100, 9_999_999)) for _ in range(n)],
        "neg ean13": [ean13(rng, GS1.get(reg, "400")) for _ in range(n)],
        "neg account": ["".join(rng.choice("0123456789") for _ in range(length)).zfill(length) for _ in range(n)],
        "neg postcode+digits": [f"{rng.randint(10000, 99999)}{rng.randint(1000, 9999)}" for _ in range(n)],
        "neg counts": [str(rng.randint(0, 400)) for _ in range(n)],
    }
    cols["neg int ids"] = pd.Series([int(digits(length)) for _ in range(n)], dtype="int64")
    if (ids := national_ids(rng, locale, n)) is not None:
        cols["neg national id"] = ids
    return cols


# --- run --------------------------------------------------------------------------------------------------------


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str]]:
    rng = random.Random(f"{seed}-{locale}")
    reg = region_of(locale)
    n = rng.randint(20, 40)
    phones = phone_columns(rng, reg, n)
    length = max(len(v) for v in phones["bare mobiles"])
    cols = {**phones, **negative_columns(rng, locale, n, length)}
    frame, labels = {}, {}
    for i, (layout, values) in enumerate(cols.items()):
        name = f"c{i:03d}"
        series = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
        frame[name] = series.iloc[:n].reset_index(drop=True).reindex(range(n))
        labels[name] = layout
    return pd.DataFrame(frame), labels


def _valid_as_written(value, reg: str) -> bool:
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    for candidate in (text, "+" + text.lstrip("0") if text.startswith("00") else None, "+" + text, "0" + text):
        if candidate is None:
            continue
        try:
            num = phonenumbers.parse(candidate, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, reg):
            return True
    return False


def check_replaced(df: pd.DataFrame, out: pd.DataFrame, column: str, reg: str) -> tuple[int, int, int, int]:
    """(values, valid in ``reg``, originals kept, layout changed) of one replaced phone column."""
    before, after = df[column], out[column]
    real = [(b, a) for b, a in zip(before, after, strict=True) if pd.notna(b) and str(b).strip() not in PLACEHOLDERS]
    valid = sum(_valid_as_written(a, reg) for _, a in real)
    kept = sum(str(a) == str(b) for b, a in real)
    changed = sum(str(b).strip().replace(" ", "").isdigit() != str(a).strip().replace(" ", "").isdigit()
                  for b, a in real)  # fmt: skip
    return len(real), valid, kept, changed


def run(locales: list[str], seed: int, replace: bool) -> tuple[dict, dict, list[str]]:
    params = ReplacePiiParameters()
    recall: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    fakes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses: list[str] = []
    for locale in locales:
        df, labels = build_table(locale, seed)
        schema = infer_schema(df)
        plans = {p.column: p for p in plan_columns(df, schema, params, seed=0)}
        for column, layout in labels.items():
            plan = plans.get(column)
            entity = plan.entity if plan else None
            phone = entity in PHONE
            neg = layout.startswith("neg ")
            recall[locale][layout][0] += phone
            recall[locale][layout][1] += 1
            if neg == phone or (layout == "neg national id" and entity != "national_id"):
                misses.append(f"{locale} {layout!r} -> {entity} ({plan.locale if plan else ''})")
        if replace:
            out = replace_pii(df, schema, params, seed=1).data
            for column, layout in labels.items():
                if not layout.startswith("neg ") and column in plans and plans[column].entity in PHONE:
                    got = check_replaced(df, out, column, region_of(locale))
                    fakes[locale] = [a + b for a, b in zip(fakes[locale], got, strict=True)]
                    if got[1] < got[0] or got[2] or got[3]:
                        misses.append(f"{locale} {layout!r} fakes: {got} e.g. {out[column].iloc[0]!r}")
    return recall, fakes, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seed", type=int, default=20101)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--replace", action="store_true", help="also replace and check the fakes")
    args = parser.parse_args()
    t0 = time.time()
    recall, fakes, misses = run(args.locales.split(","), args.seed, args.replace)
    totals = [0, 0, 0, 0]
    by_layout: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    print(f"{'locale':8} {'phones found':>14} {'false phone cols':>18}  fakes valid/kept/layout")
    for locale, layouts in recall.items():
        pos = [v for k, v in layouts.items() if not k.startswith("neg ")]
        neg = [v for k, v in layouts.items() if k.startswith("neg ")]
        hit, n = sum(p[0] for p in pos), sum(p[1] for p in pos)
        fp, m = sum(p[0] for p in neg), sum(p[1] for p in neg)
        totals = [totals[0] + hit, totals[1] + n, totals[2] + fp, totals[3] + m]
        for k, v in layouts.items():
            by_layout[k][0] += v[0]
            by_layout[k][1] += v[1]
        f = fakes.get(locale)
        fk = f"{f[1]}/{f[0]} valid, {f[2]} kept, {f[3]} layout" if f else ""
        print(f"{locale:8} {hit:>6}/{n:<7} {fp:>9}/{m:<8}  {fk}")
    print()
    for k, (h, n) in by_layout.items():
        print(f"{k:24} {h:>3}/{n}")
    print(f"\nrecall {totals[0]}/{totals[1]} = {totals[0] / totals[1]:.3f}; "
          f"false phone columns {totals[2]}/{totals[3]}")  # fmt: skip
    if fakes:
        s = [sum(f[i] for f in fakes.values()) for i in range(4)]
        print(f"fakes: {s[1]}/{s[0]} valid in region, {s[2]} originals kept, {s[3]} layout changed")
    print(f"({time.time() - t0:.0f} s)")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
