# ruff: noqa: E501 - templates and id tables keep one entry per line
"""Set 14's free-text notes: English genres, OCR'd forms and local SMS/handover templates.

Part of ``bench_pii_heldout14_tables`` (split from it by concept; the tables are unchanged).
"""

from __future__ import annotations

import random
import re

import phonenumbers as pn

from heldout14_base import FIRST7, LANG, TITLES, WORDS
from heldout14_people import Person, fmt_phone
from heldout14_rows import Ctx, dob_str, full

# ---------------------------------------------------------------- free-text notes
# Placeholders: name/name_lc/NAME_UC/inv (full names), tlast (title + surname), dlast/dlast_lc (a doctor's,
# vet's or neighbour's surname), first, name2/first2 (a second person), phone/phone_i/phone_x, email, nid,
# dob, street/street_lc/STREET_UC, addr (street, postcode town), acct (IBAN, else card), card; not labelled:
# ref, when, pc, town, amt.
EN_NOTES = {
    "sms thread": [
        "[{when} 08:14] {phone_i}: hi its {name_lc}, locked out again can u ring me back\n[{when} 08:20] Office: "
        "who is this pls?\n[{when} 08:21] {phone_i}: {first} from {street_lc}",
        "SMS export | from {phone} | to Reception\n> pls send the form to {email} not the old one. thx {NAME_UC}\n"
        "> dob is {dob} if u need it",
    ],
    "witness statement": [
        "I, {name}, of {addr}, date of birth {dob}, make this statement believing it to be true. On {when} I saw "
        "{tlast2} arguing with the driver outside the shop. I can be contacted on {phone}.",
        "WITNESS STATEMENT (ref {ref}). Name: {inv}. Address: {street}, {pc} {town}. Tel: {phone_x}. I have known "
        "{name2} for about six years, we used to work together at the depot.",
    ],
    "shift handover": [
        "Handover night to day. Bay 4: {name} (DOB {dob}) settled, obs stable. NOK {name2} rang at 3am, wants a call "
        "back on {phone}. Dr {dlast} to review on the morning round.",
        "HANDOVER 19:00 - {NAME_UC} - bed 12 - allergic to penicillin. Partner {first2} on {phone_i}. Lives at {addr}, "
        "key safe code held by family. Bloods chased.",
    ],
    "discharge summary": [
        "DISCHARGE SUMMARY\nPatient: {inv}   DOB: {dob}   ID: {nid}\nAddress: {street}, {town} {pc}\nGP: Dr {dlast}\n"
        "Follow-up: clinic will call {phone}; copy of letter sent to {email}.",
        "Discharged home on {when} to {addr} with relative {name2}. Pt {name} tolerating diet and mobilising. ID checked "
        "({nid}). District nurse to ring {phone_x}.",
    ],
    "adjuster notes": [
        "Spoke w/ insured {tlast} at 10:40. Confirmed address {street_lc}, {town}. Payout to {acct} once invoice "
        "recvd. Treating vet is {dlast}. Call back on {phone}.",
        "Adjuster note {ref}: claimant {name} (dob {dob}) says the dog got out from {street}. Neighbour {name2} saw it. "
        "Email docs to {email}.",
    ],
    "landlord whatsapp": [
        "[{when}, 21:02] Landlord: {first} the boiler man is coming tmrw to {street}\n[{when}, 21:05] {name}: ok. my "
        "new number is {phone}\n[{when}, 21:06] Landlord: rent to {acct} as usual pls",
        "{when}, 7:45 pm - {NAME_UC}: hi its the tenant at {addr}\n{when}, 7:46 pm - {NAME_UC}: mr {dlast_lc} next door "
        "says water is coming thru the ceiling",
    ],
    "courier exception": [
        "EXCEPTION {ref} - NOT DELIVERED. Consignee {NAME_UC}, {STREET_UC}, {pc}. No answer, card left. Tel "
        "{phone_i} unreachable. Redeliver or hold at depot.",
        "Exception report: parcel for {inv} refused at {street}. Recipient gave alternative contact {name2} / {email}. "
        "ID shown at door: {nid}.",
    ],
    "parish record": [
        "Baptism register: {name}, born {dob}, child of {name2}, residing at {addr}. Officiant Rev. {dlast}.",
        "Banns of marriage read for {NAME_UC} of this parish ({street}) and {name2}. Contact for the office: {phone}.",
    ],
    "crm timeline": [
        "{when} 09:12 call out to {name}, no answer\n{when} 09:30 email sent to {email}\n{when} 14:02 {first} called "
        "back from {phone_x}, wants a quote for {ref}\n{when} 14:10 address updated: {addr}",
        "timeline | {when} | lead created: {inv} | {when} | prefers whatsapp {phone_i} | {when} | dob verified {dob}",
    ],
    "email signature": [
        "Thanks,\n{name}\nBooking coordinator\nM: {phone_i} | T: {phone_x}\n{email}\n{addr}\nSent from my phone",
        "-- \n{NAME_UC}\n{street}\n{pc} {town}\ntel. {phone}\nmail {email}",
    ],
    "tenant screening": [
        "Tenant screening {ref}: applicant {name}, DOB {dob}, ID {nid}, current address {addr}. Previous landlord "
        "{tlast2} gave a good reference ({phone}). Card on file {card}.",
        "screening - {name_lc} - employer confirmed, reference from {name2}. bank {acct}. contact {email}",
    ],
}
# OCR'd forms: the labels are the language's column words; line breaks fall where the scanner put them.
OCR_FORM = [
    "{L_name}: {name}\n{L_dob}:\n{dob} {L_address}: {street}\n, {pc} {town} {L_phone}: {phone}\n{L_email}: "
    "{email} {L_id}:\n{nid}",
    "{L_last} / {L_first}: {last_uc} /\n{first} {L_phone}:\n{phone_i} {L_street}: {street} {L_city}: {town}\n"
    "{L_dob}: {dob}",
]
LOCAL_NOTES = {
    "de": [
        "[{when} 08:14] {phone}: Hallo, hier ist {name}, ich komme heute später. Neue Anschrift: {addr}",
        "Übergabe Frühdienst: Zi. 4, {tlast} (geb. {dob}) stabil. Angehörige {name2} bittet um Rückruf unter "
        "{phone_i}. Ausweis {nid}.",
    ],
    "fr": [
        "[{when} 08:14] {phone} : Bonjour, c'est {name}, je serai en retard. Ma nouvelle adresse : {addr}",
        "Transmissions de nuit : ch. 4, {tlast} (né(e) le {dob}), RAS. {name2} demande qu'on rappelle au {phone_i}. "
        "N° {nid}.",
    ],
    "es": [
        "[{when} 08:14] {phone}: Hola, soy {name}, llego tarde. Mi nueva dirección es {addr}",
        "Relevo de turno: hab. 4, {tlast} (nac. {dob}) estable. Su familiar {name2} pide que le llamen al {phone_i}. "
        "Documento {nid}.",
    ],
    "it": [
        "[{when} 08:14] {phone}: Ciao, sono {name}, arrivo in ritardo. Nuovo indirizzo: {addr}",
        "Consegna turno notte: stanza 4, {tlast} (nato/a il {dob}) stabile. Il familiare {name2} chiede di essere "
        "richiamato al {phone_i}. Documento {nid}.",
    ],
    "nl": [
        "[{when} 08:14] {phone}: Hoi, met {name}, ik ben later. Mijn nieuwe adres is {addr}",
        "Overdracht nachtdienst: kamer 4, {tlast} (geb. {dob}) stabiel. Familielid {name2} vraagt terugbellen op "
        "{phone_i}. Nummer {nid}.",
    ],
    "pt": [
        "[{when} 08:14] {phone}: Olá, é {name}, vou chegar atrasado. Nova morada: {addr}",
        "Passagem de turno: quarto 4, {tlast} (nasc. {dob}) estável. O familiar {name2} pede contacto para {phone_i}. "
        "Documento {nid}.",
    ],
    "pl": [
        "[{when} 08:14] {phone}: Dzień dobry, tu {name}, spóźnię się. Nowy adres: {addr}",
        "Raport zmiany: sala 4, {tlast} (ur. {dob}) stabilnie. Rodzina ({name2}) prosi o telefon na {phone_i}. "
        "PESEL {nid}.",
    ],
    "sv": [
        "[{when} 08:14] {phone}: Hej, det är {name}, jag blir sen. Ny adress: {addr}",
        "Rapport nattpass: rum 4, {tlast} (född {dob}) stabil. Anhörig {name2} vill bli uppringd på {phone_i}. "
        "Pnr {nid}.",
    ],
    "da": [
        "[{when} 08:14] {phone}: Hej, det er {name}, jeg kommer for sent. Ny adresse: {addr}",
        "Overlevering nattevagt: stue 4, {tlast} (f. {dob}) stabil. Pårørende {name2} ønsker opkald på {phone_i}. "
        "CPR {nid}.",
    ],
    "no": [
        "[{when} 08:14] {phone}: Hei, det er {name}, jeg blir sen. Ny adresse: {addr}",
        "Rapport nattevakt: rom 4, {tlast} (f. {dob}) stabil. Pårørende {name2} ønsker å bli ringt på {phone_i}. "
        "Fnr {nid}.",
    ],
    "ru": [
        "[{when} 08:14] {phone}: Здравствуйте, это {name}, опоздаю. Новый адрес: {addr}",
        "Передача смены: палата 4, {tlast} ({dob} г.р.) стабильно. Родственник {name2} просит перезвонить по "
        "номеру {phone_i}. ИНН {nid}.",
    ],
    "uk": [
        "[{when} 08:14] {phone}: Добрий день, це {name}, запізнюся. Нова адреса: {addr}",
        "Передача зміни: палата 4, {tlast} ({dob} р.н.) стабільно. Родич {name2} просить передзвонити на "
        "{phone_i}. РНОКПП {nid}.",
    ],
    "tr": [
        "[{when} 08:14] {phone}: Merhaba, ben {name}, geç kalacağım. Yeni adresim: {addr}",
        "Vardiya devri: oda 4, {tlast} (d.t. {dob}) stabil. Yakını {name2} şu numaradan aranmak istiyor: {phone_i}. "
        "TC {nid}.",
    ],
    "ja": [
        "[{when} 08:14] {phone}：{name}です。遅れます。新しい住所は{addr}です。",
        "申し送り：4号室 {name}様（{dob}生）状態安定。ご家族の{name2}様へ{phone_i}に折り返し連絡。番号{nid}。",
    ],
    "zh": [
        "[{when} 08:14] {phone}：我是{name}，今天会晚到。新地址：{addr}",
        "交班记录：4床 {name}（出生{dob}）病情稳定。家属{name2}请回电{phone_i}。身份证{nid}。",
    ],
    "ko": [
        "[{when} 08:14] {phone}: 안녕하세요 {name}입니다. 늦을 것 같아요. 새 주소는 {addr}입니다.",
        "인수인계: 4호실 {name}님({dob}생) 안정적. 가족 {name2}님이 {phone_i}로 연락 요청. 주민번호 {nid}.",
    ],
}
_LOCAL_FORMS = ("sms thread", "shift handover")


def note_templates(locale: str) -> dict[str, list[str]]:
    """Every note form of the locale and its templates (English genres, local ones, OCR form, signature)."""
    lang = LANG[locale]
    w = WORDS[lang]
    ocr = [re.sub(r"\{L_(\w+)\}", lambda m: w[m.group(1)].capitalize(), t) for t in OCR_FORM]
    out = {f"{f} (en)": ts for f, ts in EN_NOTES.items()}
    out["ocr form"] = ocr
    for form, t in zip(_LOCAL_FORMS, LOCAL_NOTES.get(lang, []), strict=False):
        out[f"{form} ({lang})"] = [t]
    return out


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the text between the placeholders of its templates."""
    return {f: [lit for t in ts for lit in re.split(r"\{\w+\}", t)] for f, ts in note_templates(locale).items()}


def _pick_form(locale: str, rng: random.Random) -> str:
    forms = note_templates(locale)
    lang = LANG[locale]
    english = [f for f in forms if f.endswith("(en)")]
    local = [f for f in forms if not f.endswith("(en)")]
    share_en = 1.0 if lang == "en" else 0.5 if locale in FIRST7 else 0.25
    if lang == "en":
        english = [*english, "ocr form"]
    return rng.choice(english if rng.random() < share_en else local)


def render_note(ctx: Ctx, p: Person, q: Person, doc: str, ref: str, when: str) -> tuple[str, list, str, str]:
    """(text, [(entity, value)...], form, template) of one note about ``p`` (``q``: a second person)."""
    rng, locale = ctx.rng, ctx.locale
    form = _pick_form(locale, rng)
    template = rng.choice(note_templates(locale)[form])
    nid_entity = "ssn" if locale == "en_US" else "national_id"
    name, name2 = full(p, locale), full(q, locale)
    phone_i = pn.format_number(p.phone, pn.PhoneNumberFormat.INTERNATIONAL)
    acct = (
        ("iban", " ".join(p.iban[i : i + 4] for i in range(0, len(p.iban), 4)) if rng.random() < 0.5 else p.iban)
        if p.iban
        else ("credit_debit_card", p.card)
    )
    values = {
        "name": ("name", name),
        "name_lc": ("name", name.lower()),
        "NAME_UC": ("name", name.upper()),
        "inv": ("name", f"{p.last}, {p.first}"),
        "tlast": ("last_name", p.last),
        "dlast": ("last_name", doc),
        "dlast_lc": ("last_name", doc.lower()),
        "first": ("name", p.first),
        "last_uc": ("last_name", p.last.upper()),
        "name2": ("name", name2),
        "first2": ("name", q.first),
        "tlast2": ("last_name", q.last),
        "phone": ("phone_number", fmt_phone(p.phone, "national", rng)),
        "phone_i": ("phone_number", phone_i),
        "phone_x": ("phone_number", fmt_phone(p.phone, "ext", rng)),
        "email": ("email", p.email),
        "nid": (nid_entity, p.nid),
        "dob": ("date_of_birth", dob_str(p, locale)),
        "street": ("street_address", p.street),
        "street_lc": ("street_address", p.street.lower()),
        "STREET_UC": ("street_address", p.street.upper()),
        "addr": ("street_address", p.street),
        "acct": acct,
        "card": ("credit_debit_card", p.card),
    }
    plain = {"ref": ref, "when": when, "pc": p.postcode, "town": p.city}
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        key = m.group(1)
        if key in plain:
            return plain[key]
        entity, value = values[key]
        truth.append((entity, value))
        if key == "tlast":
            return f"{p.title} {value}" if LANG[locale] not in ("ja", "ko", "zh") else f"{value}{p.title}"
        if key == "tlast2":
            return f"{TITLES[LANG[locale]][0]} {value}"
        if key == "addr":
            return f"{value}, {p.postcode} {p.city}"
        return value

    text = re.sub(r"\{(\w+)\}", fill, template)
    return text, truth, form, template
