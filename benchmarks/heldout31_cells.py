"""Held-out set 31: what every shape's builder shares: the table's context, labels, headers in the business's
language, people who come back, and the column names real exports mangle.

Headers are written ``"en|de|fr|es|it|nl|pt"`` (an empty slot: the English one). A third of the tables have their
names mangled as exports do (``mangle``): a prefix (``cust_``, ``x_``, ``fld12_``), a suffix ``_1``, camelCase, all
lower snake_case, ALL UPPER, an abbreviation (``Vis Ph``) or the word of another language; the names matter only for
the "shown" score.
"""

from __future__ import annotations

import random
import re
import types
import unicodedata

import heldout31_language as language
import heldout31_people as people

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
SSN = ("ssn", "national_id", "tax_id")
IBAN = ("iban",)
DC = "dont_care"
# A cell holding a name and a phone number together (``Tom Weber 0170 1234567``): either entity replaces it.
NAME_PHONE = ("name", "phone_number", "first_name", "last_name")
_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


def context(locale: str, seed: int, n: int) -> types.SimpleNamespace:
    """A table's context: ``rng``, the name and address sources, the language, row count and the columns so far."""
    rng = random.Random(f"{locale}/{seed}/31")
    return types.SimpleNamespace(
        locale=locale, seed=seed, lg=language.lang(locale), rng=rng, src=people.sources(locale, seed), n=n,
        cols=[], branch=[], region=language.region(locale),
    )  # fmt: skip


def header(t: types.SimpleNamespace, spec: str) -> str:
    """The header of ``spec`` (``"en|de|fr|..."``) in the table's language, English where it has none."""
    parts = spec.split("|")
    i = _LANGS.index(t.lg) if t.lg in _LANGS else 0
    return parts[i] if i < len(parts) and parts[i] else parts[0]


def add(t: types.SimpleNamespace, spec: str, values: list, label) -> None:
    """A column: header ``spec``, ``values`` (one per row), ``label`` (accepted entities, None, or "dont_care")."""
    assert len(values) == t.n, (spec, len(values), t.n)
    t.cols.append((spec, values, label))


def crowd(t: types.SimpleNamespace, k: int, child: bool = False, female: bool | None = None, max_age: int = 0) -> list:
    """``k`` people of the table's locale (``female``, ``max_age``: drawn again, up to 80 times, until so)."""
    out = []
    for _ in range(k):
        p = people.new_person(t.src, t.rng, child)
        for _ in range(80 if female is not None or max_age else 0):
            if (female is None or p.female == female) and (not max_age or p.dob.year >= 2026 - max_age):
                break
            p = people.new_person(t.src, t.rng, child)
        out.append(p)
    return out


def visits(t: types.SimpleNamespace, share: tuple[float, float]) -> list[types.SimpleNamespace]:
    """A person per row where people come back: ``share`` (low, high) of the rows are distinct people."""
    k = max(1, round(t.n * t.rng.uniform(*share)))
    pool = crowd(t, k)
    rows = pool + [t.rng.choice(pool) for _ in range(t.n - k)]
    t.rng.shuffle(rows)
    return rows


def sometimes(t: types.SimpleNamespace, values: list, empty: float, junk: float = 0.04) -> list:
    """``values`` with ``empty`` of the cells blank and a few filled with junk (``n/a``, ``?``, ``TBC``)."""
    out = []
    for v in values:
        if t.rng.random() < empty:
            out.append("")
        else:
            out.append(people.junk(t.rng, t.locale, junk) or v)
    return out


def phones(t: types.SimpleNamespace, numbers: list, landline: bool = False) -> list[str]:
    """A phone column in two to four layouts."""
    mix = people.phone_mix(t.rng)
    return [people.phone_cell(x, t.rng.choice(mix), t.rng, landline) if x is not None else "" for x in numbers]


def dobs(t: types.SimpleNamespace, dates: list) -> list[str]:
    """A birth-date column in one to three layouts."""
    layouts, weights = language.dob_mix(t.rng)
    return [people.dob_cell(d, t.locale, layouts, weights, t.rng) if d is not None else "" for d in dates]


def name_forms(t: types.SimpleNamespace, who: list, forms: tuple[str, ...], weights: tuple[float, ...]) -> list[str]:
    """A name column whose rows were typed in several forms (``SURNAME, Given`` beside ``Given SURNAME``)."""
    return [people.name_cell(p, t.rng.choices(forms, weights)[0]) for p in who]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", _ascii(text)) if w]


def mangle(headers: list[str], specs: list[str], rng: random.Random) -> list[str]:
    """Headers as a mangling export writes them (one style per table, module docstring)."""
    style = rng.choice(["prefix", "suffix", "camel", "lower", "upper", "abbrev", "other_language", "fld"])
    prefix = rng.choice(["cust_", "x_", "c_", "usr_"])
    slot = rng.randrange(len(_LANGS))  # other_language: the words of one other language throughout
    out = []
    for i, (h, spec) in enumerate(zip(headers, specs, strict=True)):
        words = _words(h) or [f"col{i}"]
        if style == "prefix":
            out.append(prefix + "_".join(w.lower() for w in words))
        elif style == "fld":
            out.append(f"fld{i + 1}_" + "_".join(w.lower() for w in words)[:18])
        elif style == "suffix":
            out.append("_".join(words) + "_1")
        elif style == "camel":
            out.append(words[0].lower() + "".join(w.title() for w in words[1:]))
        elif style == "lower":
            out.append("_".join(w.lower() for w in words))
        elif style == "upper":
            out.append("_".join(w.upper() for w in words))
        elif style == "abbrev":
            out.append(" ".join(w[:3].title() if len(w) > 3 else w.title() for w in words))
        else:
            parts = spec.split("|")
            other = parts[slot] if slot < len(parts) and parts[slot] else ""
            out.append(other or h)
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}_{seen[h]}"
    return out


def size(locale: str, seed: int) -> int:
    """Rows of a table: one first-7 table of 10-20 rows and one of 250-400; elsewhere mostly small."""
    rng = random.Random(f"size/{locale}/{seed}")
    if locale in language.FIRST7:
        k = seed - 31001
        return rng.randint(10, 20) if k == 2 else rng.randint(250, 400) if k == 4 else rng.randint(25, 120)
    roll = rng.random()
    return rng.randint(10, 40) if roll < 0.55 else rng.randint(40, 150) if roll < 0.9 else rng.randint(150, 400)
