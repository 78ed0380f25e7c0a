"""Held-out labelled tables for ``bench_pii_heldout.py``: other seeds, locales, names and notes.

Built apart from the tests (``tests/pii``) and from the tuning benchmarks (``locale_tables.py``,
``bench_pii.py``): other seeds (9001...), five locales the PII stage has no rules for (pt_BR, en_IN,
pl_PL, sv_SE, ja_JP) beside the seven it supports, column names in other languages with other
decorations (``x_``, ``tbl.``, ``PATIENT_``, ``...Txt``, ``2``), values in mixed case *within* a
column, name columns with 25 % names from another inventor (consonant-vowel words), street lines
with flat/unit parts, addresses joined by commas or line breaks, and free-text notes written for
this set only (titles of each locale, contact details, bank details).

Example::

    table, labels, notes = heldout_table("pl_PL", seed=9001)
    labels["x_nazwisko"]  # ("last_name",)
    notes[0]  # [("name", "Łukasz Zięcik"), ("phone_number", "+48 22 141 77 76"), ...]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from faker import Faker

SUPPORTED = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
UNSUPPORTED = ("pt_BR", "en_IN", "pl_PL", "sv_SE", "ja_JP")
LOCALES = SUPPORTED + UNSUPPORTED
SEEDS = (9001, 9002)
N_ROWS = 300

STEMS: dict[str, tuple[str, ...]] = {
    "first_name": ("fname", "given", "primeiro nome", "imię", "förnamn", "firstname", "christian name", "prénom"),
    "last_name": ("lname", "family", "sobrenome", "nazwisko", "efternamn", "surname", "apellidos", "familienname"),
    "name": ("holder", "nome", "imię i nazwisko", "namn", "customer name", "insured", "titular", "naam klant"),
    "email": ("e mail address", "emailadres", "e-post", "correo electrónico", "email addr", "mail id"),
    "phone_number": ("contact number", "telefone", "telefon", "mobile no", "telefonnummer", "cell", "numero"),
    "street_address": ("addr line 1", "rua", "ulica", "gata", "street line", "indirizzo via", "straat en nummer"),
    "address": ("home address", "endereço", "adres zamieszkania", "postadress", "residence", "domicilio"),
    "city": ("town/city", "cidade", "miasto", "ort", "localidad", "comune", "municipality"),
    "postcode": ("zipcode", "cep", "kod pocztowy", "postnummer", "pin code", "postal", "cp"),
    "iban": ("iban number", "conta", "numer konta", "bankkonto", "account iban"),
    "credit_debit_card": ("cc number", "cartão", "karta", "kortnummer", "pan"),
    "ssn": ("social sec no", "ssn number"),
}  # fmt: skip
DECORATIONS = ("x_{}", "tbl.{}", "PATIENT_{}", "{}Txt", "{}2", "{} (primary)", "{}_value", "customer{}", "{}")

# Category columns that must not be tagged; wards are named after persons and trees on purpose.
NEGATIVES: dict[str, tuple[str, ...]] = {
    "ward": ("Nightingale", "Lister", "Seacole", "Rose", "Oak", "Maple", "Elm", "Ward 3", "Ward 7", "Cavell"),
    "outcome": ("Healed", "Deceased", "Referred", "Lost to follow-up", "Stable", "Worse"),
    "shift": ("day", "night", "late", "early"),
    "priority": ("Low", "Medium", "High", "Urgent"),
    "specialty": ("Paediatrics", "Geriatrics", "Urology", "Dermatology", "Neurology", "Orthopaedics"),
    "site": ("Main Campus", "North Clinic", "Riverside", "Hillview", "Harbour"),
    "plan_tier": ("Bronze", "Silver", "Gold", "Platinum"),
}  # fmt: skip
FAKER_NEGATIVES = ("job", "company", "country", "currency_code", "uuid4", "isbn13", "bs", "word", "month_name")

TITLES = {
    "en_US": ("Dr", "Mr", "Mrs", "Ms"), "en_GB": ("Dr", "Mr", "Mrs", "Miss"), "de_DE": ("Herr", "Frau", "Dr."),
    "fr_FR": ("M.", "Mme", "Dr"), "es_ES": ("Sr.", "Sra.", "Dr."), "it_IT": ("Sig.", "Sig.ra", "Dott."),
    "nl_NL": ("Dhr.", "Mevr.", "Dr."), "pt_BR": ("Sr.", "Sra.", "Dr."), "en_IN": ("Mr", "Mrs", "Dr"),
    "pl_PL": ("Pan", "Pani", "Dr"), "sv_SE": ("Dr",), "ja_JP": ("Dr",),
}  # fmt: skip
UNITS = {
    "en_US": ("Apt. {}", "Suite {}", "Unit {}"), "en_GB": ("Flat {}", "Flat {}", "Unit {}"),
    "de_DE": ("Wohnung {}",), "fr_FR": ("Appt {}", "Bât. {}"), "es_ES": ("Piso {}", "Puerta {}"),
    "it_IT": ("Interno {}", "Scala {}"), "nl_NL": ("bus {}",), "pt_BR": ("Apto {}", "Casa {}"),
    "en_IN": ("Flat {}", "Flat No. {}"), "pl_PL": ("m. {}",), "sv_SE": ("lgh {}",), "ja_JP": ("{}号室",),
}  # fmt: skip

# Free-text notes written for this set: {slot} -> entity. Each note uses a subset of the slots.
NOTES = (
    "Callback requested by {name} - try {phone_number} after 5pm or write to {email}.",
    "{title} {last_name} reviewed the file; the patient now lives at {street_address}.",
    "Refund approved for {name}: transfer to IBAN {iban} by Friday.",
    "Card {credit_debit_card} was declined twice, so {name} asked us to ring {phone_number}.",
    "New correspondence address {street_address}; old e-mail {email} bounces.",
    "Referred on by {title} {last_name} (direct line {phone_number}).",
    "Left a voicemail for {name} on {phone_number} about the missed appointment.",
    "{name} says the spare key is with a neighbour at {street_address}.",
    "Please send the invoice to {email} and copy {title} {last_name}.",
    "Parcel for {name} returned from {street_address}; customer can be reached at {phone_number}.",
)
NOTES_US = ("SSN on file {ssn}; verify identity of {name} before the payout.",)

_CONSONANTS = tuple("bdfgklmnprstvz")
_VOWELS = tuple("aeiou")


def other_invented_name(rng: np.random.Generator) -> str:
    """Consonant-vowel name (``Dukavome``), another inventor than ``locale_tables``' syllables."""
    n = int(rng.integers(2, 5))
    return "".join(str(rng.choice(_CONSONANTS)) + str(rng.choice(_VOWELS)) for _ in range(n)).capitalize()


def column_name(entity: str, rng: np.random.Generator) -> str:
    stem = str(rng.choice(STEMS[entity]))
    deco = str(rng.choice(DECORATIONS))
    style = int(rng.integers(0, 3))
    words = stem.split()
    stem = (
        "_".join(words) if style == 0 else words[0] + "".join(w.capitalize() for w in words[1:]) if style == 1 else stem
    )
    return deco.format(stem)


def mixed_case(value: str, rng: np.random.Generator) -> str:
    """Most values as written, some lower, a few upper (mixed within one column)."""
    draw = rng.random()
    return value.lower() if draw < 0.25 else value.upper() if draw < 0.35 else value


def _street(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    street = fake.street_address().replace("\n", ", ")
    if rng.random() < 0.4:
        unit = str(rng.choice(UNITS[locale])).format(int(rng.integers(1, 40)))
        street = f"{unit}, {street}" if locale in ("en_GB", "en_IN") else f"{street} {unit}"
    return street


def _address(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    lines = [line.strip() for line in fake.address().split("\n") if line.strip()]
    if rng.random() < 0.3:
        unit = str(rng.choice(UNITS[locale])).format(int(rng.integers(1, 40)))
        lines.insert(0 if locale in ("en_GB", "en_IN") else 1, unit)
    return (", " if rng.random() < 0.5 else "\n").join(lines)


def _generators(fake: Faker, rng: np.random.Generator, locale: str) -> dict[str, Callable[[], str]]:
    gens: dict[str, Callable[[], str]] = {
        "first_name": fake.first_name,
        "last_name": fake.last_name,
        "name": fake.name,
        "email": fake.email,
        "phone_number": fake.phone_number,
        "street_address": lambda: _street(fake, rng, locale),
        "address": lambda: _address(fake, rng, locale),
        "city": fake.city,
        "postcode": fake.postcode,
        "iban": fake.iban,
        "credit_debit_card": fake.credit_card_number,
    }
    if locale == "en_US":
        gens["ssn"] = fake.ssn
    return gens


def _note(fake: Faker, rng: np.random.Generator, locale: str) -> tuple[str, list[tuple[str, str]]]:
    templates = NOTES + (NOTES_US if locale == "en_US" else ())
    template = str(rng.choice(templates))
    values: dict[str, str] = {
        "name": f"{fake.first_name()} {fake.last_name()}",
        "last_name": fake.last_name(),
        "title": str(rng.choice(TITLES[locale])),
        "phone_number": fake.phone_number(),
        "email": fake.email(),
        "street_address": _street(fake, rng, locale),
        "iban": fake.iban(),
        "credit_debit_card": fake.credit_card_number(),
        "ssn": fake.ssn() if locale == "en_US" else "",
    }
    truth = [(slot, values[slot]) for slot in values if "{" + slot + "}" in template and slot != "title"]
    return template.format(**values), truth


def heldout_table(
    locale: str, seed: int, n: int = N_ROWS
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None], list[list[tuple[str, str]]]]:
    """(table, column -> accepted entities or None, per row the (entity, value) pairs of its note)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    for entity, gen in _generators(fake, rng, locale).items():
        name = column_name(entity, rng)
        while name in columns:
            name += "_"
        values = [str(gen()) for _ in range(n)]
        if entity in ("first_name", "last_name"):
            values = [other_invented_name(rng) if rng.random() < 0.25 else v for v in values]
        if entity in ("first_name", "last_name", "name", "city", "street_address", "address", "email"):
            values = [mixed_case(v, rng) for v in values]
        columns[name] = values
        accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address")}
        labels[name] = accepted.get(entity, (entity,))
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["length_of_stay"] = [int(x) for x in rng.integers(0, 60, size=n)]
    labels["length_of_stay"] = None
    for provider in FAKER_NEGATIVES:
        columns[f"meta_{provider}"] = [str(getattr(fake, provider)()) for _ in range(n)]
        labels[f"meta_{provider}"] = None
    notes = [_note(fake, rng, locale) for _ in range(n)]
    columns["case_notes"] = [text for text, _ in notes]
    labels["case_notes"] = None  # free text: scored span by span, not as a column
    return pd.DataFrame(columns), labels, [truth for _, truth in notes]
