"""Free-text notes of held-out set 19: ten English genres new to the sets and the rendering of a note template
with its truth (the entity spans a replacement must remove).

English genres: a bug report with a stack trace, an SQL INSERT pasted into a note, a web-form URL with its
query string, an out-of-office auto-reply, a doctor's fit note, a character reference, a questionnaire (Q/A),
a till receipt footer, a visitor sign-in sheet and a radio dedication request. Every note of English-speaking
locales, half of the other first 7, a quarter elsewhere; the rest are in the locale's language
(``heldout19_local``).

Placeholders and what each one is scored as: ``{name}`` (the row's person in the row's form), ``{name_lower}``,
``{name_upper}``, ``{name2}`` (a second person), ``{first}`` (given name alone) -> name; ``{titled}`` (title +
surname) -> last_name (the surname); ``{phone}``/``{phone2}`` -> phone_number; ``{email}``; ``{street}`` ->
street_address; ``{dob}`` -> date_of_birth; ``{id}`` -> national_id (ssn in en_US); ``{iban}`` -> iban (a card
where the country has no IBAN); ``{card}`` -> credit_debit_card. Not scored: ``{postcode}``, ``{town}``,
``{ref}``, ``{amount}``, ``{date}`` (an event date in the birth-date layout), ``{staff}``, ``{idname}``.
"""

# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped ones)

from __future__ import annotations

import re

GENRES: dict[str, tuple[str, ...]] = {
    "bug report": (
        "BUG-{ref}: export crashes for customer {name}\nSteps: open profile, edit phone to {phone}, save.\n"
        "Traceback (most recent call last):\n  File \"app/profile.py\", line 88, in save\n    "
        "validate(email='{email}', dob='{dob}')\nValueError: bad postcode for {street}\nAssigned: {staff}",
        "Issue #{ref} - {titled} cannot log in. Account email {email}, backup number {phone2}.\n"
        "  at AuthService.verify(AuthService.java:212)\n  at LoginController.post(LoginController.java:57)\n"
        "Caused by: IdMismatch id={id} expected holder {name}",
    ),
    "sql insert": (
        "INSERT INTO members (full_name, phone, email, street, dob) VALUES ('{name}', '{phone}', '{email}', "
        "'{street}', '{dob}'); -- ticket {ref}",
        "UPDATE payouts SET iban = '{iban}', holder = '{name_upper}' WHERE member_ref = '{ref}'; "
        "-- requested by {name2} on {date}",
    ),
    "web form url": (
        "Submitted form: https://forms.example.org/apply?ref={ref}&applicant={name}&tel={phone}&mail={email}"
        "&birth={dob} (received {date})",
        "Callback link sent to {name}: https://portal.example.net/verify?id={id}&contact={email} - "
        "if it fails ring {phone}.",
    ),
    "out of office": (
        "Automatic reply: I am out of the office until {date}. For urgent matters contact {name2} on {phone2} "
        "or email {email}. Kind regards, {name}",
        "OOO - {name} is on leave. Post for {street} will be collected weekly. Deputy: {titled}, {phone}.",
    ),
    "fit note": (
        "Statement of fitness for work. Patient: {name}, date of birth {dob}, address {street}, {town}. "
        "Assessed on {date}; not fit for work for 3 weeks. Practitioner: {name2}.",
        "Fit note issued to {name_upper} (born {dob}, {idname} {id}). Phone on file {phone}. "
        "Review with {titled} in two weeks.",
    ),
    "character reference": (
        "To whom it may concern, I have known {name} for nine years as a neighbour on {street}. "
        "She or he is honest and reliable. You can reach me on {phone2} or {email}. Yours faithfully, {name2}",
        "Reference for {titled}: a volunteer since {date}, always punctual. Contact the referee {name2} at "
        "{phone}.",
    ),
    "questionnaire": (
        "Q1 Your name? A: {name_lower}\nQ2 Date of birth? A: {dob}\nQ3 Best number? A: {phone}\n"
        "Q4 Home street? A: {street}\nQ5 Anything else? A: no",
        "Q: Who should we contact? A: {name2}, {phone2}\nQ: Your email? A: {email}\nQ: Bank for refunds? "
        "A: {iban}",
    ),
    "receipt footer": (
        "THANK YOU {name_upper}! Paid {amount} by card {card}. Loyalty no. {ref}. Questions? {phone2}",
        "Receipt {ref} / served by {staff} / customer {name} / refund to {iban} / {date}",
    ),
    "visitor sign-in": (
        "VISITOR LOG {date}\nName: {name} | Host: {titled} | Mobile: {phone} | Car park: B | In 09:12 Out 10:40",
        "Signed in: {name_lower} ({email}), visiting {name2}; emergency number {phone2}; badge {ref}",
    ),
    "radio request": (
        "Dedication request: please play something for {first}, it's her birthday - born {dob}! "
        "From {name2} on {street}. Text line {phone}.",
        "Caller {name} from {town} wants a shout-out for {titled}. Call back on {phone} or {email}.",
    ),
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
SCORED = {"name": "name", "name_lower": "name", "name_upper": "name", "name2": "name", "first": "name",
          "titled": "last_name", "phone": "phone_number", "phone2": "phone_number", "email": "email",
          "email2": "email", "street": "street_address", "dob": "date_of_birth", "card": "credit_debit_card"}  # fmt: skip


def render(template: str, values: dict[str, str], kinds: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The note text and its truth: each scored placeholder's entity and the value as written.

    ``values`` maps every placeholder to its text; ``kinds`` gives the entity of ``id`` (ssn or national_id)
    and of ``iban`` (iban or credit_debit_card); for ``titled`` the surname alone (``values['titled_last']``)
    is the truth.
    """
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        text = values[key]
        entity = kinds.get(key) or SCORED.get(key)
        if entity and text:
            truth.append((entity, values["titled_last"] if key == "titled" else text))
        return text

    return _PLACEHOLDER.sub(fill, template), truth
