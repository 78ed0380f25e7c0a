"""The eight export shapes of held-out set 20 and the table builder.

Shapes new to the sets, each with a column-naming style no set used: optician recall lists (Hungarian
notation of an old Access/VB front end, ``strFirstName`` ``dtmDOB``), campsite bookings (an export without a
header row, columns ``F1``..``Fn``), pawnbroker pledge books (SAP field names ``NAME1`` ``STRAS`` ``PSTLZ``
``ORT01`` ``TELF1`` ``GBDAT``), nursery waiting lists (local labels broken over two lines), beekeeper
registrations (bilingual ``local / English`` headers), hair-salon clients (local labels with a trailing colon),
debt-advice casework (quoted headers with a unit or format hint, ``"Date of birth (DD/MM/YYYY)"``) and
ski-hire forms (an online form's export: the question is the header, local for the first 7).

Personal columns: names whole or split in several written forms, a second person (parent, emergency contact,
group member), phones in one export layout per table (national, bare digits, without the trunk 0,
international without ``+``, E.164, an extension, an integer column that lost its leading zero, a float column
with ``.0`` and gaps, two numbers in a cell), e-mails, national ids, IBANs or cards, whole or split addresses,
birth dates in the locale's layouts (month names in its language, with times). Missing cells are written as
the country's exports write them (empty, ``n/a``, ``-``, ``unbekannt``...), about 6 %; some columns change case.

Look-alike columns (label ``None``): recall and document numbers with a phone's digit count, frame models
and nursery rooms named with first names, venue/apiary names with street words, event dates in the
birth-date layout, GTIN-13 barcodes, SHA-1 row hashes, UK sort codes and BICs, plates, coordinates, amounts, counts, job
titles, creditor firms carrying a surname, and the branch's town. A branch's town is not personal data (it
names the shop, not the client): it is ``None`` with the names shown; with them hidden no one can tell it
from a client's town, so the runner scores it "don't care" there (``BRANCH`` columns of the table).
"""

from __future__ import annotations

import hashlib
import random
import sys
import types
from pathlib import Path

import pandas as pd
from faker import Faker
from stdnum import ean

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout20_ids as ids
import heldout20_language as language
import heldout20_local as local
import heldout20_notes as notes
import heldout20_people as people
import heldout20_places as places
import heldout20_words as words
from heldout20_language import CJK, FIRST7, INDIC, LOCALES, N_ROWS, NEW8_20, OTHER79, SEEDS, region  # noqa: F401

LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) for lg in set(LANG.values())}
NOTES_WORD = {"de": "Bemerkung", "fr": "Commentaire", "es": "Observaciones", "it": "Note", "nl": "Opmerking"}

# shape -> (style, personal columns, look-alike columns, preferred phone layouts)
SHAPES = {
    "optician recall": ("hungarian", ("first", "last", "dob", "phone", "phone2", "email", "street", "town",
                                      "postcode", "id"), ("recall_no", "frame", "last_exam", "branch", "fee"),
                        ("national", "bare", "extension")),
    "campsite booking": ("access", ("name", "phone", "email", "address", "dob"),
                         ("booking", "plate", "arrival", "nights", "amount", "coords", "hash"),
                         ("int", "float", "no_trunk")),
    "pawnbroker pledge": ("sap", ("name", "street", "postcode", "town", "phone", "dob", "id", "iban"),
                          ("kunnr", "belnr", "item", "dmbtr", "budat", "branch"), ("bare", "intl_no_plus", "national")),
    "nursery waiting list": ("newline", ("first", "last", "dob", "name2", "phone", "email", "street", "postcode",
                                         "town"), ("room", "start", "sessions"), ("two", "national")),
    "beekeeper registration": ("bilingual", ("name", "address", "phone", "email", "id", "iban"),
                               ("reg_no", "apiary", "coords", "hives", "inspected"), ("intl_no_plus", "intl", "e164")),
    "salon client": ("colon", ("first", "last", "phone", "email", "dob", "card"),
                     ("stylist", "service", "gtin", "price", "visit", "supplier"), ("float", "national", "bare")),
    "debt advice case": ("hints", ("name", "dob", "phone", "email", "address", "id", "iban"),
                         ("creditor", "owed", "case_no", "sort_code", "income", "claim_no"), ("extension", "national")),
    "ski hire form": ("question", ("name", "email", "phone", "dob", "street", "postcode", "town", "name2", "card"),
                      ("timestamp", "height", "shoe", "branch", "job"), ("e164", "national", "intl")),
}  # fmt: skip
SHAPE_ORDER = tuple(SHAPES)
_LABEL = {"first": ("first_name", "name"), "last": ("last_name", "name"), "name": ("name",), "name2": ("name",),
          "phone": ("phone_number",), "phone2": ("phone_number",), "email": ("email",),
          "street": ("street_address", "address"), "address": ("address", "street_address"), "postcode": ("postcode",),
          "town": ("city",), "dob": ("date_of_birth",), "iban": ("iban",), "card": ("credit_debit_card",)}  # fmt: skip
_LOOKALIKE_EN = {"recall_no": "RecallNo", "frame": "FrameModel", "last_exam": "LastExam", "branch": "Branch",
                 "fee": "Fee", "booking": "Booking", "plate": "Plate", "arrival": "Arrival", "nights": "Nights",
                 "amount": "Amount", "coords": "Location", "kunnr": "KUNNR", "belnr": "BELNR", "item": "MAKTX",
                 "dmbtr": "DMBTR", "budat": "BUDAT", "room": "Room", "start": "Start date", "sessions": "Sessions",
                 "reg_no": "Registration no.", "apiary": "Apiary", "hives": "Hives", "inspected": "Last inspection",
                 "stylist": "Stylist", "service": "Service", "gtin": "Product barcode", "price": "Price",
                 "visit": "Appointment", "supplier": "Supplier", "creditor": "Creditor", "owed": "Amount owed",
                 "case_no": "Case number", "sort_code": "Sort code", "income": "Monthly income",
                 "claim_no": "Court claim no.", "timestamp": "Timestamp", "height": "Height", "shoe": "Shoe size",
                 "job": "What do you do for work?", "hash": "RowHash"}  # fmt: skip
_HUNG_LOOK = {"recall_no": "lngRecallNo", "frame": "strFrameModel", "last_exam": "dtmLastExam",
              "branch": "strBranchTown", "fee": "curFee"}  # fmt: skip
_SAP_LOOK = {"branch": "ORT02_FIL"}
_QUESTION_LOOK = {"timestamp": "Timestamp", "height": "How tall are you (cm)?", "shoe": "Shoe size (EU)",
                  "branch": "Which shop will you collect from?", "job": "What do you do for work?"}  # fmt: skip
FRAMES = ("Harper 52", "Audrey Tortoise", "Milo Black", "Florence Gold", "Oscar Matte", "Isla Rose", "Freddie 54")
ROOMS = ("Rosie's Room", "Bluebell", "Teddy Bears", "Little Oaks", "Poppy Room", "Noah's Ark")
SERVICES = ("Balayage", "Cut & blow-dry", "Keratin treatment", "Root colour", "Beard trim", "Highlights")
JOBS = ("Nurse", "Teacher", "Software developer", "Electrician", "Accountant", "Chef", "Student", "Retired")


def _header(style: str, kind: str, locale: str, index: int) -> str:
    """The column name of ``kind`` (a personal key or a look-alike) in ``style``."""
    lg = LANG[locale]
    key = "id" if kind == "id" else kind.rstrip("2") if kind in ("phone2", "name2") else kind
    lab = words.labels(lg)
    eng = words.labels("en")
    if style == "access":
        return f"F{index + 1}"
    if kind in _LABEL or kind == "id":
        local_label = ids.id_name(locale) if kind == "id" else lab[key]
        english = ids.id_name(locale) if kind == "id" else eng[key]
        if kind == "phone2":
            local_label, english = local_label + " 2", english + " 2"
        if kind == "name2":
            local_label, english = words.role(lg, locale), words.role("en", locale)
        if style == "hungarian":
            return words.HUNGARIAN[kind]
        if style == "sap":
            return words.SAP[kind]
        if style == "question":
            return words.QUESTIONS.get(lg if locale in FIRST7 else "en", words.QUESTIONS["en"])[kind]
        if style == "newline":
            parts = local_label.split(" ", 1)
            who = words.role(lg, locale, short=True, parent=kind not in ("first", "last", "dob"))
            return "\n".join(parts) if len(parts) == 2 else f"{local_label}\n({who})"
        if style == "bilingual":
            other = english if lg != "en" else words.labels("fr")[key] if kind not in ("id", "name2") else english
            if other.lower() == local_label.lower():
                other = words.ALTERNATE.get(key, other)
            sep = words.BILINGUAL_SEPARATORS[index % len(words.BILINGUAL_SEPARATORS)]
            return f"{local_label}{sep}{other}"
        if style == "colon":
            return f"{local_label}:"
        return f'"{(english if lg == "en" or index % 2 else local_label)} {words.HINTS[kind]}"'
    if style == "hungarian":
        return _HUNG_LOOK[kind]
    if style == "sap":
        return _SAP_LOOK.get(kind, _LOOKALIKE_EN[kind])
    if style == "question":
        return _QUESTION_LOOK[kind]
    base = words.LOOKALIKE.get(lg, {}).get(kind, _LOOKALIKE_EN[kind])
    if style == "newline" and " " in base:
        return base.replace(" ", "\n", 1)
    if style == "colon":
        return base + ":"
    if style == "hints":
        return f'"{base} {"(EUR)" if kind in ("owed", "income") else "(ref)"}"'
    return base


def _faker(locale: str, seed: int) -> Faker:
    try:
        fake = Faker(places.faker_locale(locale))
    except AttributeError:
        fake = Faker("en_US")
    fake.seed_instance(seed)
    return fake


def heldout20_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed``: ``frame``, ``labels`` (column -> accepted entities, None),
    ``notes`` (each note's truth), ``forms``, ``templates``, ``notes_column``, ``shape`` and ``branch`` (the
    columns naming a branch's town: None shown, "don't care" hidden)."""
    rng = random.Random(f"set20/{locale}/{seed}")
    shape = SHAPE_ORDER[(LOCALES.index(locale) * 3 + seed) % len(SHAPE_ORDER)]
    style, personal, look, layouts = SHAPES[shape]
    fake = _faker(locale, seed)
    name_fake = people.fakers(locale) if locale not in people.OWN else fake
    name_fake.seed_instance(seed)
    lg, reg = LANG[locale], region(locale)
    layout = rng.choice(layouts)
    dob_layout = language.dob_layout(locale, rng)
    name_form = rng.choice(people.FORMS)
    has_id = locale in ids.IDS
    has_iban = ids.iban(reg, random.Random(0)) is not None
    kinds = [k for k in personal if (k != "id" or has_id) and (k != "iban" or has_iban)]
    if "iban" in personal and not has_iban:
        kinds.append("card")
    cols = list(kinds) + list(look)
    rng.shuffle(cols)
    headers = {k: _header(style, k, locale, i) for i, k in enumerate(cols)}
    notes_head = _header_notes(style, locale, len(cols))
    misses = {k: rng.choice(language.missing_words(locale)) for k in kinds}
    cases = {k: rng.choice(("", "", "", "upper", "lower")) for k in kinds if k in ("town", "street", "email")}
    # The shops' towns: three per table (the first 7's big towns, else towns of the locale drawn once).
    branches = _BRANCHES.get(locale) or tuple(places.place(locale, rng, fake)[2] for _ in range(3))
    data: dict[str, list] = {headers[k]: [] for k in cols}
    data[notes_head] = []
    truths, forms, templates = [], [], []
    english_share = 1.0 if locale in language.ENGLISH else 0.5 if locale in FIRST7 else 0.34
    local_t = local.local_templates(lg)
    for _ in range(n):
        p = people.person(locale, rng, name_fake)
        p2 = people.person(locale, rng, name_fake)
        p3 = people.person(locale, rng, name_fake)  # a child or a volunteer named by the given name alone
        child = shape == "nursery waiting list"
        dob = language.birth_date(rng, child=child)
        street, postcode, town = places.place(locale, rng, fake)
        ph, ph2 = ids.phone_number(reg, rng), ids.phone_number(reg, rng, mobile=rng.random() < 0.5)
        nid = ids.national_id(locale, rng, language.birth_date(rng) if child else dob, p.female, (p.first, p.last))
        bank = ids.iban(reg, rng) if has_iban else None
        card = ids.card(rng)
        ev = language.event_date(rng)
        cell = {
            "first": p.first, "last": p.last, "name": people.written(p, locale, name_form),
            "name2": people.full(p2, locale), "phone": ids.write_phone(ph, layout, rng, ph2),
            "phone2": ids.write_phone(ph2, "national" if layout in ("two", "int", "float") else layout, rng),
            "email": people.email(p, locale, rng), "street": street, "postcode": postcode, "town": town,
            "address": places.whole_address(locale, street, postcode, town, rng),
            "dob": language.fmt_date(dob, locale, dob_layout), "id": nid, "iban": bank, "card": card,
        }  # fmt: skip
        for k in cols:
            if k in kinds:
                value = cell[k]
                if rng.random() < 0.06 and not (k == "phone" and layout == "int"):
                    value = float("nan") if (k == "phone" and layout == "float") else misses[k]
                elif k in cases and cases[k] and isinstance(value, str):
                    value = value.upper() if cases[k] == "upper" else value.lower()
                data[headers[k]].append(value)
            else:
                data[headers[k]].append(_lookalike(k, rng, locale, fake, ev, dob_layout, branches))
        english = rng.random() < english_share or not local_t
        template = rng.choice(rng.choice(list(notes.GENRES.values()))) if english else rng.choice(local_t)
        form = next((g for g, ts in notes.GENRES.items() if template in ts), None) or _local_form(template, lg)
        values = _note_values(p, p2, locale, rng, cell, ph, ph2, nid, bank, card, ev, dob_layout, english)
        values["first"] = p3.first
        kinds_of = {"id": "ssn" if locale == "en_US" else "national_id" if nid else "credit_debit_card",
                    "iban": "iban" if bank else "credit_debit_card"}  # fmt: skip
        text, truth = notes.render(template, values, kinds_of)
        data[notes_head].append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    frame = pd.DataFrame(data)
    labels = {headers[k]: (_entity(k, locale) if k in kinds else None) for k in cols}
    branch = [headers[k] for k in cols if k == "branch"]
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=notes_head, shape=shape, branch=branch)  # fmt: skip


def _entity(kind: str, locale: str) -> tuple[str, ...]:
    if kind == "id":
        return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")
    return _LABEL[kind]


def _local_form(template: str, lg: str) -> str:
    return f"absence note ({lg})" if template == local.ABSENCE.get(lg) else f"cancellation letter ({lg})"


def _header_notes(style: str, locale: str, index: int) -> str:
    word = NOTES_WORD.get(LANG[locale], "Notes")
    return {"hungarian": "memNotes", "access": f"F{index + 1}", "sap": "TDLINE", "newline": f"{word}\n(staff)",
            "bilingual": f"{word} / Notes" if word != "Notes" else "Notes / Remarques", "colon": f"{word}:",
            "hints": f'"{word} (free text)"', "question": "Anything else we should know?"}[style]  # fmt: skip


def _note_values(p, p2, locale, rng, cell, ph, ph2, nid, bank, card, ev, dob_layout, english) -> dict[str, str]:
    """The values a note's placeholders take (phones as text in a national or international layout; titles in
    the note's language)."""
    lg = "en" if english else LANG[locale]
    title = words.female_title(lg) if p.female else words.male_title(lg)
    natural = people.full(p, locale)
    phone_layout = rng.choice(("national", "intl", "e164", "national"))
    return {
        "name": natural if locale in people.NO_SPACE else rng.choice((natural, cell["name"], natural)),
        "name_lower": natural.lower(), "name_upper": natural.upper(), "first": p.first, "_surname": p.last,
        "titled": f"{p.last}{title}" if lg == "ja" else f"{title} {p.last}", "name2": people.full(p2, locale),
        "phone": ids.write_phone(ph, phone_layout, rng), "phone2": ids.write_phone(ph2, "national", rng),
        "email": cell["email"], "street": cell["street"], "postcode": cell["postcode"], "town": cell["town"],
        "dob": cell["dob"], "id": nid or ids.card(rng), "iban": bank or card, "card": card,
        "idname": ids.id_name(locale), "ref": f"{rng.choice('ABKPRT')}{rng.randint(100000, 999999)}",
        "amount": f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}",
        "date": language.fmt_date(ev, locale, dob_layout), "staff": f"staff {rng.randint(10, 99)}",
        "time": f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
    }  # fmt: skip


def _gtin(rng: random.Random) -> str:
    body = rng.choice(("400", "500", "800", "871", "301")) + "".join(rng.choice("0123456789") for _ in range(9))
    return body + ean.calc_check_digit(body)


def _lookalike(kind: str, rng: random.Random, locale: str, fake: Faker, ev, dob_layout: str, branches) -> object:
    """A value of a column that is not personal data."""
    d = language.event_date(rng)
    table = {
        "recall_no": lambda: "0" + "".join(rng.choice("0123456789") for _ in range(10)),
        "frame": lambda: rng.choice(FRAMES), "last_exam": lambda: language.fmt_date(d, locale, dob_layout),
        "branch": lambda: rng.choice(branches), "fee": lambda: f"{rng.randint(20, 95)}.00",
        "booking": lambda: f"CS{rng.randint(10000, 99999)}", "plate": lambda: fake.license_plate() if hasattr(
            fake, "license_plate") else f"{rng.randint(10, 99)}-AB-{rng.randint(100, 999)}",
        "arrival": lambda: language.fmt_date(d, locale, dob_layout), "nights": lambda: rng.randint(1, 14),
        "amount": lambda: round(rng.uniform(30, 900), 2),
        "coords": lambda: f"{rng.uniform(36, 60):.5f}, {rng.uniform(-8, 25):.5f}",
        "kunnr": lambda: f"{rng.randint(1, 99999):010d}", "belnr": lambda: str(rng.randint(4900000000, 4999999999)),
        "item": lambda: rng.choice(("Gold ring 18ct", "Rolex Datejust", "Necklace 9ct", "iPhone 13", "Canon EOS")),
        "dmbtr": lambda: f"{rng.randint(40, 4000)},00", "budat": lambda: language.fmt_date(d, locale, dob_layout),
        "room": lambda: rng.choice(ROOMS), "start": lambda: language.fmt_date(d, locale, dob_layout),
        "sessions": lambda: rng.randint(1, 5), "reg_no": lambda: "".join(rng.choice("0123456789") for _ in range(11)),
        "apiary": lambda: rng.choice(("Mill Lane Apiary", "Church Road bees", "Station Street hives", "Orchard Close")),
        "hives": lambda: rng.randint(1, 30), "inspected": lambda: language.fmt_date(d, locale, dob_layout),
        "stylist": lambda: f"ST-{rng.randint(1, 12):02d}", "service": lambda: rng.choice(SERVICES),
        "gtin": _gtin_factory(rng), "price": lambda: rng.randint(15, 180),
        "visit": lambda: f"{language.fmt_date(d, locale, '%Y-%m-%d')} {rng.randint(9, 18)}:{rng.choice(('00', '30'))}",
        "supplier": lambda: fake.company(), "creditor": lambda: fake.company(),
        "owed": lambda: round(rng.uniform(100, 25000), 2),
        "case_no": lambda: f"DA/{rng.randint(2019, 2026)}/{rng.randint(100, 9999)}",
        "sort_code": lambda: _sort_code(rng, locale),
        "income": lambda: rng.randint(600, 4500), "claim_no": lambda: f"K{rng.randint(1, 9)}QZ{rng.randint(100, 999)}",
        "timestamp": lambda: f"{language.fmt_date(d, locale, '%Y/%m/%d')} {_clock(rng)}",
        "height": lambda: rng.randint(150, 198), "shoe": lambda: rng.choice((37, 38, 39, 40, 41, 42, 43, 44, 45)),
        "job": lambda: rng.choice(JOBS),
        "hash": lambda: hashlib.sha1(str(rng.random()).encode()).hexdigest(),
    }  # fmt: skip
    return table[kind]()


def _sort_code(rng: random.Random, locale: str) -> str:
    """A UK/Irish bank sort code, or a bank's BIC elsewhere (a branch, not a person)."""
    if locale in ("en_GB", "en_IE"):
        return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    bank = rng.choice(("DEUT", "BNPA", "CAIX", "UNCR", "INGB", "RABO"))
    return f"{bank}{region(locale)}{rng.choice(('2L', 'FF', 'MM', 'XX'))}"


def _clock(rng: random.Random) -> str:
    hour = rng.randint(0, 23)
    minute = rng.randint(10, 59)
    return f"{hour}:{minute}:{rng.randint(10, 59)}"


def _gtin_factory(rng: random.Random):
    return lambda: _gtin(rng)


# A few branch towns per first-7 locale (shops are in the big towns); elsewhere the row's own town list.
_BRANCHES = {"en_US": ("Denver", "Austin", "Columbus"), "en_GB": ("Leeds", "Bristol", "Norwich"),
             "de_DE": ("Köln", "Leipzig", "Hannover"), "fr_FR": ("Lyon", "Lille", "Nantes"),
             "es_ES": ("Zaragoza", "Málaga", "Bilbao"), "it_IT": ("Torino", "Bologna", "Bari"),
             "nl_NL": ("Utrecht", "Groningen", "Eindhoven")}  # fmt: skip
