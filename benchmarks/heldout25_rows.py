"""Held-out set 25: the columns of each export shape, cell by cell, with their labels.

Each ``<shape>(t, rows, notes)`` returns ``(columns, labels, notes_header, branch)``: ``columns`` header ->
cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's header and
the branch-town columns. ``t`` is the table context (``heldout25_shapes._context``), ``rows`` the pool entry of
each row (a customer may come back), ``notes`` each row's note text or None.
"""

from __future__ import annotations

import heldout25_columns as cols
import heldout25_ids as ids
import heldout25_language as language
import heldout25_lookalikes as look
import heldout25_people as people
import heldout25_places as places

FIRST, LAST, NAME = ("first_name",), ("last_name",), ("name",)
PHONE, EMAIL, DOB = ("phone_number",), ("email",), ("date_of_birth",)
STREET, ADDR, CITY, PC = ("street_address", "address"), ("address", "street_address"), ("city",), ("postcode",)
IBAN = ("iban",)


def _pick(t, options, weights=None):
    return t.rng.choices(options, weights=weights)[0] if weights else t.rng.choice(options)


def phone(t, n, mix) -> str | None:
    """A phone cell in one of the column's layouts (None when the person gave no such number)."""
    return None if n is None else ids.write_phone(n, _pick(t, *mix))


def dob(t, d, mix) -> str:
    return language.fmt_date(d, t.locale, _pick(t, *mix))


def full_name(t, p) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    if t.script:
        return people.full(p, t.locale)
    forms = ("natural", "comma", "titled", "upper", "initial", "nick", "lower", "ascii", "suffix", "middle")
    form = _pick(t, forms, (52, 12, 8, 8, 5, 3, 3, 4, 2, 5))
    return people.written(p, t.locale, form, t.lg)


def part(t, text: str) -> str:
    return text if t.script else people.case_cell(text, t.rng)


def outlook(t, rows, notes):
    h = cols.headers(cols.OUTLOOK, t.lg, cols.OUTLOOK_KEYS)
    empty_date = "0.0.00" if "." in language.fmt_date(language.REFERENCE, t.locale, "num") else "0/0/00"
    pm, hm = ids.phone_mix(t.rng, "national"), ids.phone_mix(t.rng, "national")
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        p = e["p"]
        lg_titles = people.TITLE_WORDS.get(t.lg, people.TITLE_WORDS["en"])[0]
        c["title"].append((lg_titles[1] if p.female else lg_titles[0]) if t.rng.random() < 0.4 else None)
        c["first"].append(part(t, p.first))
        c["middle"].append(p.middle or None)
        c["last"].append(part(t, p.last))
        c["suffix"].append("Jr." if t.lg == "en" and not p.female and t.rng.random() < 0.03 else None)
        c["company"].append(t.rng.choice(look.EMPLOYERS) if t.rng.random() < 0.25 else None)
        c["department"].append(None)
        c["job"].append(look.choose(t.rng, look.JOBS, t.lg) if t.rng.random() < 0.4 else None)
        c["street"].append(e["street"])
        c["street2"].append(e["unit"])
        c["town"].append(e["town"])
        c["region"].append(None)
        c["postcode"].append(e["postcode"] or None)
        c["country"].append(t.country)
        c["phone_work"].append(phone(t, e["work"], hm))
        c["phone_home"].append(phone(t, e["home"], hm))
        c["phone_mobile"].append(phone(t, e["mobile"], pm))
        c["account"].append(ids.digits_like_phone(t.rng, t.phone_len) if t.rng.random() < 0.4 else None)
        anniversary = t.rng.random() < 0.08
        c["anniversary"].append(language.fmt_date(language.event_date(t.rng), t.locale, t.outlook_date)
                                if anniversary else empty_date)  # fmt: skip
        c["dob"].append(language.fmt_date(e["dob"], t.locale, t.outlook_date) if e["gave_dob"] else empty_date)
        c["categories"].append(look.choose(t.rng, look.CATEGORIES, t.lg))
        c["email"].append(e["email"])
        c["email_type"].append("SMTP" if e["email"] else None)
        c["email_display"].append(f"{people.full(p, t.locale)} ({e['email']})" if e["email"] else None)
        c["gender"].append("Unspecified")
        c["mileage"].append(None)
        c["notes"].append(note)
        c["priority"].append("Normal")
        c["private"].append("False")
        c["sensitivity"].append("Normal")
        c["user1"].append(language.fmt_date(language.event_date(t.rng), t.locale, t.outlook_date))
    labels = {"first": FIRST, "middle": ("first_name", "name"), "last": LAST, "street": STREET,
              "street2": "dont_care", "town": CITY, "postcode": PC, "phone_work": PHONE, "phone_home": PHONE,
              "phone_mobile": PHONE, "anniversary": "dont_care", "dob": DOB, "email": EMAIL,
              "email_display": ("name", "email")}  # fmt: skip
    return _finish(h, c, labels, "notes")


def hubspot(t, rows, notes):
    h = cols.headers(cols.HUBSPOT, t.lg, cols.HUBSPOT_KEYS)
    h["branch"] = {"de": "Niederlassung", "fr": "Agence", "es": "Delegación", "it": "Filiale", "nl": "Vestiging"}.get(
        t.lg, "Branch"
    )
    pm, hm = ids.phone_mix(t.rng), ids.phone_mix(t.rng)
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        p = e["p"]
        c["record"].append(look.record_id(t.rng))
        c["first"].append(part(t, p.first))
        c["last"].append(part(t, p.last))
        c["email"].append(e["email"])
        c["phone_home"].append(phone(t, e["home"] or e["mobile"], hm))
        c["phone_mobile"].append(phone(t, e["mobile"], pm) if t.rng.random() < 0.55 else None)
        c["street"].append(e["street"])
        c["town"].append(e["town"])
        c["postcode"].append(e["postcode"] or None)
        c["country"].append(t.country)
        c["dob"].append(e["dob"].isoformat() if e["gave_dob"] else None)
        created = language.event_date(t.rng)
        c["created"].append(f"{created.isoformat()} {t.rng.randint(7, 21):02d}:{t.rng.randint(0, 59):02d}")
        c["last_activity"].append(f"{language.event_date(t.rng).isoformat()} {t.rng.randint(7, 21):02d}:00")
        c["stage"].append(t.rng.choice(look.STAGES))
        c["lead_status"].append(t.rng.choice(look.LEAD_STATUS))
        c["brand"].append(t.rng.choice(look.HEAT_PUMPS) if t.rng.random() < 0.7 else None)
        c["survey_date"].append(language.event_date(t.rng).isoformat() if t.rng.random() < 0.6 else None)
        c["staff"].append(t.rng.choice(t.staff))
        c["epc"].append(t.rng.choice("ABCDEFG"))
        c["area"].append(str(t.rng.randint(48, 260)))
        c["notes"].append(note)
        c["branch"].append(t.rng.choice(t.branches))
    labels = {"first": FIRST, "last": LAST, "email": EMAIL, "phone_home": PHONE, "phone_mobile": PHONE,
              "street": STREET, "town": CITY, "postcode": PC, "dob": DOB}  # fmt: skip
    return _finish(h, c, labels, "notes", ("branch",))


def stripe(t, rows, notes):
    h = cols.headers(cols.STRIPE, "en", cols.STRIPE_KEYS)
    meta = cols.headers(cols.STRIPE_META, t.lg, cols.STRIPE_META_KEYS)
    h.update({k: f"{v} (metadata)" for k, v in meta.items()})
    pm, em, dm = ids.phone_mix(t.rng, "e164"), ids.phone_mix(t.rng), language.dob_mix(t.locale, t.rng)
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        c["id"].append(e["stripe_id"])
        c["notes"].append(note)
        c["email"].append(e["email"])
        c["name"].append(full_name(t, e["p"]))
        c["phone"].append(phone(t, e["mobile"], pm))
        c["created"].append(f"{language.event_date(t.rng).isoformat()} {t.rng.randint(6, 22):02d}:"
                            f"{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}")  # fmt: skip
        c["delinquent"].append("true" if t.rng.random() < 0.1 else "false")
        c["card_brand"].append(t.rng.choice(("visa", "mastercard", "amex")))
        c["card_last4"].append(f"{t.rng.randint(0, 9999):04d}")
        c["card_month"].append(str(t.rng.randint(1, 12)))
        c["card_year"].append(str(t.rng.randint(2026, 2031)))
        c["card_country"].append(t.region)
        c["street"].append(e["street"])
        c["street2"].append(e["unit"])
        c["town"].append(e["town"])
        c["region"].append(None)
        c["postcode"].append(e["postcode"] or None)
        c["country"].append(t.region)
        c["plan"].append(t.rng.choice(look.PLANS))
        c["status"].append(t.rng.choice(("active", "active", "active", "past_due", "canceled")))
        c["balance"].append(str(t.rng.choice((0, 0, 0, -1500, 2500))))
        c["currency"].append(t.currency)
        c["dog"].append(e["dog"])
        c["breed"].append(e["breed"])
        c["staff"].append(t.rng.choice(t.staff))
        c["key_safe"].append(f"{t.rng.randint(0, 9999):04d}" if t.rng.random() < 0.7 else None)
        c["dob"].append(dob(t, e["dob"], dm) if e["gave_dob"] else None)
        c["phone2"].append(phone(t, e["phone2"], em))
    labels = {"email": EMAIL, "name": NAME, "phone": PHONE, "street": STREET, "street2": "dont_care",
              "town": CITY, "postcode": PC, "dob": DOB, "phone2": PHONE}  # fmt: skip
    return _finish(h, c, labels, "notes")


def eventbrite(t, rows, notes):
    h = cols.headers(cols.EVENTBRITE, "en", cols.EVENTBRITE_KEYS)
    h["notes"] = cols.EVENTBRITE_QUESTION.get(t.lg, cols.EVENTBRITE_QUESTION["en"])
    pm, dm = ids.phone_mix(t.rng), language.dob_mix(t.locale, t.rng, "num")
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        p = e["p"]
        buyer = e["p2"] if t.rng.random() < 0.25 else p
        order = ids.digits_like_phone(t.rng, 10, lead=str(t.rng.randint(1, 9)))
        c["order"].append(order)
        d = language.event_date(t.rng)
        c["order_date"].append(f"{d.isoformat()} {t.rng.randint(6, 23):02d}:{t.rng.randint(0, 59):02d}")
        c["first"].append(part(t, p.first))
        c["last"].append(part(t, p.last))
        c["email"].append(e["email"])
        c["quantity"].append(str(t.rng.choice((1, 1, 1, 2))))
        c["tier"].append(t.rng.choice(("Early bird", "Standard", "Standard", "Gift voucher")))
        c["ticket"].append(f"{t.rng.choice(look.COOKERY)} - {language.fmt_date(d, t.locale, 'num')}")
        c["attendee"].append(ids.digits_like_phone(t.rng, t.rng.choice((10, 11, 12)), lead="1"))
        c["group"].append(None)
        c["order_type"].append(t.rng.choice(("Eventbrite Completed", "Eventbrite Completed", "Free Order")))
        c["currency"].append(t.currency.upper())
        c["paid"].append(look.amount(t.rng, t.locale, "en", 35, 140))
        c["fees"].append(look.amount(t.rng, t.locale, "en", 1, 9))
        c["eb_fees"].append(look.amount(t.rng, t.locale, "en", 1, 6))
        c["status"].append(t.rng.choice(("Attending", "Checked In", "Attending")))
        c["phone"].append(phone(t, e["mobile"], pm))
        gave_address = t.rng.random() < 0.7
        c["street"].append(e["street"] if gave_address else None)
        c["street2"].append(e["unit"] if gave_address else None)
        c["town"].append(e["town"] if gave_address else None)
        c["region"].append(None)
        c["postcode"].append((e["postcode"] or None) if gave_address else None)
        c["country"].append(t.region if gave_address else None)
        c["dob"].append(dob(t, e["dob"], dm) if e["gave_dob"] else None)
        c["buyer_first"].append(part(t, buyer.first))
        c["buyer_last"].append(part(t, buyer.last))
        c["buyer_email"].append(e["email2"] if buyer is not p else e["email"])
        c["venue"].append(t.venue)
        c["staff"].append(t.rng.choice(t.staff))
        c["notes"].append(note)
    labels = {"first": FIRST, "last": LAST, "email": EMAIL, "phone": PHONE, "street": STREET, "street2": "dont_care",
              "town": CITY, "postcode": PC, "dob": DOB, "buyer_first": FIRST, "buyer_last": LAST,
              "buyer_email": EMAIL}  # fmt: skip
    return _finish(h, c, labels, "notes")


def _finish(h, c, labels, notes_key, branch=()):
    """Columns and labels by header; a column every row left empty is dropped unless the system always writes it
    (Outlook's and Stripe's fixed layouts keep theirs)."""
    columns = {h[k]: v for k, v in c.items()}
    out_labels = {h[k]: labels.get(k) for k in c if k != notes_key}
    for k, v in c.items():
        if k != notes_key and all(x is None for x in v) and labels.get(k) not in (None, "dont_care"):
            out_labels[h[k]] = None  # no value to find: scored as a column that must stay undetected
    return columns, out_labels, h[notes_key], tuple(h[k] for k in branch)


def place_line(t, e) -> str:
    return places.whole_address(t.locale, e["street"], e["postcode"], e["town"], t.rng)
