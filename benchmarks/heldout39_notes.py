"""Held-out set 39: the notes (free text) of a row, with the exact labels of what in them is personal data.

Thirteen English genres new to the sets: eight of the shapes' own (a climbing wall instructor's induction note, a
launderette counter note, a caravan park warden's log, a childminder's daily diary, a meals-on-wheels driver's round
report, a darts league secretary's note, a timebank broker's note, a newsagent's delivery note) and five of any
table (a voicemail transcript, a WhatsApp group export line, a shift handover list, a committee's apologies and
actions, a to-do list on a sticky note). Two local genres (a call-back request and a handover note) are written in
de fr es it nl pt and pl sv. People come in full, titled, in capitals, in lower case, by surname alone (``Haynes
rang``), by given name alone, in lists of three or four in mixed forms, signing; streets with or without their
number; phones whole, bare (digits run together) or local; ids after typo'd cues (``natioanl id``, ``ID nmbr``,
``SSN#``); birth dates only after a birth cue. Look-alikes are in the templates' own text (``the Duke of
Wellington``, ``Bailey Unicorn``, ``Big Bertha``, ``Mrs Robinson`` the route): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue and title words filled in: they are the
template's own words).
"""

from __future__ import annotations

import random
import re

import heldout39_language as language
import heldout39_people as people

_ID_CUES = ("natioanl id", "ID nmbr", "SSN#", "id no.:", "ident. no", "nat. ins no", "I.D:", "pasport no", "ID-nr",
            "tax nr")  # fmt: skip
_BIRTH_CUES = ("dob", "born", "d.o.b.", "date of birth", "DoB:", "b.")

ENGLISH = {
    "climbing": (
        "Induction done for {full} ({birthcue} {dob}). Top rope ok, needs work on the figure-eight. Tried Mrs "
        "Robinson on the Lynn Hill slab, came off twice. Emergency contact {full2}, {phone2}.",
        "{given} signed the waiver, parent {full2} present. Parent's number {phone_bare2}. Bouldering only until "
        "belay test.",
        "{surname} back after the wrist injury, cleared by physio. Lives {street0}, walks over. Ask about the "
        "Hillary wall route setting.",
        "incident: {lower} fell from the auto-belay on Dave's Arete, no injury. told {given2}. call {phone2} if "
        "bruising.",
    ),
    "launderette": (
        "Service wash for {surname}, 2 bags, no softener. Will collect Thurs. Tel {phone_local}.",
        "{title} {surname} says Big Bertha shrank the duvet cover again, offered refund. Lives {street}.",
        "Bag left by {full}, collected by {full2} (neighbour) as agreed. Rang {phone_bare} to confirm.",
        "Speed Queen 2 out of order. {given} waiting for the Miele one, number {phone}.",
    ),
    "caravan": (
        "{full} moved the Bailey Unicorn to pitch C4. Wants the van winterised. Home {street}, {phone}.",
        "Awning left up again on B12 ({surname}). Letter sent to home address {street0}.",
        "DD bounced for {title} {surname}, IBAN on file {iban}. Ring {phone_local} evenings.",
        "{given} and {given2} arrived, Swift Challenger, dog on lead. {idcue} {id} seen at check-in.",
    ),
    "childminder": (
        "{given} had a good day, ate all lunch, nap 1-2.30. Collected by {full2}, password checked (Peppa). "
        "Parent's mobile {phone2}.",
        "Small bump on the head at the park, cold compress. Told {full2} at pick-up, form signed.",
        "{given} ({birthcue} {dob}) starts Tuesdays from Sept. {full3} may collect too, lives {street03}.",
        "Reminder: {surname} invoice overdue, emailed {email2}. Elsa costume day Friday!",
    ),
    "meals": (
        "No answer at {street}. Called NOK {full2} on {phone2}, client is at hospital. Meal left with neighbour.",
        "{title} {surname} wants soft diet from Monday. Key safe code changed, ask office. {birthcue} {dob}.",
        "{full} seemed confused today, didn't know the day. Rang the GP at Jenner Health Centre and family "
        "({phone_bare}).",
        "round 4: {lower} fine, {surname2} not home (hospital?), new client at {street0} starts wed.",
    ),
    "darts": (
        "{full} (The Ferret) moves from Queen Victoria to the Duke of Wellington. Fee paid. Mob {phone}.",
        "Fixture moved, Lord Nelson v Rose & Crown now 14th. Captains {full} and {full2} told.",
        "{surname} banned 2 weeks for abuse to the marker. Letter to {street}. {birthcue} {dob} so not youth.",
        "New player {given} {surname}, {idcue} {id} for the county registration, email {email}.",
    ),
    "timebank": (
        "{full} gave 2 hrs gardening to {full2} at {street0}. Both happy. Next: lift to hospital Tues.",
        "Broker call: {surname} wants Spanish lessons, offers ironing. Phone {phone_local}.",
        "{given} says {given2} never turned up, 2nd time. Spoke to them on {phone}. Lives {street}.",
        "New member {full} ({birthcue} {dob}), DBS ok, {idcue} {id}.",
    ),
    "newsagent": (
        "Stop papers for {title} {surname} 3-17 Aug, on holiday. Restart Radio Times only.",
        "{street}: Times changed to Guardian. Bill to {full}, {phone_local}.",
        "Paper left in rain at {street0} again, {surname} complained. New bag for round 2.",
        "{full} owes 3 weeks, said will pay Sat. Tel {phone_bare}. Daily Mirror and the Beano.",
    ),
    "voicemail": (
        "Voicemail 09:12: Hi it's {full}, calling about the booking, can you ring me back on {phone}, thanks.",
        "VM from {surname}, couldn't make out the rest, number sounded like {phone_bare}.",
        "voicemail: hiya it's {given} again, I'm at {street} all afternoon, bye.",
    ),
    "whatsapp": (
        "[12/03/26, 09:14] {full}: running late, can {given2} cover?",
        "[02/05/26, 18:40] {lower}: anyone got {surname2}'s number? mine is {phone_bare}",
        "[30/06/26, 07:02] {given}: I'm outside {street0}, where r u",
    ),
    "handover": (
        "Handover: 1) {full} rang, wants call back {phone}. 2) {surname2} paid cash. 3) Parcel for {given3} in "
        "the back.",
        "Handover - {title} {surname} complaint pending; {full2} asked for the file; {idcue} {id} needs checking.",
        "Shift notes: {list} all in today. Spare keys with {given}.",
    ),
    "committee": (
        "Apologies: {list}. Actions: {surname} to write to the council; {full2} to chase the quote.",
        "Minutes: {full} elected treasurer, {given2} seconded. Bank IBAN {iban} to be updated.",
        "AGM 14 May. Present: {list}. {full} ({birthcue} {dob}) joins as youth rep with parental consent.",
    ),
    "todo": (
        "TODO ring {surname} re form ({phone_local}); post card to {full2}, {street}.",
        "- chase {given}\n- ring {phone_bare}\n- key back from {full2}",
        "to do: email {email}, check {idcue} {id}, sign for {lower}",
    ),
}
GENERIC = ("voicemail", "whatsapp", "handover", "committee", "todo")

LOCAL = {
    "de": (
        (
            "callback",
            "Rückrufbitte: {title} {surname} hat angerufen wegen der Rechnung, bitte unter {phone} zurückrufen.",
        ),
        ("callback", "{full} bittet um Rückruf, Nummer {phone_bare}, wohnt {street}."),
        ("handover", "Übergabe: {full2} holt das Paket für {given} ab, Ausweis ({idcue} {id}) geprüft."),
        ("handover", "Übergabe: {surname} beschwert sich, Termin mit {full2} vereinbart. geb. {dob}"),
    ),
    "fr": (
        ("callback", "Rappeler {title} {surname} au {phone} au sujet de la facture."),
        ("callback", "{full} a appelé, merci de la rappeler au {phone_bare}. Adresse : {street}."),
        ("handover", "Passation : {full2} récupère le colis de {given}, pièce d'identité vue ({idcue} {id})."),
        ("handover", "Passation : {surname} mécontent, rendez-vous pris avec {full2}. Né le {dob}."),
    ),
    "es": (
        ("callback", "Llamar a {title} {surname} al {phone} por la factura."),
        ("callback", "Ha llamado {full}, devolver la llamada al {phone_bare}. Vive en {street}."),
        ("handover", "Relevo: {full2} recoge el paquete de {given}, documento visto ({idcue} {id})."),
        ("handover", "Relevo: {surname} se quejó, cita con {full2}. Fecha de nacimiento {dob}."),
    ),
    "it": (
        ("callback", "Richiamare {title} {surname} al {phone} per la fattura."),
        ("callback", "Ha chiamato {full}, richiamare al {phone_bare}. Abita in {street}."),
        ("handover", "Passaggio consegne: {full2} ritira il pacco di {given}, documento visto ({idcue} {id})."),
        ("handover", "Passaggio consegne: {surname} si è lamentato, appuntamento con {full2}. Nato il {dob}."),
    ),
    "nl": (
        ("callback", "Terugbellen: {title} {surname} belde over de factuur, nummer {phone}."),
        ("callback", "{full} heeft gebeld, graag terugbellen op {phone_bare}. Woont {street}."),
        ("handover", "Overdracht: {full2} haalt het pakket van {given} op, legitimatie gezien ({idcue} {id})."),
        ("handover", "Overdracht: {surname} klaagde, afspraak gemaakt met {full2}. Geboren {dob}."),
    ),
    "pt": (
        ("callback", "Ligar de volta a {title} {surname} para o {phone} sobre a fatura."),
        ("callback", "{full} ligou, pediu para ligar para o {phone_bare}. Mora na {street}."),
        ("handover", "Passagem de turno: {full2} levanta a encomenda de {given}, documento visto ({idcue} {id})."),
        ("handover", "Passagem de turno: {surname} reclamou, marcado com {full2}. Data de nascimento {dob}."),
    ),
    "pl": (
        ("callback", "Oddzwonić: {title} {surname} dzwoniła w sprawie faktury, numer {phone}."),
        ("callback", "Dzwonił {full}, prosi o kontakt pod {phone_bare}. Mieszka {street}."),
        ("handover", "Przekazanie zmiany: {full2} odbiera paczkę dla {given}, dowód sprawdzony ({idcue} {id})."),
        ("handover", "Przekazanie zmiany: {surname} złożył skargę, spotkanie z {full2}. Data urodzenia {dob}."),
    ),
    "sv": (
        ("callback", "Ring tillbaka: {full} ringde om fakturan, nummer {phone}."),
        ("callback", "{surname} vill bli uppringd på {phone_bare}. Bor på {street}."),
        ("handover", "Överlämning: {full2} hämtar paketet åt {given}, legitimation kontrollerad ({idcue} {id})."),
        ("handover", "Överlämning: {surname} klagade, tid bokad med {full2}. Född {dob}."),
    ),
}
_LOCAL_ID_CUES = {"de": ("Ausweisnr", "Ausw.-Nr", "IdNr"), "fr": ("n° sécu", "NIR", "num secu"),
                  "es": ("DNI", "dni nº", "D.N.I"), "it": ("CF", "cod. fisc.", "C.F."),
                  "nl": ("BSN", "bsn nr", "b.s.n."),
                  "pt": ("NIF", "nif nº", "contribuinte"), "pl": ("PESEL", "pesel nr", "nr PESEL"),
                  "sv": ("pnr", "personnr", "pers.nr")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"^\s*\d+[\w/-]*,?\s+|,?\s+\d+[\w/-]*\s*$")


_BOX = re.compile(r"^\s*(p\.?\s*o\.?\s*box|bp|box|postfach|apartado|casilla|caixa postal)\b", re.I)


def street_without_number(street: str) -> str:
    """The street as said without its house number (``294 Vincent Springs`` -> ``Vincent Springs``); a P.O. box
    stays whole (it is no street without its number)."""
    if _BOX.match(street):
        return street
    s = _NUMBER.sub("", street).strip(" ,")
    s = re.sub(r",?\s*(д|кв|no|nr|n°|n\.)\.?\s*\d+\w*$", "", s, flags=re.I).strip(" ,")
    return s if s and s != street and any(c.isalpha() for c in s) else street


def _needs(template: str) -> set[str]:
    return set(_SLOT.findall(template))


_NEEDS = {"id": "nid", "iban": "iban", "email": "email", "street": "street", "street0": "street"}


def _usable(template: str, main, others: list) -> bool:
    """Every slot of the template has a value for its person (no id, IBAN or street where there is none)."""
    for slot in _needs(template):
        if slot in ("title", "idcue", "birthcue", "list"):
            continue
        index = int(slot[-1]) - 2 if slot[-1] in "23" else -1
        if index >= len(others):
            return False
        who = main if index < 0 else others[index]
        attr = _NEEDS.get(slot.rstrip("23"))
        if attr and not getattr(who, attr, None):
            return False
    return True


def _phone(p, rng: random.Random, kind: str) -> str:
    num = p.mobile if rng.random() < 0.7 or p.landline is None else p.landline
    if kind == "phone_bare":
        return re.sub(r"\D", "", people.phone_text(num, "national"))
    if kind == "phone_local":
        return people.phone_local(num)
    return people.phone_text(num, rng.choice(("intl", "national", "national", "e164", "dash_intl")), rng)


def _value(slot: str, p, rng: random.Random, locale: str) -> tuple[str, str] | None:
    """(entity, value) of one slot for person ``p``."""
    base = slot.rstrip("23")
    if base == "full":
        return "name", p.full
    if base == "given":
        return "name", p.first
    if base == "surname":
        return "last_name", p.last
    if base == "lower":
        return "name", p.full.lower() if people.latin(p) else p.full
    if base == "street":
        return "street_address", p.street
    if base == "street0":
        return "street_address", street_without_number(p.street)
    if base in ("phone", "phone_bare", "phone_local"):
        return "phone_number", _phone(p, rng, base)
    if base == "id":
        return "national_id", p.nid
    if base == "dob":
        return "date_of_birth", language.fmt_date(
            language.iso_of(p.dob), locale, rng.choice(("local", "iso", "ordinal"))
        )
    if base == "email":
        return "email", p.email
    if base == "iban":
        return "iban", p.iban
    return None


def _list(people_: list, rng: random.Random, lg: str) -> tuple[str, list[tuple[str, str]]]:
    parts, truth = [], []
    for q in people_:
        form = rng.choice(("full", "given", "surname_title", "init_last"))
        if not people.latin(q):
            form = "full"
        if form == "full":
            parts.append(q.full)
            truth.append(("name", q.full))
        elif form == "given":
            parts.append(q.first)
            truth.append(("name", q.first))
        elif form == "init_last":
            parts.append(f"{q.first[0]}. {q.last}")
            truth.append(("last_name", q.last))
        else:
            parts.append(f"{people.title(q, lg)} {q.last}")
            truth.append(("last_name", q.last))
    return ", ".join(parts[:-1]) + " and " + parts[-1], truth


def fill(template: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str]:
    """The note, its labels and its own template (cues and titles written in)."""
    lg = language.lang(locale)
    cues = _LOCAL_ID_CUES.get(lg, _ID_CUES) if template in {t for _, t in LOCAL.get(lg, ())} else _ID_CUES
    template = template.replace("{idcue}", rng.choice(cues)).replace("{birthcue}", rng.choice(_BIRTH_CUES))
    template = template.replace("{title}", people.title(main, lg))
    truth: list[tuple[str, str]] = []
    seen: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        slot = m.group(1)
        if slot in seen:
            return seen[slot]
        if slot == "list":
            text, labels = _list([main, *others][:4], rng, lg)
            truth.extend(labels)
        else:
            who = others[int(slot[-1]) - 2] if slot[-1] in "23" else main
            ev = _value(slot, who, rng, locale)
            if ev is None or not ev[1]:
                return ""
            truth.append(ev)
            text = ev[1]
        seen[slot] = text
        return text

    return _SLOT.sub(sub, template), truth, template


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the five generic genres; in de fr es it nl pt pl sv a third are local genres."""
    lg = language.lang(locale)
    if lg in LOCAL and rng.random() < 0.35:
        choices = [(f, t) for f, t in LOCAL[lg] if _usable(t, main, others)]
        if choices:
            form, template = rng.choice(choices)
            text, truth, own = fill(template, main, others, rng, locale)
            return text, truth, own, f"{lg} {form}"
    form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
    choices = [t for t in ENGLISH[form] if _usable(t, main, others)]
    if not choices:
        form = genre
        choices = [t for t in ENGLISH[form] if _usable(t, main, others)] or [ENGLISH["voicemail"][0]]
    text, truth, own = fill(rng.choice(choices), main, others, rng, locale)
    return text, truth, own, form
