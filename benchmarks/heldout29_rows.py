"""Held-out set 29: the SAP customer master, Google Contacts, Salesforce NPSP and dental practice shapes, cell by
cell.

Each ``<shape>(t, rows, note)`` returns ``(columns, labels, notes_header, branch, row_notes)``: ``columns`` header ->
cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's header, the
branch-town columns and each frame row's ``(note, truth, genre, template)``. ``t`` is the table context
(``heldout29_cells.context``), ``rows`` the pool entry of each row, ``note(t, e)`` draws a row's note.
"""

from __future__ import annotations

import heldout29_columns as cols
import heldout29_ids as ids
import heldout29_language as language
import heldout29_people as people
import heldout29_places as places
import heldout29_words as words
from heldout29_cells import (
    ADDR,
    CITY,
    DOB,
    EMAIL,
    FIRST,
    IBAN,
    LAST,
    NAME,
    NID,
    PC,
    PHONE,
    STREET,
    blank,
    dob_writer,  # fmt: skip
    finish,
    name_cell,
    part,
    phone_writer,
    pick,
    staff,
)


def sap(t, rows, note):
    """An SAP customer master download (``KNA1`` fields, technical names whatever the country): either the whole
    name in ``NAME1`` (``WEBER, KLAUS`` or ``Klaus Weber``) with a ``c/o`` person in ``NAME2``, or the surname in
    ``NAME1`` and the given name in ``NAME2``; ``SORTL`` the surname's first ten letters in capitals; dates as
    ``YYYYMMDD``; ``ERNAM`` the clerk's user id (``KWEBER``: a category); the contact's birth date ``GBDAT``."""
    rng = t.rng
    split = rng.random() < 0.5
    tel, mob = phone_writer(t), phone_writer(t, "international")
    clerks = [ids.sap_user(s.first, s.last) for s in staff(t, 3)]
    gb = dob_writer(t, "sap", ("num",))
    upper = rng.random() < 0.4  # many SAP systems keep names in capitals
    c = {k: [] for k in cols.SAP}
    notes = []
    for e in rows:
        p = e["p"]
        cap = (lambda s: s.upper()) if upper and t.cased else (lambda s: s)
        c["KUNNR"].append(ids.sap_customer(rng))
        c["ANRED"].append(people.title(p, t.lg) if rng.random() < 0.8 else "")
        if split:
            c["NAME1"].append(cap(part(t, p.last)))
            c["NAME2"].append(cap(p.first if not p.middle or rng.random() < 0.5 else f"{p.first} {p.middle}"))
        else:
            c["NAME1"].append(cap(name_cell(t, p, ("natural", "natural", "comma", "comma", "titled"))))
            co = people.full(e["partner"], t.locale) if rng.random() < 0.15 else ""
            c["NAME2"].append(f"c/o {co}" if co else "")
        c["SORTL"].append(people.ascii_text(p.last).upper().replace(" ", "")[:10] if t.cased else p.last[:10])
        c["STRAS"].append(cap(e["street"]))
        c["PSTLZ"].append(e["pc"])
        c["ORT01"].append(cap(e["town"]))
        c["LAND1"].append(t.region)
        c["REGIO"].append(pick(t, ("01", "02", "05", "09", "")))
        c["TELF1"].append(tel(e["land"] or e["mobile"]))
        c["TELF2"].append(mob(e["mobile"]) if e["land"] and rng.random() < 0.6 else "")
        c["TELFX"].append(tel(ids.phone_number(t.region, rng, mobile=False)) if rng.random() < 0.08 else "")
        c["SMTP_ADDR"].append(blank(t, e["email"], 0.25))
        c["STCD1"].append(blank(t, e["nid"], 0.4) if e["nid"] else "")
        c["GBDAT"].append(gb(e["dob"]) if rng.random() < 0.7 else "00000000")
        c["ERDAT"].append(language.event_date(rng, 12).strftime("%Y%m%d"))
        c["ERNAM"].append(pick(t, clerks))
        c["KTOKD"].append(pick(t, words.KTOKD))
        c["BRSCH"].append(pick(t, words.BRSCH))
        c["ZTERM"].append(pick(t, words.ZTERM))
        c["KDGRP"].append(pick(t, words.KDGRP))
        c["BANKN"].append(ids.digits_like_phone(rng, 10) if rng.random() < 0.3 else "")
        c["IBAN"].append(e["iban"] if e["iban"] and rng.random() < 0.5 else "")
        notes.append(note(t, e))
        c["ZZ_BEMERKUNG"].append(notes[-1][0])
    labels = {"KUNNR": None, "ANRED": None, "NAME1": LAST if split else NAME, "NAME2": FIRST if split else NAME,
              "SORTL": LAST, "STRAS": STREET, "PSTLZ": PC, "ORT01": CITY, "LAND1": None, "REGIO": "dont_care",
              "TELF1": PHONE, "TELF2": PHONE, "TELFX": PHONE, "SMTP_ADDR": EMAIL, "STCD1": NID, "GBDAT": DOB,
              "ERDAT": None, "ERNAM": None, "KTOKD": None, "BRSCH": None, "ZTERM": None, "KDGRP": None,
              "BANKN": None, "IBAN": IBAN, "ZZ_BEMERKUNG": None}  # fmt: skip
    return finish(c, labels, "ZZ_BEMERKUNG", notes)


def google(t, rows, note):
    """A Google Contacts CSV (every column Google writes, most empty): ``Name`` as the owner typed it (a nickname,
    ``Mum``-style entries left out), the birthday as ``1956-03-05`` or ``--03-05`` (no year), two numbers in one
    cell joined by `` ::: ``, the formatted address over three lines, a spouse in ``Relation 1 - Value``, an
    anniversary in ``Event 1 - Value`` (no birth date), the employer in ``Organization 1 - Name``."""
    rng = t.rng
    tel = phone_writer(t, "international")
    c = {k: [] for k in cols.GOOGLE}
    notes = []
    for e in rows:
        p = e["p"]
        row = dict.fromkeys(cols.GOOGLE, "")
        nick = p.nickname if p.nickname else ""
        row["Name"] = f"{nick} {p.last}" if nick and rng.random() < 0.5 else people.full(p, t.locale)
        row["Given Name"], row["Family Name"], row["Additional Name"] = p.first, p.last, p.middle
        row["Nickname"] = nick
        row["Name Prefix"] = people.title(p, t.lg) if rng.random() < 0.1 else ""
        if rng.random() < 0.55:
            layout = "noyear" if rng.random() < 0.3 else "iso"
            row["Birthday"] = language.fmt_date(e["dob"], t.locale, layout)
        row["Group Membership"] = pick(t, words.GOOGLE_GROUPS)
        if rng.random() < 0.75:
            row["E-mail 1 - Type"], row["E-mail 1 - Value"] = pick(t, ("* Home", "* Other", "* Work")), e["email"]
        row["Phone 1 - Type"] = pick(t, words.PHONE_TYPES)
        both = e["land"] is not None and rng.random() < 0.15
        row["Phone 1 - Value"] = tel(e["mobile"]) + (f" ::: {tel(e['land'])}" if both else "")
        if e["land"] is not None and not both and rng.random() < 0.4:
            row["Phone 2 - Type"], row["Phone 2 - Value"] = "Home", tel(e["land"])
        if rng.random() < 0.6:
            row["Address 1 - Type"] = "Home"
            row["Address 1 - Street"], row["Address 1 - City"], row["Address 1 - Postal Code"] = (
                e["street"],
                e["town"],
                e["pc"],
            )
            row["Address 1 - Country"] = t.region
            row["Address 1 - Formatted"] = f"{e['street']}\n{(e['pc'] + ' ' + e['town']).strip()}\n{t.region}"
        if rng.random() < 0.3:
            row["Organization 1 - Name"] = words.company(people.person(t.locale, rng, t.names).last, t.lg, rng)
            row["Organization 1 - Title"] = pick(t, ("Manager", "Engineer", "Teacher", "Nurse", "Accountant"))
        if rng.random() < 0.25:
            partner = e["partner"]
            row["Relation 1 - Type"] = pick(t, words.RELATIONS)
            row["Relation 1 - Value"] = partner.first if rng.random() < 0.6 else people.full(partner, t.locale)
        if rng.random() < 0.12:
            row["Event 1 - Type"] = pick(t, words.EVENTS)
            row["Event 1 - Value"] = language.event_date(rng, 30).isoformat()
        n = note(t, e)
        row["Notes"] = n[0] or ""
        notes.append(n)
        for k in cols.GOOGLE:
            c[k].append(row[k])
    labels = dict.fromkeys(cols.GOOGLE)
    labels.update({"Name": NAME, "Given Name": FIRST, "Additional Name": FIRST, "Family Name": LAST,
                   "Nickname": FIRST, "Birthday": DOB, "E-mail 1 - Value": EMAIL, "Phone 1 - Value": PHONE,
                   "Phone 2 - Value": PHONE, "Address 1 - Formatted": ADDR, "Address 1 - Street": STREET,
                   "Address 1 - City": CITY, "Address 1 - Postal Code": PC, "Relation 1 - Value": NAME})  # fmt: skip
    return finish(c, labels, "Notes", notes, fixed=cols.GOOGLE)


def npsp(t, rows, note):
    """A charity's Salesforce NPSP donor report (a row per gift: donors come back), report columns in the org's
    language: greetings (``Klaus``, ``Mr. Klaus Weber``), the household account (``Weber Household``), the gift's
    opportunity name carrying the donor's name and the gift date, the close date in the birth date's layout, the
    contact owner (a fundraiser: "don't care")."""
    rng = t.rng
    hl = cols.header_lang(t.lg)
    h = {k: cols.label(cols.NPSP, k, hl) for k in cols.NPSP}
    tel, mob = phone_writer(t), phone_writer(t)
    main = pick(t, ("num", "iso", "num_short"))
    dob = dob_writer(t, main)
    owners = [people.full(s, t.locale) for s in staff(t, 3)]
    household = {"de": "Haushalt", "fr": "Foyer", "es": "Hogar", "it": "Famiglia", "nl": "Huishouden"}.get(
        hl, "Household"
    )
    gift = {"de": "Spende", "fr": "Don", "es": "Donación", "it": "Donazione", "nl": "Gift"}.get(hl, "Donation")
    c = {v: [] for v in h.values()}
    notes = []
    for e in rows:
        p = e["p"]
        full = people.full(p, t.locale)
        close = language.event_date(rng, 4)
        c[h["id"]].append(ids.salesforce_id(rng))
        c[h["salutation"]].append(people.title(p, t.lg))
        c[h["first"]].append(part(t, p.first))
        c[h["last"]].append(part(t, p.last))
        pair = rng.random() < 0.2
        c[h["informal"]].append(f"{p.first} & {e['partner'].first}" if pair else p.first)
        c[h["formal"]].append(f"{people.title(p, t.lg)} {full}" if not pair else people.titled(p, t.lg))
        c[h["account"]].append(f"{p.last} {household}" if rng.random() < 0.85 else f"{full} {household}")
        c[h["street"]].append(e["street"])
        c[h["city"]].append(e["town"])
        c[h["zip"]].append(e["pc"])
        c[h["country"]].append(t.region)
        c[h["phone"]].append(tel(e["land"]) if e["land"] else "")
        c[h["mobile"]].append(blank(t, mob(e["mobile"]), 0.2))
        c[h["email"]].append(blank(t, e["email"], 0.15))
        c[h["dob"]].append(dob(e["dob"]) if rng.random() < 0.5 else "")
        c[h["opp"]].append(f"{full} {gift} {language.fmt_date(close, t.locale, main)}")
        c[h["amount"]].append(words.amount(rng, t.lg, 5, 500))
        c[h["close"]].append(language.fmt_date(close, t.locale, main))
        c[h["campaign"]].append(pick(t, words.CAMPAIGNS))
        c[h["stage"]].append(pick(t, words.STAGES))
        c[h["owner"]].append(pick(t, owners))
        notes.append(note(t, e))
        c[h["notes"]].append(notes[-1][0])
    by_key = {"id": None, "salutation": None, "first": FIRST, "last": LAST, "informal": FIRST, "formal": NAME,
              "account": ("name", "last_name"), "street": STREET, "city": CITY, "zip": PC, "country": None,
              "phone": PHONE, "mobile": PHONE, "email": EMAIL, "dob": DOB, "opp": NAME, "amount": None,
              "close": None, "campaign": None, "stage": None, "owner": "dont_care", "notes": None}  # fmt: skip
    return finish(c, {h[k]: v for k, v in by_key.items()}, h["notes"], notes)


def dental(t, rows, note):
    """A dental practice's patient list (headers in the practice's language): title, forename, surname and the name
    the patient is known by, the birth date in two layouts with the age beside it, the first address line with the
    house number first on some rows, home and mobile numbers, the national id where the country has one, the
    dentist (``Dr Weber``: "don't care"), last visit and recall dates in the birth date's layout, the balance."""
    rng = t.rng
    hl = cols.header_lang(t.lg)
    h = {k: cols.label(cols.DENTAL, k, hl) for k in cols.DENTAL}
    home, mob = phone_writer(t, "national"), phone_writer(t)
    main = pick(t, ("num", "num_slash_pad", "num_short"))
    dob = dob_writer(t, main)
    dentists = [people.titled(s, "en").replace(people.title(s, "en"), "Dr") for s in staff(t, 3)]
    c = {v: [] for v in h.values()}
    notes = []
    start = rng.randint(1000, 90000)
    for i, e in enumerate(rows):
        p = e["p"]
        age = (language.REFERENCE - e["dob"]).days // 365
        street = e["street"]
        if rng.random() < 0.2 and t.cased:
            street = places.number_first(street, t.lg, rng)
        c[h["id"]].append(str(start + i * rng.randint(1, 7)))
        c[h["title"]].append(people.title(p, t.lg))
        c[h["first"]].append(part(t, p.first))
        c[h["last"]].append(part(t, p.last))
        c[h["pref"]].append(p.nickname or (p.first if rng.random() < 0.2 else ""))
        c[h["dob"]].append(dob(e["dob"]))
        c[h["age"]].append(str(age))
        c[h["addr1"]].append(street)
        c[h["addr2"]].append(places.unit_line(t.lg, rng, people.full(e["partner"], t.locale), t.locale)
                             if rng.random() < 0.2 else "")  # fmt: skip
        c[h["town"]].append(e["town"])
        c[h["pc"]].append(e["pc"])
        c[h["home"]].append(home(e["land"]) if e["land"] else "")
        c[h["mobile"]].append(blank(t, mob(e["mobile"]), 0.1))
        c[h["email"]].append(blank(t, e["email"], 0.3))
        c[h["nid"]].append(blank(t, e["nid"], 0.3) if e["nid"] else "")
        c[h["dentist"]].append(pick(t, dentists))
        c[h["last_visit"]].append(language.fmt_date(language.event_date(rng, 2), t.locale, main))
        c[h["recall"]].append(language.fmt_date(language.event_date(rng, 0, 300), t.locale, main))
        c[h["balance"]].append(words.amount(rng, t.lg, 0, 400) if rng.random() < 0.3 else "0")
        c[h["plan"]].append(pick(t, words.PLANS))
        notes.append(note(t, e))
        c[h["alert"]].append(notes[-1][0])
    by_key = {"id": None, "title": None, "first": FIRST, "last": LAST, "pref": FIRST, "dob": DOB, "age": None,
              "addr1": STREET, "addr2": "dont_care", "town": CITY, "pc": PC, "home": PHONE, "mobile": PHONE,
              "email": EMAIL, "nid": NID, "dentist": "dont_care", "last_visit": None, "recall": None, "balance": None,
              "plan": None, "alert": None}  # fmt: skip
    return finish(c, {h[k]: v for k, v in by_key.items()}, h["alert"], notes)
