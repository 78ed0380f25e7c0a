"""Column-layout fuzzer for person-name, address and birth-date columns (helper CA, session 33).

Why: the value rules of :func:`plan_columns` are met by each blind set with cell layouts nobody wrote a
rule for (``LAST, First``, ``Postfach 12 34``, ``11 mars 1956``, room labels read as streets). This script
writes such layouts itself (its own templates, word lists and seeds; nothing is copied from the held-out
builders) for 19 locales, puts each layout in a column of 24-200 values (some with 20-80 % empty cells),
and measures per layout whether ``plan_columns`` finds it as the right entity with the column name shown
(an English or a local header) and hidden (``c000``...), and whether near-miss columns (products,
companies, job titles, wards named after people, room labels, event dates...) stay unplanned.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_ca_columns.py [--locales a,b] [--seeds 1,2]
[--out /tmp/x.json] [--only name,addr,dob,near]``; prints one row per layout (hits/total shown, hidden).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from dev_ca_words import (
    COUNTRY,
    HEADERS,
    LANG,
    MONTHS,
    NEAR_WORDS,
    PO_BOX,
    STREETS,
    TITLES,
    TOWNS,
    postcode,
)
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_AU", "en_CA", "en_IE", "en_NZ",
           "de_AT", "de_CH", "fr_BE", "fr_CH", "nl_BE", "es_MX", "it_CH", "pt_PT"]  # fmt: skip
FIRST7 = LOCALES[:7]
# Faker locales whose person names are of another locale's language (fr_BE and it_CH fall back to en_US).
_NAME_LOCALE = {"fr_BE": "fr_FR", "it_CH": "it_IT"}
PERSON = ("name", "first_name", "last_name")
STREET = ("street_address", "address")
EMPTY = ("", "n/a", "unknown", "anonymous", "N/A", "-", "none")
TODAY = date.today()  # dates count back from the run's day, as exports run up to it


class Person:
    """One person's name parts drawn from Faker's lists of the locale's language."""

    def __init__(self, fake: Faker, rng: random.Random) -> None:
        female = rng.random() < 0.5
        self.first = fake.first_name_female() if female else fake.first_name_male()
        self.first2 = fake.first_name_female() if female else fake.first_name_male()
        self.last = fake.last_name()
        self.last2 = fake.last_name()
        self.female = female


def _people(fake: Faker, rng: random.Random, n: int) -> list[Person]:
    return [Person(fake, rng) for _ in range(n)]


# ---- names ---------------------------------------------------------------------------------------------


def _ini(word: str) -> str:
    return word[0] + "."


def name_layouts(locale: str) -> dict[str, Callable[[Person, random.Random], str]]:
    lang = LANG[locale]
    titles = TITLES[lang]
    particle = {"nl": ["van der", "van", "de"], "de": ["von", "von der"], "fr": ["de la", "de", "du"],
                "es": ["de la", "del", "de"], "it": ["di", "De", "della"], "pt": ["dos", "da", "de"],
                "en": ["van", "de la", "O'"]}[lang]  # fmt: skip
    couple = {"en": "{f} & {g} {l}", "fr": "M. et Mme {l}", "de": "Herr und Frau {l}", "es": "Sr. y Sra. {l}",
              "it": "Sig. e Sig.ra {l}", "nl": "dhr. en mevr. {l}", "pt": "Sr. e Sra. {l}"}[lang]  # fmt: skip
    post = ["PhD", "MBE", "MD", "Jr.", "III", "Sr.", "OBE"]

    def titled(p: Person, r: random.Random) -> str:
        t = r.choice(titles["f" if p.female else "m"] + titles["any"])
        return f"{t} {p.first} {p.last}" if r.random() < 0.6 else f"{t} {p.last}"

    def partic(p: Person, r: random.Random) -> str:
        pa = r.choice(particle)
        return f"{p.first} {pa}{'' if pa.endswith(chr(39)) else ' '}{p.last}"

    return {
        "LAST, First": lambda p, r: f"{p.last.upper()}, {p.first}",
        "Last, First": lambda p, r: f"{p.last}, {p.first}",
        "LAST First": lambda p, r: f"{p.last.upper()} {p.first}",
        "initials J. R. Doe": lambda p, r: f"{_ini(p.first)} {_ini(p.first2)} {p.last}",
        "Doe J": lambda p, r: f"{p.last} {p.first[0]}",
        "Doe, J.": lambda p, r: f"{p.last}, {_ini(p.first)}",
        "titled": titled,
        "post-nominals": lambda p, r: f"{p.first} {p.last} {r.choice(post)}",
        "nickname": lambda p, r: f'{p.first} "{p.first2[:3]}" {p.last}',
        "particles": partic,
        "double family": lambda p, r: f"{p.first} {p.last} {p.last2}",
        "hyphenated": lambda p, r: f"{p.first} {p.last}-{p.last2}",
        "couples": lambda p, r: couple.format(f=p.first, g=p.first2, l=p.last),
        "UPPER": lambda p, r: f"{p.first} {p.last}".upper(),
        "lower": lambda p, r: f"{p.first} {p.last}".lower(),
        "trailing id": lambda p, r: f"{p.last}, {p.first} (#{r.randint(100, 99999)})",
        "given only": lambda p, r: p.first,
        "family only": lambda p, r: p.last,
        "mixed": None,  # filled below: a random layout per cell
    }  # fmt: skip


def name_column(locale: str, layout: str, people: list[Person], r: random.Random) -> list[str]:
    layouts = name_layouts(locale)
    if layout == "mixed":
        keys = ["LAST, First", "titled", "initials J. R. Doe", "particles", "hyphenated", "post-nominals"]
        return [layouts[r.choice(keys)](p, r) for p in people]
    return [layouts[layout](p, r) for p in people]


# ---- addresses -----------------------------------------------------------------------------------------


class Place:
    def __init__(self, locale: str, r: random.Random) -> None:
        self.stem, self.fmt = r.choice(STREETS[locale])
        self.number = str(r.randint(1, 220))
        self.town = r.choice(TOWNS[locale])
        self.postcode = postcode(locale, r)
        self.locale = locale

    def street(self, number: str | None = None) -> str:
        return self.fmt.format(s=self.stem, n=self.number if number is None else number).strip()


def addr_layouts(locale: str) -> dict[str, Callable[[Place, random.Random], str]]:
    lang = LANG[locale]
    apt = {"en": ["Flat {a}, {st}", "Apt {a}B, {st}", "Unit {a}/{st}"], "de": ["{st}, Whg. {a}", "{st}, {a}. OG"],
           "fr": ["Appt {a}, {st}", "{st}, Bât. B"], "es": ["{st}, {a}º izq", "{st}, {a}º B"],
           "it": ["{st}, int. {a}", "{st}, scala B"], "nl": ["{st}-II", "{st} bis"],
           "pt": ["{st}, {a}º Esq", "{st}, {a}º Dto"]}[lang]  # fmt: skip
    country = COUNTRY[locale]
    co = {"en": "c/o", "de": "c/o", "fr": "c/o", "es": "a/a", "it": "c/o", "nl": "t.a.v.", "pt": "a/c"}[lang]

    r = random.Random(locale)

    def pc_town(p: Place) -> str:
        if locale in ("en_US",):
            return f"{p.town}, {r.choice(['CO', 'NY', 'TX', 'OH', 'CA'])} {p.postcode}"
        if locale in ("en_GB", "en_CA", "en_IE"):
            return f"{p.town} {p.postcode}"
        if locale in ("en_AU", "en_NZ"):
            return f"{p.town} {p.postcode}"
        return f"{p.postcode} {p.town}"

    return {
        "street": lambda p, r: p.street(),
        "street UPPER": lambda p, r: p.street().upper(),
        "street apt": lambda p, r: r.choice(apt).format(a=r.randint(1, 12), st=p.street()),
        "street range": lambda p, r: p.street(f"{p.number}-{int(p.number) + 2}"),
        "street letter": lambda p, r: p.street(p.number + r.choice("abc")),
        "street no number": lambda p, r: p.street("").replace(" ,", ",").strip(" ,"),
        "full comma": lambda p, r: f"{p.street()}, {pc_town(p)}",
        "full comma country": lambda p, r: f"{p.street()}, {pc_town(p)}, {country}",
        "full newline": lambda p, r: f"{p.street()}\n{pc_town(p)}",
        "c/o line": lambda p, r: f"{co} {r.choice(['Schmidt', 'Martin', 'Rossi', 'Jansen', 'Smith'])}, {p.street()}, "
        f"{pc_town(p)}",
        "PO box": lambda p, r: f"{PO_BOX[locale]} {r.randint(10, 9999)}, {pc_town(p)}",
        "postcode+town": lambda p, r: pc_town(p),
        "town": lambda p, r: p.town,
        "town, country": lambda p, r: f"{p.town}, {country}" if r.random() < 0.5 else p.town,
        "town UPPER": lambda p, r: p.town.upper(),
    }  # fmt: skip


_ADDR_TRUTH = {
    "postcode+town": (*STREET, "city", "postcode"),
    "town": ("city",),
    "town, country": ("city", "address"),
    "town UPPER": ("city",),
    "PO box": STREET,
}


# ---- birth dates ---------------------------------------------------------------------------------------


def _birth(r: random.Random) -> date:
    return TODAY - timedelta(days=r.randint(18 * 365, 95 * 365))


def dob_layouts(locale: str) -> dict[str, Callable[[date, random.Random], str]]:
    lang = LANG[locale]
    months = MONTHS[lang]
    us = locale in ("en_US", "en_CA")

    def dmy(sep: str) -> Callable[[date, random.Random], str]:
        return lambda d, r: (d.strftime(f"%m{sep}%d{sep}%Y") if us and sep == "/" else d.strftime(f"%d{sep}%m{sep}%Y"))

    def text(d: date, r: random.Random) -> str:
        m = months[d.month - 1]
        if lang == "en":
            return f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}"
        if lang == "de":
            return f"{d.day}. {m} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"

    def mixed(d: date, r: random.Random) -> str:
        return r.choice([dmy("/"), dmy("."), lambda d, r: d.isoformat(), text])(d, r)

    def excel(d: date, r: random.Random) -> str:
        return str((d - date(1899, 12, 30)).days)

    def aged(d: date, r: random.Random) -> str:
        if r.random() < 0.25:
            return str((TODAY - d).days // 365)
        return dmy("/")(d, r)

    def partial(d: date, r: random.Random) -> str:
        return str(d.year) if r.random() < 0.5 else f"{d.month:02d}/{d.year}"

    return {
        "d/m/Y": dmy("/"),
        "d.m.Y": dmy("."),
        "d-m-Y": dmy("-"),
        "ISO": lambda d, r: d.isoformat(),
        "ISO time": lambda d, r: f"{d.isoformat()} 00:00:00",
        "ISO T": lambda d, r: f"{d.isoformat()}T00:00:00Z",
        "text month": text,
        "abbr month": lambda d, r: f"{d.day:02d}-{months[d.month - 1][:3]}-{d.year}",
        "2-digit year": lambda d, r: d.strftime("%d/%m/%y") if not us else d.strftime("%m/%d/%y"),
        "YYYYMMDD": lambda d, r: d.strftime("%Y%m%d"),
        "Excel serial": excel,
        "mixed layouts": mixed,
        "ages mixed in": aged,
        "partial": partial,
    }


def near_dates(locale: str) -> dict[str, Callable[[random.Random], str]]:
    def recent(a: float, b: float, fmt: str = "%d/%m/%Y") -> Callable[[random.Random], str]:
        """Dates from ``a`` to ``b`` years after today (negative: before), up to the export's day."""

        def f(r: random.Random) -> str:
            return (TODAY + timedelta(days=r.randint(int(a * 365), int(b * 365)))).strftime(fmt)

        return f

    return {
        "admission dates": recent(-6, 0),
        "appointment dates": recent(-1, 1, "%Y-%m-%d"),
        "order dates": recent(-4, 0, "%d.%m.%Y"),
        "licence expiry": recent(0, 10),
        "event log": lambda r: recent(-1, 0, "%Y-%m-%d")(r) + f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00",
        "hire dates": recent(-30, 0),
        "date of death": recent(-35, 0),
    }


# ---- tables --------------------------------------------------------------------------------------------


def _with_empty(values: list[str], r: random.Random, share: float) -> list[str]:
    return [r.choice(EMPTY) if r.random() < share else v for v in values]


def build(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, tuple], dict[str, str]]:
    """One table: every layout a column; labels (accepted entities, or () for near-miss), layout names."""
    r = random.Random(f"{locale}-{seed}")
    n = r.randint(24, 200)
    fake = Faker(_NAME_LOCALE.get(locale, locale))
    fake.seed_instance(seed * 7919 + sum(map(ord, locale)))
    lang = LANG[locale]
    cols: dict[str, list[str]] = {}
    labels: dict[str, tuple] = {}
    layout_of: dict[str, str] = {}

    def add(kind: str, layout: str, values: list[str], truth: tuple, header_key: str) -> None:
        local = r.random() < 0.5
        head = HEADERS[header_key][lang if local else "en"]
        name = f"{head}" if head not in cols else f"{head}_{len(cols)}"
        while name in cols:
            name += "_"
        cols[name] = values
        labels[name] = truth
        layout_of[name] = f"{kind}:{layout}"

    people = _people(fake, r, n)
    for layout in name_layouts(locale):
        values = name_column(locale, layout, people, r)
        if layout == "mixed":
            values = _with_empty(values, r, r.uniform(0.2, 0.8))
        truth = {"given only": ("first_name", "name"), "family only": ("last_name", "name")}.get(layout, PERSON)
        key = {"given only": "first", "family only": "last"}.get(layout, "name")
        add("name", layout, values, truth, key)
    # Names with many empties: one column per share.
    for share in (0.2, 0.5, 0.8):
        values = _with_empty([f"{p.first} {p.last}" for p in people], r, share)
        add("name", f"empty {int(share * 100)}%", values, PERSON, "name")
    places = [Place(locale, r) for _ in range(n)]
    for layout, f in addr_layouts(locale).items():
        values = [f(p, r) for p in places]
        truth = _ADDR_TRUTH.get(layout, STREET)
        key = "town" if layout.startswith("town") else "addr" if "full" in layout or "c/o" in layout else "street"
        key = "pctown" if layout == "postcode+town" else key
        add("addr", layout, values, truth, key)
    births = [_birth(r) for _ in range(n)]
    for layout, f in dob_layouts(locale).items():
        values = [f(d, r) for d in births]
        if layout in ("d/m/Y", "ISO", "text month"):
            values = _with_empty(values, r, r.uniform(0.2, 0.8))
        add("dob", layout, values, ("date_of_birth",), "dob")
    for layout, f in near_dates(locale).items():
        add("near", layout, [f(r) for _ in range(n)], (), layout.split()[0])
    for layout, words in NEAR_WORDS[lang].items():
        add("near", layout, [r.choice(words) for _ in range(n)], (), "cat")
    df = pd.DataFrame(cols)
    return df, labels, layout_of


def score(locale: str, seed: int, hidden: bool, plans_out: dict | None = None) -> list[tuple[str, bool, str | None]]:
    df, labels, layout_of = build(locale, seed)
    if hidden:
        rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
        df = df.rename(columns=rename)
        labels = {rename[c]: v for c, v in labels.items()}
        layout_of = {rename[c]: v for c, v in layout_of.items()}
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    out = []
    for col, truth in labels.items():
        got = plans.get(col)
        got = None if got == "free_text" else got
        ok = (got in truth) if truth else got is None
        out.append((layout_of[col], ok, got))
    return out


def wire() -> None:
    """The requested wiring, applied in memory: the detector's birth-date branch scores text columns with
    :func:`column_birth_cells.birth_date_score` (placeholders left out, written and compact dates read)."""
    from safe_synthesizer.pii import column_detector as cd
    from safe_synthesizer.pii.column_address_cells import address_cells_score
    from safe_synthesizer.pii.column_birth_cells import birth_date_score

    plain = cd._score

    def _score(entity, sample, cued, names, numeric=False):
        if entity == "date_of_birth":
            return birth_date_score(sample, cued)
        score = plain(entity, sample, cued, names, numeric)
        if entity in ("address", "street_address") and score.share < 0.7:
            cells = address_cells_score(sample, entity == "address", cued)
            return cells if cells is not None else score
        return score

    cd._score = _score
    from safe_synthesizer.pii.column_birth_cells import numeric_birth_dates

    detect = cd.detect_column

    def detect_column(series, column, *, entities, **kw):
        numeric = column.type.is_numeric or pd.api.types.is_numeric_dtype(series.dtype)
        if numeric and "date_of_birth" in entities:
            cued = "date_of_birth" in cd.cue_hints(column.name)
            born, why = numeric_birth_dates(pd.to_numeric(series, errors="coerce"), cued)
            if born:
                method = "name+values" if cued else "values"
                return cd.ColumnDetection(column.name, "date_of_birth", 0.9, 1.0, method, 0, None, why)
        return detect(series, column, entities=entities, **kw)

    import safe_synthesizer.pii.replace as rp

    rp.detect_column = detect_column


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--seeds", default="1,2")
    ap.add_argument("--out", default="")
    ap.add_argument("--verbose", action="store_true", help="print each miss with the entity found")
    ap.add_argument("--wired", action="store_true", help="apply the wiring requested in /work/s33docs/wiring_CA.md")
    args = ap.parse_args()
    if args.wired:
        wire()
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: dict[str, list[str]] = defaultdict(list)
    t0 = time.time()
    for locale in args.locales.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            for hidden in (False, True):
                for layout, ok, got in score(locale, seed, hidden):
                    cell = table[layout]["hidden" if hidden else "shown"]
                    cell[0] += ok
                    cell[1] += 1
                    if not ok:
                        misses[layout].append(f"{locale}/{seed}/{'h' if hidden else 's'}->{got}")
    print(f"{'layout':34s} {'shown':>9s} {'hidden':>9s}")
    tot = {"shown": [0, 0], "hidden": [0, 0]}
    kinds: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    for layout in sorted(table):
        row = table[layout]
        print(f"{layout:34s} {row['shown'][0]:4d}/{row['shown'][1]:<4d} {row['hidden'][0]:4d}/{row['hidden'][1]:<4d}")
        for k in ("shown", "hidden"):
            for i in (0, 1):
                tot[k][i] += row[k][i]
                kinds[layout.split(":")[0]][k][i] += row[k][i]
        if args.verbose and misses[layout]:
            print("    misses:", ", ".join(misses[layout][:12]))
    for kind, row in sorted(kinds.items()):
        sh, hi = row["shown"], row["hidden"]
        print(f"{'TOTAL ' + kind:34s} {sh[0]:4d}/{sh[1]:<4d} {hi[0]:4d}/{hi[1]:<4d}")
    print(f"{'TOTAL':34s} {tot['shown'][0]:4d}/{tot['shown'][1]:<4d} {tot['hidden'][0]:4d}/{tot['hidden'][1]:<4d}")
    print(f"{time.time() - t0:.1f} s")
    if args.out:
        Path(args.out).write_text(json.dumps({"table": table, "misses": misses}, indent=1))


if __name__ == "__main__":
    main()
