"""Column fuzzer for people, addresses, towns, postcodes and birth dates found from values alone (s34, helper CD).

Why: blind sets keep showing person-name, address, town, postcode and birth-date columns of locales and
scripts the value rules never saw; with the column names hidden they were missed. This fuzzer writes, for the
seven first locales and 37 others (Persian, Thai, Georgian, Bengali, Nepali, Macedonian, Albanian, Sinhala,
Amharic, Greek, Icelandic, Japanese, Arabic, Gujarati, Marathi, Armenian, Azerbaijani...), one table per locale
of 20-40 rows: whole names in several layouts, first and last names, street lines, whole addresses, towns,
postcodes in the country's own shapes, birth dates in export layouts, and look-alikes (event dates, companies,
job titles, branch towns, category labels) that must stay unplanned. Values come from Faker (it has every
locale listed) and the short lists below; nothing comes from the held-out sets. Seeds 20201+.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_cd_columns.py [--locales en_US,th_TH] [--seeds 20201,20202]
        [--misses]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRST = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHER = [
    "is_IS", "fa_IR", "th_TH", "ka_GE", "bn_BD", "ne_NP", "mk_MK", "sq_AL", "si_LK", "am_ET", "mr_IN", "gu_IN",
    "el_CY", "el_GR", "en_PK", "ta_IN", "ja_JP", "fr_BE", "az_AZ", "hi_IN", "ha_NG", "hy_AM", "ar_SA", "tw_GH",
    "ga_IE", "de_LI", "es_CL", "zh_TW", "lb_LU", "bg_BG", "pl_PL", "tr_TR", "uk_UA", "ko_KR", "he_IL", "vi_VN",
    "pt_BR",
]  # fmt: skip
LOCALES = FIRST + OTHER

# Month names by language (birth dates written with the month's name).
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
    "Νοεμβρίου Δεκεμβρίου",
}
# Entities a column of each kind may be planned as.
ACCEPT = {
    "name": ("name",),
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "street": ("street_address", "address"),
    "address": ("address", "street_address"),
    "town": ("city",),
    "postcode": ("postcode",),
    "dob": ("date_of_birth",),
    "near": (),
}
SHOWN = {"name": "full name", "first": "first name", "last": "last name", "street": "street", "address": "address",
         "town": "city", "postcode": "postcode", "dob": "date of birth"}  # fmt: skip


def own_postcode(locale: str, rng: random.Random, faker: Faker) -> str:
    """The country's own postcode shapes where Faker writes another one."""
    if locale == "es_CL":
        return str(rng.randint(1_000_000, 9_999_999))
    if locale == "zh_TW":
        return rng.choice((f"{rng.randint(100, 983)}", f"{rng.randint(100, 983)}{rng.randint(0, 99):02d}",
                           f"{rng.randint(100, 983)}{rng.randint(0, 999):03d}"))  # fmt: skip
    if locale == "ga_IE":
        letters = "ACDEFHKNPRTVWXY"
        head = rng.choice(("D02", "D04", "D6W", "T12", "H91", "V94", "A94", "F92", "R95", "X91"))
        return f"{head} {''.join(rng.choice(letters + '0123456789') for _ in range(4))}"
    if locale == "lb_LU":
        return f"L-{rng.randint(1009, 9999)}"
    return faker.postcode()


def birth_date(rng: random.Random) -> date:
    return date(2025, 6, 1) - timedelta(days=rng.randint(18 * 365, 90 * 365))


def event_date(rng: random.Random) -> date:
    return date(2022, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))


def date_layouts(locale: str) -> dict[str, Callable[[date], str]]:
    lang = locale.split("_")[0]
    months = MONTHS.get(lang, MONTHS["en"]).split()
    out: dict[str, Callable[[date], str]] = {
        "dd-mm-yyyy": lambda d: d.strftime("%d-%m-%Y"),
        "d/m/yy": lambda d: f"{d.day}/{d.month}/{d.strftime('%y')}",
        "yyyy.mm.dd": lambda d: d.strftime("%Y.%m.%d"),
        "dd.mm.yyyy 00:00:00": lambda d: d.strftime("%d.%m.%Y 00:00:00"),
        "d month yyyy": lambda d: f"{d.day} {months[d.month - 1]} {d.year}",
    }
    if lang == "th":
        out["thai buddhist"] = lambda d: f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
    return out


def layouts(locale: str, rng: random.Random, faker: Faker) -> dict[str, tuple[str, Callable[[], str]]]:
    """label -> (kind, value maker)."""
    f = faker

    def surname_first() -> str:
        return f"{f.last_name()} {f.first_name()}"

    def middle() -> str:
        return f"{f.first_name()} {f.first_name()} {f.last_name()}"

    out: dict[str, tuple[str, Callable[[], str]]] = {
        "name natural": ("name", lambda: f"{f.first_name()} {f.last_name()}"),
        "name faker": ("name", f.name),
        "name surname first": ("name", surname_first),
        "name upper": ("name", lambda: f"{f.first_name()} {f.last_name()}".upper()),
        "name lower": ("name", lambda: f"{f.first_name()} {f.last_name()}".lower()),
        "name middle": ("name", middle),
        "first name": ("first", f.first_name),
        "last name": ("last", f.last_name),
        "street line": ("street", f.street_address),
        "address one line": ("address", lambda: f.address().replace("\n", ", ")),
        "address newlines": ("address", f.address),
        "town": ("town", f.city),
        "postcode": ("postcode", lambda: own_postcode(locale, rng, f)),
    }
    for label, write in date_layouts(locale).items():
        out[f"dob {label}"] = ("dob", lambda w=write: w(birth_date(rng)))
    for label in ("dd-mm-yyyy", "d month yyyy"):
        write = date_layouts(locale)[label]
        out[f"near event {label}"] = ("near", lambda w=write: w(event_date(rng)))
    branches = [f.city() for _ in range(4)]
    labels = [f.word() for _ in range(5)]
    out.update({
        "near company": ("near", f.company),
        "near job": ("near", f.job),
        "near branch": ("near", lambda: rng.choice(branches)),
        "near category": ("near", lambda: rng.choice(labels)),
        "near product": ("near", lambda: f"{f.word().capitalize()} {rng.choice(('Pro', 'Max', 'Lite', 'Plus'))} "
                                         f"{rng.randint(2, 12)}"),
    })  # fmt: skip
    return out


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, tuple[str, str]]]:
    """(frame, column -> (label, kind)) of one locale."""
    rng = random.Random(f"{seed}-{locale}")
    faker = Faker(locale)
    faker.seed_instance(seed)
    n = rng.randint(20, 40)
    cols, labels = {}, {}
    for i, (label, (kind, make)) in enumerate(layouts(locale, rng, faker).items()):
        name = f"{SHOWN.get(kind, label.replace('near ', ''))} {i}"
        cols[name] = [make() for _ in range(n)]
        labels[name] = (label, kind)
    return pd.DataFrame(cols), labels


def run(locales: list[str], seeds: list[int]) -> tuple[dict, list[str]]:
    """((locale, kind) -> mode -> [ok, columns], misses)."""
    params = ReplacePiiParameters()
    out: dict = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    misses: list[str] = []
    for seed in seeds:
        for locale in locales:
            df, labels = build_table(locale, seed)
            for mode in ("shown", "hidden"):
                frame = df if mode == "shown" else df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
                plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), params, seed=0)}
                for i, column in enumerate(df.columns):
                    label, kind = labels[column]
                    entity = plans.get(column if mode == "shown" else f"c{i:03d}")
                    near = kind == "near"
                    ok = entity not in (None, "free_text") if near else entity in ACCEPT[kind]
                    out[(locale, kind)][mode][0] += ok
                    out[(locale, kind)][mode][1] += 1
                    if near == ok:
                        misses.append(f"{seed} {locale} {mode} {label!r} -> {entity}: {df[column].iloc[:2].tolist()}")
    return out, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="20201")
    parser.add_argument("--misses", action="store_true", help="list every miss and false column")
    args = parser.parse_args()
    result, misses = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    by_kind: dict = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    for (locale, kind), modes in sorted(result.items()):
        for mode, (ok, n) in modes.items():
            by_kind[kind][mode][0] += ok
            by_kind[kind][mode][1] += n
        if (any(m[0] < m[1] for m in modes.values()) and kind != "near") or (
            kind == "near" and any(m[0] for m in modes.values())
        ):
            print(f"{locale:6} {kind:9} " + " ".join(f"{m}:{v[0]}/{v[1]}" for m, v in modes.items()))
    print(f"\n{'kind':10} {'shown':>10} {'hidden':>10}   (near: false columns)")
    for kind, modes in by_kind.items():
        print(f"{kind:10} " + " ".join(f"{v[0]:>4}/{v[1]:<5}" for v in modes.values()))
    for mode in ("shown", "hidden"):
        hit = sum(m[mode][0] for k, m in by_kind.items() if k != "near")
        n = sum(m[mode][1] for k, m in by_kind.items() if k != "near")
        false = by_kind["near"][mode]
        print(f"{mode}: recall {hit}/{n} = {hit / n:.3f}; false columns {false[0]}/{false[1]}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
