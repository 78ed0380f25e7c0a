"""The eight export shapes of held-out set 23 and the table builder.

Shapes new to the sets, each with a column-naming style no set used: bridal-wear fittings (Oracle column names with
their table, ``BRD_FITTING_T.CUST_LAST_NM``), scaffolding hire (Dynamics 365 logical names, ``address1_postalcode``
beside ``cr4f2_notfallkontakt``), skip hire (XPath of an XML export, ``/Auftrag/Kunde/Telefon[2]``,
``/Booking/Customer/@dateOfBirth``), bicycle-repair tickets (camelCase with typos, ``custLastNmae``, ``emial``),
supply-teacher agency records (LDAP / Active Directory attributes, ``givenName`` ``sn`` ``l`` ``schacDateOfBirth``),
wine-club members (Google Contacts CSV, ``Phone 1 - Value``, ``Address 1 - Postal Code``), tree-surgery quote
requests (numbered questionnaire items in the local language, ``Q3a. Telefonnummer für Rückfragen``) and
photo-studio sittings (SAS 8-character names, ``lname`` ``dob_dt``).

Personal columns: names whole or split (natural, upper, lower, ``Surname, First``, ``SURNAME First``, initial;
particles, hyphenated and two surnames, Welsh ``ap``), a second person (mother, emergency contact, neighbour,
spouse), phones in one export layout per table (national, bare digits, without the trunk 0, international
without ``+``, E.164, spaced international, ``00``, an integer column that lost its leading zero, a ``.0`` float
column with gaps, an extension, two numbers in a cell, dots, a slash), e-mails (some upper case), national ids
(valid check digits), IBANs (plain or in groups of four) or cards, whole or split addresses, birth dates in the
locale's layouts (month names in its language, with a time of day; LDAP ``YYYYMMDD``; Dynamics ISO). Missing
cells are written as the country's exports write them (empty, ``n/a``, ``k.A.``, ``onbekend``, ``anhysbys``...),
about 6 %; some columns change case.

A country without IBANs here gets a card column where its shape has an IBAN column, and a country without an id
pattern (``heldout23_ids.ID_PATTERNS``) no id column. Labels: a tuple of the entities that count as found (the
first is the truth), ``None`` for a look-alike column. ``branch`` lists the branch/depot town columns (``None``
shown, "don't care" hidden).
"""

from __future__ import annotations

import random
import sys
import types
from pathlib import Path

import pandas as pd
from faker import Faker
from faker.config import AVAILABLE_LOCALES

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout23_columns as columns
import heldout23_ids as ids
import heldout23_language as language
import heldout23_local as local
import heldout23_notes as notes
import heldout23_people as people
import heldout23_places as places
import heldout23_words as words
from heldout23_language import CJK, FIRST7, LOCALES, N_ROWS, NEW8_23, OTHER103, SEEDS  # noqa: F401

LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) for lg in set(LANG.values())}
region = language.region

# shape -> (header style, Oracle table, personal keys, optional personal keys, look-alike keys)
SHAPES = {
    "bridal_fittings": ("oracle", "BRD_FITTING_T", ("first", "last", "phone", "email", "street", "postcode", "town"),
                        ("dob", "card", "contact", "contact_phone"),
                        ("designer", "size", "fitter", "fitting_date", "order_no", "deposit", "branch")),
    "scaffold_hire": ("dynamics", "", ("first", "last", "phone", "email", "address"),
                      ("id", "iban", "contact", "contact_phone", "dob"),
                      ("tag", "height", "site", "permit", "erector", "hire_start", "depot")),
    "skip_hire": ("xpath", "", ("name", "phone", "email", "street", "postcode", "town"),
                  ("contact_phone", "id", "card"),
                  ("skip", "waste", "plate", "driver", "delivery", "skip_depot", "amount")),
    "bike_repair": ("typo", "", ("first", "last", "phone", "email", "address"), ("card", "dob"),
                    ("frame", "model", "gtin", "mechanic", "repair_date", "job_ref", "workshop")),
    "supply_teachers": ("ldap", "", ("first", "last", "name", "phone", "email", "street", "postcode", "town", "dob"),
                        ("id", "iban", "contact", "contact_phone"),
                        ("ou", "title", "staff_no", "created", "guid", "office")),
    "wine_club": ("google", "", ("first", "last", "name", "phone", "email", "address"),
                  ("contact_phone", "dob", "contact", "card"),
                  ("phone_type", "group", "winery", "tier", "last_case")),
    "tree_quotes": ("questions", "", ("first", "last", "phone", "email", "street", "postcode", "town"),
                    ("dob", "contact", "contact_phone", "iban"),
                    ("species", "tree_height", "heard", "visit", "surveyor")),
    "photo_sittings": ("sas", "", ("first", "last", "phone", "email", "street", "postcode", "town", "dob"),
                       ("card", "id"), ("package", "photographer", "sitting", "negative", "studio", "amount")),
}  # fmt: skip
SHAPE_ORDER = tuple(SHAPES)
_BRANCH_KEYS = ("branch", "depot", "skip_depot", "workshop", "office", "studio")
_LABEL = {"first": ("first_name", "name"), "last": ("last_name", "name"), "name": ("name",), "contact": ("name",),
          "phone": ("phone_number",), "contact_phone": ("phone_number",), "email": ("email",),
          "street": ("street_address", "address"), "postcode": ("postcode",), "town": ("city",),
          "address": ("address", "street_address"), "dob": ("date_of_birth",), "iban": ("iban",),
          "card": ("credit_debit_card",)}  # fmt: skip
_NAME_FORMS = ("natural", "natural", "upper", "lower", "title_case")
_WHOLE_FORMS = ("natural", "natural", "upper", "lower", "last_first_comma", "upper_last_first", "initial")


def _shape_of(locale: str, seed: int) -> str:
    return SHAPE_ORDER[(LOCALES.index(locale) * 3 + seed) % len(SHAPE_ORDER)]


def _faker(locale: str, seed: int) -> Faker | None:
    if places.uses_own(locale) or locale not in AVAILABLE_LOCALES:
        return None
    fake = Faker(locale)
    fake.seed_instance(seed + 7)
    return fake


def _english_share(locale: str) -> float:
    if locale in language.ENGLISH or not local.local_templates(words.base_language(LANG[locale])):
        return 1.0
    return 0.5 if locale in FIRST7 else 0.34


def _case(text: str, form: str) -> str:
    return text.upper() if form == "upper" else text.lower() if form == "lower" else text


def _row(locale: str, rng: random.Random, name_fake, place_fake, t: dict) -> dict:
    p = people.person(locale, rng, name_fake)
    p2 = people.person(locale, rng, name_fake)
    dob = language.birth_date(rng)
    street, postcode, town = places.place(locale, rng, place_fake)
    n1 = ids.phone_number(t["region"], rng, mobile=True)
    n2 = ids.phone_number(t["region"], rng, mobile=rng.random() < 0.6)
    return {"p": p, "p2": p2, "dob": dob, "street": street, "postcode": postcode, "town": town, "n1": n1, "n2": n2,
            "email": people.email(p, locale, rng), "id": ids.national_id(locale, rng, dob, p.female, t["id_fake"]),
            "iban": ids.iban(t["region"], rng, grouped=t["iban_grouped"]), "card": ids.card(rng, t["card_grouped"]),
            "child": people.person(locale, rng, name_fake).first}  # fmt: skip


def _cell(key: str, row: dict, t: dict, rng: random.Random, locale: str) -> object:
    p = row["p"]
    if key == "first":
        return _case(p.first, t["name_form"])
    if key == "last":
        return _case(p.last, t["name_form"])
    if key == "name":
        return people.written(p, locale, t["whole_form"])
    if key == "contact":
        return people.written(row["p2"], locale, "natural")
    if key == "phone":
        return ids.write_phone(row["n1"], t["layout"], rng, other=row["n2"])
    if key == "contact_phone":
        return ids.write_phone(row["n2"], t["layout2"], rng)
    if key == "email":
        return row["email"].upper() if t["email_upper"] else row["email"]
    if key in ("street", "postcode"):
        return row[key]
    if key == "town":
        return _case(row["town"], t["town_case"])
    if key == "address":
        return places.whole_address(locale, row["street"], row["postcode"], row["town"], rng)
    if key == "dob":
        layout = t["dob_layout"]
        return language.fmt_date(row["dob"], locale, layout, rng.randint(0, 23), rng.choice((0, 15, 30, 45)))
    if key in ("id", "iban", "card"):
        return row[key]
    raise KeyError(key)


def _note(row: dict, t: dict, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    lg = words.base_language(LANG[locale])
    p = row["p"]
    english = rng.random() < t["english_share"]
    pool = notes.english_templates() if english else list(local.local_templates(lg))
    form, template = rng.choice(pool)
    title_lang = "en" if english else lg
    title = words.female_title(title_lang) if p.female else words.male_title(title_lang)
    note_layout = rng.choice(("national", "international", "e164", "bare"))
    has_id = row["id"] is not None
    has_iban = row["iban"] is not None
    values = {
        "name": people.written(p, locale, rng.choice(("natural", "natural", "upper", "last_first_comma", "initial"))),
        "name_lower": people.full(p, locale).lower(), "name_upper": people.full(p, locale).upper(),
        "name2": people.full(row["p2"], locale), "first": row["child"], "titled": f"{title} {p.last}",
        "titled_truth": p.last, "phone": ids.phone_text(ids.write_phone(row["n1"], note_layout, rng)),
        "phone2": ids.phone_text(ids.write_phone(row["n2"], "national", rng)), "email": row["email"],
        "street": row["street"], "postcode": row["postcode"] or "", "town": row["town"],
        "dob": language.fmt_date(row["dob"], locale, t["note_dob_layout"]),
        "id": row["id"] if has_id else row["card"], "idname": ids.id_name(locale) if has_id else "card",
        "iban": row["iban"] if has_iban else row["card"], "card": row["card"],
        "ref": f"{rng.choice(('Q', 'J', 'BK'))}-{rng.randint(10000, 99999)}",
        "amount": columns.amount(rng, locale, 40, 3900),
        "date": language.fmt_date(language.event_date(rng), locale, t["note_dob_layout"]),
        "time": f"{rng.randint(8, 18)}:{rng.choice(('00', '15', '30', '45'))}", "staff": t["staff"],
        "n": str(rng.randint(2, 9)),
    }  # fmt: skip
    kinds = {"id": "ssn" if locale == "en_US" and has_id else "national_id" if has_id else "credit_debit_card",
             "iban": "iban" if has_iban else "credit_debit_card"}  # fmt: skip
    text, truth = notes.render(template, values, kinds)
    return text, truth, form, template


def _id_label(locale: str) -> tuple[str, ...]:
    """The entities an id column counts as found: an SSN in en_US, a national id elsewhere (a tax id too)."""
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def _note_layout(locale: str, rng: random.Random) -> str:
    """A birth-date layout for a note: people write no time of day there."""
    return rng.choice([x for x in language.dob_layouts(locale) if "%H" not in x])


def _missing(t: dict, rng: random.Random, numeric: bool) -> object:
    if numeric:
        return None
    return rng.choice(t["missing"] + ("", None))


def heldout23_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` for ``seed``: frame, labels, notes (truth per row), forms, templates,
    notes_column, shape and branch (the depot/branch town columns)."""
    rng = random.Random(f"heldout23/{locale}/{seed}")
    shape = _shape_of(locale, seed)
    style, table_name, keys, optional, looks = SHAPES[shape]
    name_fake = people.name_faker(locale, seed)
    place_fake = _faker(locale, seed)
    id_fake = None
    if ids.ID_PATTERNS.get(locale, ("", ""))[1] == "faker":
        id_fake = Faker(locale)
        id_fake.seed_instance(seed + 11)
    reg = region(locale)
    layouts = ids.LAYOUTS if locale.split("_")[1] in ("US", "CA", "FR", "BE", "ES", "IT") else ids.LAYOUTS[:-2]
    t = {"region": reg, "id_fake": id_fake, "iban_grouped": rng.random() < 0.5, "card_grouped": rng.random() < 0.6,
         "name_form": rng.choice(_NAME_FORMS), "whole_form": rng.choice(_WHOLE_FORMS), "layout": rng.choice(layouts),
         "layout2": rng.choice(("national", "international", "bare", "e164")), "email_upper": rng.random() < 0.15,
         "town_case": rng.choice(("natural", "natural", "upper")), "english_share": _english_share(locale),
         "dob_layout": language.dob_layout(locale, rng), "note_dob_layout": _note_layout(locale, rng),
         "missing": tuple(rng.sample(language.missing_words(locale), 2)),
         "staff": rng.choice(columns.STAFF)}  # fmt: skip
    if style == "ldap":
        t["dob_layout"] = "%Y%m%d"
    elif style == "dynamics":
        t["dob_layout"] = "%Y-%m-%d"
    chosen = list(keys) + [k for k in optional if rng.random() < 0.7]
    if "id" in chosen and ids.validator(locale) is None:
        chosen.remove("id")
    if "iban" in chosen and not ids.has_iban(reg):  # a card where the country has no IBAN
        chosen = [k for k in chosen if k != "iban"] + ([] if "card" in chosen else ["card"])
    if not places.has_postcodes(locale) and "postcode" in chosen:
        chosen.remove("postcode")
    if "contact_phone" in chosen and "contact" not in chosen and style not in ("google", "ldap"):
        chosen.remove("contact_phone")
    rows = [_row(locale, rng, name_fake, place_fake, t) for _ in range(n)]
    if "id" in chosen and any(r["id"] is None for r in rows):
        chosen.remove("id")
    phone_digits = len(str(ids.write_phone(rows[0]["n1"], "bare", rng)))
    ctx = {"staff": t["staff"], "branch": columns.branch_town(locale, rng, rows[0]["town"]),
           "dob_layout": t["dob_layout"] if style not in ("ldap", "dynamics") else "%Y-%m-%d",
           "phone_digits": phone_digits}  # fmt: skip
    order: list[tuple[str, bool]] = [(k, True) for k in chosen]
    for look in looks:
        order.insert(rng.randint(0, len(order)), (look, False))
    data: dict[str, list] = {}
    labels: dict[str, object] = {}
    branch: list[str] = []
    for seq, (key, personal) in enumerate(order, start=1):
        head = (columns.header(style, key, locale, table_name, seq) if personal
                else columns.look_header(style, key, table_name, locale, seq))  # fmt: skip
        if head in data:
            head = f"{head}_{seq}"
        numeric = personal and key == "phone" and t["layout"] in ("int_lost_zero", "float")
        values = []
        for row in rows:
            if personal and rng.random() < 0.06:
                values.append(_missing(t, rng, numeric))
            else:
                values.append(_cell(key, row, t, rng, locale) if personal else columns.lookalike(key, rng, locale, ctx))
        if numeric and t["layout"] == "int_lost_zero":
            values = pd.array(values, dtype="Int64")
        data[head] = values
        if personal:
            labels[head] = _id_label(locale) if key == "id" else _LABEL[key]
        else:
            labels[head] = None
            if key in _BRANCH_KEYS:
                branch.append(head)
    note_rows = [_note(row, t, rng, locale) for row in rows]
    notes_column = columns.NOTES_HEADERS[style]
    if style == "xpath":
        notes_column = columns.look_header("xpath", "skip", "", locale).rsplit("/", 2)[0] + "/" + notes_column
    data[notes_column] = [x[0] for x in note_rows]
    frame = pd.DataFrame(data)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[x[1] for x in note_rows], forms=[x[2] for x in note_rows],
        templates=[x[3] for x in note_rows], notes_column=notes_column, shape=shape, branch=branch,
    )  # fmt: skip
