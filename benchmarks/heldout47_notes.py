"""Held-out set 47: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a bonsai show judge's critique card, a falconer's
flying log, a watch repairer's job envelope note, a dinghy park bosun's note, a bouncy castle driver's delivery
note, a weigh-off steward's note, a puppy-walking supervisor's home visit report, a bookbinder's commission slip)
and four of any table (a raffle ticket stub, a sponsorship form line, a cash receipt, a neighbour's parcel card).
Local genres new to the sets (a babysitting offer, a party noise apology to the neighbours, a change of address
notice) are written in de fr es it nl pt da cs and in the eight new languages (te ti ee tn ty kab haw co), about a
third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``, ``Gail's``, ``gail
harvey's``), by given name alone, with an initial (``G. Harvey``), surname comma given (``Harvey, Gail``), in lists
of three or four joined by `` + ``, `` // `` or `` plus `` in mixed forms, signing (``Cheers, Gail``, ``-- `` and the
whole name on the next line, ``Signed for: GAIL HARVEY``, `` xx Gail``, ``per pro Mrs Harvey``); not-Latin,
one-name and surname-first names stay whole where a form would cut them; streets whole or without their number
(``Road No. 12`` from ``Plot No. 45, Road No. 12``, ``Gandhi Nagar`` from ``D.No. 12-3-45, Gandhi Nagar``, ``Alula
Aba Nega Street``, ``Ho-Adidome Road``, ``Khama Crescent``, ``Rue des Remparts``, ``Cité des 600 Logements``, ``Rue
Abane Ramdane``, ``Kamehameha Hwy`` from ``45-678 Kamehameha Hwy``, ``cours Napoléon``; no kebele house, landmark,
house number in a suburb, ward, P.O. box, BP, village or lieu-dit as a street in a note); phones whole, bare,
local, international, with the country code in words, as an SMS link, as a dial string with an extension, with the
area code in square brackets; ids after cues new to the sets (``photo ID``, ``ID checked:``, ``card no.``,
``Ausweisnr.``, ``n° de pièce d'identité``, ``n.º de documento``, ``documento n.``, ``legitimatienr.``, ``n.º de
identificação``, ``ID-nr.``, ``č. dokladu``, ``PAN:``, ``ፋይዳ ቁ.``, ``Ghana Card:``, ``Omang:``, ``n° DN :``, ``NIN
:``, ``SSN``, ``NIR :``); birth dates only after a birth cue (``born``, ``DOB``, ``birth date``, ``geboren:``,
``née le``, ``fecha de nac.:``, ``data di nascita:``, ``data de nasc.:``, ``født:``, ``datum narození:``, ``పుట్టిన
తేదీ:``, ``ዕለት ልደት:``, ``Wodzi:``, ``o tsholetswe ka``, ``fanauhia i te``, ``Ilul ass n``, ``hānau ʻia:``, ``natu
u``) in set 47's layouts; e-mails. Look-alikes are in the templates' own text (``Kiyohime``, ``Old Man Willow``,
``Lord Sandwich``, ``Tokoname``, ``Sir Percival``, ``Lady Grey``, ``Mrs Miggins``, ``King's Wood``, ``Patek
Philippe``, ``Breguet``, ``John Harrison``, ``Jaeger-LeCoultre``, ``Lady Jane``, ``Saucy Sue``, ``Swallow``,
``Peppa Pig``, ``Princess Elsa``, ``Bob the Builder``, ``Atlantic Giant``, ``Ailsa Craig``, ``Lancashire Lad``,
``Bentley``, ``Hattie``, ``Maisie``, ``Gray's Anatomy``, ``Mrs Beeton``, ``Bradshaw's``, ``Burke's Peerage``):
replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout46_notes as n46
import heldout47_language as language
import heldout47_new8 as new8
import heldout47_people as P

ENGLISH = {
    "bonsai": (
        "Judge's card: {full}'s Kiyohime maple, good ramification, pot (Tokoname) too shallow. {phone}",
        "{title_sur} entered Old Man Willow again - commended. Return trophy to {street}.",
        "Critique for {lower_first}: the Lord Sandwich juniper needs wiring; {o1_full} helped carry it in.",
        "{upper_last} withdrew the Chojubai quince, call {phone_sq}",
    ),
    "falconry": (
        "Flying log: {full} flew Sir Percival on King's Wood, glove size M. {phone}",
        "{title_full}'s group: Lady Grey refused the lure; rebook via {email}",
        "Junior {first} (born {dob}) handled Mrs Miggins with {o1_title_full}.",
        "{lower_full} cancelled, wind too strong - text {phone_sms}",
    ),
    "watchrepair": (
        "Envelope: {full}'s Patek Philippe losing 40s/day, full service. Call {phone}",
        "{title_sur} brought the Breguet back, crown loose again. {phone_commas}",
        "Longcase (John Harrison style) home visit at {street} for {lower_full}; ID checked: {nid}",
        "Jaeger-LeCoultre Reverso ready, {o1_full} may collect for {upper_last}. tel {phone_local}",
    ),
    "dinghy": (
        "Bosun: {full}'s Laser 'Lady Jane' left untied on the slip again. {phone}",
        "{title_sur} to move the Mirror (Saucy Sue) to berth C4; lives on {street_nonum}. {email}",
        "Junior helm {first}, DOB {dob}, crewing for {o1_full} on Swallow.",
        "{upper_full} owes berth fees, ring {phone_ccwords}",
    ),
    "bouncy": (
        "Delivery: Peppa Pig castle to {full}, {street}, set up by 10. {phone}",
        "{title_sur}'s garden too small for the Princess Elsa castle - swapped. {email}",
        "For {o1_first}'s party: Bob the Builder combi; gate key with {o2_full}. {phone_bare}",
        "{lower_full} paid cash, collect Sunday. tel {phone_intl}",
    ),
    "giantveg": (
        "Weigh-off: {full}'s Atlantic Giant 412.5 kg, new club record. {phone}",
        "{title_sur} disqualified - Ailsa Craig onion had a hollow neck. {email}",
        "Junior class: {first}, birth date {dob}, Lancashire Lad leek, with {o1_title_full}.",
        "Prize money to {upper_last}, {idcue} {nid}",
    ),
    "puppywalk": (
        "Home visit: {full} walking Bentley, garden secure, {street}. {phone}",
        "{title_sur} asks for a break in March; Hattie to {o1_full}. {email}",
        "{lower_first} doing well with Maisie on buses; {given_poss} kids great with her. {phone_sq}",
        "Review: {upper_full}, lead walking OK. Next visit, ring {phone_local}",
    ),
    "bookbind": (
        "Commission: {full}'s Gray's Anatomy (1858), rebind in half calf. {phone}",
        "{title_full} wants Mrs Beeton re-sewn, 'To {o1_full}' on the flyleaf. {email}",
        "Bradshaw's Guide for {lower_full}, post to {street}.",
        "{upper_last} - Burke's Peerage, gold tooling, {idcue} {nid}",
    ),
    "raffle": (
        "Raffle stub 214: {full}, {phone}",
        "Tickets 50-60 sold to {title_sur} ({email}), prize: hamper.",
    ),
    "sponsor": (
        "Sponsor form: {full} pledged 20 for the fun run, {street}.",
        "{lower_full} + {o1_full} - 10 each, gift aid yes. tel {phone_local}",
    ),
    "receipt": (
        "Received with thanks from {title_full} the sum of 45.00. {email}",
        "Cash receipt no. 88 - {sur_comma}, {phone_intl}",
    ),
    "parcel": (
        "Parcel card: we took in a parcel for {full} at {street}. Call {phone}",
        "Parcel for {title_sur} left with {o1_full}, {phone_bare}",
    ),
}
GENERIC = ("raffle", "sponsor", "receipt", "parcel")
LOCAL = {
    "de": (("babysit", "Babysitterin {full} (geboren: {dob}) hat Zeit am Wochenende, Tel. {phone}."),
           ("noise", "Liebe Nachbarn, Samstag Feier in der {street_nonum}, sorry für den Lärm! {title_sur}"),
           ("moving", "Umzug: {full} wohnt jetzt in {street}. Ausweisnr. {nid}, neue Mail {email}")),
    "fr": (("babysit", "{full}, née le {dob}, propose du baby-sitting. Tél. {phone}"),
           ("noise", "Chers voisins, fête samedi au {street}, désolés pour le bruit ! {title_sur}"),
           ("moving", "Déménagement : {full} habite désormais {street}. {idcue} {nid}, {email}")),
    "es": (("babysit", "Canguro: {full}, fecha de nac.: {dob}, tel. {phone}"),
           ("noise", "Vecinos: fiesta el sábado en {street}, ¡perdón por el ruido! {title_sur}"),
           ("moving", "Mudanza: {full} vive ahora en {street}. {idcue} {nid}, {email}")),
    "it": (("babysit", "Babysitter {full}, data di nascita: {dob}, tel. {phone}"),
           ("noise", "Cari vicini, festa sabato in {street}, scusate il rumore! {title_sur}"),
           ("moving", "Trasloco: {full} ora abita in {street}. {idcue} {nid}, {email}")),
    "nl": (("babysit", "Oppas {full} (geboren: {dob}) kan in het weekend, tel. {phone}"),
           ("noise", "Beste buren, zaterdag feest op {street}, sorry voor het lawaai! {title_sur}"),
           ("moving", "Verhuisd: {full} woont nu op {street}. {idcue} {nid}, {email}")),
    "pt": (("babysit", "Babysitter {full}, data de nasc.: {dob}, tel. {phone}"),
           ("noise", "Caros vizinhos, festa sábado na {street}, desculpem o barulho! {title_sur}"),
           ("moving", "Mudança: {full} mora agora na {street}. {idcue} {nid}, {email}")),
    "da": (("babysit", "Babysitter {full} (født: {dob}) kan i weekenden, tlf. {phone}"),
           ("noise", "Kære naboer, fest lørdag på {street}, undskyld larmen! {title_sur}"),
           ("moving", "Flyttet: {full} bor nu på {street}. {idcue} {nid}, {email}")),
    "cs": (("babysit", "Hlídání dětí: {full}, datum narození: {dob}, tel. {phone}"),
           ("noise", "Milí sousedé, v sobotu oslava v {street}, omlouváme se za hluk! {title_sur}"),
           ("moving", "Stěhování: {full} nyní bydlí {street}. {idcue} {nid}, {email}")),
    "te": (("babysit", "పిల్లల సంరక్షణ: {full}, పుట్టిన తేదీ: {dob}, ఫోన్ {phone}"),
           ("noise", "పొరుగువారికి: శనివారం {street} వద్ద వేడుక, శబ్దానికి క్షమించండి! {full}"),
           ("moving", "కొత్త చిరునామా: {full}, {street}. {idcue} {nid}, {email}")),
    "ti": (("babysit", "ሓላዊት ህፃናት: {full}, ዕለት ልደት: {dob}, ስልኪ {phone}"),
           ("noise", "ጎረባብቲ: ቀዳም ኣብ {street} ጓይላ ኣሎ፣ ይቕሬታ! {full}"),
           ("moving", "ሓድሽ ኣድራሻ: {full}, {street}. {idcue} {nid}, {email}")),
    "ee": (("babysit", "Ðevi dzikpɔla: {full}, Wodzi: {dob}, fon {phone}"),
           ("noise", "Nye aƒelikawo: Memleɖa ƒe azã le {street}, meɖe kuku! {title_sur}"),
           ("moving", "Aƒe yeye: {full} le {street} fifia. {idcue} {nid}, {email}")),
    "tn": (("babysit", "Motlhokomedi wa bana: {full}, o tsholetswe ka {dob}, mogala {phone}"),
           ("noise", "Baagisani: moletlo ka Matlhatso kwa {street}, tshwarelo ka modumo! {title_sur}"),
           ("moving", "Aterese e ntšha: {full} o nna kwa {street}. {idcue} {nid}, {email}")),
    "ty": (("babysit", "Tiaʻi tamariʻi: {full}, fanauhia i te {dob}, niuniu {phone}"),
           ("noise", "E te mau tapiri: ʻōroʻa i te mahana mā i {street}, e faʻaore mai! {title_sur}"),
           ("moving", "Nohoraʻa ʻāpī: {full}, {street}. {idcue} {nid}, {email}")),
    "kab": (("babysit", "Aɛessas n warrac: {full}, ilul ass n {dob}, tiliɣri {phone}"),
            ("noise", "I yimawlan n tama: tameɣra ass n Ssebt deg {street}, suref-aɣ! {title_sur}"),
            ("moving", "Tansa tamaynut: {full} yezdeɣ deg {street}. {idcue} {nid}, {email}")),
    "haw": (("babysit", "Kahu keiki: {full}, hānau ʻia: {dob}, kelepona {phone}"),
            ("noise", "E nā hoalauna: pāʻina i ka Poʻaono ma {street}, e kala mai! {title_sur}"),
            ("moving", "Wahi noho hou: {full}, {street}. {idcue} {nid}, {email}")),
    "co": (("babysit", "Guardia di zitelli: {full}, natu u {dob}, tel. {phone}"),
           ("noise", "Cari vicini, festa sabbatu in {street}, scusate u rimore! {title_sur}"),
           ("moving", "Trasferimentu: {full} stà avà in {street}. {idcue} {nid}, {email}")),
}  # fmt: skip
_ID_CUES = {"en": ("photo ID", "ID checked:", "card no."), "de": ("Ausweisnr.", "Ausweis geprüft:"),
            "fr": ("n° de pièce d'identité", "pièce vue :"), "es": ("n.º de documento", "documento:"),
            "it": ("documento n.", "doc. visto:"), "nl": ("legitimatienr.", "legitimatie:"),
            "pt": ("n.º de identificação", "doc.:"), "da": ("ID-nr.", "legitimation:"), "cs": ("č. dokladu", "doklad:"),
            "te": ("PAN:", "పాన్:"), "ti": ("ፋይዳ ቁ.", "Fayda:"), "ee": ("Ghana Card:", "PIN:"),
            "tn": ("Omang:", "Omang no."), "ty": ("n° DN :", "DN"), "kab": ("NIN :", "N° d'identification :"),
            "haw": ("SSN", "SSN:"), "co": ("NIR :", "n° sécu :")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"^(?:Kebele |Behind |House No\. |P\.O\. Box|Ward |BP \d|Village |Lieu-dit )")
_TAIL_NEW = re.compile(r"(?:, H\.No\. \d+| N° \d+|, Bt \d+| Apt \w+)$")
_LEAD_NEW = re.compile(r"^(?:\d+(?:-\d+)?,? |Plot No\. \d+, |D\.No\. [\d-]+, |Plot \d+, (?!Block)(?=\D))")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 46's rule, and for set 47's new 8 no kebele house, landmark, house number in a
    suburb, ward, P.O. box, BP, village or lieu-dit."""
    if locale in new8.NEW8_47:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n46.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street whose number is part of its name stays whole."""
    if locale in new8.NEW8_47:
        s = _TAIL_NEW.sub("", street)
        s = _LEAD_NEW.sub("", s)
        return s or street
    return n46.street_without_number(street, locale)


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    title = P.title(p, lg)
    cut = not P.whole_only(p)
    latin = P.latin(p)
    initial = f"{p.first[0]}. {p.last}" if cut else p.full
    return {
        "full": (p.full, "name", p.full), "first": (p.first, "name", p.first),
        "last": (p.last, "last_name", p.last) if cut else (p.full, "name", p.full),
        "title_sur": (f"{title} {p.last}", "last_name", p.last) if cut else (f"{title} {p.full}", "name", p.full),
        "title_full": (f"{title} {p.full}", "name", p.full),
        "lower_full": (p.full.lower(), "name", p.full.lower()),
        "lower_first": (p.first.lower(), "name", p.first.lower()),
        "lower_last": (p.last.lower(), "last_name", p.last.lower()) if cut else (p.full.lower(), "name", p.full.lower()),  # noqa: E501
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "upper_last": (p.last.upper(), "last_name", p.last.upper()) if cut else (p.full.upper(), "name", p.full.upper()),  # noqa: E501
        "poss": (f"{p.last}'s" if cut else p.full, "last_name" if cut else "name", p.last if cut else p.full),
        "given_poss": (f"{p.first}'s" if latin else p.full, "name", p.first if latin else p.full),
        "lower_poss": (f"{p.full.lower()}'s" if latin else p.full, "name", p.full.lower() if latin else p.full),
        "initial_last": (initial, "last_name" if cut else "name", p.last if cut else p.full),
        "sur_comma": (f"{p.last}, {p.first}", "name", f"{p.last}, {p.first}") if cut else (p.full, "name", p.full),
    }  # fmt: skip


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str) -> tuple[str, list, str] | None:
    """The note, its labels and its own template (cue words written in); ``None`` when the template needs a fact
    the row has none of (an id, a street a note can name, a second person)."""
    labels: list[tuple[str, str]] = []
    own = template
    if "{idcue}" in own:
        own = own.replace("{idcue}", rng.choice(_ID_CUES.get(lg, _ID_CUES["en"])))
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
        value, entity, label = got
        parts.append(value)
        if entity:
            labels.append((entity, label))
    parts.append(own[pos:])
    return "".join(parts), labels, own


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, str | None, str] | None:
    names = _name_slots(p, lg)
    if slot in names:
        return names[slot]
    if slot == "phone":
        v = P.phone_text(p.mobile, "national", rng, lg)
    elif slot == "phone_bare":
        v = P.phone_bare(p.mobile)
    elif slot == "phone_local":
        v = P.phone_local(p.landline)
    elif slot == "phone_intl":
        v = P.phone_text(p.mobile, "intl", rng, lg)
    elif slot == "phone_ccwords":
        v = P.phone_text(p.mobile, "cc_in_words", rng, lg)
    elif slot == "phone_sms":
        v = P.phone_text(p.mobile, "sms_uri", rng, lg)
    elif slot == "phone_commas":
        v = P.phone_text(p.landline, "ext_commas", rng, lg)
    elif slot == "phone_sq":
        v = P.phone_text(p.mobile, "sq_area", rng, lg)
    else:
        v = None
    if v is not None:
        return v, "phone_number", v
    if slot == "street":
        return (p.street, "street_address", p.street) if street_usable(p.street, p.locale) else None
    if slot == "street_nonum":
        if not street_usable(p.street, p.locale):
            return None
        s = street_without_number(p.street, p.locale)
        return s, "street_address", s
    if slot == "email":
        return p.email, "email", p.email
    if slot == "nid":
        return (p.nid, "national_id", p.nid) if p.nid else None
    if slot == "dob":
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(language.DATE_LAYOUTS))
        return d, "date_of_birth", d
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last", "lower_first",
               "upper_full", "sur_comma")  # fmt: skip
_JOINERS = (" + ", " // ", " plus ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` + ``, `` // `` or `` plus ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice([f for f in _LIST_FORMS if f != "sur_comma" or joiner != " plus "])
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Volunteers on the gate: {list}.", "Prize winners -> {list}", "Still to pay: {list}."),
                   "de": ("Helfer: {list}.",), "fr": ("Bénévoles : {list}.",), "es": ("Voluntarios: {list}.",),
                   "it": ("Volontari: {list}.",), "nl": ("Vrijwilligers: {list}.",), "pt": ("Voluntários: {list}.",),
                   "da": ("Frivillige: {list}.",), "cs": ("Dobrovolníci: {list}.",), "te": ("స్వచ్ఛంద సేవకులు: {list}.",),
                   "ti": ("ወፈያታት: {list}.",), "ee": ("Dɔwɔla faɖoɖotɔwo: {list}.",), "tn": ("Baithaopi: {list}.",),
                   "ty": ("Tauturu: {list}.",), "kab": ("Imttawin: {list}.",), "haw": ("Nā mea kōkua: {list}.",),
                   "co": ("Vuluntarii: {list}.",)}  # fmt: skip
_SIGNS = ("\nCheers, {first}", "\n-- \n{full}", "\nSigned for: {upper_full}", " xx {first}", "\nper pro {title_sur}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs tables and the new languages' about a
    third are local genres, and one note in twelve lists three or four people."""
    lg = language.lang(locale)
    local = lg in LOCAL and rng.random() < 0.35
    if len(others) >= 2 and rng.random() < 0.08:
        pool = [main, *others][:4]
        text, labels = people_list(pool, rng, lg)
        tmpl = rng.choice(_LIST_TEMPLATES.get(lg, _LIST_TEMPLATES["en"]) if local else _LIST_TEMPLATES["en"])
        head, _, tail = tmpl.partition("{list}")
        got = fill(tail, main, others, rng, locale, lg)
        if got is not None:
            return head + text + got[0], labels + got[1], head + "{list}" + got[2], "list"
    for _ in range(12):
        if local:
            form, template = rng.choice(LOCAL[lg])
        else:
            form = genre if rng.random() < 0.5 else rng.choice(GENERIC)
            template = rng.choice(ENGLISH[form])
            if rng.random() < 0.15 and form not in ("raffle", "receipt"):
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, lg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "nothing to add"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", ""))[::2]
    out["list"] = ["Volunteers on the gate: ", "."]
    out["none"] = ["nothing to add"]
    return out
