"""Held-out set 32: the free-text notes, in genres no set used.

Ten English genres: a carer's missed-visit escalation, a care office's next-of-kin call log, a mobile-money reversal
request, a sticky-note reminder (a line in lower case), a scrap yard's seller-id remark, a solicitor's attendance
note, a volunteer's "anything else we should know?" answer, a game warden's encounter report, a cooperative field
officer's farm visit note and a tax preparer's engagement memo. People are named after roles (``son``, ``next of
kin``), in brackets, in lower case, in capitals, as ``K. Weber``, by the given name alone, after verbs (``spoke
with``, ``met``); phones, e-mails, streets, ids, IBANs and cards; birth dates only after a birth cue.

Two local genres in de fr es it nl pt: a lost-document declaration and a key-holder nomination.

Placeholders: ``{name}`` ``{lname}`` (lower case) ``{upper}`` ``{init}`` (``K. Weber``: the surname is the truth)
``{first}`` ``{name2}`` ``{lname2}`` ``{first2}`` ``{phone}`` ``{phone2}`` ``{email}`` ``{street}`` ``{iban}``
``{card}`` ``{nid}`` ``{dob}``.
"""

from __future__ import annotations

import random
import re
import types

import heldout32_language as language
import heldout32_people as people

ENGLISH = {
    "missed_visit": (
        "Missed visit 07:45 - no answer at {street}, key safe code did not work. Rang client {name} on {phone} "
        "twice, no pick up. Escalated to on-call; son {first2} rang back from {phone2} and is driving over.",
        "ESCALATION: carer found the front door open at {street}, client {lname} confused but says she is fine. "
        "Surgery informed. Client born {dob}, please review the care plan. Daughter {name2} ({email}) wants an "
        "update by email.",
    ),
    "kin_call": (
        "Call log 14:10 - spoke with next of kin {name2} about her father ({init}). She asked us to use her new "
        "number {phone2} from now on, the old one is disconnected.",
        "NOK call: {name2} (son) cannot do the Sunday cover. Asked the office to ring {phone} or write to {email} "
        "instead. Pharmacy queried the client's date of birth {dob}.",
    ),
    "reversal": (
        "Reversal request: customer {upper} sent 4,500 to the wrong number {phone2} instead of {phone}. ID {nid} "
        "checked at the counter. Escalated to the operator, ticket pending.",
        "Customer {name} disputes yesterday's cash-out, says the card {card} was not with her. Call back on {phone} "
        "after 5pm.",
    ),
    "sticky": (
        "ring back {lname} re payment - {phone}",
        "{init} to bring proof of address ({street}) + id, tel {phone}",
        "chase {name} for the form, email {email}",
    ),
    "id_remark": (
        "ID checked: photo driving licence, name matches {name}, address on the licence {street} differs from the "
        "ticket. Seller says moved; asked for a utility bill. Mobile {phone}.",
        "Seller would not show ID at first, then gave a passport, born {dob}. Van registered to {name2}, who waited "
        "in the car. Paid by transfer to {iban}.",
    ),
    "attendance": (
        "Attendance note: met {name} at the office. Client instructs that her former partner {name2} still lives at "
        "{street}. New mobile {phone}; do not write to the old address.",
        "Telephone attendance, 20 mins: spoke with {init} about the completion date. Client will transfer the "
        "deposit from {iban}. Confirmed email {email}.",
    ),
    "anything_else": (
        "I can only do weekends. my partner {lname2} will also come, his number is {phone2}.",
        "I have a mild nut allergy. If I'm not answering try my mum {name2} on {phone2}. Born {dob} so I am over 18!",
    ),
    "warden": (
        "Encounter report: stopped a hunter on the forest track at 06:10, gave his name as {name}, licence produced, "
        "ID {nid}. Lives at {street}. Contact {phone}.",
        "Warden's note: shots heard near the boundary. Spoke to {init} and his companion {name2}; both licensed. "
        "Follow-up letter sent to {street}.",
    ),
    "field_visit": (
        "Farm visit: {name}'s plot, trees in poor shape after the rains. Advised pruning. Wife {first2} asked that "
        "payouts go to {phone2} and not to {phone}.",
        "Field visit - met farmer {upper} at home ({street}). Her id {nid} re-captured for the register, born {dob}. "
        "Wants the training dates by SMS.",
    ),
    "engagement": (
        "Engagement memo: {name}, joint return with spouse {first2}. Refund to {iban}. Client asked us to send the "
        "draft to {email} only.",
        "Client {init} called: moved to {street}, new mobile {phone}. Tax id on file {nid}; the date of birth {dob} "
        "was wrong on last year's return.",
    ),
}  # fmt: skip
LOCAL = {
    "de": ("Verlustanzeige: {name} meldet den Verlust des Ausweises Nr. {nid}. Wohnhaft {street}. Geboren am {dob}. "
           "Erreichbar unter {phone}.",
           "Schlüsselhalter: {name2}, wohnt {street}, Tel. {phone2}. Zweitschlüssel bei der Nachbarin {init}."),
    "fr": ("Déclaration de perte : {name} déclare avoir perdu sa carte n° {nid}. Domicile : {street}. Née le {dob}. "
           "Joignable au {phone}.",
           "Détenteur des clés : {name2}, {street}, tél. {phone2}. Un double chez la voisine {init}."),
    "es": ("Denuncia de extravío: {name} declara la pérdida de su documento {nid}. Domicilio en {street}. Nacida el "
           "{dob}. Teléfono {phone}.",
           "Persona con llaves: {name2}, vive en {street}, tel. {phone2}. Copia con la vecina {init}."),
    "it": ("Denuncia di smarrimento: {name} dichiara di aver smarrito il documento n. {nid}. Residente in {street}. "
           "Nata il {dob}. Recapito {phone}.",
           "Custode delle chiavi: {name2}, abita in {street}, tel. {phone2}. Copia presso la vicina {init}."),
    "nl": ("Verklaring van vermissing: {name} verklaart het identiteitsbewijs {nid} kwijt te zijn. Woont {street}. "
           "Geboren op {dob}. Bereikbaar op {phone}.",
           "Sleutelhouder: {name2}, woont {street}, tel. {phone2}. Reservesleutel bij buurvrouw {init}."),
    "pt": ("Declaração de extravio: {name} declara ter perdido o documento n.º {nid}. Residente em {street}. Nascida "
           "em {dob}. Contacto {phone}.",
           "Responsável pelas chaves: {name2}, mora na {street}, tel. {phone2}. Cópia com a vizinha {init}."),
}  # fmt: skip
LOCAL_FORMS = ("lost_document", "key_holder")
GENRES = {"care_rota": ("missed_visit", "kin_call"), "momo": ("reversal", "sticky"), "scrap": ("id_remark", "sticky"),
          "matters": ("attendance", "sticky"), "gforms": ("anything_else", "kin_call"),
          "hunting": ("warden", "id_remark"), "coop": ("field_visit", "reversal"),
          "tax": ("engagement", "attendance")}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {form: _FIELD.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    if language.lang(locale) in LOCAL:
        for form, tpl in zip(LOCAL_FORMS, LOCAL[language.lang(locale)], strict=True):
            out[form] = _FIELD.split(tpl)[::2]
    return out


def _values(p: types.SimpleNamespace, q: types.SimpleNamespace, locale: str, rng: random.Random) -> dict:
    """Each placeholder's (entity, text) for a row's person ``p`` and a second person ``q``."""

    def ph(n):
        return people.phone_cell(n, rng.choice(("national", "national", "intl")), rng)

    layouts, weights = language.dob_mix(rng)
    out = {"name": ("name", p.full), "lname": ("name", p.full.lower()), "upper": ("name", p.full.upper()),
           "init": ("last_name", p.last), "first": ("name", p.first), "name2": ("name", q.full),
           "first2": ("name", q.first), "lname2": ("name", q.full.lower()),
           "phone": ("phone_number", ph(p.mobile)), "phone2": ("phone_number", ph(q.mobile)),
           "email": ("email", p.email), "street": ("street_address", p.street),
           "card": ("credit_debit_card", people.card(rng)),
           "dob": ("date_of_birth", people.dob_cell(p.dob, locale, layouts, weights, rng))}  # fmt: skip
    if p.nid:
        out["nid"] = (people.id_entity(locale), p.nid)
    iban = people.iban_of(p)
    if iban:
        out["iban"] = ("iban", iban)
    return out


def make_note(p: types.SimpleNamespace, q: types.SimpleNamespace, locale: str, shape: str,
              rng: random.Random) -> tuple[str, list, str, str]:  # fmt: skip
    """A row's note about ``p`` (and ``q``): (text, ``[(entity, value)]``, form, template)."""
    values = _values(p, q, locale, rng)
    choices = [(f, tpl) for f in GENRES[shape] for tpl in ENGLISH[f]]
    lg = language.lang(locale)
    if lg in LOCAL and rng.random() < 0.4:
        choices = list(zip(LOCAL_FORMS, LOCAL[lg], strict=True))
    choices = [(f, tpl) for f, tpl in choices if all(k in values for k in _FIELD.findall(tpl))] or [
        ("sticky", ENGLISH["sticky"][0])
    ]
    form, template = rng.choice(choices)
    truth, parts = [], []
    for i, piece in enumerate(_FIELD.split(template)):
        if i % 2 == 0:
            parts.append(piece)
            continue
        entity, value = values[piece]
        text = f"{p.first[:1]}. {p.last}" if piece == "init" else value
        parts.append(text)
        if value:
            truth.append((entity, value))
    return "".join(parts), truth, form, template
