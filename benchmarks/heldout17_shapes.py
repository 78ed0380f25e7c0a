"""Export shapes of held-out set 17 and the table builder.

Eight shapes new to the sets: hearing-aid fittings, tenancy deposit disputes, court interpreter bookings,
school bus passes, boiler service visits, adult-education enrolments, roadside breakdown call-outs and
solar-panel installations. Each has its own columns: the person's names (whole or split), a second person
named by role (landlord, interpreter, parent, tutor, emergency contact, surveyor), phones (one layout per
column, fixed lines with extensions, two numbers in one cell), e-mails, national ids, IBANs or cards,
addresses whole or split, dates of birth in the country's layout; and columns that are not personal data
(refs, amounts, event dates in the birth-date layout, staff ids, model codes, 10-13 digit device serials
and meter numbers, venues named after a street, firms named after a surname, statuses, counts).

``heldout17_table(locale, seed, n)`` -> a namespace with ``frame``, ``labels`` (column -> accepted
entities, None for not personal data, "dont_care"), ``notes`` (each note's ``[(entity, value)]``),
``forms``, ``templates``, ``notes_column`` and ``shape``.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pandas as pd
from faker import Faker

import heldout17_ids as ids
import heldout17_language as lang
import heldout17_notes as notes
import heldout17_people as people
import heldout17_places as places
import heldout17_words as words

# Shape -> (column prefix, second person's role, slots). A slot is (concept, owner): owner 1 the person,
# 2 the second person, 0 not a person's.
SHAPES: dict[str, tuple[str, str, tuple[tuple[str, int], ...]]] = {
    "hearing-aid fittings": ("patient", "contact", (
        ("first", 1), ("last", 1), ("dob", 1), ("natid", 1), ("phone_fixed", 1), ("street", 1), ("postcode", 1),
        ("city", 1), ("staff", 0), ("code", 0), ("serial", 0), ("date", 0), ("count", 0), ("site_street", 0))),
    "tenancy deposit disputes": ("tenant", "landlord", (
        ("ref", 0), ("name", 1), ("email", 1), ("phone", 1), ("name", 2), ("phone", 2), ("address", 1), ("amount", 0),
        ("date", 0), ("staff", 0), ("bank", 1), ("status", 0))),
    "court interpreter bookings": ("client", "interpreter", (
        ("ref", 0), ("name", 1), ("dob", 1), ("date", 0), ("site_street", 0), ("language", 0), ("name", 2),
        ("phone_pair", 2), ("email", 2), ("amount", 0))),
    "school bus passes": ("pupil", "guardian", (
        ("ref", 0), ("first", 1), ("last", 1), ("dob_young", 1), ("name", 2), ("phone", 2), ("email", 2),
        ("street", 1), ("postcode", 1), ("city", 1), ("route", 0), ("site_surname", 0), ("status", 0))),
    "boiler service visits": ("customer", "contact", (
        ("name", 1), ("phone", 1), ("email", 1), ("address", 1), ("code", 0), ("serial", 0), ("staff", 0), ("date", 0),
        ("amount", 0), ("card", 1), ("region", 0))),
    "adult-education enrolments": ("learner", "tutor", (
        ("name", 1), ("email", 1), ("dob", 1), ("natid", 1), ("phone", 1), ("postcode", 1), ("city", 1), ("course", 0),
        ("amount", 0), ("name", 2), ("room", 0), ("date", 0))),
    "roadside breakdown call-outs": ("member", "contact", (
        ("ref", 0), ("name", 1), ("phone_intl", 1), ("address", 1), ("name", 2), ("phone", 2), ("staff", 0), ("date",
            0),
        ("code", 0), ("count", 0), ("status", 0))),
    "solar-panel installations": ("homeowner", "installer", (
        ("first", 1), ("last", 1), ("street", 1), ("postcode", 1), ("city", 1), ("phone", 1), ("email", 1), ("bank", 1),
        ("meter", 0), ("amount", 0), ("date", 0), ("site_surname", 0), ("name", 2))),
}  # fmt: skip
SHAPE_NAMES = tuple(SHAPES)
_LABELS = {
    "name": ("name",), "first": ("first_name", "name"), "last": ("last_name", "name"), "phone": ("phone_number",),
    "email": ("email",), "address": ("address", "street_address"), "street": ("street_address", "address"),
    "postcode": ("postcode",), "city": ("city",), "dob": ("date_of_birth",), "natid": ("national_id", "ssn", "tax_id"),
    "iban": ("iban",), "card": ("credit_debit_card",),
}  # fmt: skip
# Header concept of each slot (``heldout17_words``); the look-alikes' own words are English or the shape's.
_HEADER = {"phone_fixed": "phone", "phone_pair": "phone", "phone_intl": "mobile", "dob_young": "dob", "serial": "code",
           "site_street": "site", "site_surname": "site", "room": "site", "bank": "iban"}  # fmt: skip
# Look-alikes whose header is the shape's own (English) word.
_OWN_HEADERS = {"language": ("language pair", "languages"), "route": ("route", "bus route"),
                "course": ("course code", "course"), "meter": ("meter number", "mpan", "meter id"),
                "site_surname": ("provider", "installer firm", "school")}  # fmt: skip
_STATUSES = ("open", "closed", "pending", "ACTIVE", "on hold", "resolved")
_LANG_PAIRS = ("EN<>PL", "EN<>AR", "EN<>RO", "FR<>ES", "EN<>UR", "DE<>TR", "EN<>PT")
_NAME_FORMS = ("natural", "natural", "upper", "lower", "inverted", "upper_last", "initial", "titled_full")


def _shape_of(locale: str, seed: int) -> str:
    """Distinct shapes over a locale's seeds, and across neighbouring locales."""
    return SHAPE_NAMES[(lang.LOCALES.index(locale) + 3 * (seed - lang.SEEDS[0])) % len(SHAPE_NAMES)]


def _header(concept: str, language: str, rng: random.Random, locale: str, local_words: bool) -> str:
    if concept in _OWN_HEADERS:
        return rng.choice(_OWN_HEADERS[concept])
    if concept == "natid":
        return rng.choice(words.NATID_WORDS.get(locale, ("national id",)))
    vocab = words.words(language) if local_words else words.words("en")
    return rng.choice(vocab[_HEADER.get(concept, concept)])


def _columns(shape: str, locale: str, rng: random.Random) -> list[tuple[str, str, int]]:
    """(column name, slot concept, owner) of a table: local or English words, one style, some prefixed."""
    prefix, role, slots = SHAPES[shape]
    language = lang.lang(locale)
    local_words = language in words.COLUMN_WORDS and rng.random() < 0.65
    style = rng.choice(lang.STYLES)
    role_word = words.role_word(language if local_words else "en", role)
    out, seen = [], set()
    for concept, owner in slots:
        pre = role_word if owner == 2 else (prefix if owner == 1 and rng.random() < 0.35 else "")
        suffix = "1" if concept == "phone" and owner == 1 and rng.random() < 0.3 else ""
        for _ in range(6):  # another header variant before a numbered one
            head = _header(concept, language, rng, locale, local_words)
            if pre and concept == "name":  # "landlord name", not "landlord customer"
                head = (words.words(language) if local_words else words.words("en"))["name"][0]
            name = lang.style_column(head, style, pre, suffix)
            if name not in seen:
                break
        while name in seen:
            suffix += "2"
            name = lang.style_column(_header(concept, language, rng, locale, local_words), style, pre, suffix)
        seen.add(name)
        out.append((name, concept, owner))
    return out


def _name_cell(p: people.Person, form: str, title: str) -> str:
    # Case, initials and "Surname, First" are habits of cased (Latin, Cyrillic, Greek, Armenian) exports.
    if p.lang in people.NO_SPACE or (not p.first[:1].isupper() and form != "titled_full"):
        return p.full
    if form == "titled_full":
        return f"{title} {p.full}"
    return people.written(p, form, title)


def _case(word: str, form: str) -> str:
    return word.upper() if form == "upper" else word.lower() if form == "lower" else word


def _phone(locale: str, rng: random.Random, layout: str, mobile: bool = True) -> str:
    number = ids.phone(lang.region(locale), rng, mobile=mobile and layout != "ext")
    return ids.phone_text(number, layout, rng)


def _lookalike(concept: str, rng: random.Random, locale: str, fake: Faker, layout: str, shape: str) -> str | int:
    """A value that is not personal data (the look-alike columns)."""
    if concept == "ref":
        return (
            f"{''.join(w[0] for w in shape.split()[:2]).upper()}-{rng.randint(2019, 2025)}-{rng.randint(1, 99999):05d}"
        )
    if concept == "amount":
        v = rng.randint(2000, 250000) / 100
        return f"{v:,.2f}" if rng.random() < 0.5 else f"{v:.2f}".replace(".", ",")
    if concept == "date":
        return lang.write_date(lang.event_date(rng), locale, layout)
    if concept == "staff":
        return f"{rng.choice(('E', 'AUD', 'ENG', 'ADJ', 'P'))}{rng.randint(100, 99999)}"
    if concept == "code":
        return f"{rng.choice(('HX', 'VT', 'RB', 'KZ', 'Q'))}-{rng.randint(10, 990)}{rng.choice('ABCDR')}"
    if concept == "serial":
        return str(rng.randint(10**9, 10**10 - 1))
    if concept == "meter":
        return str(rng.randint(10**12, 10**13 - 1))
    if concept == "site_street":
        return f"{places.landmark(locale, rng)} {rng.choice(('Centre', 'Hub', 'Court 2', 'Clinic'))}"
    if concept == "site_surname":
        return f"{fake.last_name()} {rng.choice(('& Sons', 'Solar Ltd', 'Academy', 'GmbH', 'School'))}"
    if concept == "status":
        return rng.choice(_STATUSES)
    if concept == "language":
        return rng.choice(_LANG_PAIRS)
    if concept == "count":
        return rng.randint(0, 95)
    if concept == "route":
        return f"R{rng.randint(1, 64)}{rng.choice('ABC')}"
    if concept == "course":
        return f"{rng.choice(('ESOL', 'MATH', 'IT', 'ART'))}{rng.randint(100, 499)}"
    if concept == "room":
        return f"Room {rng.choice('ABCDEFG')}{rng.randint(1, 30)}"
    if concept == "region":
        for attr in ("state", "administrative_unit", "region", "province"):
            if hasattr(fake, attr):
                return getattr(fake, attr)()
        return "North"
    raise KeyError(concept)


_PII = {"first", "last", "name", "phone", "phone_fixed", "phone_pair", "phone_intl", "email", "address", "street",
        "postcode", "city", "dob", "dob_young", "natid", "bank", "card"}  # fmt: skip


def _label(concept: str, locale: str, has_iban: bool) -> tuple[str, ...] | str | None:
    if concept == "region":
        return "dont_care"
    if concept not in _PII:
        return None
    key = {"phone_fixed": "phone", "phone_pair": "phone", "phone_intl": "phone", "dob_young": "dob"}.get(
        concept, concept
    )
    if key == "bank":
        key = "iban" if has_iban else "card"
    if key == "natid" and locale == "en_US":
        return ("ssn", "national_id")
    return _LABELS[key]


def heldout17_table(locale: str, seed: int, n: int = lang.N_ROWS) -> SimpleNamespace:
    """One table of set 17: ``locale``'s shape for ``seed``, ``n`` rows, its labels, notes and truth."""
    rng = random.Random(f"heldout17/{locale}/{seed}")
    fake = Faker(places.faker_for(locale))
    fake.seed_instance(seed)
    shape = _shape_of(locale, seed)
    language = lang.lang(locale)
    titles = words.TITLES[language]
    columns = _columns(shape, locale, rng)
    dob_layout = rng.choice(lang.DATE_LAYOUTS[locale])
    name_form = {owner: rng.choice(_NAME_FORMS) for owner in (1, 2)}
    phone_layout = {c: rng.choice(ids.PHONE_LAYOUTS) for c, _, _ in columns}
    has_iban = ids.iban(lang.region(locale), random.Random(0)) is not None
    notes_column = lang.style_column(rng.choice(words.words(language)["notes"]), rng.choice(lang.STYLES))
    rows, note_rows, truths, forms, templates = [], [], [], [], []
    for _ in range(n):
        p1, p2 = people.person(locale, rng, fake), people.person(locale, rng, fake)
        young = any(c == "dob_young" for _, c, _ in columns)
        dob = lang.birth_date(rng, young=young)
        street, postcode, town = places.place(locale, rng, fake)
        natid = ids.national_id(locale, rng, dob, p1.sex, p1.first, p1.last)
        iban = ids.iban(lang.region(locale), rng) if has_iban else None
        card = ids.card(rng)
        emails = {1: people.email(p1, rng, fake), 2: people.email(p2, rng, fake)}
        row: dict[str, object] = {}
        for column, concept, owner in columns:
            p = p1 if owner != 2 else p2
            layout = phone_layout[column]
            if concept == "first":
                row[column] = _case(p.first, name_form[1])
            elif concept == "last":
                row[column] = _case(p.last, "upper" if name_form[1] == "upper_last" else name_form[1])
            elif concept == "name":
                row[column] = _name_cell(p, name_form[owner], words.title_for(language, p.sex, rng))
            elif concept in ("phone", "phone_intl", "phone_fixed"):
                lay = "international" if concept == "phone_intl" else layout
                row[column] = _phone(locale, rng, lay, mobile=concept != "phone_fixed")
            elif concept == "phone_pair":
                sep = rng.choice((" / ", "; ", ", "))
                row[column] = _phone(locale, rng, layout) + sep + _phone(locale, rng, "national", mobile=False)
            elif concept == "email":
                row[column] = emails[owner]
            elif concept == "address":
                row[column] = places.address_line(locale, street, postcode, town, rng)
            elif concept == "street":
                row[column] = street
            elif concept == "postcode":
                row[column] = postcode
            elif concept == "city":
                row[column] = town
            elif concept in ("dob", "dob_young"):
                row[column] = lang.write_date(dob, locale, dob_layout)
            elif concept == "natid":
                row[column] = natid
            elif concept == "bank":
                row[column] = iban or card
            elif concept == "card":
                row[column] = card
            else:
                row[column] = _lookalike(concept, rng, locale, fake, dob_layout, shape)
        rows.append(row)
        form, template = notes.pick_genre(locale, rng, locale in lang.FIRST7)
        values = _note_values(locale, rng, p1, p2, titles, emails[1], street, postcode, town, dob, dob_layout, natid,
                              iban, card, fake, shape)  # fmt: skip
        text, truth, used = notes.render(template, values, locale)
        note_rows.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(used)
    frame = pd.DataFrame(rows)
    frame[notes_column] = note_rows
    labels = {c: _label(concept, locale, has_iban) for c, concept, _ in columns}
    return SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                           notes_column=notes_column, shape=shape)  # fmt: skip


def _note_values(locale, rng, p1, p2, titles, email, street, postcode, town, dob, layout, natid, iban, card, fake,
                 shape) -> dict[str, str]:  # fmt: skip
    """The placeholder values of one note: the row's own people, address, ids; a phone in a fresh layout."""
    cased = p1.first[:1].isupper() and p1.lang not in people.NO_SPACE
    title = words.title_for(p1.lang, p1.sex, rng)
    suffix_title = p1.lang in ("ja", "zh", "ko")
    # Vietnamese address a person by title and given name (Bà Mai), not by the family name.
    given_title, given = p1.lang == "vi", p1.first
    form = rng.choice(("natural", "natural", "upper", "lower", "inverted")) if cased else "natural"
    return {
        "name": people.written(p1, form), "name_upper": p1.full.upper(), "name_lower": p1.full.lower(),
        "name_inv": people.written(p1, "inverted") if cased else p1.full, "first": p1.first, "last": p1.last,
        "tname": f"{p1.last}{title}" if suffix_title else f"{title} {given if given_title else p1.last}",
        "name2": p2.full,
        "phone": _phone(locale, rng, rng.choice(("national", "international", "e164", "digits", "dotted"))),
        "phone2": _phone(locale, rng, rng.choice(("national", "international", "00"))), "email": email,
        "street": street, "postcode": postcode, "city": town, "dob": lang.write_date(dob, locale, layout),
        "natid": natid, "iban": iban or "", "card": card, "ref": _lookalike("ref", rng, locale, fake, layout, shape),
        "date": lang.write_date(lang.event_date(rng), locale, layout), "staff": _lookalike("staff", rng, locale, fake,
        layout, shape), "site": _lookalike("site_street", rng, locale, fake, layout, shape),
    }  # fmt: skip


# What the shared scoring reads from a set's tables module.
LOCALES, SEEDS, N_ROWS, CJK, LANG = lang.LOCALES, lang.SEEDS, lang.N_ROWS, lang.CJK, lang.LANG
FIRST7, OTHER55, NEW8, region, TITLES = lang.FIRST7, lang.OTHER55, lang.NEW8, lang.region, words.TITLES
