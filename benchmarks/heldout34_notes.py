"""Held-out set 34: the free-text notes, in genres no set used.

Ten English genres: a reception's incident log line, a dojo's injury report, an animal shelter's home-check report,
a repair shop's ticket update, a music teacher's practice report to parents, a cleaner's key-handover note, a
recruiter's screening note, a chess tournament withdrawal, an SMS thread pasted into a CRM, and a character
reference. People are named after roles before the verb (``Adopter Weber phoned``), in lists (``present: a, b and
c``), in lower case, in capitals, as ``K. Weber`` (the surname is the truth), in brackets, after verbs, and signed
at the end of a note with a name of the country's own stock; phones (some bare local digits in brackets), e-mails,
streets written the local way, ids after short cues (``id``, ``ref``, ``no.``), IBANs and cards; birth dates only
after a birth cue.

Two local genres in de fr es it nl pt: a lost-and-found notice and a car-share offer.

Placeholders: ``{name}`` ``{lname}`` (lower case) ``{upper}`` ``{init}`` ``{name2}`` ``{sign}`` ``{phone}``
``{phoneb}`` (bare national digits) ``{email}`` ``{street}`` ``{iban}`` ``{card}`` ``{nid}`` ``{dob}``.
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

import heldout32_people as p32
import heldout34_language as language

ENGLISH = {
    "reception incident": (
        "Visitor {name} arrived without a badge; host not answering. Called back on {phone}. Car was in the "
        "disabled bay - moved after {init} was paged. {sign}",
        "badge not returned by {lname} ({phoneb}), emailed {email}. id {nid} was checked at the desk. - {sign}",
        "Present at fire drill roll call: {name}, {name2} and {init}. Security escorted {upper} out at 16:10.",
    ),
    "injury report": (
        "Injury during randori: {name} (born {dob}) landed on the shoulder. Parent {name2} informed on {phone}. "
        "Ice applied. Reported by {sign}",
        "minor cut to lip, {lname}. mother rang back ({phoneb}). insurance address {street}, ref {nid}",
        "Coach {init} stopped the bout; {name} sat out. Father {name2} collected him. {sign}",
    ),
    "home-check": (
        "Home check at {street}: garden fenced, two cats already. Adopter {name} works from home, partner {name2} "
        "agrees. Contact {email}. {sign}",
        "visited {upper} at {street} - suitable for a large dog. Landlord consent seen. Tel {phone}.",
        "Adopter {init} phoned: the dog is settling in. Vet booked. Volunteer: {sign}",
    ),
    "repair update": (
        "Screen replaced. Customer {name} told by SMS on {phone}; deposit refunded to card {card}. {sign}",
        "waiting for part, told {lname} ({phoneb}). backup done, link sent to {email}.",
        "Customer {init} came back: touch still faulty. Spoke with {name} and offered a loan phone. {sign}",
    ),
    "practice report": (
        "Dear {name}, {name2} practised well this week; please sign the book. The direct debit from IBAN {iban} "
        "bounced. Best, {sign}",
        "Lesson moved to Thu. Called mum {name} on {phone}. Exam entry needs the date of birth: {dob}.",
        "Parent {init} asked about the concert. {name2} plays second. {sign}",
    ),
    "key handover": (
        "Keys for {street} handed to the neighbour {name2}, phone {phone}. Client {name} away until the 20th. {sign}",
        "key collected from {lname}; alarm reset. Invoice to {email}, pays from IBAN {iban}.",
        "Client {init} rang: cleaner may come Friday. Spare key with {name2} at {street}. {sign}",
    ),
    "recruiter screening": (
        "Spoke with {name} at stand 14: strong Python, wants to relocate. CV to {email}, call {phone}. Referee: "
        "{name2}. {sign}",
        "candidate {lname} (d.o.b. {dob}) needs a visa; id no. {nid}. follow up ({phoneb}).",
        "Recruiter {init} met {upper} twice; shortlisted with {name2}. {sign}",
    ),
    "tournament withdrawal": (
        "Withdrawal: {name} leaves after round 5 (illness). Captain {init} informed. Replacement {name2}, tel. "
        "{phone}. {sign}",
        "{upper} did not show up, forfeit. ref {nid} for the federation. contact {email}",
        "Arbiter {init} warned {name} for a phone ringing. Opponent {name2} accepted a draw. {sign}",
    ),
    "sms thread": (
        "[14:02] {name}: running late, 10 min\n[14:03] Office: ok\n[14:20] {name}: call me on {phone}\n- {sign}",
        "SMS from ({phoneb}): hi its {lname}, new email is {email} thx",
        "[09:15] {init}: is {name2} coming today?\n[09:16] Office: yes, at {street}\n- {sign}",
    ),
    "character reference": (
        "I have known {name} for six years as my neighbour at {street}. Contact me on {phone} or {email}. Yours, "
        "{sign}",
        "To whom it may concern: {upper}, born {dob}, worked for me. Reference no. {nid}. {name2}",
        "Referee {init} vouched for {name}; {name2} confirmed it. {sign}",
    ),
}
LOCAL = {
    "de": (
        "Gefunden: Schlüsselbund vor {street}. Bitte bei {name} melden, Tel. {phone}. {sign}",
        "Biete Mitfahrgelegenheit Samstag ab {street}, noch 2 Plätze. Meldet euch bei {name2} ({phoneb}). {sign}",
    ),
    "fr": (
        "Trouvé : un trousseau de clés devant le {street}. Contacter {name} au {phone}. {sign}",
        "Covoiturage samedi depuis {street}, 2 places. Écrire à {name2} ({phoneb}) ou {email}. {sign}",
    ),
    "es": (
        "Encontrado: llavero frente a {street}. Llamar a {name}, tel. {phone}. {sign}",
        "Comparto coche el sábado desde {street}, quedan 2 plazas. Avisad a {name2} ({phoneb}). {sign}",
    ),
    "it": (
        "Trovato mazzo di chiavi davanti a {street}. Chiamare {name} al {phone}. {sign}",
        "Passaggio in auto sabato da {street}, 2 posti liberi. Scrivere a {name2} ({phoneb}). {sign}",
    ),
    "nl": (
        "Gevonden: sleutelbos bij {street}. Bel {name} op {phone}. {sign}",
        "Meerijden zaterdag vanaf {street}, nog 2 plekken. Meld je bij {name2} ({phoneb}). {sign}",
    ),
    "pt": (
        "Achado: molho de chaves em frente a {street}. Contactar {name}, tel. {phone}. {sign}",
        "Boleia no sábado a partir de {street}, 2 lugares. Falar com {name2} ({phoneb}). {sign}",
    ),
}
LOCAL_FORMS = ("lost and found", "car-share offer")
GENRES = {
    "visitors": ("reception incident", "sms thread"),
    "dojo": ("injury report", "tournament withdrawal"),
    "shelter": ("home-check", "character reference"),
    "repairs": ("repair update", "sms thread"),
    "music": ("practice report", "character reference"),
    "keys": ("key handover", "sms thread"),
    "careers": ("recruiter screening", "character reference"),
    "chess": ("tournament withdrawal", "sms thread"),
}
_FIELD = re.compile(r"\{(\w+)\}")


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {form: _FIELD.split(tpls[0])[::2] for form, tpls in ENGLISH.items()}
    if language.lang(locale) in LOCAL:
        for form, tpl in zip(LOCAL_FORMS, LOCAL[language.lang(locale)], strict=True):
            out[form] = _FIELD.split(tpl)[::2]
    return out


def _id_entity(locale: str) -> str:
    return "ssn" if language.region(locale) in ("US", "PR") else "national_id"


def _facts(p, q, signer, locale: str, rng: random.Random, card: str) -> dict[str, tuple[str, str] | None]:
    layouts, weights = language.dob_mix(rng)
    bare = phonenumbers.format_number(p.mobile, phonenumbers.PhoneNumberFormat.NATIONAL) if p.mobile else ""
    bare = re.sub(r"[\s().-]", "", bare)
    phone = p32.phone_cell(p.mobile, rng.choice(p32.phone_mix(rng)), rng) if p.mobile else ""
    return {
        "name": ("name", p.full),
        "lname": ("name", p.full.lower()),
        "upper": ("name", p.full.upper()),
        "init": ("last_name", p.last),
        "name2": ("name", q.full),
        "sign": ("name", f"{signer.first} {signer.last}"),
        "phone": ("phone_number", phone) if phone else None,
        "phoneb": ("phone_number", bare) if bare else None,
        "email": ("email", p.email) if p.email else None,
        "street": ("street_address", p.street) if p.street else None,
        "iban": ("iban", p.iban) if getattr(p, "iban", None) else None,
        "card": ("credit_debit_card", card),
        "nid": (_id_entity(locale), p.nid) if p.nid else None,
        "dob": ("date_of_birth", p32.dob_cell(p.dob, language.proxy(locale), layouts, weights, rng)),
    }


def _render(template: str, facts: dict, p) -> tuple[str, list]:
    truth: list = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        entity, value = facts[key]
        text = f"{p.first[0]}. {p.last}" if key == "init" else value
        truth.append((entity, value))
        return text

    return _FIELD.sub(fill, template), truth


def make_note(p, q, locale: str, shape: str, rng: random.Random, card: str, signer=None) -> tuple[str, list, str, str]:
    """A row's note about ``p`` (and ``q``), signed by ``signer`` (another person of the table): (text, ``[(entity,
    value)]``, form, template); a template that needs a fact the person lacks (an IBAN, an id, a phone) gives way to
    one that does not."""
    if q is p or q.full == p.full:
        q = types.SimpleNamespace(first="Ana", last="Morel", full="Ana Morel")
    if signer is None or signer.full in (p.full, q.full):
        signer = q
    facts = _facts(p, q, signer, locale, rng, card)
    lang = language.lang(locale)
    genre = rng.choice(GENRES[shape])
    options = [(genre, x) for x in rng.sample(ENGLISH[genre], 3)]
    if lang in LOCAL and rng.random() < 0.3:
        k = rng.randrange(2)
        options.insert(0, (LOCAL_FORMS[k], LOCAL[lang][k]))
    for form, template in options:
        if all(facts.get(f) for f in _FIELD.findall(template)):
            text, truth = _render(template, facts, p)
            return text, truth, form, template
    form, template = genre, ENGLISH[genre][2]
    text, truth = _render(template, facts, p)
    return text, truth, form, template
