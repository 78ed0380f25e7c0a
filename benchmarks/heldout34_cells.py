"""Held-out set 34: what every shape's builder shares: the table's context, people (set 32's generators for set 32's
locales, ``heldout33_new8`` for set 33's new eight, ``heldout34_new8`` for set 34's), labels, headers in the
business's language, people who come back, cells written in several forms, junk cells and mangled column names.

Headers are written ``"en|de|fr|es|it|nl|pt"`` (an empty slot: the English one). A third of the tables have their
names mangled (``mangle``), one style per table: a prefix (``cust_``, ``x_``, ``fld12_``, ``u_``), a suffix ``_1``,
camelCase, lower snake_case, ALL UPPER, abbreviations (``Cust Ph``) or a word of another language.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_people as p32
import heldout33_new8 as new33
import heldout34_language as language
import heldout34_new8 as new34

NAME = ("name", "first_name", "last_name")
FIRST = ("first_name", "name")
LAST = ("last_name", "name")
PHONE = ("phone_number", "fax_number")
EMAIL = ("email",)
STREET = ("street_address", "address")
ADDR = ("address", "street_address")
CITY = ("city",)
PC = ("postcode",)
DOB = ("date_of_birth",)
NID = ("national_id", "ssn", "tax_id")
IBAN = ("iban",)
CARD = ("credit_debit_card",)
DC = "dont_care"
_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
_FOREIGN = {
    "name": "Nombre",
    "phone": "Telefone",
    "address": "Adresse",
    "email": "Courriel",
    "birth": "Geboren",
    "town": "Città",
    "mobile": "Handy",
    "surname": "Apellido",
    "notes": "Notizen",
    "postcode": "PLZ",
}
_ABBR = {
    "phone": "Ph",
    "number": "No",
    "address": "Addr",
    "customer": "Cust",
    "telephone": "Tel",
    "mobile": "Mob",
    "birth": "DOB",
    "date": "Dt",
    "name": "Nm",
    "first": "Fst",
    "email": "Eml",
    "contact": "Cnt",
}


def context(locale: str, seed: int, n: int) -> types.SimpleNamespace:
    """A table's context: ``rng``, the person source, the language, row count and the columns so far."""
    rng = random.Random(f"34|{locale}|{seed}")
    src = p32.sources(locale, seed) if locale not in (*new33.NEW8_33, *new34.NEW8_34) else None
    return types.SimpleNamespace(
        locale=locale, seed=seed, rng=rng, src=src, lang=language.lang(locale), n=n, cols={}, labels={}, specs=[]
    )


def person(t: types.SimpleNamespace, child: bool = False) -> types.SimpleNamespace:
    """One person of the table's locale (set 32's fields; ``iban`` filled)."""
    if t.locale in new34.NEW8_34:
        return new34.person(t.locale, t.rng, child)
    if t.locale in new33.NEW8_33:
        p = new33.person(t.locale, t.rng)
        if child:
            p.dob = language.birth_date(t.rng, child=True)
        return p
    p = p32.new_person(t.src, t.rng, child=child)
    p.iban = p32.iban_of(p)
    return p


def crowd(t: types.SimpleNamespace, k: int, child: bool = False) -> list:
    """``k`` people of the table's locale."""
    return [person(t, child) for _ in range(k)]


def visits(t: types.SimpleNamespace, share: tuple[float, float]) -> list:
    """A person per row where people come back: ``share`` (low, high) of the rows are distinct people."""
    k = max(1, round(t.n * t.rng.uniform(*share)))
    people = crowd(t, k)
    rows = people + [t.rng.choice(people) for _ in range(t.n - k)]
    t.rng.shuffle(rows)
    return rows


def header(t: types.SimpleNamespace, spec: str) -> str:
    """The header of ``spec`` in the table's language, English where it has none."""
    parts = spec.split("|")
    i = _LANGS.index(t.lang) if t.lang in _LANGS else 0
    return parts[i] if i < len(parts) and parts[i] else parts[0]


def add(t: types.SimpleNamespace, spec: str, values: list, label) -> None:
    """A column: header ``spec``, ``values`` (one per row), ``label`` (accepted entities, None, or "dont_care")."""
    name = header(t, spec)
    while name in t.cols:
        name += " "
    t.cols[name] = values
    t.labels[name] = label
    t.specs.append(spec)


def junk(t: types.SimpleNamespace) -> str:
    """A junk cell as exports hold them (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own word)."""
    return t.rng.choice(("n/a", "?", "TBC", "see notes", "0", *language.missing_words(t.locale)))


def sometimes(t: types.SimpleNamespace, values: list, empty: float, junky: float = 0.04) -> list:
    """``values`` with ``empty`` of the cells blank and ``junky`` of them filled with junk."""
    out = []
    for v in values:
        r = t.rng.random()
        out.append("" if r < empty else junk(t) if r < empty + junky else v)
    return out


def phones(t: types.SimpleNamespace, who: list, landline: bool = False, ext: float = 0.0) -> list[str]:
    """A phone column in two to four layouts (set 32's ``phone_mix``), some with an extension."""
    mix = p32.phone_mix(t.rng)
    out = []
    for p in who:
        number = p.landline if landline and p.landline is not None else p.mobile
        cell = p32.phone_cell(number, t.rng.choice(mix), t.rng, landline=landline)
        if ext and t.rng.random() < ext:
            cell += t.rng.choice((f" x{t.rng.randint(10, 999)}", f" ext. {t.rng.randint(1, 99)}"))
        out.append(cell)
    return out


def dobs(t: types.SimpleNamespace, who: list) -> list[str]:
    """A birth-date column in one to three layouts."""
    layouts, weights = language.dob_mix(t.rng)
    return [p32.dob_cell(p.dob, language.proxy(t.locale), layouts, weights, t.rng) for p in who]


def date_cell(t: types.SimpleNamespace, d) -> str:
    """A non-personal date (a visit, a booking) in the locale's first layout."""
    return language.fmt_date(d, t.locale, "num")


def name_forms(t: types.SimpleNamespace, who: list, forms: tuple[str, ...], weights: tuple[float, ...]) -> list[str]:
    """A name column typed in several forms (``natural``, ``comma``, ``upper_last``, ``initial``, ``lower``,
    ``last_first``, ``initials``)."""
    return [p32.name_cell(p, t.rng.choices(forms, weights)[0]) for p in who]


def ids(t: types.SimpleNamespace, who: list, bare: float = 0.3) -> list[str]:
    """National ids of ``who`` with or without separators (blank where the locale has none written)."""
    return [p32.id_cell(p.nid, t.rng, bare=bare) if p.nid else "" for p in who]


def has_ids(t: types.SimpleNamespace) -> bool:
    """Whether the locale writes a national id at all."""
    return bool(person(context(t.locale, t.seed + 7, 1)).nid)


def card(t: types.SimpleNamespace) -> str:
    """A Visa or Mastercard number with its Luhn check digit (set 32's)."""
    return p32.card(t.rng, grouped=t.rng.random() < 0.6)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", name) if w]


def mangle(headers: list[str], specs: list[str], rng: random.Random) -> list[str]:
    """Headers as a mangling export writes them (one style per table, module docstring)."""
    style = rng.choice(("prefix", "suffix", "camel", "snake", "upper", "abbr", "foreign"))
    prefix = rng.choice(("cust_", "x_", f"fld{rng.randint(10, 99)}_", "u_", "tbl_"))
    out = []
    for h, spec in zip(headers, specs, strict=True):
        w = _words(h) or ["col"]
        if style == "prefix":
            out.append(prefix + "_".join(w).lower())
        elif style == "suffix":
            out.append("_".join(w) + "_1")
        elif style == "camel":
            out.append(w[0].lower() + "".join(x.capitalize() for x in w[1:]))
        elif style == "snake":
            out.append("_".join(w).lower())
        elif style == "upper":
            out.append("_".join(w).upper())
        elif style == "abbr":
            out.append(" ".join(_ABBR.get(x.lower(), x) for x in w))
        else:
            key = next((k for k in _FOREIGN if k in spec.split("|")[0].lower()), None)
            out.append(_FOREIGN[key] if key and rng.random() < 0.6 else h)
    seen: set[str] = set()
    for i in range(len(out)):
        while out[i] in seen:
            out[i] += "_"
        seen.add(out[i])
    return out


def size(locale: str, seed: int) -> int:
    """Rows of a table: a first-7 locale has one table of 200-400 rows and one of 10-20, the rest 20-80;
    elsewhere 10-40 rows, one table in twenty 150-250."""
    rng = random.Random(f"34size|{locale}|{seed}")
    if locale in language.FIRST7:
        k, turn = seed - 34001, sum(map(ord, locale)) % 6
        if k == turn:
            return rng.randint(200, 400)
        return rng.randint(10, 20) if k == (turn + 3) % 6 else rng.randint(20, 80)
    return rng.randint(150, 250) if rng.random() < 0.05 else rng.randint(10, 40)
