"""Held-out set 36: the free-text notes, ten English genres new to the sets and two local ones.

English (every locale): a tattoo artist's aftercare follow-up, a salon's consultation card, a kennel's handover
report, a locksmith's job report, a race marshal's incident note, a gas engineer's defect note, raffle committee
minutes with a roll call, a donor's message, a forwarded e-mail with its signature block, and a long handover
(3-6 sentences, several people). Local (de fr es it nl pt, about a third of the notes there): a note left on a door
and a lost-and-found notice. People are named after roles before the verb, in lists (``Present:``, ``cc:``), in
lower case, as initials, in brackets, by surname or given name alone (the row's own person, whom the name column
holds in another form) and signed at the end by another person of the table; phones whole or bare in brackets;
ids after short or typo'd cues (``ref no``, ``nr.``); birth dates only after a birth cue.
"""

from __future__ import annotations

import random
import re

import phonenumbers

import heldout36_language as language
import heldout36_people as people

_FIELD = re.compile(r"\{(\w+)\}")
_ENTITY = {"full": "name", "qfull": "name", "rfull": "name", "first": "name", "qfirst": "name", "lower": "name",
           "qlower": "name", "rlower": "name", "init": "name", "qinit": "name", "last": "last_name",
           "qlast": "last_name",
           "upper": "last_name", "phone": "phone_number", "bare": "phone_number", "email": "email",
           "street": "street_address", "nid": "national_id", "iban": "iban", "card": "credit_debit_card",
           "dob": "date_of_birth"}  # fmt: skip
ENGLISH = {
    "aftercare": [
        "Texted {first} re aftercare, healing well. Rang back from {phone}. {qfull}",
        "aftercare check: client {lower} says scabbing ok; mum (born {dob}) asked about a touch-up. - {qinit}",
        "Follow-up: {init} reacted to the ointment, sent to GP. Call ({bare}) before rebooking. ref no {nid}",
    ],
    "consult": [
        "Patch test done. {last} prefers evenings; partner {qfull} collects. Card on file {card}.",
        "Consultation: client {full}, allergic to PPD, wants to go lighter. Email receipts to {email}",
        "{first} booked with {qfirst} again - cc: {qlower}, {rfull}. New mobile {phone}",
    ],
    "kennel": [
        "Handover: owner {full} dropped off at 8, collecting Sat. Emergency contact {qfull} on {phone}.",
        "Kennel maid {qfirst} noticed limping; owner informed ({bare}). Pick-up by {rfull}, not {first}.",
        "Dog left by {lower} of {street}. Neighbour {qinit} has a key. DD from {iban}",
    ],
    "locksmith": [
        "Lockout at {street}. Tenant {full} showed ID nr. {nid}; landlord {qfull} okayed by phone.",
        "Job done, paid by card {card}. Customer ({bare}) wants a quote for the back door. {qlast}",
        "Engineer {qfirst} attended. Occupier {upper} not home, met son at {street}. Call {phone}",
    ],
    "marshal": [
        "Runner {full} collapsed at mile 9, medics called; partner {qfull} informed on {phone}.",
        "Bib swapped without consent: entered as {init}, ran as {qlower}. DOB on entry {dob}.",
        "Marshals present: {qfull}, {rfull}, {first}. Lost property handed to {qinit} ({bare}).",
    ],
    "gasdefect": [
        "Boiler at {street} condemned (ID warning). Tenant {full} told; landlord {qfull} to call {phone}.",
        "Landlord {last} refused access twice; agent {qfirst} has keys. Email {email}",
        "Flue spillage. Occupant {lower} (born {dob}) moved to sister's. ref {nid}",
    ],
    "minutes": [
        "Present: {full}, {qfull}, {rfull}. Apologies: {qinit}. Treasurer {last} reported ticket sales.",
        "Raffle: first prize drawn by {qfirst}; winner {full} rang on {phone}. Chair {rlower} thanked all.",
        "Action: {init} to collect stubs from {street}; {qlast} to bank takings into {iban}.",
    ],
    "donor": [
        "In memory of Dad, from {full} and family. Thank you {qfirst} for organising!",
        "Go {qfirst}!! Love from {lower} & the kids x",
        "Donated for {qfull} - proud of you. Any receipt to {email} please. {last}",
    ],
    "forward": [
        "---------- Forwarded message ---------\nFrom: {qfull} <{email}>\nPlease add {full} to the list.\n"
        "--\n{qfull}\nMob: {phone}\n{street}",
        "FW: booking for {init}\n> Kind regards,\n> {qfull}\n> T: {phone} | E: {email}",
    ],
    "long": [
        "Long day. {full} came in with {qfull} at ten. {qfirst} paid, {first} signed. The manager {rfull} "
        "approved the refund. Ring {first} back on {phone} before Friday.",
        "Client {lower} rang twice. Her husband {qfull} (born {dob}) is the account holder. We agreed {rfull} "
        "will visit {street}. Id seen: {nid}. Confirmation to {email}.",
    ],
}
LOCAL = {
    "de": {
        "door": [
            "Liebe Frau {last}, wir waren da und haben Sie nicht angetroffen. Bitte rufen Sie {qfull} an: {phone}",
            "Paket bei {qlower} abgegeben (Nachbarin, {street}). Gruß {rfull}",
        ],
        "found": [
            "Gefunden: Schlüsselbund. Abzuholen bei {full}, Tel. ({bare}).",
            "Fundsache: Brille, gehört evtl. {qfirst}. Meldung an {email}",
        ],
    },
    "fr": {
        "door": [
            "Madame {last}, nous sommes passés en votre absence. Rappelez {qfull} au {phone}.",
            "Colis déposé chez {qlower}, voisine, {street}. Cordialement, {rfull}",
        ],
        "found": [
            "Trouvé : un trousseau de clés. Le réclamer auprès de {full}, tél. ({bare}).",
            "Objet trouvé : lunettes, peut-être à {qfirst}. Écrire à {email}",
        ],
    },
    "es": {
        "door": [
            "Sra. {last}: pasamos y no había nadie. Llame a {qfull} al {phone}.",
            "Paquete dejado con {qlower}, vecina de {street}. Saludos, {rfull}",
        ],
        "found": [
            "Encontrado: llavero. Preguntar por {full}, tel. ({bare}).",
            "Objeto perdido: gafas, quizá de {qfirst}. Escribir a {email}",
        ],
    },
    "it": {
        "door": [
            "Gentile {last}, siamo passati ma non c'era nessuno. Chiami {qfull} al {phone}.",
            "Pacco lasciato da {qlower}, vicina, {street}. Saluti, {rfull}",
        ],
        "found": [
            "Trovato: mazzo di chiavi. Chiedere a {full}, tel. ({bare}).",
            "Oggetto smarrito: occhiali, forse di {qfirst}. Scrivere a {email}",
        ],
    },
    "nl": {
        "door": [
            "Beste mevrouw {last}, we hebben u niet thuis getroffen. Bel {qfull}: {phone}",
            "Pakket afgegeven bij {qlower}, buurvrouw, {street}. Groet, {rfull}",
        ],
        "found": [
            "Gevonden: sleutelbos. Op te halen bij {full}, tel. ({bare}).",
            "Gevonden voorwerp: bril, misschien van {qfirst}. Mail {email}",
        ],
    },
    "pt": {
        "door": [
            "Cara Sra. {last}, passámos e não estava ninguém. Ligue a {qfull}: {phone}",
            "Encomenda deixada com {qlower}, vizinha, {street}. Cumprimentos, {rfull}",
        ],
        "found": [
            "Encontrado: molho de chaves. Falar com {full}, tel. ({bare}).",
            "Perdido: óculos, talvez de {qfirst}. Escrever para {email}",
        ],
    },
}
_LOCAL_SHARE = 0.33


def _values(p, q, r, locale: str, rng: random.Random) -> dict[str, str]:
    fmt = phonenumbers.PhoneNumberFormat
    num = p.mobile
    latin = people.latin(p)
    vals = {"full": p.full, "qfull": q.full, "rfull": r.full, "first": p.first, "qfirst": q.first,
            "lower": p.full.lower() if latin else p.full, "qlower": q.full.lower() if people.latin(q) else q.full,
            "rlower": r.full.lower() if people.latin(r) else r.full,
            "init": f"{p.first[0]}. {p.last}" if latin else p.full,
            "qinit": f"{q.first[0]}. {q.last}" if people.latin(q) else q.full, "last": p.last, "qlast": q.last,
            "upper": p.last.upper() if latin else p.last,
            "phone": phonenumbers.format_number(num, rng.choice((fmt.INTERNATIONAL, fmt.NATIONAL))),
            "bare": "".join(c for c in phonenumbers.format_number(num, fmt.NATIONAL) if c.isdigit()),
            "email": p.email, "street": p.street or "", "nid": p.nid or "", "iban": p.iban or "",
            "card": people.card(rng),
            "dob": language.fmt_date(p.dob, locale, rng.choice(("local", "text")))}  # fmt: skip
    return {k: str(v) for k, v in vals.items()}


def note(p, q, r, locale: str, rng: random.Random, own: str = "") -> tuple[str, list, str, str]:
    """One note about row person ``p`` (``q``, ``r``: other people of the table): (text, truth pairs, form,
    template); half the English notes are of the shape's ``own`` genre."""
    lg = language.lang(locale)
    if lg in LOCAL and rng.random() < _LOCAL_SHARE:
        genres = {f"{lg}:{k}": v for k, v in LOCAL[lg].items()}
    elif own in ENGLISH and rng.random() < 0.5:
        genres = {own: ENGLISH[own]}
    else:
        genres = ENGLISH
    vals = _values(p, q, r, locale, rng)
    choices = [(form, t) for form, ts in genres.items() for t in ts if all(vals[f] for f in _FIELD.findall(t))]
    if not choices:
        choices = [(form, t) for form, ts in ENGLISH.items() for t in ts if all(vals[f] for f in _FIELD.findall(t))]
    form, template = rng.choice(choices)
    text = template.format(**vals)
    truth, seen = [], set()
    for field in _FIELD.findall(template):
        pair = (_ENTITY[field], vals[field])
        if field.startswith("r") and field not in ("rfull", "rlower"):
            continue
        if pair not in seen:
            seen.add(pair)
            truth.append(pair)
    return text, truth, form, template


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text."""
    out = {form: _FIELD.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    lg = language.lang(locale)
    for k, ts in LOCAL.get(lg, {}).items():
        out[f"{lg}:{k}"] = _FIELD.split(ts[0])[::2]
    return out
