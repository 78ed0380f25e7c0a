"""Held-out set 28: the cell helpers and the Koha, WooCommerce, Personio and guest-register shapes, cell by cell.

Each ``<shape>(t, rows)`` returns ``(columns, labels, notes_header, branch, row_notes)``: ``columns`` header ->
cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's header, the
branch-town columns and each frame row's ``(note, truth, genre, template)``. ``t`` is the table context
(``heldout28_shapes.context``), ``rows`` the pool entry of each row (a person may come back: a repeat customer, a
returning guest, a second car).
"""

from __future__ import annotations

import datetime as dt

import heldout28_ids as ids
import heldout28_language as language
import heldout28_people as people
import heldout28_words as words
from heldout28_columns import GUESTREG, KOHA, PERSONIO, WOO, label

FIRST, LAST, NAME = ("first_name", "name"), ("last_name", "name"), ("name",)
PHONE, EMAIL, DOB = ("phone_number",), ("email",), ("date_of_birth",)
STREET, ADDR, CITY, PC = ("street_address", "address"), ("address", "street_address"), ("city",), ("postcode",)
IBAN, NID, CARD = ("iban",), ("national_id", "ssn", "tax_id"), ("credit_debit_card",)
NO_NOTE = (None, [], "", "")


def pick(t, options, weights=None):
    return t.rng.choices(options, weights)[0] if weights else t.rng.choice(options)


def phone_writer(t, main: str = ""):
    """A column's way of writing numbers: two to four layouts (national, international, E.164, bare digits...),
    with and without the country code, as many hands typed them."""
    layouts, weights = ids.phone_mix(t.rng, main)
    if "national" not in layouts:
        layouts, weights = [*layouts, "national"], [*weights, 0.2]
    if not any(x in layouts for x in ("international", "e164", "00")):
        layouts, weights = [*layouts, "international"], [*weights, 0.2]
    return lambda n: ids.write_phone(n, t.rng.choices(layouts, weights)[0])


def dob_writer(t, main: str = ""):
    """A column's birth-date layouts (a main one and one or two others)."""
    layouts, weights = language.dob_mix(t.rng, main)
    return lambda d: language.fmt_date(d, t.locale, t.rng.choices(layouts, weights)[0])


def full_name(t, p, forms=("natural", "natural", "natural", "comma", "initial", "nick", "upper", "lower")) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    return people.written(p, t.locale, t.rng.choice(forms), t.lg)


def part(t, text: str) -> str:
    """A first or last name typed in mixed case."""
    return people.case_cell(text, t.rng)


def given(t, p) -> str:
    """The given name as a form's first-name box holds it (a middle name sometimes typed in)."""
    if p.middle and t.rng.random() < 0.4:
        return part(t, f"{p.first} {p.middle}")
    return part(t, p.first)


def blank(t, value, share: float = 0.1):
    """``value``, or an empty cell (None, or the country's missing-cell word) on ``share`` of the rows."""
    if t.rng.random() >= share:
        return value
    return t.rng.choice((None, None, t.rng.choice(language.missing_words(t.locale))))


def distinct(rows):
    """Each person once (a staff list or a guest list holds no repeats), in first-seen order."""
    seen, out = set(), []
    for e in rows:
        if e["pid"] not in seen:
            seen.add(e["pid"])
            out.append(e)
    return out


def finish(columns: dict, labels: dict, notes_key: str, row_notes, branch=(), fixed=()):
    """Columns and labels by header; a column every record left empty is dropped unless the system always writes
    it (``fixed``)."""
    keep = {}
    for h, cells in columns.items():
        if h == notes_key or h in fixed or any(c not in (None, "") for c in cells):
            keep[h] = cells
    labels = {h: v for h, v in labels.items() if h in keep and h != notes_key}
    return keep, labels, notes_key, tuple(b for b in branch if b in keep), row_notes


def koha(t, rows):
    """A public library's Koha patron export (Koha's ``borrowers`` fields, whatever the country): the street name
    and house number apart, a second address line, children with a guardian as ``contactname``, an alternate
    address ``B_address``, a 14-digit card barcode, branch and category codes, enrolment dates in ISO."""
    rows = distinct(rows)
    c = {h: [] for h in KOHA}
    prefix = str(t.rng.randrange(2000, 2999))
    dob = dob_writer(t, "iso")
    ph, mob = phone_writer(t, "national"), phone_writer(t)
    for i, e in enumerate(rows):
        child = e["child_patron"]
        p = e["child"] if child else e["p"]
        street, number = e["street_name"], e["house"]
        c["borrowernumber"].append(str(1000 + i * 3 + t.rng.randrange(3)))
        c["cardnumber"].append(ids.library_card(t.rng, prefix))
        c["surname"].append(part(t, p.last))
        c["firstname"].append(given(t, p))
        c["title"].append(None if child else blank(t, people.title(p, t.lg), 0.4))
        c["othernames"].append(p.nickname or None)
        c["initials"].append("".join(w[0] for w in (p.first + " " + p.last).split()) if t.rng.random() < 0.5 else None)
        c["streetnumber"].append(number or None)
        c["address"].append(street)
        c["address2"].append(e["unit"] if t.rng.random() < 0.25 else None)
        c["city"].append(e["town"])
        c["zipcode"].append(e["postcode"] or None)
        c["country"].append(blank(t, t.country, 0.5))
        c["email"].append(blank(t, e["email"], 0.3))
        c["phone"].append(blank(t, ph(e["landline"]), 0.35))
        c["mobile"].append(blank(t, mob(e["mobile"]), 0.2))
        c["dateofbirth"].append(dob(e["child_dob"] if child else e["dob"]))
        c["branchcode"].append(pick(t, words.KOHA_BRANCHES))
        c["categorycode"].append("CHILD" if child else pick(t, words.KOHA_CATEGORIES[:-3]))
        c["dateenrolled"].append(language.event_date(t.rng, 8).isoformat())
        c["dateexpiry"].append(language.event_date(t.rng, 1, ahead=700).isoformat())
        c["contactname"].append(part(t, e["p"].last) if child else None)
        c["contactfirstname"].append(part(t, e["p"].first) if child else None)
        c["relationship"].append(pick(t, words.RELATIONSHIPS) if child else None)
        c["sex"].append("F" if p.female else "M")
        c["sort1"].append(str(t.rng.randrange(1, 60)) if t.rng.random() < 0.3 else None)
        c["borrowernotes"].append(e["note"][0])
        alt = e["alt"] if t.rng.random() < 0.12 else None
        c["B_address"].append(alt[0] if alt else None)
        c["B_city"].append(alt[2] if alt else None)
    labels = {"borrowernumber": None, "cardnumber": None, "surname": LAST, "firstname": FIRST, "title": None,
              "othernames": "dont_care", "initials": "dont_care", "streetnumber": "dont_care", "address": STREET,
              "address2": STREET, "city": CITY, "zipcode": PC, "country": None, "email": EMAIL, "phone": PHONE,
              "mobile": PHONE, "dateofbirth": DOB, "branchcode": None, "categorycode": None, "dateenrolled": None,
              "dateexpiry": None, "contactname": LAST, "contactfirstname": FIRST, "relationship": None, "sex": None,
              "sort1": None, "B_address": STREET, "B_city": CITY}  # fmt: skip
    return finish(c, labels, "borrowernotes", [e["note"] for e in rows])


def woocommerce(t, rows):
    """A tea shop's WooCommerce order export (one row per order: repeat customers come back typed differently),
    billing and shipping blocks, a billing company named after its street, a lot number with a phone's digit
    count, coupon codes and the customer's note with line breaks and bullets."""
    c = {h: [] for h in WOO}
    bp, sp = phone_writer(t), phone_writer(t, "e164")
    order = t.rng.randrange(1200, 9000)
    for e in rows:
        p = e["p"]
        order += t.rng.randrange(1, 9)
        gift = t.rng.random() < 0.3
        q = e["p2"] if gift else p
        c["order_number"].append(str(order))
        c["order_date"].append(f"{language.event_date(t.rng, 2):%Y-%m-%d} {t.rng.randrange(7, 23):02d}:"
                               f"{t.rng.randrange(60):02d}")  # fmt: skip
        c["status"].append(pick(t, words.ORDER_STATUS))
        c["billing_first_name"].append(given(t, p))
        c["billing_last_name"].append(part(t, p.last))
        c["billing_company"].append(e["firm"] if t.rng.random() < 0.15 else None)
        c["billing_address_1"].append(e["street"])
        c["billing_address_2"].append(e["unit"] if t.rng.random() < 0.2 else None)
        c["billing_postcode"].append(e["postcode"] or None)
        c["billing_city"].append(e["town"])
        c["billing_country"].append(t.country)
        c["billing_email"].append(e["email"])
        c["billing_phone"].append(blank(t, bp(pick(t, (e["mobile"], e["landline"]))), 0.1))
        c["shipping_first_name"].append(part(t, q.first))
        c["shipping_last_name"].append(part(t, q.last))
        c["shipping_address_1"].append(e["alt"][0] if gift else e["street"])
        c["shipping_postcode"].append((e["alt"][1] if gift else e["postcode"]) or None)
        c["shipping_city"].append(e["alt"][2] if gift else e["town"])
        c["shipping_phone"].append(sp(e["mobile2"]) if gift and t.rng.random() < 0.6 else None)
        c["payment_method_title"].append(pick(t, words.PAYMENTS))
        c["order_total"].append(words.amount(t.rng, "en", 9, 180))
        c["coupon_items"].append(ids.coupon(t.rng) if t.rng.random() < 0.2 else None)
        c["line_item_1"].append(f"{pick(t, words.PRODUCTS)} x {t.rng.randrange(1, 4)}")
        c["_lot_number"].append(ids.digits_like_phone(t.rng, t.phone_digits))
        c["customer_note"].append(e["note"][0])
    labels = {"order_number": None, "order_date": None, "status": None, "billing_first_name": FIRST,
              "billing_last_name": LAST, "billing_company": None, "billing_address_1": STREET,
              "billing_address_2": STREET, "billing_postcode": PC, "billing_city": CITY, "billing_country": None,
              "billing_email": EMAIL, "billing_phone": PHONE, "shipping_first_name": FIRST,
              "shipping_last_name": LAST, "shipping_address_1": STREET, "shipping_postcode": PC,
              "shipping_city": CITY, "shipping_phone": PHONE, "payment_method_title": None, "order_total": None,
              "coupon_items": None, "line_item_1": None, "_lot_number": None}  # fmt: skip
    return finish(c, labels, "customer_note", [e["note"] for e in rows])


def personio(t, rows):
    """A small firm's Personio employee export (attributes in the account's language): the birth date with the
    weekday's and month's names, the hire date in the same layout, the tax or social-security id, the IBAN, the
    whole private address in one cell, a private phone mixing landlines and mobiles, the emergency contact, the
    supervisor as a category, a cost centre with the postcode's digit count, notes with bullet lists."""
    rows = distinct(rows)
    lg = t.hlg
    h = {k: label(PERSONIO, k, lg) for k in PERSONIO}
    c = {h[k]: [] for k in PERSONIO}
    bosses = words.staff(t.rng, lg, 3)
    main = t.rng.choice(("named", "named", "named_short"))
    ph, eph = phone_writer(t), phone_writer(t, "national")
    domain = t.firm_domain
    for i, e in enumerate(rows):
        p = e["p"]
        c[h["id"]].append(str(i + 1))
        c[h["first"]].append(given(t, p))
        c[h["last"]].append(part(t, p.last))
        local = people.ascii_text(f"{p.first}.{p.last}".lower().replace(" ", "")).replace("'", "")
        c[h["email"]].append(f"{local}@{domain}")
        c[h["position"]].append(pick(t, words.POSITIONS))
        c[h["department"]].append(pick(t, words.DEPARTMENTS))
        c[h["supervisor"]].append(pick(t, bosses))
        c[h["hire"]].append(language.fmt_date(language.event_date(t.rng, 12), t.locale, main))
        c[h["dob"]].append(language.fmt_date(e["dob"], t.locale, main if t.rng.random() < 0.85 else "num"))
        c[h["taxid"]].append(blank(t, e["nid"], 0.15))
        c[h["iban"]].append(blank(t, e["iban_grouped"] if t.rng.random() < 0.4 else e["iban"], 0.1))
        c[h["address"]].append(e["whole"])
        c[h["phone"]].append(blank(t, ph(pick(t, (e["mobile"], e["mobile"], e["landline"]))), 0.1))
        c[h["emergency"]].append(blank(t, full_name(t, e["p2"], ("natural", "natural", "comma")), 0.2))
        c[h["emergency_phone"]].append(blank(t, eph(e["mobile2"]), 0.2))
        c[h["cost"]].append(words.cost_centre(t.rng, t.pc_width))
        c[h["notes"]].append(e["note"][0])
    labels = {h["id"]: None, h["first"]: FIRST, h["last"]: LAST, h["email"]: EMAIL, h["position"]: None,
              h["department"]: None, h["supervisor"]: None, h["hire"]: None, h["dob"]: DOB,
              h["taxid"]: NID, h["iban"]: IBAN, h["address"]: ADDR, h["phone"]: PHONE, h["emergency"]: NAME,
              h["emergency_phone"]: PHONE, h["cost"]: None}  # fmt: skip
    if all(v is None for v in c[h["taxid"]]):
        labels.pop(h["taxid"])
    if all(v is None for v in c[h["iban"]]):
        labels.pop(h["iban"])
    return finish(c, labels, h["notes"], [e["note"] for e in rows])


def guestreg(t, rows):
    """A guesthouse's guest register as its property-management system exports the police registration fields
    (in the country's language): ``LAST First`` in one cell, arrival and departure in the birth date's layout,
    the identity document's number, room numbers, car registrations, the companion's name, a phone column mixing
    landlines and mobiles with and without the country code; returning guests come back."""
    lg = t.hlg
    h = {k: label(GUESTREG, k, lg) for k in GUESTREG}
    c = {h[k]: [] for k in GUESTREG}
    main = t.rng.choice(("num", "num", "num_slash_pad"))
    ph = phone_writer(t)
    for e in rows:
        p = e["p"]
        arrival = language.event_date(t.rng, 2)
        c[h["room"]].append(str(t.rng.choice((1, 2, 3)) * 100 + t.rng.randrange(1, 16)))
        c[h["arrival"]].append(language.fmt_date(arrival, t.locale, main))
        c[h["departure"]].append(language.fmt_date(arrival + dt.timedelta(days=t.rng.randrange(1, 8)),
                                                   t.locale, main))  # fmt: skip
        c[h["name"]].append(people.written(p, t.locale, "last_first" if t.rng.random() < 0.85 else "comma", t.lg))
        c[h["dob"]].append(language.fmt_date(e["dob"], t.locale, main if t.rng.random() < 0.8 else "long"))
        c[h["nationality"]].append(t.country if t.rng.random() < 0.8 else pick(t, ("DE", "FR", "GB", "NL", "IT")))
        c[h["doc"]].append(blank(t, e["nid"], 0.2))
        c[h["street"]].append(e["street"])
        c[h["postcode"]].append(e["postcode"] or None)
        c[h["town"]].append(e["town"])
        c[h["phone"]].append(blank(t, ph(pick(t, (e["mobile"], e["landline"]))), 0.1))
        c[h["email"]].append(blank(t, e["email"], 0.25))
        c[h["plate"]].append(e["plate"] if t.rng.random() < 0.5 else None)
        c[h["companion"]].append(full_name(t, e["p2"], ("natural", "last_first")) if t.rng.random() < 0.4 else None)
        c[h["rate"]].append(words.amount(t.rng, t.lg, 60, 140))
        c[h["notes"]].append(e["note"][0])
    labels = {h["room"]: None, h["arrival"]: None, h["departure"]: None, h["name"]: NAME, h["dob"]: DOB,
              h["nationality"]: None, h["doc"]: NID, h["street"]: STREET, h["postcode"]: PC, h["town"]: CITY,
              h["phone"]: PHONE, h["email"]: EMAIL, h["plate"]: None, h["companion"]: NAME,
              h["rate"]: None}  # fmt: skip
    if all(v is None for v in c[h["doc"]]):
        labels.pop(h["doc"])
    return finish(c, labels, h["notes"], [e["note"] for e in rows])
