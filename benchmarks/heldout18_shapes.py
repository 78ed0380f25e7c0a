"""The eight export shapes of held-out set 18 and the table builder.

Shapes new to the sets: jury summons, marina moorings, lost-property claims, repeat prescriptions, marathon
entries, kennel boarding, locksmith call-outs and tattoo consent forms. Each has its own columns: people
(whole, split, a second person named by role), phones (a layout per table, two numbers in one cell, an
extension), e-mails, national ids, IBANs or cards, addresses (whole or split), dates of birth; and columns that
are not personal data but look like it (refs, amounts, event dates in the birth-date layout, staff ids, codes,
venues named after a street, firms and boats named after a surname).

Labels: a tuple of the entities that count as found (the first is the one reported), ``None`` for a column
that is not personal data, ``"dont_care"`` for none here. The notes column is not labelled (it must be free
text, ``pii_heldout_scoring.score_columns``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pandas as pd

import heldout18_ids as ids
import heldout18_language as language
import heldout18_local as local
import heldout18_notes as notes
import heldout18_people as people
import heldout18_places as places
import heldout18_words as words

# What the shared scoring reads from a set's tables module, and the runner's groups.
CJK, LANG, LOCALES, N_ROWS, SEEDS, region = (
    language.CJK,
    language.LANG,
    language.LOCALES,
    language.N_ROWS,
    language.SEEDS,
    language.region,
)
FIRST7, OTHER63, NEW8 = language.FIRST7, language.OTHER63, language.NEW8

# Every title of each language, flat (the scoring leaves them out of a template's own words).
TITLES = {lang: words.titles_flat(lang) for lang in words.TITLES}

# English column words of what only one shape has (the local labels are ``heldout18_words.WORDS``).
_NAME = ("name",)
_FIRST, _LAST = ("first_name", "name"), ("last_name", "name")
_ADDRESS, _STREET = ("address", "street_address"), ("street_address", "address")

# shape -> (English prefix, second person's role, columns); a column is (kind, own English header or "").
SHAPES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "jury summons": ("juror", "employer contact", (
        ("ref", "summons no"), ("name", ""), ("dob", ""), ("id", ""), ("address", ""), ("phone", ""), ("email", ""),
        ("event", "service date"), ("room", "court room"), ("name2", ""), ("staff", ""))),
    "marina moorings": ("owner", "co-owner", (
        ("code", "berth"), ("boat", "vessel name"), ("first", ""), ("last", ""), ("phones", ""), ("email", ""),
        ("street", ""), ("postcode", ""), ("town", ""), ("pay", ""), ("name2", ""), ("amount", "annual fee"),
        ("venue", "pontoon"))),
    "lost property claims": ("claimant", "finder", (
        ("ref", "claim ref"), ("name", ""), ("phone_ext", ""), ("email", ""), ("dob", ""), ("item", "item"),
        ("event", "date found"), ("venue", "found at"), ("name2", ""), ("amount", "handling fee"))),
    "repeat prescriptions": ("patient", "prescriber", (
        ("first", ""), ("last", ""), ("dob", ""), ("id", ""), ("phone", ""), ("address", ""), ("name2", ""),
        ("firm", "pharmacy"), ("code", "item code"), ("count", "quantity"), ("event", "issued"))),
    "marathon entries": ("runner", "emergency contact", (
        ("count", "bib"), ("name", ""), ("dob", ""), ("email", ""), ("phone", ""), ("name2", ""), ("phone2", ""),
        ("firm", "club"), ("time", "finish time"), ("town", ""))),
    "kennel boarding": ("owner", "vet", (
        ("dog", "dog name"), ("name", ""), ("phone", ""), ("street", ""), ("postcode", ""), ("town", ""),
        ("pay", ""), ("name2", ""), ("phone_ext2", ""), ("code", "kennel block"), ("event", "check-in"),
        ("count", "nights"), ("amount", ""))),
    "locksmith call-outs": ("customer", "engineer", (
        ("ref", "job no"), ("event", "attended"), ("name", ""), ("phone", ""), ("address", ""), ("pay", ""),
        ("staff", ""), ("code", "lock model"), ("amount", ""), ("reg", "van reg"))),
    "tattoo consents": ("client", "artist", (
        ("first", ""), ("last", ""), ("dob", ""), ("id", ""), ("phones", ""), ("email", ""), ("street", ""),
        ("postcode", ""), ("town", ""), ("name2", ""), ("code", "design"), ("event", "session date"),
        ("amount", "deposit"))),
}  # fmt: skip
_LOCAL_FIELD = {"name": "name", "first": "first", "last": "last", "dob": "dob", "phone": "phone", "phones": "mobile",
                "phone_ext": "phone", "phone2": "phone", "phone_ext2": "phone", "email": "email",
                "address": "address", "street": "street", "postcode": "postcode", "town": "town", "pay": "iban",
                "ref": "ref", "amount": "amount", "event": "date", "staff": "staff"}  # fmt: skip
_ENGLISH_HEADER = {"name": "name", "first": "first name", "last": "surname", "dob": "date of birth", "phone": "phone",
                   "phones": "contact numbers", "phone_ext": "work phone", "phone2": "phone", "phone_ext2": "phone",
                   "email": "email", "address": "home address", "street": "street", "postcode": "postcode",
                   "town": "town", "staff": "staff id", "amount": "amount"}  # fmt: skip
_ITEMS = (
    "umbrella",
    "laptop bag",
    "wallet",
    "keys on lanyard",
    "child's scooter",
    "phone (cracked)",
    "violin case",
)
_DOGS = ("Biscuit", "Luna", "Rocky", "Bella", "Max", "Pepper", "Maple", "Duke")
_BOATS = (
    "Sea Breeze",
    "Lady Margaret",
    "Kittiwake",
    "Osprey II",
    "Blue Heron",
    "Morning Star",
    "Wren",
    "Tern",
)


@dataclass
class Table:
    """One held-out table: frame, labels by column, and per row the note's truth, form and template."""

    shape: str
    frame: pd.DataFrame
    labels: dict
    notes_column: str
    notes: list = field(default_factory=list)
    forms: list = field(default_factory=list)
    templates: list = field(default_factory=list)


def _id_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def _header(
    kind: str,
    own: str,
    lang: str,
    use_local: bool,
    prefix: str,
    role: str,
    st: str,
    i: int,
) -> str:
    """The column's header: the local label where the language has one, else English; the shape's prefix on
    the main person's columns, the role on the second person's, a numbered suffix now and then."""
    w = words.WORDS.get(lang, words.WORDS["en"])
    if kind in ("name2", "phone2", "phone_ext2"):
        base = (w["name"] if kind == "name2" else w["phone"]) if use_local else ("name" if kind == "name2" else "phone")
        return language.style(base, st, "" if use_local else role, 2 if use_local else 0)
    if kind == "id":
        return language.style(own, st)
    if kind == "pay":
        label = w["iban"] if own == "iban" else w["card"] if use_local else "card number"
    elif use_local and kind in _LOCAL_FIELD:
        label = w[_LOCAL_FIELD[kind]]
    else:
        label = own or _ENGLISH_HEADER.get(kind, kind)
    pre = prefix if kind in ("name", "first", "last", "dob", "email", "phones") and i % 2 == 0 and not use_local else ""
    return language.style(label, st, pre, 1 if (i % 5 == 3 and kind in ("phone", "email")) else 0)


def heldout18_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """The table of ``locale`` and ``seed``: its shape, columns, labels and notes (same on every call)."""
    rng = random.Random(f"{locale}/{seed}")
    k = (LOCALES.index(locale) + SEEDS.index(seed)) % len(SHAPES)
    shape = list(SHAPES)[k]
    prefix, role, columns = SHAPES[shape]
    lang = LANG[locale]
    use_local = lang not in ("en", "yo") and rng.random() < 0.7
    st = rng.choice(language.STYLES)
    reg = region(locale)
    who, where = people.People(locale, seed), places.Places(locale, seed)
    name_form = rng.choice(("natural", "natural", "inverted", "upper", "surname-upper"))
    if locale == "ka_GE":
        name_form = rng.choice(("natural", "inverted"))
    phone_layout = rng.choice([x for x in ids.PHONE_LAYOUTS if x not in ("extension", "slashed")])
    if reg in ("DE", "AT", "CH") and rng.random() < 0.5:
        phone_layout = "slashed"
    ext_word = {"de": "Durchwahl", "fr": "poste", "it": "interno", "nl": "toestel", "sv": "anknytning",
                "pl": "wew."}.get(lang, "ext.")  # fmt: skip
    grouped_pay = rng.random() < 0.5
    card_layout = rng.randint(0, 2)
    own_headers = {
        "id": words.ID_HEADERS[locale],
        "pay": "iban" if ids.has_iban(reg) else "card",
    }
    frame: dict[str, list] = {}
    labels: dict = {}
    rows = [_row(locale, rng, who, where) for _ in range(n)]
    for i, (kind, own) in enumerate(columns):
        head = _header(kind, own_headers.get(kind, own), lang, use_local, prefix, role, st, i)
        while head in frame:
            head += "_"
        values, label = _column(
            kind,
            rows,
            locale,
            rng,
            name_form,
            phone_layout,
            ext_word,
            grouped_pay,
            card_layout,
        )
        frame[head], labels[head] = values, label
    w = words.WORDS.get(lang, words.WORDS["en"])
    notes_head = language.style(w["notes"] if use_local else rng.choice(("notes", "comments", "case notes")), st)
    frame[notes_head] = []
    table = Table(shape, pd.DataFrame(), labels, notes_head)
    for r in rows:
        text, truth, form, template = _note(locale, rng, r, who)
        frame[notes_head].append(text)
        table.notes.append(truth)
        table.forms.append(form)
        table.templates.append(template)
    table.frame = pd.DataFrame(frame)
    return table


def _row(locale: str, rng: random.Random, who: people.People, where: places.Places) -> dict:
    """One row's person and their data (the columns and the note draw from it)."""
    p, p2 = who.person(), who.person()
    dob = language.birth_date(rng)
    reg = region(locale)
    whole, street, code, town = where.address()
    row = {"p": p, "p2": p2, "dob": dob, "id": ids.national_id(locale, rng, dob, p.sex), "whole": whole,
           "street": street, "postcode": code, "town": town, "email": who.email(p), "email2": who.email(p),
           "phone_ok": [ids.phone(reg, rng, lay) for lay in ("national", "international", "e164")],
           "ref": f"{rng.choice(('JS', 'MC', 'LP', 'RX', 'ME', 'KB', 'LS', 'TC'))}-{rng.randint(2024, 2025)}-"
                  f"{rng.randint(1000, 99999)}",
           "amount": f"{rng.randint(12, 2400)}.{rng.randint(0, 99):02d}", "event": language.event_date(rng),
           "staff": f"{rng.choice(('EMP', 'ST', 'U'))}{rng.randint(10000, 999999)}"}  # fmt: skip
    # A firm is named after someone else's surname, a venue after another street: neither tells about the row's people.
    row["firm"], row["venue"] = who.person().last, where.street()
    row["pay"] = ids.iban(reg, rng, rng.random() < 0.5) if ids.has_iban(reg) else ids.card(rng, rng.randint(0, 2))
    return row


def _column(kind, rows, locale, rng, name_form, phone_layout, ext_word, grouped, card_layout):
    """A column's values and label."""
    reg = region(locale)
    lang = LANG[locale]
    if kind == "name":
        return [people.written(r["p"], name_form)[0] for r in rows], _NAME
    if kind == "name2":
        return [r["p2"].full for r in rows], _NAME
    if kind == "first":
        return [r["p"].first for r in rows], _FIRST
    if kind == "last":
        return [r["p"].last.upper() if name_form == "upper" else r["p"].last for r in rows], _LAST
    if kind == "dob":
        return [language.dob_text(locale, r["dob"]) for r in rows], ("date_of_birth",)
    if kind == "id":
        return [r["id"] for r in rows], _id_label(locale)
    if kind in ("phone", "phone2"):
        return [ids.phone(reg, rng, phone_layout, ext_word) for _ in rows], ("phone_number",)
    if kind in ("phone_ext", "phone_ext2"):
        return [ids.phone(reg, rng, "extension", ext_word) for _ in rows], ("phone_number",)
    if kind == "phones":
        return [f"{ids.phone(reg, rng, 'national')} / {ids.phone(reg, rng, 'international')}" for _ in rows], (
            "phone_number",
        )
    if kind == "email":
        return [r["email"] for r in rows], ("email",)
    if kind == "address":
        return [r["whole"] for r in rows], _ADDRESS
    if kind == "street":
        return [r["street"] for r in rows], _STREET
    if kind == "postcode":
        return [r["postcode"] for r in rows], ("postcode",)
    if kind == "town":
        return [r["town"] for r in rows], ("city",)
    if kind == "pay":
        return [r["pay"] for r in rows], ("iban",) if ids.has_iban(reg) else ("credit_debit_card",)
    return [_lookalike(kind, r, locale, rng, lang) for r in rows], None


def _lookalike(kind: str, r: dict, locale: str, rng: random.Random, lang: str) -> str:
    """A value that is not personal data but looks like some."""
    if kind == "ref":
        return r["ref"]
    if kind == "amount":
        return r["amount"]
    if kind == "event":
        return language.dob_text(locale, r["event"])
    if kind == "staff":
        return r["staff"]
    if kind == "code":
        return f"{rng.choice('ABCDHKMT')}{rng.randint(1, 60)}-{rng.randint(100, 999)}"
    if kind == "count":
        return str(rng.randint(1, 4999))
    if kind == "time":
        return f"{rng.randint(2, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "room":
        return f"Court {rng.randint(1, 14)}"
    if kind == "item":
        return rng.choice(_ITEMS)
    if kind == "boat":
        return rng.choice(_BOATS)
    if kind == "dog":
        return rng.choice(_DOGS)
    if kind == "reg":
        letters = "".join(rng.choice(pool) for pool in ("ABCDEFGHKLMN", "ABCDEFGHKLMN", "XYZ", "ABCDEFG", "KLMNPR"))
        return f"{letters[:2]}{rng.randint(10, 75)} {letters[2:]}"
    street_name = r["venue"].split(",")[0]
    if kind == "venue":  # named after a street: a place, not a person's address
        bare = "".join(c for c in street_name if not c.isdigit()).strip(" ,")
        return f"{bare} {rng.choice(('Centre', 'Depot', 'Pontoon', 'Hall'))}"
    if kind == "firm":  # named after a surname: a business
        return f"{r['firm']} {rng.choice(('& Sons', 'Ltd', 'Pharmacy', 'Athletic Club', 'Group'))}"
    raise ValueError(kind)


def _note(locale: str, rng: random.Random, r: dict, who: people.People) -> tuple[str, list, str, str]:
    """A row's note: (text, truth, form, template). English genres for English-speaking locales, half the
    notes of the other first 7, a quarter elsewhere; a voicemail or handover in the locale's language else."""
    lang = LANG[locale]
    english_share = 1.0 if lang in ("en", "yo") else 0.5 if locale in FIRST7 else 0.25
    if rng.random() < english_share or lang not in local.VOICEMAIL:
        form = rng.choice(list(notes.ENGLISH))
        template = rng.choice(notes.ENGLISH[form])
    elif lang in local.HANDOVER and rng.random() < 0.35:
        form, template = "local handover", local.HANDOVER[lang]
    else:
        form, template = "local voicemail", local.VOICEMAIL[lang]
    p, p2 = r["p"], r["p2"]
    male, female = words.TITLES[lang]
    titles = male if p.sex == "M" else female
    name_form = rng.choice(people.NAME_FORMS[:-1]) if locale != "ka_GE" else "natural"
    if form.startswith("local"):  # a caller says their name: as written, or lower case by speech-to-text
        name_form = rng.choice(("natural", "natural", "lower"))
    if form == "dictated memo":
        name_form = "lower"
    if form == "telegram":
        name_form = "upper"
    reg = region(locale)
    pay = r["pay"]
    nid = "ssn" if locale == "en_US" else "national_id"
    values = {
        "name": people.written(p, name_form),
        "name2": people.written(p2, rng.choice(("natural", "natural", "inverted", "initialled"))),
        "titled": people.written(p, "titled", rng.choice(titles)) if titles else people.written(p, "natural"),
        "phone": (ph := rng.choice(r["phone_ok"]), "phone_number", ph),
        "phone2": (ph2 := ids.phone(reg, rng, rng.choice(("national", "international"))), "phone_number", ph2),
        "email": (r["email"], "email", r["email"]), "email2": (r["email2"], "email", r["email2"]),
        "street": (r["street"], "street_address", r["street"]), "postcode": (r["postcode"], "", ""),
        "town": (r["town"], "", ""), "dob": (d := language.dob_text(locale, r["dob"]), "date_of_birth", d),
        "id": (r["id"], nid, r["id"]), "iban": (pay, "iban" if ids.has_iban(reg) else "credit_debit_card", pay),
        "ref": (r["ref"], "", ""), "amount": (r["amount"], "", ""), "staff": (r["staff"], "", ""),
        "date": (language.dob_text(locale, r["event"]), "", ""),
        "idname": (words.ID_HEADERS[locale] if form.startswith("local") else _english_id(locale), "", ""),
    }  # fmt: skip
    text, truth = notes.render(template, values)
    return text, truth, form, template


def _english_id(locale: str) -> str:
    header = words.ID_HEADERS[locale]
    return header if header.isascii() else "national id"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text (the scoring counts words kept per note's own template)."""
    from heldout_common import template_parts

    out = {form: template_parts(ts[0]) for form, ts in notes.ENGLISH.items()}
    lang = LANG[locale]
    if lang in local.VOICEMAIL:
        out["local voicemail"] = template_parts(local.VOICEMAIL[lang])
    if lang in local.HANDOVER:
        out["local handover"] = template_parts(local.HANDOVER[lang])
    return out
