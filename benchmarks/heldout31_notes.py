"""Held-out set 31: the free-text notes, ten English genres and two local ones, new to the sets.

English genres (every shape draws from two or three): a PayPal buyer's dispute message (``dispute``), a canvasser's
doorstep log (``canvass``), a prison visitor's id check (``idcheck``), a midwife's booking summary (``booking``), a
register office's reminder letter (``reminder``), a census enumerator's call-back note (``callback``), a webinar's
Q&A log (``qanda``), a referee's reference letter (``reference``), a refund instruction (``refund``) and a
safeguarding referral (``safeguard``). Local genres (de fr es it nl pt; English elsewhere is not drawn): a letter of
authority (``authority``: ``Vollmacht``, ``procuration``, ``autorización``, ``delega``, ``machtiging``,
``procuração``) and a change-of-address notice (``moved``).

People are named after their role (``partner {name}``), in lists (``A, B and C``), in lower case, as ``K. Weber``,
in brackets, after verbs (``rang Weber``) and by the given name alone; birth dates only after a birth cue.
Placeholders: ``{name}`` ``{name2}`` ``{name3}`` (whole names), ``{low}`` (lower case), ``{init}`` (``K. Weber``),
``{last}`` ``{first}`` (parts), ``{street}``, ``{phone}``, ``{email}``, ``{iban}``, ``{card}``, ``{nid}``,
``{dob}``; ``{ref}``, ``{day}`` and ``{amount}`` are no personal data.
"""

from __future__ import annotations

ENGLISH = {
    "dispute": [
        "Buyer {name} opened a dispute: parcel never arrived at {street}. Says she tried {phone} twice. "
        "Reply to {email} ref {ref}.",
        "case {ref} - item not as described. customer {low} wants a full refund of {amount}, contact {email} / {phone}",
        "Dispute escalated. Spoke with {first} on {phone}; the card {card} was charged twice on {day}.",
    ],
    "canvass": [
        "Knocked at {street}: occupier said {name} moved out, new residents are {name2} and {name3}. Tel {phone}.",
        "no reply at {street}, left form. neighbour (mrs {last}) says family away till {day}.",
        "Spoke to {init} at the door; adds her son {name2}, who turns 18 soon (born {dob}). Email {email}.",
    ],
    "idcheck": [
        "Visitor showed passport in the name {name}, DOB {dob}, id no. {nid}. Escorted child {first}. Mobile {phone}.",
        "ID mismatch: booking says {name2} but licence reads {name}. Officer rang {last} on {phone} to confirm.",
        "visitor {low} refused search, visit cancelled; address given {street}.",
    ],
    "booking": [
        "Booking appt done. Partner {name} (tel {phone}) present. Mother d.o.b. {dob}. Lives at {street}.",
        "Seen with her mum {name2}. Interpreter requested. GP to be informed; NI/ID {nid}. Contact {email}.",
        "Midwife visited {last} at home ({street}); next of kin sister {name2} on {phone}.",
    ],
    "reminder": [
        "Dear {name}, we have not yet received your appointment to register the birth. Please call {phone} "
        "or write to {email}.",
        "Reminder sent to {init}, {street}, second letter. Father {name2} to attend as informant.",
        "Parents {name} and {name2} rebooked for {day}; confirmation to {email}.",
    ],
    "callback": [
        "HH head absent. Spoke to {low} who gave names of {name2}, {name3} and a lodger. Call back on {phone}.",
        "refused DOB for {first}; wife says he was born {dob}. Return visit {day} at {street}.",
        "Listed ({last}) at {street}; phone {phone}; eldest son {name2} answered for the household.",
    ],
    "qanda": [
        "Q from {name} ({email}): can the certificate be sent to {street}? A: yes, after the session.",
        "{low} asked for the slides; host replied in chat and emailed {email}. Dial-in used {phone}.",
        "Attendee {init} paid with card {card} and was charged twice; host passed it to {name2}.",
    ],
    "reference": [
        "I have known {name} for three years as her tutor. She can be reached on {phone}. Signed, {name2}.",
        "Referee {name2} confirmed by email ({email}) that {first} completed the course. Applicant born {dob}.",
        "Reference chased: applicant {name} gave the wrong referee address ({street}); rang {last} on {phone}.",
    ],
    "refund": [
        "Please refund {amount} to IBAN {iban}, account holder {name}. Confirmation to {email}.",
        "Refund by bank transfer: {iban} ({init}). Ref {ref}. Questions on {phone}.",
        "Cheque returned from {street}; refund instead to card {card}, authorised by {name}.",
    ],
    "safeguard": [
        "Concern raised by {name2} about {name}: partner {name3} seen at {street}. Police informed, ref {ref}.",
        "Safeguarding: visitor {low} brought a child not on the list; grandmother {name2} collected, tel {phone}.",
        "Referral to social care for {init} (born {dob}); contact mother on {phone} or {email}.",
    ],
}

LOCAL = {
    "authority": {
        "de": "Vollmacht: Ich, {name}, geboren am {dob}, bevollmächtige {name2}, wohnhaft {street}, Tel. {phone}.",
        "fr": "Procuration : je soussignée {name}, née le {dob}, donne pouvoir à {name2}, demeurant "
        "{street}, tél. {phone}.",
        "es": "Autorización: yo, {name}, nacida el {dob}, autorizo a {name2}, con domicilio en {street}, tel. {phone}.",
        "it": "Delega: io sottoscritta {name}, nata il {dob}, delego {name2}, residente in {street}, tel. {phone}.",
        "nl": "Machtiging: ik, {name}, geboren op {dob}, machtig {name2}, wonende {street}, tel. {phone}.",
        "pt": "Procuração: eu, {name}, nascida em {dob}, autorizo {name2}, residente na {street}, tel. {phone}.",
    },
    "moved": {
        "de": "Umzug gemeldet: {name} wohnt jetzt {street}. Neue E-Mail {email}, Handy {phone}. IBAN {iban}.",
        "fr": "Changement d'adresse : {name} habite désormais {street}. Courriel {email}, portable {phone}. "
        "IBAN {iban}.",
        "es": "Cambio de domicilio: {name} vive ahora en {street}. Correo {email}, móvil {phone}. IBAN {iban}.",
        "it": "Cambio di residenza: {name} abita ora in {street}. E-mail {email}, cellulare {phone}. IBAN {iban}.",
        "nl": "Verhuizing doorgegeven: {name} woont nu {street}. E-mail {email}, mobiel {phone}. IBAN {iban}.",
        "pt": "Mudança de morada: {name} vive agora na {street}. E-mail {email}, telemóvel {phone}. IBAN {iban}.",
    },
}
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt")

# Which English genres each shape's notes draw from.
GENRES = {
    "paypal": ("dispute", "refund"),
    "electoral": ("canvass", "callback"),
    "prison": ("idcheck", "safeguard"),
    "antenatal": ("booking", "safeguard"),
    "registrar": ("reminder", "refund"),
    "census": ("callback", "canvass"),
    "webinar": ("qanda", "refund"),
    "admissions": ("reference", "refund"),
}

_ENTITY = {"name": "name", "name2": "name", "name3": "name", "low": "name", "init": "name", "first": "name",
           "last": "last_name", "street": "street_address", "phone": "phone_number", "email": "email",
           "iban": "iban", "card": "credit_debit_card", "dob": "date_of_birth"}  # fmt: skip


def entity_of(field: str, id_entity: str) -> str | None:
    """The truth entity of a placeholder (``nid``: the locale's id entity; ``ref``/``day``/``amount``: None)."""
    return id_entity if field == "nid" else _ENTITY.get(field)
