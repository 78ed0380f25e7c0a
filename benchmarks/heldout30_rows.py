"""Held-out set 30: the blood donor register, trial screening log, ADP payroll and tenant ledger shapes, cell by
cell.

Each ``<shape>(t, rows, note)`` returns ``(columns, labels, notes_header, branch, row_notes)``: ``columns`` header ->
cells, ``labels`` header -> accepted entities (None: not personal, "dont_care"), the notes column's header, the
branch-town columns and each frame row's ``(note, truth, genre, template)``. ``t`` is the table context
(``heldout30_cells.context``), ``rows`` the pool entry of each row, ``note(t, e)`` draws a row's note.

Look-alikes (label None): donor and donation numbers (ISBT 128 ``G0764 26 123456``), blood groups, screening
numbers, ADP associate ids and file numbers, tenancy references, sums, dates of donations, consents, hires and
rent payments in the birth date's layout. "Don't care": a trial participant's initials and hospital number, the
nurse, the principal investigator, the payroll manager (``Reports To Name``), the negotiator.
"""

from __future__ import annotations

import heldout29_words as words29
import heldout30_cells as c
import heldout30_columns as cols
import heldout30_language as language

_GROUPS = ("O Rh+", "O Rh-", "A Rh+", "A Rh-", "B Rh+", "AB Rh+", "O pos", "A neg", "0+", "A+", "B-")
_SEX = {"en": ("M", "F"), "de": ("m", "w"), "fr": ("M", "F"), "es": ("V", "M"), "it": ("M", "F"), "nl": ("M", "V"),
        "pt": ("M", "F")}  # fmt: skip
_VENUE = ("Community Centre", "Town Hall", "Donor Centre", "Mobile Unit", "Sports Hall")
_REASONS = ("", "", "eGFR < 45", "HbA1c out of range", "on anticoagulant", "declined", "BMI > 40", "lost to contact")
_DEPTS = ("Warehouse", "Finance", "Customer Service", "Production", "IT", "Sales", "Facilities")
_STATUS = ("Active", "Active", "Active", "Leave", "Terminated")
_TRANS = ("Rent", "Rent", "Rent", "Deposit", "Late fee", "Repair recharge")


def _notes(t, rows, note, share: float = 0.45):
    out = []
    for e in rows:
        out.append(note(t, e) if t.rng.random() < share else ("", [], "", ""))
    return out


def _date(t, write, years: int = 3):
    return write(language.event_date(t.rng, years))


def blood(t, rows, note):
    """A blood service's donor register (a row per donation: donors come back): surname and forename apart, the
    birth date in one to three layouts, the blood group, the whole address in one cell, mobile and home numbers, the
    donation date in the birth date's layout, the session venue (``Town Hall, <town>``: "don't care"), Hb, the
    deferral date, the nurse (a category: "don't care")."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.BLOOD, k, lg)  # noqa: E731
    dob, mob, home = c.dob_writer(t), c.phone_writer(t), c.phone_writer(t)
    nurses = [c.surname(p) for p in c.staff(t, 3)]
    donor_no = {e["pid"]: f"{t.rng.choice('GHKN')}{t.rng.randint(1000000, 9999999)}" for e in rows}
    venues = [f"{t.rng.choice(_VENUE)}, {c.pick(t, [r['town'] for r in rows])}" for _ in range(3)]
    sex = _SEX.get(lg, _SEX["en"])
    columns = {
        h("donor"): [donor_no[e["pid"]] for e in rows],
        h("din"): [f"G{t.rng.randint(1000, 9999)} {t.rng.randint(23, 26)} {t.rng.randint(100000, 999999)}"
                   for _ in rows],
        h("last"): [c.part(t, e["last"]) for e in rows], h("first"): [c.part(t, e["first"]) for e in rows],
        h("sex"): [sex[e["female"]] for e in rows], h("dob"): [dob(e["dob"]) for e in rows],
        h("group"): [c.pick(t, _GROUPS) for _ in rows], h("addr"): [c.blank(t, c.whole(t, e), 0.05) for e in rows],
        h("mobile"): [c.blank(t, mob(e["mobile"]), 0.15) for e in rows],
        h("home"): [c.blank(t, home(e["land"]), 0.7) for e in rows],
        h("email"): [c.blank(t, e["email"], 0.3) for e in rows], h("date"): [_date(t, dob, 2) for _ in rows],
        h("venue"): [c.pick(t, venues) for _ in rows], h("hb"): [str(t.rng.randint(118, 168)) for _ in rows],
        h("defer"): [_date(t, dob, 1) if t.rng.random() < 0.12 else "" for _ in rows],
        h("nurse"): [c.pick(t, nurses) for _ in rows], h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("donor"): None, h("din"): None, h("last"): c.LAST, h("first"): c.FIRST, h("sex"): None,
              h("dob"): c.DOB, h("group"): None, h("addr"): c.ADDR, h("mobile"): c.PHONE, h("home"): c.PHONE,
              h("email"): c.EMAIL, h("date"): None, h("venue"): "dont_care", h("hb"): None, h("defer"): None,
              h("nurse"): "dont_care"}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes)


def trial(t, rows, note):
    """A trial site's screening log (GCP English headers whatever the country; a participant screened again comes
    back): screening numbers, initials ("don't care"), the name, the birth date, hospital number ("don't care"),
    phone, postcode, consent date in the birth date's layout, eligibility and the reason, the PI (``Dr Weber``:
    "don't care"), who referred the participant (a GP or a clinic: "don't care")."""
    dob, tel = c.dob_writer(t), c.phone_writer(t)
    pis = [f"Dr {c.surname(p)}" for p in c.staff(t, 2)]
    refs = [f"Dr {c.surname(p)}" for p in c.staff(t, 3)] + ["self", "advert", "clinic list"]
    site = t.rng.randint(1, 40)
    scr = {e["pid"]: f"S-{site:03d}-{i + 1:04d}" for i, e in enumerate(rows)}
    h = cols.TRIAL
    columns = {
        h[0]: [scr[e["pid"]] for e in rows],
        h[1]: [(e["first"][:1] + e["surname"][:1]).upper() for e in rows],
        h[2]: [c.name_cell(t, e, ("natural", "comma", "upper")) for e in rows],
        h[3]: [dob(e["dob"]) for e in rows], h[4]: [("M", "F")[e["female"]] for e in rows],
        h[5]: [str(t.rng.randint(1000000, 9999999)) for _ in rows],
        h[6]: [c.blank(t, tel(e["mobile"] if t.rng.random() < 0.7 else e["land"]), 0.1) for e in rows],
        h[7]: [e["postcode"] or None for e in rows], h[8]: [_date(t, dob, 2) for _ in rows],
        h[9]: [c.pick(t, ("Y", "N", "Y")) for _ in rows], h[10]: [c.pick(t, _REASONS) for _ in rows],
        h[11]: [c.pick(t, pis) for _ in rows], h[12]: [c.pick(t, refs) for _ in rows], h[13]: None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.5)
    columns[h[13]] = [n[0] for n in row_notes]
    labels = {h[0]: None, h[1]: "dont_care", h[2]: c.NAME, h[3]: c.DOB, h[4]: None, h[5]: "dont_care",
              h[6]: c.PHONE, h[7]: c.PC, h[8]: None, h[9]: None, h[10]: None, h[11]: "dont_care",
              h[12]: "dont_care"}  # fmt: skip
    return c.finish(columns, labels, h[13], row_notes)


def payroll(t, rows, note):
    """An ADP Workforce Now payroll export (ADP's English headers whatever the country): ``Payroll Name`` as ADP
    writes it (``WEBER, KLAUS``), legal names apart, the preferred name on a few, the tax id, the birth date in the
    country's layout, the address over ADP's fields with the country name, personal and home numbers, personal and
    work e-mails, hire date, department, the manager's payroll name (a category: "don't care"), status, the IBAN
    (none where the country has none), pay rate, the emergency contact's name and number apart."""
    dob, mob, home, ice = c.dob_writer(t), c.phone_writer(t), c.phone_writer(t), c.phone_writer(t)
    managers = [f"{c.surname(p).upper()}, {p.first.upper()}" for p in c.staff(t, 3)]
    dom = t.rng.choice(("com", "net", t.region.lower()))
    firm = t.rng.choice(("northwind", "alder-logistics", "bluecrest", "kestrel-group"))
    h = cols.ADP
    columns = {
        h[0]: [f"G{t.rng.choice('3579')}{''.join(t.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ0123456789') for _ in range(7))}"
               for _ in rows],
        h[1]: [f"{t.rng.randint(1, 999999):06d}" for _ in rows],
        h[2]: [f"{e['surname'].upper()}, {e['first'].upper()}" for e in rows],
        h[3]: [e["first"] for e in rows], h[4]: [e["last"] for e in rows],
        h[5]: [e["p"].nickname or "" for e in rows], h[6]: [c.blank(t, e["id"], 0.05) for e in rows],
        h[7]: [dob(e["dob"]) for e in rows], h[8]: [e["street"] for e in rows], h[9]: ["" for _ in rows],
        h[10]: [e["town"] for e in rows], h[11]: [e["postcode"] for e in rows], h[12]: [t.region for _ in rows],
        h[13]: [c.blank(t, mob(e["mobile"]), 0.1) for e in rows],
        h[14]: [c.blank(t, home(e["land"]), 0.6) for e in rows],
        h[15]: [c.blank(t, e["email"], 0.2) for e in rows],
        h[16]: [c.blank(t, f"{e['email'].split('@')[0]}@{firm}.{dom}", 0.3) for e in rows],
        h[17]: [_date(t, dob, 12) for _ in rows], h[18]: [c.pick(t, _DEPTS) for _ in rows],
        h[19]: [c.pick(t, managers) for _ in rows], h[20]: [c.pick(t, _STATUS) for _ in rows],
        h[21]: [e["iban"] for e in rows], h[22]: [words29.amount(t.rng, "en", 14, 60) for _ in rows],
        h[23]: [c.blank(t, e["rel_full"], 0.2) for e in rows],
        h[24]: [c.blank(t, ice(e["rel_phone"]), 0.2) for e in rows],
        h[25]: None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.3)
    columns[h[25]] = [n[0] for n in row_notes]
    labels = {h[0]: None, h[1]: None, h[2]: c.NAME, h[3]: c.FIRST, h[4]: c.LAST, h[5]: c.FIRST, h[6]: c.NID,
              h[7]: c.DOB, h[8]: c.STREET, h[9]: c.STREET, h[10]: c.CITY, h[11]: c.PC, h[12]: None, h[13]: c.PHONE,
              h[14]: c.PHONE, h[15]: c.EMAIL, h[16]: c.EMAIL, h[17]: None, h[18]: None, h[19]: "dont_care",
              h[20]: None, h[21]: c.IBAN, h[22]: None, h[23]: c.NAME, h[24]: c.PHONE}  # fmt: skip
    return c.finish(columns, labels, h[25], row_notes, fixed=(h[9],))


def letting(t, rows, note):
    """A letting agent's tenant ledger (a row per transaction: tenancies come back): the let property's address in
    one cell, the tenants joined (``Mr K Weber & Ms A Braun``), the lead tenant's number and e-mail, the landlord (a
    person, the same on each of his tenancies), transaction dates in the birth date's layout, sums, the negotiator
    ("don't care") and the branch's town (None shown, "don't care" hidden)."""
    lg = cols.header_lang(t.lg)
    h = lambda k: cols.label(cols.LETTING, k, lg)  # noqa: E731
    tel, dates = c.phone_writer(t), c.dob_writer(t)
    negs = [p.first for p in c.staff(t, 3)]
    landlords = [c.full(t, p) for p in c.staff(t, 4)]
    branch_town = c.pick(t, [r["town"] for r in rows])
    ten = {}
    for e in rows:
        if e["pid"] not in ten:
            other = e["rel"]
            pair = f"{c.titled(t, e['p'])} & {c.titled(t, other)}" if t.rng.random() < 0.35 else c.name_cell(t, e)
            ten[e["pid"]] = (f"T{t.rng.randint(10000, 99999)}", pair, c.pick(t, landlords))
    columns = {
        h("ref"): [ten[e["pid"]][0] for e in rows], h("property"): [c.whole(t, e) for e in rows],
        h("tenants"): [ten[e["pid"]][1] for e in rows], h("tel"): [c.blank(t, tel(e["mobile"]), 0.1) for e in rows],
        h("email"): [c.blank(t, e["email"], 0.15) for e in rows], h("landlord"): [ten[e["pid"]][2] for e in rows],
        h("date"): [_date(t, dates, 2) for _ in rows], h("type"): [c.pick(t, _TRANS) for _ in rows],
        h("debit"): [words29.amount(t.rng, t.lg, 400, 1800) for _ in rows],
        h("credit"): [words29.amount(t.rng, t.lg, 0, 1800) for _ in rows],
        h("balance"): [words29.amount(t.rng, t.lg, 0, 3000) for _ in rows], h("neg"): [c.pick(t, negs) for _ in rows],
        h("branch"): [branch_town for _ in rows], h("notes"): None,
    }  # fmt: skip
    row_notes = _notes(t, rows, note, 0.3)
    columns[h("notes")] = [n[0] for n in row_notes]
    labels = {h("ref"): None, h("property"): c.ADDR, h("tenants"): c.NAME, h("tel"): c.PHONE, h("email"): c.EMAIL,
              h("landlord"): c.NAME, h("date"): None, h("type"): None, h("debit"): None, h("credit"): None,
              h("balance"): None, h("neg"): "dont_care", h("branch"): None}  # fmt: skip
    return c.finish(columns, labels, h("notes"), row_notes, branch=(h("branch"),))
