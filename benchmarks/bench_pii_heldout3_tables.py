"""A third held-out set for ``bench_pii_heldout3.py``: written before the fixes it is meant to judge.

Sets 1 (``bench_pii_heldout_tables.py``, seeds 9001-9002) and 2 (``bench_pii_fresh_tables.py``,
seeds 9101-9102) were both looked at while fixing the PII stage. This set was written *before*
the title, postcode/city and IBAN fixes of issue 11 and is not used to tune them: it is run once
on the code before the fixes and once after, and both tables are kept.

What is new here: seeds 9301-9302; free-text shapes of letters (``Dear ... ,`` salutations,
``Kind regards`` sign-offs, an upper-case ``RE:`` line), call-centre notes and referral notes;
titles in each locale's own words, several per locale and some of them lower case or chained
(``Frau Prof.``, ``dr hab.``, ``de heer``, ``Shrimati``, ``Doña``); column names in other
languages with other prefixes and suffixes (``cust_``, ``tbl.``, ``[...]``, ``_v2``, camelCase);
values in lower case, upper case or with a title inside name columns; phones in E.164 and in the
national layout; IBANs in groups of four; cards in groups of four; addresses written
``postcode town, street``; other category columns (wards named after people, insurers, outcomes)
and other Faker negatives (jobs, companies, words).

Example::

    table, labels, notes = heldout3_table("nl_NL", seed=9301)
    notes[0]  # [("last_name", "de Vries"), ("iban", "NL..")]
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
SEEDS = (9301, 9302)
N_ROWS = 300
NOTES_COLUMN = "agent_log"

STEMS: dict[str, tuple[str, ...]] = {
    "first_name": ("prenom usuel", "rufname", "nome proprio", "imie pierwsze", "tilltalsnamn", "given name", "nombre"),
    "last_name": ("nom de famille", "nachname", "cognome", "apellido paterno", "efternamn", "surname", "sobrenome"),
    "name": ("nom complet", "vollstaendiger name", "nominativo", "nombre completo", "patient name", "klantnaam",
             "nome completo", "fullname"),
    "email": ("courriel", "e post", "posta elettronica", "mailadres", "correo electronico", "email addr"),
    "phone_number": ("telefoonnummer", "tel portable", "rufnummer", "numero cellulare", "movil", "mob no",
                     "contact number"),
    "street_address": ("adresse rue", "strasse", "indirizzo via", "calle y numero", "logradouro", "addr1"),
    "address": ("adresse complete", "postanschrift", "recapito", "domicilio", "endereco", "mailing address"),
    "city": ("commune", "wohnort", "comune", "municipio", "woonplaats", "cidade", "city name"),
    "postcode": ("code postal", "postleitzahl", "codice postale", "codigo postal", "cep", "postal code"),
    "iban": ("iban nummer", "conto iban", "numero iban", "iban rekening", "bank account iban", "cuenta iban"),
    "credit_debit_card": ("numero de carte", "kartennummer", "numero carta", "cc number", "payment card"),
    "ssn": ("ss number", "soc sec no"),
}  # fmt: skip
DECORATIONS = ("cust_{}", "{}_v2", "tbl.{}", "[{}]", "{} (orig)", "{}_001", "{}.value", "{}")

# Category columns that must not be tagged: wards named after people, insurers, outcomes.
NEGATIVES: dict[str, tuple[str, ...]] = {
    "ward": ("Victoria", "Elizabeth", "Churchill", "Florence", "Albert", "Mandela", "Darwin", "Ward 9"),
    "insurer": ("AXA", "Allianz", "Generali", "Mapfre", "Zurich", "Aviva", "none"),
    "outcome": ("discharged", "transferred", "deceased", "readmitted", "left against advice"),
    "channel": ("Phone", "E-mail", "Letter", "Walk-in", "Web form"),
    "team": ("Team North", "Team South", "Night team", "Rapid response"),
    "blood_group": ("A+", "A-", "B+", "B-", "AB+", "O+", "O-"),
    "language": ("English", "Polish", "Portuguese", "Hindi", "Dutch", "Swedish"),
}  # fmt: skip
FAKER_NEGATIVES = ("job", "company", "word", "currency_code", "month_name", "color_name")

# Titles in each locale's own words; some lower case, some chained, as they are written there.
TITLES = {
    "en_US": ("Mrs.", "Prof.", "Miss", "Dr"), "en_GB": ("Ms", "Mr.", "Dr.", "Professor"),
    "de_DE": ("Herrn", "Frau Prof.", "Dr. med.", "Herr Dr."),
    "fr_FR": ("M.", "Mme", "Mlle", "Docteur", "Maître"),
    "es_ES": ("D.", "Dña.", "Don", "Doña", "señor", "Dr."),
    "it_IT": ("Sig.ra", "Signor", "Dott.ssa", "Prof.", "Avv."),
    "nl_NL": ("Dhr.", "Mevr.", "de heer", "mevrouw", "drs."),
    "pt_BR": ("Dona", "Senhor", "Dr.", "Sra."),
    "en_IN": ("Smt.", "Shrimati", "Sri", "Kumari", "Dr."),
    "pl_PL": ("pani", "pan", "prof.", "mgr", "dr hab."),
    "sv_SE": ("herr", "fru", "doktor", "Dr"),
    "ja_JP": ("Dr",),
}  # fmt: skip

# Letters, call-centre notes and referral notes, written for this set only.
NOTES = (
    "Dear {title} {last_name},\nthank you for your letter. Your IBAN {iban} is now on file.",
    "Caller {name} rang from {phone_number} about a late delivery; agent promised a call back.",
    "Referral: {title} {last_name} asks that {name} be seen within two weeks.",
    "Kind regards,\n{title} {name}",
    "Please send the forms to {name} at {street_address}.",
    "Card {credit_debit_card} declined twice; {title} {last_name} will try another card.",
    "E-mail from {email}: {name} wants the appointment moved.",
    "Letter returned from {street_address}; confirm with {title} {last_name} on {phone_number}.",
    "RE: {name_upper}\nPlease note the change of bank details for this account.",
    "Referred by {title} {last_name} for follow-up, home visit at {street_address}.",
)
NOTES_US = ("SSN on file {ssn} does not match the one {name} gave over the phone.",)


def column_name(entity: str, rng: np.random.Generator) -> str:
    """A column name from the entity's stems, in one of five letter-case styles, decorated."""
    words = str(rng.choice(STEMS[entity])).split()
    style = int(rng.integers(0, 5))
    if style == 0:
        stem = "_".join(words).upper()
    elif style == 1:
        stem = words[0].lower() + "".join(w.capitalize() for w in words[1:])  # camelCase
    elif style == 2:
        stem = " ".join(w.capitalize() for w in words)
    elif style == 3:
        stem = "_".join(words).lower()
    else:
        stem = "".join(words).lower()
    return str(rng.choice(DECORATIONS)).format(stem)


def _name_value(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    first, last = fake.first_name(), fake.last_name()
    plain = f"{last} {first}" if locale == "ja_JP" else f"{first} {last}"
    draw = rng.random()
    if draw < 0.1:
        return plain.lower()
    if draw < 0.2:
        return plain.upper()
    if draw < 0.3:
        return f"{rng.choice(TITLES[locale])} {plain}"
    return plain


def _phone(fake: Faker, rng: np.random.Generator, region: str) -> str:
    value = fake.phone_number()
    draw = rng.random()
    if draw < 0.5:
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            return value
        if phonenumbers.is_valid_number(parsed):
            layout = phonenumbers.PhoneNumberFormat.E164 if draw < 0.25 else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(parsed, layout)
    return value


def _grouped(value: str) -> str:
    """``NL91ABNA0417164300`` -> ``NL91 ABNA 0417 1643 00`` (print layout)."""
    compact = value.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _address(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    street = fake.street_address().replace("\n", " ")
    if locale == "ja_JP":
        return fake.address().replace("\n", " ")
    if rng.random() < 0.5:
        return f"{fake.postcode()} {fake.city()}, {street}"
    return f"{street}, {fake.city()}, {fake.postcode()}"


def _postcode(fake: Faker, rng: np.random.Generator) -> str:
    value = fake.postcode()
    return value.lower() if any(c.isalpha() for c in value) and rng.random() < 0.15 else value


def _generators(fake: Faker, rng: np.random.Generator, locale: str) -> dict[str, Callable[[], str]]:
    region = locale.split("_")[1]
    gens: dict[str, Callable[[], str]] = {
        "first_name": fake.first_name,
        "last_name": fake.last_name,
        "name": lambda: _name_value(fake, rng, locale),
        "email": fake.email,
        "phone_number": lambda: _phone(fake, rng, region),
        "street_address": fake.street_address,
        "address": lambda: _address(fake, rng, locale),
        "city": fake.city,
        "postcode": lambda: _postcode(fake, rng),
        "iban": lambda: _grouped(fake.iban()) if rng.random() < 0.4 else fake.iban(),
        "credit_debit_card": lambda: _grouped(fake.credit_card_number()) if rng.random() < 0.3 else
        fake.credit_card_number(),
    }  # fmt: skip
    if locale == "en_US":
        gens["ssn"] = fake.ssn
    return gens


def _note(fake: Faker, rng: np.random.Generator, locale: str) -> tuple[str, list[tuple[str, str]]]:
    template = str(rng.choice(NOTES + (NOTES_US if locale == "en_US" else ())))
    region = locale.split("_")[1]
    name = f"{fake.last_name()} {fake.first_name()}" if locale == "ja_JP" else f"{fake.first_name()} {fake.last_name()}"
    values: dict[str, str] = {
        "name": name,
        "name_upper": name.upper(),
        "last_name": fake.last_name(),
        "title": str(rng.choice(TITLES[locale])),
        "phone_number": _phone(fake, rng, region),
        "email": fake.email(),
        "street_address": fake.street_address().replace("\n", ", "),
        "iban": fake.iban(),
        "credit_debit_card": fake.credit_card_number(),
        "ssn": fake.ssn() if locale == "en_US" else "",
    }
    truth = []
    for slot in values:
        if "{" + slot + "}" in template and slot != "title":
            truth.append(("name" if slot == "name_upper" else slot, values[slot]))
    return template.format(**values), truth


def heldout3_table(
    locale: str, seed: int, n: int = N_ROWS
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None], list[list[tuple[str, str]]]]:
    """(table, column -> accepted entities or None, per row the (entity, value) pairs of its note)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng([seed, LOCALES.index(locale)])  # column names and order differ per locale
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    entities = list(_generators(fake, rng, locale).items())
    accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address")}
    for i in rng.permutation(len(entities)):
        entity, gen = entities[i]
        name = column_name(entity, rng)
        while name in columns:
            name += "_"
        values = [str(gen()) for _ in range(n)]
        if entity in ("first_name", "last_name"):
            draws = rng.random(n)
            values = [v.lower() if d < 0.1 else v.upper() if d < 0.2 else v for v, d in zip(values, draws, strict=True)]
        columns[name] = values
        labels[name] = accepted.get(entity, (entity,))
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["n_calls"] = [int(x) for x in rng.integers(0, 12, size=n)]
    labels["n_calls"] = None
    for provider in FAKER_NEGATIVES:
        columns[f"neg_{provider}"] = [str(getattr(fake, provider)()) for _ in range(n)]
        labels[f"neg_{provider}"] = None
    notes = [_note(fake, rng, locale) for _ in range(n)]
    columns[NOTES_COLUMN] = [text for text, _ in notes]
    labels[NOTES_COLUMN] = None  # free text: scored span by span, not as a column
    return pd.DataFrame(columns), labels, [truth for _, truth in notes]
