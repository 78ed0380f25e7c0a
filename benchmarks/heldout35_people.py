"""Held-out set 35: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 34's 206 locales take their people from the earlier sets' public generators (``heldout32_people.sources`` /
``new_person`` / ``iban_of`` for set 32's 190, ``heldout33_new8.person`` and ``heldout34_new8.person`` for the
sixteen after), called with set 35's seeds; the eight new ones from ``heldout35_new8``. Phones are written by
``heldout32_people.phone_cell`` (its layouts, with set 35's extensions), ids and cards by its ``id_cell`` / ``card``.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_people as p32
import heldout33_new8 as n33
import heldout34_new8 as n34
import heldout35_language as language
import heldout35_new8 as n35

NAME = ("name", "first_name", "last_name")
FIRST = ("first_name", "name")
LAST = ("last_name", "name")
PHONE = ("phone_number", "fax_number")
EMAIL = ("email",)
STREET = ("street_address", "address")
ADDRESS = ("address", "street_address")
POSTCODE = ("postcode",)
CITY = ("city",)
DOB = ("date_of_birth",)
NID = ("national_id", "ssn", "tax_id")
IBAN = ("iban",)
CARD = ("credit_debit_card",)
NAME_PHONE = ("name", "phone_number", "first_name", "last_name")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def sources(locale: str, seed: int) -> types.SimpleNamespace | None:
    """The name and address sources of a table (set 32's for its locales; None for the sixteen after)."""
    if locale in (*n33.NEW8_33, *n34.NEW8_34, *n35.NEW8_35):
        return None
    return p32.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` with the fields of set 34's (``first``, ``last``, ``full``, ``dob``, ``mobile``...)."""
    if locale in n35.NEW8_35:
        p = n35.person(locale, rng, child=child)
    elif locale in n34.NEW8_34:
        p = n34.person(locale, rng, child=child)
    elif locale in n33.NEW8_33:
        p = n33.person(locale, rng)
        p.dob = language.birth_date(rng, child=child) if child else p.dob
    else:
        p = p32.new_person(src, rng, child=child)
        p.iban = p32.iban_of(p)
    p.locale = locale
    return p


def latin(p) -> bool:
    """Whether ``p``'s name is in Latin letters (other scripts keep their one written form)."""
    return bool(_LATIN.match(f"{p.first} {p.last}"))


def name_cell(p, form: str) -> str:
    """``p``'s name in a cell's form: ``natural``, ``comma`` (``WEBER, Klaus``), ``tcomma`` (``Weber, Klaus``),
    ``upper_last`` (``Klaus WEBER``), ``initial`` (``K. Weber``), ``lower``, ``last_first`` (``Weber Klaus``),
    ``initials`` (``KW``); names in other scripts as they are."""
    if not latin(p):
        return p.full
    f, s = p.first, p.last
    return {
        "natural": p.full, "comma": f"{s.upper()}, {f}", "tcomma": f"{s}, {f}", "upper_last": f"{f} {s.upper()}",
        "initial": f"{f[0]}. {s}", "lower": p.full.lower(), "last_first": f"{s} {f}",
        "initials": f"{f[0]}{s[0]}".upper(),
    }.get(form, p.full)  # fmt: skip


def phone(p, rng: random.Random, layouts: list[str], landline: bool = False, ext: float = 0.0) -> str:
    """A phone of ``p`` in one of a column's layouts, sometimes with an extension (``x123``, ``ext. 12``)."""
    number = p.landline if landline and p.landline is not None else p.mobile
    text = p32.phone_cell(number, rng.choice(layouts), rng, landline=landline)
    if ext and rng.random() < ext:
        text += rng.choice(
            [f" x{rng.randint(100, 999)}", f" ext. {rng.randint(10, 99)}", f" (ext {rng.randint(1, 9)})"]
        )
    return text


def dob(p, locale: str, mix: tuple[list[str], list[float]], rng: random.Random) -> str:
    """A birth date in one of a column's layouts."""
    return language.fmt_date(p.dob, locale, rng.choices(mix[0], mix[1])[0])


def junk(rng: random.Random, locale: str, share: float = 0.04) -> str | None:
    """A cell filled with junk (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own word), or None."""
    if rng.random() >= share:
        return None
    return rng.choice(["n/a", "?", "TBC", "see notes", "0", *language.missing_words(locale)])


# A few header words in the languages whose exports these are (English elsewhere).
GLOSS = {
    "name": {"de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome", "nl": "Naam", "pt": "Nome"},
    "first": {"de": "Vorname", "fr": "Prénom", "es": "Nombre", "it": "Nome", "nl": "Voornaam", "pt": "Nome próprio"},
    "last": {"de": "Nachname", "fr": "Nom de famille", "es": "Apellidos", "it": "Cognome", "nl": "Achternaam",
             "pt": "Apelido"},
    "phone": {"de": "Telefon", "fr": "Téléphone", "es": "Teléfono", "it": "Telefono", "nl": "Telefoon",
              "pt": "Telefone"},
    "mobile": {"de": "Handy", "fr": "Portable", "es": "Móvil", "it": "Cellulare", "nl": "Mobiel", "pt": "Telemóvel"},
    "email": {"de": "E-Mail", "fr": "Courriel", "es": "Correo", "it": "Email", "nl": "E-mail", "pt": "Email"},
    "dob": {"de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha nac.", "it": "Data di nascita",
            "nl": "Geboortedatum", "pt": "Data de nascimento"},
    "street": {"de": "Straße", "fr": "Adresse", "es": "Dirección", "it": "Indirizzo", "nl": "Straat", "pt": "Morada"},
    "postcode": {"de": "PLZ", "fr": "CP", "es": "C.P.", "it": "CAP", "nl": "Postcode", "pt": "Código postal"},
    "town": {"de": "Ort", "fr": "Ville", "es": "Localidad", "it": "Città", "nl": "Plaats", "pt": "Localidade"},
    "notes": {"de": "Bemerkungen", "fr": "Observations", "es": "Observaciones", "it": "Note", "nl": "Opmerkingen",
              "pt": "Observações"},
    "nid": {"de": "Ausweis-Nr.", "fr": "N° pièce d'identité", "es": "DNI/NIE", "it": "Codice fiscale", "nl": "BSN",
            "pt": "N.º identificação"},
    "date": {"de": "Datum", "fr": "Date", "es": "Fecha", "it": "Data", "nl": "Datum", "pt": "Data"},
    "country": {"de": "Land", "fr": "Pays", "es": "País", "it": "Paese", "nl": "Land", "pt": "País"},
}  # fmt: skip


def header(key: str, english: str, lg: str) -> str:
    """The header of ``key`` in language ``lg`` (``english`` where the gloss has none)."""
    return GLOSS.get(key, {}).get(lg, english)


_ABBREV = {
    "phone": "Ph",
    "telephone": "Tel",
    "number": "No",
    "address": "Addr",
    "name": "Nm",
    "date": "Dt",
    "birth": "Bth",
    "customer": "Cust",
    "member": "Mbr",
    "email": "Eml",
    "notes": "Nts",
    "postcode": "PC",
}


def _words(h: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", h) if w]


def mangle(headers: list[str], rng: random.Random) -> list[str]:
    """One mangling for all of a table's headers, the way real exports and their re-imports rename columns."""
    style = rng.choice(["prefix", "fld", "suffix", "camel", "snake", "upper", "abbrev"])
    prefix = rng.choice(["cust_", "x_", "u_", "tbl_", "c_"])
    out = []
    for i, h in enumerate(headers):
        w = _words(h) or [f"col{i}"]
        if style == "prefix":
            out.append(prefix + "_".join(w).lower())
        elif style == "fld":
            out.append(f"fld{i + 3}_" + "".join(w).lower()[:10])
        elif style == "suffix":
            out.append("_".join(w) + "_1")
        elif style == "camel":
            out.append(w[0].lower() + "".join(x.capitalize() for x in w[1:]))
        elif style == "snake":
            out.append("_".join(w).lower())
        elif style == "upper":
            out.append("_".join(w).upper())
        else:
            out.append(" ".join(_ABBREV.get(x.lower(), x) for x in w))
    seen: dict[str, int] = {}
    for i, h in enumerate(out):  # two headers mangled alike keep apart
        seen[h] = seen.get(h, 0) + 1
        out[i] = h if seen[h] == 1 else f"{h}{seen[h]}"
    return out


def people_handle(p) -> str:
    """An account name made from the person's e-mail (``klausw82``): a user id, no name in a cell's form."""
    return p.email.split("@")[0].replace(".", "").replace("_", "")[:14]
