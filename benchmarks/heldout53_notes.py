"""Held-out set 53: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a lifeboat lottery note, a cookery class note, a
ballroom couples note, a valuation day note, an optician recall note, a garage MOT note, a florist delivery note, a
pilgrimage manifest note) and four of any table (a defibrillator guardian's check, a food bank referral, a warm
space sign-in, a doorstep scam report). Local genres new to the sets (a lost vaccination record with the child's
birth date, a rent guarantor named with their identity document, an emergency contact with their phone) are written
in de fr es it nl pt da cs and in the eight new languages (Tamil, Punjabi, Korean, Japanese, Pashto, Russian,
Spanish, Malay), about a third of the notes there. People come in full, titled (after the name in Korean, Chinese
and Japanese script), by given name alone, as a quoted mail's ``On 02/11/2026, Gail Harvey wrote:``, on a ``cc:``
line, with a relation after the name (``Gail Harvey (daughter)``), greeted by the given name (``Hi Gail,``), as the
surname in capitals, a comma and the given name (``HARVEY, Gail``), as a direct message's ``DM from Gail Harvey``,
in lists of three or four joined by `` + ``, `` / ``, ``, `` or `` and ``, signing (``Sent from my iPhone`` under
the name, ``-- `` and the name, ``Kind regards`` and the given name); not-Latin, one-name and not given-then-surname
names stay whole where a form would cut them; streets whole or without their number (``Jalan Tun Sambanthan``,
``Sandalwood Pkwy E``, ``光明街``, ``광명거리``, ``Rua Galvão Bueno``, ``University Road``, ``Maskavas iela``, ``E
Cesar E Chavez Ave``, ``Bedok North Ave 3``; no numbered ``Street 5, Sector F-7`` as a street in a note); phones
national, international, dialled from a switchboard (``9, 07406 858784``), as a ``tel:`` link with ``%20``, with the
plus as ``&#43;``, with the carrier's name; ids after cues new to the sets (``ID no. on file``, ``passport #``,
``Ausweis-Nr.:``, ``n° de passeport``, ``pasaporte n.º``, ``passaporto n.``, ``paspoortnr.``, ``passaporte n.º``,
``pasnr.``, ``č. pasu``, ``MyKad:``, ``SIN:``, ``身份证:``, ``CPF:``, ``CNIC:``, ``personas kods``, ``ITIN/SSN``,
``NRIC:`` and more: ``heldout53_notes``); birth dates after a birth cue as a pasted vCard ``BDAY:19980402`` or an
API's ``1998-04-02T00:00:00Z``; e-mails bare or as a ``mailto:`` link with a subject. Look-alikes are in the
templates' own text (``Grace Darling``, ``Sir William Hillary``, ``Beef Wellington``, ``Peach Melba``, ``Eggs
Benedict``, ``Crêpes Suzette``, ``Viennese Waltz``, ``Carl Alan``, ``Blackpool``, ``Clarice Cliff``, ``Moorcroft``,
``Chippendale``, ``Royal Doulton``, ``Ray-Ban``, ``Tom Ford``, ``Oliver Peoples``, ``Ted Baker``, ``Ferrari``,
``Mercedes``, ``Aston Martin``, ``Rolls-Royce``, ``Black-eyed Susan``, ``Sweet William``, ``Busy Lizzie``, ``Lourdes``,
``Padre Pio``, ``Santiago de Compostela``, ``Fátima``, ``St John Ambulance``, ``Trussell``): replacing them costs
"words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout52_notes as n52
import heldout53_language as language
import heldout53_new8 as new8
import heldout53_people as P

ENGLISH = {
    "lifeboat": (
        "Lottery: {full} moved to monthly, supports Grace Darling crew fund. {phone}",
        "{title_sur} won £25 in the Sir William Hillary draw - call {phone_intl}",
        "{wrote} please stop the lottery letters to {street}. {email}",
        "{dm} - paying for {o1_full}'s tickets too. {phone_pbx}",
    ),
    "cookery": (
        "Class note: {full} is coeliac - Beef Wellington with GF pastry please. {phone}",
        "{title_sur} swapped Peach Melba for Eggs Benedict class. {mailto}",
        "{hi_first} your Crêpes Suzette voucher CK-9F3T is for two, bring {o1_full}. {phone_tel20}",
        "{upper_sur_comma} booked with {o1_full}; shellfish allergy (Lobster Thermidor night). {phone}",
    ),
    "ballroom": (
        "Couples: {full} now partnering {o1_full} for the Viennese Waltz. {phone}",
        "{title_sur} entered Blackpool and the Carl Alan heats. {email}",
        "Junior {first} ({dobcue} {dob}) - consent from {o1_full}. {phone_entity}",
        "{cc} - Paso Doble shoes left in studio 2; {phone_intl}",
    ),
    "antiques": (
        "Valuation: {full} brought a Clarice Cliff vase and a Moorcroft bowl. {phone}",
        "{title_sur} - Chippendale chair to be collected from {street}. {email}",
        "Seller ID check: {full}, {idcue} {nid}. Royal Doulton jug lot 112.",
        "{role} dropped off the Lalique on behalf of {o1_full}. {phone_carrier}",
    ),
    "optician": (
        "Recall: {full} ({dobcue} {dob}) due eye test; Ray-Ban frames on order. {phone}",
        "{title_sur} collecting Tom Ford glasses - text {phone_intl}",
        "{wrote} the Oliver Peoples frame is loose. {mailto}",
        "Carer {o1_full} to bring {first} in; Ted Baker frames. {phone}",
    ),
    "garage": (
        "MOT: {full}'s Ford Fiesta failed on tyres. {phone}",
        "{title_sur} wants the Mercedes collected from {street}. {phone_pbx}",
        "{dm}: {o1_full} will drop off the Aston Martin at 8. {phone_intl}",
        "{upper_sur_comma} - Rolls-Royce courtesy car, ID checked: {idcue} {nid}.",
    ),
    "florist": (
        "Delivery: Black-eyed Susan bouquet from {full} to {o1_full}. {phone}",
        "{title_sur} ordered Sweet William posy; leave at {street}. {email}",
        "Card for {o1_full}: Happy Birthday from {first}. Busy Lizzie basket. {phone_carrier}",
        "{hi_first} driver couldn't find {street_nonum} - please call {phone_intl}",
    ),
    "pilgrimage": (
        "Lourdes group: {full} ({dobcue} {dob}) sharing with {o1_full}. {phone}",
        "{title_sur} needs wheelchair assistance at Fátima. {email}",
        "Passport check: {full}, {idcue} {nid}; Padre Pio hotel room 12.",
        "{cc} - Santiago de Compostela leg, next of kin {o1_full} {o1_phone}",
    ),
    "defib_guardian": (
        "Defib check at {street_nonum} done by {full} - pads expire in March. {phone}",
        "{first} is the new defib guardian (St John Ambulance trained). {phone_intl}",
    ),
    "foodbank": (
        "Food bank referral for {full}, {street}; Trussell voucher issued. {phone}",
        "{title_sur} referred by {o1_full}; deliver on Friday. {phone_tel20}",
    ),
    "warm_space": (
        "Warm space sign-in: {full} and {o1_full}, soup served. {phone}",
        "{role} asked about lifts to the warm space from {street_nonum}. {phone_entity}",
    ),
    "scam_alert": (
        "Scam report: cold caller at {full}'s door on {street_nonum}, claimed to be from the council. {phone}",
        "{title_sur} got a fake courier text; neighbour {o1_full} helped. {email}",
    ),
}
GENERIC = ("defib_guardian", "foodbank", "warm_space", "scam_alert")
LOCAL = {
    "de": (("vaccination_record", "Impfpass verloren: {full} ({dobcue} {dob}), Kopie bitte an {email}. Tel. {phone}"),
           ("guarantor", "Bürgschaft für die Wohnung von {full}: Bürge ist {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Notfallkontakt für {full} ({street}): {o1_full}, Tel. {o1_phone}.")),
    "fr": (("vaccination_record", "Carnet de vaccination perdu : {full} ({dobcue} {dob}), copie à envoyer à {email}. Tél. {phone}"),
           ("guarantor", "Garant pour la location de {full} : {o1_full}, {idcue} {o1_nid}. Tél. {phone}"),
           ("emergency_contact", "Personne à prévenir pour {full} ({street}) : {o1_full}, tél. {o1_phone}.")),
    "es": (("vaccination_record", "Cartilla de vacunación perdida: {full} ({dobcue} {dob}), enviar copia a {email}. Tel. {phone}"),
           ("guarantor", "Aval para el alquiler de {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Contacto de emergencia de {full} ({street}): {o1_full}, tel. {o1_phone}.")),
    "it": (("vaccination_record", "Libretto vaccinale smarrito: {full} ({dobcue} {dob}), copia a {email}. Tel. {phone}"),
           ("guarantor", "Garante per l'affitto di {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Contatto di emergenza per {full} ({street}): {o1_full}, tel. {o1_phone}.")),
    "nl": (("vaccination_record", "Vaccinatieboekje kwijt: {full} ({dobcue} {dob}), kopie naar {email}. Tel. {phone}"),
           ("guarantor", "Borgsteller voor de huur van {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Contactpersoon bij nood voor {full} ({street}): {o1_full}, tel. {o1_phone}.")),
    "pt": (("vaccination_record", "Boletim de vacinas perdido: {full} ({dobcue} {dob}), enviar cópia para {email}. Tel. {phone}"),
           ("guarantor", "Fiador do arrendamento de {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Contacto de emergência de {full} ({street}): {o1_full}, tel. {o1_phone}.")),
    "da": (("vaccination_record", "Vaccinationskort bortkommet: {full} ({dobcue} {dob}), kopi til {email}. Tlf. {phone}"),
           ("guarantor", "Kautionist for lejemålet hos {full}: {o1_full}, {idcue} {o1_nid}. Tlf. {phone}"),
           ("emergency_contact", "Nødkontakt for {full} ({street}): {o1_full}, tlf. {o1_phone}.")),
    "cs": (("vaccination_record", "Ztracený očkovací průkaz: {full} ({dobcue} {dob}), kopii poslat na {email}. Tel. {phone}"),
           ("guarantor", "Ručitel za nájem pro {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
           ("emergency_contact", "Kontakt v nouzi pro {full} ({street}): {o1_full}, tel. {o1_phone}.")),
    "ta-MY": (("vaccination_record", "தடுப்பூசி அட்டை தொலைந்தது: {full} ({dobcue} {dob}), நகலை {email} க்கு அனுப்பவும். தொலைபேசி {phone}"),
              ("guarantor", "வாடகை உத்தரவாதம்: {full} க்கு {o1_full} ({idcue} {o1_nid}). தொலைபேசி {phone}"),
              ("emergency_contact", "அவசர தொடர்பு {full} ({street}): {o1_full}, {o1_phone}.")),
    "pa-CA": (("vaccination_record", "ਟੀਕਾਕਰਨ ਕਾਰਡ ਗੁੰਮ: {full} ({dobcue} {dob}), ਕਾਪੀ {email} ਤੇ ਭੇਜੋ। ਫ਼ੋਨ {phone}"),
              ("guarantor", "ਕਿਰਾਏ ਲਈ ਜ਼ਾਮਨ: {full} ਲਈ {o1_full} ({idcue} {o1_nid})। ਫ਼ੋਨ {phone}"),
              ("emergency_contact", "ਐਮਰਜੈਂਸੀ ਸੰਪਰਕ {full} ({street}): {o1_full}, {o1_phone}।")),
    "ko-CN": (("vaccination_record", "예방접종증 분실: {full} ({dobcue} {dob}), 사본은 {email} 로 보내주세요. 전화 {phone}"),
              ("guarantor", "임대 보증인: {full}의 보증인은 {o1_full} ({idcue} {o1_nid}). 전화 {phone}"),
              ("emergency_contact", "긴급 연락처 {full} ({street}): {o1_full}, {o1_phone}.")),
    "ja-BR": (("vaccination_record", "予防接種手帳紛失：{full}（{dobcue} {dob}）、コピーは {email} へ。電話 {phone}"),
              ("guarantor", "賃貸の保証人：{full} の保証人は {o1_full}（{idcue} {o1_nid}）。電話 {phone}"),
              ("emergency_contact", "緊急連絡先 {full}（{street}）：{o1_full}、{o1_phone}")),
    "ps": (("vaccination_record", "د واکسین کارت ورک شوی: {full} ({dobcue} {dob})، کاپي {email} ته ولېږئ. ټیلیفون {phone}"),
           ("guarantor", "د کرایې ضامن: د {full} لپاره {o1_full} ({idcue} {o1_nid}). ټیلیفون {phone}"),
           ("emergency_contact", "بیړنۍ اړیکه د {full} ({street}): {o1_full}، {o1_phone}.")),
    "ru-LV": (("vaccination_record", "Потерян прививочный сертификат: {full} ({dobcue} {dob}), копию на {email}. Тел. {phone}"),
              ("guarantor", "Поручитель по аренде для {full}: {o1_full}, {idcue} {o1_nid}. Тел. {phone}"),
              ("emergency_contact", "Контакт на случай ЧП для {full} ({street}): {o1_full}, тел. {o1_phone}.")),
    "es-US": (("vaccination_record", "Se perdió la cartilla de vacunas: {full} ({dobcue} {dob}), mandar copia a {email}. Cel. {phone}"),
              ("guarantor", "Aval (cosigner) para la renta de {full}: {o1_full}, {idcue} {o1_nid}. Cel. {phone}"),
              ("emergency_contact", "Contacto de emergencia de {full} ({street}): {o1_full}, cel. {o1_phone}.")),
    "ms-SG": (("vaccination_record", "Kad imunisasi hilang: {full} ({dobcue} {dob}), hantar salinan ke {email}. Tel. {phone}"),
              ("guarantor", "Penjamin sewa untuk {full}: {o1_full}, {idcue} {o1_nid}. Tel. {phone}"),
              ("emergency_contact", "Hubungan kecemasan bagi {full} ({street}): {o1_full}, tel. {o1_phone}.")),
}  # fmt: skip
_ID_CUES = {"en": ("ID no. on file", "passport #"), "de": ("Ausweis-Nr.:", "Reisepass-Nr."), "fr": ("n° de passeport", "titre d'identité n°"),
            "es": ("pasaporte n.º", "NIE/DNI:"), "it": ("passaporto n.", "C.I. n."), "nl": ("paspoortnr.", "ID-kaart:"),
            "pt": ("passaporte n.º", "cartão de cidadão"), "da": ("pasnr.", "personnr."), "cs": ("č. pasu", "OP č."),
            "ta-MY": ("MyKad:", "அடையாள அட்டை எண்"), "pa-CA": ("SIN:", "ਸੋਸ਼ਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ"), "ko-CN": ("身份证:", "신분증 번호"),
            "ja-BR": ("CPF:", "CPF nº"), "ps": ("CNIC:", "د پېژندپاڼې شمېره"), "ru-LV": ("п/к", "personas kods"),
            "es-US": ("SSN:", "ITIN/SSN"), "ms-SG": ("NRIC:", "No. KP")}  # fmt: skip
_DOB_CUES = {"en": ("D.O.B.", "born on"), "de": ("geboren am",), "fr": ("né(e) le",), "es": ("fecha de nac.",),
             "it": ("data di nascita",), "nl": ("geboren op",), "pt": ("nascido/a a",), "da": ("født",), "cs": ("datum narození",),
             "ta-MY": ("பிறந்த தேதி",), "pa-CA": ("ਜਨਮ ਮਿਤੀ",), "ko-CN": ("생년월일",), "ja-BR": ("生年月日",), "ps": ("د زیږون نېټه",),
             "ru-LV": ("дата рождения",), "es-US": ("fecha de nacimiento",), "ms-SG": ("tarikh lahir",)}  # fmt: skip
_ROLES = ("daughter", "son", "neighbour", "wife", "husband", "carer", "niece")
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"Street \d+, Sector")
_LEAD_NEW = re.compile(r"^(?:No\. \d+, |House No\. \d+, |Blk \d+ |\d+, |\d+ )")
_TAIL_NEW = re.compile(r"(?:, \d+| \d+(?:-\d+)?| ?\d+[号호])$")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 52's rule, and for set 53's new 8 no numbered street of a sector."""
    if locale in new8.NEW8_53:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n52.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_53:
        s = _TAIL_NEW.sub("", _LEAD_NEW.sub("", street))
        return s or street
    return n52.street_without_number(street, locale)


def _name_slots(p, lg: str, rng: random.Random) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    cut = not P.whole_only(p)
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026"
    if cut:
        title_sur = (P.titled(p, lg, True), "last_name", p.last)
        upper_comma = (f"{p.last.upper()}, {p.first}", "name", f"{p.last.upper()}, {p.first}")
        first = (p.first, "name", p.first)
        hi = (f"Hi {p.first},", "name", p.first)
    else:
        title_sur = (P.titled(p, lg, False), "name", p.full)
        upper_comma = (p.full.upper() if P.latin(p) else p.full, "name", p.full.upper() if P.latin(p) else p.full)
        first = (p.full, "name", p.full)
        hi = (f"Hi {p.full},", "name", p.full)
    return {
        "full": (p.full, "name", p.full), "first": first, "title_sur": title_sur, "upper_sur_comma": upper_comma,
        "hi_first": hi,
        "wrote": (f"On {day}, {p.full} wrote:", "name", p.full),
        "cc": (f"cc: {p.full}", "name", p.full),
        "dm": (f"DM from {p.full}", "name", p.full),
        "role": (f"{p.full} ({rng.choice(_ROLES)})", "name", p.full),
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
    if layout == "pbx":
        nat = P._national(num)
        return P.phone_text(num, "pbx_9", rng, lg), [("phone_number", nat)]
    if layout == "tel20":
        v = P._intl(num).replace(" ", "%20")
        return f"tel:{v}", [("phone_number", v)]
    if layout == "entity":
        v = P._intl(num)
        return v.replace("+", "&#43;", 1), [("phone_number", v[1:])]
    if layout == "carrier":
        nat = P._national(num)
        return P.phone_text(num, "carrier_tag", rng, lg).replace(nat, nat, 1), [("phone_number", nat)]
    v = P.phone_text(num, layout, rng, lg)
    return v, [("phone_number", v)]


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, list] | None:
    names = _name_slots(p, lg, rng)
    if slot in names:
        text, entity, value = names[slot]
        return text, [(entity, value)]
    layouts = {"phone": "national", "phone_intl": "intl", "phone_pbx": "pbx", "phone_tel20": "tel20",
               "phone_entity": "entity", "phone_carrier": "carrier"}  # fmt: skip
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
    if slot == "mailto":
        return f"mailto:{p.email}?subject={rng.choice(('Booking', 'Re%3A%20order', 'Query'))}", [("email", p.email)]
    if slot == "nid":
        return (p.nid, [("national_id", p.nid)]) if p.nid else None
    if slot == "dob":
        iso = language.iso_of(p.dob)
        d = f"BDAY:{iso.replace('-', '')}" if rng.random() < 0.5 else f"{iso}T00:00:00Z"
        return d, [("date_of_birth", d[5:] if d.startswith("BDAY:") else d)]
    raise KeyError(slot)


_LIST_FORMS = ("full", "title_sur", "first", "upper_sur_comma", "role")
_JOINERS = (" + ", " / ", ", ", " and ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` + ``, `` / ``, ``, `` or `` and ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice([f for f in _LIST_FORMS if joiner != ", " or f != "upper_sur_comma"])
        text, entity, value = _name_slots(p, lg, rng)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Minibus seats: {list}.", "Washing-up rota: {list}.", "Prize draw: {list}."),
                   "de": ("Mitfahrer: {list}.",), "fr": ("Passagers : {list}.",), "es": ("Pasajeros: {list}.",),
                   "it": ("Passeggeri: {list}.",), "nl": ("Meerijders: {list}.",), "pt": ("Passageiros: {list}.",),
                   "da": ("Passagerer: {list}.",), "cs": ("Cestující: {list}.",), "ta-MY": ("பயணிகள்: {list}.",),
                   "pa-CA": ("ਸਵਾਰੀਆਂ: {list}।",), "ko-CN": ("동승자: {list}.",), "ja-BR": ("同乗者：{list}。",),
                   "ps": ("سپرلۍ: {list}.",), "ru-LV": ("Пассажиры: {list}.",), "es-US": ("Pasajeros: {list}.",),
                   "ms-SG": ("Penumpang: {list}.",)}  # fmt: skip
_SIGNS = ("\n\n{full}\nSent from my iPhone", "\n-- \n{full}", "\nKind regards\n{first}", "\n\n{dm}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables and the new languages' about a
    third are local genres (an English one where the row has no second person for them), and one note in twelve
    lists three or four people."""
    lg = language.lang(locale)
    others = [o for o in others if o is not main and o.full != main.full]
    local_ok = lg in LOCAL and (lg in language.EU_NOTE_LANGS or locale in new8.NEW8_53)
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
    out["list"] = ["Minibus seats: ", "."]
    out["none"] = ["nothing further"]
    return out
