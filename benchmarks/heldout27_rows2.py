"""Held-out set 27: the KoboToolbox, home-care, TeamSnap and Moodle shapes, cell by cell, with labels.

As ``heldout27_rows`` (same return value).
"""

from __future__ import annotations

import datetime as dt

import heldout27_ids as ids
import heldout27_language as language
import heldout27_people as people
import heldout27_words as words
from heldout27_columns import (
    HOMECARE_GROUPS,
    HOMECARE_LAYOUT,
    KOBO_HEAD,
    KOBO_TAIL,
    MOODLE,
    MOODLE_DOB,
    MOODLE_LEVEL,
    TEAMSNAP,
    homecare_subrow,
    label,
)
from heldout27_rows import (
    ADDR,
    CITY,
    DOB,
    EMAIL,
    FIRST,
    LAST,
    NAME,
    NID,
    NO_NOTE,
    PC,
    PHONE,
    STREET,
    distinct,
    dob_writer,
    finish,
    full_name,
    given,
    part,
    phone_digits,
    phone_writer,
)

_KOBO_GROUP = ("hh/village", "hh/district", "hh/resp_name", "hh/resp_sex", "hh/resp_dob", "hh/resp_age",
               "hh/resp_phone", "hh/head_name", "hh/hh_size", "water/source", "water/water_gps",
               "water/_water_gps_latitude", "water/_water_gps_longitude", "water/_water_gps_altitude",
               "water/_water_gps_precision", "water/distance_min", "water/photo", "comments")  # fmt: skip


def kobo(t, rows, drawn):
    """An NGO's household water survey as KoboToolbox exports it (XML names with group paths, English whatever
    the country): the respondent, the head of household, the water point's GPS, Kobo's own ``_uuid``... columns;
    the district the team worked in is the branch."""
    rng = t.rng
    keys = (*KOBO_HEAD, *_KOBO_GROUP, *KOBO_TAIL)
    h = {k: k for k in keys}
    c = {k: [] for k in keys}
    phone = phone_writer(t, "digits")
    districts = sorted({e["town"] for e in rows})[:2]
    version = "v" + ids.uuid4(rng).replace("-", "")[:21]
    tz = rng.choice(("+03:00", "+01:00", "+00:00", "-05:00", "+06:00", "+02:00"))
    for i, e in enumerate(rows):
        day = language.event_date(rng, 1)
        start = dt.datetime(day.year, day.month, day.day, rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59))
        end = start + dt.timedelta(minutes=rng.randint(9, 55))
        lat, lon = words.coordinate(rng, t.centre)
        p = e["p"]
        age = (language.REFERENCE - e["dob"]).days // 365
        cell = {
            "start": start.isoformat(timespec="milliseconds") + tz, "end": end.isoformat(timespec="milliseconds") + tz,
            "today": f"{day:%Y-%m-%d}",
            "deviceid": ids.imei(rng) if rng.random() < 0.6 else f"collect:{ids.square_id(rng)[:16]}",
            "enumerator": rng.choice(words.STAFF), "consent": "yes",
            "hh/village": e["town"], "hh/district": districts[i % len(districts)],
            "hh/resp_name": full_name(t, p, ("natural", "natural", "upper", "lower")),
            "hh/resp_sex": "female" if p.female else "male",
            "hh/resp_dob": f"{e['dob']:%Y-%m-%d}" if rng.random() < 0.6 else "", "hh/resp_age": str(age),
            "hh/resp_phone": phone(e["mobile"]) if rng.random() < 0.8 else "",
            "hh/head_name": full_name(t, e["p2"], ("natural", "upper")) if rng.random() < 0.6 else "",
            "hh/hh_size": str(rng.randint(1, 12)), "water/source": rng.choice(words.WATER),
            "water/water_gps": f"{lat} {lon} {rng.randint(0, 900)}.0 {rng.randint(3, 25)}.0",
            "water/_water_gps_latitude": lat, "water/_water_gps_longitude": lon,
            "water/_water_gps_altitude": f"{rng.randint(0, 900)}.0",
            "water/_water_gps_precision": f"{rng.randint(3, 25)}.0",
            "water/distance_min": str(rng.randint(1, 90)),
            "water/photo": f"{rng.randint(1600000000000, 1790000000000)}.jpg",
            "comments": drawn[i][0] or "", "_id": str(rng.randint(300000000, 399999999)), "_uuid": ids.uuid4(rng),
            "_submission_time": (end + dt.timedelta(hours=rng.randint(1, 30))).strftime("%Y-%m-%dT%H:%M:%S"),
            "_validation_status": "", "_status": "submitted_via_web", "_submitted_by": "field_team_2",
            "__version__": version, "_tags": "", "_index": str(i + 1),
        }  # fmt: skip
        for k in keys:
            c[k].append(cell[k])
    labels = {"hh/village": CITY, "hh/resp_name": NAME, "hh/resp_dob": DOB, "hh/resp_phone": PHONE,
              "hh/head_name": NAME}  # fmt: skip
    return finish(h, c, labels, "comments", list(drawn), branch=("hh/district",), fixed=keys)


def homecare(t, rows, drawn):
    """A home-care service's client list kept in Excel, with a group row (Client, Address, Contact, Next of kin,
    Care) over the columns: pandas reads the group row as the header (``Unnamed: n`` under a merged cell) and the
    sub-labels as the first data row. Title in its own column, ``Surname, first name`` in one, a key-safe code with
    a postcode's digit count beside the address, the next of kin on the row."""
    rng, hl = t.rng, t.hl
    sub = homecare_subrow(hl)
    layout = [(g, [k for k in keys if k != "zip" or t.has_postcodes]) for g, keys in HOMECARE_LAYOUT]
    h, col = {}, 0  # no postcode column where the country writes none: the sheet never had one
    for group, keys in layout:
        for j, key in enumerate(keys):
            h[key] = label(HOMECARE_GROUPS, group, hl) if j == 0 else f"Unnamed: {col}"
            col += 1
    c = {k: [sub[k]] for k in h}
    row_notes = [NO_NOTE]
    phone, mobile, rel_phone = phone_writer(t), phone_writer(t, "national"), phone_writer(t)
    dob = dob_writer(t)
    clients, drawn = distinct(rows, drawn)
    for i, e in enumerate(clients):
        p, p2 = e["p"], e["p2"]
        name = f"{part(t, p.last)}, {part(t, given(t, p))}"
        cell = {
            "no": str(i + 1), "title": people.title(p, t.lg) if rng.random() < 0.9 else "", "name": name,
            "dob": dob(e["dob"]), "street": e["street"], "zip": e["postcode"], "town": e["town"],
            "keysafe": words.key_safe(rng, t.pc_width) if rng.random() < 0.6 else "",
            "phone": phone(e["land"]), "mobile": mobile(e["mobile"]) if rng.random() < 0.5 else "",
            "rel_name": full_name(t, p2, ("natural", "natural", "titled", "initial")) if rng.random() < 0.85 else "",
            "rel_kind": words.relation(rng, p2.female, hl), "rel_phone": rel_phone(e["phone2"]),
            "level": words.choose(rng, words.LEVELS, hl), "insurer": words.choose(rng, words.FUNDERS, hl),
            "remarks": drawn[i][0] or "",
        }  # fmt: skip
        for k in h:
            c[k].append(cell[k])
        row_notes.append(drawn[i])
    labels = {"name": NAME, "dob": DOB, "street": STREET, "zip": PC, "town": CITY, "phone": PHONE, "mobile": PHONE,
              "rel_name": NAME, "rel_phone": PHONE}  # fmt: skip
    return finish(h, c, labels, "remarks", row_notes, lead=1)


def teamsnap(t, rows, drawn):
    """A youth football team's TeamSnap roster (English headers): the players (children: given name, surname,
    birth date), their household's address and numbers, two contacts, a league member number with a phone's
    digit count beside the phones. Small: one team."""
    rng = t.rng
    h = dict(zip(TEAMSNAP, TEAMSNAP, strict=True))
    c = {k: [] for k in h}
    p1, p2w, cphone, c2phone = phone_writer(t), phone_writer(t), phone_writer(t), phone_writer(t)
    bdate = dob_writer(t, "num")
    digits = phone_digits(t)
    seen, drawn = distinct(rows, drawn)
    row_notes = []
    for i, e in enumerate(seen):
        child, p, p2 = e["child"], e["p"], e["p2"]
        number = rng.sample(range(1, 40), 1)[0]
        cell = {
            "First Name": part(t, child.first), "Last Name": part(t, p.last), "Jersey Number": str(number),
            "Position": rng.choice(words.POSITIONS), "Birthdate": bdate(e["cdob"]),
            "Gender": "Female" if child.female else "Male", "Non-Player": "FALSE",
            "Address": e["street"], "City": e["town"], "State": "", "Zip": e["postcode"],
            "Email Address 1": e["email"], "Phone 1": p1(e["mobile"]),
            "Phone 1 Label": rng.choice(("Mom Cell" if p.female else "Dad Cell", "Mobile")),
            "Phone 2": p2w(e["land"]), "Phone 2 Label": "Home" if e["land"] else "",
            "Contact 1 First": part(t, p.first), "Contact 1 Last": part(t, p.last),
            "Contact 1 Relationship": ("Mother" if p.female else "Father") if rng.random() < 0.85 else "Guardian",
            "Contact 1 Email 1": e["email"],
            "Contact 1 Phone 1": cphone(e["mobile"]),
            "Contact 2 First": p2.first if rng.random() < 0.5 else "", "Contact 2 Last": p2.last,
            "Contact 2 Phone 1": c2phone(e["phone2"]), "Member Number": ids.digits_like_phone(rng, digits),
            "Shirt Size": rng.choice(words.SHIRTS), "Notes": drawn[i][0] or "",
        }  # fmt: skip
        if not cell["Contact 2 First"]:
            cell["Contact 2 Last"] = cell["Contact 2 Phone 1"] = ""
        for k in h:
            c[k].append(cell[k])
        row_notes.append(drawn[i])
    order = ["First Name", "Last Name", "Jersey Number", "Position", "Birthdate", "Gender", "Non-Player", "Address",
             "City", "State", "Zip", "Email Address 1", "Phone 1", "Phone 1 Label", "Phone 2", "Phone 2 Label",
             "Member Number", "Contact 1 First", "Contact 1 Last", "Contact 1 Relationship", "Contact 1 Email 1",
             "Contact 1 Phone 1", "Contact 2 First", "Contact 2 Last", "Contact 2 Phone 1", "Shirt Size",
             "Notes"]  # fmt: skip
    h = {k: k for k in order}
    labels = {"First Name": FIRST, "Last Name": LAST, "Birthdate": DOB, "Address": ADDR, "City": CITY, "Zip": PC,
              "Email Address 1": EMAIL, "Phone 1": PHONE, "Phone 2": PHONE, "Contact 1 First": FIRST,
              "Contact 1 Last": LAST, "Contact 1 Email 1": EMAIL, "Contact 1 Phone 1": PHONE,
              "Contact 2 First": FIRST, "Contact 2 Last": LAST, "Contact 2 Phone 1": PHONE}  # fmt: skip
    return finish(h, c, labels, "Notes", row_notes)


def moodle(t, rows, drawn):
    """A language school's Moodle user download (Bulk user actions -> Download, CSV): Moodle's own field names,
    custom profile fields named by the school in its language, ``idnumber`` a national id at some schools and the
    school's own number at others, the teacher's note as HTML in ``description``."""
    rng, hl = t.rng, t.hl
    keys = [*MOODLE, "dob", "level"]
    h = {k: k for k in MOODLE} | {"dob": MOODLE_DOB[hl], "level": MOODLE_LEVEL[hl]}
    c = {k: [] for k in keys}
    p1, p2 = phone_writer(t), phone_writer(t, "e164")
    dob = dob_writer(t)
    national = rng.random() < 0.4 and any(e["nid"] for e in rows)
    seen, drawn = distinct(rows, drawn)
    row_notes = []
    for i, e in enumerate(seen):
        p = e["p"]
        user = people.ascii_text(f"{p.first[0]}{p.last.split()[0]}").lower().replace("'", "").replace("-", "")
        note = drawn[i]
        cell = {
            "id": str(200 + i), "username": f"{user}{rng.randint(1, 9) if rng.random() < 0.2 else ''}",
            "email": e["email"], "firstname": part(t, given(t, p)), "lastname": part(t, p.last),
            "idnumber": (e["nid"] or "") if national else f"TN-{2022 + i % 4}-{rng.randint(100, 999)}",
            "institution": rng.choice(words.FIRMS) if rng.random() < 0.4 else "",
            "department": rng.choice(words.COURSES), "phone1": p1(e["land"]), "phone2": p2(e["mobile"]),
            "address": e["street"] if rng.random() < 0.7 else "", "city": e["town"], "country": t.reg,
            "lang": t.lg if t.lg in ("de", "fr", "es", "it", "nl", "pt", "sv") else "en", "auth": "manual",
            "suspended": "1" if rng.random() < 0.1 else "0", "description": note[0] or "",
            "dob": dob(e["dob"]) if rng.random() < 0.7 else "", "level": rng.choice(words.LEVELS_CEFR),
        }  # fmt: skip
        for k in keys:
            c[k].append(cell[k])
        row_notes.append(note)
    labels = {"username": "dont_care", "email": EMAIL, "firstname": FIRST, "lastname": LAST,
              "idnumber": NID if national else None, "phone1": PHONE, "phone2": PHONE, "address": STREET,
              "city": CITY, "dob": DOB}  # fmt: skip
    return finish(h, c, labels, "description", row_notes, fixed=tuple(MOODLE))
