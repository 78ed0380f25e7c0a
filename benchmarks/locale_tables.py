"""Labelled per-locale tables for the PII column-detection benchmark (``bench_pii_locales.py``).

Each table is generated from one Faker locale with a fixed seed: PII columns (names, contact data,
addresses, identifiers) under column names drawn from several languages and decorated with extra
tokens (``fake_``, ``pt_``, ``_1``, camelCase, upper case), with values in original, lower or upper
case and a share of *invented* names that no name list holds; beside them category columns that
must not be tagged (``ward``, ``outcome``, test names, statuses...). The tests use other seeds,
other column names and another name inventor, so the benchmark is not what the detector was
checked against.

Example::

    table, labels, locales = locale_table("de_DE", seed=101)
    labels["fake_vorname_1"]  # ("first_name",)
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
N_ROWS = 400

# Entity -> column-name stems (several languages); one is drawn per table.
NAME_STEMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "given name", "vorname", "prenom", "nombre", "nome", "voornaam", "forename"),
    "last_name": ("last name", "surname", "nachname", "nom de famille", "apellido", "cognome", "achternaam",
                  "family name", "nom"),
    "name": ("full name", "name", "nom complet", "nombre completo", "nome completo", "naam", "vollständiger name",
             "patient name", "contact"),
    "email": ("email", "e-mail", "correo", "courriel", "mail", "posta elettronica"),
    "phone_number": ("phone", "telefono", "téléphone", "telefon", "telefoonnummer", "tel", "mobile", "handy"),
    "street_address": ("street", "straße", "rue", "calle", "via", "straat", "address line", "adresse"),
    "address": ("address", "postal address", "anschrift", "dirección", "indirizzo", "adres"),
    "city": ("city", "ville", "stadt", "ciudad", "città", "plaats", "town", "ort", "woonplaats"),
    "postcode": ("postcode", "zip", "plz", "code postal", "código postal", "cap", "postleitzahl"),
    "state": ("state", "region", "bundesland", "provincia", "provincie", "région", "county"),
    "iban": ("iban", "bank account", "konto", "cuenta", "rekeningnummer"),
    "credit_debit_card": ("card number", "carte", "tarjeta", "kreditkarte", "carta"),
    "date_of_birth": ("birth date", "date of birth", "geburtsdatum", "date de naissance", "fecha de nacimiento",
                      "data di nascita", "geboortedatum", "dob"),
    "ssn": ("ssn", "social security number"),
}  # fmt: skip
DECORATIONS = (
    "{}", "fake_{}", "pt_{}", "{}_1", "{}_2", "src_{}", "{}_raw", "cust {}", "{} (x)", "old_{}", "p{}",
)  # fmt: skip

# Category columns that look like words but are not PII (name -> levels).
NEGATIVES: dict[str, tuple[str, ...]] = {
    "ward": ("north", "south", "east", "west", "A1", "B2", "C3", "ICU", "maternity", "oncology", "cardiology"),
    "outcome": ("recovered", "died", "transferred", "discharged", "readmitted", "unknown"),
    "test_name": ("HbA1c", "CRP", "ALT", "AST", "glucose", "sodium", "potassium", "ferritin", "TSH", "INR"),
    "status": ("active", "pending", "closed", "on hold", "cancelled"),
    "blood_type": ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"),
    "colour": ("red", "green", "blue", "black", "white", "grey", "rose", "olive", "amber", "violet"),
    "doctor_grade": ("junior", "senior", "consultant", "registrar", "intern"),
    "insurance": ("public", "private", "none", "mixed"),
    "product_name": ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet",
                     "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango",
                     "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu"),
    "department_name": ("Sales", "Marketing", "Finance", "Legal", "Operations", "Research", "Support"),
}  # fmt: skip

# Faker providers whose values must not be tagged (words, codes, places that are not addresses).
FAKER_NEGATIVES = (
    "company", "job", "color_name", "user_name", "license_plate", "country", "language_name", "file_name",
    "catch_phrase", "currency_name", "ean13", "swift", "day_of_week", "domain_name",
)  # fmt: skip
_SYLLABLES = ("ka", "lo", "mir", "dru", "vel", "sa", "tho", "ren", "qui", "zor", "bel", "an", "ti", "mo", "gra")


def invented_name(rng: np.random.Generator) -> str:
    """A pronounceable name that is in no name list (``Zorvelan``)."""
    return "".join(rng.choice(_SYLLABLES, size=int(rng.integers(2, 4)))).capitalize()


def column_name(entity: str, rng: np.random.Generator) -> str:
    """A decorated column name for ``entity`` in a random language and case style."""
    stem = str(rng.choice(NAME_STEMS[entity]))
    deco = str(rng.choice(DECORATIONS))
    style = int(rng.integers(0, 4))
    words = stem.split()
    if style == 0:
        stem = "_".join(words)
    elif style == 1:
        stem = words[0] + "".join(w.capitalize() for w in words[1:])
    elif style == 2:
        stem = " ".join(w.capitalize() for w in words)
    else:
        stem = "_".join(words).upper()
    return deco.format(stem)


def _case(values: list[str], rng: np.random.Generator) -> list[str]:
    mode = int(rng.integers(0, 3))
    if mode == 1:
        return [v.lower() for v in values]
    if mode == 2:
        return [v.upper() for v in values]
    return values


def _with_invented(values: list[str], rng: np.random.Generator, share: float = 0.2) -> list[str]:
    return [invented_name(rng) if rng.random() < share else v for v in values]


def _generators(fake: Faker, rng: np.random.Generator, locale: str) -> dict[str, Callable[[], str]]:
    dob_format = "%m/%d/%Y" if locale == "en_US" else str(rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]))
    gens: dict[str, Callable[[], str]] = {
        "first_name": fake.first_name,
        "last_name": fake.last_name,
        "name": fake.name,
        "email": fake.email,
        "phone_number": fake.phone_number,
        "street_address": fake.street_address,
        "address": fake.address,
        "city": fake.city,
        "postcode": fake.postcode,
        "state": fake.administrative_unit,
        "iban": fake.iban,
        "credit_debit_card": fake.credit_card_number,
        "date_of_birth": lambda: fake.date_of_birth(minimum_age=1, maximum_age=95).strftime(dob_format),
    }
    if locale == "en_US":
        gens["ssn"] = fake.ssn
    return gens


def locale_table(locale: str, seed: int, n: int = N_ROWS) -> tuple[pd.DataFrame, dict, dict]:
    """(table, column -> accepted entities or None, column -> true locale for PII columns)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    locales: dict[str, str] = {}
    for entity, gen in _generators(fake, rng, locale).items():
        name = column_name(entity, rng)
        while name in columns:
            name += "_"
        values = [gen() for _ in range(n)]
        if entity in ("first_name", "last_name", "name"):
            if entity != "name":
                values = _with_invented(values, rng)
            values = _case(values, rng)
        elif entity in ("city", "street_address", "state"):
            values = _case(values, rng)
        columns[name] = values
        accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address")}
        labels[name] = accepted.get(entity, (entity,))
        locales[name] = locale
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["visit_count"] = list(rng.integers(1, 30, size=n))
    labels["visit_count"] = None
    # Faker values that are not personal data but look like words, codes or places.
    for name in FAKER_NEGATIVES:
        columns[f"x_{name}"] = [str(getattr(fake, name)()) for _ in range(n)]
        labels[f"x_{name}"] = None
    return pd.DataFrame(columns), labels, locales
