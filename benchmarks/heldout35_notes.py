"""Held-out set 35: the free-text notes, ten English genres new to the sets and two local ones.

English (every locale): a golf marshal's report, a notary clerk's file memo, a tailor's fitting note, a curator's
provenance note, a reunion organiser's e-mail digest (``cc:`` lines), a gift message to an Etsy seller, an Airbnb
host's checkout report, a petition signer's comment, meeting minutes with a roll call (``Present:`` /
``Apologies:``) and a voicemail transcript. Local (de fr es it nl pt, about a third of the notes there): a parcel
left-with-a-neighbour card and a small ad on a notice board.

People are named after roles before the verb (``Marshal``, ``Clerk``, ``Cutter``), in lists, in brackets, in lower
case, in capitals, as ``K. Weber`` (truth: the surname), by surname or given name alone when the row's own person
is meant (the same person the table's name column holds in another form), and signed at the end by another person
of the table (the country's own stock). Phones are written whole or as bare national digits in brackets, ids
after ``id`` / ``ref`` / ``no.``, birth dates only after a birth cue.
"""

from __future__ import annotations

import re

import phonenumbers

import heldout32_people as p32
import heldout35_cells as cells
import heldout35_people as people

# field -> truth entity (``id`` is ``ssn`` in the US and Puerto Rico: ``heldout32_people.id_entity``).
ENTITY = {"n1": "name", "n2": "name", "n3": "name", "s1": "last_name", "g1": "name", "lc1": "name", "up2": "name",
          "ini2": "last_name", "ph": "phone_number", "phn": "phone_number", "em": "email", "st": "street_address",
          "id": "national_id", "ib": "iban", "cd": "credit_debit_card", "dob": "date_of_birth",
          "sig": "name"}  # fmt: skip

ENGLISH = {
    "marshal": [
        "Marshal {n2} reported slow play on the 7th; group of {s1} moved on. Call back on {ph}. — {sig}",
        "marshal's log: {lc1} and {ini2} played from the wrong tee, asked to re-tee. ball hit car park. {sig}",
        "Lost ball claim: {g1} says the buggy was damaged before; witness {up2} ({phn}). Reported by {sig}",
    ],
    "memo": [
        "File note. Clerk {n2} met {n1} (id {id}) re the sale; keys to follow. Tel {ph}. {sig}",
        "Attendance: {n1}, {n2} and {n3}. Funds to be sent from {ib} before signing. Initials {ini2}.",
        "Memo: client {s1} born {dob} asked for a copy to {st}. Cc: {n2}, {sig}",
    ],
    "fitting": [
        "Cutter said {n2} did the first fitting; {s1} wants the hem shorter. Ring ({phn}) when ready.",
        "2nd fitting ok. collect by {lc1} or wife. paid on card {cd}. {sig}",
        "Customer {n1} will send their sister {up2} to pick up, call {ph} first.",
    ],
    "provenance": [
        "Provenance: given to {n1}'s mother by {n2} in the 1950s; {s1} has the letters. Contact {em}. {sig}",
        "Curator {ini2} visited {st} to see the rest of the collection; donor phone {ph}.",
        "Gift agreement signed by {n1} (d.o.b. {dob}) and witnessed by {n3}. Notes by {sig}",
    ],
    "digest": [
        "Hi all! {g1} can't find {n2} on Facebook - anyone have a number? cc: {n3}, {lc1}",
        "From: {em}. Will come with {up2}. Still at {st} if anyone wants to visit! - {sig}",
        "Roll call so far: {n1}, {n2}, {ini2}, {n3}. Text me on {ph}. {sig}",
        "Quiz entry for {g1} {s1}, date of birth: {dob}. Partner: {n2}. {sig}",
    ],
    "gift": [
        "Please gift wrap, it's for {n2}'s birthday. Don't put my name ({n1}) on the invoice. Thx {g1}",
        "Can you ship to my mum {up2} instead? Her mobile is {ph}. - {s1}",
        "if the courier can't deliver please leave with neighbour {lc1} at {st}. {sig}",
    ],
    "checkout": [
        "Guest {n1} checked out late, left a charger. Cleaner {n2} found it. Guest mobile ({phn}). {sig}",
        "Police reg done for {s1} (ref {id}), born {dob}; partner {n3} no ID shown.",
        "Deposit refund to {ib} for guest {n1}; cleaner {ini2} says all fine. {sig}",
        "checkout: towels missing. {lc1} says their friend {ini2} took them by mistake, will pay by card {cd}.",
    ],
    "comment": [
        "I'm signing because my son {n2} nearly got hit on this road. {n1}, {st}",
        "Signed for me and my neighbours {n2}, {ini2} and {n3}. Email me at {em} - {g1}",
        "As a resident (tel {ph}) I object. {sig}",
        "Signed on behalf of my father {n2}, id no. {id}. {n1}",
    ],
    "minutes": [
        "Present: {n1}, {n2}, {n3}. Apologies: {ini2}. Chair {sig} opened the meeting.",
        "minutes - present: {lc1}, {up2}; apologies {n3}. action: {s1} to phone {ph}.",
    ],
    "voicemail": [
        "Voicemail 10:42: hi it's {g1} {s1}, calling about the booking, ring me on {ph}, that's {phn}. Bye.",
        "VM from {n2} for {n1}: please call back ({phn}). Transcribed by {sig}",
    ],
}  # fmt: skip
LOCAL = {
    "de": [
        "Paket für {n1} bei Nachbar {n2} abgegeben, {st}. Rückfragen unter {ph}. {sig}",
        "Biete Babysitting, Schülerin, Anruf bei {g1} ({phn}) oder Mail {em}. Gruß {sig}",
    ],
    "fr": [
        "Colis pour {n1} déposé chez le voisin {n2}, {st}. Tél. {ph}. {sig}",
        "Cherche covoiturage, contacter {g1} au ({phn}) ou {em}. Merci, {sig}",
    ],
    "es": [
        "Paquete para {n1} entregado al vecino {n2}, {st}. Tel. {ph}. {sig}",
        "Se alquila habitación, preguntar por {g1} ({phn}) o {em}. Saludos, {sig}",
    ],
    "it": [
        "Pacco per {n1} lasciato al vicino {n2}, {st}. Tel. {ph}. {sig}",
        "Offro ripetizioni, chiamare {g1} ({phn}) o scrivere a {em}. {sig}",
    ],
    "nl": [
        "Pakket voor {n1} afgegeven bij buren {n2}, {st}. Bel {ph}. {sig}",
        "Oppas gezocht, bel {g1} ({phn}) of mail {em}. Groet, {sig}",
    ],
    "pt": [
        "Encomenda para {n1} entregue ao vizinho {n2}, {st}. Tel. {ph}. {sig}",
        "Aluga-se quarto, falar com {g1} ({phn}) ou {em}. Obrigado, {sig}",
    ],
}
_FIELD = re.compile(r"\{(\w+)\}")


def _phone_text(number, rng, bare: bool) -> str:
    if number is None:
        return ""
    if bare:
        return str(number.national_number)
    fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                      phonenumbers.PhoneNumberFormat.E164])  # fmt: skip
    return phonenumbers.format_number(number, fmt)


def _values(ctx, p, q, r, sig) -> dict[str, tuple[str, str]]:
    """Every field's (text, truth value) for one note; a field whose person lacks the fact is left out."""
    rng = ctx.rng
    lat_q = people.latin(q)
    vals = {
        "n1": (p.full, p.full), "n2": (q.full, q.full), "n3": (r.full, r.full),
        "s1": (p.last, p.last), "g1": (p.first, p.first), "lc1": (p.full.lower(), p.full.lower()),
        "up2": (q.full.upper(), q.full.upper()),
        "ini2": (people.name_cell(q, "initial"), q.last) if lat_q else (q.full, q.full),
        "ph": (_phone_text(p.mobile, rng, False),) * 2, "phn": (_phone_text(p.mobile, rng, True),) * 2,
        "em": (p.email, p.email), "sig": (sig.full, sig.full),
        "cd": (c := p32.card(rng, grouped=rng.random() < 0.6), c),
    }  # fmt: skip
    if p.street:
        vals["st"] = (p.street, p.street)
    if p.nid:
        vals["id"] = (people.p32.id_cell(p.nid, rng, bare=0.5),) * 2
    if getattr(p, "iban", None):
        vals["ib"] = (p.iban, p.iban)
    if p.dob:
        d = cells.language.fmt_date(p.dob, ctx.locale, rng.choice(["num", "iso", "num_short"]))
        vals["dob"] = (d, d)
    return {k: v for k, v in vals.items() if v[0]}


def note(ctx, genre: str, p, crowd: list) -> tuple[str, str, str, list[tuple[str, str]]]:
    """(text, form, template, truth) of one note about the row's person ``p``; others of the table named too."""
    rng = ctx.rng
    others = [x for x in dict.fromkeys(map(id, crowd)) if x != id(p)]
    by_id = {id(x): x for x in crowd}
    picked = [by_id[i] for i in rng.sample(others, min(3, len(others)))] if others else []
    while len(picked) < 3:
        picked.append(picked[-1] if picked else p)
    q, r, sig = picked
    if ctx.lg in LOCAL and rng.random() < 0.3:
        form, choices = ("parcel card" if rng.random() < 0.5 else "small ad"), LOCAL[ctx.lg]
        choices = [choices[0] if form == "parcel card" else choices[1]]
    else:
        roll = rng.random()
        form = genre if roll < 0.7 else ("minutes" if roll < 0.85 else "voicemail")
        choices = ENGLISH[form]
    vals = _values(ctx, p, q, r, sig)
    usable = [t for t in choices if all(f in vals for f in _FIELD.findall(t))]
    if not usable:
        usable = [t for g in ("minutes",) for t in ENGLISH[g] if all(f in vals for f in _FIELD.findall(t))]
    template = rng.choice(usable)
    truth: list[tuple[str, str]] = []
    entity_id = p32.id_entity(ctx.locale) if ctx.locale not in cells.language.NEW8_35 else "national_id"
    for f in _FIELD.findall(template):
        entity = entity_id if f == "id" else ENTITY[f]
        truth.append((entity, vals[f][1]))
    text = _FIELD.sub(lambda m: vals[m.group(1)][0], template)
    return text, form, template, truth


def literals() -> dict[str, list[str]]:
    """Per form, the own text of its first template (the parts between the fields)."""
    out = {g: _FIELD.split(ts[0])[::2] for g, ts in ENGLISH.items()}
    return out
