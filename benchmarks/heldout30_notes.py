"""Free-text notes of held-out set 30: ten English genres new to the sets and the rendering of a note template with
its truth (the spans a replacement must remove).

English genres, one or two per export: a blood service's donor deferral note and a post-donation reaction record, a
trial site's screen-failure note, a payroll change request, a letting agent's arrears chase, a ward's discharge
planning note, a tour guide's incident report, a debt collector's trace report, a water bailiff's patrol report and
a trial's consent-witness record. People are named in ways earlier sets used little: after their role (``daughter
{name2}``), in lists (``present: A, B and C``), in lower case, as initials with the surname (``K. Weber``), in
brackets, after verbs (``rang Weber``), by the given name alone; birth dates only after a birth cue.

Placeholders: ``{name}``/``{name2}``/``{name3}`` -> name (every word); ``{lname}`` a lower-case full name -> name;
``{first}`` a given name alone -> name; ``{titled}``/``{titled2}`` (title + surname), ``{init}`` (``K. Weber``) and
``{slc}`` (the surname in lower case) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number;
``{email}``; ``{street}`` -> street_address; ``{dob}`` (after ``born``, ``DOB``, ``d.o.b.``) -> date_of_birth;
``{id}`` -> national_id (ssn in en_US and es_PR); ``{iban}``; ``{card}`` -> credit_debit_card. Not scored:
``{town}``, ``{date}``, ``{staff}``, ``{ref}``, ``{amount}``, ``{kin}``/``{spouse}`` (the relative's role by
their sex). A template needing a value the country has none of is not
used there.
"""

from __future__ import annotations

import re

ENGLISH = {
    "deferral": (
        "Donor deferred 6 months (low Hb 118). Rang {titled} on {phone} to explain; asked that {kin} {name2} not "
        "be called again. New address given: {street}.",
        "DEFERRAL - travel (malaria area)\n- donor: {lname}\n- d.o.b. {dob}\n- recall after {date}\n- letter sent to "
        "{street}",
    ),
    "reaction": (
        "Vasovagal at 350 ml, needle out. Donor ({name}) recovered after 20 min; {spouse} {name2} collected them, "
        "mobile {phone}. Follow-up call by {staff} on {date}.",
        "post-donation: bruising L arm. {init} rang back from {phone2}, ok now. e-mail copy of leaflet to {email}.",
    ),
    "screen_fail": (
        "Screen fail - exclusion 4 (eGFR < 45). Pt {titled} informed in clinic, GP letter to follow. Pt prefers "
        "contact via {kin} ({name2}, {phone}).",
        "SF: consented {date}, withdrew before randomisation. reason: moving to {town}. Contact: {email} / {phone}. "
        "born {dob}.",
    ),
    "payroll_change": (
        "Please update bank details for {name} from next run: IBAN {iban}. Employee confirmed by phone {phone} with "
        "{staff} (payroll).",
        "change of address - emp. {init}: new home address {street}, effective {date}. tax ref {id} unchanged.",
    ),
    "arrears": (
        "Arrears 2 months. Called tenant {slc} x3 ({phone}), no answer. Guarantor {name2} e-mailed at {email}. "
        "Section 8 not yet served.",
        "Rent late again. Spoke with {first} at the door, promised {amount} by Friday; flatmates {name2} and "
        "{name3} say they have paid their share.",
    ),
    "discharge": (
        "D/C planning: lives alone at {street}. NOK {kin} {name2} ({phone}) to collect Thurs. Care package via "
        "{staff}. Pt {name}, DOB {dob}.",
        "discharge delayed - awaiting OT. Patient's {spouse} ({slc}) asked to be rung on {phone2} before transfer. "
        "Hosp no. {ref}.",
    ),
    "tour_incident": (
        "Incident day 3: passenger {name} fell on steps at the hotel, seen by local doctor. Travelling with "
        "{name2}. Insurance card {card} copied. Contact at home: {phone}.",
        "lost passport - {titled} (DOB {dob}). Police report done; embassy appointment booked. Tour leader "
        "{staff}. Mobile {phone}.",
    ),
    "trace_report": (
        "TRACE: debtor {name} no longer at last known address. Now believed at {street} (electoral roll). Employer "
        "confirmed by phone. New mobile {phone}.",
        "Skip trace result - subject {lname}, born {dob}, id {id}. Bank account {iban} frozen per order {ref}.",
    ),
    "patrol": (
        "Patrol {date}: checked permits at the weir. Angler {name} fishing without a valid permit, given warning; "
        "address taken: {street}. Tel {phone}.",
        "Bailiff report - 3 rods on beat 2: {name}, {name2} and {name3} (all permits ok). Complaint from "
        "{titled} about parking. call back {phone2}.",
    ),
    "consent_witness": (
        "Consent taken by {staff}, witnessed by {name2} (relative). Participant {name} read the sheet aloud; "
        "copy posted to {street}.",
        "Re-consent v3.1: participant rang from {phone} - happy to continue. DOB {dob} checked against id {id}.",
    ),
}
GENRES_OF = {
    "blood": ("deferral", "reaction"), "trial": ("screen_fail", "consent_witness"), "payroll": ("payroll_change",),
    "letting": ("arrears",), "ward": ("discharge",), "rooming": ("tour_incident",), "debt": ("trace_report",),
    "angling": ("patrol",),
}  # fmt: skip
SCORED = {"name": "name", "name2": "name", "name3": "name", "lname": "name", "first": "name", "titled": "last_name",
          "titled2": "last_name", "init": "last_name", "slc": "last_name", "phone": "phone_number",
          "phone2": "phone_number", "email": "email", "street": "street_address", "dob": "date_of_birth",
          "id": "national_id", "iban": "iban", "card": "credit_debit_card"}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def english_templates() -> list[tuple[str, str]]:
    """(genre, template) of every English template."""
    return [(g, x) for g, xs in ENGLISH.items() for x in xs]


def fields(template: str) -> list[str]:
    """The placeholders of ``template`` in order."""
    return _FIELD.findall(template)


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note of ``template`` with ``values`` put in, and its truth: (entity, value) of every scored placeholder
    (``kinds`` overrides an entity: ``id`` is ``ssn`` in en_US and es_PR); a surname-only placeholder's truth is the
    surname (``values['_surname']``, or ``values['_surname2']`` for ``titled2``)."""
    truth = []
    for f in fields(template):
        entity = kinds.get(f, SCORED.get(f))
        if entity is None:
            continue
        if f in ("titled", "init"):
            truth.append((entity, values["_surname"]))
        elif f == "titled2":
            truth.append((entity, values["_surname2"]))
        else:
            truth.append((entity, values[f]))
    return _FIELD.sub(lambda m: values[m.group(1)], template), truth
