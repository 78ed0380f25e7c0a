"""Held-out sets 6 and 7 for ``bench_pii_heldout6.py``: two disjoint pools, new seeds, 24 locales.

Sets 1-5 were all looked at while fixing the PII stage. These tables were written from scratch for
session 21 (no sentence, stem, decoration or word list of sets 3-5) and split into two pools that
share nothing but the locales, the phone/DOB layouts and the Faker negatives:

- **pool A = set 6** (seeds 9601-9602): run before the fixes, diagnosed, fixed, run again;
- **pool B = set 7** (seeds 9611-9612): run once at the very end; its misses are not looked at
  before that run, so it is the honest number.

Locales: the 14 of sets 4/5 plus en_IN, en_CA, fr_CA, pt_BR, es_MX, cs_CZ, fi_FI, tr_TR, ja_JP and
zh_CN (kanji/hanzi names, Japanese and Chinese column names). The free text is what a support desk,
a ward, HR or a courier writes: tickets with headings (``REPORTER: KAYLA DAVIS``), discharge letters
(``Patient: DAVIS, Kayla``), HR notes with initials (``K. Davis``), chat logs, e-mail signatures,
bulleted lists, salutations with a lone first name, hyphenated and particle surnames
(``García-López``, ``van der Berg``, ``O'Neil``), surnames that are words of the language, inline
addresses, phones of the locale in every layout (all valid numbers there), national ids, IBANs,
cards and dates of birth after a cue word in English or the local language.

Truth values are written as the words appear in the note (``DAVIS Kayla`` for ``DAVIS, Kayla``;
hyphenated surnames split so that each half must go); an initial with a surname is scored on the
surname only.

Example::

    table, labels, notes = heldout6_table("cs_CZ", seed=9601, pool="A")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban

SUPPORTED = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHERS = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH")
NEW = ("en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN")
LOCALES = SUPPORTED + OTHERS + NEW
SEEDS_BY_POOL = {"A": (9601, 9602), "B": (9611, 9612)}
N_ROWS = 200
NOTES_COLUMN = "narrative"

# Column-name stems per entity and pool; none is a stem of sets 4/5, none is in both pools.
STEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "A": {
        "first_name": ("given name", "etunimi", "jmeno", "primeiro nome", "fname"),
        "last_name": ("last nm", "sukunimi", "prijmeni", "soyad", "sobrenome"),
        "name": ("client", "holder name", "employee", "nombre completo", "氏名"),
        "email": ("e posta", "email id", "sähköposti"),
        "phone_number": ("cell", "telefonni cislo", "puhelin", "電話番号"),
        "street_address": ("street line", "ulice", "katuosoite"),
        "address": ("home addr", "endereço", "domicilio", "住所"),
        "city": ("town", "mesto", "kaupunki"),
        "postcode": ("post code", "psc", "cep", "pin code"),
        "iban": ("iban no", "bankovni ucet"),
        "credit_debit_card": ("card no", "kart no"),
        "national_id": ("national id", "rodne cislo", "aadhaar", "tax ref"),
    },
    "B": {
        "first_name": ("forename", "isim", "nombre", "given nm", "krestni"),
        "last_name": ("apellido paterno", "family nm", "lname", "nom de famille", "姓"),
        "name": ("customer", "account holder", "contact person", "ad soyad", "姓名"),
        "email": ("mail addr", "correo electronico", "e mail adresa"),
        "phone_number": ("mobile no", "celular", "cep tel", "联系电话"),
        "street_address": ("addr line 1", "logradouro", "calle y numero"),
        "address": ("full address", "adresa", "地址"),
        "city": ("municipio", "kunta", "il"),
        "postcode": ("postal code", "codigo postal", "郵便番号", "zip5"),
        "iban": ("account iban", "clabe iban"),
        "credit_debit_card": ("pan", "cartao"),
        "national_id": ("sin", "curp", "henkilotunnus", "tc kimlik"),
    },
}  # fmt: skip
DECORATIONS = {"A": ("{}", "q_{}", "{}_v2", "raw {}", "{}_a"),
               "B": ("{}", "old_{}", "{}_x", "{} (copy)", "tmp_{}")}  # fmt: skip

# Category columns that must not be tagged (some values are people's names: rooms named after them).
NEGATIVES: dict[str, tuple[str, ...]] = {
    "triage": ("green", "yellow", "orange", "red", "blue"),
    "room": ("Turing", "Lovelace", "Hopper", "Darwin", "Newton", "Franklin"),
    "channel": ("phone", "email", "chat", "walk-in", "letter"),
    "shift": ("early", "late", "night", "weekend"),
    "outcome": ("resolved", "refund", "no fault found", "escalated", "duplicate"),
    "dept_code": ("HR", "FIN", "OPS", "IT", "LEG"),
}  # fmt: skip
FAKER_NEGATIVES = ("job", "company", "color_name", "file_name")

TITLES = {
    "en_US": ("Dr.", "Mr.", "Ms", "Prof."), "en_GB": ("Dr", "Mr", "Ms", "Nurse"),
    "de_DE": ("Herr", "Frau", "Dr.", "Dr. med."), "fr_FR": ("M.", "Mme", "Dr", "Me"),
    "es_ES": ("Sr.", "Sra.", "Dr.", "Dña."), "it_IT": ("Sig.ra", "Dott.", "Avv.", "Sig."),
    "nl_NL": ("dhr.", "mevr.", "dr.", "ir."), "sv_SE": ("Dr.", "Herr", "Fru"),
    "pl_PL": ("Pan", "Pani", "dr", "mgr"), "pt_PT": ("Sr.", "Sra.", "Dr.", "Eng."),
    "da_DK": ("Dr.", "Hr.", "Fru"), "en_AU": ("Dr", "Mr", "Ms", "Mrs"),
    "de_AT": ("Herr", "Frau", "Dr.", "DI"), "fr_CH": ("M.", "Mme", "Dr"),
    "en_IN": ("Mr.", "Mrs.", "Dr.", "Shri", "Smt."), "en_CA": ("Mr.", "Ms.", "Dr."),
    "fr_CA": ("M.", "Mme", "Dr"), "pt_BR": ("Sr.", "Sra.", "Dr.", "Dra."),
    "es_MX": ("Sr.", "Sra.", "Lic.", "Dr."), "cs_CZ": ("pan", "paní", "MUDr.", "Ing."),
    "fi_FI": ("tri", "herra", "rouva"), "tr_TR": ("Bay", "Bayan", "Dr."),
    "ja_JP": ("Dr.", "Mr.", "Ms."), "zh_CN": ("Dr.", "Mr.", "Ms."),
}  # fmt: skip

# Surnames that are also words of the language, new lists per pool (none of set 4/5's).
WORD_SURNAMES = {
    "A": {
        "en": ("Rich", "Best", "Moody", "Marsh", "Fox", "Lamb", "Hart", "Rivers"),
        "de": ("Engel", "Hahn", "Kaiser", "Winter", "Sommer", "Frank"),
        "fr": ("Lenoir", "Legrand", "Mercier", "Fournier", "Charpentier", "Boucher"),
        "es": ("Herrero", "Pastor", "Cano", "Soler", "Bravo", "Vega"),
        "it": ("Barbieri", "Marino", "Greco", "Lombardi", "Leone", "Testa"),
        "nl": ("de Wit", "Kok", "Visscher", "Timmer", "de Vries", "Smid"),
        "sv": ("Falk", "Sten", "Ström", "Blom", "Berglund", "Nyström"),
        "pl": ("Nowak", "Lis", "Baran", "Rak", "Kruk", "Kozioł"),
        "pt": ("Pinto", "Raposo", "Lobo", "Serra", "Barros", "Leal"),
        "da": ("Bæk", "Bak", "Mose", "Dal", "Krag", "Eng"),
        "cs": ("Novák", "Svoboda", "Dvořák", "Černý", "Král", "Zima"),
        "fi": ("Mäki", "Lahti", "Koski", "Järvinen", "Niemi", "Salo"),
        "tr": ("Demir", "Yıldız", "Çelik", "Kaya", "Doğan", "Arslan"),
    },
    "B": {
        "en": ("Summers", "Church", "Mason", "Archer", "Fisher", "Hunter", "Potter", "Tanner"),
        "de": ("Busch", "Berger", "Stein", "Krüger", "Graf", "Ritter"),
        "fr": ("Lejeune", "Lacroix", "Renard", "Bonnet", "Leroy", "Fontaine"),
        "es": ("Campos", "Lozano", "Guerrero", "Cortés", "Marín", "Flores"),
        "it": ("Ferri", "Sala", "Porta", "Bruno", "Villa", "Mancini"),
        "nl": ("van Dijk", "de Graaf", "Kuiper", "Molenaar", "Prins", "Bosch"),
        "sv": ("Hägg", "Ros", "Vik", "Åberg", "Lönn", "Bergström"),
        "pl": ("Wrona", "Sikora", "Kos", "Dudek", "Szewczyk", "Kowalczyk"),
        "pt": ("Moura", "Ramos", "Rosa", "Fontes", "Campos", "Torres"),
        "da": ("Kragh", "Storm", "Høj", "Mølgaard", "Brink", "Vang"),
        "cs": ("Procházka", "Kučera", "Veselý", "Horák", "Malý", "Pokorný"),
        "fi": ("Virtanen", "Laine", "Kallio", "Harju", "Mattila", "Saari"),
        "tr": ("Aydın", "Kılıç", "Şahin", "Aslan", "Kurt", "Özdemir"),
    },
}  # fmt: skip
# First names that are also English words, new per pool.
WORD_FIRST = {"A": ("Sky", "Ivy", "Hunter", "Summer", "Autumn", "Chase"),
              "B": ("Patience", "Iris", "Basil", "Robin", "Sunny", "Violet")}  # fmt: skip
# Surname particles and prefixes per language (``van der Berg``, ``O'Neil``, ``Di Stefano``).
PARTICLES = {
    "en": ("O'", "Mc", "Mac"), "de": ("von ", "von der ", "zu "), "fr": ("de ", "du ", "Le ", "d'"),
    "es": ("de ", "de la ", "del "), "it": ("Di ", "De ", "La ", "D'"), "nl": ("van ", "van der ", "de ", "van den "),
    "pt": ("da ", "dos ", "de "), "sv": ("af ", "von "), "da": ("von ", "la "),
}  # fmt: skip

DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%b %d, %Y"), "en_GB": ("%d/%m/%Y", "%d %b %Y"), "en_AU": ("%d/%m/%Y", "%d.%m.%Y"),
    "de_DE": ("%d.%m.%Y",), "de_AT": ("%d.%m.%Y",), "fr_FR": ("%d/%m/%Y",), "fr_CH": ("%d.%m.%Y",),
    "es_ES": ("%d/%m/%Y", "%d-%m-%Y"), "it_IT": ("%d/%m/%Y",), "nl_NL": ("%d-%m-%Y",), "sv_SE": ("%Y-%m-%d",),
    "pl_PL": ("%d.%m.%Y",), "pt_PT": ("%d/%m/%Y",), "da_DK": ("%d.%m.%Y",),
    "en_IN": ("%d/%m/%Y", "%d-%m-%Y"), "en_CA": ("%Y-%m-%d", "%B %d, %Y"), "fr_CA": ("%Y-%m-%d", "%d/%m/%Y"),
    "pt_BR": ("%d/%m/%Y",), "es_MX": ("%d/%m/%Y",), "cs_CZ": ("%d.%m.%Y",), "fi_FI": ("%d.%m.%Y",),
    "tr_TR": ("%d.%m.%Y",), "ja_JP": ("%Y/%m/%d", "%Y年%m月%d日"), "zh_CN": ("%Y-%m-%d", "%Y年%m月%d日"),
}  # fmt: skip
# Cue words before a date of birth, English or the local language.
DOB_CUES = {
    "en": ("DOB", "date of birth", "born"), "de": ("geb.", "Geburtsdatum"), "fr": ("né(e) le", "date de naissance"),
    "es": ("fecha de nacimiento", "nacido el"), "it": ("nato il", "data di nascita"), "nl": ("geboortedatum", "geb."),
    "sv": ("född",), "pl": ("ur.", "data urodzenia"), "pt": ("data de nascimento", "nascido em"), "da": ("født",),
    "cs": ("nar.", "datum narození"), "fi": ("syntynyt", "syntymäaika"), "tr": ("doğum tarihi",),
    "ja": ("生年月日",), "zh": ("出生日期",),
}  # fmt: skip

# Pool A (set 6): tickets, discharge letters, HR notes, chat logs, signatures, delivery notes.
NOTES_A = (
    "Ticket {ticket} opened by {name} ({email}).\nIssue: cannot log in since Tuesday.\nCallback: {phone_number}",
    "DISCHARGE SUMMARY\nPatient: {name_rev}\n{dob_cue}: {dob}\nGoing home to {street_address}, {postcode} {city}.",
    "HR file note - {initial_last} asked to move the salary payments to {iban}; checked against id {national_id}.",
    "[09:12] agent: who am I speaking with?\n[09:13] customer: this is {first_name}, card number {credit_debit_card}",
    "Thanks again for your patience.\n\nKind regards,\n{name}\nAccounts Payable\nT: {phone_number}\nE: {email}",
    "Delivery instructions: leave at the back door of {street_address}; if no answer ring {phone_number} "
    "and ask for {word_first} {word_surname}.",
    "PRIORITY: high\nREPORTER: {name_upper}\nSUMMARY: duplicate charge on {credit_debit_card}",
    "Dear {title} {last_name},\nyour patient {compound_name} left the ward today; please review in two weeks.",
    "Onboarding checklist for {name}:\n- bank details: {iban}\n- emergency contact: {other_name}, {phone_number}",
    "{compound_name}: can you send the invoice to {email}?\nSupport: done, anything else?",
    "--\n{initial_last} | Senior Buyer\nMobile {phone_number}",
    "Courier note: recipient {name_upper} has moved, new address {street_address}, {city}.",
    "Reference check: {title} {word_surname} confirmed that {name} worked there from 2019 to 2022.",
    "Caller gave {dob_cue} {dob} and national id {national_id}; account name {name_rev}.",
    "{name} ({dob_cue} {dob}) came in through A&E and went home on day 3.",
    "Good morning {first_name}! Your parcel is at the depot, reply STOP to opt out.",
)
# Pool B (set 7): nothing here is in pool A.
NOTES_B = (
    "Case {ticket}: caller {name} reports the app crashes at checkout. Best contact {phone_number} after 5pm.",
    "Re: {name_upper}, {dob_cue} {dob}\nThank you for seeing this lady. She lives alone at {street_address} "
    "({postcode} {city}).",
    "Performance review for {name_rev} held today with {title} {word_surname} present as witness.",
    "<{first_name}> hey, could you resend the code to {email}\n<bot> sent!",
    "Warm wishes,\n{first_name}\n\n{name} - Office Manager\nDirect line {phone_number} | {email}",
    "Please use the side gate at {street_address}. Dog in the garden! Contact {compound_name} on {phone_number}.",
    "Refund approved for {initial_last}; it goes back to card {credit_debit_card} or to {iban} if the card is closed.",
    "Sick leave: {name} ({national_id}) off from Monday, note signed by {title} {last_name}.",
    "To: {title} {word_surname}\nFrom: ward 7\nYour patient {name} went home; follow-up call on {phone_number}.",
    "Customer: I'm {word_first} {word_surname}, born {dob}. Agent: thanks, verified.",
    "Details supplied:\n* Name - {name_upper}\n* {dob_cue} - {dob}\n* Address - {street_address}, {city}",
    "Driver: nobody home at {street_address}, the neighbour {other_name} took it in for {compound_name}.",
    "Sent from my phone\n{initial_last}\n{phone_number}",
    "Payroll change: {name_rev}, new account {iban}, from next month.",
    "Hello {first_name},\nyour results are normal. Call us with any questions.\n{title} {last_name}",
    "Identity verified for {name}: {dob_cue} {dob}, id {national_id}.",
)
NOTES_US: tuple[str, ...] = ()
NOTES_BY_POOL = {"A": NOTES_A, "B": NOTES_B}


def national_id(locale: str, seed: int) -> Callable[[], str] | None:
    """The locale's personal id number from Faker, or None when Faker has none of that country."""
    if locale in ("en_US", "en_GB", "fr_FR", "it_IT", "nl_NL", "sv_SE", "pl_PL", "de_AT", "fr_CH", "en_CA",
                  "fi_FI", "tr_TR", "zh_CN", "pt_BR"):  # fmt: skip
        fake = Faker(locale)
    elif locale == "fr_CA":
        fake = Faker("en_CA")  # the SIN; Faker's fr_CA ``ssn`` is the US one
    else:
        fake = Faker(locale)
        fake.seed_instance(seed + 7)
        own = {"es_ES": "nif", "en_IN": "aadhaar_id", "es_MX": "curp", "cs_CZ": "birth_number"}
        return getattr(fake, own[locale]) if locale in own else None
    fake.seed_instance(seed + 7)
    return fake.ssn


def id_entity(locale: str) -> tuple[str, ...]:
    """Accepted entities of the id column / text id (the US SSN is ``ssn``; other ids either)."""
    return ("ssn", "national_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def column_name(entity: str, rng: np.random.Generator, pool: str) -> str:
    """A column name from the pool's stems in one of four letter-case styles, decorated."""
    words = str(rng.choice(STEMS[pool][entity])).split()
    style = int(rng.integers(0, 4))
    if style == 0:
        stem = "_".join(words).lower()
    elif style == 1:
        stem = "".join(w[:1].upper() + w[1:] for w in words)  # camel-ish: HolderName
    elif style == 2:
        stem = "-".join(words).upper()
    else:
        stem = " ".join(words)
    return str(rng.choice(DECORATIONS[pool])).format(stem)


def _case(value: str, rng: np.random.Generator) -> str:
    draw = rng.random()
    return value.lower() if draw < 0.1 else value.upper() if draw < 0.25 else value


def phone(fake: Faker, rng: np.random.Generator, region: str) -> str:
    """A number of the region that ``phonenumbers`` calls valid, in a random layout.

    Faker's own string when it is valid there (its layout), else the layout drawn by ``rng``; Faker
    numbers that no layout makes valid are drawn again (up to 30 times, then kept as they are).
    """
    fmt = phonenumbers.PhoneNumberFormat
    value = fake.phone_number()
    for _ in range(30):
        try:
            parsed = phonenumbers.parse(value, region)
            if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
                break
        except phonenumbers.NumberParseException:
            pass
        value = fake.phone_number()
    else:
        return value
    draw = rng.random()
    if draw < 0.25 and "x" not in value.lower():
        return value
    if draw < 0.5:
        return phonenumbers.format_number(parsed, fmt.NATIONAL)
    if draw < 0.75:
        return phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    if draw < 0.9:
        return phonenumbers.format_number(parsed, fmt.E164)
    return "00" + phonenumbers.format_number(parsed, fmt.E164)[1:]


def _iban(fake: Faker, rng: np.random.Generator, grouped: float) -> str:
    """Faker's IBAN of the locale; a GB one where Faker's fails the checksum (en_IN, es_MX, zh_CN have no
    IBAN and Faker writes 21-character GB strings there, which no IBAN check accepts)."""
    value = fake.iban()
    if not stdnum_iban.is_valid(value):
        backup = Faker("en_GB")
        backup.seed_instance(int(rng.integers(0, 2**31)))
        value = backup.iban()
    return _grouped(value) if rng.random() < grouped else value


def _grouped(value: str) -> str:
    compact = value.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _dob(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    born: dt.date = fake.date_of_birth(minimum_age=18, maximum_age=95)
    return born.strftime(str(rng.choice(DOB_LAYOUTS[locale])))


def _compound(fake: Faker, rng: np.random.Generator, lang: str) -> tuple[str, str]:
    """(surname as written, truth words): hyphenated, with a particle, or plain for CJK."""
    if lang in ("ja", "zh"):
        last = fake.last_name()
        return last, last
    if rng.random() < 0.5 or lang not in PARTICLES:
        a, b = fake.last_name(), fake.last_name()
        return f"{a}-{b}", f"{a} {b}"
    written = f"{rng.choice(PARTICLES[lang])}{fake.last_name()}"
    return written, written


def _generators(fake: Faker, rng: np.random.Generator, locale: str, seed: int) -> dict[str, Callable[[], str]]:
    region = locale.split("_")[1]
    gens: dict[str, Callable[[], str]] = {
        "first_name": lambda: _case(fake.first_name(), rng),
        "last_name": lambda: _case(fake.last_name(), rng),
        "name": lambda: _case(f"{fake.first_name()} {fake.last_name()}", rng),
        "email": lambda: fake.email(),
        "phone_number": lambda: phone(fake, rng, region),
        "street_address": lambda: _case(fake.street_address().replace("\n", " "), rng),
        "address": lambda: fake.address().replace("\n", ", "),
        "city": lambda: _case(fake.city(), rng),
        "postcode": fake.postcode,
        "iban": lambda: _iban(fake, rng, 0.4),
        "credit_debit_card": lambda: _grouped(fake.credit_card_number()) if rng.random() < 0.3
        else fake.credit_card_number(),
    }  # fmt: skip
    ident = national_id(locale, seed)
    if ident is not None:
        gens["national_id"] = ident
    return gens


def _note(
    fake: Faker, rng: np.random.Generator, locale: str, pool: str, ident: Callable[[], str] | None
) -> tuple[str, list[tuple[str, str]]]:
    templates = [t for t in NOTES_BY_POOL[pool] if ident is not None or "{national_id}" not in t]
    template = str(rng.choice(templates))
    region, lang = locale.split("_")[1], locale.split("_")[0]
    first, last = fake.first_name(), fake.last_name()
    upper = f"{fake.first_name()} {fake.last_name()}".upper()
    rev_first, rev_last = fake.first_name(), fake.last_name()
    rev_last = rev_last.upper() if rng.random() < 0.6 else rev_last
    initial_first, initial_last = fake.first_name(), fake.last_name()
    compound_first = fake.first_name()
    compound_written, compound_truth = _compound(fake, rng, lang)
    joiner = "" if lang in ("ja", "zh") and rng.random() < 0.5 else " "
    words = WORD_SURNAMES[pool].get(lang)
    values: dict[str, str] = {
        "name": f"{last}{joiner}{first}" if lang in ("ja", "zh") else f"{first} {last}",
        "name_upper": upper,
        "name_rev": f"{rev_last}, {rev_first}",
        "initial_last": f"{initial_first[:1]}. {initial_last}" if lang not in ("ja", "zh") else initial_last,
        "compound_name": f"{compound_written}{joiner}{compound_first}"
        if lang in ("ja", "zh")
        else f"{compound_first} {compound_written}",
        "other_name": f"{fake.first_name()} {fake.last_name()}",  # Faker's name() adds titles
        "first_name": fake.first_name(),
        "last_name": fake.last_name(),
        "word_surname": str(rng.choice(words)) if words else fake.last_name(),
        "word_first": str(rng.choice(WORD_FIRST[pool])) if lang == "en" else fake.first_name(),
        "title": str(rng.choice(TITLES[locale])),
        "phone_number": phone(fake, rng, region),
        "email": fake.email(),
        "street_address": fake.street_address().replace("\n", ", "),
        "postcode": fake.postcode(),
        "city": fake.city(),
        "iban": _iban(fake, rng, 0.3),
        "credit_debit_card": _grouped(fake.credit_card_number()) if rng.random() < 0.3 else fake.credit_card_number(),
        "national_id": ident() if ident is not None else "",
        "dob": _dob(fake, rng, locale),
        "dob_cue": str(rng.choice(DOB_CUES[lang] + DOB_CUES["en"])),
        "ticket": f"#{int(rng.integers(10000, 99999))}",
    }
    truth_value = {
        "name_rev": f"{rev_last} {rev_first}",
        "initial_last": initial_last,
        "compound_name": f"{compound_truth}{joiner}{compound_first}"
        if lang in ("ja", "zh")
        else f"{compound_first} {compound_truth}",
        "other_name": values["other_name"].replace("-", " "),
        "name": values["name"].replace("-", " "),
    }
    label = {"name_upper": "name", "name_rev": "name", "initial_last": "last_name", "compound_name": "name",
             "other_name": "name", "word_surname": "last_name", "first_name": "name", "word_first": "name",
             "dob": "date_of_birth", "national_id": id_entity(locale)[0]}  # fmt: skip
    skip = ("title", "postcode", "city", "dob_cue", "ticket")
    truth = []
    for slot, value in values.items():
        if "{" + slot + "}" in template and slot not in skip:
            truth.append((label.get(slot, slot), truth_value.get(slot, value)))
    return template.format(**values), truth


def heldout6_table(
    locale: str, seed: int, n: int = N_ROWS, pool: str = "A"
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None], list[list[tuple[str, str]]]]:
    """(table, column -> accepted entities or None, per row the (entity, value) pairs of its note)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng([seed, LOCALES.index(locale), 6])
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address"),
                "national_id": id_entity(locale)}  # fmt: skip
    entities = list(_generators(fake, rng, locale, seed).items())
    for i in rng.permutation(len(entities)):
        entity, gen = entities[i]
        name = column_name(entity, rng, pool)
        while name in columns:
            name += "_"
        columns[name] = [str(gen()) for _ in range(n)]
        labels[name] = accepted.get(entity, (entity,))
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["n_contacts"] = [int(x) for x in rng.integers(0, 12, size=n)]
    labels["n_contacts"] = None
    for provider in FAKER_NEGATIVES:
        columns[f"misc_{provider}"] = [str(getattr(fake, provider)()) for _ in range(n)]
        labels[f"misc_{provider}"] = None
    ident = national_id(locale, seed + 1)
    notes = [_note(fake, rng, locale, pool, ident) for _ in range(n)]
    columns[NOTES_COLUMN] = [text for text, _ in notes]
    labels[NOTES_COLUMN] = None  # free text: scored span by span, not as a column
    return pd.DataFrame(columns), labels, [truth for _, truth in notes]
