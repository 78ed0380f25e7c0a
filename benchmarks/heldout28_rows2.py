"""Held-out set 28: the Zola, Spektrix, DMS and Calendly shapes, cell by cell, with labels.

As ``heldout28_rows`` (same return value).
"""

from __future__ import annotations

import datetime as dt

import heldout28_ids as ids
import heldout28_language as language
import heldout28_people as people
import heldout28_places as places
import heldout28_words as words
from heldout28_columns import CALENDLY, CALENDLY_Q, DMS, SPEKTRIX, ZOLA, label
from heldout28_rows import (
    ADDR,
    CITY,
    DOB,
    EMAIL,
    FIRST,
    LAST,
    NAME,
    PC,
    PHONE,
    STREET,
    blank,
    distinct,
    dob_writer,
    finish,
    full_name,
    given,
    part,
    phone_writer,
    pick,
)  # fmt: skip


def zola(t, rows):
    """A wedding planner's Zola guest list re-saved in Excel: the partner's ``Title``/``First Name``/``Last Name``
    repeat the guest's headers (pandas reads ``First Name.1``), a child's given name, a column whose header cell
    was left blank (``Unnamed: 20``: the planner's gift notes), tags, RSVP, meals and table numbers."""
    rows = distinct(rows)
    c = {h: [] for h in ZOLA}
    ph = phone_writer(t)
    for e in rows:
        p, q = e["p"], e["p2"] if t.rng.random() < 0.55 else None
        c["Title"].append(blank(t, people.title(p, "en"), 0.3))
        c["First Name"].append(given(t, p))
        c["Last Name"].append(part(t, p.last))
        c["Suffix"].append(pick(t, words.SUFFIXES) if t.locale in ("en_US", "en_TT") and t.rng.random() < 0.1 else None)
        c["Title.1"].append(people.title(q, "en") if q and t.rng.random() < 0.6 else None)
        c["First Name.1"].append(part(t, q.first) if q else None)
        c["Last Name.1"].append(part(t, q.last) if q else None)
        c["Child 1 First Name"].append(e["child"].first if t.rng.random() < 0.2 else None)
        c["Street Address 1"].append(e["street"])
        c["Street Address 2"].append(e["unit"] if t.rng.random() < 0.2 else None)
        c["City"].append(e["town"])
        c["State/Region"].append(None)
        c["Zip/Postal Code"].append(e["postcode"] or None)
        c["Country"].append(blank(t, t.country, 0.6))
        c["Email"].append(blank(t, e["email"], 0.25))
        c["Phone"].append(blank(t, ph(e["mobile"]), 0.25))
        c["Tags"].append(pick(t, words.ZOLA_TAGS))
        rsvp = pick(t, words.RSVPS)
        c["RSVP"].append(rsvp)
        c["Meal"].append(pick(t, words.MEALS) if rsvp == "Attending" else None)
        c["Table"].append(str(t.rng.randrange(1, 18)) if rsvp == "Attending" else None)
        c["Unnamed: 20"].append(f"gift: {pick(t, ('toaster', 'cash', 'vase', 'voucher', 'wine'))}"
                                if t.rng.random() < 0.3 else None)  # fmt: skip
        c["Notes"].append(e["note"][0])
    labels = {"Title": None, "First Name": FIRST, "Last Name": LAST, "Suffix": None, "Title.1": None,
              "First Name.1": FIRST, "Last Name.1": LAST, "Child 1 First Name": FIRST, "Street Address 1": STREET,
              "Street Address 2": STREET, "City": CITY, "State/Region": None, "Zip/Postal Code": PC, "Country": None,
              "Email": EMAIL, "Phone": PHONE, "Tags": None, "RSVP": None, "Meal": None, "Table": None,
              "Unnamed: 20": None}  # fmt: skip
    return finish(c, labels, "Notes", [e["note"] for e in rows], fixed=("Unnamed: 20",))


def spektrix(t, rows):
    """A theatre's Spektrix customer report (English headers): the addressee as initials and surname, the first
    address line with the house number first and a flat or building after, home and mobile phones, and beside
    the address columns a seat, a ticket number with a phone's digit count and a cloakroom number."""
    rows = distinct(rows)
    c = {h: [] for h in SPEKTRIX}
    hp, mp = phone_writer(t, "national"), phone_writer(t, "international")
    for i, e in enumerate(rows):
        p = e["p"]
        c["Customer ID"].append(str(100000 + i * 7 + t.rng.randrange(7)))
        c["Title"].append(blank(t, people.title(p, t.lg), 0.3))
        c["First Name"].append(given(t, p))
        c["Last Name"].append(part(t, p.last))
        c["Addressee"].append(people.initials(p, t.locale) if t.rng.random() < 0.8 else people.full(p, t.locale))
        c["Address Line 1"].append(places.number_first(e["street"], t.lg, t.rng) if t.rng.random() < 0.7
                                   else e["street"])  # fmt: skip
        c["Address Line 2"].append(e["unit"] if t.rng.random() < 0.15 else None)
        c["Town"].append(e["town"])
        c["Postcode"].append(e["postcode"] or None)
        c["Country"].append(blank(t, t.country, 0.5))
        c["Email"].append(blank(t, e["email"], 0.2))
        c["Home Phone"].append(blank(t, hp(e["landline"]), 0.45))
        c["Mobile Phone"].append(blank(t, mp(e["mobile"]), 0.2))
        c["Seat"].append(ids.seat(t.rng))
        c["Ticket No"].append(ids.digits_like_phone(t.rng, t.phone_digits))
        c["Cloakroom"].append(str(t.rng.randrange(1, 400)) if t.rng.random() < 0.4 else None)
        booked, hour, minute = language.event_date(t.rng, 2), t.rng.randrange(9, 21), t.rng.randrange(60)
        c["Last Booking"].append(f"{booked:%d/%m/%Y} {hour:02d}:{minute:02d}")
        c["Membership"].append(pick(t, words.MEMBERSHIPS) or None)
        c["Access Requirements"].append(e["note"][0])
    labels = {"Customer ID": None, "Title": None, "First Name": FIRST, "Last Name": LAST, "Addressee": NAME,
              "Address Line 1": STREET, "Address Line 2": STREET, "Town": CITY, "Postcode": PC, "Country": None,
              "Email": EMAIL, "Home Phone": PHONE, "Mobile Phone": PHONE, "Seat": None, "Ticket No": None,
              "Cloakroom": None, "Last Booking": None, "Membership": None}  # fmt: skip
    return finish(c, labels, "Access Requirements", [e["note"] for e in rows])


def dms(t, rows):
    """A car dealer's service-reminder list from its dealer management system (headers in the country's
    language): a row per car (a customer with two cars comes twice), the plate and VIN, the first registration
    date in the birth date's layout, the customer as ``LAST, First`` or initials with the surname, the mobile
    number in a column whose header cell was lost (``Unnamed: 9``), the service advisor as a category and the
    branch's town."""
    lg = t.hlg
    h = {k: label(DMS, k, lg) for k in DMS}
    order = ["plate", "vin", "make", "first_reg", "customer", "salutation", "street", "postcode", "town", None,
             "phone", "dob", "advisor", "branch", "due", "km", "notes"]  # fmt: skip
    heads = [h[k] if k else "Unnamed: 9" for k in order]
    c = {x: [] for x in heads}
    main = t.rng.choice(("num", "num", "num_short"))
    ph, mp = phone_writer(t, "national"), phone_writer(t)
    advisors = words.staff(t.rng, lg, 4)
    branches = t.rng.sample(t.branch_towns, 2)
    for e in rows:
        p = e["p"]
        c[h["plate"]].append(e["plate"] if t.rng.random() < 0.5 else ids.plate(t.region, t.rng))
        c[h["vin"]].append(ids.vin(t.rng))
        c[h["make"]].append(pick(t, words.CARS))
        c[h["first_reg"]].append(language.fmt_date(language.event_date(t.rng, 14), t.locale, main))
        c[h["customer"]].append(full_name(t, p, ("comma", "comma", "initial", "upper", "natural")))
        c[h["salutation"]].append(people.title(p, t.lg))
        c[h["street"]].append(e["street"])
        c[h["postcode"]].append(e["postcode"] or None)
        c[h["town"]].append(e["town"])
        c["Unnamed: 9"].append(blank(t, mp(e["mobile"]), 0.25))
        c[h["phone"]].append(blank(t, ph(e["landline"]), 0.5))
        c[h["dob"]].append(blank(t, language.fmt_date(e["dob"], t.locale, main), 0.3))
        c[h["advisor"]].append(pick(t, advisors))
        c[h["branch"]].append(pick(t, branches))
        c[h["due"]].append(language.fmt_date(language.event_date(t.rng, 0.5, ahead=700), t.locale, main))
        c[h["km"]].append(str(t.rng.randrange(3000, 240000)))
        c[h["notes"]].append(e["note"][0])
    labels = {h["plate"]: None, h["vin"]: None, h["make"]: None, h["first_reg"]: None, h["customer"]: NAME,
              h["salutation"]: None, h["street"]: STREET, h["postcode"]: PC, h["town"]: CITY, "Unnamed: 9": PHONE,
              h["phone"]: PHONE, h["dob"]: DOB, h["advisor"]: None, h["branch"]: None, h["due"]: None,
              h["km"]: None}  # fmt: skip
    return finish(c, labels, h["notes"], [e["note"] for e in rows], branch=(h["branch"],))


def calendly(t, rows):
    """A physiotherapy practice's Calendly scheduled-events export (English headers; the intake questions in the
    practice's language as ``Question n`` with the answer in ``Response n``): the birth date typed freely, the
    whole address, the emergency contact's name and phone in one answer, the reason for the visit over several
    lines (the notes), the therapist as a category, event times."""
    c = {h: [] for h in CALENDLY}
    ql = t.hlg
    sms, eph = phone_writer(t, "e164"), phone_writer(t, "national")
    therapists = words.staff(t.rng, ql, 3)
    dob = dob_writer(t)
    for e in rows:
        p = e["p"]
        start = language.event_date(t.rng, 1, ahead=30)
        hour = t.rng.randrange(8, 19)
        c["Invitee Name"].append(full_name(t, p, ("natural", "natural", "lower", "upper")))
        c["Invitee First Name"].append(part(t, p.first))
        c["Invitee Last Name"].append(part(t, p.last))
        c["Invitee Email"].append(e["email"])
        c["Text Reminder Number"].append(blank(t, sms(e["mobile"]), 0.3))
        c["Event Type Name"].append(pick(t, words.EVENT_TYPES))
        c["Start Date & Time"].append(f"{start:%Y-%m-%d} {hour:02d}:00")
        c["End Date & Time"].append(f"{start:%Y-%m-%d} {hour:02d}:45")
        c["Invitee Time Zone"].append(t.timezone)
        c["Scheduled At"].append(f"{start - dt.timedelta(days=t.rng.randrange(1, 20)):%Y-%m-%d} 10:12")
        c["Assigned To"].append(pick(t, therapists))
        c["Canceled"].append("true" if t.rng.random() < 0.1 else "false")
        c["Question 1"].append(label(CALENDLY_Q, "dob", ql))
        c["Response 1"].append(dob(e["dob"]))
        c["Question 2"].append(label(CALENDLY_Q, "address", ql))
        c["Response 2"].append(blank(t, e["whole"], 0.1))
        c["Question 3"].append(label(CALENDLY_Q, "reason", ql))
        c["Response 3"].append(e["note"][0])
        c["Question 4"].append(label(CALENDLY_Q, "emergency", ql))
        c["Response 4"].append(blank(t, f"{people.full(e['p2'], t.locale)} {eph(e['mobile2'])}", 0.3))
        c["UTM Source"].append(pick(t, words.UTM) or None)
    labels = {"Invitee Name": NAME, "Invitee First Name": FIRST, "Invitee Last Name": LAST, "Invitee Email": EMAIL,
              "Text Reminder Number": PHONE, "Event Type Name": None, "Start Date & Time": None,
              "End Date & Time": None, "Invitee Time Zone": None, "Scheduled At": None, "Assigned To": None,
              "Canceled": None, "Question 1": None, "Response 1": DOB, "Question 2": None, "Response 2": ADDR,
              "Question 3": None, "Question 4": None, "Response 4": ("name", "phone_number"),
              "UTM Source": None}  # fmt: skip
    return finish(c, labels, "Response 3", [e["note"] for e in rows])
