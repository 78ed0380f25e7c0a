"""Helper LC's dev check: phone fakes of regions that share a calling code with another, through the whole pipeline.

Why: set 31's Isle of Man phones (``01624 ...``, ``0044 1624 ...``: +44, shared with GB, JE, GG) were faked as
numbers of no country the original was (0.45 valid). Every region that shares its calling code (+1 NANP islands,
+7 KZ, +262/+590 French overseas, +47 SJ, +61 CX/CC, +358 AX, +599 BQ, +212 EH...) may go the same way. This
script writes, per such region, a table of its own valid numbers (mobiles and landlines, drawn with its own seed,
not set 31's) in one to three layouts (national, international, E.164, ``00``), runs ``replace_pii`` with the
default config, and counts the fakes valid in the original's own region (set 31's test).

Usage::

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_shared_codes.py [--regions IM,JE] [--rows 40]
"""

from __future__ import annotations

import argparse
import random

import pandas as pd
import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

SHARED = tuple(r for regions in COUNTRY_CODE_TO_REGION_CODE.values() if len(regions) > 1 for r in regions)
LAYOUTS = ("national", "dashed", "international", "e164", "00")
FIRST = ("Ana", "Ben", "Chloé", "David", "Ema", "Farid", "Grace", "Hugo", "Iris", "Jon", "Kemal", "Lena")
LAST = ("Quill", "Marsh", "Okafor", "Dubois", "Ivanova", "Berg", "Lindqvist", "Moreau", "Carter", "Tan", "Silva")


def valid_numbers(region: str, n: int, rng: random.Random) -> list[phonenumbers.PhoneNumber]:
    """``n`` valid mobile or fixed numbers whose own region is ``region``: an example's leading digits, the rest
    redrawn (the examples' prefixes only: a small plan's numbers sit in a few ranges)."""
    seeds = [e for t in (T.MOBILE, T.FIXED_LINE) if (e := phonenumbers.example_number_for_type(region, t))]
    out: list[phonenumbers.PhoneNumber] = []
    for _ in range(n * 400):
        if len(out) >= n or not seeds:
            break
        nsn = phonenumbers.national_significant_number(rng.choice(seeds))
        keep = rng.randint(max(1, len(nsn) - 6), len(nsn) - 2)
        cand = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            out.append(num)
    return out


def write(num: phonenumbers.PhoneNumber, layout: str) -> str:
    if layout == "national":
        return phonenumbers.format_number(num, F.NATIONAL)
    if layout == "dashed":
        national = phonenumbers.format_number(num, F.NATIONAL)
        return "-".join(national.replace("(", "").replace(")", "").split())
    if layout == "international":
        return phonenumbers.format_number(num, F.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, F.E164)
    return e164 if layout == "e164" else "00" + e164[1:]


def _valid(value: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def table(region: str, seed: int, rows: int) -> pd.DataFrame:
    rng = random.Random(f"lc/{region}/{seed}")
    layouts = rng.sample(LAYOUTS, rng.randint(1, 3))
    nums = valid_numbers(region, rows, rng)
    return pd.DataFrame(
        {
            "Name": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in nums],
            "Phone": [write(n, rng.choice(layouts)) for n in nums],
            "Visits": [str(rng.randint(1, 9)) for _ in nums],
        }
    )


def measure(region: str, seeds: range, rows: int, show: int = 0) -> tuple[int, int]:
    ok = total = 0
    for seed in seeds:
        df = table(region, seed, rows)
        if df.empty:
            continue
        out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
        for b, a in zip(df["Phone"], out["Phone"], strict=True):
            if _valid(b, region):
                good = _valid(a, region)
                ok += good
                total += 1
                if not good and show > 0:
                    show -= 1
                    print(f"    {region} {b!r} -> {a!r}")
    return ok, total


def patch_wiring() -> None:
    """What wiring requests LC-1 and LC-2 ask (``phones.fake_phones``, ``text_detector``), for measuring before."""
    import safe_synthesizer.pii.phones as P
    from safe_synthesizer.pii.fake_phone_own_region import own_region_fakes

    if getattr(P.fake_phones, "lc_patched", False) or "own_region_fakes" in vars(P):
        return
    original = P.fake_phones

    def fake_phones(values, rng, *, region="US", elsewhere=False):
        return own_region_fakes(values, original(values, rng, region=region, elsewhere=elsewhere), rng, region)

    fake_phones.lc_patched = True
    P.fake_phones = fake_phones

    import safe_synthesizer.pii.text_detector as T
    from safe_synthesizer.pii.text_street_central_asian import central_asian_street_spans

    if "central_asian_street_spans" not in vars(T):
        cyrillic = T.cyrillic_street_spans
        T.cyrillic_street_spans = lambda text: cyrillic(text) + central_asian_street_spans(text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--regions", default=",".join(SHARED))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--patch", action="store_true", help="apply the pending wiring (fake_phone_own_region)")
    args = ap.parse_args()
    if args.patch:
        patch_wiring()
    bad = []
    for region in args.regions.split(","):
        ok, total = measure(region, range(args.seeds), args.rows, args.show)
        rate = ok / total if total else None
        print(f"{region}: {ok}/{total} {rate if rate is None else round(rate, 3)}", flush=True)
        if rate is not None and rate < 0.99:
            bad.append((region, round(rate, 3)))
    print("below 0.99:", bad)


if __name__ == "__main__":
    main()
