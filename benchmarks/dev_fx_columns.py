"""Adversarial column generator for the first seven locales: export layouts the blind sets have not tried (s37, FX).

Why: every blind set found a new class of column the value rules missed with the names hidden (birth dates with a
time on a few cells, two-surname cells, street names without numbers...). This generator tries to be the next
blind set before it exists: it writes tables of the seven first locales (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL) whose columns carry the layouts real exports produce, for every entity this helper owns:

- birth dates as ``19850312`` integers, ``12-Mar-85``, ``1985/3/12``, ISO with ``T00:00:00Z``, month and year in
  the language (``mars 1985``), datetime columns, partly missing cells (``n/a``, ``??/??/1985``), mixed layouts;
- names in capitals, lower case, ``Surname, Given``, ``J. Smith``, with titles (``Mrs``, ``Frau``, ``Mme``,
  ``Sig.ra``, ``Dña``), particles, hyphens, middle initials, nicknames, stray spaces and quotes, given names
  of people from other countries;
- e-mails with display names, ``mailto:``, obfuscated (``ann at x dot com``), in capitals;
- IBANs in lower case or odd spacing, cards with odd grouping (ids are reported to helper PI);
- addresses with ``c/o``, PO boxes, flat numbers, line breaks;
- and look-alikes that must stay unplanned: event dates in the same layouts, product names, staff names used as
  a category, companies, months of events.

Each seed writes several tables per locale of 6-9 columns drawn from the layouts (a real export's width), so a
column's neighbours vary. Values come from Faker and the short lists below; nothing from the held-out sets.
Seeds 37001+.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_fx_columns.py [--locales en_US,de_DE] [--seeds 37001,37002]
        [--misses]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
FOREIGN = ["tr_TR", "pl_PL", "vi_VN", "hi_IN", "uk_UA", "fi_FI", "hu_HU", "ro_RO", "sw", "yo_NG", "ga_IE"]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Dr.", "Miss", "Prof."),
    "de": ("Herr", "Frau", "Dr.", "Hr.", "Fr."),
    "fr": ("M.", "Mme", "Mlle", "Dr", "Me"),
    "es": ("Sr.", "Sra.", "Dña", "D.", "Dr."),
    "it": ("Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."),
    "nl": ("Dhr.", "Mevr.", "Mw.", "Dr.", "Ir."),
}
PARTICLES = {
    "en": ("O'", "Mc", "Mac"),
    "de": ("von ", "van ", "von der ", "zu "),
    "fr": ("de ", "de la ", "du ", "Le "),
    "es": ("de ", "de la ", "del "),
    "it": ("di ", "De ", "Della ", "Lo "),
    "nl": ("van ", "van der ", "de ", "van den "),
}
NICK = ("Bob", "Liz", "Jimmy", "Kiki", "Toni", "Sasha", "Bea", "Nico", "Max", "Lou")
OBF_AT = (" at ", "[at]", "(at)", " [at] ", "@")
OBF_DOT = (" dot ", "[dot]", ".", "(dot)")
CO = {"en": "c/o", "de": "c/o", "fr": "chez", "es": "a/a", "it": "c/o", "nl": "t.a.v."}
POBOX = {"en": "PO Box", "de": "Postfach", "fr": "BP", "es": "Apartado", "it": "Casella Postale", "nl": "Postbus"}
FLAT = {"en": "Flat", "de": "Whg.", "fr": "Appt", "es": "Piso", "it": "Int.", "nl": "App."}

# Entities a column of each kind may be planned as; "near" must stay unplanned (None).
ACCEPT = {
    "dob": ("date_of_birth",),
    "name": ("name",),
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "email": ("email",),
    "iban": ("iban",),
    "card": ("credit_debit_card",),
    "address": ("address", "street_address"),
    "near": (),
}
HEADERS = {
    "dob": ("dob", "birth_dt", "Geburtsdatum", "date_naissance", "fecha_nac", "data_nascita", "geboortedatum"),
    "name": ("customer", "Name", "nom_complet", "nombre", "nominativo", "naam", "contact_person"),
    "first": ("first", "Vorname", "prenom", "nombre_pila", "nome", "voornaam", "given"),
    "last": ("surname", "Nachname", "nom", "apellidos", "cognome", "achternaam", "family"),
    "email": ("email", "E-Mail", "courriel", "correo", "posta_elettronica", "mail", "contact"),
    "iban": ("iban", "IBAN", "bank_account", "cuenta", "conto", "rekening", "Kontonummer"),
    "card": ("card", "card_no", "carte", "tarjeta", "carta", "kaart", "pan"),
    "address": ("address", "Anschrift", "adresse", "direccion", "indirizzo", "adres", "postal_address"),
}


def birth(rng: random.Random) -> date:
    return date(2025, 6, 1) - timedelta(days=rng.randint(18 * 365, 92 * 365))


def event(rng: random.Random) -> date:
    return date(2021, 1, 1) + timedelta(days=rng.randint(0, 4 * 365))


def date_writers(lang: str) -> dict[str, Callable[[date], object]]:
    """layout label -> writer of one date (ints for the compact and serial layouts)."""
    months = MONTHS[lang].split()
    short = [m[:3] for m in MONTHS["en"].split()]
    return {
        "int yyyymmdd": lambda d: int(d.strftime("%Y%m%d")),
        "dd-Mon-yy": lambda d: f"{d.day:02d}-{short[d.month - 1]}-{d.strftime('%y')}",
        "yyyy/m/d": lambda d: f"{d.year}/{d.month}/{d.day}",
        "iso T00Z": lambda d: d.strftime("%Y-%m-%dT00:00:00Z"),
        "iso T00.000": lambda d: d.strftime("%Y-%m-%dT00:00:00.000"),
        "month yyyy": lambda d: f"{months[d.month - 1]} {d.year}",
        "d month yyyy lower": lambda d: f"{d.day} {months[d.month - 1].lower()} {d.year}",
        "dd/mm/yyyy 00:00": lambda d: d.strftime("%d/%m/%Y 00:00"),
        "m/d/yyyy 12:00:00 AM": lambda d: f"{d.month}/{d.day}/{d.year} 12:00:00 AM",
        "dd.mm.yy": lambda d: d.strftime("%d.%m.%y"),
        "yyyy-mm-dd quoted": lambda d: f"'{d.isoformat()}'",
    }


def dob_layouts(lang: str, rng: random.Random) -> dict[str, Callable[[], object]]:
    out: dict[str, Callable[[], object]] = {}
    for label, write in date_writers(lang).items():
        out[f"dob {label}"] = lambda w=write: w(birth(rng))

    def partly_missing() -> str:
        d = birth(rng)
        r = rng.random()
        if r < 0.08:
            return rng.choice(("n/a", "N/A", "?", "unknown", "-", "00/00/0000"))
        if r < 0.16:
            return f"??/??/{d.year}"
        return d.strftime("%d/%m/%Y")

    def mixed() -> str:
        d = birth(rng)
        return rng.choice((d.strftime("%d/%m/%Y"), d.isoformat(), d.strftime("%d.%m.%Y"), d.strftime("%Y%m%d"),
                           f"{d.day} {MONTHS[lang].split()[d.month - 1]} {d.year}"))  # fmt: skip

    def datetime_cell() -> datetime:
        d = birth(rng)
        return datetime(d.year, d.month, d.day)

    out["dob partly missing"] = partly_missing
    out["dob mixed"] = mixed
    out["dob datetime dtype"] = datetime_cell
    return out


def near_layouts(lang: str, rng: random.Random, f: Faker) -> dict[str, Callable[[], object]]:
    writers = date_writers(lang)
    out: dict[str, Callable[[], object]] = {}
    for label in ("int yyyymmdd", "iso T00Z", "month yyyy", "dd-Mon-yy", "m/d/yyyy 12:00:00 AM"):
        out[f"near event {label}"] = lambda w=writers[label]: w(event(rng))
    staff = [f"{f.first_name()} {f.last_name()}" for _ in range(3)]
    products = [f"{f.word().capitalize()} {rng.choice(('Pro', 'Max', 'Lite', 'Plus', 'XL'))}" for _ in range(6)]
    out.update({
        "near staff category": lambda: rng.choice(staff),
        "near product": lambda: rng.choice(products),
        "near company": f.company,
        "near masked card": lambda: f"****{rng.randint(0, 9999):04d}",
        "near status": lambda: rng.choice(("open", "closed", "pending", "on hold")),
    })  # fmt: skip
    return out


def name_layouts(lang: str, rng: random.Random, f: Faker, foreign: Faker) -> dict[str, tuple[str, Callable]]:
    def strip_space(s: str) -> str:
        return s + rng.choice(("", " ", "  ")) if rng.random() < 0.5 else s

    out: dict[str, tuple[str, Callable]] = {
        "name all caps": ("name", lambda: f"{f.first_name()} {f.last_name()}".upper()),
        "name lower": ("name", lambda: f"{f.first_name()} {f.last_name()}".lower()),
        "name Surname, Given": ("name", lambda: f"{f.last_name()}, {f.first_name()}"),
        "name SURNAME Given": ("name", lambda: f"{f.last_name().upper()} {f.first_name()}"),
        "name initial": ("name", lambda: f"{f.first_name()[0]}. {f.last_name()}"),
        "name title": ("name", lambda: f"{rng.choice(TITLES[lang])} {f.first_name()} {f.last_name()}"),
        "name title surname": ("name", lambda: f"{rng.choice(TITLES[lang])} {f.last_name()}"),
        "name particle": ("name", lambda: f"{f.first_name()} {rng.choice(PARTICLES[lang])}{f.last_name()}"),
        "name hyphen": ("name", lambda: f"{f.first_name()}-{f.first_name()} {f.last_name()}-{f.last_name()}"),
        "name middle initial": ("name", lambda: f"{f.first_name()} {chr(rng.randint(65, 90))}. {f.last_name()}"),
        "name nickname": ("name", lambda: f'{f.first_name()} "{rng.choice(NICK)}" {f.last_name()}'),
        "name spaces quotes": ("name", lambda: strip_space(rng.choice(('"', "'", "")) + f.name())),
        "name foreign": ("name", lambda: f"{foreign.first_name()} {foreign.last_name()}"),
        "first foreign": ("first", foreign.first_name),
        "first lower": ("first", lambda: f.first_name().lower()),
        "first caps": ("first", lambda: f.first_name().upper()),
        "last caps": ("last", lambda: f.last_name().upper()),
        "last particle": ("last", lambda: f"{rng.choice(PARTICLES[lang])}{f.last_name()}"),
        "last foreign": ("last", foreign.last_name),
    }
    return out


def contact_layouts(lang: str, rng: random.Random, f: Faker) -> dict[str, tuple[str, Callable]]:
    def who() -> tuple[str, str, str]:
        first, last = f.first_name(), f.last_name()
        return first, last, f"{first}.{last}".lower().replace(" ", "") + "@" + f.free_email_domain()

    def display() -> str:
        first, last, mail = who()
        return rng.choice((f'"{first} {last}" <{mail}>', f"{first} {last} <{mail}>", f"<{mail}>"))

    def obfuscated() -> str:
        user, domain = who()[2].split("@")
        host, _, tld = domain.rpartition(".")
        return f"{user}{rng.choice(OBF_AT)}{host}{rng.choice(OBF_DOT)}{tld}"

    def iban_odd() -> str:
        raw = f.iban()
        groups = [raw[i : i + 4] for i in range(0, len(raw), 4)]
        return rng.choice((raw.lower(), " ".join(groups).lower(), raw[:2] + " " + raw[2:], "-".join(groups)))

    def card_odd() -> str:
        raw = f.credit_card_number(card_type=rng.choice(("visa16", "mastercard")))
        parts = (raw[:4], raw[4:8], raw[8:12], raw[12:])
        return rng.choice((raw, "  ".join(parts), ".".join(parts), f"{raw[:6]} {raw[6:]}"))

    return {
        "email display": ("email", display),
        "email mailto": ("email", lambda: "mailto:" + who()[2]),
        "email obfuscated": ("email", obfuscated),
        "email caps": ("email", lambda: who()[2].upper()),
        "iban odd": ("iban", iban_odd),
        "card odd": ("card", card_odd),
    }


def address_layouts(lang: str, rng: random.Random, f: Faker) -> dict[str, tuple[str, Callable]]:
    def one_line() -> str:
        return f.address().replace("\n", ", ")

    return {
        "address c/o": ("address", lambda: f"{CO[lang]} {f.name()}\n{f.address()}"),
        "address po box": ("address", lambda: f"{POBOX[lang]} {rng.randint(1, 9999)}, {f.postcode()} {f.city()}"),
        "address flat": ("address", lambda: f"{FLAT[lang]} {rng.randint(1, 40)}{rng.choice(('', 'B'))}, {one_line()}"),
        "address crlf": ("address", lambda: f.address().replace("\n", "\r\n")),
        "address caps": ("address", lambda: one_line().upper()),
    }


def layouts(locale: str, rng: random.Random, f: Faker, foreign: Faker) -> dict[str, tuple[str, Callable]]:
    """label -> (kind, value maker) of one locale."""
    lang = locale.split("_")[0]
    out: dict[str, tuple[str, Callable]] = {}
    out.update({k: ("dob", v) for k, v in dob_layouts(lang, rng).items()})
    out.update(name_layouts(lang, rng, f, foreign))
    out.update(contact_layouts(lang, rng, f))
    out.update(address_layouts(lang, rng, f))
    out.update({k: ("near", v) for k, v in near_layouts(lang, rng, f).items()})
    return out


def build_tables(locale: str, seed: int) -> list[tuple[pd.DataFrame, dict[str, tuple[str, str]]]]:
    """[(frame, column -> (label, kind))]: the locale's layouts shuffled into tables of 6-9 columns."""
    rng = random.Random(f"fx-{seed}-{locale}")
    faker = Faker(locale)
    faker.seed_instance(seed)
    foreign = Faker(rng.choice(FOREIGN))
    foreign.seed_instance(seed + 1)
    items = list(layouts(locale, rng, faker, foreign).items())
    rng.shuffle(items)
    tables = []
    while items:
        width = rng.randint(6, 9)
        chunk, items = items[:width], items[width:]
        n = rng.randint(25, 60)
        cols: dict[str, list] = {"id": list(range(1, n + 1))}
        labels: dict[str, tuple[str, str]] = {}
        for label, (kind, make) in chunk:
            base = rng.choice(HEADERS[kind]) if kind != "near" else label.split()[-1]
            name = base if base not in cols else f"{base}_{len(cols)}"
            cols[name] = [make() for _ in range(n)]
            labels[name] = (label, kind)
        tables.append((pd.DataFrame(cols), labels))
    return tables


def run(locales: list[str], seeds: list[int]) -> tuple[dict, list[str]]:
    """((locale, kind) -> mode -> [ok, columns], misses)."""
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
                        near = kind == "near"
                        ok = entity is None or entity == "free_text" if near else entity in ACCEPT[kind]
                        out[(locale, label)][mode][0] += ok
                        out[(locale, label)][mode][1] += 1
                        if not ok:
                            cells = [str(v)[:40] for v in df[column].iloc[:3]]
                            misses.append(f"{seed} {locale} {mode} {label!r} ({column}) -> {entity}: {cells}")
    return out, misses


def kind_of(label: str) -> str:
    first = label.split()[0]
    return first if first in ACCEPT else "near"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="37001")
    parser.add_argument("--misses", action="store_true", help="list every miss and false column")
    args = parser.parse_args()
    result, misses = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    by_label: dict = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    by_kind: dict = defaultdict(lambda: {"shown": [0, 0], "hidden": [0, 0]})
    for (_locale, label), modes in result.items():
        for mode, (ok, n) in modes.items():
            for table in (by_label[label], by_kind[kind_of(label)]):
                table[mode][0] += ok
                table[mode][1] += n
    print(f"{'layout':28} {'shown':>9} {'hidden':>9}   (near: columns left unplanned)")
    for label in sorted(by_label):
        modes = by_label[label]
        print(f"{label:28} " + " ".join(f"{v[0]:>4}/{v[1]:<4}" for v in modes.values()))
    print()
    for kind in sorted(by_kind):
        print(f"{kind:10} " + " ".join(f"{v[0]:>4}/{v[1]:<4}" for v in by_kind[kind].values()))
    for mode in ("shown", "hidden"):
        hit = sum(m[mode][0] for k, m in by_kind.items() if k != "near")
        n = sum(m[mode][1] for k, m in by_kind.items() if k != "near")
        near = by_kind["near"][mode]
        print(f"{mode}: recall {hit}/{n} = {hit / n:.3f}; false columns {near[1] - near[0]}/{near[1]}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
