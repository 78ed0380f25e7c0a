"""Helper PI's development tables (session 37): phone columns of ~40 countries, in their own layouts.

Own templates and seeds (37100+); no held-out set's. Each table: a person's name, an e-mail, a phone
column in one layout (national groups, bare digits, dashes, ``+CC``, ``00CC``, an integer or ``.0`` float
that lost its trunk 0), its name shown (``telefono``-like) or hidden (``c002``), and a look-alike order
number column. Measures: phone column found (shown / hidden), false phone columns, phone fakes valid in
the original's country (of the originals valid there), layout kept.

Usage: ``PYTHONPATH=<src> .venv/bin/python benchmarks/dev_pi_phones.py [--seeds 3]``
"""

from __future__ import annotations

import argparse
import random
import re

import pandas as pd
import phonenumbers
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

# region -> locale of the names written beside its numbers (a language's locale where Faker has none of the country)
REGIONS = {
    "EC": "es_ES", "CR": "es_ES", "DO": "es_MX", "GT": "es_MX", "PA": "es_ES", "BO": "es_ES", "PY": "es_ES",
    "UY": "es_ES", "PE": "es_ES", "MZ": "pt_PT", "AO": "pt_PT", "CV": "pt_PT", "SN": "fr_FR", "CI": "fr_FR",
    "CM": "fr_FR", "TN": "fr_FR", "MA": "fr_FR", "BH": "ar_SA", "KW": "ar_SA", "QA": "ar_SA", "OM": "ar_SA",
    "JO": "ar_JO", "FI": "sv_SE", "JM": "en_US", "TT": "en_US", "KZ": "ru_RU", "BY": "ru_RU", "KE": "en_US",
    "GH": "en_US", "PL": "pl_PL", "DK": "da_DK", "MT": "en_GB", "NO": "no_NO", "CZ": "cs_CZ", "PT": "pt_PT",
    "BE": "nl_BE", "CH": "de_CH", "AT": "de_AT", "IE": "en_IE", "GR": "el_GR", "HU": "hu_HU", "RO": "ro_RO",
}  # fmt: skip
LAYOUTS = ("national", "bare", "dashed", "plus", "double_zero", "float", "int")
SHOWN = ("Telefone contacto", "tel_movil", "phone", "Contact no.")
_MOBILE, _FIXED = phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE


def valid(value: str, region: str) -> bool:
    """``value`` is a valid number whose own region is ``region``."""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _number(region: str, rng: random.Random) -> phonenumbers.PhoneNumber:
    kind = _MOBILE if rng.random() < 0.7 else _FIXED
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(500):
        keep = rng.choice((2, 3))
        digits = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        parsed = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            return parsed
    return example


def _write(parsed: phonenumbers.PhoneNumber, layout: str):
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(parsed)
    if layout == "national":
        return national
    if layout == "bare":
        return re.sub(r"\D", "", national)
    if layout == "dashed":
        return re.sub(r"[ ]+", "-", re.sub(r"[()]", "", national)).strip("-")
    if layout == "plus":
        return intl
    if layout == "double_zero":
        return "00" + intl[1:]
    if layout == "float":
        return float(nsn)
    return int(nsn)


def build(region: str, seed: int) -> tuple[pd.DataFrame, str, str, bool]:
    """(table, phone column, layout, hidden) of one region and seed."""
    rng = random.Random(seed * 1000 + sum(map(ord, region)))
    fake = Faker(REGIONS[region])
    fake.seed_instance(seed)
    layout = LAYOUTS[(seed + len(region) + ord(region[0])) % len(LAYOUTS)]
    hidden = (seed + ord(region[1])) % 2 == 0
    n = 40
    rows = {
        "c000" if hidden else "Name": [fake.name() for _ in range(n)],
        "c001" if hidden else "E-mail": [fake.email() for _ in range(n)],
        "c003" if hidden else "Order no.": [f"{rng.randint(10**7, 10**8 - 1)}" for _ in range(n)],
    }
    phone = "c002" if hidden else SHOWN[seed % len(SHOWN)]
    rows[phone] = [_write(_number(region, rng), layout) for _ in range(n)]
    return pd.DataFrame(rows), phone, layout, hidden


def _digits_layout(value: str) -> str:
    return re.sub(r"\d", "9", value)


def run(seeds: int) -> dict:
    stats = {"shown": [0, 0], "hidden": [0, 0], "false": 0, "valid": [0, 0], "layout": [0, 0]}
    per_region: dict[str, list[int]] = {}
    for region in REGIONS:
        for seed in range(37100, 37100 + seeds):
            df, phone, layout, hidden = build(region, seed)
            result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
            found = {c.column: c.entity for c in result.report.columns}
            key = "hidden" if hidden else "shown"
            stats[key][1] += 1
            stats[key][0] += found.get(phone) == "phone_number"
            stats["false"] += sum(1 for c, e in found.items() if e == "phone_number" and c != phone)
            bad = [0, 0]
            for before, after in zip(df[phone], result.data[phone], strict=True):
                b, a = str(before), str(after)
                if layout in ("float", "int"):  # the number lost its trunk 0: read as the country writes it bare
                    b, a = re.sub(r"\.0$", "", b), re.sub(r"\.0$", "", a)
                if not valid(b, region) or b == a:
                    continue
                stats["valid"][1] += 1
                ok = valid(a, region)
                stats["valid"][0] += ok
                bad[1] += 1
                bad[0] += ok
                stats["layout"][1] += 1
                stats["layout"][0] += _digits_layout(a) == _digits_layout(b)
            per_region.setdefault(region, [0, 0])
            per_region[region][0] += bad[0]
            per_region[region][1] += bad[1]
            if bad[1] and bad[0] < bad[1]:
                print(f"  {region} {seed} {layout} {'hidden' if hidden else 'shown'}: {bad[0]}/{bad[1]} valid")
            if found.get(phone) != "phone_number":
                print(f"  {region} {seed} {layout} {key}: phone column missed ({found.get(phone)})")
    return {"stats": stats, "per_region": per_region}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2)
    args = parser.parse_args()
    out = run(args.seeds)
    s = out["stats"]
    print(f"phone col recall shown {s['shown'][0]}/{s['shown'][1]}, hidden {s['hidden'][0]}/{s['hidden'][1]}; "
          f"false phone columns {s['false']}")  # fmt: skip
    print(f"fakes valid {s['valid'][0]}/{s['valid'][1]} = {s['valid'][0] / max(s['valid'][1], 1):.3f}; "
          f"layout kept {s['layout'][0]}/{s['layout'][1]}")  # fmt: skip


if __name__ == "__main__":
    main()
