"""PII columns beyond Latin-script Europe: detection per locale (names shown/hidden) and fake validity.

Tables from :mod:`pii_script_tables` (13 locales: ja_JP with kanji and katakana names, zh_CN,
zh_TW, ko_KR, en_IN, ru_RU, uk_UA, ar_SA, th_TH, pt_BR, es_MX, en_CA, fr_CA; seeds 9651-9653;
category columns in the same script as negatives). Each table is planned twice: with its own
column names, and with every column renamed ``c000``... so only values decide. With names hidden,
dates of birth and postcodes written as bare digits are "don't care" (any date or 5-digit number
column could be one).

Fakes (``replace_pii`` on the names-shown tables, every PII column): the share of fake phones
that are valid numbers of the table's country (``phonenumbers``), postcodes in the country's
layout, names written in the input's script (katakana stays katakana), towns/regions of the
table's locale where a list exists (a value left unchanged counts as invalid), and the share of
cells left equal to their original.

Run: ``.venv/bin/python benchmarks/bench_pii_scripts.py [--out NAME] [--locales ja_JP,en_IN]``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd
import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_script_tables import LOCALES, REGION, SEEDS, script_of, script_table
from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
_BARE = re.compile(r"^\d{3,6}$")
_POSTCODE = {
    "ja_JP": r"〒?\d{3}-\d{4}", "zh_CN": r"\d{6}", "zh_TW": r"\d{3}(\d{2})?", "ko_KR": r"\d{5}", "en_IN": r"[1-9]\d{5}",
    "ru_RU": r"\d{6}", "uk_UA": r"\d{5}", "th_TH": r"\d{5}", "pt_BR": r"\d{5}-\d{3}", "es_MX": r"\d{5}",
    "en_CA": r"[A-Z]\d[A-Z] ?\d[A-Z]\d", "fr_CA": r"[A-Z]\d[A-Z] ?\d[A-Z]\d",
}  # fmt: skip


def _dont_care(df: pd.DataFrame, column: str, label: tuple[str, ...]) -> bool:
    if label[0] == "date_of_birth":
        return True
    if label[0] == "postcode":
        return bool(df[column].astype(str).str.match(_BARE).mean() > 0.5)
    return False


def score_detection(params: ReplacePiiParameters, locales: tuple[str, ...], hidden: bool) -> dict:
    """Recall and precision per locale over the seeds; misses and false columns listed."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # hit, positive, correct, found
    locale_ok: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed, false = [], []
    seconds = 0.0
    for locale in locales:
        for seed in SEEDS:
            df, labels, _ = script_table(locale, seed)
            if hidden:
                rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
            t0 = time.process_time()
            plans = plan_columns(df, infer_schema(df), params, seed=0)
            seconds += time.process_time() - t0
            found = {p.column: (p.entity, p.locale) for p in plans if p.entity != "free_text"}
            for column, label in labels.items():
                care = label is not None and not (hidden and _dont_care(df, column, label))
                got = found.get(column, (None, None))
                if care:
                    per[locale][1] += 1
                    ok = got[0] in label
                    per[locale][0] += ok
                    if not ok:
                        missed.append(f"{locale}/{seed}/{column}:{label[0]}->{got[0]}")
                    elif label[0] not in ("date_of_birth", "email", "national_id"):
                        locale_ok[locale][0] += got[1] == locale or (got[1] or "")[:2] == locale[:2] == "ar"
                        locale_ok[locale][1] += 1
                if column in found and (care or label is None):
                    per[locale][3] += 1
                    per[locale][2] += bool(label) and got[0] in label
                    if not label:
                        false.append(f"{locale}/{seed}/{column}->{got[0]}")
    tot = [sum(v[i] for v in per.values()) for i in range(4)]
    return {
        "recall": round(tot[0] / max(1, tot[1]), 4),
        "precision": round(tot[2] / max(1, tot[3]), 4),
        "n_positive": tot[1],
        "recall_by_locale": {loc: round(per[loc][0] / max(1, per[loc][1]), 3) for loc in locales},
        "precision_by_locale": {loc: round(per[loc][2] / max(1, per[loc][3]), 3) for loc in locales},
        "locale_right": {loc: round(v[0] / max(1, v[1]), 3) for loc, v in locale_ok.items()},
        "missed": missed,
        "false_positives": false,
        "plan_cpu_seconds": round(seconds, 2),
    }


def _valid_phone(value: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(number, region)


def score_fakes(params: ReplacePiiParameters, locales: tuple[str, ...]) -> dict:
    """Fake validity per locale (names shown, seed 9651 and 9652)."""
    out: dict[str, dict] = {}
    for locale in locales:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        examples: dict[str, str] = {}
        for seed in SEEDS[:2]:
            df, labels, scripts = script_table(locale, seed)
            result = replace_pii(df, infer_schema(df), params, seed=seed)
            new = result.data
            for column, label in labels.items():
                if not label or label[0] == "date_of_birth":
                    continue
                before, after = df[column].astype(str), new[column].astype(str)
                counts["kept_original"][0] += int((before.str.lower() == after.str.lower()).sum())
                counts["kept_original"][1] += len(before)
                kind = label[0]
                if kind == "phone_number":
                    ok = after.map(lambda v, r=REGION[locale]: _valid_phone(v, r))
                elif kind == "postcode" and locale in _POSTCODE:
                    ok = after.str.fullmatch(_POSTCODE[locale])
                elif column in scripts:
                    ok = after.map(lambda v, s=scripts[column]: script_of(v, s))
                    kind = f"name_script_{scripts[column]}"
                elif kind == "state" or (kind == "city" and locale not in _NO_TOWN_LIST):
                    if locale not in _PLACES:
                        continue
                    allowed = _PLACES[locale](kind)
                    ok = after.map(lambda v, a=allowed: a(v))
                else:
                    continue
                # A value left as it was is no valid fake, whatever its shape.
                ok = ok.astype(bool) & (before.str.lower() != after.str.lower())
                counts[kind][0] += int(ok.sum())
                counts[kind][1] += len(ok)
                bad = after[~ok.astype(bool)]
                if len(bad) and kind not in examples:
                    examples[kind] = f"{before[~ok.astype(bool)].iloc[0]} -> {bad.iloc[0]}"
        out[locale] = {
            "valid": {k: round(v[0] / max(1, v[1]), 4) for k, v in counts.items() if k != "kept_original"},
            "kept_original": round(counts["kept_original"][0] / max(1, counts["kept_original"][1]), 4),
            "invalid_examples": examples,
        }
    return out


def _place_check(locale: str, script: str | None):
    import importlib

    try:
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    except ImportError:  # ar_SA has no address provider of its own
        provider = None
    cities = {str(c) for c in getattr(provider, "cities", ()) or ()}
    units = set()
    for attribute in ("states", "estados", "provinces", "administrative_units", "prefectures", "states_abbr",
                      "provinces_abbr",
                      "metropolitan_cities", "provinces_abbr"):  # fmt: skip
        for value in getattr(provider, attribute, ()) or ():
            units.update(value if isinstance(value, tuple) else (value,))

    def check(kind: str):
        listed = cities if kind == "city" else units
        if script:
            return lambda v: script_of(v, script) or v in listed
        return lambda v: v in listed

    return check


_PLACES = {
    "en_IN": _place_check("en_IN", None),
    "ja_JP": _place_check("ja_JP", "japanese"),
    "zh_CN": _place_check("zh_CN", "han"),
    "zh_TW": _place_check("zh_TW", "han"),
    "ko_KR": _place_check("ko_KR", "hangul"),
    "ru_RU": _place_check("ru_RU", "cyrillic"),
    "uk_UA": _place_check("uk_UA", "cyrillic"),
    "ar_SA": _place_check("ar_SA", "arabic"),
    "th_TH": _place_check("th_TH", "thai"),
    # Faker writes pt_BR and es_MX towns from templates (no list): their states are checked.
    "pt_BR": _place_check("pt_BR", None),
    "es_MX": _place_check("es_MX", None),
}
_NO_TOWN_LIST = frozenset({"pt_BR", "es_MX"})


def markdown(r: dict) -> str:
    s, h = r["names_shown"], r["names_hidden"]
    lines = [
        "# PII columns beyond Latin-script Europe (bench_pii_scripts)",
        "",
        f"Seeds {list(SEEDS)}; {s['n_positive']} PII columns shown, {h['n_positive']} hidden (hidden: dates of "
        "birth and bare-digit postcodes don't care). Load average at start: "
        f"{r['load']}; CPU s of planning: shown {s['plan_cpu_seconds']}, hidden {h['plan_cpu_seconds']}.",
        "",
        "| locale | recall shown | precision shown | recall hidden | precision hidden | locale right | "
        "fake validity | cells kept |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for loc in r["locales"]:
        f = r["fakes"].get(loc, {})
        valid = ", ".join(f"{k} {v:.2f}" for k, v in f.get("valid", {}).items())
        lines.append(
            f"| {loc} | {s['recall_by_locale'][loc]:.3f} | {s['precision_by_locale'][loc]:.3f} | "
            f"{h['recall_by_locale'][loc]:.3f} | {h['precision_by_locale'][loc]:.3f} | "
            f"{s['locale_right'].get(loc, 0):.2f} | {valid} | {f.get('kept_original', 0):.3f} |"
        )
    lines += [
        f"| **all** | **{s['recall']:.3f}** | **{s['precision']:.3f}** | **{h['recall']:.3f}** | "
        f"**{h['precision']:.3f}** | | | |",
        "",
        f"Missed (shown): {s['missed'] or 'none'}",
        "",
        f"False columns (shown): {s['false_positives'] or 'none'}",
        "",
        f"Missed (hidden): {h['missed'] or 'none'}",
        "",
        f"False columns (hidden): {h['false_positives'] or 'none'}",
        "",
        "Invalid fake examples (original -> fake):",
        "",
    ]
    for loc in r["locales"]:
        for kind, example in r["fakes"].get(loc, {}).get("invalid_examples", {}).items():
            lines.append(f"- {loc} {kind}: `{example}`")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_scripts")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--no-fakes", action="store_true")
    args = parser.parse_args()
    locales = tuple(args.locales.split(","))
    params = ReplacePiiParameters(entities=list(KNOWN_ENTITIES))
    load = os.getloadavg()[0]
    t0 = time.process_time()
    results = {
        "locales": list(locales),
        "load": round(load, 2),
        "names_shown": score_detection(params, locales, hidden=False),
        "names_hidden": score_detection(params, locales, hidden=True),
        "fakes": {} if args.no_fakes else score_fakes(ReplacePiiParameters(), locales),
        "targets": {"recall": 0.99, "precision": 0.97, "fake_validity": 0.99},
    }
    results["cpu_seconds"] = round(time.process_time() - t0, 1)
    RESULTS.mkdir(parents=True, exist_ok=True)
    atomic_write_json(RESULTS / f"{args.out}.json", results)
    atomic_write_text(RESULTS / f"{args.out}.md", markdown(results))
    print(markdown(results))
    print(f"cpu {results['cpu_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
