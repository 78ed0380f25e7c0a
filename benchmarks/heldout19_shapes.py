"""The eight export shapes of held-out set 19 and the table builder.

Shapes new to the sets: allotment plot tenancies, residents' parking permits, choir memberships, foster
placements, scholarship applications, bike-share subscriptions, chimney-sweep visits and angling permits. Each
has its own column naming (English snake_case with a prefix, local-language Title Case, English camelCase,
local UPPER abbreviations, English with a ``_txt`` suffix, local dotted, English abbreviations, local numbered)
and its own columns: the person (whole or split, in several written forms), a second person named by role,
phones (one layout per table; labels inside cells, two numbers in one cell), e-mails, national ids, IBANs or
cards, addresses whole or split, dates of birth; and columns that are not personal data but look like it
(refs, plates, amounts, counts, event dates in the birth-date layout, staff ids, sites named after a street,
groups named after composers, firms named after a surname). Cells go missing (about 6 %) and change case.

Labels: a tuple of the entities that count as found (the first is the one reported), ``None`` for a column
that is not personal data. The notes column is not labelled (it must be free text).
"""

# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped ones)

from __future__ import annotations

import random
import sys
import types
from pathlib import Path

import pandas as pd
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout19_ids as ids
import heldout19_language as language
import heldout19_local as local
import heldout19_notes as notes
import heldout19_people as people
import heldout19_places as places
import heldout19_words as words
from heldout19_language import CJK, FIRST7, LOCALES, N_ROWS, NEW8_19, OTHER71, SEEDS, region  # noqa: F401

LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) for lg in set(LANG.values())}
NOTES_WORD = {"de": "Bemerkungen", "fr": "remarques", "es": "observaciones", "it": "note", "nl": "opmerkingen",
              "pt": "observações", "sv": "anteckningar", "da": "bemærkninger", "no": "merknader", "pl": "uwagi",
              "cs": "poznámky", "fi": "huomautukset", "ru": "примечания", "tr": "notlar", "ja": "備考", "zh": "备注",
              "ko": "비고", "el": "σημειώσεις", "ar": "ملاحظات", "hu": "megjegyzés"}  # fmt: skip
COMPOSERS = ("Elgar", "Brahms", "Verdi", "Purcell", "Fauré", "Dvořák", "Sibelius", "Grieg")
# kind, English header, label-word key (local shapes), what it is
SHAPES: dict[str, dict] = {
    "allotment plots": {"style": "prefixed", "prefix": "tenant", "local": False, "cols": [
        ("plot", "plot no"), ("first", "forename"), ("last", "surname"), ("phone", "mobile"), ("email", "email"),
        ("street", "home street"), ("postcode", "postcode"), ("town", "town"), ("site", "site"),
        ("name2", "emergency contact"), ("amount", "annual rent"), ("event", "rent paid on"), ("count", "plot size m2")]},
    "parking permits": {"style": "title", "prefix": "", "local": True, "cols": [
        ("ref", "permit"), ("name", "name"), ("address", "address"), ("phone", "phone"), ("plate", "vehicle"),
        ("zone", "zone"), ("event", "valid from"), ("dob", "dob"), ("card", "card"), ("amount", "fee")]},
    "choir memberships": {"style": "camel", "prefix": "", "local": False, "cols": [
        ("name", "member name"), ("dob", "birth date"), ("email", "email address"), ("phone", "contact number"),
        ("part", "voice part"), ("group", "rehearsal group"), ("event", "joined on"), ("name2", "next of kin"),
        ("phone2", "next of kin phone"), ("iban", "subs account"), ("amount", "subs paid")]},
    "foster placements": {"style": "upper", "prefix": "", "local": True, "cols": [
        ("ref", "case ref"), ("first", "first"), ("last", "last"), ("dob", "dob"), ("id", "natid"),
        ("street", "street"), ("postcode", "postcode"), ("town", "town"), ("phone", "phone"), ("firm", "agency"),
        ("name2", "caseworker"), ("count", "children placed"), ("event", "start")]},
    "scholarship applications": {"style": "suffixed", "prefix": "txt", "local": False, "cols": [
        ("ref", "application id"), ("name", "applicant"), ("dob", "date of birth"), ("id", "national id"),
        ("email", "email"), ("phone", "phone"), ("address", "home address"), ("school", "school"),
        ("name2", "referee"), ("email2", "referee email"), ("amount", "amount requested"), ("count", "score"),
        ("iban", "payout account")]},
    "bike-share subscriptions": {"style": "dotted", "prefix": "", "local": True, "cols": [
        ("ref", "subscription"), ("name", "name"), ("email", "email"), ("phone", "phone"), ("card", "card"),
        ("station", "station"), ("plan", "plan"), ("count", "rides"), ("event", "start"), ("postcode", "postcode")]},
    "chimney-sweep visits": {"style": "spaced", "prefix": "", "local": False, "cols": [
        ("ref", "job no"), ("name", "cust"), ("tel", "tel"), ("address", "addr"), ("dob", "DOB"),
        ("name2", "landlord"), ("phone2", "landlord tel"), ("appliance", "appliance"), ("count", "flues"),
        ("event", "next due"), ("amount", "inv amt"), ("staff", "tech id")]},
    "angling permits": {"style": "numbered", "prefix": "", "local": True, "cols": [
        ("ref", "permit"), ("name", "name"), ("dob", "dob"), ("phone", "phone"), ("street", "street"),
        ("town", "town"), ("id", "natid"), ("water", "water"), ("count", "catch"), ("name2", "name"),
        ("phone2", "phone"), ("iban", "iban"), ("amount", "fee")]},
}  # fmt: skip
SHAPE_ORDER = tuple(SHAPES)
_LOCAL_KEY = {"permit": None, "name": "name", "address": "address", "phone": "phone", "dob": "dob", "card": "card",
              "first": "first", "last": "last", "street": "street", "postcode": "postcode", "town": "town",
              "email": "email", "iban": "iban"}  # fmt: skip


def _header(shape: dict, kind: str, english: str, locale: str, used: dict[str, int]) -> str:
    lg = LANG[locale]
    key = english if _LOCAL_KEY.get(english) else None
    if shape["local"] and key and lg in words.COLS:
        base = words.cols(lg)[_LOCAL_KEY[key]]
    elif kind == "id" and english in ("natid", "national id"):
        base = words.NATID.get(locale, "national id")
    else:
        base = english
    style = shape["style"]
    if style == "numbered":
        used[base] = used.get(base, 0) + 1
        return base if used[base] == 1 else f"{base} {used[base]}"
    text = language.style(base, style, shape["prefix"])
    while text in used:
        text += "_2"
    used[text] = 1
    return text


_HAS_IBAN: dict[str, bool] = {}


def has_iban(locale: str) -> bool:
    """Whether the locale's country has IBANs (else its bank column holds a card number)."""
    if locale not in _HAS_IBAN:
        _HAS_IBAN[locale] = ids.iban(region(locale), random.Random(0)) is not None
    return _HAS_IBAN[locale]


def _label(kind: str, locale: str) -> tuple[str, ...] | None:
    if kind == "iban" and not has_iban(locale):
        return ("credit_debit_card",)
    return {
        "name": ("name",), "name2": ("name",), "first": ("first_name", "name"), "last": ("last_name", "name"),
        "phone": ("phone_number",), "phone2": ("phone_number",), "tel": ("phone_number",), "email": ("email",),
        "email2": ("email",), "street": ("street_address", "address"), "address": ("address", "street_address"),
        "postcode": ("postcode",), "town": ("city",), "dob": ("date_of_birth",), "iban": ("iban",),
        "card": ("credit_debit_card",),
        "id": ("ssn", "national_id") if locale == "en_US" else ("national_id", "ssn"),
    }.get(kind)


def heldout19_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` for ``seed``: frame, labels, per-row notes truth, forms, templates, shape."""
    rng = random.Random(f"{locale}/{seed}")
    fake = Faker(places.faker_locale(locale) if locale != "sw_KE" else "en_KE")
    fake.seed_instance(seed * 7 + sum(map(ord, locale)))
    shape_name = SHAPE_ORDER[(LOCALES.index(locale) + seed) % len(SHAPE_ORDER)]
    shape = SHAPES[shape_name]
    reg, lg = region(locale), LANG[locale]
    layouts = ["national", "intl", "e164", "digits", "dotted", "00"] + (["slash"] if reg in ("DE", "AT", "CH") else [])
    phone_layout = rng.choice(layouts)
    name_form = rng.choice(["natural", "natural", "upper", "inverted", "caps_last", "lower"])
    second_dob = rng.random() < 0.3
    bank_is_iban = has_iban(locale)
    english_share = 1.0 if locale in language.ENGLISH else 0.5 if locale in FIRST7 else 0.25
    used: dict[str, int] = {}
    headers = [(kind, _header(shape, kind, eng, locale, used)) for kind, eng in shape["cols"]]
    notes_col = language.style(NOTES_WORD.get(lg, "notes") if shape["local"] else "notes", shape["style"] if shape["style"] != "numbered" else "spaced", shape["prefix"])  # fmt: skip
    rows, truths, forms, templates = [], [], [], []
    for _ in range(n):
        p = people.person(locale, rng, fake)
        p2 = people.person(locale, rng, fake)
        dob = language.birth_date(rng)
        street, postcode, town = places.place(locale, rng, fake)
        nid, id_kind = ids.national_id(locale, rng, dob, p.female)
        ph, ph2 = ids.phone(reg, rng, phone_layout), ids.phone(reg, rng, rng.choice(layouts), mobile=rng.random() < 0.5)
        mail, mail2 = people.email(p, rng), people.email(p2, rng)
        bank = ids.iban(reg, rng) if bank_is_iban else ids.card(rng)
        card = ids.card(rng)
        ev = language.fmt_date(language.event_date(rng), locale, second_dob)
        dob_s = language.fmt_date(dob, locale, second_dob)
        row: dict[str, object] = {}
        for kind, head in headers:
            row[head] = _cell(kind, locale, rng, p, p2, name_form, dob_s, street, postcode, town, nid, ph, ph2,
                              mail, mail2, bank, card, ev, lg)  # fmt: skip
        # the row's note
        title = rng.choice(words.titles(lg))
        titled = f"{p.last}{title}" if locale in CJK and lg in ("ja", "zh", "ko") else f"{title} {p.last}"
        values = {"name": p.natural(locale), "name_lower": p.natural(locale).lower(), "name_upper": p.natural(locale).upper(),
                  "name2": p2.natural(locale), "first": p.first, "titled": titled, "titled_last": p.last, "phone": ph,
                  "phone2": ph2, "email": mail, "email2": mail2, "street": street, "postcode": postcode, "town": town,
                  "dob": dob_s, "id": nid, "iban": bank, "card": card, "ref": f"{rng.randint(10000, 99999)}",
                  "amount": f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}", "date": ev,
                  "staff": f"ST{rng.randint(100, 999)}", "idname": words.NATID.get(locale, "ID")}  # fmt: skip
        kinds = {"id": id_kind, "iban": "iban" if bank_is_iban else "credit_debit_card"}
        if rng.random() < english_share:
            genre = rng.choice(sorted(notes.GENRES))
            template = rng.choice(notes.GENRES[genre])
            form = f"en: {genre}"
        else:
            which = rng.randrange(2)
            template = local.local_templates(lg)[which]
            form = ("local: change of address", "local: collection authorisation")[which]
        text, truth = notes.render(template, values, kinds)
        row[notes_col] = text
        rows.append(row)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    frame = pd.DataFrame(rows)
    labels = {head: _label(kind, locale) for kind, head in headers}
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=notes_col, shape=shape_name)  # fmt: skip


def _cell(kind, locale, rng, p, p2, form, dob, street, postcode, town, nid, ph, ph2, mail, mail2, bank, card, ev, lg):
    """One cell of a row (missing about 6 % of the time for personal data; labels and case vary)."""
    if _label(kind, locale) and rng.random() < 0.06:
        return rng.choice([None, ""]) if kind != "dob" else None
    if kind == "name":
        return people.written(p, locale, form if rng.random() < 0.85 else rng.choice(["natural", "upper", "lower"]))
    if kind == "name2":
        return people.written(p2, locale, "natural" if rng.random() < 0.7 else "inverted")
    if kind == "first":
        return p.first.upper() if form == "upper" else p.first.lower() if form == "lower" else p.first
    if kind == "last":
        return p.last.upper() if form in ("upper", "caps_last") else p.last.lower() if form == "lower" else p.last
    if kind in ("phone", "tel"):
        r = rng.random()
        return f"{ph} / {ph2}" if r < 0.12 else f"Tel: {ph}" if r < 0.2 and kind == "tel" else ph
    if kind == "phone2":
        return ph2
    if kind == "email":
        return mail.upper() if rng.random() < 0.1 else mail
    if kind == "email2":
        return mail2
    if kind == "street":
        return street
    if kind == "address":
        return places.whole_address(locale, street, postcode, town, rng)
    if kind == "postcode":
        return postcode
    if kind == "town":
        return town.upper() if rng.random() < 0.15 else town
    if kind == "dob":
        return dob
    if kind == "id":
        return nid
    if kind == "iban":
        return bank
    if kind == "card":
        return card
    return _lookalike(kind, rng, street, ev, p)


def _lookalike(kind: str, rng: random.Random, street: str, ev: str, p) -> object:
    """Columns that are not personal data but look like it."""
    if kind == "plot":
        return f"{rng.choice('ABCDEF')}-{rng.randint(1, 60)}"
    if kind == "site":
        return rng.choice(["Victoria Road Allotments", "Mill Lane Gardens", "Station Road Plots", "Kingsway Site"])
    if kind == "amount":
        return round(rng.uniform(8, 480), 2)
    if kind in ("event",):
        return ev
    if kind == "count":
        return rng.randint(0, 250)
    if kind == "ref":
        return f"{rng.choice(['P', 'R', 'J', 'S'])}{rng.randint(2019, 2025)}-{rng.randint(1, 99999):05d}"
    if kind == "plate":
        return f"{rng.choice('ABCDEFGHKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHKLMN')} {rng.randint(10, 99)} {rng.choice('ABCDEFGH')}{rng.choice('KLMNPRS')}{rng.choice('TVWXYZ')}"  # fmt: skip
    if kind == "zone":
        return f"Zone {rng.choice('ABCDEFG')}"
    if kind == "part":
        return rng.choice(["Soprano", "Alto", "Tenor", "Bass", "soprano 2", "BARITONE"])
    if kind == "group":
        return f"{rng.choice(COMPOSERS)} group"
    if kind == "firm":
        return f"{rng.choice(['Hartley', 'Whitmore', 'Lindqvist', 'Moreau', 'Castillo'])} Family Care Ltd"
    if kind == "school":
        return rng.choice(["Marie Curie College", "St Aidan's Academy", "Nelson Mandela High", "Da Vinci Institute"])
    if kind == "station":
        return rng.choice(["Central Station", "Market Square", "Harbour Street Dock", "University North"])
    if kind == "plan":
        return rng.choice(["annual", "monthly", "student", "PAYG"])
    if kind == "appliance":
        return rng.choice(["wood burner", "open fire", "gas boiler", "Aga range", "multi-fuel stove"])
    if kind == "staff":
        return f"T{rng.randint(100, 999)}"
    if kind == "water":
        return rng.choice(["Lower Weir", "Kingfisher Lake", "Mill Pond", "North Reach", "Heron Pool"])
    return None
