"""Held-out set 54: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (an airport taxi note, a graduation tickets note, a
language school note, a music exam note, a beer festival rota note, a mountain hut note, a gliding launch note, a
ferry manifest note) and four of any table (a noise complaint, a key safe for carers, a DBS check, a bereavement
notice). Local genres new to the sets (a resident parking permit with the street, a collection by proxy with the
proxy's identity document, an enrolment with the birth date and a contact's phone) are written in de fr es it nl pt
da cs and in the eight new languages (Malayalam, Korean, Amharic, Chinese, Vietnamese, Bengali, Turkish, Arabic),
about a third of the notes there. People come in full, titled (after the name in Japanese, Korean and Chinese
script; with the given name where the place addresses people so: ``Ato Abebe``, ``Ông Hùng``), by given name
alone, as a mail's ``From: Gail Harvey <gail@…>`` line, as the initial and the surname (``G. Harvey``), the title
with the initial (``Mrs G Harvey``), as a calendar's ``Gail Harvey has accepted this invitation``, a ``Voice message
from Gail Harvey (0:42)``, ``Assigned to Gail Harvey``, thanked (``Thanks, Gail``), in lists of two to four joined by
`` & ``, ``; ``, `` · `` or bullets, signing (``Thanks,`` and the given name, ``-- `` and the name ``(via
WhatsApp)``, ``~`` and the given name); not-Latin, one-name and not given-then-surname names stay whole where a
form would cut them; streets whole or without their number (``Al Muraqqabat Road``, ``桃谷``, ``Piney Branch Rd``,
``Jl. Pintu Besar Selatan``, ``John St``, ``Lake Road``, ``Kottbusser Damm``, ``Rue Ibnou Mounir``; no numbered
``Rue 12, Hay Al Massira`` as a street in a note); phones national, international, as an e-mail-to-SMS address
(``447406858784@sms.clicksend.com``), URL-encoded (``%2B447406858784``), after ``ICE``, as an Asterisk dial string;
e-mails bare, in angle brackets or written against spam (``gail.harvey [at] example [dot] org``); ids after cues new
to the sets (``photo ID no.``, ``Personalausweisnr.``, ``CNI n°``, ``doc. de identidad``, ``legitimatiebewijs
nr.``, ``Emirates ID``, ``マイナンバー``, ``SSN/A#``, ``NIK:``, ``TFN/Medicare:``, ``Aadhaar/PAN:``, ``Steuer-ID /
TC No:``, ``CIN:`` and more: ``heldout54_notes``); birth dates after a birth cue as Stata's ``02apr1998``, C's
``Thu Apr  2 00:00:00 1998`` or an ``NSDate``'s ``1998-04-02 00:00:00 +0000``. Look-alikes are in the templates'
own text (``John Lennon Airport``, ``Charles de Gaulle``, ``George Best``, ``Marco Polo``, ``Balliol``, ``Ede &
Ravenscroft``, ``Churchill College``, ``Lady Margaret Hall``, ``Goethe-Zertifikat``, ``Alliance Française``,
``Instituto Cervantes``, ``Clementi``, ``Für Elise``, ``Czerny``, ``Satie``, ``Joplin``, ``Old Peculier``, ``Doom
Bar``, ``Bishops Finger``, ``Spitfire``, ``Hobgoblin``, ``CIC Hut``, ``Tower Ridge``, ``Ling Hut``, ``Lagangarbh``,
``Curved Ridge``, ``ASK 21``, ``Lasham``, ``K13``, ``G-CKLW``, ``Sutton Bank``, ``Dunstable Downs``, ``Oscar
Wilde``, ``W.B. Yeats``, ``Jonathan Swift``, ``Pride of Kent``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout53_notes as n53
import heldout54_language as language
import heldout54_new8 as new8
import heldout54_people as P

ENGLISH = {
    "taxi": (
        "Airport run: {full} to John Lennon Airport, flight EZY1234 at 06:10. {phone}",
        "{title_sur} booked the Charles de Gaulle transfer; pick up from {street}. {phone_gateway}",
        "{from_line} - please move my George Best pickup to 5am.",
        "Account note: {o1_full} pays for {first}'s Marco Polo runs. {phone_ice}",
    ),
    "graduation": (
        "Graduation: {full} (Balliol) needs two extra guest tickets. {phone}",
        "{title_sur} - gown from Ede & Ravenscroft not collected. {email_obf}",
        "{accepted} - Churchill College ceremony, guest {o1_full}.",
        "{thanks_first} - Lady Margaret Hall photos sent to {email_angle}",
    ),
    "language_school": (
        "Visa letter: {full}, {idcue} {nid}, Goethe-Zertifikat B1 course.",
        "{title_sur} moving host family to {o1_full} (near {street_nonum}). {phone_intl}",
        "Alliance Française exam: {full} ({dobcue} {dob}) registered. {email}",
        "{voice}: Instituto Cervantes place confirmed, call {phone_pct}",
    ),
    "music_exam": (
        "Entry: {full}, Grade 5 - Clementi Sonatina and Für Elise. {phone}",
        "{title_init} requests a later slot (Czerny study not ready). {email}",
        "Junior {first} ({dobcue} {dob}); teacher {o1_full}. {phone_dial}",
        "{assigned} - accompanist for the Satie and Joplin pieces. {phone_intl}",
    ),
    "beer_festival": (
        "Rota: {full} on Old Peculier and Doom Bar, Friday. {phone}",
        "{title_sur} swapped shift; Bishops Finger cask empty. {email_obf}",
        "{from_line} - can't do Saturday, my ICE is {o1_full} {o1_phone}",
        "{voice}: Spitfire and Hobgoblin need venting. {phone_gateway}",
    ),
    "mountain_hut": (
        "CIC Hut booking: {full} + 3, Tower Ridge if weather allows. {phone}",
        "{title_sur} - key for the Ling Hut posted to {street}. {email}",
        "Party leader {full}; emergency contact {o1_full} {o1_phone}",
        "{accepted} - Lagangarbh meet, Curved Ridge. {phone_ice}",
    ),
    "gliding": (
        "Trial lesson: {full} ({dobcue} {dob}), ASK 21 at Lasham. {phone}",
        "{title_sur} flew K13 G-CKLW with {o1_full}. {email}",
        "{assigned} - Discus 2b check flight at Sutton Bank. {phone_intl}",
        "{thanks_first} - voucher for Dunstable Downs used. {phone_dial}",
    ),
    "ferry": (
        "Manifest: {full}, {idcue} {nid}, on the Oscar Wilde to Cherbourg.",
        "{title_sur} and {o1_full} moved to the W.B. Yeats sailing. {phone}",
        "{from_line} - cabin on the Jonathan Swift please.",
        "Lead passenger {full} ({dobcue} {dob}), Pride of Kent, Dover. {phone_pct}",
    ),
    "noise_complaint": (
        "Noise complaint from {full} at {street_nonum} about the late party. {phone}",
        "{title_sur} reports barking next door every night. {email_angle}",
    ),
    "key_safe": (
        "Key safe at {street} for carers; contact {full} {phone}",
        "{o1_full} has the key safe code for {first}. {phone_ice}",
    ),
    "dbs_check": (
        "DBS check for {full} cleared, {idcue} {nid} seen.",
        "{title_init} - DBS renewal due, reminder sent to {email}",
    ),
    "bereavement": (
        "Sad news: {full} passed away; family contact {o1_full} {o1_phone}",
        "{title_sur}'s funeral is on Friday; cards to {street}.",
    ),
}
GENERIC = ("noise_complaint", "key_safe", "dbs_check", "bereavement")
_L = {
    "de": ("Anwohnerparkausweis für {full}, {street}, beantragt. Rückfragen: {phone}",
           "Abholung mit Vollmacht: {o1_full} holt die Unterlagen für {full} ab ({idcue} {o1_nid}).",
           "Anmeldung: {full} ({dobcue} {dob}), Ansprechperson {o1_full}, Tel. {o1_phone}."),
    "fr": ("Carte de stationnement résident pour {full}, {street}. Contact : {phone}",
           "Retrait par procuration : {o1_full} récupère le dossier de {full} ({idcue} {o1_nid}).",
           "Inscription : {full} ({dobcue} {dob}), personne de contact {o1_full}, tél. {o1_phone}."),
    "es": ("Tarjeta de aparcamiento de residente para {full}, {street}. Contacto: {phone}",
           "Recogida autorizada: {o1_full} recoge los documentos de {full} ({idcue} {o1_nid}).",
           "Inscripción: {full} ({dobcue} {dob}), persona de contacto {o1_full}, tel. {o1_phone}."),
    "it": ("Permesso di sosta residenti per {full}, {street}. Contatto: {phone}",
           "Ritiro con delega: {o1_full} ritira i documenti di {full} ({idcue} {o1_nid}).",
           "Iscrizione: {full} ({dobcue} {dob}), referente {o1_full}, tel. {o1_phone}."),
    "nl": ("Bewonersparkeervergunning voor {full}, {street}. Contact: {phone}",
           "Afhalen met machtiging: {o1_full} haalt de stukken van {full} op ({idcue} {o1_nid}).",
           "Inschrijving: {full} ({dobcue} {dob}), contactpersoon {o1_full}, tel. {o1_phone}."),
    "pt": ("Dístico de estacionamento de residente para {full}, {street}. Contacto: {phone}",
           "Levantamento por procuração: {o1_full} levanta os documentos de {full} ({idcue} {o1_nid}).",
           "Inscrição: {full} ({dobcue} {dob}), pessoa de contacto {o1_full}, tel. {o1_phone}."),
    "da": ("Beboerparkeringstilladelse til {full}, {street}. Kontakt: {phone}",
           "Afhentning med fuldmagt: {o1_full} henter papirerne for {full} ({idcue} {o1_nid}).",
           "Tilmelding: {full} ({dobcue} {dob}), kontaktperson {o1_full}, tlf. {o1_phone}."),
    "cs": ("Parkovací karta rezidenta pro {full}, {street}. Kontakt: {phone}",
           "Vyzvednutí na plnou moc: {o1_full} vyzvedne dokumenty za {full} ({idcue} {o1_nid}).",
           "Přihláška: {full} ({dobcue} {dob}), kontaktní osoba {o1_full}, tel. {o1_phone}."),
    "ml-AE": ("പാർക്കിംഗ് പെർമിറ്റ്: {full}, {street}. ഫോൺ {phone}",
              "{full} നു വേണ്ടി {o1_full} രേഖകൾ വാങ്ങും ({idcue} {o1_nid}).",
              "രജിസ്ട്രേഷൻ: {full} ({dobcue} {dob}), ബന്ധപ്പെടേണ്ടത് {o1_full}, ഫോൺ {o1_phone}."),
    "ko-JP": ("주차 허가증 신청: {full}, {street}. 연락처 {phone}",
              "위임 수령: {o1_full} 씨가 {full} 님의 서류를 받아 감 ({idcue} {o1_nid}).",
              "등록: {full} ({dobcue} {dob}), 연락 담당 {o1_full}, 전화 {o1_phone}."),
    "am-US": ("የመኪና ማቆሚያ ፈቃድ ለ {full}፣ {street}። ስልክ {phone}",
              "በውክልና መቀበል: {o1_full} ለ {full} ሰነዶቹን ይቀበላል ({idcue} {o1_nid})።",
              "ምዝገባ: {full} ({dobcue} {dob})፣ ተጠሪ {o1_full}፣ ስልክ {o1_phone}።"),
    "zh-ID": ("住户停车证申请：{full}，{street}。电话 {phone}",
              "委托领取：{o1_full} 代 {full} 领取文件（{idcue} {o1_nid}）。",
              "报名：{full}（{dobcue} {dob}），联系人 {o1_full}，电话 {o1_phone}。"),
    "vi-AU": ("Giấy phép đậu xe cư dân cho {full}, {street}. Liên lạc: {phone}",
              "Nhận hộ: {o1_full} nhận giấy tờ giùm {full} ({idcue} {o1_nid}).",
              "Ghi danh: {full} ({dobcue} {dob}), người liên lạc {o1_full}, ĐT {o1_phone}."),
    "bn-IN": ("বাসিন্দা পার্কিং পারমিট: {full}, {street}। ফোন {phone}",
              "অনুমতিপত্রে সংগ্রহ: {full} এর হয়ে {o1_full} কাগজপত্র নেবেন ({idcue} {o1_nid})।",
              "নাম নথিভুক্তি: {full} ({dobcue} {dob}), যোগাযোগ {o1_full}, ফোন {o1_phone}।"),
    "tr-DE": ("Sakin otopark izni: {full}, {street}. İletişim: {phone}",
              "Vekaletle teslim: {o1_full}, {full} adına evrakları alacak ({idcue} {o1_nid}).",
              "Kayıt: {full} ({dobcue} {dob}), irtibat kişisi {o1_full}, tel. {o1_phone}."),
    "ar-MA": ("رخصة ركن السيارة للساكن: {full}، {street}. الهاتف {phone}",
              "استلام بالوكالة: {o1_full} يستلم الوثائق نيابة عن {full} ({idcue} {o1_nid}).",
              "تسجيل: {full} ({dobcue} {dob})، الشخص المرجعي {o1_full}، الهاتف {o1_phone}."),
}  # fmt: skip
LOCAL = {lg: tuple(zip(("parking_permit", "proxy_collection", "enrolment"), ts, strict=True)) for lg, ts in _L.items()}
_ID_CUES = {"en": ("photo ID no.", "ID document:"), "de": ("Personalausweisnr.", "Ausweisnummer"), "fr": ("pièce d'identité n°", "CNI n°"),
            "es": ("doc. de identidad", "núm. de documento"), "it": ("documento d'identità n.", "n. documento"),
            "nl": ("legitimatiebewijs nr.", "documentnr."), "pt": ("doc. de identificação n.º", "n.º do documento"),
            "da": ("ID-nr.", "legitimation nr."), "cs": ("č. dokladu totožnosti", "č. dokladu"), "ml-AE": ("Emirates ID", "എമിറേറ്റ്സ് ഐഡി"),
            "ko-JP": ("マイナンバー", "개인번호"), "am-US": ("SSN/A#", "መታወቂያ ቁጥር"), "zh-ID": ("NIK:", "身份证号"),
            "vi-AU": ("TFN/Medicare:", "số giấy tờ"), "bn-IN": ("Aadhaar/PAN:", "পরিচয়পত্র নম্বর"), "tr-DE": ("Steuer-ID / TC No:", "kimlik no."),
            "ar-MA": ("CIN:", "رقم البطاقة الوطنية")}  # fmt: skip
_DOB_CUES = {"en": ("DOB:", "b."), "de": ("geb.",), "fr": ("né(e) le",), "es": ("nacido/a el",), "it": ("nato/a il",), "nl": ("geb.",),
             "pt": ("data de nasc.",), "da": ("f.",), "cs": ("nar.",), "ml-AE": ("ജനനത്തീയതി",), "ko-JP": ("생일",), "am-US": ("የትውልድ ቀን",),
             "zh-ID": ("出生日期",), "vi-AU": ("ngày sinh",), "bn-IN": ("জন্ম তারিখ",), "tr-DE": ("doğum tarihi",), "ar-MA": ("تاريخ الازدياد",)}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"Rue \d+, Hay")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 53's rule, and for set 54's new 8 no numbered street of a quarter."""
    if locale in new8.NEW8_54:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n53.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number (and flat and building); a street with no number stays whole."""
    if locale in new8.NEW8_54:
        s = street.split(", ")[-1]
        if locale == "ko_JP":
            s = re.sub(r"\d.*$", "", s)
        s = re.sub(r"^(?:N° )?\d+[\w/]*,? ", "", s)
        s = re.sub(r" No\. \S+$", "", s)
        s = re.sub(r" \d+[a-z]?$", "", s)
        return s.strip() or street
    return n53.street_without_number(street, locale)


def _initial(p) -> str:
    return p.first[0]


def _name_slots(p, lg: str, rng: random.Random) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    cut = not P.whole_only(p)
    given = P.by_given(p)
    if given:
        title_sur = (P.titled(p, lg, True), "name", p.first)
    elif cut:
        title_sur = (P.titled(p, lg, True), "last_name", p.last)
    else:
        title_sur = (P.titled(p, lg, False), "name", p.full)
    if cut:
        init = f"{_initial(p)}. {p.last}"
        init_sur = (init, "name", init)
        t_init = f"{_initial(p)} {p.last}"
        title_init = (f"{P.title(p, lg)} {t_init}", "name", t_init)
        first = (p.first, "name", p.first)
    else:
        init_sur = (p.full, "name", p.full)
        title_init = (P.titled(p, lg, False), "name", p.full)
        first = (p.full, "name", p.full)
    if given:
        title_init = title_sur
        first = (p.first, "name", p.first)
    return {
        "full": (p.full, "name", p.full), "first": first, "title_sur": title_sur, "init_sur": init_sur,
        "title_init": title_init,
        "thanks_first": (f"Thanks, {first[0]}", "name", first[2]),
        "accepted": (f"{p.full} has accepted this invitation", "name", p.full),
        "voice": (f"Voice message from {p.full} ({rng.randint(0, 2)}:{rng.randint(5, 59):02d})", "name", p.full),
        "assigned": (f"Assigned to {p.full}", "name", p.full),
    }  # fmt: skip


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str) -> tuple[str, list, str] | None:
    """The note, its labels and its own template (cue words written in); ``None`` when the template needs a fact
    the row has none of (an id, a street a note can name, a second person)."""
    labels: list[tuple[str, str]] = []
    own = template
    if "{idcue}" in own:
        own = own.replace("{idcue}", rng.choice(_ID_CUES.get(lg, _ID_CUES["en"])))
    if "{dobcue}" in own:
        own = own.replace("{dobcue}", rng.choice(_DOB_CUES.get(lg, _DOB_CUES["en"])))
    parts: list[str] = []
    pos = 0
    for m in _SLOT.finditer(own):
        parts.append(own[pos : m.start()])
        pos = m.end()
        slot = m.group(1)
        person = main
        if slot.startswith("o") and slot[1].isdigit():
            k = int(slot[1]) - 1
            if k >= len(others):
                return None
            person, slot = others[k], slot[3:]
        got = _fact(slot, person, lg, rng)
        if got is None:
            return None
        text, facts = got
        parts.append(text)
        labels.extend(facts)
    parts.append(own[pos:])
    literal = " ".join(_SLOT.split(own)[::2]).lower()
    if any(len(v) > 1 and v.lower() in literal for _, v in labels):
        return None  # a value the template's own words hold too: no clean truth
    return "".join(parts), labels, own


def _phone(num, layout: str, rng: random.Random, lg: str) -> tuple[str, list]:
    e164 = P._e164(num)
    if layout == "gateway":
        return f"{e164[1:]}@sms.clicksend.com", [("phone_number", e164[1:])]
    if layout == "pct":
        return f"%2B{e164[1:]}", [("phone_number", e164[1:])]
    if layout == "ice":
        nat = P._national(num)
        return f"ICE {nat}", [("phone_number", nat)]
    if layout == "dial":
        d = P._digits(P._national(num))
        return f"PJSIP/{d}@trunk-out", [("phone_number", d)]
    v = P.phone_text(num, layout, rng, lg)
    return v, [("phone_number", v)]


def _obfuscated(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local} [at] {domain.replace('.', ' [dot] ')}"


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, list] | None:
    names = _name_slots(p, lg, rng)
    if slot in names:
        text, entity, value = names[slot]
        return text, [(entity, value)]
    layouts = {"phone": "national", "phone_intl": "intl", "phone_gateway": "gateway", "phone_pct": "pct", "phone_ice": "ice",
               "phone_dial": "dial"}  # fmt: skip
    if slot in layouts:
        return _phone(p.mobile, layouts[slot], rng, lg)
    if slot == "street":
        return (p.street, [("street_address", p.street)]) if street_usable(p.street, p.locale) else None
    if slot == "street_nonum":
        if not street_usable(p.street, p.locale):
            return None
        s = street_without_number(p.street, p.locale)
        return s, [("street_address", s)]
    if slot == "email":
        return p.email, [("email", p.email)]
    if slot == "email_angle":
        return f"<{p.email}>", [("email", p.email)]
    if slot == "email_obf":
        v = _obfuscated(p.email)
        return v, [("email", v)]
    if slot == "from_line":
        return f"From: {p.full} <{p.email}>", [("name", p.full), ("email", p.email)]
    if slot == "nid":
        return (p.nid, [("national_id", p.nid)]) if p.nid else None
    if slot == "dob":
        iso = language.iso_of(p.dob)
        d = language.fmt_date(iso, p.locale, rng.choice(("stata_td", "asctime", "nsdate")))
        return d, [("date_of_birth", d)]
    raise KeyError(slot)


_LIST_FORMS = ("full", "title_sur", "first", "init_sur", "title_init")
_JOINERS = (" & ", "; ", " · ", "\n• ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Two to four people in mixed forms joined by `` & ``, ``; ``, `` · `` or as bullets."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        text, entity, value = _name_slots(p, lg, rng)[rng.choice(_LIST_FORMS)]
        texts.append(text)
        labels.append((entity, value))
    lead = "\n• " if joiner == "\n• " else ""
    return lead + joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Car share: {list}.", "Tea rota: {list}.", "Raffle winners: {list}."),
                   "de": ("Fahrgemeinschaft: {list}.",), "fr": ("Covoiturage : {list}.",), "es": ("Coche compartido: {list}.",),
                   "it": ("Passaggio in auto: {list}.",), "nl": ("Carpool: {list}.",), "pt": ("Boleia: {list}.",),
                   "da": ("Samkørsel: {list}.",), "cs": ("Spolujízda: {list}.",), "ml-AE": ("കാർ ഷെയർ: {list}.",),
                   "ko-JP": ("카풀: {list}.",), "am-US": ("የመኪና ጋራ ጉዞ: {list}።",), "zh-ID": ("拼车：{list}。",),
                   "vi-AU": ("Đi chung xe: {list}.",), "bn-IN": ("গাড়ি ভাগাভাগি: {list}।",), "tr-DE": ("Araç paylaşımı: {list}.",),
                   "ar-MA": ("مشاركة السيارة: {list}.",)}  # fmt: skip
_SIGNS = ("\n\nThanks,\n{first}", "\n-- \n{full} (via WhatsApp)", "\n\n~ {first}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables and the new languages' about a
    third are local genres (an English one where the row has no second person for them), and one note in twelve
    lists two to four people."""
    lg = language.lang(locale)
    others = [o for o in others if o is not main and o.full != main.full]
    local_ok = lg in LOCAL and (lg in language.EU_NOTE_LANGS or locale in new8.NEW8_54)
    local = local_ok and rng.random() < 0.35
    if (len(others) >= 2 and rng.random() < 0.08) or (len(others) >= 1 and rng.random() < 0.05):
        pool = [main, *others][:4]
        text, labels = people_list(pool, rng, lg)
        tmpl = rng.choice(_LIST_TEMPLATES.get(lg, _LIST_TEMPLATES["en"]) if local else _LIST_TEMPLATES["en"])
        head, _, tail = tmpl.partition("{list}")
        got = fill(tail, main, others, rng, locale, lg)
        if got is not None and len(pool) >= 2:
            return head + text + got[0], labels + got[1], head + "{list}" + got[2], "list"
    for attempt in range(12):
        if local and attempt >= 4:  # a row with no second person: an English note instead
            local = False
        if local:
            form, template = rng.choice(LOCAL[lg])
            tlg = lg
        else:
            form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
            template = rng.choice(ENGLISH[form])
            tlg = "en"
            if rng.random() < 0.15:
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, tlg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "nothing further"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", "").replace("{dobcue}", ""))[::2]
    out["list"] = ["Car share: ", "."]
    out["none"] = ["nothing further"]
    return out
