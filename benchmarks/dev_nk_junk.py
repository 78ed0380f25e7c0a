"""Junk fuzzer of the replace side: messy entity columns in, a scan of what was written out (helper NK, s34).

Why: "exit code 0 with junk inside is the worst defect". A replaced table must keep every not-known cell
(``n/a``, ``unbekannt``, ``-``) as written, keep blank and NaN cells, keep each cell's export wrapping
(``'``, ``Tel:``, ``mailto:``, ``IBAN``), its letter case and the column's dtype, leave no original value
of a replaced column anywhere in the output, and write no broken fake (letters in a phone, an e-mail
without ``@``, a postcode of another layout, letters in a date).

This script builds its own tables (its own templates, placeholder words and seeds 20401+; nothing from the
held-out builders): per locale one table of person, contact, place, id and birth-date columns, with
placeholders in the locale's words, blank and punctuation cells, wrapped cells, upper/lower-case columns and
int/float phone columns. Each table runs through ``replace_pii`` (and, with ``--cli``, one table through
``safe-synthesizer pii``); the scan counts junk per kind and column entity. The ground truth of which cell is
a placeholder comes from the generator, not from the product's rules.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_nk_junk.py [--locales a,b] [--rows 120] [--cli]
[--out /tmp/x.json] [-v]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.fake_pools import MISSING_WORDS
from safe_synthesizer.pii.replace import replace_pii

_SRC = Path(__file__).resolve().parent.parent / "src"  # the CLI run uses the same source as the rest

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHERS = ["en_AU", "en_CA", "en_IE", "de_AT", "de_CH", "fr_BE", "pt_PT", "pt_BR", "pl_PL", "sv_SE", "da_DK",
          "fi_FI", "cs_CZ", "tr_TR", "ko_KR", "hu_HU", "ro_RO"]  # fmt: skip
LOCALES = FIRST7 + OTHERS

# Placeholder words per language (own list: some are in the product's lists, some are not).
_COMMON = ["n/a", "N/A", "-", "?", "none", "unknown", "", "--", "n.a.", "NA"]
_LOCAL = {
    "en": ["withheld", "not known", "unknown", "TBC", "not given"],
    "de": ["k.A.", "unbekannt", "keine Angabe", "k. A."],
    "fr": ["inconnu", "non renseigné", "NC", "inconnue"],
    "es": ["desconocido", "sin datos", "s/d", "no consta"],
    "it": ["sconosciuto", "n.d.", "non disponibile"],
    "nl": ["onbekend", "n.v.t.", "geen"],
    "pt": ["desconhecido", "não informado", "s/n"],
    "pl": ["nieznany", "brak", "b.d."],
    "sv": ["okänd", "saknas", "uppgift saknas"],
    "da": ["ukendt", "ikke oplyst"],
    "fi": ["tuntematon", "ei tiedossa"],
    "cs": ["neznámý", "neuvedeno"],
    "tr": ["bilinmiyor", "yok"],
    "ko": ["미상", "없음", "알수없음"],
    "hu": ["ismeretlen", "nincs"],
    "ro": ["necunoscut", "nespecificat"],
}
_BLANKS = ["", "   ", "-", "--", "?", "...", "*", "/"]
_MIXED = ["n/a (moved)", "unknown - left", "n/a (deceased)"]

# Column kinds: (entity the scan checks, generator name).
KINDS = ["name", "first_name", "last_name", "name_upper", "email", "email_mailto", "phone", "phone_label",
         "phone_excel", "phone_int", "phone_float", "street", "city", "postcode", "iban", "card", "ssn", "dob",
         "dob_iso", "email_upper", "iban_label", "card_label", "ssn_label", "ssn_excel"]  # fmt: skip
_HEADERS = {
    "name": "customer_name", "first_name": "first_name", "last_name": "last_name", "name_upper": "contact_person",
    "email": "email", "email_mailto": "email_link", "phone": "phone", "phone_label": "phone_home",
    "phone_excel": "mobile", "phone_int": "phone_digits", "phone_float": "fax_number", "street": "street_address",
    "city": "city", "postcode": "postcode", "iban": "iban", "card": "card_number", "ssn": "ssn",
    "dob": "date_of_birth", "dob_iso": "birth_date", "email_upper": "email_address", "iban_label": "bank_account",
    "card_label": "payment_card", "ssn_label": "social_security", "ssn_excel": "ssn_text",
}  # fmt: skip
_IBAN_COUNTRY = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "sv": "SE",
                 "da": "DK", "fi": "FI", "cs": "CZ", "tr": "TR", "hu": "HU", "ro": "RO", "en": "GB"}  # fmt: skip
_LABEL = {"en": "Tel:", "de": "Tel.:", "fr": "Tél :", "es": "Tel:", "it": "Tel.", "nl": "Tel:", "pt": "Tel:"}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card(rng: random.Random) -> str:
    body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = next(str(c) for c in range(10) if _luhn_ok(body + str(c)))
    d = body + check
    return " ".join(d[i : i + 4] for i in range(0, 16, 4))


def _iban(fake: Faker, country: str) -> str:
    try:
        return fake.iban()
    except AttributeError:  # pragma: no cover - every locale here has one
        return country + "00"


def _value(kind: str, fake: Faker, rng: random.Random, lang: str, locale: str):
    """One real value of a column kind (with its wrapping)."""
    if kind == "name":
        return fake.name()
    if kind == "first_name":
        return fake.first_name()
    if kind == "last_name":
        return fake.last_name()
    if kind == "name_upper":
        return fake.name().upper()
    if kind == "email":
        return fake.email()
    if kind == "email_upper":
        return fake.email().upper()
    if kind == "iban_label":
        return "IBAN " + _iban(fake, _IBAN_COUNTRY.get(lang, "DE"))
    if kind == "card_label":
        return "VISA " + _card(rng)
    if kind in ("ssn_label", "ssn_excel"):
        ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        return ("SSN: " if kind == "ssn_label" else "'") + ssn
    if kind == "email_mailto":
        return "mailto:" + fake.email()
    if kind == "phone":
        return fake.phone_number()
    if kind == "phone_label":
        return f"{_LABEL.get(lang, 'Tel:')} {fake.phone_number()}"
    if kind == "phone_excel":
        return "'" + re.sub(r"\D", "", fake.phone_number())
    if kind in ("phone_int", "phone_float"):
        # Numbers as an export writes them: country code, no separators.
        return int("49" + "".join(str(rng.randint(0, 9)) for _ in range(10)))
    if kind == "street":
        return fake.street_address().replace("\n", ", ")
    if kind == "city":
        return fake.city()
    if kind == "postcode":
        return fake.postcode()
    if kind == "iban":
        return _iban(fake, _IBAN_COUNTRY.get(lang, "DE"))
    if kind == "card":
        return _card(rng)
    if kind == "ssn":
        return f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
    day = date(1930, 1, 1) + timedelta(days=rng.randint(0, 25000))
    if kind == "dob_iso":
        return day.isoformat()
    return day.strftime("%m/%d/%Y" if locale == "en_US" else "%d.%m.%Y" if lang in ("de", "pl", "cs") else "%d/%m/%Y")


def make_table(locale: str, seed: int, rows: int) -> tuple[pd.DataFrame, dict[str, dict[int, str]]]:
    """One table of every kind for ``locale``; returns it and, per column, the cells that are not values
    (row -> ``placeholder``, ``blank``, ``mixed`` or ``nan``)."""
    rng = random.Random(seed)
    fake = Faker(locale)
    fake.seed_instance(seed)
    lang = locale.split("_")[0]
    words = _COMMON + _LOCAL.get(lang, [])
    data: dict[str, list] = {}
    truth: dict[str, dict[int, str]] = {}
    for kind in KINDS:
        col = _HEADERS[kind]
        values: list = []
        marks: dict[int, str] = {}
        numeric = kind in ("phone_int", "phone_float")
        for i in range(rows):
            r = rng.random()
            if numeric:
                if kind == "phone_float" and r < 0.15:
                    values.append(np.nan)
                    marks[i] = "nan"
                else:
                    values.append(_value(kind, fake, rng, lang, locale))
                continue
            if r < 0.10:
                values.append(rng.choice(words))
                marks[i] = "placeholder"
            elif r < 0.14:
                values.append(rng.choice(_BLANKS))
                marks[i] = "blank"
            elif r < 0.16:
                values.append(rng.choice(_MIXED))
                marks[i] = "mixed"
            elif r < 0.20:
                values.append(None)
                marks[i] = "nan"
            else:
                values.append(_value(kind, fake, rng, lang, locale))
        if kind == "phone_int":
            data[col] = pd.array(values, dtype="int64")
        elif kind == "phone_float":
            data[col] = pd.array(values, dtype="float64")
        else:
            data[col] = pd.array(values, dtype=object)
        truth[col] = marks
    data["amount"] = [round(rng.uniform(1, 900), 2) for _ in range(rows)]
    return pd.DataFrame(data), truth


# -- scan ---------------------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")


def _layout(text: str) -> str:
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", text))


def _wrap(text: str) -> tuple[str, str]:
    """The export wrapping around a value: its prefix and suffix."""
    m = re.match(r"^('|mailto:|IBAN\s|VISA\s|SSN:\s|(?:Tel|Tél)\.?\s?:?\s|Tel\.\s)", text)
    prefix = m.group(1) if m else ""
    return prefix, ".0" if re.search(r"\d\.0$", text) else ""


def _broken(kind: str, real: str, out: str) -> str | None:
    """Why a fake of ``real`` is an obviously broken value, or None."""
    if kind.startswith("phone"):
        core_r, core_o = real.split(None, 1)[-1] if "Tel" in real or "Tél" in real else real, out
        if "Tel" in out or "Tél" in out:
            core_o = re.sub(r"^(?:Tel|Tél)\.?\s?:?\s*", "", out)
        if _LETTER.search(core_o) and not _LETTER.search(core_r):
            return "letters in a phone"
        if sum(c.isdigit() for c in core_o) < 6:
            return "phone of few digits"
    if kind.startswith("email") and "@" not in out:
        return "e-mail without @"
    if kind == "postcode" and _layout(out.upper()) != _layout(real.upper()):
        return "postcode of another layout"
    if kind.startswith("dob") and (_LETTER.search(out) and not _LETTER.search(real)):
        return "letters in a date"
    if kind.startswith("dob") and _layout(out) != _layout(real):
        return "date of another layout"
    if kind in ("name", "first_name", "last_name", "name_upper", "city") and (
        any(c.isdigit() for c in out) or not out.strip()
    ):
        return "digits or nothing in a name"
    if kind.startswith("card"):
        digits = re.sub(r"\D", "", out)
        if _layout(out) != _layout(real) or not _luhn_ok(digits):
            return "card of another layout or bad check digit"
    if kind.startswith("iban") and (_layout(out.replace(" ", "")) != _layout(real.replace(" ", ""))):
        return "IBAN of another layout"
    if kind.startswith("ssn") and _layout(out) != _layout(real):
        return "SSN of another layout"
    return None


def _case(text: str) -> str:
    letters = "".join(_LETTER.findall(text))
    if not letters:
        return "none"
    return "upper" if letters.isupper() else "lower" if letters.islower() else "mixed"


def scan(
    src: pd.DataFrame, out: pd.DataFrame, truth: dict[str, dict[int, str]], planned: dict[str, str]
) -> tuple[Counter, list[str]]:
    """Junk counts per ``kind/junk`` and a few examples (column kind, junk, original -> written)."""
    counts: Counter = Counter()
    examples: list[str] = []
    kinds = {v: k for k, v in _HEADERS.items()}

    def junk(kind: str, what: str, a, b) -> None:
        counts[f"{kind}/{what}"] += 1
        if len(examples) < 400:
            examples.append(f"{kind}: {what}: {a!r} -> {b!r}")

    reals: dict[str, str] = {}
    for col, kind in kinds.items():
        if col not in planned:
            counts[f"{kind}/not planned (detection)"] += 1
            continue
        if out[col].dtype != src[col].dtype:
            junk(kind, "dtype changed", str(src[col].dtype), str(out[col].dtype))
        for i, (a, b) in enumerate(zip(src[col].tolist(), out[col].tolist(), strict=True)):
            mark = truth[col].get(i)
            a_nan = a is None or (isinstance(a, float) and np.isnan(a))
            b_nan = b is None or (isinstance(b, float) and np.isnan(b))
            if mark == "nan" or a_nan:
                if not b_nan:
                    junk(kind, "NaN filled", a, b)
                continue
            if mark == "csv-missing":
                if b not in (a, ""):
                    junk(kind, "missing cell changed", a, b)
                continue
            if mark in ("placeholder", "blank", "mixed"):
                if b != a:
                    junk(kind, f"{mark} cell changed", a, b)
                continue
            if b_nan:
                junk(kind, "value became NaN", a, b)
                continue
            sa, sb = str(a), str(b)
            if sa.strip().lower() == sb.strip().lower():
                junk(kind, "real value kept", a, b)
                continue
            if len(sa) >= 5 and not kind.startswith("dob"):
                reals[sa] = kind  # a shifted birth date may fall on another record's (a date names no one alone)
            if kind not in ("city", "street", "name", "first_name", "last_name") and _wrap(sa) != _wrap(sb):
                junk(kind, "wrapping lost", a, b)
            if _case(sa) != _case(sb) and _case(sa) in ("upper", "lower"):
                junk(kind, "case lost", a, b)
            if (why := _broken(kind, sa, sb)) is not None:
                junk(kind, f"broken ({why})", a, b)
    # Replay: no original of a planned column anywhere in the output (any cell).
    written = set(out.astype(str).to_numpy().ravel().tolist())
    for real, kind in reals.items():
        if real in written:
            junk(kind, "original survives in another cell (replay)", real, real)
    return counts, examples


def run_locale(locale: str, seed: int, rows: int) -> tuple[Counter, list[str], float]:
    src, truth = make_table(locale, seed, rows)
    params = ReplacePiiParameters()
    params.globals.locales = [locale]
    t0 = time.perf_counter()
    result = replace_pii(src, infer_schema(src), params, seed=seed)
    took = time.perf_counter() - t0
    planned = {c.column: c.entity for c in result.report.columns if c.strategy != "keep"}
    counts, examples = scan(src, result.data, truth, planned)
    return counts, [f"{locale} {e}" for e in examples], took


def run_cli(locale: str, seed: int, rows: int) -> tuple[Counter, list[str]]:
    """One table through ``safe-synthesizer pii`` (CSV in, CSV out): what a user's file gets."""
    src, truth = make_table(locale, seed, rows)
    with tempfile.TemporaryDirectory() as tmp:
        path, target = Path(tmp) / "people.csv", Path(tmp) / "out.csv"
        src.to_csv(path, index=False)
        exe = Path(sys.executable).parent / "safe-synthesizer"
        subprocess.run([str(exe), "pii", "--data-source", str(path), "--output-file", str(target),
                        "--replace_pii__globals__locales", f'["{locale}"]'],
                       check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(_SRC)})  # fmt: skip
        read_src = pd.read_csv(path, dtype=str, keep_default_na=False)
        read_out = pd.read_csv(target, dtype=str, keep_default_na=False)
    # The CSV round trip: every column as text, empty cells as "" (pandas would read "n/a" as NaN).
    planned = {c: "?" for c in read_src.columns if (read_src[c] != read_out[c]).any()}
    truth = {c: {i: ("blank" if m == "nan" else m) for i, m in marks.items()} for c, marks in truth.items()}
    # pandas reads its own missing words (``N/A``, ``NA``, ``""``) and the reader blank cells as missing:
    # written back empty, which is what the file meant.
    for c, marks in truth.items():
        for i in marks:
            if c in read_src and (read_src[c][i] in MISSING_WORDS or not read_src[c][i].strip()):
                marks[i] = "csv-missing"
    counts, examples = scan(read_src, read_out, truth, planned)
    return counts, [f"cli {locale} {e}" for e in examples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--rows", type=int, default=120)
    ap.add_argument("--cli", action="store_true", help="also one table through the CLI's pii command")
    ap.add_argument("--out", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    total: Counter = Counter()
    per_locale: dict[str, dict[str, int]] = {}
    examples: list[str] = []
    seconds = 0.0
    for i, locale in enumerate(args.locales.split(",")):
        counts, ex, took = run_locale(locale, 20401 + i, args.rows)
        seconds += took
        total.update(counts)
        per_locale[locale] = dict(counts)
        examples += ex
        print(f"{locale}: {sum(v for k, v in counts.items() if 'not planned' not in k)} junk cells "
              f"({took:.1f}s)", flush=True)  # fmt: skip
    if args.cli:
        counts, ex = run_cli("de_DE", 20499, args.rows)
        per_locale["cli de_DE"] = dict(counts)
        examples += ex
        print(f"cli de_DE: {sum(counts.values())} junk cells (columns changed by the CLI)")
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for key, n in total.items():
        kind, what = key.split("/", 1)
        by_kind[what][kind] += n
    print("\njunk per kind (cells; 'not planned' = tables where detection left the column):")
    for what, kinds in sorted(by_kind.items()):
        print(f"  {what}: {sum(kinds.values())}  " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    junk_total = sum(n for k, n in total.items() if "not planned" not in k)
    print(f"total junk cells: {junk_total}; replace time {seconds:.1f}s")
    if args.verbose:
        for e in examples[:200]:
            print("  ", e)
    if args.out:
        args.out.write_text(json.dumps({"total": dict(total), "per_locale": per_locale, "junk": junk_total,
                                        "examples": examples[:400]}, indent=1, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
