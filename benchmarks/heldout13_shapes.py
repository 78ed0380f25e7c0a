"""Held-out set 13: the eight export shapes (which columns, how named, how their values are written)
and the note genres and notes-column names of each (split out of ``bench_pii_heldout13_tables.py``;
nothing here changed a table).
"""

# ruff: noqa: E501  (one column per line)
from __future__ import annotations

import random

from faker import Faker

from heldout13_base import LANG, Person
from heldout13_ids import render_phone
from heldout13_language import colname
from heldout13_people import _amount, _case_col, _cased, _event_date, dob_text, full_address, name_cell

# ---------------------------------------------------------------- export shapes


class _Cols:
    """Columns of a table being built: names made unique, labels kept."""

    def __init__(self, locale: str, rng: random.Random) -> None:
        self.locale, self.rng = locale, rng
        self.native = 0.0 if LANG[locale] == "en" else 0.6
        self.data: dict[str, list] = {}
        self.labels: dict[str, object] = {}

    def add(self, concept: str | None, role: str, values: list, label, name: str | None = None) -> None:
        if name is None:
            name = colname(self.locale, concept, role, self.rng, self.native)
        base, k = name, 2
        while name in self.data:
            name, k = f"{base}_{k}", k + 1
        self.data[name] = values
        self.labels[name] = label


def _nid_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


NAME = ("name",)
ADDR = ("address", "street_address")
STREET = ("street_address", "address")


def _phones(people: list[Person], layout: str, rng: random.Random, attr: str = "phone") -> list[str]:
    return [render_phone(getattr(p, attr), layout, rng) for p in people]


def _blank(values: list, rng: random.Random, share: float) -> list:
    return [None if rng.random() < share else v for v in values]


def shape_mortgage(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"MA-26-{r.randint(0, 99999):05d}" for _ in ps], None)
    c.add("name", "applicant", [name_cell(loc, p, r.choice(["natural", "titled"]), r) for p in ps], NAME)
    c.add("name", "co", _blank([name_cell(loc, o, "inv", r) for o in os_], r, 0.4), NAME)
    c.add("dob", "applicant", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "applicant", [p.nid for p in ps], _nid_label(loc))
    c.add("email", "applicant", [p.email for p in ps], ("email",))
    c.add("mobile", "applicant", _phones(ps, r.choice(["intl", "national", "e164"]), r), ("phone_number",))
    c.add("address", "", [_cased(full_address(loc, p), r.choice(["", "", "upper"])) for p in ps], ADDR)
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    c.add("amount", "", [_amount(loc, r, 80000, 650000) for _ in ps], None, name=r.choice(["loan_amount", "LoanAmt", "LOAN"]))
    c.add(None, "", [_amount(loc, r, 120000, 900000) for _ in ps], None, name=r.choice(["property_value", "valuation"]))
    c.add(None, "", [r.choice([10, 15, 20, 25, 30, 35]) for _ in ps], None, name=r.choice(["term_years", "TERM"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["application_date", "submitted", "AppDate"]))
    c.add(None, "", [r.choice(["approved", "pending", "declined", "offer issued"]) for _ in ps], None, name="status")


def shape_vaccination(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    style = r.choice(["natural", "lower", "upper"])
    c.add("ref", "", [f"VB{r.randint(100000, 999999)}" for _ in ps], None, name=r.choice(["booking_no", "BookingID", "appt ref"]))
    c.add("first", "", _case_col([p.first for p in ps], style), ("first_name", "name"))
    c.add("last", "", _case_col([p.last for p in ps], style), ("last_name", "name"))
    c.add("dob", "", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "", [p.nid for p in ps], _nid_label(loc))
    c.add("phone", "", _phones(ps, r.choice(["national", "digits"]), r), ("phone_number",))
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [f"{r.choice('FEKPR')}{r.choice('KAXT')}{r.randint(1000, 9999)}{r.choice('ABC')}" for _ in ps], None,
          name=r.choice(["lot", "batch_no", "LOT_NUMBER"]))  # fmt: skip
    c.add(None, "", [r.choice([1, 2, 3]) for _ in ps], None, name=r.choice(["dose", "dose_no", "DoseNumber"]))
    c.add(None, "", [r.choice(["Room 1", "Room 2", "Pod A", "Pod B", "Hall"]) for _ in ps], None, name=r.choice(["room", "station"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["appointment", "appt_date", "VISIT DATE"]))
    c.add(None, "", [f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}" for _ in ps], None, name="slot")


def shape_taxi(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"TX{r.randint(10000, 99999)}" for _ in ps], None, name=r.choice(["job_no", "JobRef", "BOOKING"]))
    c.add("name", "pax", [name_cell(loc, p, r.choice(["titled", "initials"]), r) for p in ps], NAME)
    c.add("phone", "pax", _phones(ps, r.choice(["ext", "intl", "national"]), r), ("phone_number",))
    c.add("street", "from", [p.street for p in ps], STREET)
    c.add("city", "from", [p.city for p in ps], ("city",))
    ranks = [fake.street_name() for _ in range(3)]
    c.add(None, "", [r.choice(ranks) for _ in ps], None, name=r.choice(["rank", "depot", "zone"]))
    c.add(None, "", [r.choice(["Airport T1", "Airport T2", "Central Station", "City Hospital", "Bus Station"]) for _ in ps], None,
          name=r.choice(["destination", "dropoff", "TO"]))  # fmt: skip
    c.add(None, "", [f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}" for _ in ps], None, name="pickup_time")
    c.add("amount", "", [_amount(loc, r, 8, 140) for _ in ps], None, name=r.choice(["fare", "FARE_EST"]))
    c.add(None, "", [r.choice(["Car 14", "Car 7", "Van 3", "MPV 2", "Exec 1"]) for _ in ps], None, name=r.choice(["vehicle", "callsign"]))
    c.add(None, "", [f"D{r.randint(100, 999)}" for _ in ps], None, name=r.choice(["driver_id", "drv"]))


def shape_removal(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "", [f"Q-{r.randint(1000, 9999)}/{r.choice(['A', 'B', 'C'])}" for _ in ps], None, name=r.choice(["quote_no", "QuoteRef"]))
    c.add("name", "cust", [name_cell(loc, p, r.choice(["inv", "inv_upper"]), r) for p in ps], NAME)
    c.add("email", "cust", [p.email for p in ps], ("email",))
    c.add("phone", "cust", _phones(ps, "national", r), ("phone_number",))
    c.add("street", "from", [p.street for p in ps], STREET)
    c.add("zip", "from", [p.postcode for p in ps], ("postcode",))
    c.add("city", "from", [p.city for p in ps], ("city",))
    c.add("address", "to", [full_address(loc, o) for o in os_], ADDR)
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["survey_date", "move date", "MOVE_DATE"]))
    c.add(None, "", [r.randint(8, 95) for _ in ps], None, name=r.choice(["volume_m3", "cu_m"]))
    c.add(None, "", [r.randint(0, 60) for _ in ps], None, name=r.choice(["crates", "boxes"]))
    c.add("amount", "", [_amount(loc, r, 300, 6000) for _ in ps], None, name=r.choice(["quote", "QUOTE_TOTAL"]))


def shape_club(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "member", [f"M{r.randint(1000, 9999)}" for _ in ps], None, name=r.choice(["member_no", "MemberNo", "membership id"]))
    c.add("name", "member", [name_cell(loc, p, r.choice(["lower", "upper", "mixed"]), r) for p in ps], NAME)
    c.add("dob", "", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("mobile", "", _phones(ps, "digits", r), ("phone_number",))
    c.add("email", "", [p.email.upper() if r.random() < 0.1 else p.email for p in ps], ("email",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [r.choice(["U12 Lions", "U14 Girls", "Vets", "Ladies 1st", "Walking Football", "U16"]) for _ in ps], None, name="team")
    grounds = [fake.street_name() + r.choice([" pitch", " ground", " courts"]) for _ in range(3)]
    c.add(None, "", [r.choice(grounds) for _ in ps], None, name=r.choice(["home_ground", "venue"]))
    c.add("amount", "", [_amount(loc, r, 20, 400) for _ in ps], None, name=r.choice(["annual_fee", "subs"]))
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["joined", "renewal_date"]))


def shape_alumni(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "alum", [f"AL{r.randint(100000, 999999)}" for _ in ps], None, name=r.choice(["alumni_id", "AlumniID"]))
    c.add("name", "alum", [name_cell(loc, p, r.choice(["titled", "natural", "inv_upper"]), r) for p in ps], NAME)
    c.add(None, "", [r.randint(1975, 2023) for _ in ps], None, name=r.choice(["grad_year", "CLASS_OF"]))
    c.add(None, "", [r.choice(["BSc Economics", "MA History", "MEng Civil", "LLB", "PhD Chemistry", "BA Music"]) for _ in ps], None,
          name="degree")  # fmt: skip
    c.add(None, "", [fake.company() for _ in ps], None, name=r.choice(["employer", "company", "Organisation"]))
    c.add("email", "", [p.email for p in ps], ("email",))
    c.add("phone", "", _phones(ps, "intl", r), ("phone_number",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add("amount", "", [_amount(loc, r, 0, 5000) for _ in ps], None, name=r.choice(["gift_total", "donations"]))
    c.add(None, "", [r.choice(["yes", "no"]) for _ in ps], None, name=r.choice(["newsletter", "opt_in"]))


def shape_social_care(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    c.add("ref", "client", [f"SC/{r.randint(10000, 99999)}" for _ in ps], None, name=r.choice(["case_ref", "ClientRef"]))
    c.add("name", "client", [name_cell(loc, p, r.choice(["natural", "upper", "inv"]), r) for p in ps], NAME)
    c.add("dob", "client", [dob_text(loc, p.dob, r) for p in ps], ("date_of_birth",))
    c.add("id", "client", [p.nid for p in ps], _nid_label(loc))
    c.add("phone", "client", _phones(ps, r.choice(["national", "intl"]), r), ("phone_number",))
    c.add("address", "client", [full_address(loc, p) for p in ps], ADDR)
    c.add("name", "nok", [name_cell(loc, o, r.choice(["natural", "titled"]), r) for o in os_], NAME)
    c.add("phone", "nok", _phones(os_, "national", r), ("phone_number",))
    c.add(None, "", [f"C-{r.randint(100, 999)}" for _ in ps], None, name=r.choice(["carer", "carer_code"]))
    c.add("date", "", [_event_date(loc, r) for _ in ps], None, name=r.choice(["visit_date", "VISIT"]))
    c.add(None, "", [r.choice([15, 30, 45, 60]) for _ in ps], None, name=r.choice(["minutes", "duration_min"]))


def shape_tax(c: _Cols, ps: list[Person], os_: list[Person], fake: Faker) -> None:
    r, loc = c.rng, c.locale
    style = r.choice(["natural", "upper"])
    c.add("ref", "client", [f"{r.randint(2019, 2025)}-{r.randint(100, 9999):04d}" for _ in ps], None, name=r.choice(["client_no", "FileNo"]))
    c.add("last", "", _case_col([p.last for p in ps], style), ("last_name", "name"))
    c.add("first", "", _case_col([p.first for p in ps], style), ("first_name", "name"))
    c.add("id", "", [p.nid for p in ps], _nid_label(loc))
    if ps[0].iban:
        c.add("iban", "", [p.iban for p in ps], ("iban",))
    else:
        c.add(None, "", [p.card for p in ps], ("credit_debit_card",), name=r.choice(["card_no", "CardNumber", "payment card"]))
    c.add("email", "", [p.email for p in ps], ("email",))
    c.add("phone", "", _phones(ps, r.choice(["ext", "e164"]), r), ("phone_number",))
    c.add("street", "", [p.street for p in ps], STREET)
    c.add("zip", "", [p.postcode for p in ps], ("postcode",))
    c.add("city", "", [p.city for p in ps], ("city",))
    c.add(None, "", [r.randint(2019, 2025) for _ in ps], None, name=r.choice(["tax_year", "YEAR"]))
    c.add("amount", "", [_amount(loc, r, -3000, 9000) for _ in ps], None, name=r.choice(["refund", "balance_due"]))


SHAPES = {"mortgage applications": shape_mortgage, "vaccination bookings": shape_vaccination,
          "taxi bookings": shape_taxi, "removal quotes": shape_removal, "sports club members": shape_club,
          "university alumni": shape_alumni, "social-care visits": shape_social_care, "tax adviser clients": shape_tax}  # fmt: skip
SHAPE_GENRES = {"mortgage applications": ("mortgage broker file note", "referral letter"),
                "vaccination bookings": ("vaccination reception log", "referral letter"),
                "taxi bookings": ("taxi booking remarks", "dispatcher log"),
                "removal quotes": ("removal survey", "field engineer job sheet"),
                "sports club members": ("club committee minutes", "council complaint"),
                "university alumni": ("alumni update",), "social-care visits": ("home-visit note", "dispatcher log"),
                "tax adviser clients": ("mortgage broker file note", "council complaint")}  # fmt: skip
NOTES_EN = {"mortgage applications": ["file_notes", "BrokerNotes"], "vaccination bookings": ["reception_notes", "comments"],
            "taxi bookings": ["remarks", "DISPATCH_LOG"], "removal quotes": ["survey_notes", "Notes"],
            "sports club members": ["committee_notes", "notes"], "university alumni": ["update_text", "Comments"],
            "social-care visits": ["visit_note", "CASE NOTES"], "tax adviser clients": ["file_note", "memo"]}  # fmt: skip
