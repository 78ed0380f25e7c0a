"""Held-out set 32: what every shape's builder shares: the table's context, labels, headers in the business's
language, people who come back, junk cells, and the column names real exports mangle.

Headers are written ``"en|de|fr|es|it|nl|pt"`` (an empty slot: the English one). A third of the tables have their
names mangled (``mangle``), one style per table: a prefix (``cust_``, ``x_``, ``fld12_``), a suffix ``_1``,
camelCase, lower snake_case, ALL UPPER, consonant abbreviations (``Clnt Phn``) or words of another language; the
names matter only for the "shown" score.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_language as language
import heldout32_people as people

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
# A cell with a name and a phone: either replaced removes the person.
NAME_PHONE = ("name", "phone_number", "first_name", "last_name")
_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
_OTHER_WORDS = {"name": "Nombre", "phone": "Telefon", "address": "Adresse", "email": "Correo", "birth": "Geburt",
                "town": "Ville", "city": "Ciudad", "id": "Ausweis", "mobile": "Handy", "surname": "Apellido",
                "postcode": "PLZ", "notes": "Notizen", "client": "Cliente", "date": "Datum"}  # fmt: skip


def context(locale: str, seed: int, n: int) -> types.SimpleNamespace:
    """A table's context: ``rng``, the person sources, the language, row count and the columns so far."""
    rng = random.Random(f"set32/{locale}/{seed}")
    lg = language.lang(locale)
    return types.SimpleNamespace(locale=locale, seed=seed, rng=rng, lang=lg if lg in _LANGS else "en", n=n,
                                 src=people.sources(locale, seed), cols=[], branch=[])  # fmt: skip


def header(t: types.SimpleNamespace, spec: str) -> str:
    """The header of ``spec`` (``"en|de|fr|..."``) in the table's language, English where it has none."""
    parts = spec.split("|")
    i = _LANGS.index(t.lang)
    return parts[i] if i < len(parts) and parts[i] else parts[0]


def add(t: types.SimpleNamespace, spec: str, values: list, label) -> None:
    """A column: header ``spec``, ``values`` (one per row), ``label`` (accepted entities, None, or "dont_care")."""
    t.cols.append((header(t, spec), spec, list(values), label))


def crowd(t: types.SimpleNamespace, k: int, child: bool = False) -> list:
    """``k`` people of the table's locale."""
    return [people.new_person(t.src, t.rng, child) for _ in range(k)]


def visits(t: types.SimpleNamespace, share: tuple[float, float]) -> list:
    """A person per row where people come back: ``share`` (low, high) of the rows are distinct people."""
    k = max(1, round(t.n * t.rng.uniform(*share)))
    pool = crowd(t, k)
    rows = pool + [t.rng.choice(pool) for _ in range(t.n - k)]
    t.rng.shuffle(rows)
    return rows[: t.n]


def sometimes(t: types.SimpleNamespace, values: list, empty: float, junk: float = 0.04) -> list:
    """``values`` with ``empty`` of the cells blank and a few filled with junk (``n/a``, ``?``, ``TBC``)."""
    out = []
    for v in values:
        if t.rng.random() < empty:
            out.append("")
        else:
            j = people.junk(t.rng, t.locale, junk)
            out.append(v if j is None else j)
    return out


def phones(t: types.SimpleNamespace, numbers: list, landline: bool = False) -> list[str]:
    """A phone column in two to four layouts (one on most rows)."""
    mix = people.phone_mix(t.rng)
    weights = [6, *[1] * (len(mix) - 1)]
    return [people.phone_cell(x, t.rng.choices(mix, weights)[0], t.rng, landline) for x in numbers]


def dobs(t: types.SimpleNamespace, dates: list) -> list[str]:
    """A birth-date column in one to three layouts."""
    layouts, weights = language.dob_mix(t.rng)
    return [people.dob_cell(d, t.locale, layouts, weights, t.rng) for d in dates]


def name_forms(t: types.SimpleNamespace, who: list, forms: tuple[str, ...], weights: tuple[float, ...]) -> list[str]:
    """A name column whose rows were typed in several forms."""
    return [people.name_cell(p, t.rng.choices(forms, weights)[0]) for p in who]


def ids(t: types.SimpleNamespace, who: list) -> list[str]:
    """National ids of ``who`` (blank where the locale has none written)."""
    return [people.id_cell(p.nid, t.rng) if p.nid else "" for p in who]


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", text) if w]


def _abbrev(word: str) -> str:
    return word if len(word) <= 3 else word[0] + re.sub(r"[aeiouAEIOU]", "", word[1:])[:3]


def mangle(headers: list[str], specs: list[str], rng: random.Random) -> list[str]:
    """Headers as a mangling export writes them (one style per table, module docstring)."""
    style = rng.choice(("prefix", "suffix", "camel", "snake", "upper", "abbrev", "other"))
    prefix = rng.choice(("cust_", "x_", f"fld{rng.randint(2, 40)}_", "c_", "usr_"))
    out = []
    for h, spec in zip(headers, specs, strict=True):
        words = _words(h)
        if not words:
            out.append(h)
        elif style == "prefix":
            out.append(prefix + "_".join(words).lower())
        elif style == "suffix":
            out.append("_".join(words) + "_1")
        elif style == "camel":
            out.append(words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:]))
        elif style == "snake":
            out.append("_".join(words).lower())
        elif style == "upper":
            out.append("_".join(words).upper())
        elif style == "abbrev":
            out.append(" ".join(_abbrev(w) for w in words))
        else:
            en = _words(spec.split("|")[0].lower())
            out.append(" ".join(_OTHER_WORDS.get(w, w.title()) for w in en))
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}{seen[h]}"
    return out


def size(locale: str, seed: int) -> int:
    """Rows of a table: one first-7 table of 10-20 rows and one of 250-400; elsewhere mostly 10-80 rows."""
    rng = random.Random(f"set32-size/{locale}/{seed}")
    if locale in language.FIRST7:
        turn = (language.FIRST7.index(locale) + seed) % 6
        if turn == 0:
            return rng.randint(10, 20)
        if turn == 3:
            return rng.randint(250, 400)
        return rng.randint(25, 110)
    if rng.random() < 0.1:
        return rng.randint(150, 250)
    return rng.randint(10, 80)
