"""Phone columns of many layouts in ~60 locales, and number look-alikes: session 35 fuzzer of helper PT.

Why: issue 11 asks that replaced phones be valid numbers of their locale (>= 99 %), and phone columns exported
the way spreadsheets write them (``33667637317`` dialled without ``+``, ``2014327344.0`` floats, ``7490243393``
that lost the trunk ``0``, ``01512 1975852`` split after the prefix) be found with their names hidden. This
fuzzer draws its own valid numbers with ``phonenumbers`` (own seeds 35001+, own layouts), writes each locale's
phone columns in nine layouts beside look-alike number columns of the same digit counts (Unix timestamps,
sequential ids, GTIN-13, amounts, order numbers of one prefix, random ids, ``.0`` float ids), hides every name
(``c000``...), plans and replaces the table and reports:

* recall: phone columns planned as phone_number (by layout);
* false: look-alike columns planned as phone_number (by kind);
Phone columns that lost a trunk ``0`` (or, where the plan has none, its national digits) come as text and as
float columns; a few cells of each column are empty.

* fake validity: of each original that is a valid number of the locale's region as the column writes it
  (read as written, with a ``.0`` taken off, with a lost trunk ``0`` or ``+`` put back), is its fake a valid
  number of the same region read the same way.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pt_phones.py [--locales de_DE,fr_FR] [--seed 35001] [--misses]
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
from faker.config import AVAILABLE_LOCALES
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

LOCALES = [
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
    "ar_AE", "ar_JO", "bs_BA", "or_IN", "fil_PH", "es_PE", "ms_MY", "kk_KZ",
    "pt_PT", "pt_BR", "da_DK", "sv_SE", "no_NO", "fi_FI", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "bg_BG",
    "el_GR", "tr_TR", "ru_RU", "uk_UA", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "de_AT", "de_CH", "fr_BE",
    "nl_BE", "ga_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_ZA", "es_MX", "es_AR", "es_CL", "es_CO", "ja_JP",
    "ko_KR", "zh_CN", "zh_TW", "th_TH", "vi_VN", "id_ID", "he_IL", "fa_IR", "ka_GE", "hy_AM", "az_AZ", "ne_NP",
]  # fmt: skip
LAYOUTS = (
    "national", "international", "dialled no plus", "spaced no plus", "bare national", "lost trunk text",
    "lost trunk float", "dot-zero text", "split after prefix",
)  # fmt: skip
NEGATIVES = ("epoch", "epoch float", "sequential ids", "gtin13", "amounts", "order numbers", "random ids", "float ids")


def region_of(locale: str) -> str:
    return locale.split("_")[1]


def draw(rng: random.Random, reg: str, kind: int) -> phonenumbers.PhoneNumber | None:
    """A valid ``reg`` number of ``kind``: the example number's first 1-3 digits, random digits after."""
    example = phonenumbers.example_number_for_type(reg, kind)
    if example is None:
        return None
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(400):
        head = rng.randint(1, min(3, len(nsn) - 4))
        cand = nsn[:head] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - head))
        num = phonenumbers.parse(f"+{example.country_code}{cand}")
        own = phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg
        if own and phonenumbers.number_type(num) in (kind, T.FIXED_LINE_OR_MOBILE):
            return num
    return None


def numbers(rng: random.Random, reg: str, n: int) -> list[phonenumbers.PhoneNumber]:
    """``n`` numbers of ``reg``, about three mobiles in four, the rest fixed lines."""
    out: list[phonenumbers.PhoneNumber] = []
    for _ in range(n * 3):
        if len(out) >= n:
            break
        num = draw(rng, reg, T.MOBILE if rng.random() < 0.75 else T.FIXED_LINE)
        if num is not None:
            out.append(num)
    return out


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def write(num: phonenumbers.PhoneNumber, layout: str) -> str | float | None:
    """``num`` as ``layout`` writes it; None where the layout does not apply (no trunk ``0`` to lose)."""
    national = phonenumbers.format_number(num, F.NATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    trunk = _digits(national)[: len(_digits(national)) - len(nsn)] if _digits(national).endswith(nsn) else ""
    if layout == "national":
        return national
    if layout == "international":
        return phonenumbers.format_number(num, F.INTERNATIONAL)
    if layout == "dialled no plus":
        return f"{num.country_code}{nsn}"
    if layout == "spaced no plus":
        return phonenumbers.format_number(num, F.INTERNATIONAL).lstrip("+")
    if layout == "bare national":
        return _digits(national)
    if layout in ("lost trunk text", "lost trunk float", "dot-zero text"):
        if trunk not in ("0", "") and layout != "dot-zero text":
            return None  # a trunk other than 0 (Russia's 8) is not lost by an integer column
        kept = _digits(national).lstrip("0")
        if layout == "lost trunk text":
            return kept
        return float(kept) if layout == "lost trunk float" else f"{kept}.0"
    if layout == "split after prefix":
        ndc = phonenumbers.length_of_national_destination_code(num)
        if not ndc or not trunk:
            return None
        return f"{trunk}{nsn[:ndc]} {nsn[ndc:]}"
    raise ValueError(layout)


def negative(rng: random.Random, kind: str, n: int, width: int) -> list:
    """``n`` look-alike values of ``kind`` with about ``width`` digits."""
    if kind in ("epoch", "epoch float"):
        start = rng.randint(1_300_000_000, 1_700_000_000)
        vals = [start + rng.randint(0, 90_000_000) for _ in range(n)]
        return [float(v) for v in vals] if kind == "epoch float" else [str(v) for v in vals]
    if kind == "sequential ids":
        v = rng.randint(10 ** (width - 1), 2 * 10 ** (width - 1))
        out = []
        for _ in range(n):
            v += rng.randint(1, 40)
            out.append(str(v))
        return out
    if kind == "gtin13":
        out = []
        for _ in range(n):
            body = [rng.randint(0, 9) for _ in range(12)]
            body[0] = rng.randint(1, 9)
            check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
            out.append("".join(map(str, body)) + str(check))
        return out
    if kind == "amounts":
        return [round(rng.uniform(10, 10**7), 2) for _ in range(n)]
    if kind == "order numbers":
        prefix = str(rng.randint(20, 99))
        return [prefix + "".join(rng.choice("0123456789") for _ in range(width - 2)) for _ in range(n)]
    if kind == "random ids":
        return [str(rng.randint(10 ** (width - 1), 10**width - 1)) for _ in range(n)]
    if kind == "float ids":
        return [float(rng.randint(10 ** (width - 1), 10**width - 1)) for _ in range(n)]
    raise ValueError(kind)


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str]]:
    rng = random.Random(f"{seed}-{locale}")
    reg = region_of(locale)
    n = 24 if seed % 2 else 40
    cols: dict[str, list] = {}
    for layout in LAYOUTS:
        values = [write(num, layout) for num in numbers(rng, reg, n)]
        if len(values) >= n and all(v is not None for v in values):
            cols[layout] = values
    width = len(_digits(str(next(iter(cols.values()))[0]))) if cols else 10
    for kind in NEGATIVES:
        cols[f"neg {kind}"] = negative(rng, kind, n, width)
    if locale in AVAILABLE_LOCALES:
        # Context the table's locale is told by, as in a real export (not scored).
        fake = Faker(locale)
        fake.seed_instance(seed)
        cols["ctx name"] = [fake.name() for _ in range(n)]
        cols["ctx city"] = [fake.city() for _ in range(n)]
    frame, labels = {}, {}
    order = list(cols)
    rng.shuffle(order)
    for i, layout in enumerate(order):
        values = list(cols[layout])
        dtype = float if isinstance(values[0], float) else object
        for j in rng.sample(range(n), rng.randint(0, 3)):  # a few cells left empty, as exports do
            values[j] = None
        frame[f"c{i:03d}"] = pd.Series(values, dtype=dtype)
        labels[f"c{i:03d}"] = layout
    return pd.DataFrame(frame), labels


def reading(value, reg: str) -> str | None:
    """How the column's value reads as a valid ``reg`` number: ``"asis"``, ``"dot"`` (``.0`` off), ``"zero"``
    (trunk 0 back), ``"plus"`` (``+`` back), or None when it is no valid number of ``reg`` in any reading."""
    for how in ("asis", "dot", "zero", "plus"):
        if _valid(read_as(value, how), reg):
            return how
    return None


def read_as(value, how: str) -> str:
    text = str(value).strip()
    if how in ("dot", "zero") and text.endswith(".0"):
        text = text[:-2]
    if how == "zero":
        text = "0" + text
    if how == "plus":
        text = "+" + text
    return text


def _valid(text: str, reg: str) -> bool:
    try:
        num = phonenumbers.parse(text, reg)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg


def run(locales: list[str], seeds: list[int], replace: bool):
    params = ReplacePiiParameters()
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    valid: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    misses: list[str] = []
    for seed in seeds:
        for locale in locales:
            reg = region_of(locale)
            df, labels = build_table(locale, seed)
            schema = infer_schema(df)
            plans = {p.column: p for p in plan_columns(df, schema, params, seed=0)}
            out = replace_pii(df, schema, params, seed=1).data if replace else None
            for column, layout in labels.items():
                if layout.startswith("ctx "):
                    continue
                plan = plans.get(column)
                entity = plan.entity if plan else None
                phone = entity in ("phone_number", "fax_number")
                found[layout][0] += phone
                found[layout][1] += 1
                neg = layout.startswith("neg ")
                row = by_locale[locale]
                row[2 if neg else 0] += phone
                row[3 if neg else 1] += 1
                if neg == phone:
                    misses.append(f"{seed} {locale} {layout!r} -> {entity} e.g. {df[column].iloc[0]!r}")
                if out is None or neg:
                    continue
                bad = []
                for b, a in zip(df[column], out[column], strict=True):
                    if pd.isna(b) or (how := reading(b, reg)) is None:
                        continue
                    ok = _valid(read_as(a, how), reg)
                    valid[layout][0] += ok
                    valid[layout][1] += 1
                    row[4] += ok
                    row[5] += 1
                    if not ok:
                        bad.append(f"{b!r}->{a!r}")
                if bad:
                    misses.append(f"{seed} {locale} {layout!r} ({entity}) invalid fakes {len(bad)}: {bad[:3]}")
    return found, valid, by_locale, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="35001,35002")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-replace", action="store_true")
    args = parser.parse_args()
    t0 = time.time()
    seeds = [int(s) for s in args.seeds.split(",")]
    found, valid, by_locale, misses = run(args.locales.split(","), seeds, not args.no_replace)
    print(f"{'locale':8} {'phone cols found':>17} {'false cols':>11} {'fakes valid':>13}")
    for locale, r in by_locale.items():
        print(f"{locale:8} {r[0]:>8}/{r[1]:<8} {r[2]:>5}/{r[3]:<5} {r[4]:>6}/{r[5]:<6}")
    print(f"\n{'layout':22} {'found':>9} {'fakes valid':>13}")
    for layout, (h, n) in found.items():
        v = valid.get(layout, [0, 0])
        print(f"{layout:22} {h:>4}/{n:<4} {v[0]:>6}/{v[1]:<6}")
    pos = [v for k, v in found.items() if not k.startswith("neg ")]
    neg = [v for k, v in found.items() if k.startswith("neg ")]
    hit, n = sum(p[0] for p in pos), sum(p[1] for p in pos)
    fp, m = sum(p[0] for p in neg), sum(p[1] for p in neg)
    vh, vn = sum(v[0] for v in valid.values()), sum(v[1] for v in valid.values())
    print(f"\nrecall {hit}/{n} = {hit / max(n, 1):.3f}; false phone columns {fp}/{m}; "
          f"fakes valid {vh}/{vn} = {vh / max(vn, 1):.3f}  ({time.time() - t0:.0f} s)")  # fmt: skip
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
