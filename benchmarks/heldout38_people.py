"""Held-out set 38: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 37's 230 locales take their people from the earlier sets' public generators (``heldout37_people.sources`` /
``person`` and ``heldout37_new8.person``), with set 38's seeds; the eight new ones from ``heldout38_new8``. What an
export does to a fact is set 38's own: names as ``Missick, Lormeka``, ``Lormeka MISSICK``, ``L Missick`` (no dot),
``MISSICK, L``, ``Lormeka M.`` (as booking apps show a client), a nickname in quotes (``Darlene "Dar" Christian``),
``Missick Lormeka & Delroy`` (a couple under one surname); phones with dots, a slash after the area code, ``mob.``
or ``WhatsApp`` in the cell, an extension, ``+33 (0)6 ...``, two numbers joined by ``or``/``;``; headers as
``Client / Name``, ``NAME (CLIENT)``, vowels dropped (``clnt_nm``), a trailing colon, Access's ``fld`` prefix,
double underscores, the words reversed (``name_client``), and now and then a header lost (``Unnamed: 4``).
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

# isort: split
import heldout37_new8 as new37
import heldout37_people as p37

# isort: split
import heldout38_new8 as new38

NAME, FIRST, LAST, PHONE, EMAIL = p37.NAME, p37.FIRST, p37.LAST, p37.PHONE, p37.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p37.STREET, p37.ADDRESS, p37.POSTCODE, p37.CITY, p37.DOB
NID, IBAN, CARD = p37.NID, p37.IBAN, p37.CARD
NAME_FORMS = ("full", "comma", "first_LAST", "init_nodot", "LAST_init", "first_lastinit", "lower", "title_last")
_TITLE = {"en": ("Mrs", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
          "it": ("Sig.ra", "Sig."), "nl": ("Mevr.", "Dhr."), "pt": ("Sra.", "Sr.")}  # fmt: skip
_CELL_WORDS = {"en": ("mob.", "WhatsApp", "home"), "de": ("Handy", "WhatsApp", "priv."), "fr": ("port.", "WhatsApp",
               "dom."), "es": ("móvil", "WhatsApp", "casa"), "it": ("cell.", "WhatsApp", "casa"),
               "nl": ("mob.", "WhatsApp", "thuis"), "pt": ("tlm.", "WhatsApp", "casa")}  # fmt: skip
PHONE_LAYOUTS = ("intl", "e164", "national", "dots", "slash", "word", "ext", "cc0", "bare")


def sources(locale: str, seed: int):
    """What the earlier generators draw a locale's people from (nothing for the new 8 of sets 37 and 38)."""
    if locale in new38.NEW8_38 or locale in new37.NEW8_37:
        return None
    return p37.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 37's generators, or ``heldout38_new8``)."""
    if locale in new38.NEW8_38:
        return new38.person(locale, rng, child)
    if locale in new37.NEW8_37:
        return new37.person(locale, rng, child)
    return p37.person(locale, src, rng, child)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 37's rule; French Guiana's Chinese
    families: characters)."""
    if p.locale in new38.NEW8_38:
        return p.script or None
    return p37.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    return all(ord(c) < 0x250 for c in p.full if c.isalpha())


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language (English where the language has none here)."""
    pair = _TITLE.get(lg, _TITLE["en"])
    return pair[0] if p.female else pair[1]


def name_cell(p, form: str, lg: str = "en") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    if not latin(p) and form not in ("full", "comma"):
        form = "full"
    if form == "comma":
        return f"{p.last}, {p.first}"
    if form == "first_LAST":
        return f"{p.first} {p.last.upper()}"
    if form == "init_nodot":
        return f"{p.first[0]} {p.last}"
    if form == "LAST_init":
        return f"{p.last.upper()}, {p.first[0]}"
    if form == "first_lastinit":
        return f"{p.first} {p.last[0]}."
    if form == "lower":
        return p.full.lower()
    if form == "title_last":
        return f"{title(p, lg)} {p.last}"
    if form == "nick" and getattr(p, "nick", ""):
        return f'{p.first} "{p.nick}" {p.last}'
    return p.full


def phone_text(num: phonenumbers.PhoneNumber, layout: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """One number in one of set 38's layouts."""
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(num, fmt.NATIONAL)
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if layout == "national":
        return national
    if layout == "dots":
        return re.sub(r"[\s\-()]+", ".", national).strip(".")
    if layout == "slash":
        parts = national.replace("(", "").replace(")", "").replace("-", " ").split(" ", 1)
        return f"{parts[0]}/{parts[1]}" if len(parts) == 2 else national
    if layout == "word":
        return f"{_CELL_WORDS.get(lg, _CELL_WORDS['en'])[0]} {national}"
    if layout == "ext":
        return f"{national} ext. {(rng or random.Random(0)).randint(10, 299)}"
    if layout == "cc0" and national.startswith("0"):
        return f"+{num.country_code} (0){national[1:]}"
    if layout == "bare":
        return re.sub(r"\D", "", national)
    return intl


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0,
               both: float = 0.0) -> str:  # fmt: skip
    """A person's phone cell: one number in one of the column's layouts, now and then both of their numbers."""
    first = p.landline if rng.random() < landline else p.mobile
    layout = rng.choice(layouts)
    text = phone_text(first, layout if layout != "ext" or first is p.landline else "national", lg, rng)
    if rng.random() < both:
        other = p.mobile if first is p.landline else p.landline
        joiner = rng.choice((" or ", "; ", " / "))
        text = f"{text}{joiner}{phone_text(other, rng.choice(layouts[:2] or ['national']), lg, rng)}"
        if rng.random() < 0.4:
            text += f" ({_CELL_WORDS.get(lg, _CELL_WORDS['en'])[2]})"
    return text


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally without its area code where the plan has one (the last seven digits of a NANP
    number), else its national form."""
    if num.country_code == 1:
        digits = str(num.national_number)[-7:]
        return f"{digits[:3]}-{digits[3:]}"
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def card(rng: random.Random) -> str:
    """A card number (set 37's generator)."""
    return p37.card(rng)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./\-]+", header) if w]


def _novowel(word: str) -> str:
    return word[0] + re.sub(r"[aeiouAEIOU]", "", word[1:]) if len(word) > 3 else word


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> list[str]:
    """Headers as one export of set 38 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes)."""
    style = rng.choice(("slash", "paren_upper", "novowel", "colon", "fld", "dunder", "reverse", "upper_dash"))
    out = []
    for h in headers:
        w = _words(h)
        if style == "slash" and len(w) > 1:
            out.append(f"{w[0].capitalize()} / {' '.join(w[1:]).capitalize()}")
        elif style == "paren_upper" and len(w) > 1:
            out.append(f"{' '.join(w[1:]).upper()} ({w[0].upper()})")
        elif style == "novowel":
            out.append("_".join(_novowel(x.lower()) for x in w))
        elif style == "colon":
            out.append(f"{h}:")
        elif style == "fld":
            out.append("fld" + "".join(x[:1].upper() + x[1:] for x in w))
        elif style == "dunder":
            out.append("__".join(x.lower() for x in w))
        elif style == "reverse" and len(w) > 1:
            out.append("_".join(x.lower() for x in reversed(w)))
        elif style == "upper_dash":
            out.append("-".join(x.upper() for x in w))
        else:
            out.append(h)
    i = rng.randrange(len(out))
    if rng.random() < 0.3 and i != keep % len(out):
        out[i] = f"Unnamed: {i}"
    seen: dict[str, int] = {}
    for i, h in enumerate(out):  # distinct headers: a second ``Name (CLIENT)`` gets ``.1`` as pandas does
        seen[h] = seen.get(h, -1) + 1
        if seen[h]:
            out[i] = f"{h}.{seen[h]}"
    return out
