"""Free-text notes of held-out set 18: ten English genres new to the sets and the rendering of any note
template with its truth (the entity spans a replacement must remove).

English genres: a YAML-ish key list, a Markdown table pasted into a note, an issue-tracker comment thread,
a holiday postcard, a dictated memo (speech-to-text, lower case, no punctuation), a logfmt line, a
telegram (capitals, STOP), a gatehouse logbook, a sticky note and a record change log (old -> new).

Placeholders: ``{name}`` the row's person in the row's name form, ``{name2}`` a second person, ``{titled}`` the
row's person as title + surname, ``{phone}``/``{phone2}``, ``{email}``/``{email2}``, ``{street}`` (street line),
``{postcode}``, ``{town}``, ``{dob}``, ``{id}``, ``{iban}`` (IBAN, or a card where the country has none),
``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date layout), ``{staff}``, ``{idname}`` (the
national id's own name). Only personal data is truth: postcodes and towns are left unscored, as in set 17.
"""

from __future__ import annotations

import re

ENGLISH = {
    "yaml key list": (
        'client:\n  name: {name}\n  born: {dob}\n  phone: "{phone}"\n  email: {email}\n  address: '
        "{street}, {town} {postcode}\n  ref: {ref}\n  status: awaiting callback",
        "contact:\n  - who: {name}\n    tel: {phone}\n  - who: {name2}\n    tel: {phone2}\nbilling:\n  "
        "account: {iban}\n  amount: {amount}",
    ),
    "markdown table": (
        "| field | value |\n|---|---|\n| Contact | {name} |\n| Tel | {phone} |\n| Home | {street}, "
        "{postcode} {town} |\n| Amount due | {amount} |\n\nPasted from the tracker by {staff}.",
        "| who | role | reach on |\n|---|---|---|\n| {name} | applicant | {email} |\n| {name2} | next of "
        "kin | {phone2} |\nChecked against {idname} {id} on {date}.",
    ),
    "ticket thread": (
        "#{ref} comment 1 ({staff}): caller {name} ({dob}) says our letter went to {street} instead of the new "
        "flat.\ncomment 2: identity confirmed with {idname} {id}; call back on {phone} after 4pm.",
        "#{ref} opened by {staff}\n> customer {name} ({email}) disputes the charge of {amount}\n> reply "
        "sent {date}, escalated to {name2}, who can be reached on {phone2}",
    ),
    "postcard": (
        "Dear all, greetings from the coast! {name2} and I are staying near {street}, {town}. Ring me on "
        "{phone} if the cat misbehaves. Love, {name}",
        "Hi {titled}, the weather is glorious. Back on {date}; until then my mobile is {phone}. Best, {name2}",
    ),
    "dictated memo": (
        "memo dictated by {staff} re {name} born {dob} please send the renewal pack to {email} and copy "
        "{titled} new address is {street} {postcode} {town}",
        "dictation {ref} patient {name} date of birth {dob} telephone {phone} next of kin {name2} on {phone2}",
    ),
    "logfmt line": (
        'level=info event=contact_update ref={ref} name="{name}" phone="{phone}" email={email} dob={dob} '
        "amount={amount}",
        'ts={date} level=warn msg="payment details changed" account="{iban}" holder="{name}" by={staff}',
    ),
    "telegram": (
        "ARRIVED SAFELY STOP PLEASE SEND FUNDS TO {iban} STOP CONTACT {name} ON {phone} STOP",
        "REGRET DELAY STOP {titled} WILL MEET TRAIN STOP WIRE REPLY TO {street} {town} STOP",
    ),
    "gatehouse logbook": (
        "0740 {name} signed in at the gate, visitor badge {ref}. 0815 {titled} rang from {phone} about a "
        "parcel for {street}. 0902 all quiet.",
        "night log {date}: 2310 {name2} reported a car alarm; 2345 owner {name} (tel {phone}) moved the car. {staff}",
    ),
    "sticky note": (
        "ring {name} back!! {phone} (or {phone2}) - dob {dob} - lives {street}",
        "{titled} called re refund {amount} -> {email}, {idname} {id}",
    ),
    "record change log": (
        "{date} phone: {phone2} -> {phone}; email: {email2} -> {email}; address changed to {street}, "
        "{postcode} {town} by {staff}",
        "{date} name corrected to {name}; date of birth {dob} verified; bank account now {iban} ({staff})",
    ),
}

_FIELD = re.compile(r"\{(\w+)\}")
# Placeholders whose value is personal data, and the entity each is scored as.
ENTITY = {"phone": "phone_number", "phone2": "phone_number", "email": "email", "email2": "email",
          "street": "street_address", "dob": "date_of_birth", "iban": "iban"}  # fmt: skip


def render(template: str, values: dict[str, tuple[str, str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A note and its truth: ``values`` maps a placeholder to (text, entity or "", scored value).

    The truth lists each personal value once per occurrence in the note (postcodes, towns, refs and amounts
    have no entity).
    """
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        text, entity, value = values[m.group(1)]
        if entity:
            truth.append((entity, value))
        return text

    return _FIELD.sub(fill, template), truth
