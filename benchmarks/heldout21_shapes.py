"""The eight export shapes of held-out set 21 and the table builder.

Shapes new to the sets, each with a column-naming style no set used: self-storage unit rentals (kebab-case
``tenant-first-name``, local words without accents), pest-control call-outs (a Salesforce report: standard
API names ``FirstName`` ``MailingPostalCode`` beside custom fields ``Site_Contact_Name__c``, local custom
fields in ASCII), escape-room bookings (a web form's POST dump, PHP array names ``booking[date_of_birth]``),
food-bank referrals (a council's legacy COBOL copybook names ``CLT-SURNM`` ``KD-GEBDAT``), horse livery
clients (a Notion export: property names led by an emoji, ``🎂 Geburtsdatum``), window-cleaning rounds (a
hand-typed spreadsheet: local labels squashed to lower case without accents, one with a typo, house number and
street name apart), tyre-fitting bookings (Django ``__`` lookups ``customer__address__postcode``) and clothing
alteration tickets (Neo4j import headers with types, ``born:date`` ``name:string`` ``:LABEL``).

Personal columns: names whole or split in several written forms, a second person (emergency or site contact,
a second player, the referring worker, the driver, who collects), phones in one export layout per table
(national, bare digits, without the trunk 0, international without ``+``, E.164, ``00``, extensions, an integer
column that lost its leading zero, a ``.0`` float column with gaps, two numbers in a cell, French dotted pairs),
e-mails, national ids, IBANs or cards, whole or split addresses, birth dates in the locale's layouts (month
names in its language, with times). Missing cells are written as the country's exports write them (``n/a``,
``k.A.``, ``onbekend``, ``TBC``...), about 6 %; some columns change case.

Look-alike columns (label ``None``): storage unit codes and padlock serials, Salesforce record ids, firms
carrying a surname, pest species, bait lot numbers, escape-room themes named after people (``Sherlock's
Study``), order and invoice numbers with a phone's digit count, voucher codes, referring agencies named after
saints, horses with titles (``Mr Darcy``, ``Lady Grey``), horse passport UELNs and microchips, farriers'
firms, round names, VINs, tyre sizes and DOT codes, plates, garments of surname brands (``Harris Tweed``,
``Barbour``), event dates in the birth-date layout, amounts and counts; and the depot's or branch's town or
postcode (not personal data: it names the business, not the client; ``None`` with names shown, "don't care"
hidden, ``branch``). A house-number column alone is "don't care".
"""

from __future__ import annotations

import random
import re
import sys
import types
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout21_columns as columns
import heldout21_ids as ids
import heldout21_language as language
import heldout21_local as local
import heldout21_notes as notes
import heldout21_people as people
import heldout21_places as places
import heldout21_words as words
from heldout21_language import CJK, FIRST7, LOCALES, N_ROWS, NEW8_21, OTHER87, SEEDS, region  # noqa: F401

LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) for lg in set(LANG.values())}
# shape -> (style, personal keys, look-alike keys, branch keys)
SHAPES = {
    "self-storage rentals": (
        "kebab",
        ("first", "last", "phone", "email", "dob", "street", "postcode", "town", "id", "iban", "name2", "phone2"),
        ("unit", "unit_size", "padlock", "rate", "move_in", "depot_postcode"),
        ("depot_postcode",),
    ),
    "pest-control call-outs": (
        "salesforce",
        ("first", "last", "phone", "email", "street", "postcode", "town", "name2", "phone2"),
        ("sf_id", "account", "species", "lot", "visit_date", "territory"),
        ("territory",),
    ),
    "escape-room bookings": (
        "php",
        ("name", "email", "phone", "dob", "postcode", "name2", "card"),
        ("order_id", "room", "slot", "group_size", "voucher", "venue"),
        ("venue",),
    ),
    "food-bank referrals": (
        "cobol",
        ("first", "last", "dob", "street", "postcode", "town", "phone", "id", "name2", "phone2"),
        ("ref", "agency", "household", "voucher_date", "parcel", "depot_town"),
        ("depot_town",),
    ),
    "horse livery clients": (
        "notion",
        ("name", "phone", "email", "address", "dob", "iban", "name2", "phone2"),
        ("horse", "ueln", "microchip", "fee", "joined", "farrier"),
        (),
    ),
    "window-cleaning rounds": (
        "squashed",
        ("name", "house", "street", "postcode", "town", "phone", "email", "iban"),
        ("round", "price", "frequency", "last_clean", "ladder"),
        (),
    ),
    "tyre-fitting bookings": (
        "django",
        ("first", "last", "phone", "email", "street", "postcode", "town", "card", "name2"),
        ("plate", "vin", "tyre_size", "dot", "invoice_no", "depot_postcode"),
        ("depot_postcode",),
    ),
    "clothing alterations": (
        "neo4j",
        ("name", "phone", "email", "address", "dob", "card", "name2"),
        ("ticket", "garment", "price_f", "due", "node_label", "branch"),
        ("branch",),
    ),
}
SHAPE_ORDER = tuple(SHAPES)
_LABEL = {
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "name": ("name",),
    "name2": ("name",),
    "phone": ("phone_number",),
    "phone2": ("phone_number",),
    "email": ("email",),
    "street": ("street_address", "address"),
    "address": ("address", "street_address"),
    "postcode": ("postcode",),
    "town": ("city",),
    "dob": ("date_of_birth",),
    "iban": ("iban",),
    "card": ("credit_debit_card",),
    "house": "dont_care",
}


def _faker(locale: str, seed: int):
    if locale in places.OWN:
        return None
    from faker import Faker

    fake = Faker(places.faker_locale(locale))
    fake.seed_instance(seed)
    return fake


# Countries whose personal number here is a tax number (Steuer-ID, codice fiscale, NIF, OIB, INN, IRD):
# a column of them found as ``tax_id`` is found.
TAX_IDS = ("de_DE", "it_IT", "pt_PT", "hr_HR", "ru_RU", "en_NZ")


def _id_label(locale: str) -> tuple[str, ...]:
    """The entities accepted for a national-id column (the first is the one reported)."""
    if locale == "en_US":
        return ("ssn", "national_id")
    return ("national_id", "ssn", "tax_id") if locale in TAX_IDS else ("national_id", "ssn")


def _cell(key: str, row: dict, t: dict, rng: random.Random) -> object:
    """One personal cell of a row in the table's written forms (``t``: the table's choices)."""
    p, locale = row["p"], t["locale"]
    if key in ("first", "last"):
        v = p.first if key == "first" else p.last
        return v.upper() if t["split_case"] == "upper" else v.lower() if t["split_case"] == "lower" else v
    if key == "name":
        return people.written(p, locale, t["name_form"])
    if key == "name2":
        return people.full(row["p2"], locale)
    if key == "phone":
        return ids.write_phone(row["ph"], t["layout"], rng, row["ph_fixed"])
    if key == "phone2":
        return ids.write_phone(row["ph2"], t["layout2"], rng, row["ph_fixed"])
    if key == "email":
        return row["email"].upper() if t["email_upper"] else row["email"]
    if key == "street":
        return row["street_name"] if t["style"] == "squashed" else row["street"]
    if key == "house":
        return row["house"]
    if key == "postcode":
        return row["postcode"]
    if key == "town":
        return row["town"].upper() if t["town_upper"] else row["town"]
    if key == "address":
        a = places.whole_address(locale, row["street"], row["postcode"], row["town"], rng)
        return a.upper() if t["address_upper"] else a
    if key == "dob":
        layout = t["dob_layout"]
        return language.fmt_date(row["dob"], locale, layout, rng.randint(0, 23), rng.choice((0, 15, 30, 45)))
    if key == "id":
        return row["nid"]
    if key == "iban":
        return ids.grouped(row["iban"]) if t["grouped"] else row["iban"]
    if key == "card":
        return ids.grouped(row["card"]) if t["grouped"] else row["card"]
    raise KeyError(key)


_HOUSE = re.compile(r"\b\d+[A-Za-z]?\b")
_LEFTOVER = re.compile(r"(\s*(No:|Nr\.|n\.º|House|Villa|Blk|casa|,|-р байр|-uy|بناية|،))+\s*$|^\s*,\s*")


_MARKED = re.compile(r"(?:n\.º|No:|Nr\.|House|Villa|casa|Blk)\s*(\d+)")


def _split_house(street: str) -> tuple[str, str]:
    m = _MARKED.search(street) or _HOUSE.search(street)
    if not m:
        return street, ""
    rest = (street[: m.start()] + street[m.end() :]).strip()
    return _LEFTOVER.sub("", rest).strip(" ,"), m.group(m.lastindex or 0)


def _note(row: dict, t: dict, rng: random.Random) -> tuple[str, list, str, str]:
    locale, lg, p = t["locale"], t["lang"], row["p"]
    own = local.local_templates(lg)
    english = locale in language.ENGLISH or not own
    if not english:
        english = rng.random() < (0.5 if locale in FIRST7 else 1 / 3)
    genre, template = rng.choice(notes.english_templates() if english else own)
    title = (
        words.female_title(lg if not english else "en") if p.female else words.male_title(lg if not english else "en")
    )
    latin_last, latin_first = people.ascii_text(p.last).upper(), people.ascii_text(p.first).upper()
    if not latin_last or not latin_first:
        latin_last, latin_first = p.last.upper(), p.first.upper()
    text_layout = rng.choice(("national", "intl", "e164"))
    nid = row["nid"] if row["nid"] else row["card"]
    values = {
        "name": people.written(p, locale, t["name_form"]),
        "name_lower": people.full(p, locale).lower(),
        "name_upper": people.full(p, locale).upper(),
        "name2": people.full(row["p2"], locale),
        "first": p.first,
        "titled": f"{title} {p.last}",
        "_titled_truth": p.last,
        "pnr": f"{latin_last}/{latin_first} {'MRS' if p.female else 'MR'}",
        "_pnr_truth": f"{latin_first} {latin_last}",
        "phone": str(ids.write_phone(row["ph"], text_layout, rng)),
        "phone2": str(ids.write_phone(row["ph2"], "national", rng)),
        "email": row["email"],
        "street": row["street"],
        "postcode": row["postcode"],
        "town": row["town"],
        "dob": language.fmt_date(row["dob"], locale, t["dob_layout"].split(" %H")[0]),
        "id": nid,
        "idname": ids.id_name(locale),
        "iban": ids.grouped(row["iban"]) if row["iban"] else row["card"],
        "card": ids.grouped(row["card"]) if rng.random() < 0.5 else row["card"],
        "ref": f"{rng.choice('KPRT')}{rng.randint(10000, 99999)}",
        "amount": columns.amount(rng, locale, 20, 900),
        "date": language.fmt_date(language.event_date(rng), locale, t["dob_layout"].split(" %H")[0]),
        "time": f"{rng.randint(9, 20)}:{rng.choice(('00', '15', '30', '45'))}",
        "unit": f"{rng.choice('ABC')}-{rng.randint(1, 299):03d}",
        "lot": ids.lot_no(rng),
        "pet": rng.choice(columns.PETS),
        "horse": rng.choice(columns.HORSES),
        "ueln": ids.ueln(rng),
        "flight": ids.flight_no(rng),
        "seat": f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}",
        "vin": ids.vin(rng),
        "plate": columns.plate(rng, locale),
        "n": str(rng.randint(2, 8)),
    }
    if t["name_form"] == "initial":
        values["_name_truth"] = p.last
    kinds = {}
    if not row["nid"]:
        kinds["id"] = "credit_debit_card"
    elif locale == "en_US":
        kinds["id"] = "ssn"
    if not row["iban"]:
        kinds["iban"] = "credit_debit_card"
    text, truth = notes.render(template, values, kinds)
    return text, truth, genre, template


def heldout21_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed``: ``frame``, ``labels`` (column -> accepted entities, None,
    "dont_care"), ``notes`` (each note's truth), ``forms``, ``templates``, ``notes_column``, ``shape`` and ``branch``
    (the columns naming a branch's or depot's town or postcode: None shown, "don't care" hidden)."""
    rng = random.Random(f"set21/{locale}/{seed}")
    shape = SHAPE_ORDER[(LOCALES.index(locale) + seed) % len(SHAPE_ORDER)]
    style, personal, looks, branch_keys = SHAPES[shape]
    fake_people, fake_place = people.fakers(locale, seed), _faker(locale, seed)
    reg, lg = region(locale), LANG[locale]
    keys: list[str] = []
    for k in personal:
        k = "card" if k == "iban" and not ids.has_iban(reg) else k
        if (
            (k == "id" and not ids.has_id(locale))
            or (k == "postcode" and not places.has_postcodes(locale))
            or k in keys
        ):
            continue
        keys.append(k)
    layouts = [x for x in ids.LAYOUTS if x != "dotted" or lg == "fr"]
    t = {
        "locale": locale,
        "lang": lg,
        "style": style,
        "name_form": rng.choice(people.FORMS),
        "split_case": rng.choice(("as", "as", "upper", "lower")),
        "layout": rng.choice(layouts),
        "layout2": rng.choice(("national", "intl", "bare", "e164", "extension")),
        "email_upper": rng.random() < 0.1,
        "town_upper": rng.random() < 0.25,
        "address_upper": rng.random() < 0.2,
        "grouped": rng.random() < 0.5,
        "dob_layout": "%Y-%m-%d" if style == "neo4j" else language.dob_layout(locale, rng),
    }
    missing = rng.choice(language.missing_words(locale))
    _street, b_postcode, b_town = places.place(locale, rng, fake_place)
    ctx = {
        "dob_layout": t["dob_layout"],
        "branch_postcode": b_postcode,
        "branch_town": rng.choice(columns.BRANCH_TOWNS.get(locale, (b_town,))),
        "surnames": [people.person(locale, rng, fake_people).last for _ in range(6)],
        "phone_digits": len(str(ids.phone_number(reg, rng).national_number)) + 1,
    }
    used: set[str] = set()
    typo_key = rng.choice([k for k in keys if k != "house"])
    head_look = {k: columns.look_header(k, locale, used, style) for k in looks}
    head = {k: columns.header(style, k, locale, used, rng, typo_key) for k in keys}
    order = [looks[0], *keys]
    for k in looks[1:]:
        order.insert(rng.randint(2, len(order)), k)
    notes_col = columns.notes_header(style, locale)
    rows = []
    for _ in range(n):
        p, p2 = people.person(locale, rng, fake_people), people.person(locale, rng, fake_people)
        dob = language.birth_date(rng)
        street, postcode, town = places.place(locale, rng, fake_place)
        street_name, house = _split_house(street)
        rows.append(
            {
                "p": p,
                "p2": p2,
                "dob": dob,
                "street": street,
                "postcode": postcode,
                "town": town,
                "street_name": street_name or street,
                "house": house or str(rng.randint(1, 90)),
                "ph": ids.phone_number(reg, rng, True),
                "ph2": ids.phone_number(reg, rng, rng.random() < 0.7),
                "ph_fixed": ids.phone_number(reg, rng, False),
                "email": people.email(p, locale, rng),
                "nid": ids.national_id(locale, rng, dob, p.female, (p.first, p.last)),
                "iban": ids.iban(reg, rng),
                "card": ids.card(rng),
            }
        )
    data: dict[str, list] = {}
    labels: dict = {}
    for k in order:
        if k in looks:
            data[head_look[k]] = [columns.lookalike(k, rng, locale, ctx) for _ in rows]
            labels[head_look[k]] = None
            continue
        col = [_cell(k, r, t, rng) for r in rows]
        numeric = k in ("phone", "phone2") and t["layout" if k == "phone" else "layout2"] in ("int", "float")
        for i in range(1, n):
            if k not in ("first", "name") and rng.random() < 0.06 and not (numeric and t["layout"] == "int"):
                col[i] = np.nan if numeric else missing
        data[head[k]] = col
        lab = _LABEL.get(k) or _id_label(locale)
        labels[head[k]] = lab
    truths, forms, templates, texts = [], [], [], []
    for r in rows:
        text, truth, genre, template = _note(r, t, rng)
        texts.append(text)
        truths.append(truth)
        forms.append(genre)
        templates.append(template)
    data[notes_col] = texts
    frame = pd.DataFrame(data)
    branch = [head_look[k] for k in branch_keys]
    return types.SimpleNamespace(
        frame=frame,
        labels=labels,
        notes=truths,
        forms=forms,
        templates=templates,
        notes_column=notes_col,
        shape=shape,
        branch=branch,
    )
