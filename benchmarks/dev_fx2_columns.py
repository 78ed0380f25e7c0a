"""Small real-life exports of the first seven locales, a different lens than ``dev_fx_columns`` (s38, FX).

Why: blind sets miss columns of small tables (a birth-date column of 19 distinct dates) and messy cells, not
clean layouts. This generator writes what a club, practice or shop exports: 15-40 rows, repeat customers (one
person on several rows), columns mostly blank (60 %), a few junk cells (``test``, ``xxx``, ``0``, ``-``,
``see notes``), layouts merged from two systems (half ``12/03/1985``, half ``1985-03-12``), names with
nicknames in quotes or brackets, ``(née Jones)``, ``Mr & Mrs Smith``, couples (``Jan en Marie de Vries``),
double given names (``Jean-Pierre``, ``Maria José``), regional and immigrant names of each country, e-mails
in mixed case with trailing spaces, postcodes stored as numbers (leading zero dropped).

Look-alikes that must stay unplanned sit in the same tables and in tables of things: order dates of a few
years, firms' founding dates over decades (no person in the table), products, statuses, amounts, titles.

Values come from Faker and the short lists below; nothing from the held-out sets. Seeds 38101-38199 were
used while tuning; 38201+ were never looked at while tuning.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_fx2_columns.py [--locales en_US,nl_NL] [--seeds 38101,38102]
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

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]

# Regional and immigrant given names and surnames of each country (short lists written for this set).
REGIONAL = {
    "en_US": (
        ["Alejandro", "Guadalupe", "Yesenia", "Jesús", "Marisol", "Nayeli", "Xiomara", "DeShawn", "Keisha", "Tyrone"],
        [
            "Hernández",
            "Ramírez",
            "Gutiérrez",
            "Villanueva",
            "Castañeda",
            "Nguyen",
            "Kowalczyk",
            "Washington",
            "Begay",
            "Yazzie",
        ],
    ),
    "en_GB": (
        ["Eilidh", "Catriona", "Iolo", "Rhodri", "Siân", "Angharad", "Ruaridh", "Mairi", "Wojciech", "Agnieszka"],
        [
            "MacLeòid",
            "Pritchard",
            "Llewellyn",
            "Urquhart",
            "MacAulay",
            "Cadwallader",
            "Nowak",
            "Wiśniewska",
            "Dąbrowski",
            "Rees-Mogg",
        ],
    ),
    "de_DE": (
        ["Ayşe", "Mehmet", "Emine", "Hüseyin", "Büşra", "Okke", "Wiebke", "Sönke", "Ulrike-Maria", "Hans-Jürgen"],
        ["Yılmaz", "Öztürk", "Çelik", "Kaya", "Doğan", "Hinrichsen", "Nissen", "Oberhuber", "Kowalski", "Schimanski"],
    ),
    "fr_FR": (
        [
            "Youssef",
            "Fatima-Zahra",
            "Mohamed",
            "Khadija",
            "Maïwenn",
            "Gwenaëlle",
            "Yannick",
            "Anaïs",
            "Jean-Pierre",
            "Marie-Thérèse",
        ],
        [
            "Benali",
            "El Idrissi",
            "Ouazzani",
            "Le Goff",
            "Kerhervé",
            "Le Bihan",
            "Tanguy",
            "Schwendimann",
            "Muller",
            "Haberer",
        ],
    ),
    "es_ES": (
        ["Iñaki", "Aitziber", "Jordi", "Montserrat", "Xoán", "Uxía", "María José", "Ionuț", "Nerea", "Andreea"],
        [
            "Etxeberria",
            "Agirre",
            "Goikoetxea",
            "Puigdemont",
            "Vilaró",
            "Castro",
            "Outeiriño",
            "Popescu",
            "Ionescu",
            "Rodríguez",
            "Goñi",
        ],
    ),
    "it_IT": (
        ["Gavino", "Efisio", "Bonaria", "Lukas", "Verena", "Andrei", "Ioana", "Maria Grazia", "Gian Luca", "Pierpaolo"],
        ["Pinna", "Sanna", "Deiana", "Mair", "Pichler", "Oberhofer", "Popa", "Dumitru", "Lo Presti", "D'Alessandro"],
    ),
    "nl_NL": (
        [
            "Sjoerd",
            "Wietske",
            "Tjitske",
            "Hylke",
            "Mohammed",
            "Fatima",
            "Soufiane",
            "Yasmina",
            "Jan-Willem",
            "Anne-Marie",
        ],
        [
            "de Vries",
            "Hoekstra",
            "Dijkstra",
            "Bakker",
            "El Amrani",
            "Boukhari",
            "Ait Taleb",
            "Visser",
            "van der Meer",
            "Postma",
        ],
    ),
}
TITLE = {
    "en": ("Mr", "Mrs", "Ms", "Dr"),
    "de": ("Herr", "Frau", "Dr."),
    "fr": ("M.", "Mme", "Mlle"),
    "es": ("Sr.", "Sra.", "D.ª"),
    "it": ("Sig.", "Sig.ra", "Dott."),
    "nl": ("Dhr.", "Mevr.", "Mw."),
}
AND = {"en": "&", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en"}
NEE = {"en": "née", "de": "geb.", "fr": "née", "es": "de soltera", "it": "nata", "nl": "geb."}
NOT_GIVEN = {
    "en": ("not given", "unknown", "N/A"),
    "de": ("k.A.", "unbekannt", "keine Angabe"),
    "fr": ("non renseigné", "inconnu", "NC"),
    "es": ("no consta", "desconocido", "s/d"),
    "it": ("non disponibile", "n.d.", "sconosciuto"),
    "nl": ("niet opgegeven", "onbekend", "n.v.t."),
}
JUNK = ("test", "xxx", "0", "-", "see notes", "?", "TBC")
NICK = ("Bob", "Liz", "Jimmy", "Kiki", "Toni", "Pep", "Sjaak", "Gigi", "Manu", "Lulu")
ACCEPT = {
    "dob": ("date_of_birth",),
    "name": ("name",),
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "email": ("email",),
    "postcode": ("postcode",),
    "near": (),
}


def _day(rng: random.Random, start: date, days: int) -> date:
    return start + timedelta(days=rng.randint(0, days))


def person(locale: str, f: Faker, rng: random.Random) -> dict:
    """One person: given name (sometimes double, regional or immigrant), surname, birth date, e-mail."""
    given, surnames = REGIONAL[locale]
    first = rng.choice(given) if rng.random() < 0.35 else f.first_name()
    if rng.random() < 0.12:
        first = f"{first}-{f.first_name()}" if locale != "es_ES" else f"{first} {f.first_name()}"
    last = rng.choice(surnames) if rng.random() < 0.35 else f.last_name()
    born = _day(rng, date(1936, 1, 1), 70 * 365)
    user = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{born.year % 100}"))
    user = "".join(c for c in user if c.isalnum() or c == ".")
    mail = f"{user}@{f.free_email_domain()}"
    return {"first": first, "last": last, "born": born, "email": mail, "postcode": f.postcode(), "f": f}


def dob_writer(lang: str, rng: random.Random) -> Callable[[date], str]:
    """One export's layout of a birth date, or two merged from two systems."""
    local = {"en": "%m/%d/%Y", "de": "%d.%m.%Y", "nl": "%d-%m-%Y"}.get(lang, "%d/%m/%Y")
    layouts = [local, "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%y"]
    one, two = rng.choice(layouts), rng.choice(layouts)
    if rng.random() < 0.4:
        return lambda d: d.strftime(one if rng.random() < 0.5 else two)
    return lambda d: d.strftime(one)


def name_writer(lang: str, locale: str, rng: random.Random) -> tuple[str, Callable[[dict], str]]:
    """(label, writer of one person's full-name cell) in one of this export's styles."""
    titles = TITLE[lang]

    def nick(p: dict) -> str:
        n = rng.choice(NICK)
        return rng.choice((f'{p["first"]} "{n}" {p["last"]}', f"{p['first']} ({n}) {p['last']}"))

    def nee(p: dict) -> str:
        return f"{p['first']} {p['last']} ({NEE[lang]} {p['f'].last_name()})" if rng.random() < 0.4 else _plain(p)

    def couple(p: dict) -> str:
        if rng.random() < 0.5:
            return _plain(p)
        other = p["f"].first_name()
        return rng.choice(
            (f"{p['first']} {AND[lang]} {other} {p['last']}", f"{titles[0]} {AND[lang]} {titles[1]} {p['last']}")
        )

    def titled(p: dict) -> str:
        return f"{rng.choice(titles)} {p['first']} {p['last']}"

    def upper_last(p: dict) -> str:
        return f"{p['last'].upper()} {p['first']}"

    def comma(p: dict) -> str:
        return f"{p['last']}, {p['first']}"

    styles = {"plain": _plain, "nickname": nick, "nee": nee, "couple": couple, "titled": titled,
              "SURNAME given": upper_last, "surname, given": comma}  # fmt: skip
    label = rng.choice(list(styles))
    return label, styles[label]


def _plain(p: dict) -> str:
    return f"{p['first']} {p['last']}"


def email_writer(rng: random.Random) -> tuple[str, Callable[[dict], str]]:
    style = rng.choice(("mixed case", "trailing space", "plain"))
    if style == "mixed case":
        return style, lambda p: p["email"].title() if rng.random() < 0.5 else p["email"].upper()
    if style == "trailing space":
        return style, lambda p: p["email"] + rng.choice(("", " ", "  "))
    return style, lambda p: p["email"].lower()


def postcode_writer(locale: str, rng: random.Random) -> tuple[str, Callable[[dict], object]]:
    """Postcodes as the export stored them: numbers (``2115`` for ``02115``) when the country's are digits."""
    if locale in ("en_GB", "nl_NL"):
        return "text", lambda p: p["postcode"] if rng.random() < 0.5 else p["postcode"].replace(" ", "")
    style = rng.choice(("int", "float", "text"))
    if style == "int":
        return style, lambda p: int(p["postcode"][:5])
    if style == "float":
        return style, lambda p: float(int(p["postcode"][:5]))
    return style, lambda p: p["postcode"]


def people_table(locale: str, rng: random.Random, f: Faker) -> tuple[pd.DataFrame, dict[str, tuple[str, str]]]:
    """A small export about people, with repeat customers and some look-alike columns."""
    lang = locale.split("_")[0]
    n = rng.randint(15, 40)
    crowd = [person(locale, f, rng) for _ in range(int(n * rng.uniform(0.6, 0.95)))]
    rows = crowd + [rng.choice(crowd) for _ in range(n - len(crowd))]  # repeat customers
    rng.shuffle(rows)
    cols: dict[str, list] = {"ref": [f"R{rng.randint(1000, 9999)}" for _ in range(n)]}
    labels: dict[str, tuple[str, str]] = {}
    if rng.random() < 0.5:
        label, write = name_writer(lang, locale, rng)
        cols["name"] = [write(p) for p in rows]
        labels["name"] = (f"name {label}", "name")
    else:
        if rng.random() < 0.5:
            cols["title"] = [rng.choice(TITLE[lang]) for _ in rows]
            labels["title"] = ("near title", "near")
        cols["first"] = [p["first"] for p in rows]
        cols["last"] = [p["last"] for p in rows]
        labels["first"], labels["last"] = ("first", "first"), ("last", "last")
    write_dob = dob_writer(lang, rng)
    cols["dob"] = [write_dob(p["born"]) for p in rows]
    labels["dob"] = ("dob", "dob")
    label, write = email_writer(rng)
    cols["email"] = [write(p) for p in rows]
    labels["email"] = (f"email {label}", "email")
    if rng.random() < 0.6:
        label, write = postcode_writer(locale, rng)
        cols["zip"] = [write(p) for p in rows]
        labels["zip"] = (f"postcode {label}", "postcode")
    cols["visit"] = [_day(rng, date(2022, 1, 1), 3 * 365).strftime("%d/%m/%Y") for _ in rows]
    labels["visit"] = ("near visit date", "near")
    cols["amount"] = [round(rng.uniform(5, 400), 2) for _ in rows]
    cols["status"] = [rng.choice(("paid", "open", "cancelled")) for _ in rows]
    labels["status"] = ("near status", "near")
    _mess(cols, labels, lang, rng)
    return pd.DataFrame(cols), labels


def _mess(cols: dict[str, list], labels: dict[str, tuple[str, str]], lang: str, rng: random.Random) -> None:
    """Blank most cells of a column, put a few junk or not-given cells in others, as real exports do."""
    for name, (_, kind) in labels.items():
        if kind == "near":
            continue
        values = cols[name]
        r = rng.random()
        if r < 0.2:  # mostly blank
            cols[name] = [v if rng.random() < 0.4 else rng.choice((None, "")) for v in values]
            labels[name] = (labels[name][0] + " +60% blank", kind)
        elif r < 0.5:  # a few junk or not-given cells
            junk = JUNK + NOT_GIVEN[lang] if kind != "postcode" else ("0", "-", "")
            k = rng.randint(1, 4)
            for i in rng.sample(range(len(values)), k):
                values[i] = rng.choice(junk)
            labels[name] = (labels[name][0] + " +junk", kind)


def things_table(locale: str, rng: random.Random, f: Faker) -> tuple[pd.DataFrame, dict[str, tuple[str, str]]]:
    """A small export about firms or products: founding dates over decades, launch dates of a few years."""
    n = rng.randint(15, 40)
    cols: dict[str, list] = {
        "firm": [f.company() for _ in range(n)],
        "founded": [_day(rng, date(1948, 1, 1), 68 * 365).strftime("%d/%m/%Y") for _ in range(n)],
        "launch": [_day(rng, date(2018, 1, 1), 5 * 365).isoformat() for _ in range(n)],
        "product": [f"{f.word().capitalize()} {rng.choice(('Pro', 'Max', 'Lite'))}" for _ in range(n)],
        "units": [rng.randint(1, 900) for _ in range(n)],
    }
    labels = {
        "firm": ("near firm", "near"),
        "founded": ("near founded decades", "near"),
        "launch": ("near launch date", "near"),
        "product": ("near product", "near"),
    }
    return pd.DataFrame(cols), labels


def build_tables(locale: str, seed: int) -> list[tuple[pd.DataFrame, dict[str, tuple[str, str]]]]:
    rng = random.Random(f"fx2-{seed}-{locale}")
    f = Faker(locale)
    f.seed_instance(seed)
    return [people_table(locale, rng, f) for _ in range(8)] + [things_table(locale, rng, f) for _ in range(2)]


def run(locales: list[str], seeds: list[int]) -> tuple[dict, list[str]]:
    """kind -> mode -> [ok, columns], and the misses."""
    params = ReplacePiiParameters()
    out: dict = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    misses: list[str] = []
    for seed in seeds:
        for locale in locales:
            for df, labels in build_tables(locale, seed):
                for mode in ("shown", "hidden"):
                    names = list(df.columns) if mode == "shown" else [f"c{i:03d}" for i in range(df.shape[1])]
                    frame = df.set_axis(names, axis=1)
                    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), params, seed=0)}
                    for i, column in enumerate(df.columns):
                        if column not in labels:
                            continue
                        label, kind = labels[column]
                        entity = plans.get(names[i])
                        ok = entity in (None, "free_text") if kind == "near" else entity in ACCEPT[kind]
                        out[kind][mode][0] += ok
                        out[kind][mode][1] += 1
                        if not ok:
                            cells = [str(v)[:30] for v in df[column].iloc[:4]]
                            misses.append(f"{seed} {locale} {mode} {label!r} n={len(df)} -> {entity}: {cells}")
    return out, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="38101")
    parser.add_argument("--misses", action="store_true", help="list every miss and false column")
    args = parser.parse_args()
    result, misses = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    print(f"{'kind':10} {'shown':>9} {'hidden':>9}   (near: columns left unplanned)")
    for kind in sorted(result):
        print(f"{kind:10} " + " ".join(f"{v[0]:>4}/{v[1]:<4}" for v in result[kind].values()))
    for mode in ("shown", "hidden"):
        hit = sum(m[mode][0] for k, m in result.items() if k != "near")
        n = sum(m[mode][1] for k, m in result.items() if k != "near")
        near = result["near"][mode]
        print(f"{mode}: recall {hit}/{n} = {hit / n:.3f}; false columns {near[1] - near[0]}/{near[1]}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
