"""Held-out set 27: the cell helpers and the REDCap, Square, Thunderbird and Pipedrive shapes, cell by cell.

Each ``<shape>(t, rows, drawn)`` returns ``(columns, labels, notes_header, branch, lead, row_notes)``: ``columns``
header -> cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's
header, the branch-town columns, ``lead`` (how many first rows are no records) and each frame row's ``(note, truth,
genre, template)``. ``t`` is the table context (``heldout27_shapes.context``), ``rows`` the pool entry of each row
(a person may come back), ``drawn`` each row's drawn note.
"""

from __future__ import annotations

import re

import heldout27_ids as ids
import heldout27_language as language
import heldout27_people as people
import heldout27_words as words
from heldout27_columns import PIPEDRIVE, REDCAP, REDCAP_EVENTS, REDCAP_FIXED, SQUARE, THUNDERBIRD, label

FIRST, LAST, NAME = ("first_name", "name"), ("last_name", "name"), ("name",)
PHONE, EMAIL, DOB = ("phone_number",), ("email",), ("date_of_birth",)
STREET, ADDR, CITY, PC = ("street_address", "address"), ("address", "street_address"), ("city",), ("postcode",)
IBAN, NID, CARD = ("iban",), ("national_id", "ssn", "tax_id"), ("credit_debit_card",)
NO_NOTE = (None, [], "", "")
_HOUSE_END = re.compile(r"^(.*\D)\s+(\d+\s?[A-Za-z]?(?:[-/]\d+)?)$")
_HOUSE_START = re.compile(r"^(\d+[A-Za-z]?),?\s+(\D.*)$")


def pick(t, options, weights=None):
    return t.rng.choices(options, weights)[0] if weights else t.rng.choice(options)


def phone_writer(t, main: str = ""):
    """A column's way of writing numbers: set 26's layout mix for ``phonenumbers`` numbers, and two or three
    layouts for short local ones (``018 20917`` / ``01820917`` / ``+358 18 20917``)."""
    layouts, weights = ids.phone_mix(t.rng, main)
    short_main = t.rng.choice(("grouped", "plain"))
    short = [short_main, "plain" if short_main == "grouped" else "grouped", "intl"]
    short_w = [0.65, 0.25, 0.1 if t.rng.random() < 0.5 else 0.0]

    def write(n) -> str:
        if n is None:
            return ""
        if isinstance(n, str):
            return ids.write_short(n, t.reg, t.rng.choices(short, short_w)[0])
        return ids.write_phone(n, t.rng.choices(layouts, weights)[0])

    return write


def dob_writer(t, main: str = "", old: bool = False):
    """A column's birth-date layouts (a main one and one or two others)."""
    layouts, weights = language.dob_mix(t.rng, main, old)
    return lambda d: language.fmt_date(d, t.locale, t.rng.choices(layouts, weights)[0])


def full_name(t, p, forms=("natural", "natural", "natural", "comma", "initial", "nick", "upper", "lower")) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    return people.written(p, t.locale, t.rng.choice(forms), t.lg)


def part(t, text: str) -> str:
    """A first or last name typed in mixed case."""
    return people.case_cell(text, t.rng)


def given(t, p) -> str:
    """The given name as a form's first-name box holds it (a middle name sometimes typed in)."""
    return f"{p.first} {p.middle}" if p.middle and t.rng.random() < 0.4 and " " not in p.middle else p.first


def split_house(street: str) -> tuple[str, str]:
    """(street name, house number) of a street line as a geocoder splits it (number "" when there is none)."""
    if m := _HOUSE_END.match(street):
        return m.group(1).rstrip(" ,"), m.group(2)
    if m := _HOUSE_START.match(street):
        return m.group(2), m.group(1)
    return street, ""


def phone_digits(t) -> int:
    """How many digits a mobile number of the table's country has (a look-alike beside the phones gets as many)."""
    n = ids.phone_number(t.reg, t.rng, True)
    return len(ids.write_phone(n, "digits")) if n else 9


def distinct(rows, drawn):
    """Each person once (a roster or a client list holds no repeats), with the note drawn at their first row."""
    people_, notes_ = [], []
    for e, note in zip(rows, drawn, strict=True):
        if not any(e is x for x in people_):
            people_.append(e)
            notes_.append(note)
    return people_, notes_


def finish(h, c, labels, notes_key, row_notes, branch=(), lead=0, fixed=()):
    """Columns and labels by header; a column every record left empty is dropped unless the system always writes
    it (``fixed``)."""
    columns, out = {}, {}
    for key, header in h.items():
        cells = c[key]
        if key not in fixed and key != notes_key and not any(x not in ("", None) for x in cells[lead:]):
            continue
        columns[header] = cells
        if key != notes_key:  # the notes column is scored as free text, not as a labelled column
            out[header] = labels.get(key)
    return columns, out, h[notes_key], tuple(h[k] for k in branch if h[k] in columns), lead, row_notes


def redcap(t, rows, drawn):
    """A hearing-aid follow-up study's REDCap raw export: a row per participant and event, the demographics on the
    screening row only, ISO dates as REDCap validates them, phones typed free, checkbox columns, the centre."""
    rng, hl = t.rng, t.hl
    h = {k: k for k in REDCAP_FIXED} | {k: label(REDCAP, k, hl) for k in REDCAP}
    h |= {f"pref{i}": f"contact_pref___{i}" for i in (1, 2, 3)} | {"done": "screening_complete"}
    keys = list(h)
    c = {k: [] for k in keys}
    row_notes = []
    home, mobile = phone_writer(t), phone_writer(t, "e164")
    sites = sorted({e["town"] for e in rows})[:3]
    seen, target = [], len(rows)
    for e in rows:
        if any(e is s for s in seen):
            continue
        seen.append(e)
    i = 0
    for n_part, e in enumerate(seen):
        if i >= target:
            break
        site = sites[n_part % len(sites)]
        rid = f"{sites.index(site) + 1}0{n_part // 3 + 1}-{n_part + 1:03d}"
        for k_ev, event in enumerate(REDCAP_EVENTS[: rng.choice((1, 2, 2, 3, 4))]):
            if i >= target:
                break
            first = k_ev == 0
            p = e["p"]
            cell = {k: "" for k in keys}
            cell |= {"record_id": rid, "redcap_event_name": event, "site": site if first else ""}
            if first:
                cell |= {"first": part(t, given(t, p)), "last": part(t, p.last), "dob": f"{e['dob']:%Y-%m-%d}",
                         "sex": "2" if p.female else "1", "home": home(e["land"]), "mobile": mobile(e["mobile"]),
                         "email": e["email"] if rng.random() < 0.7 else "", "street": e["street"],
                         "zip": e["postcode"], "city": e["town"],
                         "consent": f"{language.event_date(rng):%Y-%m-%d}", "nurse": rng.choice(words.STAFF),
                         "serial": ids.digits_like_phone(rng, 10), "model": rng.choice(words.HEARING_AIDS),
                         "pref1": str(rng.randint(0, 1)), "pref2": str(rng.randint(0, 1)), "pref3": "0",
                         "done": rng.choice(("2", "2", "0"))}  # fmt: skip
            else:
                cell |= {"pta_l": str(rng.randint(25, 70)), "pta_r": str(rng.randint(25, 70))}
            note = drawn[i] if (first or rng.random() < 0.5) else NO_NOTE
            cell["notes"] = note[0] or ""
            for k in keys:
                c[k].append(cell[k])
            row_notes.append(note)
            i += 1
    labels = {"first": FIRST, "last": LAST, "dob": DOB, "home": PHONE, "mobile": PHONE, "email": EMAIL,
              "street": STREET, "zip": PC, "city": CITY}  # fmt: skip
    return finish(h, c, labels, "notes", row_notes, branch=("site",), fixed=tuple(REDCAP_FIXED))


def _square_birthday(t, e) -> str:
    """Square's birthday: ISO, ``0000-MM-DD`` when the customer gave no year, or an import's own layout."""
    r = t.rng.random()
    if r < 0.5:
        return f"{e['dob']:%Y-%m-%d}"
    if r < 0.7:
        return f"0000-{e['dob']:%m-%d}"
    return language.fmt_date(e["dob"], t.locale, "num")


def square(t, rows, drawn):
    """A florist's Square customer directory (English, French or Spanish headers as Square writes them): the
    customer, the recipient of standing orders as a custom field, the memo with the card message."""
    rng, hl = t.rng, t.hl
    h = {k: label(SQUARE, k, hl) for k in SQUARE}
    if t.locale == "en_US":
        h["last"] = "Last Name"
    c = {k: [] for k in h}
    phone, rphone = phone_writer(t, "e164"), phone_writer(t)
    for i, e in enumerate(rows):
        p, p2 = e["p"], e["p2"]
        has_recipient = rng.random() < 0.45
        first_visit = language.event_date(rng, 4)
        cell = {
            "ref": f"F-{1000 + e['id_no'] % 9000}", "first": part(t, given(t, p)), "last": part(t, p.last),
            "email": e["email"] if rng.random() < 0.8 else "", "phone": phone(e["mobile"] or e["land"]),
            "nick": p.nickname, "company": rng.choice(words.FIRMS) if rng.random() < 0.12 else "",
            "addr1": e["street"], "addr2": e["unit"], "city": e["town"], "state": "", "zip": e["postcode"],
            "birthday": _square_birthday(t, e) if rng.random() < 0.6 else "", "memo": drawn[i][0] or "",
            "sqid": ids.square_id(rng), "source": rng.choice(words.SOURCES),
            "first_visit": f"{first_visit:%Y-%m-%d}", "last_visit": f"{language.event_date(rng, 1):%Y-%m-%d}",
            "count": str(rng.randint(1, 40)), "spend": words.amount(rng, "en", 20, 900),
            "subscribed": rng.choice(words.SUBSCRIPTION),
            "recipient": full_name(t, p2, ("natural", "natural", "titled")) if has_recipient else "",
            "recipient_phone": rphone(e["phone2"]) if has_recipient else "",
            "bouquet": words.choose(rng, words.BOUQUETS, hl) if rng.random() < 0.6 else "",
        }  # fmt: skip
        for k in h:
            c[k].append(cell[k])
    labels = {"first": FIRST, "last": LAST, "email": EMAIL, "phone": PHONE, "nick": FIRST, "addr1": STREET,
              "addr2": ADDR, "city": CITY, "zip": PC, "birthday": DOB, "recipient": NAME,
              "recipient_phone": PHONE}  # fmt: skip
    fixed = ("ref", "first", "last", "email", "phone", "nick", "company", "addr1", "addr2", "city", "state", "zip",
             "birthday", "sqid", "source")  # fmt: skip
    return finish(h, c, labels, "memo", list(drawn), fixed=fixed)


_GROUPS = {"en": ("Beavers", "Cubs", "Scouts", "Explorers"), "de": ("Biber", "Wölflinge", "Jupfis", "Pfadis"),
           "fr": ("Farfadets", "Louveteaux", "Scouts", "Pionniers"), "es": ("Castores", "Lobatos", "Scouts", "Rutas"),
           "it": ("Lupetti", "Coccinelle", "Esploratori", "Rover"), "nl": ("Bevers", "Welpen", "Scouts", "Explorers"),
           "pt": ("Lobitos", "Exploradores", "Pioneiros", "Caminheiros"), "sv": ("Spårare", "Upptäckare",
           "Äventyrare", "Utmanare")}  # fmt: skip
_PARENT = {"en": ("Mum of", "Dad of"), "de": ("Mama von", "Papa von"), "fr": ("maman de", "papa de"),
           "es": ("mamá de", "papá de"), "it": ("mamma di", "papà di"), "nl": ("moeder van", "vader van"),
           "pt": ("mãe do", "pai do"), "sv": ("mamma till", "pappa till")}  # fmt: skip


def thunderbird(t, rows, drawn):
    """A scout leader's Thunderbird address book of the parents (the build's own headers; every field written,
    most empty): the child in ``Custom 1``, the section in ``Custom 2``, the birthday over three columns."""
    rng, hl = t.rng, t.hl
    h = {k: label(THUNDERBIRD, k, hl) for k in THUNDERBIRD}
    c = {k: [] for k in h}
    home, mobile = phone_writer(t), phone_writer(t, "national")
    parent = _PARENT.get(hl, _PARENT["en"])
    for i, e in enumerate(rows):
        p, child = e["p"], e["child"]
        r = rng.random()
        if r < 0.25:
            display = f"{p.first} ({parent[0 if p.female else 1]} {child.first})"
        else:
            display = full_name(t, p, ("natural", "natural", "comma", "nick"))
        work = ids.with_extension(ids.write_phone(e["work"], "national"), t.lg, rng) if e["work"] else ""
        birthday = e["dob"] if rng.random() < 0.35 else None
        cell = {
            "first": part(t, given(t, p)), "last": part(t, p.last), "display": display, "nick": p.nickname,
            "email1": e["email"], "email2": e["email2"] if rng.random() < 0.15 else "", "screen": "",
            "work_phone": work, "home_phone": home(e["land"]), "fax": "", "pager": "", "mobile": mobile(e["mobile"]),
            "home_addr": e["street"], "home_addr2": e["unit"], "home_city": e["town"], "home_county": "",
            "home_zip": e["postcode"], "home_country": "", "org": "", "web1": "",
            "year": str(birthday.year) if birthday else "", "month": str(birthday.month) if birthday else "",
            "day": str(birthday.day) if birthday else "", "custom1": child.first,
            "custom2": rng.choice(_GROUPS.get(hl, _GROUPS["en"])), "notes": drawn[i][0] or "",
        }  # fmt: skip
        for k in h:
            c[k].append(cell[k])
    labels = {"first": FIRST, "last": LAST, "display": NAME, "nick": FIRST, "email1": EMAIL, "email2": EMAIL,
              "work_phone": PHONE, "home_phone": PHONE, "mobile": PHONE, "home_addr": STREET, "home_addr2": ADDR,
              "home_city": CITY, "home_zip": PC, "year": "dont_care", "month": "dont_care", "day": "dont_care",
              "custom1": FIRST}  # fmt: skip
    return finish(h, c, labels, "notes", list(drawn), fixed=tuple(h))


def pipedrive(t, rows, drawn):
    """A solar installer's Pipedrive people-and-deals export (English field names, ``Person - ...``): three
    phones, a customer number with a phone's digit count beside them, the address whole and geocoded into its
    parts, a custom birthday field, the owner (a salesperson's first name)."""
    rng = t.rng
    h = dict(zip(PIPEDRIVE, PIPEDRIVE, strict=True))
    c = {k: [] for k in h}
    work, mob, home = phone_writer(t), phone_writer(t, "international"), phone_writer(t)
    birthday = dob_writer(t)
    digits = phone_digits(t)
    for i, e in enumerate(rows):
        p = e["p"]
        name_st, number = split_house(e["street"])
        full = full_name(t, p, ("natural", "natural", "natural", "titled", "upper", "initial"))
        whole = ", ".join(x for x in (e["street"], f"{e['postcode']} {e['town']}".strip(), t.reg) if x)
        cell = {
            "Person - ID": str(1000 + i * 3 + rng.randint(0, 2)), "Person - Name": full,
            "Person - First name": p.first, "Person - Last name": p.last, "Person - Label": rng.choice(words.LABELS),
            "Person - Organization": rng.choice(words.FIRMS) if rng.random() < 0.2 else "",
            "Person - Phone - Work": work(e["work"]), "Person - Phone - Mobile": mob(e["mobile"]),
            "Person - Phone - Home": home(e["land"]),
            "Person - Customer no.": ids.digits_like_phone(rng, digits),
            "Person - Email - Work": people.email(p, t.locale, rng) if e["work"] else "",
            "Person - Email - Home": e["email"],
            "Person - Postal address": whole, "Person - Postal address - Street number": number,
            "Person - Postal address - Route/street name": name_st,
            "Person - Postal address - City/town": e["town"],
            "Person - Postal address - ZIP/Postal code": e["postcode"],
            "Person - Postal address - Country": t.reg,
            "Person - Birthday": birthday(e["dob"]) if rng.random() < 0.5 else "",
            "Person - Owner": rng.choice(words.STAFF), "Deal - Value": words.amount(rng, "en", 6000, 30000),
            "Deal - Stage": rng.choice(words.STAGES), "Person - Roof type": rng.choice(words.ROOFS),
            "Deal - Notes": drawn[i][0] or "",
        }  # fmt: skip
        for k in h:
            c[k].append(cell[k])
    labels = {"Person - Name": NAME, "Person - First name": FIRST, "Person - Last name": LAST,
              "Person - Phone - Work": PHONE, "Person - Phone - Mobile": PHONE, "Person - Phone - Home": PHONE,
              "Person - Email - Work": EMAIL, "Person - Email - Home": EMAIL, "Person - Postal address": ADDR,
              "Person - Postal address - Street number": "dont_care",
              "Person - Postal address - Route/street name": STREET, "Person - Postal address - City/town": CITY,
              "Person - Postal address - ZIP/Postal code": PC, "Person - Birthday": DOB}  # fmt: skip
    return finish(h, c, labels, "Deal - Notes", list(drawn))
