"""Held-out set 25: the columns of the QuickBooks, Access, merged-header Excel and Zendesk shapes, cell by cell.

As ``heldout25_rows`` (same return value). The merged-header sheet is the frame pandas reads from an Excel sheet
whose first row holds group labels merged over several columns: the group label names its first column,
``Unnamed: N`` the others, and the sheet's second header row (the sub-labels) is the frame's first row; the
sheet ends with a total row.
"""

from __future__ import annotations

import heldout25_columns as cols
import heldout25_ids as ids
import heldout25_language as language
import heldout25_lookalikes as look
import heldout25_people as people
from heldout25_rows import (
    ADDR,
    CITY,
    DOB,
    EMAIL,
    FIRST,
    IBAN,
    LAST,
    NAME,
    PC,
    PHONE,
    STREET,
    _finish,
    _pick,
    dob,
    full_name,
    part,
    phone,
    place_line,
)


def quickbooks(t, rows, notes):
    lg = "fr" if t.lg == "fr" else "en"
    h = cols.headers(cols.QUICKBOOKS, lg, cols.QUICKBOOKS_KEYS)
    h["branch"] = "Emplacement" if lg == "fr" else "Location"
    words = cols.QB_PHONE_WORDS[lg]
    hm, pm = ids.phone_mix(t.rng, "national"), ids.phone_mix(t.rng, "national")
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        p = e["p"]
        x = t.rng.random()
        if t.script:
            display = people.full(p, t.locale)
        elif x < 0.45:
            display = f"{p.last}, {p.first}"
        elif x < 0.65 and e["p2"].first != p.first:
            display = f"{p.first} & {e['p2'].first} {p.last}"
        else:
            display = full_name(t, p)
        c["display"].append(display)
        c["company"].append(f"{e['p2'].last.split()[0]} {t.rng.choice(('Lettings Ltd', 'Properties', '& Sons'))}"
                            if t.rng.random() < 0.15 else None)  # fmt: skip
        c["name"].append(people.full(p, t.locale))
        parts = []
        if e["home"] is not None:
            parts.append(f"{words[0]}: {phone(t, e['home'], hm)}")
        if e["mobile"] is not None and (not parts or t.rng.random() < 0.6):
            parts.append(f"{words[1]}: {phone(t, e['mobile'], pm)}")
        c["phones"].append(" ".join(parts) or None)
        c["email"].append(e["email"])
        billing = place_line(t, e)
        c["billing"].append(billing)
        y = t.rng.random()
        c["shipping"].append(billing if y < 0.4 else place_line(t, e["site"]) if y < 0.7 else None)
        c["balance"].append(look.amount(t.rng, t.locale, t.lg, 0, 9000) if t.rng.random() < 0.5 else "0.00")
        c["customer_type"].append(t.rng.choice(("Retail", "Trade", "Landlord", "Retail")))
        c["terms"].append(t.rng.choice(("Net 30", "Due on receipt", "Net 15")))
        c["account"].append(ids.digits_like_phone(t.rng, t.phone_len) if t.rng.random() < 0.6 else None)
        c["range"].append(t.rng.choice(look.KITCHENS))
        c["staff"].append(t.rng.choice(t.staff))
        c["notes"].append(note)
        c["branch"].append(t.rng.choice(t.branches))
    labels = {"display": NAME, "name": NAME, "phones": PHONE, "email": EMAIL, "billing": ADDR, "shipping": ADDR}
    return _finish(h, c, labels, "notes", ("branch",))


def access(t, rows, notes):
    lg = t.lg if t.lg in cols.ACCESS else "en"
    h = cols.headers(cols.ACCESS, lg, cols.ACCESS_KEYS)
    yes, no = cols.ACCESS_BOOL[lg]
    hm, pm = ids.phone_mix(t.rng, "digits"), ids.phone_mix(t.rng, "national")
    old = t.rng.random() < 0.5 and not t.script  # a DOS-era import dropped the accents of the whole table
    fix = people.strip_accents if old else (lambda s: s)
    stamp = " 00:00:00"
    c = {k: [] for k in h}
    for i, (e, note) in enumerate(zip(rows, notes, strict=True)):
        p = e["p"]
        c["id"].append(i + 1)
        c["member"].append(e["member"])
        titles = people.TITLE_WORDS.get(lg, people.TITLE_WORDS["en"])[0]
        c["title"].append(titles[1] if p.female else titles[0])
        c["first"].append(fix(part(t, p.first)))
        c["last"].append(fix(part(t, p.last)))
        c["street"].append(fix(e["street"]))
        c["street2"].append(fix(e["unit"]) if e["unit"] else None)
        c["town"].append(fix(e["town"]))
        c["postcode"].append(e["postcode"] or None)
        c["phone_home"].append(phone(t, e["home"], hm) or _pick(t, (None, None, t.missing[0])))
        c["phone_mobile"].append(phone(t, e["mobile"], pm))
        c["dob"].append(language.fmt_date(e["dob"], t.locale, "num") + stamp)
        c["joined"].append(language.fmt_date(language.event_date(t.rng), t.locale, "num") + stamp)
        c["category"].append(look.choose(t.rng, look.CLUB_CATEGORIES, lg))
        c["paid"].append(yes if t.rng.random() < 0.8 else no)
        c["fee"].append(look.amount(t.rng, t.locale, t.lg, 20, 180))
        c["email"].append(e["email"])
        c["iban"].append(e["iban"])
        c["staff"].append(t.rng.choice(t.staff))
        c["locker"].append(look.locker(t.rng) if t.rng.random() < 0.5 else None)
        c["notes"].append(note)
    labels = {"first": FIRST, "last": LAST, "street": STREET, "street2": "dont_care", "town": CITY, "postcode": PC,
              "phone_home": PHONE, "phone_mobile": PHONE, "dob": DOB, "email": EMAIL, "iban": IBAN}  # fmt: skip
    if all(x is None for x in c["iban"]):
        del c["iban"]
    return _finish(h, c, labels, "notes")


def merged(t, rows, notes):
    lg = t.lg if t.lg in cols.MERGED else "en"
    groups = cols.MERGED[lg]
    keys = list(cols.MERGED_KEYS)
    headers, subs, i = {}, {}, 0
    for group, sub in groups:
        for j, s in enumerate(sub):
            key = keys[i]
            headers[key] = group if j == 0 else f"Unnamed: {i}"
            subs[key] = s
            i += 1
    pm, cm, dm = ids.phone_mix(t.rng), ids.phone_mix(t.rng), language.dob_mix(t.locale, t.rng)
    c = {k: [subs[k]] for k in keys}
    for e, note in zip(rows, notes, strict=True):
        child = e["child"]
        c["child_first"].append(part(t, child.first))
        c["child_last"].append(part(t, child.last))
        c["child_dob"].append(dob(t, e["cdob"], dm))
        c["age"].append(str((language.REFERENCE - e["cdob"]).days // 365))
        c["parent"].append(full_name(t, e["p"]))
        c["phone"].append(phone(t, e["mobile"], pm))
        c["email"].append(e["email"] if t.rng.random() < 0.9 else _pick(t, t.missing))
        c["street"].append(e["street"])
        c["postcode"].append(e["postcode"] or None)
        c["town"].append(e["town"])
        c["week"].append(f"{t.rng.randint(1, 6)}")
        c["group"].append(look.choose(t.rng, look.GROUPS, lg))
        c["shirt"].append(t.rng.choice(look.SHIRTS))
        has_collector = t.rng.random() < 0.6
        c["collector"].append(people.full(e["p2"], t.locale) if has_collector else None)
        c["collector_phone"].append(phone(t, e["phone2"], cm) if has_collector else None)
        c["iban"].append(e["iban"])
        c["amount"].append(look.amount(t.rng, t.locale, t.lg, 90, 320))
        c["notes"].append(note)
    for k in keys:  # the total row under the list
        c[k].append(None)
    c["child_first"][-1] = cols.MERGED_TOTAL[lg]
    c["age"][-1] = str(len(rows))
    labels = {"child_first": FIRST, "child_last": LAST, "child_dob": DOB, "parent": NAME, "phone": PHONE,
              "email": EMAIL, "street": STREET, "postcode": PC, "town": CITY, "collector": NAME,
              "collector_phone": PHONE, "iban": IBAN}  # fmt: skip
    if all(x is None for x in c["iban"][1:]):
        del c["iban"]
    return _finish(headers, c, labels, "notes")


def zendesk(t, rows, notes):
    h = cols.headers(cols.ZENDESK, "en", cols.ZENDESK_KEYS)
    fields = cols.headers(cols.ZENDESK_FIELDS, t.lg, cols.ZENDESK_FIELD_KEYS)
    h.update({k: f"user_fields.{v}" for k, v in fields.items()})
    pm, dm = ids.phone_mix(t.rng, "e164"), language.dob_mix(t.locale, t.rng, "iso")
    coop = look.COOPS.get(t.lg, "Community Fibre Co-op")
    c = {k: [] for k in h}
    for e, note in zip(rows, notes, strict=True):
        c["id"].append(e["zendesk_id"])
        c["name"].append(full_name(t, e["p"]))
        c["email"].append(e["email"])
        c["phone"].append(phone(t, e["mobile"] or e["home"], pm))
        c["role"].append("end-user")
        c["organization"].append(coop if t.rng.random() < 0.8 else None)
        c["external"].append(e["member"])
        c["tags"].append(" ".join(t.rng.sample(("fibre", "router_swap", "vip", "outage", "moved", "ftth"), 2)))
        lines = [e["street"], *([e["unit"]] if e["unit"] else []), f"{e['postcode']} {e['town']}".strip()]
        c["details"].append("\n".join(lines) if t.rng.random() < 0.85 else None)
        c["notes"].append(note)
        c["tz"].append(look.TZ.get(t.region, "UTC"))
        c["locale"].append(t.lg if t.lg != "en" else t.rng.choice(("en-US", "en-GB")))
        c["created"].append(f"{language.event_date(t.rng).isoformat()}T{t.rng.randint(0, 23):02d}:"
                            f"{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}Z")  # fmt: skip
        c["last_login"].append(None if t.rng.random() < 0.5 else f"{language.event_date(t.rng).isoformat()}T08:00:00Z")
        c["verified"].append("true")
        c["shared"].append("false")
        c["dob"].append(dob(t, e["dob"], dm) if e["gave_dob"] else None)
        c["router"].append(ids.serial(t.rng, "SN", 12))
        c["plan"].append(t.rng.choice(look.ISP_PLANS))
        c["install"].append(language.event_date(t.rng).isoformat())
    labels = {"name": NAME, "email": EMAIL, "phone": PHONE, "details": ADDR, "dob": DOB}
    return _finish(h, c, labels, "notes")
