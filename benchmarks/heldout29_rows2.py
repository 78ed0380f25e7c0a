"""Held-out set 29: the pharmacy dispensing log, Opera PMS profile, courier manifest and ferry manifest shapes, cell
by cell, with labels.

As ``heldout29_rows`` (same return value).
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
    LAST,
    NAME,
    NAME_PHONE,
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

_SELF = {"de": "selbst", "fr": "lui-même", "es": "el paciente", "it": "paziente", "nl": "zelf", "pt": "o próprio",
         "ca": "el pacient", "hu": "saját", "rm": "sez"}  # fmt: skip


def pharmacy(t, rows, note):
    """A pharmacy's dispensing log (a row per item: patients come back), headers in the language: the patient as
    ``WEBER, Klaus`` or ``Weber K`` or in full, the birth date, the whole address in one cell, a prescription number
    with a phone's digit count, the medicine and batch, the prescriber (``Dr Weber``: "don't care"), who collected
    (the patient themself as a word, or a relative's name) and the pharmacist's initials."""
    rng = t.rng
    hl = cols.header_lang(t.lg)
    h = {k: cols.label(cols.PHARMACY, k, hl) for k in cols.PHARMACY}
    tel = phone_writer(t)
    main = pick(t, ("num", "num_slash_pad", "iso"))
    dob = dob_writer(t, main)
    prescribers = [f"Dr {s.last}" for s in staff(t, 4)]
    width = len(str(rng.choice([r["mobile"] for r in rows]).national_number))
    rx = int(ids.rx_number(rng, width))
    checkers = [words.pharmacist(rng) for _ in range(3)]
    self_word = _SELF.get(t.lg, "Self")
    c = {v: [] for v in h.values()}
    notes = []
    for e in rows:
        p = e["p"]
        drug, strength = pick(t, words.DRUGS)
        form = pick(t, ("comma_upper", "comma", "short", "natural"))
        if form == "comma_upper" and t.cased:
            patient = f"{p.last.upper()}, {p.first}"
        elif form == "short":
            patient = f"{p.last} {p.first[0]}"
        elif form == "comma":
            patient = people.written(p, t.locale, "comma", t.lg)
        else:
            patient = people.full(p, t.locale)
        rx += rng.randint(1, 40)
        c[h["date"]].append(language.fmt_date(language.event_date(rng, 1), t.locale, main))
        c[h["rx"]].append(str(rx))
        c[h["patient"]].append(patient)
        c[h["dob"]].append(dob(e["dob"]))
        c[h["address"]].append(places.whole_address(t.locale, e["street"], e["pc"], e["town"], rng))
        c[h["phone"]].append(blank(t, tel(e["mobile"] if rng.random() < 0.7 or not e["land"] else e["land"]), 0.1))
        c[h["drug"]].append(f"{drug} {strength}")
        c[h["qty"]].append(str(rng.choice((28, 30, 56, 84, 1, 2))))
        c[h["prescriber"]].append(pick(t, prescribers))
        c[h["batch"]].append(ids.batch(rng))
        r = rng.random()
        collected = self_word if r < 0.5 else people.full(e["partner"], t.locale) if r < 0.85 else e["partner"].first
        c[h["collected"]].append(collected.lower() if t.cased and rng.random() < 0.2 else collected)
        c[h["checked"]].append(pick(t, checkers))
        notes.append(note(t, e))
        c[h["notes"]].append(notes[-1][0])
    by_key = {"date": None, "rx": None, "patient": NAME, "dob": DOB, "address": ADDR, "phone": PHONE, "drug": None,
              "qty": None, "prescriber": "dont_care", "batch": None, "collected": NAME, "checked": None,
              "notes": None}  # fmt: skip
    return finish(c, {h[k]: v for k, v in by_key.items()}, h["notes"], notes)


def opera(t, rows, note):
    """A hotel's Opera PMS profile export (Oracle column names in capitals): ``LAST`` often in capitals, the birth
    date as Oracle prints it (``05-MAR-56``) and the last stay in the same layout, the passport number, a
    membership number with a phone's digit count, companies named after a family, VIP codes and room preferences."""
    rng = t.rng
    tel = phone_writer(t, "international")
    width = len(str(rows[0]["mobile"].national_number))
    c = {k: [] for k in cols.OPERA}
    notes = []
    start = rng.randint(100000, 900000)
    upper_last = rng.random() < 0.6 and t.cased
    for i, e in enumerate(rows):
        p = e["p"]
        c["NAME_ID"].append(str(start + i * rng.randint(1, 9)))
        c["TITLE"].append(people.title(p, t.lg))
        c["LAST"].append(p.last.upper() if upper_last and rng.random() < 0.85 else part(t, p.last))
        c["FIRST"].append(part(t, p.first))
        c["MIDDLE"].append(p.middle)
        c["LANGUAGE"].append(t.lg.upper()[:1])
        c["NATIONALITY"].append(t.region if rng.random() < 0.85 else pick(t, ("DE", "GB", "US", "FR", "IT")))
        c["BIRTH_DATE"].append(language.oracle_date(e["dob"]) if rng.random() < 0.6 else "")
        c["PASSPORT"].append(ids.passport(rng) if rng.random() < 0.5 else "")
        c["ADDRESS1"].append(e["street"])
        c["ADDRESS2"].append(places.unit_line(t.lg, rng, people.full(e["partner"], t.locale), t.locale)
                             if rng.random() < 0.12 else "")  # fmt: skip
        c["CITY"].append(e["town"].upper() if rng.random() < 0.3 and t.cased else e["town"])
        c["ZIP_CODE"].append(e["pc"])
        c["COUNTRY"].append(t.region)
        mobile = e["land"] is None or rng.random() < 0.7
        c["PHONE_NO"].append(blank(t, tel(e["mobile"] if mobile else e["land"]), 0.15))
        c["PHONE_TYPE"].append("MOBILE" if mobile else "HOME")
        c["EMAIL"].append(blank(t, e["email"], 0.2))
        member = rng.random() < 0.4
        c["MEMBERSHIP_NO"].append(ids.digits_like_phone(rng, width) if member else "")
        c["MEMBERSHIP_LEVEL"].append(pick(t, words.LEVELS) if member else "")
        c["VIP_CODE"].append(pick(t, words.VIP))
        c["COMPANY"].append(words.company(people.person(t.locale, rng, t.names).last, t.lg, rng)
                            if rng.random() < 0.2 else "")  # fmt: skip
        c["LAST_STAY"].append(language.oracle_date(language.event_date(rng, 5)))
        c["STAYS"].append(str(rng.choice((1, 1, 1, 2, 3, 5, 12))))
        c["ROOM_PREF"].append(pick(t, words.ROOM_PREF) if rng.random() < 0.4 else "")
        notes.append(note(t, e))
        c["COMMENTS"].append(notes[-1][0])
    labels = {"NAME_ID": None, "TITLE": None, "LAST": LAST, "FIRST": FIRST, "MIDDLE": FIRST, "LANGUAGE": None,
              "NATIONALITY": None, "BIRTH_DATE": DOB, "PASSPORT": NID, "ADDRESS1": STREET, "ADDRESS2": "dont_care",
              "CITY": CITY, "ZIP_CODE": PC, "COUNTRY": None, "PHONE_NO": PHONE, "PHONE_TYPE": None, "EMAIL": EMAIL,
              "MEMBERSHIP_NO": None, "MEMBERSHIP_LEVEL": None, "VIP_CODE": None, "COMPANY": None,
              "LAST_STAY": None, "STAYS": None, "ROOM_PREF": None, "COMMENTS": None}  # fmt: skip
    return finish(c, labels, "COMMENTS", notes)


def courier(t, rows, note):
    """A courier's delivery manifest (headers in the language; a consignee may get several parcels): the consignee
    in full, in capitals or as ``c/o``, the receiver's phone, the route and driver (first names: a category), the
    depot's town ("don't care" hidden), who signed on the handheld (a surname, often lower case) and the time."""
    rng = t.rng
    hl = cols.header_lang(t.lg)
    h = {k: cols.label(cols.COURIER, k, hl) for k in cols.COURIER}
    tel = phone_writer(t)
    drivers = [s.first for s in staff(t, 4)]
    depot = rng.choice([places.place(t.locale, rng, t.addresses)[2] for _ in range(3)])
    prefix = pick(t, words.CARRIER_PREFIX)
    c = {v: [] for v in h.values()}
    notes = []
    for e in rows:
        p = e["p"]
        c[h["cons"]].append(ids.consignment(rng, prefix))
        c[h["consignee"]].append(name_cell(t, p, ("natural", "natural", "upper", "upper", "comma", "initial")))
        c[h["addr1"]].append(e["street"].upper() if rng.random() < 0.3 and t.cased else e["street"])
        c[h["addr2"]].append(f"c/o {people.full(e['partner'], t.locale)}" if rng.random() < 0.1 else "")
        c[h["town"]].append(e["town"])
        c[h["pc"]].append(e["pc"])
        c[h["tel"]].append(blank(t, tel(e["mobile"]), 0.2))
        c[h["pcs"]].append(str(rng.choice((1, 1, 1, 2, 3))))
        c[h["kg"]].append(words.amount(rng, t.lg, 0, 30))
        c[h["service"]].append(pick(t, words.SERVICES))
        c[h["route"]].append(f"R{rng.randint(1, 40):02d}")
        c[h["driver"]].append(pick(t, drivers))
        c[h["depot"]].append(depot)
        delivered = rng.random() < 0.8
        signer = p.last if rng.random() < 0.7 else e["partner"].last
        c[h["signed"]].append((signer.lower() if rng.random() < 0.5 and t.cased else signer) if delivered else "")
        c[h["pod"]].append(f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}" if delivered else "")
        notes.append(note(t, e))
        c[h["notes"]].append(notes[-1][0])
    by_key = {"cons": None, "consignee": NAME, "addr1": STREET, "addr2": "dont_care", "town": CITY, "pc": PC,
              "tel": PHONE, "pcs": None, "kg": None, "service": None, "route": None, "driver": None, "depot": None,
              "signed": LAST, "pod": None, "notes": None}  # fmt: skip
    return finish(c, {h[k]: v for k, v in by_key.items()}, h["notes"], notes, branch=(h["depot"],))


def ferry(t, rows, note):
    """A ferry's passenger manifest (a row per passenger; families share a booking and a surname): surname and
    forename in capitals, the birth date as travel documents write it (``05MAR1956``) or ``05/03/1956``, the
    sailing in the same layout, the document number, the lead passenger as airline systems write a name
    (``WEBER/KLAUS MR``), the emergency contact's name and number in one cell."""
    rng = t.rng
    tel = phone_writer(t, "international")
    apis = rng.random() < 0.6
    route = pick(t, words.ROUTES)
    c = {k: [] for k in cols.FERRY}
    notes = []
    booking, lead, left = "", None, 0
    for e in rows:
        p = e["p"]
        if left <= 0:
            booking, lead, left = ids.booking_ref(rng), e, rng.choice((1, 1, 2, 2, 3, 4))
            family, sail = p.last, language.event_date(rng, 0, 120)
        left -= 1
        last = family if lead is not e and rng.random() < 0.7 else p.last
        up = (lambda s: s.upper()) if t.cased else (lambda s: s)
        c["Booking Ref"].append(booking)
        c["Sailing"].append(f"{language.apis_date(sail) if apis else sail.strftime('%d/%m/%Y')} {route}")
        c["Surname"].append(up(last))
        c["Forename"].append(up(p.first))
        c["Sex"].append("F" if p.female else "M")
        c["Date of Birth"].append(language.apis_date(e["dob"]) if apis else e["dob"].strftime("%d/%m/%Y"))
        c["Nationality"].append(t.region)
        c["Doc Type"].append(pick(t, words.DOC_TYPES))
        c["Doc Number"].append(blank(t, e["nid"] if e["nid"] and rng.random() < 0.3 else ids.passport(rng), 0.1))
        c["Vehicle Reg"].append(ids.plate(t.region, rng) if lead is e and rng.random() < 0.5 else "")
        c["Cabin"].append(ids.cabin(rng) if rng.random() < 0.6 else "")
        lp = lead["p"]
        title = "MRS" if lp.female else "MR"
        c["Lead Passenger"].append(f"{up(people.ascii_text(lp.last))}/{up(people.ascii_text(lp.first))} {title}")
        contact = e["partner"]
        c["Emergency Contact"].append(f"{people.full(contact, t.locale)} {tel(e['partner_mobile'])}"
                                      if rng.random() < 0.7 else "")  # fmt: skip
        notes.append(note(t, e) if rng.random() < 0.6 else (None, [], "", ""))
        c["Special Assistance"].append(notes[-1][0])
    labels = {"Booking Ref": None, "Sailing": None, "Surname": LAST, "Forename": FIRST, "Sex": None,
              "Date of Birth": DOB, "Nationality": None, "Doc Type": None, "Doc Number": NID, "Vehicle Reg": None,
              "Cabin": None, "Lead Passenger": NAME, "Emergency Contact": NAME_PHONE,
              "Special Assistance": None}  # fmt: skip
    return finish(c, labels, "Special Assistance", notes)
