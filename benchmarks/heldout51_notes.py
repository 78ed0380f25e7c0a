"""Held-out set 51: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a stamp auction lot note, a rowing outing note, a
distillery tour note, a tea room booking note, a perfume workshop note, a pen clinic ticket note, a sportive
entry note, a Highland games entry note) and four of any table (a meal train sign-up, a lift-share offer, a
returned-mail note, a power-cut welfare check). Local genres new to the sets (a parcel collection proxy naming a
second person and their identity document, a moved appointment with the birth date, a neighbourhood help offer)
are written in de fr es it nl pt da cs and in the eight new languages (pnb ta bua ceb mni sm nso nds), about a
third of the notes there. People come in full, titled, in capitals, by given name alone, as an e-mail's quote line
(``On Tue, Gail Harvey wrote:``), with their address in angle brackets (``Gail Harvey <gail@...>``), in
guillemets (``«Gail Harvey»``), copied in (``cc: Gail Harvey``), as an initial and the surname (``G. Harvey``),
in lists of three or four joined by `` / ``, `` + ``, ``, `` or `` | ``, signing (``-- `` and the whole name and a
SIP address, ``Cheers,`` and the given name, ``Thanks! G. Harvey``, the given name and a kiss); not-Latin, one-name
and not given-then-surname names stay whole where a form would cut them; streets whole or without their number
(``Jail Road``, ``Jurong West Street 61``, ``ул. Ленина``, ``Osmeña Boulevard``, ``Paona Bazar Road``, ``Fagaima
Road``, ``Thabo Mbeki Street``, ``Achter de Kark``; no numbered lane, HDB block alone, purok, leikai lane, P.O. box
or stand as a street in a note); phones national, international, as a SIP address, as a Skype link, with Excel's
apostrophe; ids after cues new to the sets (``ID card #``, ``document number``, ``Ausweis-Nr.``,
``Dokumentennummer``, ``n° de CNI``, ``numéro de pièce``, ``DNI nº``, ``nº de documento``, ``C.I. n.``, ``carta
d'identità n.``, ``ID-kaartnr.``, ``documentnummer``, ``CC n.º``, ``nº do documento``, ``pasnummer``, ``ID-nr.``,
``OP č.``, ``číslo OP``, ``CNIC:``, ``شناختی کارڈ نمبر``, ``NRIC:``, ``அடையாள அட்டை எண்``, ``ИНН:``, ``ИНН №``,
``PhilID No.``, ``ID No.``, ``Aadhaar No.``, ``SSN:``, ``SS#``, ``nomoro ya ID``, ``Steuer-ID:``, ``IdNr.``); birth
dates after a birth cue (``DOB:``, ``born on``, ``Geburtsdatum``, ``né(e) le``, ``fecha de nac.``, ``data di
nascita``, ``geboren op``, ``nascido/a em``, ``født``, ``datum narození``, ``تاریخ پیدائش``, ``பிறந்த தேதி``,
``түрэһэн үдэр``, ``natawo``, ``pokpa numit``, ``aso fanau``, ``letšatši la matswalo``, ``boren an'n``) read out in
words (English: ``second of April nineteen ninety-eight``) or as an SQL literal (``DATE '1998-04-02'``); e-mails.
Look-alikes are in the templates' own text (``Penny Black``, ``Inverted Jenny``, ``Stanley Gibbons``, ``Queen
Victoria``, ``Steve Redgrave``, ``Lady Margaret``, ``Old Tom``, ``Empacher``, ``Prudence``, ``Old Bessie``,
``Hendrick's``, ``Gordon's``, ``Sir Walter Raleigh``, ``Earl Grey``, ``Lady Grey``, ``Duchess of Bedford``,
``Prince of Wales``, ``Lady Astor Room``, ``Chanel No. 5``, ``Jo Malone``, ``Miss Dior``, ``Penhaligon's``,
``Parker 51``, ``Conway Stewart``, ``Montblanc``, ``Sheaffer``, ``Eddy Merckx``, ``Fausto Coppi``, ``Beryl Burton``,
``Tommy Godwin``, ``Royal Stewart``, ``Black Watch``, ``Flora MacDonald``, ``Mairi's Wedding``, ``Lord of the
Isles``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout50_notes as n50
import heldout51_language as language
import heldout51_new8 as new8
import heldout51_people as P

ENGLISH = {
    "stamps": (
        "Lot note: {full} consigned the Penny Black (SG 2, Stanley Gibbons cert). {phone}",
        "{title_sur} bid on the Inverted Jenny facsimile by post; confirm on {email}",
        "Queen Victoria 2d blue went to {o1_full} - post to {o1_street}. {o1_phone_sip}",
        "{quote_attr}\n> Please withdraw the Seahorses lot. Thanks",
    ),
    "rowing": (
        "Outing: {full} in the Steve Redgrave with {o1_full} coxing. {phone}",
        "{title_sur} scratched the Lady Margaret's fin on the slipway; Empacher rigger loose. {email}",
        "Junior {first} ({dobcue} {dob}) moved up to Old Tom, parent {o1_full} informed.",
        "{guillemets} asked for the Dame Katherine Grainger on Saturday - ring {phone_intl}",
    ),
    "gin": (
        "Tour note: {full} + {o1_full}, Hendrick's and Gordon's tasting at Prudence. {phone}",
        "{title_sur} asked whether Old Bessie is still running; {email}",
        "Age check: {full}, {dobcue} {dob}, {idcue} {nid}. Sir Walter Raleigh navy strength x2.",
        "{angle_email} wants the Monkey 47 masterclass instead.",
    ),
    "tea": (
        "Afternoon tea for {full}, Lady Astor Room, Earl Grey x4. {phone}",
        "{title_sur} - birthday tea for {o1_full} ({dobcue} {o1_dob}), Duchess of Bedford blend.",
        "cc: {full} - Prince of Wales pot, no Coronation chicken (allergy). {email}",
        "{upper_full} cancelled the Lady Grey slot, call back on {phone_skype}",
    ),
    "perfume": (
        "Workshop: {full} loves Chanel No. 5 and Miss Dior, made a rose & oud. {phone}",
        "{title_sur} brought a Jo Malone sample to match; voucher from {o1_full}.",
        "{initial_sur} - Penhaligon's Halfeti fan, wants the advanced class. {email}",
        "Voucher gift from {o1_guillemets} to {full}. {phone_apos}",
    ),
    "pens": (
        "Ticket: {full}'s Parker 51 - new sac, nib realigned. {phone}",
        "{title_sur}'s Conway Stewart 58 returned to {street}. {email}",
        "Montblanc 149 piston seized; {o1_full} collecting for {first}. {phone_sip}",
        "{quote_attr}\n> Is the Sheaffer Snorkel ready yet?",
    ),
    "sportive": (
        "Entry: {full}, The Fausto Coppi route, Eddy Merckx bike. {phone}",
        "{title_sur} ({dobcue} {dob}) moves to the Beryl Burton loop. {email}",
        "Emergency contact for {first}: {o1_full}, {o1_phone_intl}",
        "Licence check: {upper_full}, {idcue} {nid}. Tommy Godwin 100 medal.",
    ),
    "highland": (
        "Entry: {full} in the Royal Stewart for the Highland Fling; {phone}",
        "{title_sur} - caber and hammer, Black Watch kilt. {email}",
        "Junior {first}, {dobcue} {dob}, piping Mairi's Wedding; parent {o1_full}.",
        "Prize money to {full}, {street}. Flora MacDonald's Fancy judged by Lord of the Isles trophy panel.",
    ),
    "meal_train": (
        "Meal train for {full}: Monday lasagne from {o1_full}, drop at {street}.",
        "Meal train sign-up - {first} will bring soup Tuesday, text {phone}",
    ),
    "lift_share": (
        "Lift share: {full} driving from {street_nonum} at 7:40, 2 seats. {phone_intl}",
        "{first} needs a lift on Thursday - reply to {angle_email}",
    ),
    "returned_mail": (
        "Returned mail: addressee {full} not known at {street}. Check with {email}",
        "Post came back for {title_sur} - 'gone away'. Tried {phone}",
    ),
    "power_cut": (
        "Power cut welfare check: {full}, {street_nonum} - OK, torch and blankets. {phone}",
        "Power cut: no answer from {title_sur}, ask {o1_full} ({o1_phone}) to knock.",
    ),
}
GENERIC = ("meal_train", "lift_share", "returned_mail", "power_cut")
LOCAL = {
    "de": (("parcel_proxy", "Vollmacht: Ich bevollmächtige {o1_full} ({idcue} {o1_nid}), mein Paket abzuholen. {full}, Tel. {phone}"),
           ("appointment", "Termin verschoben: {full}, {dobcue} {dob}, neuer Termin Donnerstag 10 Uhr. Rückruf {phone}"),
           ("neighbour_help", "Nachbarschaftshilfe: {full}, {street}, kauft für ältere Nachbarn ein. {phone} / {email}")),
    "fr": (("parcel_proxy", "Procuration : j'autorise {o1_full} ({idcue} {o1_nid}) à retirer mon colis. {full}, tél. {phone}"),
           ("appointment", "Rendez-vous déplacé : {full}, {dobcue} {dob}, nouveau créneau jeudi 10 h. Rappeler au {phone}"),
           ("neighbour_help", "Entraide entre voisins : {full}, {street}, fait les courses pour les voisins âgés. {phone} / {email}")),
    "es": (("parcel_proxy", "Autorización: autorizo a {o1_full} ({idcue} {o1_nid}) a recoger mi paquete. {full}, tel. {phone}"),
           ("appointment", "Cita cambiada: {full}, {dobcue} {dob}, nueva hora jueves a las 10. Llamar al {phone}"),
           ("neighbour_help", "Ayuda vecinal: {full}, {street}, hace la compra a vecinos mayores. {phone} / {email}")),
    "it": (("parcel_proxy", "Delega: autorizzo {o1_full} ({idcue} {o1_nid}) a ritirare il mio pacco. {full}, tel. {phone}"),
           ("appointment", "Appuntamento spostato: {full}, {dobcue} {dob}, nuovo orario giovedì ore 10. Richiamare il {phone}"),
           ("neighbour_help", "Aiuto tra vicini: {full}, {street}, fa la spesa per i vicini anziani. {phone} / {email}")),
    "nl": (("parcel_proxy", "Machtiging: ik machtig {o1_full} ({idcue} {o1_nid}) om mijn pakket op te halen. {full}, tel. {phone}"),
           ("appointment", "Afspraak verzet: {full}, {dobcue} {dob}, nieuwe tijd donderdag 10 uur. Terugbellen {phone}"),
           ("neighbour_help", "Burenhulp: {full}, {street}, doet boodschappen voor oudere buren. {phone} / {email}")),
    "pt": (("parcel_proxy", "Autorização: autorizo {o1_full} ({idcue} {o1_nid}) a levantar a minha encomenda. {full}, tel. {phone}"),
           ("appointment", "Consulta remarcada: {full}, {dobcue} {dob}, nova hora quinta às 10h. Ligar {phone}"),
           ("neighbour_help", "Ajuda entre vizinhos: {full}, {street}, faz compras para vizinhos idosos. {phone} / {email}")),
    "da": (("parcel_proxy", "Fuldmagt: Jeg giver {o1_full} ({idcue} {o1_nid}) lov til at hente min pakke. {full}, tlf. {phone}"),
           ("appointment", "Tid flyttet: {full}, {dobcue} {dob}, ny tid torsdag kl. 10. Ring {phone}"),
           ("neighbour_help", "Nabohjælp: {full}, {street}, handler ind for ældre naboer. {phone} / {email}")),
    "cs": (("parcel_proxy", "Plná moc: zmocňuji {o1_full} ({idcue} {o1_nid}) k vyzvednutí mého balíku. {full}, tel. {phone}"),
           ("appointment", "Termín přesunut: {full}, {dobcue} {dob}, nový termín čtvrtek 10:00. Volejte {phone}"),
           ("neighbour_help", "Sousedská výpomoc: {full}, {street}, nakoupí starším sousedům. {phone} / {email}")),
    "pnb": (("parcel_proxy", "اجازت نامہ: میں {o1_full} ({idcue} {o1_nid}) نوں اپنا پارسل لین دی اجازت دیندا ہاں۔ {full}، فون {phone}"),
            ("appointment", "ملاقات دا ویلا بدل گیا: {full}، {dobcue} {dob}، نواں ویلا جمعرات 10 وجے۔ فون {phone}"),
            ("neighbour_help", "گوانڈیاں دی مدد: {full}، {street}، بزرگ گوانڈیاں لئی سودا لیا سکدے نیں۔ {phone} / {email}")),
    "ta": (("parcel_proxy", "அங்கீகாரக் கடிதம்: என் பார்சலை வாங்க {o1_full} ({idcue} {o1_nid}) அவர்களுக்கு அனுமதி. {full}, தொலைபேசி {phone}"),
           ("appointment", "சந்திப்பு மாற்றம்: {full}, {dobcue} {dob}, புதிய நேரம் வியாழன் காலை 10. அழைக்கவும் {phone}"),
           ("neighbour_help", "அண்டை உதவி: {full}, {street}, வயதான அண்டை வீட்டாருக்கு பொருட்கள் வாங்கித் தருவார். {phone} / {email}")),
    "bua": (("parcel_proxy", "Итэмжэлэл: {o1_full} ({idcue} {o1_nid}) минии посылка абаха эрхэтэй. {full}, утаһан {phone}"),
            ("appointment", "Уулзалга шэлжэбэ: {full}, {dobcue} {dob}, шэнэ саг — гарагай дүрбэн, 10 саг. Утаһан {phone}"),
            ("neighbour_help", "Айлай туһаламжа: {full}, {street}, наһатай айлшадта хэрэгтэй юумэ абажа үгэнэ. {phone} / {email}")),
    "ceb": (("parcel_proxy", "Awtorisasyon: gitugutan nako si {o1_full} ({idcue} {o1_nid}) nga mokuha sa akong parcel. {full}, cp {phone}"),
            ("appointment", "Gibalhin ang appointment: {full}, {dobcue} {dob}, bag-ong oras Huwebes alas 10. Tawag sa {phone}"),
            ("neighbour_help", "Tabang sa silingan: si {full} sa {street} makapalit og groceries para sa mga tigulang. {phone} / {email}")),
    "mni": (("parcel_proxy", "Authorisation: eigi parcel adu louba {o1_full} ({idcue} {o1_nid}) bu ayab pijare. {full}, phone {phone}"),
            ("appointment", "Appointment hongle: {full}, {dobcue} {dob}, anouba matam Thursday 10 ta. Phone {phone}"),
            ("neighbour_help", "Yumlon-gi mateng: {full}, {street}, ahal-sing-gidamak potlam lei-bagani. {phone} / {email}")),
    "sm": (("parcel_proxy", "Faʻatagaga: ou te faʻataga {o1_full} ({idcue} {o1_nid}) e aumai laʻu afifi. {full}, telefoni {phone}"),
           ("appointment", "Ua suia le taimi: {full}, {dobcue} {dob}, taimi fou Aso Tofi 10 i le taeao. Telefoni {phone}"),
           ("neighbour_help", "Fesoasoani i tuaoi: {full}, {street}, e faʻatau meaʻai mo tuaoi matutua. {phone} / {email}")),
    "nso": (("parcel_proxy", "Tumelelo: ke dumelela {o1_full} ({idcue} {o1_nid}) go tšea phasela ya ka. {full}, mogala {phone}"),
            ("appointment", "Kopano e šuthišitšwe: {full}, {dobcue} {dob}, nako ye mpsha Labone ka 10. Mogala {phone}"),
            ("neighbour_help", "Thušo ya baagišani: {full}, {street}, o rekela bagolo dijo. {phone} / {email}")),
    "nds": (("parcel_proxy", "Vullmacht: Ik geev {o1_full} ({idcue} {o1_nid}) Verlööv, mien Paket aftohalen. {full}, Tel. {phone}"),
            ("appointment", "Termin schaven: {full}, {dobcue} {dob}, nee Termin Dunnersdag Klock 10. Anropen {phone}"),
            ("neighbour_help", "Nahberhülp: {full}, {street}, köfft för ole Nahbers in. {phone} / {email}")),
}  # fmt: skip
_ID_CUES = {"en": ("ID card #", "document number"), "de": ("Ausweis-Nr.", "Dokumentennummer"),
            "fr": ("n° de CNI", "numéro de pièce"), "es": ("DNI nº", "nº de documento"),
            "it": ("C.I. n.", "carta d'identità n."), "nl": ("ID-kaartnr.", "documentnummer"),
            "pt": ("CC n.º", "nº do documento"), "da": ("pasnummer", "ID-nr."), "cs": ("OP č.", "číslo OP"),
            "pnb": ("CNIC:", "شناختی کارڈ نمبر"), "ta": ("NRIC:", "அடையாள அட்டை எண்"), "bua": ("ИНН:", "ИНН №"),
            "ceb": ("PhilID No.", "ID No."), "mni": ("Aadhaar No.", "Aadhaar:"), "sm": ("SSN:", "SS#"),
            "nso": ("ID No.", "nomoro ya ID"), "nds": ("Steuer-ID:", "IdNr.")}  # fmt: skip
_DOB_CUES = {"en": ("DOB:", "born on"), "de": ("Geburtsdatum",), "fr": ("né(e) le",), "es": ("fecha de nac.",),
             "it": ("data di nascita",), "nl": ("geboren op",), "pt": ("nascido/a em",), "da": ("født",),
             "cs": ("datum narození",), "pnb": ("تاریخ پیدائش",), "ta": ("பிறந்த தேதி",), "bua": ("түрэһэн үдэр",),
             "ceb": ("natawo",), "mni": ("pokpa numit",), "sm": ("aso fanau",), "nso": ("letšatši la matswalo",),
             "nds": ("boren an'n",)}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"(?:^House No\. \d+, Street \d+$|^Purok |^P\.O\. Box|^Stand No\.|Leikai$|Leirak$)")
_LEAD_NEW = re.compile(r"^(?:House No\. \d+, |\d+-[A-F] |\d+ |Blk \d+ |مکان نمبر \d+، )")
_TAIL_NEW = re.compile(r"(?:, \d+(?:, кв\. \d+)?| \d+[ab]?)$")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 50's rule, and for set 51's new 8 no numbered lane, purok, leikai lane, P.O.
    box or stand."""
    if locale in new8.NEW8_51:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n50.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_51:
        s = _LEAD_NEW.sub("", street)
        if locale not in ("ta_SG",):  # Singapore's road numbers belong to the road
            s = _TAIL_NEW.sub("", s)
        if locale == "sm_AS":  # the road, then the village
            s = s.split(", ")[0]
        return s or street
    return n50.street_without_number(street, locale)


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    cut = not P.whole_only(p)
    if cut:
        title_sur = (P.titled(p, lg, True), "last_name", p.last)
        initial = (f"{p.first[0]}. {p.last}", "last_name", p.last)
    else:
        title_sur = (P.titled(p, lg, False), "name", p.full)
        initial = (p.full, "name", p.full)
    return {
        "full": (p.full, "name", p.full), "first": (p.first, "name", p.first) if cut else (p.full, "name", p.full),
        "title_sur": title_sur, "initial_sur": initial,
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "guillemets": (f"«{p.full}»", "name", p.full),
        "cc": (f"cc: {p.full}", "name", p.full),
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
        return None  # a value the template's own words hold too (``Grey`` in ``Earl Grey``): no clean truth
    return "".join(parts), labels, own


def _phone(num, layout: str, rng: random.Random, lg: str) -> tuple[str, list]:
    if layout == "sip":
        v = P._e164(num)
        return f"sip:{v}@{rng.choice(P._SIP)}", [("phone_number", v)]
    if layout == "skype":
        v = P._e164(num)
        return f"skype:{v}?call", [("phone_number", v)]
    if layout == "apos":
        v = P._digits(P._national(num))
        return f"'{v}", [("phone_number", v)]
    v = P.phone_text(num, layout, rng, lg)
    return v, [("phone_number", v)]


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, list] | None:
    names = _name_slots(p, lg)
    if slot in names:
        text, entity, value = names[slot]
        return text, [(entity, value)]
    if slot == "quote_attr":
        return f"On {rng.choice(_WEEKDAYS)}, {p.full} wrote:", [("name", p.full)]
    if slot == "angle_email":
        return f"{p.full} <{p.email}>", [("name", p.full), ("email", p.email)]
    layouts = {"phone": "national", "phone_intl": "intl", "phone_sip": "sip", "phone_skype": "skype", "phone_apos": "apos"}
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
    if slot == "nid":
        return (p.nid, [("national_id", p.nid)]) if p.nid else None
    if slot == "dob":
        layout = rng.choice(("tts_words", "sql_date")) if lg == "en" else "sql_date"
        d = language.fmt_date(language.iso_of(p.dob), p.locale, layout, lg)
        return d, [("date_of_birth", d)]
    raise KeyError(slot)


_LIST_FORMS = ("full", "title_sur", "first", "initial_sur", "upper_full", "guillemets")
_JOINERS = (" / ", " + ", ", ", " | ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` / ``, `` + ``, ``, `` or `` | ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Washing-up rota: {list}.", "Coffee money owed by {list}", "Photos tagged: {list}."),
                   "de": ("Spülliste: {list}.",), "fr": ("Tour de vaisselle : {list}.",), "es": ("Turno de fregar: {list}.",),
                   "it": ("Turni lavapiatti: {list}.",), "nl": ("Afwasrooster: {list}.",), "pt": ("Escala da loiça: {list}.",),
                   "da": ("Opvaskeliste: {list}.",), "cs": ("Mytí nádobí: {list}.",), "pnb": ("ڈیوٹی: {list}۔",),
                   "ta": ("பணிப் பட்டியல்: {list}.",), "bua": ("Жижүүр: {list}.",), "ceb": ("Listahan sa hugas: {list}.",),
                   "mni": ("Duty list: {list}.",), "sm": ("Lisi o galuega: {list}.",), "nso": ("Lenaneo la mošomo: {list}.",),
                   "nds": ("Afwaschlist: {list}.",)}  # fmt: skip
_SIGNS = ("\n-- \n{full}\n{phone_sip}", "\nCheers, {first}", "\nThanks! {initial_sur}", "\n{first} x")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables and the new languages' about a
    third are local genres, and one note in twelve lists three or four people."""
    lg = language.lang(locale)
    local_ok = lg in LOCAL and (lg in language.EU_NOTE_LANGS or locale in new8.NEW8_51)
    local = local_ok and rng.random() < 0.35
    if (len(others) >= 2 and rng.random() < 0.08) or (len(others) >= 1 and rng.random() < 0.05):
        pool = [main, *others][:4]
        text, labels = people_list(pool, rng, lg)
        tmpl = rng.choice(_LIST_TEMPLATES.get(lg, _LIST_TEMPLATES["en"]) if local else _LIST_TEMPLATES["en"])
        head, _, tail = tmpl.partition("{list}")
        got = fill(tail, main, others, rng, locale, lg)
        if got is not None and len(pool) >= 2:
            return head + text + got[0], labels + got[1], head + "{list}" + got[2], "list"
    for _ in range(12):
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
    out["list"] = ["Washing-up rota: ", "."]
    out["none"] = ["nothing further"]
    return out
