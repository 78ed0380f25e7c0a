"""A second held-out set for ``bench_pii_heldout.py --set fresh``: written after the first one was tuned on.

The first held-out set (``bench_pii_heldout_tables.py``, seeds 9001-9002) was used to fix the
detector, so it is partly tuned. This set is kept apart from it and from the tests: other seeds
(9101-9102), other column-name stems and decorations (``col_``, ``__c``, ``src.``, ``-field``,
``F_``, ``#1``), names written ``LAST, First``, with a middle initial or in capitals, invented
names of a third inventor (closed syllables, ``Tharvon``), addresses assembled as
``street, postcode town`` on one line or in two lines, international phone layouts beside national
ones, other category columns that must not be tagged (rooms named after scientists, triage
colours, payers) and other Faker negatives, and free-text notes with other wording.

Nothing in ``src/`` or ``tests/`` was changed after looking at this set's results.

Example::

    table, labels, notes = fresh_table("de_DE", seed=9101)
    notes[0]  # [("name", "Karl-Heinz Wagner"), ("email", "...")]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker

SUPPORTED = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
UNSUPPORTED = ("pt_BR", "en_IN", "pl_PL", "sv_SE", "ja_JP")
LOCALES = SUPPORTED + UNSUPPORTED
SEEDS = (9101, 9102)
N_ROWS = 300
NOTES_COLUMN = "remarks_free"

STEMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first", "voornaam", "nombre de pila", "given nm", "fornavn", "imie", "pila"),
    "last_name": ("last", "achternaam", "primer apellido", "family nm", "efternavn", "nazwisko rodowe", "sei"),
    "name": ("contact person", "beneficiary", "account holder", "nome e cognome", "naam", "owner name"),
    "email": ("email id", "correo", "e mailadres", "adresse mail", "mail contact", "emailaddr"),
    "phone_number": ("phone no", "tel nr", "numero di telefono", "handy", "celular", "mobil", "telephone"),
    "street_address": ("street", "strasse hausnr", "via e civico", "rue", "address line", "line1"),
    "address": ("full address", "anschrift", "indirizzo completo", "adresse postale", "dirección", "morada"),
    "city": ("city", "stadt", "ville", "citta", "plaats", "ciudad", "town"),
    "postcode": ("post code", "plz", "code postal", "cap", "postcode nl", "zip", "pincode"),
    "iban": ("iban", "bank iban", "iban code", "rekening iban"),
    "credit_debit_card": ("card no", "card number", "carte", "tarjeta", "kreditkarte"),
    "ssn": ("ssn", "social security"),
}  # fmt: skip
DECORATIONS = ("col_{}", "{}__c", "src.{}", "{}-field", "F_{}", "{}#1", "{}", "{} 2024")

# Category columns that must not be tagged: rooms named after scientists, colours, payers.
NEGATIVES: dict[str, tuple[str, ...]] = {
    "room": ("Curie", "Fleming", "Jenner", "Pasteur", "Lister", "Harvey", "Room 12", "Room 4"),
    "triage": ("Red", "Orange", "Yellow", "Green", "Blue"),
    "payer": ("Private", "Medicare", "Medicaid", "Self-pay", "Charity"),
    "diet": ("normal", "diabetic", "low salt", "vegetarian", "liquid"),
    "department": ("Cardiology", "Oncology", "Radiology", "Emergency", "Maternity"),
    "referral": ("GP", "Walk-in", "Ambulance", "Other hospital"),
    "bed": ("A1", "A2", "B4", "C7", "D3"),
}  # fmt: skip
FAKER_NEGATIVES = ("color_name", "catch_phrase", "language_name", "currency_name", "file_extension", "day_of_week")

TITLES = {
    "en_US": ("Dr.", "Mr.", "Ms."), "en_GB": ("Dr", "Mr", "Mrs"), "de_DE": ("Frau Dr.", "Herr", "Frau"),
    "fr_FR": ("Madame", "Monsieur", "Dr"), "es_ES": ("Dra.", "Sr.", "Sra."), "it_IT": ("Dott.ssa", "Sig.", "Dott."),
    "nl_NL": ("mevrouw", "meneer", "Dr."), "pt_BR": ("Dra.", "Sr.", "Sra."), "en_IN": ("Shri", "Dr", "Mrs"),
    "pl_PL": ("Pan", "Pani", "dr"), "sv_SE": ("Dr",), "ja_JP": ("Dr",),
}  # fmt: skip

NOTES = (
    "Spoke with {name} today; they prefer contact by e-mail ({email}).",
    "Home visit booked at {street_address} with {title} {last_name}.",
    "Emergency contact: {name}, tel {phone_number}.",
    "Account {iban} belongs to {name}; refund pending.",
    "{title} {last_name} will phone back on {phone_number} tomorrow.",
    "Payment failed for card {credit_debit_card}; {name} was informed by mail at {email}.",
    "Moved from {street_address} last spring, says {name}.",
    "Ask for {title} {last_name} at reception, or dial {phone_number}.",
    "Discharge letter posted to {name}, {street_address}.",
)
NOTES_US = ("Identity of {name} checked against SSN {ssn}.",)

_ONSETS = ("th", "br", "k", "v", "dr", "s", "m", "gr", "l", "w")
_CODAS = ("arn", "on", "eld", "ist", "orm", "av", "ul", "en", "ir")


def third_invented_name(rng: np.random.Generator) -> str:
    """Closed-syllable name (``Tharvon``): neither ``locale_tables``' nor the first held-out inventor."""
    n = int(rng.integers(1, 3))
    return "".join(str(rng.choice(_ONSETS)) + str(rng.choice(_CODAS)) for _ in range(n)).capitalize()


def column_name(entity: str, rng: np.random.Generator) -> str:
    stem = str(rng.choice(STEMS[entity]))
    deco = str(rng.choice(DECORATIONS))
    words = stem.split()
    style = int(rng.integers(0, 3))
    stem = "-".join(words) if style == 0 else "".join(w.upper() for w in words) if style == 1 else stem
    return deco.format(stem)


def _name(fake: Faker, rng: np.random.Generator) -> str:
    first, last = fake.first_name(), fake.last_name()
    draw = rng.random()
    if draw < 0.2:
        return f"{last.upper()}, {first}"
    if draw < 0.35 and not fake.locales[0].startswith("ja"):
        return f"{first} {chr(int(rng.integers(65, 91)))}. {last}"
    if draw < 0.45:
        return f"{first} {last}".upper()
    return f"{last} {first}" if fake.locales[0] == "ja_JP" else f"{first} {last}"


def _phone(fake: Faker, rng: np.random.Generator, region: str) -> str:
    value = fake.phone_number()
    if rng.random() < 0.3:
        try:
            parsed = phonenumbers.parse(value, region)
            if phonenumbers.is_valid_number(parsed):
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        except phonenumbers.NumberParseException:
            pass
    return value


def _one_line_address(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    street = fake.street_address().replace("\n", " ")
    if locale == "ja_JP":
        return f"〒{fake.postcode()} {fake.address().split(' ')[0]}"
    order = (
        f"{fake.city()} {fake.postcode()}" if locale in ("en_US", "en_GB", "en_IN") else
        f"{fake.postcode()} {fake.city()}"
    )  # fmt: skip
    return f"{street}, {order}" if rng.random() < 0.6 else f"{street}\n{order}"


def _generators(fake: Faker, rng: np.random.Generator, locale: str) -> dict[str, Callable[[], str]]:
    region = locale.split("_")[1]
    gens: dict[str, Callable[[], str]] = {
        "first_name": fake.first_name,
        "last_name": fake.last_name,
        "name": lambda: _name(fake, rng),
        "email": fake.free_email,
        "phone_number": lambda: _phone(fake, rng, region),
        "street_address": fake.street_address,
        "address": lambda: _one_line_address(fake, rng, locale),
        "city": fake.city,
        "postcode": fake.postcode,
        "iban": fake.iban,
        "credit_debit_card": fake.credit_card_number,
    }
    if locale == "en_US":
        gens["ssn"] = fake.ssn
    return gens


def _note(fake: Faker, rng: np.random.Generator, locale: str) -> tuple[str, list[tuple[str, str]]]:
    template = str(rng.choice(NOTES + (NOTES_US if locale == "en_US" else ())))
    region = locale.split("_")[1]
    values: dict[str, str] = {
        "name": f"{fake.first_name()} {fake.last_name()}",
        "last_name": fake.last_name(),
        "title": str(rng.choice(TITLES[locale])),
        "phone_number": _phone(fake, rng, region),
        "email": fake.free_email(),
        "street_address": fake.street_address().replace("\n", ", "),
        "iban": fake.iban(),
        "credit_debit_card": fake.credit_card_number(),
        "ssn": fake.ssn() if locale == "en_US" else "",
    }
    truth = [(slot, values[slot]) for slot in values if "{" + slot + "}" in template and slot != "title"]
    return template.format(**values), truth


def fresh_table(
    locale: str, seed: int, n: int = N_ROWS
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None], list[list[tuple[str, str]]]]:
    """(table, column -> accepted entities or None, per row the (entity, value) pairs of its note)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    entities = list(_generators(fake, rng, locale).items())
    order = rng.permutation(len(entities))  # PII columns in another order per table
    for i in order:
        entity, gen = entities[i]
        name = column_name(entity, rng)
        while name in columns:
            name += "_"
        values = [str(gen()) for _ in range(n)]
        if entity in ("first_name", "last_name"):
            values = [third_invented_name(rng) if rng.random() < 0.2 else v for v in values]
            values = [v.upper() if rng.random() < 0.15 else v for v in values]
        columns[name] = values
        accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address")}
        labels[name] = accepted.get(entity, (entity,))
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["visits"] = [int(x) for x in rng.integers(1, 9, size=n)]
    labels["visits"] = None
    for provider in FAKER_NEGATIVES:
        columns[f"x_{provider}"] = [str(getattr(fake, provider)()) for _ in range(n)]
        labels[f"x_{provider}"] = None
    notes = [_note(fake, rng, locale) for _ in range(n)]
    columns[NOTES_COLUMN] = [text for text, _ in notes]
    labels[NOTES_COLUMN] = None  # free text: scored span by span, not as a column
    return pd.DataFrame(columns), labels, [truth for _, truth in notes]
