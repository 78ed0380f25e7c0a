"""Held-out set 26: the columns of the Qualtrics, Xero, Mindbody and school-MIS shapes, cell by cell, with labels.

Each ``<shape>(t, rows, notes)`` returns ``(columns, labels, notes_header, branch, lead)``: ``columns`` header ->
cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's header, the
branch-town columns, and ``lead``: how many first rows are no records (Qualtrics writes its question texts and
import ids under the header). ``t`` is the table context (``heldout26_shapes.context``), ``rows`` the pool entry of
each row (a person may come back), ``notes`` each row's note text or None.
"""

from __future__ import annotations

import heldout26_columns as columns
import heldout26_ids as ids
import heldout26_language as language
import heldout26_lookalikes as looks
import heldout26_people as people
import heldout26_places as places

FIRST, LAST, NAME = ("first_name", "name"), ("last_name", "name"), ("name",)
PHONE, EMAIL, DOB = ("phone_number",), ("email",), ("date_of_birth",)
STREET, ADDR, CITY, PC = ("street_address", "address"), ("address", "street_address"), ("city",), ("postcode",)
IBAN, NID, CARD = ("iban",), ("national_id", "ssn", "tax_id"), ("credit_debit_card",)


def pick(t, options, weights=None):
    return t.rng.choices(options, weights=weights)[0] if weights else t.rng.choice(options)


def phone(t, n, mix) -> str | None:
    """A phone cell in one of the column's layouts (None when the person gave no such number)."""
    if n is None:
        return None
    return ids.write_phone(n, pick(t, *mix))


def dob(t, d, mix) -> str:
    """A birth-date cell in one of the column's layouts."""
    return language.fmt_date(d, t.locale, pick(t, *mix))


def full_name(t, p, forms=("natural", "natural", "natural", "comma", "initial", "nick", "upper", "lower")) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    return people.written(p, t.locale, pick(t, forms), t.lang)


def part(t, text: str) -> str:
    """A first or last name typed in mixed case."""
    return people.case_cell(text, t.rng)


def given(p) -> str:
    """The given name as a form's first-name box holds it (a middle name sometimes typed in)."""
    return f"{p.first} {p.middle}" if p.middle else p.first


def finish(h, c, labels, notes_key, branch=(), lead=0, fixed=()):
    """Columns and labels by header; a column every record left empty is dropped unless the system always writes
    it (``fixed``)."""
    out, lab = {}, {}
    for key, header in h.items():
        cells = c[key]
        if key not in fixed and all(v in (None, "") for v in cells[lead:]):
            continue
        out[header] = cells
        # A column the system writes but every record left empty holds nobody's data.
        if key == notes_key:  # the notes column is scored as free text, not as a labelled column
            continue
        empty = all(v in (None, "") for v in cells[lead:])
        lab[header] = None if empty else labels.get(key)
    return out, lab, h[notes_key], tuple(h[k] for k in branch if h[k] in out), lead


def qualtrics(t, rows, notes):
    """A physiotherapy clinic's patient survey, Qualtrics' legacy CSV as read by pandas: the ``Q`` ids as headers,
    then the question texts and the ``{"ImportId":...}`` row as the first two data rows."""
    lg = t.hlg
    qs = list(columns.QUALTRICS_QS)
    town_q = not places.has_postcodes(t.locale)
    keys = list(columns.QUALTRICS_FIXED) + qs
    h = {k: k for k in keys}
    text = dict(zip(columns.QUALTRICS_FIXED, columns.QUALTRICS_FIXED_TEXT, strict=True))
    for q in qs:
        text[q] = columns.label(columns.QUALTRICS_QUESTIONS, "Q7_town" if q == "Q7" and town_q else q, lg)
    import_ids = {k: columns.import_id(k) for k in keys}
    c = {k: [text[k], import_ids[k]] for k in keys}
    mix, dmix = ids.phone_mix(t.rng), language.dob_mix(t.rng, "num")
    channel = pick(t, ("email", "anonymous"))
    for e, note in zip(rows, notes, strict=True):
        start = language.event_date(t.rng, 2)
        secs = t.rng.randint(40, 900)
        by_mail = channel == "email" or t.rng.random() < 0.2
        callback = note is not None or t.rng.random() < 0.35
        lat, lon = looks.coordinate(t.rng, t.centre)
        row = {
            "StartDate": f"{start} {t.rng.randint(7, 21):02d}:{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}",
            "EndDate": f"{start} {t.rng.randint(7, 21):02d}:{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}",
            "Status": "IP Address", "IPAddress": "", "Progress": "100", "Duration (in seconds)": str(secs),
            "Finished": "True", "RecordedDate": f"{start} 22:{t.rng.randint(0, 59):02d}:00",
            "ResponseId": looks.response_id(t.rng),
            "RecipientLastName": part(t, e["p"].last) if by_mail else "",
            "RecipientFirstName": part(t, given(e["p"])) if by_mail else "",
            "RecipientEmail": e["email"] if by_mail else "",
            "ExternalReference": e["account"] if by_mail else "",
            "LocationLatitude": lat, "LocationLongitude": lon,
            "DistributionChannel": "email" if by_mail else "anonymous",
            "UserLanguage": t.lang.upper()[:2] if lg != "en" else "EN",
            "Q1": str(t.rng.randint(3, 10)), "Q2": pick(t, looks.STAFF[:4]), "Q3": note or "",
            "Q4": full_name(t, e["p"], ("natural", "natural", "lower", "upper", "comma")) if callback else "",
            "Q5": phone(t, e["mob"], mix) if callback else "",
            "Q6_1": dob(t, e["dob"], dmix) if callback and t.rng.random() < 0.8 else "",
            "Q7": (e["town"] if town_q else e["postcode"]) if t.rng.random() < 0.85 else "",
        }  # fmt: skip
        for k in keys:
            c[k].append(row[k])
    labels = {"RecipientLastName": LAST, "RecipientFirstName": FIRST, "RecipientEmail": EMAIL, "Q4": NAME,
              "Q5": PHONE, "Q6_1": DOB, "Q7": CITY if town_q else PC}  # fmt: skip
    return finish(h, c, labels, "Q3", lead=2, fixed=tuple(columns.QUALTRICS_FIXED))


def xero(t, rows, notes):
    """A holiday-cottage cleaner's Xero contacts export (English field names in every country; ``*`` marks the
    required one), the owners' postal address over four lines, the cottage as a tracking option and the cleaner's
    own ``Notes`` column added in the spreadsheet."""
    h = {k: k for k in columns.XERO}
    c = {k: [] for k in columns.XERO}
    mix, mmix = ids.phone_mix(t.rng), ids.phone_mix(t.rng)
    for e, note in zip(rows, notes, strict=True):
        p, p2 = e["p"], e["p2"]
        couple = t.rng.random() < 0.15
        contact = (f"{people.title(p, t.lang)} & {people.title(p2, t.lang)} {p.last}" if couple
                   else full_name(t, p, ("natural", "natural", "comma", "upper", "initial")))  # fmt: skip
        has_unit = t.rng.random() < 0.35
        line1, line2 = (e["unit"], e["street"]) if has_unit else (e["street"], "")
        row = {
            "*ContactName": contact, "AccountNumber": e["account"], "EmailAddress": e["email"],
            "FirstName": part(t, given(p)), "LastName": part(t, p.last),
            "POAttentionTo": people.full(p2, t.locale) if t.rng.random() < 0.12 else "",
            "POAddressLine1": line1, "POAddressLine2": line2,
            "POAddressLine3": e["locality"] if t.rng.random() < 0.2 else "", "POAddressLine4": "",
            "POCity": e["town"], "PORegion": "", "POPostalCode": e["postcode"], "POCountry": t.country,
            "SAAddressLine1": e["cottage_street"] if t.rng.random() < 0.5 else "",
            "SAAddressLine2": "", "SACity": "", "SAPostalCode": "",
            "PhoneNumber": (ids.with_extension(phone(t, e["land"], mix), "en", t.rng) if e["land"] and
                            t.rng.random() < 0.15 else phone(t, e["land"], mix) if t.rng.random() < 0.6 else ""),
            "FaxNumber": "", "MobileNumber": phone(t, e["mob"], mmix), "DDINumber": "",
            "SkypeName": looks.skype(t.rng) if t.rng.random() < 0.07 else "",
            "BankAccountName": full_name(t, p, ("upper", "natural")) if e["iban"] and t.rng.random() < 0.4 else "",
            "BankAccountNumber": "", "TaxNumber": "",
            "SalesTrackingOption1": e["cottage"], "Notes": note or "",
        }  # fmt: skip
        if row["BankAccountName"]:
            row["BankAccountNumber"] = e["iban"]
        for k in columns.XERO:
            c[k].append(row[k])
    labels = {"*ContactName": NAME, "AccountNumber": None, "EmailAddress": EMAIL, "FirstName": FIRST,
              "LastName": LAST, "POAttentionTo": NAME, "POAddressLine1": STREET, "POAddressLine2": "dont_care",
              "POAddressLine3": "dont_care", "POCity": CITY, "POPostalCode": PC, "POCountry": None,
              "SAAddressLine1": STREET, "PhoneNumber": PHONE, "MobileNumber": PHONE, "SkypeName": None,
              "BankAccountName": NAME, "BankAccountNumber": IBAN, "SalesTrackingOption1": None}  # fmt: skip
    fixed = ("*ContactName", "EmailAddress", "FirstName", "LastName", "POAddressLine1", "POAddressLine2",
             "POAddressLine3", "POAddressLine4", "POCity", "PORegion", "POPostalCode", "POCountry", "PhoneNumber",
             "MobileNumber", "AccountNumber", "Notes")  # fmt: skip
    return finish(h, c, labels, "Notes", fixed=fixed)


def mindbody(t, rows, notes):
    """A yoga studio's Mindbody client report (English field names): cell, home and work phones (the work number
    with an extension), a barcode beside them, the emergency contact on the same row, the home studio's town."""
    h = {k: k for k in columns.MINDBODY}
    c = {k: [] for k in columns.MINDBODY}
    cmix, hmix, wmix, emix = (ids.phone_mix(t.rng) for _ in range(4))
    dmix = language.dob_mix(t.rng)
    studios = t.branches
    for e, note in zip(rows, notes, strict=True):
        p, p2 = e["p"], e["p2"]
        referred = ""
        if t.rng.random() < 0.45:
            referred = (people.full(e["friend"], t.locale) if t.rng.random() < 0.5
                        else pick(t, looks.REFERRAL_SOURCES))  # fmt: skip
        row = {
            "Client ID": e["client_id"], "Last Name": part(t, p.last), "First Name": part(t, p.first),
            "Preferred Name": p.nickname or (p.first if t.rng.random() < 0.1 else ""),
            "Email": e["email"], "Cell Phone": phone(t, e["mob"], cmix),
            "Home Phone": phone(t, e["land"], hmix) if t.rng.random() < 0.3 else "",
            "Work Phone": (ids.with_extension(phone(t, e["work"], wmix), "en", t.rng) if t.rng.random() < 0.25
                           else ""),
            "Barcode ID": e["barcode"], "Birth Date": dob(t, e["dob"], dmix) if t.rng.random() < 0.85 else "",
            "Gender": "Female" if p.female else "Male", "Address": e["street"], "City": e["town"],
            "State": e["state"], "Postal Code": e["postcode"], "Door PIN": e["pin"], "Referred By": referred,
            "Emergency Contact Info Name": people.full(p2, t.locale) if t.rng.random() < 0.7 else "",
            "Emergency Contact Info Phone": "", "Emergency Contact Info Relationship": "",
            "Home Location": pick(t, studios), "Creation Date": language.fmt_date(language.event_date(t.rng),
                                                                                 t.locale, dmix[0][0]),
            "Client Indexes": pick(t, looks.INDEXES), "Client Notes": note or "",
        }  # fmt: skip
        if row["Emergency Contact Info Name"]:
            row["Emergency Contact Info Phone"] = phone(t, e["p2_mob"], emix)
            row["Emergency Contact Info Relationship"] = pick(t, looks.EMERGENCY_RELATIONS)
        for k in columns.MINDBODY:
            c[k].append(row[k])
    labels = {"Client ID": None, "Last Name": LAST, "First Name": FIRST, "Preferred Name": FIRST, "Email": EMAIL,
              "Cell Phone": PHONE, "Home Phone": PHONE, "Work Phone": PHONE, "Barcode ID": None, "Birth Date": DOB,
              "Gender": None, "Address": STREET, "City": CITY, "State": None, "Postal Code": PC, "Door PIN": None,
              "Referred By": NAME, "Emergency Contact Info Name": NAME, "Emergency Contact Info Phone": PHONE,
              "Emergency Contact Info Relationship": None, "Home Location": None, "Creation Date": None,
              "Client Indexes": None}  # fmt: skip
    return finish(h, c, labels, "Client Notes", branch=("Home Location",))


def school(t, rows, notes):
    """A school information system's pupil export with two contacts per pupil (SIMS-style in English, the local
    system's labels elsewhere): the pupil, then each contact's name, relation and numbers."""
    lg = t.hlg
    keys = list(columns.SCHOOL)
    h = {k: columns.label(columns.SCHOOL, k, lg) for k in keys}
    c = {k: [] for k in keys}
    mix, mix2 = ids.phone_mix(t.rng), ids.phone_mix(t.rng)
    dmix = language.dob_mix(t.rng, pick(t, ("num", "iso")))
    for e, note in zip(rows, notes, strict=True):
        kid, p, p2 = e["child"], e["p"], e["p2"]
        c1 = (f"{people.title(p, t.lang)} {p.first[0]}. {p.last}" if t.rng.random() < 0.3
              else full_name(t, p, ("natural", "natural", "comma", "upper")))  # fmt: skip
        has_unit = t.rng.random() < 0.25
        row = {
            "adm": e["adm"], "last": part(t, kid.last), "first": part(t, given(kid)),
            "pref": kid.nickname or "", "dob": dob(t, e["cdob"], dmix), "gender": "F" if kid.female else "M",
            "reg": e["reg"], "addr1": e["street"], "addr2": e["unit"] if has_unit else "", "town": e["town"],
            "pc": e["postcode"], "c1": c1, "c1rel": looks.relation(t.rng, p.female, lg) if t.rng.random() < 0.9 else "",
            "c1tel": phone(t, e["mob"], mix), "c1mail": e["email"],
            "c2": people.full(p2, t.locale) if t.rng.random() < 0.6 else "", "c2tel": "", "notes": note or "",
        }  # fmt: skip
        if row["c2"]:
            row["c2tel"] = phone(t, e["p2_mob"], mix2)
        for k in keys:
            c[k].append(row[k])
    labels = {"adm": None, "last": LAST, "first": FIRST, "pref": FIRST, "dob": DOB, "gender": None, "reg": None,
              "addr1": STREET, "addr2": "dont_care", "town": CITY, "pc": PC, "c1": NAME, "c1rel": None,
              "c1tel": PHONE, "c1mail": EMAIL, "c2": NAME, "c2tel": PHONE}  # fmt: skip
    return finish(h, c, labels, "notes")
