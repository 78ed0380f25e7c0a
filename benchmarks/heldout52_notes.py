"""Held-out set 52: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a film society screening note, a rose order note,
a record fair want-list note, a footplate experience note, a racing syndicate note, a quiz league note, a hospital
radio request note, a band instrument loan note) and four of any table (a snow volunteer, a ladder loan, an
assisted bin collection, a flood warden's note). Local genres new to the sets (a prescription collected by a second
person with the patient's birth date, a school pick-up authorisation naming a second person and their identity
document, a meter reading with the key left at a neighbour's) are written in de fr es it nl pt da cs and in the
eight new languages (Chinese, Arabic, Yiddish, Sundanese, Hungarian, Assamese, Somali, Vietnamese), about a third
of the notes there. People come in full, titled, in capitals, by given name alone, surname first with a comma
(``Harvey, Gail``), in the possessive (``Gail Harvey's``), as a pasted mail header (``From: Gail Harvey``), as a
document comment's mention (``+Gail Harvey``), in square brackets (``[Gail Harvey]``), as an initial and the
surname, in lists of three or four joined by `` & ``, `` and ``, ``; `` or `` · ``, signing (``Regards,`` with the
whole name and a Telegram link, ``~`` and the given name, ``Best,`` and the initial and surname, the name in
capitals ``(via Teams)``); not-Latin, one-name and not given-then-surname names stay whole where a form would cut
them; streets whole or without their number (``Jalan Burma``, ``شارع بولس السادس``, ``Lee Ave``, ``לי עוו.``,
``Jl. Dipati Ukur``, ``Petőfi Sándor utca``, ``Zoo Road``, ``Kismayu Road``, ``Libušská``; no quarter, alley, bylane
or plot alone as a street in a note); phones national, international, as a Telegram, Signal or FaceTime link, with
the caller id withheld, as a number that lost its zero; ids after cues new to the sets (``photo ID ref``, ``ID
shown:``, ``Perso-Nr.``, ``Ausweisnummer:``, ``CNI n°``, ``núm. DNI``, ``n. carta identità``, ``ID-bewijs nr.``,
``n.º CC``, ``legitimation nr.``, ``č. OP``, ``IC:``, ``身份证号码``, ``رقم الهوية``, ``ת.ז.``, ``SS#``, ``NIK:``,
``No. KTP``, ``JMBG:``, ``személyi szám``, ``পৰিচয় নং``, ``ID/PIN:``, ``lambarka aqoonsiga``, ``RČ:``, ``rodné
číslo``); birth dates after a birth cue (``date of birth -``, ``b.``, ``Geb.-Dat.``, ``date de naissance :``,
``nacido/a el``, ``nato/a il``, ``geb. datum``, ``data de nasc.``, ``fødselsdato:``, ``nar.``, ``出生日期``, ``تاريخ
الميلاد``, ``געבוירן``, ``lahir``, ``szül.``, ``জন্ম তাৰিখ``, ``taariikhda dhalashada``, ``ngày sinh``) as a mail
header date (``Thu, 02 Apr 1998 00:00:00 +0000``) or as Go prints it (``1998-04-02 00:00:00 +0000 UTC``); e-mails.
Look-alikes are in the templates' own text (``Erin Brockovich``, ``Annie Hall``, ``Jackie Brown``, ``Paris,
Texas``, ``Olivier Room``, ``Gertrude Jekyll``, ``Munstead Wood``, ``David Austin``, ``Lady Emma Hamilton``,
``Darcey Bussell``, ``Roald Dahl``, ``Dusty in Memphis``, ``Aretha Franklin``, ``Nina Simone``, ``Joni Mitchell``,
``Flying Scotsman``, ``Sir Nigel Gresley``, ``Duchess of Sutherland``, ``Tornado``, ``Desert Orchid``, ``Kauto
Star``, ``Seven Barrows``, ``Sir Gino``, ``Agatha Quiztie``, ``Lord Nelson``, ``Les Quizerables``, ``Queen
Victoria``, ``Sherlock Homes``, ``Nightingale Ward``, ``Jolene``, ``Lister Ward``, ``Sweet Caroline``, ``Mrs
Robinson``, ``Eleanor Rigby``, ``Cavell Ward``, ``Besson Sovereign``, ``Colonel Bogey``, ``Boosey & Hawkes``,
``Radetzky March``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout51_notes as n51
import heldout52_language as language
import heldout52_new8 as new8
import heldout52_people as P

ENGLISH = {
    "filmsoc": (
        "Screening note: {full} booked two for Erin Brockovich, Olivier Room. {phone}",
        "{title_sur} left a scarf after Annie Hall - ring {phone_intl}",
        "{from_header} asked to swap Jackie Brown for Paris, Texas. Reply to {email}",
        "Guest of {full}: {o1_full}, membership FS-2231 lapsed. {phone_tg}",
    ),
    "roses": (
        "Order note: {full} wants the Gertrude Jekyll, not Munstead Wood. Deliver to {street}. {phone}",
        "{title_sur} - David Austin catalogue sent; Lady Emma Hamilton out of stock. {email}",
        "Gift roses (Darcey Bussell) for {o1_full} from {full}, card to say Happy Birthday. {phone_clir}",
        "{possessive} Roald Dahl arrived with blackspot - replace. {phone}",
    ),
    "vinyl": (
        "Want list: {full} after Dusty in Memphis (mono, PCS 7027 not needed). {phone}",
        "{title_sur} paid for Aretha Franklin - Lady Soul; post to {street}. {email}",
        "{o1_full} collecting for {first} - Nina Simone LP held at stall 14. {phone_signal}",
        "{mention} reserve the Joni Mitchell Blue first press; {phone_intl}",
    ),
    "railway": (
        "Footplate: {full} ({dobcue} {dob}) on Flying Scotsman, brake van for {o1_full}. {phone}",
        "{title_sur} swapped to Sir Nigel Gresley - voucher FPX-7H2K. {email}",
        "Age check for {full}: {dobcue} {dob}, {idcue} {nid}. Duchess of Sutherland turn.",
        "{from_header} needs step-free access to Tornado's cab; {phone_facetime}",
    ),
    "racing": (
        "Syndicate: {full} upping share in Desert Orchid to 1/10. {phone}",
        "{title_sur} - winnings from Kauto Star to the account on file; {email}",
        "KYC: {full}, {idcue} {nid}, Seven Barrows visit booked. {phone_intl}",
        "{sur_comma_first} wants Sir Gino's Cheltenham badges. {phone}",
    ),
    "quiz": (
        "Quiz league: {full} now captain of Agatha Quiztie, with {o1_full}. {phone}",
        "{title_sur} disputes Q7 (Lord Nelson's flagship) - email {email}",
        "Les Quizerables: {o1_full} replaces {first} for the Queen Victoria round. {phone_tg}",
        "{upper_full} to collect the Sherlock Homes trophy. {phone_intl}",
    ),
    "requests": (
        "Request: {full}, Nightingale Ward bed 4 - Jolene for {o1_full}. {phone}",
        "{title_sur} on Lister Ward asked for Sweet Caroline, dedicated to {o1_full}.",
        "For {o1_full} from {first}: Mrs Robinson, with love. Family on {o1_phone}",
        "{possessive} family rang in for Eleanor Rigby, Cavell Ward. {phone_clir}",
    ),
    "brassband": (
        "Loan: {full} has the Besson Sovereign cornet #784512; practising Colonel Bogey. {phone}",
        "{title_sur} returning the Boosey & Hawkes euphonium; insurance to {street}. {email}",
        "Junior {first}, {dobcue} {dob}, starts tenor horn; consent {o1_full}.",
        "{bracket} asked about Radetzky March parts; {phone_lost0}",
    ),
    "snow_volunteer": (
        "Snow volunteer: {full} will grit {street_nonum} and check on neighbours. {phone}",
        "{first} offered a 4x4 for snow runs - {phone_intl}",
    ),
    "ladder_loan": (
        "Ladder lent to {full}, {street}; back by Sunday. {phone}",
        "{title_sur} borrowed the long ladder - chase via {email}",
    ),
    "bin_assist": (
        "Assisted bin collection for {full}, {street_nonum}: bins at the back door. {phone}",
        "{upper_full} needs assisted collection; carer {o1_full} ({o1_phone}).",
    ),
    "flood_warden": (
        "Flood warden: {full} on {street_nonum} has sandbags. {phone_intl}",
        "Flood alert - {title_sur} moved to {o1_full}'s for the night; {o1_phone}",
    ),
}
GENERIC = ("snow_volunteer", "ladder_loan", "bin_assist", "flood_warden")
LOCAL = {
    "de": (("pharmacy_pickup", "Apotheke: {o1_full} holt das Rezept für {full} ab ({dobcue} {dob}). Rückfragen {phone}"),
           ("pickup_auth", "Abholberechtigung Kita: {o1_full} ({idcue} {o1_nid}) darf mein Kind abholen. {full}, {phone}"),
           ("meter_access", "Zählerablesung: {full} verreist, Schlüssel bei {o1_full}, {street}. Tel. {phone}")),
    "fr": (("pharmacy_pickup", "Pharmacie : {o1_full} récupère l'ordonnance de {full} ({dobcue} {dob}). Tél. {phone}"),
           ("pickup_auth", "Autorisation de sortie : {o1_full} ({idcue} {o1_nid}) peut récupérer mon enfant à l'école. {full}, {phone}"),
           ("meter_access", "Relevé du compteur : {full} absent(e), clé chez {o1_full}, {street}. Tél. {phone}")),
    "es": (("pharmacy_pickup", "Farmacia: {o1_full} recoge la receta de {full} ({dobcue} {dob}). Tel. {phone}"),
           ("pickup_auth", "Autorización de recogida: {o1_full} ({idcue} {o1_nid}) puede recoger a mi hijo/a del colegio. {full}, {phone}"),
           ("meter_access", "Lectura del contador: {full} fuera, llave con {o1_full}, {street}. Tel. {phone}")),
    "it": (("pharmacy_pickup", "Farmacia: {o1_full} ritira la ricetta di {full} ({dobcue} {dob}). Tel. {phone}"),
           ("pickup_auth", "Delega ritiro scuola: {o1_full} ({idcue} {o1_nid}) può prendere mio figlio/a. {full}, {phone}"),
           ("meter_access", "Lettura contatore: {full} assente, chiavi da {o1_full}, {street}. Tel. {phone}")),
    "nl": (("pharmacy_pickup", "Apotheek: {o1_full} haalt het recept van {full} op ({dobcue} {dob}). Tel. {phone}"),
           ("pickup_auth", "Ophaalmachtiging: {o1_full} ({idcue} {o1_nid}) mag mijn kind van school halen. {full}, {phone}"),
           ("meter_access", "Meteropname: {full} op vakantie, sleutel bij {o1_full}, {street}. Tel. {phone}")),
    "pt": (("pharmacy_pickup", "Farmácia: {o1_full} levanta a receita de {full} ({dobcue} {dob}). Tel. {phone}"),
           ("pickup_auth", "Autorização de recolha: {o1_full} ({idcue} {o1_nid}) pode ir buscar o meu filho/a à escola. {full}, {phone}"),
           ("meter_access", "Leitura do contador: {full} ausente, chave com {o1_full}, {street}. Tel. {phone}")),
    "da": (("pharmacy_pickup", "Apotek: {o1_full} henter recepten for {full} ({dobcue} {dob}). Tlf. {phone}"),
           ("pickup_auth", "Afhentningstilladelse: {o1_full} ({idcue} {o1_nid}) må hente mit barn i børnehaven. {full}, {phone}"),
           ("meter_access", "Måleraflæsning: {full} er bortrejst, nøgle hos {o1_full}, {street}. Tlf. {phone}")),
    "cs": (("pharmacy_pickup", "Lékárna: {o1_full} vyzvedne recept pro {full} ({dobcue} {dob}). Tel. {phone}"),
           ("pickup_auth", "Zmocnění k vyzvedávání: {o1_full} ({idcue} {o1_nid}) smí vyzvedávat mé dítě ze školky. {full}, {phone}"),
           ("meter_access", "Odečet měřidla: {full} je pryč, klíč má {o1_full}, {street}. Tel. {phone}")),
    "zh-MY": (("pharmacy_pickup", "药房：{o1_full} 代 {full} 领取处方药（{dobcue} {dob}）。电话 {phone}"),
              ("pickup_auth", "接送授权：本人授权 {o1_full}（{idcue} {o1_nid}）到学校接孩子。{full}，电话 {phone}"),
              ("meter_access", "抄水表：{full} 不在家，钥匙在 {o1_full} 那里，地址 {street}。电话 {phone}")),
    "ar-IL": (("pharmacy_pickup", "صيدلية: {o1_full} يستلم وصفة {full} ({dobcue} {dob}). هاتف {phone}"),
              ("pickup_auth", "تفويض: أفوض {o1_full} ({idcue} {o1_nid}) باستلام ابني من المدرسة. {full}، هاتف {phone}"),
              ("meter_access", "قراءة العداد: {full} مسافر، المفتاح عند {o1_full}، {street}. هاتف {phone}")),
    "yi": (("pharmacy_pickup", "אפטייק: {o1_full} נעמט אפ די רעצעפט פאר {full} ({dobcue} {dob}). טעל. {phone}"),
           ("pickup_auth", "דערלויבעניש: {o1_full} ({idcue} {o1_nid}) מעג אפהאלן מיין קינד פון חדר. {full}, טעל. {phone}"),
           ("meter_access", "מיטער ליינען: {full} איז נישט אינדערהיים, דער שליסל איז ביי {o1_full}, {street}. טעל. {phone}")),
    "su": (("pharmacy_pickup", "Apotek: {o1_full} nyandak resép kanggo {full} ({dobcue} {dob}). Telepon {phone}"),
           ("pickup_auth", "Idin ngajemput: {o1_full} ({idcue} {o1_nid}) tiasa ngajemput murangkalih abdi ti sakola. {full}, {phone}"),
           ("meter_access", "Maca méteran: {full} nuju angkat, konci aya di {o1_full}, {street}. Telepon {phone}")),
    "hu-RS": (("pharmacy_pickup", "Gyógyszertár: a receptet {o1_full} váltja ki, beteg: {full} ({dobcue} {dob}). Tel. {phone}"),
              ("pickup_auth", "Meghatalmazás: {o1_full} ({idcue} {o1_nid}) elhozhatja a gyermekemet az óvodából. {full}, {phone}"),
              ("meter_access", "Mérőóra-leolvasás: {full} nincs itthon, a kulcs a szomszédnál ({o1_full}), {street}. Tel. {phone}")),
    "as": (("pharmacy_pickup", "ফাৰ্মেচী: ৰোগী {full} ({dobcue} {dob}); ঔষধ লৈ যাব {o1_full}। ফোন {phone}"),
           ("pickup_auth", "অনুমতি পত্ৰ: {o1_full} ({idcue} {o1_nid}) মোৰ সন্তানক স্কুলৰ পৰা আনিব পাৰিব। {full}, ফোন {phone}"),
           ("meter_access", "মিটাৰ ৰিডিং: {full} ঘৰত নাই; চাবি: {o1_full}, {street}। ফোন {phone}")),
    "so-KE": (("pharmacy_pickup", "Farmashiye: {o1_full} ayaa u qaadanaya daawada {full} ({dobcue} {dob}). Tel {phone}"),
              ("pickup_auth", "Ogolaansho: {o1_full} ({idcue} {o1_nid}) wuxuu ka soo qaadi karaa ilmahayga dugsiga. {full}, {phone}"),
              ("meter_access", "Akhrinta mitirka: {full} ma joogo, furaha waxaa haya {o1_full}, {street}. Tel {phone}")),
    "vi-CZ": (("pharmacy_pickup", "Nhà thuốc: {o1_full} lấy thuốc theo đơn cho {full} ({dobcue} {dob}). ĐT {phone}"),
              ("pickup_auth", "Giấy ủy quyền: {o1_full} ({idcue} {o1_nid}) được đón con tôi ở trường mẫu giáo. {full}, ĐT {phone}"),
              ("meter_access", "Đọc đồng hồ điện: {full} đi vắng, chìa khóa ở nhà {o1_full}, {street}. ĐT {phone}")),
}  # fmt: skip
_ID_CUES = {"en": ("photo ID ref", "ID shown:"), "de": ("Perso-Nr.", "Ausweisnummer:"), "fr": ("CNI n°", "pièce d'identité :"),
            "es": ("núm. DNI", "doc. identidad"), "it": ("n. carta identità", "CI:"), "nl": ("ID-bewijs nr.", "BSN-nr"),
            "pt": ("n.º CC", "doc. identificação"), "da": ("legitimation nr.", "CPR:"), "cs": ("č. OP", "číslo dokladu"),
            "zh-MY": ("IC:", "身份证号码"), "ar-IL": ("رقم الهوية", "ת.ז."), "yi": ("SS#", "סאושעל:"), "su": ("NIK:", "No. KTP"),
            "hu-RS": ("JMBG:", "személyi szám"), "as": ("পৰিচয় নং", "ID:"), "so-KE": ("ID/PIN:", "lambarka aqoonsiga"),
            "vi-CZ": ("RČ:", "rodné číslo")}  # fmt: skip
_DOB_CUES = {"en": ("date of birth -", "b."), "de": ("Geb.-Dat.",), "fr": ("date de naissance :",), "es": ("nacido/a el",),
             "it": ("nato/a il",), "nl": ("geb. datum",), "pt": ("data de nasc.",), "da": ("fødselsdato:",), "cs": ("nar.",),
             "zh-MY": ("出生日期",), "ar-IL": ("تاريخ الميلاد",), "yi": ("געבוירן",), "su": ("lahir",), "hu-RS": ("szül.",),
             "as": ("জন্ম তাৰিখ",), "so-KE": ("taariikhda dhalashada",), "vi-CZ": ("ngày sinh",)}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"(?:^حي |^Gg\. |Bylane|^P\.O\. Box)")
_LEAD_NEW = re.compile(r"^(?:No\. \d+, |House No\. \d+, |ঘৰ নং \d+, |Plot \d+, |\d+, |\d+ )")
_TAIL_NEW = re.compile(r"(?: No\. \d+| \d+(?:/\d+)?(?:/?[ab])?)$")
_NO_TAIL = ("zh_MY", "yi_US", "as_IN", "so_KE")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 51's rule, and for set 52's new 8 no quarter, alley, bylane or P.O. box."""
    if locale in new8.NEW8_52:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n51.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_52:
        s = _LEAD_NEW.sub("", street)
        if locale not in _NO_TAIL:
            s = _TAIL_NEW.sub("", s)
        return s or street
    return n51.street_without_number(street, locale)


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    cut = not P.whole_only(p)
    if cut:
        title_sur = (P.titled(p, lg, True), "last_name", p.last)
        initial = (f"{p.first[0]}. {p.last}", "last_name", p.last)
        comma = (f"{p.last}, {p.first}", "name", f"{p.last}, {p.first}")
    else:
        title_sur = (P.titled(p, lg, False), "name", p.full)
        initial = (p.full, "name", p.full)
        comma = (p.full, "name", p.full)
    return {
        "full": (p.full, "name", p.full), "first": (p.first, "name", p.first) if cut else (p.full, "name", p.full),
        "title_sur": title_sur, "initial_sur": initial, "sur_comma_first": comma,
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "possessive": (f"{p.full}'s", "name", p.full),
        "from_header": (f"From: {p.full}", "name", p.full),
        "mention": (f"+{p.full}", "name", p.full),
        "bracket": (f"[{p.full}]", "name", p.full),
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
    if layout == "tg":
        return f"t.me/{e164}", [("phone_number", e164)]
    if layout == "signal":
        return f"https://signal.me/#p/{e164}", [("phone_number", e164)]
    if layout == "facetime":
        return f"facetime:{e164}", [("phone_number", e164)]
    if layout == "clir":
        nat = P._national(num)
        reg = P.phonenumbers.region_code_for_number(num)
        prefix = P._CLIR.get(reg, "#31#")
        return f"{prefix}{nat}", [("phone_number", nat)]
    v = P.phone_text(num, layout, rng, lg)
    return v, [("phone_number", v)]


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, list] | None:
    names = _name_slots(p, lg)
    if slot in names:
        text, entity, value = names[slot]
        return text, [(entity, value)]
    layouts = {"phone": "national", "phone_intl": "intl", "phone_tg": "tg", "phone_signal": "signal",
               "phone_facetime": "facetime", "phone_clir": "clir", "phone_lost0": "lost_zero"}  # fmt: skip
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
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(("rfc2822", "go_time")), lg)
        if rng.random() < 0.5 and d.endswith(" 00:00:00 +0000"):
            d = d[: -len(" 00:00:00 +0000")]
        return d, [("date_of_birth", d)]
    raise KeyError(slot)


_LIST_FORMS = ("full", "title_sur", "first", "initial_sur", "upper_full", "sur_comma_first", "bracket")
_JOINERS = (" & ", " and ", "; ", " · ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` & ``, `` and ``, ``; `` or `` · ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice([f for f in _LIST_FORMS if joiner != "; " or f != "sur_comma_first"])
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Carpool: {list}.", "Tea urn rota: {list}.", "Raffle winners: {list}."),
                   "de": ("Fahrgemeinschaft: {list}.",), "fr": ("Covoiturage : {list}.",), "es": ("Coche compartido: {list}.",),
                   "it": ("Carpooling: {list}.",), "nl": ("Carpool: {list}.",), "pt": ("Boleia: {list}.",),
                   "da": ("Samkørsel: {list}.",), "cs": ("Spolujízda: {list}.",), "zh-MY": ("拼车：{list}。",),
                   "ar-IL": ("مشاركة السيارة: {list}.",), "yi": ("קארפול: {list}.",), "su": ("Nebeng: {list}.",),
                   "hu-RS": ("Telekocsi: {list}.",), "as": ("গাড়ী ভাগ: {list}।",), "so-KE": ("Gaadiid wadaag: {list}.",),
                   "vi-CZ": ("Đi chung xe: {list}.",)}  # fmt: skip
_SIGNS = ("\n\nRegards,\n{full}\n{phone_tg}", "\n~ {first}", "\nBest, {initial_sur}", "\n{upper_full} (via Teams)")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables and the new languages' about a
    third are local genres (an English one where the row has no second person for them), and one note in twelve
    lists three or four people."""
    lg = language.lang(locale)
    others = [o for o in others if o is not main and o.full != main.full]
    local_ok = lg in LOCAL and (lg in language.EU_NOTE_LANGS or locale in new8.NEW8_52)
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
    out["list"] = ["Carpool: ", "."]
    out["none"] = ["nothing further"]
    return out
