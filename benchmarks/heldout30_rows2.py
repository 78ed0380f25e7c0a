"""Held-out set 30: the ward bed board, coach tour rooming list, debt collection case export and angling permit
register shapes, cell by cell, with labels.

As ``heldout30_rows`` (same return value). Look-alikes (label None): wards named after people (``Florence
Nightingale``, ``Sir Alexander Fleming``: a category), GP practices, hotels named after people (``Hotel Goethe``),
nationalities, diets, case numbers, creditors named after a family (``Berger & Söhne``), employers, permit numbers,
waters and beats, fees. "Don't care": hospital numbers, consultants (``Dr Weber``), passport numbers, the tour's
pick-up point, the collection agent, the rod licence number and the bailiff who issued a permit.
"""

from __future__ import annotations

import heldout29_ids as ids29
import heldout29_words as words29
import heldout30_cells as c
import heldout30_columns as cols
from heldout30_rows import _date, _notes

_WARDS = ("Florence Nightingale", "Sir Alexander Fleming", "Mary Seacole", "Edith Cavell", "Robert Koch",
          "Marie Curie", "Louis Pasteur", "Albert Schweitzer")  # fmt: skip
_GP = ("Riverside Surgery", "Parkview Medical Centre", "Praxis am Markt", "Cabinet du Centre", "Centro de Salud Norte",
       "Studio Medico Associato", "Huisartsenpraktijk De Linde")  # fmt: skip
_ISO = ("", "", "", "MRSA", "C.diff", "COVID")
_REL = {
    "en": (("son", "husband", "brother"), ("daughter", "wife", "sister")),
    "de": (("Sohn", "Ehemann"), ("Tochter", "Ehefrau")),
    "fr": (("fils", "époux"), ("fille", "épouse")),
    "es": (("hijo", "esposo"), ("hija", "esposa")),
    "it": (("figlio", "marito"), ("figlia", "moglie")),
    "nl": (("zoon", "echtgenoot"), ("dochter", "echtgenote")),
    "pt": (("filho", "marido"), ("filha", "esposa")),
}
_HOTELS = (
    "Hotel Goethe",
    "Hotel Mozart",
    "Grand Hotel Victoria",
    "Hotel Cervantes",
    "Albergo Dante",
    "Hotel Rembrandt",
)
_DIET = ("", "", "", "vegetarian", "gluten-free", "no pork", "diabetic", "vegan")
_ROOM = ("Twin", "Double", "Single", "Triple")
_STATUS = ("open", "payment plan", "legal", "closed - paid", "trace")
_EMPLOYERS = ("Lidl", "City Council", "Amazon Logistics", "self-employed", "unemployed", "Post Office", "")
_PTYPES = ("Adult Season", "Junior", "Senior", "Day Ticket", "Week Ticket")
_WATERS = ("Mill Pool", "Upper Beat", "Lower Beat 2", "Lake", "Canal Stretch", "Weir Pool")


def _rel(t, e: dict) -> str:
    return c.pick(t, _REL.get(cols.header_lang(t.lg), _REL["en"])[e["rel"].female])


def ward(t, rows, note):
    """A hospital ward's bed board: the ward named after a person (a category), bay and bed, the patient as
    ``WEBER, Klaus``, the hospital number ("don't care"), the national id where the country has one, the birth date
    with the age, the consultant (``Dr Weber``: "don't care"), admission and expected discharge dates in the birth
    date's layout, the next of kin with relation and number in one cell (``Anna Weber (daughter) 0171 ...``), the
    home address in one cell, the GP practice and the isolation flag."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.WARD, k, lg)  # noqa: E731
    dob, nok = c.dob_writer(t), c.phone_writer(t)
    cons = [f"Dr {c.surname(p)}" for p in c.staff(t, 4)]
    wards = t.rng.sample(_WARDS, 3)
    columns = {
        h("ward"): [c.pick(t, wards) for _ in rows],
        h("bed"): [f"{t.rng.choice('ABCD')}{t.rng.randint(1, 6)}" for _ in rows],
        h("patient"): [c.name_cell(t, e, ("comma", "comma", "upper", "natural")) for e in rows],
        h("mrn"): [f"{t.rng.choice('RKM')}{t.rng.randint(100000, 999999)}" for _ in rows],
        h("nid"): [e["id"] for e in rows], h("dob"): [dob(e["dob"]) for e in rows],
        h("age"): [str(2026 - e["dob"].year - ((e["dob"].month, e["dob"].day) > (6, 1))) for e in rows],
        h("cons"): [c.pick(t, cons) for _ in rows], h("adm"): [_date(t, dob, 1) for _ in rows],
        h("edd"): [c.blank(t, _date(t, dob, 1), 0.3) for _ in rows],
        h("nok"): [c.blank(t, f"{e['rel_full']} ({_rel(t, e)}) {nok(e['rel_phone'])}", 0.1) for e in rows],
        h("addr"): [c.whole(t, e) for e in rows], h("gp"): [c.pick(t, _GP) for _ in rows],
        h("iso"): [c.pick(t, _ISO) for _ in rows], h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.5)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("ward"): None, h("bed"): None, h("patient"): c.NAME, h("mrn"): "dont_care", h("nid"): c.NID,
              h("dob"): c.DOB, h("age"): None, h("cons"): "dont_care", h("adm"): None, h("edd"): None,
              h("nok"): c.NAME_PHONE, h("addr"): c.ADDR, h("gp"): None, h("iso"): None}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes)


def rooming(t, rows, note):
    """A coach tour operator's rooming list (couples and friends share a room: each passenger a row, the other in
    ``Sharing With``): tour code, room type and number, passenger and sharer in ``LAST/First`` or full, the birth
    date, the passport number ("don't care"), the nationality (a country word), diet, mobile, the emergency contact
    with the number in one cell, the pick-up point (a coach stop in a town: "don't care") and the hotel (named after
    a person: a category)."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.ROOMING, k, lg)  # noqa: E731
    dob, mob, ice = c.dob_writer(t), c.phone_writer(t), c.phone_writer(t)
    code = f"{t.rng.choice(('ALP', 'TUS', 'NOR', 'AND', 'BAL'))}{t.rng.randint(10, 99)}-{t.rng.randint(1, 12):02d}"
    stops = [f"{s} {c.pick(t, [r['town'] for r in rows])}" for s in ("Coach Station", "Park & Ride", "Bahnhof")]
    hotel = c.pick(t, _HOTELS)
    form = t.rng.choice(("slash", "natural"))
    write = lambda e: f"{e['surname'].upper()}/{e['first']}" if form == "slash" else c.name_cell(t, e)  # noqa: E731
    share = [rows[i ^ 1] if (i ^ 1) < len(rows) and t.rng.random() < 0.8 else None for i in range(len(rows))]
    columns = {
        h("tour"): [code for _ in rows], h("room"): [c.pick(t, _ROOM) for _ in rows],
        h("no"): [str(t.rng.randint(101, 520)) for _ in rows], h("pax"): [write(e) for e in rows],
        h("share"): [write(s) if s else "" for s in share], h("dob"): [dob(e["dob"]) for e in rows],
        h("pp"): [ids29.passport(t.rng) for _ in rows], h("nat"): [t.region for _ in rows],
        h("diet"): [c.pick(t, _DIET) for _ in rows], h("mobile"): [c.blank(t, mob(e["mobile"]), 0.15) for e in rows],
        h("ice"): [c.blank(t, f"{e['rel_full']} {ice(e['rel_phone'])}", 0.1) for e in rows],
        h("pickup"): [c.pick(t, stops) for _ in rows], h("hotel"): [hotel for _ in rows], h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.35)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("tour"): None, h("room"): None, h("no"): None, h("pax"): c.NAME, h("share"): c.NAME, h("dob"): c.DOB,
              h("pp"): "dont_care", h("nat"): None, h("diet"): None, h("mobile"): c.PHONE, h("ice"): c.NAME_PHONE,
              h("pickup"): "dont_care", h("hotel"): None}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes)


def debt(t, rows, note):
    """A debt collection agency's case export (a debtor may have several cases): case number, the creditor (a firm
    named after a family), the debtor in full or ``LAST, First``, the birth date, the whole address in one cell, two
    numbers in one cell (``a / b``), e-mail, employer, the national id, the IBAN, principal, status, agent (first
    names: "don't care") and the last payment date in the birth date's layout."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.DEBT, k, lg)  # noqa: E731
    dob, tel = c.dob_writer(t), c.phone_writer(t)
    clients = [words29.company(c.surname(p), t.lg, t.rng) for p in c.staff(t, 4)]
    agents = [p.first for p in c.staff(t, 3)]

    def phones(e):
        two = [tel(e["mobile"]), tel(e["land"])] if t.rng.random() < 0.4 else [tel(e["mobile"])]
        return " / ".join(x for x in two if x)

    columns = {
        h("case"): [f"{t.rng.randint(20, 26)}/{t.rng.randint(10000, 99999)}" for _ in rows],
        h("client"): [c.pick(t, clients) for _ in rows],
        h("name"): [c.name_cell(t, e, ("natural", "comma", "upper")) for e in rows],
        h("dob"): [c.blank(t, dob(e["dob"]), 0.15) for e in rows], h("addr"): [c.whole(t, e) for e in rows],
        h("phones"): [c.blank(t, phones(e), 0.1) for e in rows],
        h("email"): [c.blank(t, e["email"], 0.4) for e in rows],
        h("employer"): [c.pick(t, _EMPLOYERS) for _ in rows], h("nid"): [c.blank(t, e["id"], 0.3) for e in rows],
        h("iban"): [c.blank(t, e["iban"], 0.5) for e in rows],
        h("principal"): [words29.amount(t.rng, t.lg, 80, 9000) for _ in rows],
        h("status"): [c.pick(t, _STATUS) for _ in rows], h("agent"): [c.pick(t, agents) for _ in rows],
        h("last"): [c.blank(t, _date(t, dob, 2), 0.3) for _ in rows], h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.4)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("case"): None, h("client"): None, h("name"): c.NAME, h("dob"): c.DOB, h("addr"): c.ADDR,
              h("phones"): c.PHONE, h("email"): c.EMAIL, h("employer"): None, h("nid"): c.NID, h("iban"): c.IBAN,
              h("principal"): None, h("status"): None, h("agent"): "dont_care", h("last"): None}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes)


def angling(t, rows, note):
    """An angling club's permit register (a row per permit: members renew), headers in the club's language: permit
    number and type, the water or beat, the member in full (lower case from the bailiff's handheld on some rows),
    street, town and postcode apart, phone, e-mail, the birth date for juniors only, the rod licence number ("don't
    care"), the bailiff who issued it ("don't care"), fee and the valid-from date in the birth date's layout."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.ANGLING, k, lg)  # noqa: E731
    dob, tel = c.dob_writer(t), c.phone_writer(t)
    bailiffs = [c.titled(t, p) for p in c.staff(t, 3)]
    lic = {e["pid"]: f"{t.rng.randint(10000000, 99999999)}" for e in rows}
    columns = {
        h("permit"): [f"{t.rng.randint(1, 9999):04d}" for _ in rows], h("ptype"): [c.pick(t, _PTYPES) for _ in rows],
        h("water"): [c.pick(t, _WATERS) for _ in rows],
        h("name"): [c.name_cell(t, e, ("natural", "natural", "lower", "initial", "comma")) for e in rows],
        h("street"): [e["street"] for e in rows], h("town"): [e["town"] for e in rows],
        h("pc"): [e["postcode"] for e in rows], h("tel"): [c.blank(t, tel(e["mobile"]), 0.1) for e in rows],
        h("email"): [c.blank(t, e["email"], 0.35) for e in rows],
        h("dob"): [dob(e["dob"]) if t.rng.random() < 0.25 else "" for e in rows],
        h("licence"): [lic[e["pid"]] for e in rows], h("bailiff"): [c.pick(t, bailiffs) for _ in rows],
        h("fee"): [words29.amount(t.rng, t.lg, 8, 180) for _ in rows], h("from"): [_date(t, dob, 2) for _ in rows],
        h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.3)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("permit"): None, h("ptype"): None, h("water"): None, h("name"): c.NAME, h("street"): c.STREET,
              h("town"): c.CITY, h("pc"): c.PC, h("tel"): c.PHONE, h("email"): c.EMAIL, h("dob"): c.DOB,
              h("licence"): "dont_care", h("bailiff"): "dont_care", h("fee"): None, h("from"): None}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes)
