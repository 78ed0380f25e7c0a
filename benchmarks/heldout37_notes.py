"""Held-out set 37: the free-text notes, twelve English genres new to the sets and two local ones in eight
languages.

English (every locale): a driving instructor's lesson log, a choir secretary's attendance message, an allotment
committee's inspection note, a dental receptionist's recall call log, a removal surveyor's visit note, a wedding
planner's RSVP chase, a bike mechanic's job card, a librarian's overdue call, an e-mail with a signature block
(role, mobile, e-mail), a volunteer rota (a list of people in mixed forms), a voicemail transcript (lower case,
spelled-out phone) and a group-chat excerpt (lower-case names, surnames alone). Half a table's English notes are
of its own shape's genre. Local (de fr es it nl pt, and pl sv, about a third of the notes there): a callback
request and a shift handover.

People are named in full, titled, in lower case, by surname or given name alone (the row's own person, whom the
name column holds in another form), in lists and signatures (another person of the table); streets whole or
without their number; phones whole, bare or local; ids after typo'd cues (``ID nr``, ``natl id``, ``SNN``,
``pasport/id``); birth dates only after a birth cue; e-mails, IBANs and cards where the genre has them.
"""

from __future__ import annotations

import random
import re

from heldout_common import template_parts

# isort: split
import heldout37_language as language
import heldout37_people as people
from heldout37_rows import bare_street

ENGLISH: dict[str, list[str]] = {
    "lesson_log": [
        "Lesson 2h with {who}. Roundabouts fine, mirror checks still late. Picked up from {street_bare}; "
        "{other} (parent) asked about test dates, call her back on {phone}.",
        "{who_first} cancelled <24h again. Policy says charge. Text sent to {phone_bare}. Dad {other_last} "
        "says he will pay. ID nr {nid} seen for the theory cert.",
    ],
    "choir_msg": [
        "Attendance Thurs: {l1}, {l2}, {l3} and {l4}. Apologies: {other_last}. {who_first} to bring the "
        "Fauré scores back please.\nThanks, {sig}",
        "Folder 14 still out - last signed for by {who} ({email}). Could someone ask {other_first}? "
        "Subs outstanding from {third}. {sig_first}",
    ],
    "allotment_insp": [
        "Inspection 3 May: plot untidy, couch grass spreading. Tenant {who} given 28 days. Neighbour "
        "{other_lower} complained about a bonfire. Letter posted to {street_bare}. - {sig}",
        "Spoke to {who_last} on site, says back trouble, {other} will help dig. Rent to be paid from "
        "{iban}. Committee: {l1}, {l2}.",
    ],
    "recall_call": [
        "Rang {who} on {phone} re 6-month recall, no answer, left vm. Pt DOB {dob} checked when she rang "
        "back. Rebook w/ hygienist {staff}.",
        "{who_last} called - lost filling. Emergency slot Tue 9:10. {other} (parent) will bring her, "
        "contact {phone_bare}. natl id {nid} on file.",
    ],
    "survey_note": [
        "Survey at {street}: upright piano 1st floor, narrow stairs, need 4 men. Customer {who} "
        "({phone}) wants full packing. Keys with neighbour {other}.",
        "Customer {who_lower} moving in with {other_first} {other_last}. Parking permit needed outside "
        "{street_bare}. Deposit paid by card {card}.",
    ],
    "rsvp_followup": [
        "Chased {who_lower} by text - coming with {other_first}, vegan. Invite went to the old address, "
        "new one is {street}. ({sig})",
        "No reply yet from {who} or {third}. {sig_first} to ring {who_first} on {phone}. Bride says "
        "seat {other_last} away from the bar!",
    ],
    "job_card": [
        "{who_last} says gears slipping since the crash. Quote 45 OK'd by phone {phone_bare}. His "
        "brother {other} will collect Sat.",
        "Cust {who} - wheel rebuild, pays by card {card} on collection. Email invoice to {email}. "
        "Checked by {sig_first}.",
    ],
    "overdue_call": [
        "Spoke to {who} re 3 overdue items; says they were returned by {other_lower}. pasport/id {nid} "
        "seen at desk. Waive fine if found. {sig}",
        "Overdue letter returned undelivered from {street}. Borrower {who_last} born {dob}, phone "
        "{phone} no longer in service.",
    ],
    "signature": [
        "Hi all, the updated list is attached, please check your own entry. {who_first}, yours still has "
        "the old number.\n\nKind regards\n{sig}\nSecretary | m: {sig_phone} | {sig_email}",
        "Thanks {who} - received with thanks.\n--\n{sig}\nOffice manager\nTel {sig_phone}\n{sig_email}",
    ],
    "rota": [
        "Rota for Saturday: {l1}, {l2}, {l3}, {l4}. Keys: {who}. Cover if needed: {other_lower}.",
        "Volunteers this week - {l1} (am), {l2} (pm), {l3} (till). Thank you {who_first}! {sig}",
    ],
    "voicemail": [
        "VM 09:14 - hi it's {who_lower}, ringing about the booking, my number is {phone_bare}, date of "
        "birth {dob} if you need it, thanks bye",
        "VM: {other_first} calling for {who_last}, can you ring back on {phone} after 5, cheers",
    ],
    "chat": [
        "[10:02] {other_lower}: is {who_first} coming tonight?\n[10:03] {sig_first}: yes, picking her up "
        "from {street_bare} at 7",
        "[18:40] {sig_first}: {who_last} paid?\n[18:41] {other_first}: yes to {iban} yesterday",
    ],
}

LOCAL: dict[str, list[str]] = {
    "de": [
        "Rückruf erbeten: {who} ({phone}) wegen des Termins am Freitag. Wohnt jetzt in der {street_bare}. "
        "Gruß {sig_first}",
        "Übergabe: {who_last} hat angerufen, Unterlagen bitte an {email}. Geb.-Datum {dob}. Rückfragen bei {other}.",
    ],
    "fr": [
        "Rappel demandé par {who} au {phone} : rendez-vous à déplacer. Nouvelle adresse : {street}. Merci, {sig_first}",
        "Passation : {who_last} est passé ce matin avec {other_lower}. Né le {dob}. Devis à envoyer à {email}.",
    ],
    "es": [
        "Llamar a {who} al {phone} para confirmar la cita. Vive en {street_bare}. Un saludo, {sig_first}",
        "Aviso: {who_last} pasó por la tienda con {other}. Fecha de nac. {dob}. Enviar presupuesto a {email}.",
    ],
    "it": [
        "Richiamare {who} al {phone} per spostare l'appuntamento. Abita in {street}. Ciao, {sig_first}",
        "Consegna: {who_last} è passato con {other_lower}, nato il {dob}. Mandare il preventivo a {email}.",
    ],
    "nl": [
        "Terugbellen: {who} ({phone}) over de afspraak van vrijdag. Woont nu aan de {street_bare}. Groet, {sig_first}",
        "Overdracht: {who_last} kwam langs met {other}. Geboortedatum {dob}. Offerte mailen naar {email}.",
    ],
    "pt": [
        "Ligar a {who} para o {phone} para confirmar a marcação. Mora na {street_bare}. Obrigado, {sig_first}",
        "Passagem de turno: {who_last} veio com {other_lower}. Data de nasc. {dob}. Enviar orçamento para {email}.",
    ],
    "pl": [
        "Prośba o kontakt: {who}, tel. {phone}, w sprawie terminu. Mieszka przy {street_bare}. Pozdrawiam, {sig_first}",
        "Przekazanie zmiany: dzwonił(a) {who_last}, towarzyszy {other}. Data ur. {dob}. Wycenę wysłać na {email}.",
    ],
    "sv": [
        "Ring tillbaka: {who} ({phone}) om tiden på fredag. Bor nu på {street_bare}. Hälsningar, {sig_first}",
        "Överlämning: {who_last} kom in med {other_lower}. Födelsedatum {dob}. Skicka offerten till {email}.",
    ],
}
_LOCAL_SHARE = 0.35
_FIELD = re.compile(r"\{(\w+)\}")
_NEEDS = {"nid": "nid", "iban": "iban"}


def _phone(num, rng: random.Random, bare: bool) -> str:
    layout = "digits" if bare else rng.choice(["national", "intl", "local", "digits", "dashed"])
    return people.phone_text(num, layout)


def _nid_entity(locale: str) -> str:
    return "ssn" if locale == "en_US" else "national_id"


def _fields(p, q, r, s, crowd: list, staff: str, locale: str, rng: random.Random) -> dict:
    """Every placeholder's (text, truth pair or None) for one note: ``p`` the row's person, ``q`` and ``r`` other
    people of the table, ``s`` the signer."""
    lg = language.lang(locale)
    form = rng.choice(["natural", "natural", "titled", "upper", "tight", "surname_upper"])
    who = people.name_cell(p, form, lg)
    lat = people.latin

    def low(x) -> str:
        return x.full.lower() if lat(x) else x.full

    f: dict = {
        "who": (who, ("name", who)),
        "who_first": (p.first, ("name", p.first)),
        "who_last": (p.last, ("last_name", p.last)),
        "who_lower": (low(p), ("name", low(p))),
        "other": (q.full, ("name", q.full)),
        "other_first": (q.first, ("name", q.first)),
        "other_last": (q.last, ("last_name", q.last)),
        "other_lower": (low(q), ("name", low(q))),
        "third": (r.full, ("name", r.full)),
        "sig": (s.full, ("name", s.full)),
        "sig_first": (s.first, ("name", s.first)),
        "staff": (staff, None),
    }
    for i, x in enumerate(rng.sample(crowd, 4), start=1):
        lf = rng.choice(["natural", "first", "last", "lower", "natural"])
        cell = people.name_cell(x, lf, lg) if lf != "lower" else low(x)
        f[f"l{i}"] = (cell, people.name_truth(x, lf, cell))
    phone = _phone(p.mobile if rng.random() < 0.7 else p.landline, rng, False)
    bare = _phone(p.mobile, rng, True)
    sig_phone = people.phone_text(s.mobile, rng.choice(["intl", "national"]))
    dob = language.fmt_date(language.iso_of(p.dob), locale, rng.choice(["iso", "local", "short", "text", "month"]))
    street_bare = bare_street(p.street)
    f |= {
        "phone": (phone, ("phone_number", phone)),
        "phone_bare": (bare, ("phone_number", bare)),
        "sig_phone": (sig_phone, ("phone_number", sig_phone)),
        "email": (p.email, ("email", p.email)),
        "sig_email": (s.email, ("email", s.email)),
        "street": (p.street, ("street_address", p.street)),
        "street_bare": (street_bare, ("street_address", street_bare)),
        "dob": (dob, ("date_of_birth", dob)),
        "card": (c := people.card(rng), ("credit_debit_card", c)),
    }
    if p.nid:
        f["nid"] = (p.nid, (_nid_entity(locale), p.nid))
    if p.iban:
        f["iban"] = (p.iban, ("iban", p.iban))
    return f


def _usable(template: str, fields: dict) -> bool:
    return all(name in fields for name in _FIELD.findall(template))


def note(
    p, q, r, s, crowd: list, staff: str, locale: str, rng: random.Random, own: str = ""
) -> tuple[str, list, str, str]:
    """One note about row person ``p`` (``q``, ``r``: other people of the table, ``s``: who signs): (text, truth
    pairs, form, template); half the English notes are of the shape's ``own`` genre."""
    fields = _fields(p, q, r, s, crowd, staff, locale, rng)
    lg = language.lang(locale)
    if lg in LOCAL and rng.random() < _LOCAL_SHARE:
        form, options = f"local_{lg}", LOCAL[lg]
    else:
        form = own if own and rng.random() < 0.5 else rng.choice(sorted(ENGLISH))
        options = ENGLISH[form]
    usable = [t for t in options if _usable(t, fields)]
    if not usable:
        form, usable = "rota", ENGLISH["rota"]
    template = rng.choice(usable)
    text = template.format(**{k: v[0] for k, v in fields.items()})
    truth = []
    for name in _FIELD.findall(template):
        pair = fields[name][1]
        if pair and pair not in truth:
            truth.append(pair)
    return text, truth, form, template


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text."""
    out = {form: template_parts(ts[0]) for form, ts in ENGLISH.items()}
    lg = language.lang(locale)
    if lg in LOCAL:
        out[f"local_{lg}"] = template_parts(LOCAL[lg][0])
    return out
