"""Held-out set 33: what every shape's builder shares: the table's context, people (set 32's generators for set 32's
locales, ``heldout33_new8`` for the new eight), labels, headers in the business's language, people who come back,
cells written in several forms, junk cells, and the column names real exports mangle.

Headers are written ``"en|de|fr|es|it|nl|pt"`` (an empty slot: the English one). A third of the tables have their
names mangled (``mangle``), one style per table: a prefix (``cust_``, ``x_``, ``fld12_``, ``tbl_``), a suffix
``_1``, camelCase, lower snake_case, ALL UPPER, dropped vowels (``Clnt Phn``) or a word of another language.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_people as p32
import heldout33_language as language
import heldout33_new8 as new8

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
NAME_PHONE = ("name", "phone_number", "first_name", "last_name")
_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
_OTHER = {"name": "Nom", "phone": "Telefon", "address": "Dirección", "email": "Correo", "birth": "Geburtsdatum",
          "town": "Plaats", "id": "Ausweis", "mobile": "Celular", "surname": "Cognome", "postcode": "CAP",
          "notes": "Opmerkingen", "date": "Fecha", "parent": "Elternteil", "client": "Cliente"}  # fmt: skip


def context(locale: str, seed: int, n: int) -> types.SimpleNamespace:
    """A table's context: ``rng``, the person source, the language, row count and the columns so far."""
    rng = random.Random(f"33/{locale}/{seed}")
    src = None if locale in new8.NEW8_33 else p32.sources(locale, seed)
    return types.SimpleNamespace(locale=locale, seed=seed, rng=rng, src=src, lang=language.lang(locale), n=n,
                                 cols={}, labels={}, specs={}, region=language.region(locale))  # fmt: skip


def person(t: types.SimpleNamespace, child: bool = False) -> types.SimpleNamespace:
    """One person of the table's locale (set 32's fields; ``iban`` filled)."""
    if t.src is None:
        p = new8.person(t.locale, t.rng)
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
    k = max(2, int(t.n * t.rng.uniform(*share)))
    people = crowd(t, k)
    rows = people[: t.n] + [t.rng.choice(people) for _ in range(t.n - min(k, t.n))]
    t.rng.shuffle(rows)
    return rows


def header(t: types.SimpleNamespace, spec: str) -> str:
    """The header of ``spec`` in the table's language, English where it has none."""
    parts = spec.split("|")
    i = _LANGS.index(t.lang) if t.lang in _LANGS else 0
    return (parts[i] if i < len(parts) and parts[i] else parts[0]).strip()


def add(t: types.SimpleNamespace, spec: str, values: list, label) -> None:
    """A column: header ``spec``, ``values`` (one per row), ``label`` (accepted entities, None, or "dont_care")."""
    name = header(t, spec)
    while name in t.cols:
        name += " 2"
    t.cols[name] = [None if v is None else str(v) for v in values]
    t.labels[name] = label
    t.specs[name] = spec.split("|")[0]


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
    weights = [0.6] + [0.4 / (len(mix) - 1)] * (len(mix) - 1) if len(mix) > 1 else [1.0]
    out = []
    for p in who:
        number = p.landline if landline else p.mobile
        if number is None:
            out.append("")
            continue
        cell = p32.phone_cell(number, t.rng.choices(mix, weights)[0], t.rng, landline)
        if ext and t.rng.random() < ext:
            cell += t.rng.choice((f" x{t.rng.randint(10, 999)}", f" ext. {t.rng.randint(1, 99)}", " (WhatsApp)"))
        out.append(cell)
    return out


def dobs(t: types.SimpleNamespace, who: list) -> list[str]:
    """A birth-date column in one to three layouts."""
    layouts, weights = language.dob_mix(t.rng)
    return [p32.dob_cell(p.dob, language.proxy(t.locale), layouts, weights, t.rng) for p in who]


def name_forms(t: types.SimpleNamespace, who: list, forms: tuple[str, ...], weights: tuple[float, ...]) -> list[str]:
    """A name column whose rows were typed in several forms (``natural``, ``comma``, ``upper_last``, ``initial``,
    ``lower``, ``last_first``, ``initials``)."""
    return [p32.name_cell(p, t.rng.choices(forms, weights)[0]) for p in who]


def ids(t: types.SimpleNamespace, who: list, bare: float = 0.3) -> list[str]:
    """National ids of ``who`` with or without separators (blank where the locale has none written)."""
    return [p32.id_cell(p.nid, t.rng, bare) if p.nid else "" for p in who]


def has_ids(t: types.SimpleNamespace) -> bool:
    """Whether the locale writes a national id at all."""
    return bool(person(types.SimpleNamespace(**{**vars(t), "rng": random.Random(t.seed)})).nid)


def card(t: types.SimpleNamespace) -> str:
    """A Visa or Mastercard number with its Luhn check digit (set 32's)."""
    return p32.card(t.rng, grouped=t.rng.random() < 0.6)


def _vowelless(word: str) -> str:
    return word[0] + re.sub(r"[aeiouAEIOU]", "", word[1:]) if len(word) > 3 else word


def mangle(headers: list[str], specs: list[str], rng: random.Random) -> list[str]:
    """Headers as a mangling export writes them (one style per table, module docstring)."""
    style = rng.choice(("prefix", "suffix", "camel", "snake", "upper", "vowels", "other"))
    prefix = rng.choice(("cust_", "x_", "fld12_", "tbl_", "usr_"))
    out = []
    for i, (h, spec) in enumerate(zip(headers, specs, strict=True)):
        words = re.findall(r"\w+", h) or [f"col{i}"]
        if style == "prefix":
            new = prefix + "_".join(w.lower() for w in words)
        elif style == "suffix":
            new = "_".join(words) + "_1"
        elif style == "camel":
            new = words[0].lower() + "".join(w.capitalize() for w in words[1:])
        elif style == "snake":
            new = "_".join(w.lower() for w in words)
        elif style == "upper":
            new = "_".join(w.upper() for w in words)
        elif style == "vowels":
            new = " ".join(_vowelless(w) for w in words)
        else:
            key = next((k for k in _OTHER if k in spec.lower()), "")
            new = _OTHER[key] if key else h
        while new in out:
            new += "_2"
        out.append(new)
    return out


def size(locale: str, seed: int) -> int:
    """Rows of a table: a first-7 locale has one table of 200-300 rows and one of 10-20; elsewhere 10-60 rows,
    and one table in sixteen 150-250."""
    rng = random.Random(f"size33/{locale}/{seed}")
    if locale in language.FIRST7:
        return rng.randint(200, 300) if seed == 33003 else rng.randint(10, 20) if seed == 33005 else rng.randint(20, 60)
    return rng.randint(150, 250) if rng.random() < 1 / 16 else rng.randint(10, 50)


def born(t: types.SimpleNamespace, first_year: int, last_year: int):
    """A birth date between two years (students, children)."""
    import datetime as dt

    return dt.date(t.rng.randint(first_year, last_year), t.rng.randint(1, 12), t.rng.randint(1, 28))
