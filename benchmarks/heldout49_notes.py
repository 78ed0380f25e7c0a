"""Held-out set 49: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a chimney sweep's job card, a swimming teacher's
poolside report, a farrier's shoeing chit, a kiln log entry, a curling scorecard remark, a Morris bagman's note, a
balloon pilot's manifest line, a knitting pattern tag) and four of any table (a birthday card, a windscreen note,
an absence note, a pet-sitting note). Local genres new to the sets (a flat-share room offer, a bicycle for sale
with the seller's identity document, a birthday party invitation with the birth date) are written in de fr es it
nl pt da cs and in the eight new languages (ur ml hy sah bm ve ch oc), about a third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``, ``Gail's``), by given name
alone, as the given name and the surname's initial (``Gail H.``), with an initial (``G. Harvey``), surname comma
given, in lists of three or four joined by `` / ``, `` + ``, `` | `` or `` with `` in mixed forms, signing
(``Cheers - Gail``, ``Yours,`` and the whole name on the next line, an e-mail signature after ``-- ``, `` xx Gail``,
``Warmly,`` and ``Mrs Harvey``); not-Latin, one-name and not given-then-surname names stay whole where a form would
cut them; streets whole or without their number (``Allama Iqbal Road`` from ``15-E, Allama Iqbal Road``,
``Chittoor Road`` from ``38/1021, Chittoor Road``, ``Khaghani St.`` from ``No. 38, Khaghani St.``, ``ул. Ленина``
from ``ул. Ленина, д. 83, кв. 8``, ``Avenue de l'OUA``, ``Mphephu Street``, ``Chalan Santo Papa``, ``carrièra del
Taur``; no house on a numbered street, town-survey number, house name, stand, route number, B.P. or numbered rue
and porte as a street in a note); phones whole, bare, local, international, with middle dots, with thin spaces, as
a ``callto:`` link; ids after cues new to the sets (``photocard no.``, ``passport number``, ``ID card #``,
``licence ref:``, ``Personalausweis-Nr.``, ``Ausweisnummer``, ``CNI n°``, ``carte d'identité :``, ``DNI/NIE:``,
``documento n.º``, ``C.I. n.``, ``carta d'identità``, ``identiteitskaart nr.``, ``ID-kaart:``, ``CC n.º``,
``cartão de cidadão``, ``pas nr.``, ``ID-kort nr.``, ``OP č.``, ``občanka č.``, ``شناختی کارڈ نمبر:``,
``CNIC:``, ``ആധാർ:``, ``Aadhaar no.``, ``کد ملی:``, ``national code:``, ``паспорт №``, ``паспорт серия``, ``ID
no.``, ``Nomboro ya ID:``, ``carta d'identitat n°``, ``CNI :``); birth dates only after a birth cue (``birthdate``,
``DoB``, ``born on``, ``birth date``, ``Geburtstag``, ``né(e) le``, ``fecha de nacimiento``, ``data di nascita``,
``geboren op``, ``nascido/a a``, ``født``, ``datum narození``, ``تاریخ پیدائش``, ``ജനനത്തീയതി``, ``ծննդյան
ամսաթիվ՝``, ``төрөөбүт күнэ``, ``a bangera``, ``o bebwa nga``, ``fecha mafañågu``, ``nascut(uda) lo``) in set 49's
layouts (not the Unix seconds); e-mails. Look-alikes are in the templates' own text (``Jøtul F 100``,
``Charnwood Island``, ``Aga``, ``Rainbow``, ``Victoria Baths``, ``Jubilee Pool``, ``Red Rum``, ``Desert Orchid``,
``Mr Frisk``, ``Lady Jane``, ``Leach cream``, ``Tenmoku``, ``Audrey Blackman``, ``Valentine's Earthstone``,
``Lochnagar``, ``Blue Hone``, ``Granite City``, ``Kays``, ``Princess Royal``, ``Lord Nelson's Men``,
``Jack-in-the-Green``, ``Lady Penelope``, ``Jules Verne``, ``Ashton Court``, ``Red Letter Days``, ``Montgolfier``,
``Kate Davies``, ``Rowan``, ``Kaffe Fassett``, ``Elizabeth Zimmermann``, ``Debbie Bliss``): replacing them costs
"words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout48_notes as n48
import heldout49_language as language
import heldout49_new8 as new8
import heldout49_people as P

ENGLISH = {
    "sweep": (
        "Sweep card: {full}'s Jøtul F 100 swept, 2 buckets of soot, nest removed. {phone}",
        "{title_sur} asks for the Charnwood Island to be done before Christmas. {email}",
        "Key under the pot, {o1_full} has a spare. Lives off {street_nonum}. {phone_middot}",
        "{upper_full} - Aga flue blocked, certificate withheld, {idcue} {nid}",
    ),
    "swim": (
        "Poolside report: {first} moved up to Rainbow, great kicking. Parent {o1_full}, {phone}",
        "{full} (birthdate {dob}) on the waiting list for Victoria Baths. {email}",
        "{lower_first} cried at the deep end; {o1_title_full} collected early. {phone_thin}",
        "{given_poss} inhaler left at Jubilee Pool - call {phone_callto}",
    ),
    "farrier": (
        "Shoeing chit: Red Rum shod all round for {full}. {phone}",
        "{title_sur} wants Desert Orchid trimmed only; yard off {street_nonum}. {email}",
        "Paid cash, {full}, {idcue} {nid}. Mr Frisk lost a front shoe again.",
        "Ring {lower_full} on {phone_intl} before coming - Lady Jane kicks.",
    ),
    "kiln": (
        "Kiln log: {full}'s Leach cream jugs, cone 8, two cracked. {phone}",
        "{title_full} to collect the Tenmoku bowls; glaze ran on the Audrey Blackman porcelain. {email}",
        "Kids' class: {first}, DoB {dob}, collected by {o1_full}. {phone_middot}",
        "{upper_last} - Valentine's Earthstone plate left on shelf 3, ring {phone_local}",
    ),
    "curling": (
        "Scorecard: {full} skipped Lochnagar to a 7-4 win. {phone}",
        "{title_sur} lost a Blue Hone handle on sheet C. {email}",
        "Junior {first}, born on {dob}, plays lead for Granite City; parent {o1_full}.",
        "Bar tab for {lower_full}, {idcue} {nid}. Kays stones need re-dressing.",
    ),
    "morris": (
        "Bagman's note: {full} to dance Princess Royal with Lord Nelson's Men on Saturday. {phone}",
        "{title_sur} needs new baldrics before May Day. {email}",
        "{poss} bells went missing at Jack-in-the-Green; ask {o1_full}. {phone_callto}",
        "Kit posted to {street} for {lower_full}.",
    ),
    "balloon": (
        "Manifest: {full}, birth date {dob}, 82 kg, on Lady Penelope from Ashton Court.",
        "{title_full} rebooked on Jules Verne - voucher from Red Letter Days. {email}",
        "Next of kin for {first}: {o1_full}, {phone_intl}",
        "{upper_full}, Montgolfier flight, {idcue} {nid}",
    ),
    "knitting": (
        "Pattern tag: Kate Davies Bluebell in Rowan Felted Tweed for {full}. {phone}",
        "{title_sur} ordered Kaffe Fassett Collective, 6 balls. {email}",
        "Elizabeth Zimmermann Baby Surprise for {o1_full} - knitted by {lower_full}.",
        "Deliver the Debbie Bliss Rialto to {street}, {surinitial} is out till 4. {phone_thin}",
    ),
    "birthday": (
        "Happy birthday {first}! Lots of love from {o1_full} and the gang",
        "Happy 40th {title_full}! Party at ours, ring {phone_local}",
    ),
    "windscreen": (
        "You're blocking my drive on {street_nonum}! Move it or call {full} on {phone}",
        "Sorry I scraped your car - {full}, {phone_intl}, {email}",
    ),
    "absence": (
        "Please excuse {first} from Thursday's session, dentist appointment. {o1_full}",
        "{full} is away until the 20th; cover by {o1_title_full}. {phone}",
    ),
    "petsit": (
        "Pet-sitting for {title_sur}: cat fed twice a day, spare key with {o1_full}. {phone_callto}",
        "Feeding instructions from {full} - {email}",
    ),
}
GENERIC = ("birthday", "windscreen", "absence", "petsit")
LOCAL = {
    "de": (("flat_share", "WG-Zimmer frei bei {full}, {street}, ab Januar. Melden unter {phone}"),
           ("bike_sale", "Fahrrad zu verkaufen, Kaufvertrag mit {title_sur} ({idcue} {nid}). Mail an {email}"),
           ("birthday_invite", "Einladung: {first} feiert, Geburtstag {dob}! Zusagen an {o1_full}, {phone}")),
    "fr": (("flat_share", "Colocation : chambre libre chez {full}, {street}. Appeler le {phone}"),
           ("bike_sale", "Vélo à vendre, vendu par {title_sur} ({idcue} {nid}), écrire à {email}"),
           ("birthday_invite", "Anniversaire de {first}, né(e) le {dob} ! Réponse à {o1_full}, {phone}")),
    "es": (("flat_share", "Habitación libre en piso compartido con {full}, {street}. Llamar al {phone}"),
           ("bike_sale", "Se vende bici, vendedor {title_sur} ({idcue} {nid}), escribir a {email}"),
           ("birthday_invite", "Cumpleaños de {first}, fecha de nacimiento {dob}. Confirmar con {o1_full}, {phone}")),
    "it": (("flat_share", "Stanza libera in appartamento condiviso con {full}, {street}. Chiamare {phone}"),
           ("bike_sale", "Vendo bici, venditore {title_sur} ({idcue} {nid}), scrivere a {email}"),
           ("birthday_invite", "Festa di compleanno di {first}, data di nascita {dob}! Conferme a {o1_full}, {phone}")),
    "nl": (("flat_share", "Kamer vrij in huis bij {full}, {street}. Bel {phone}"),
           ("bike_sale", "Fiets te koop, verkoper {title_sur} ({idcue} {nid}), mail {email}"),
           ("birthday_invite", "Verjaardagsfeest van {first}, geboren op {dob}! Aanmelden bij {o1_full}, {phone}")),
    "pt": (("flat_share", "Quarto livre em casa partilhada com {full}, {street}. Ligar {phone}"),
           ("bike_sale", "Vende-se bicicleta, vendedor {title_sur} ({idcue} {nid}), email {email}"),
           ("birthday_invite", "Aniversário de {first}, nascido/a a {dob}! Confirmar com {o1_full}, {phone}")),
    "da": (("flat_share", "Værelse ledigt i bofællesskab hos {full}, {street}. Ring {phone}"),
           ("bike_sale", "Cykel sælges, sælger {title_sur} ({idcue} {nid}), skriv til {email}"),
           ("birthday_invite", "Fødselsdagsfest for {first}, født {dob}! Svar til {o1_full}, {phone}")),
    "cs": (("flat_share", "Volný pokoj ve spolubydlení u {full}, {street}. Volejte {phone}"),
           ("bike_sale", "Prodám kolo, prodávající {title_sur} ({idcue} {nid}), pište na {email}"),
           ("birthday_invite", "Oslava narozenin: {first}, datum narození {dob}! Potvrďte u {o1_full}, {phone}")),
    "ur": (("flat_share", "کمرہ کرائے کے لیے خالی: {full}، {street}۔ فون {phone}"),
           ("bike_sale", "سائیکل برائے فروخت، فروخت کنندہ {full} ({idcue} {nid})، ای میل {email}"),
           ("birthday_invite", "سالگرہ کی دعوت: {full}، تاریخ پیدائش {dob}۔ رابطہ {o1_full}، {phone}")),
    "ml": (("flat_share", "മുറി വാടകയ്ക്ക്: {full}, {street}. ഫോൺ {phone}"),
           ("bike_sale", "സൈക്കിൾ വിൽപ്പനയ്ക്ക്, {full} ({idcue} {nid}), ഇമെയിൽ {email}"),
           ("birthday_invite", "പിറന്നാൾ ആഘോഷം: {full}, ജനനത്തീയതി {dob}. ബന്ധപ്പെടുക {o1_full}, {phone}")),
    "hy": (("flat_share", "Սենյակ վարձով՝ {full}, {street}։ Հեռ. {phone}"),
           ("bike_sale", "Վաճառվում է հեծանիվ, վաճառող՝ {full} ({idcue} {nid}), {email}"),
           ("birthday_invite", "Ծննդյան տոն՝ {full}, ծննդյան ամսաթիվ՝ {dob}։ Զանգել {o1_full}, {phone}")),
    "sah": (("flat_share", "Хос босхо: {full}, {street}. Төл. {phone}"),
            ("bike_sale", "Велосипед атыыланар, атыылааччы {full} ({idcue} {nid}), {email}"),
            ("birthday_invite", "Төрөөбүт күнүнэн: {full}, төрөөбүт күнэ {dob}. Эрийиҥ {o1_full}, {phone}")),
    "bm": (("flat_share", "So kɔnɔ bon bɛ yen: {full}, {street}. Telefɔni {phone}"),
           ("bike_sale", "Nɛgɛso bɛ feere, {title_sur} fɛ, {email}"),
           ("birthday_invite", "Wolodon seli: {first}, a bangera {dob}. A fɔ {o1_full} ye, {phone}")),
    "ve": (("flat_share", "Kamara i a hirwa: {full}, {street}. Founu {phone}"),
           ("bike_sale", "Baisigira i a rengiswa, {title_sur} ({idcue} {nid}), {email}"),
           ("birthday_invite", "Mpho ya duvha la mabebo: {first}, o bebwa nga {dob}. Founelani {o1_full}, {phone}")),
    "ch": (("flat_share", "Guaha kuatto para ma'alkila: {full}, {street}. Telefon {phone}"),
           ("bike_sale", "Bisikleta para bende, as {title_sur}, {email}"),
           ("birthday_invite", "Gupot kumpleaños: {first}, fecha mafañågu {dob}. Agang si {o1_full}, {phone}")),
    "oc": (("flat_share", "Cambra liura en colocacion amb {full}, {street}. Sonar al {phone}"),
           ("bike_sale", "Bicicleta de vendre, venduda per {title_sur} ({idcue} {nid}), escriure a {email}"),
           ("birthday_invite", "Anniversari de {first}, nascut(uda) lo {dob} ! Respònsa a {o1_full}, {phone}")),
}  # fmt: skip
_ID_CUES = {"en": ("photocard no.", "passport number", "ID card #", "licence ref:"),
            "de": ("Personalausweis-Nr.", "Ausweisnummer"), "fr": ("CNI n°", "carte d'identité :"),
            "es": ("DNI/NIE:", "documento n.º"), "it": ("C.I. n.", "carta d'identità"),
            "nl": ("identiteitskaart nr.", "ID-kaart:"), "pt": ("CC n.º", "cartão de cidadão"),
            "da": ("pas nr.", "ID-kort nr."), "cs": ("OP č.", "občanka č."), "ur": ("شناختی کارڈ نمبر:", "CNIC:"),
            "ml": ("ആധാർ:", "Aadhaar no."), "hy": ("کد ملی:", "national code:"), "sah": ("паспорт №", "паспорт серия"),
            "ve": ("ID no.", "Nomboro ya ID:"), "oc": ("carta d'identitat n°", "CNI :")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"^(?:House \d+, Street \d+|TC \d|.* House$|Stand \d|Route \d|B\.P\. |Rue \d+, Porte)")
_LEAD_NEW = re.compile(r"^(?:\d+-[A-E], |\d+/\d+, |No\. \d+, |\d+ )")
_TAIL_NEW = re.compile(r", д\. \d+(?:, кв\. \d+)?$")
_NOTE_DATES = tuple(x for x in language.DATE_LAYOUTS if x != "epoch")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 48's rule, and for set 49's new 8 no house on a numbered street, town-survey
    number, house name, stand, route number, B.P. or numbered rue and porte."""
    if locale in new8.NEW8_49:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n48.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_49:
        s = _TAIL_NEW.sub("", street)
        s = _LEAD_NEW.sub("", s)
        return s or street
    return n48.street_without_number(street, locale)


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
        "lower_last": (p.last.lower(), "last_name", p.last.lower()) if cut else (p.full.lower(), "name", p.full.lower()),
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "upper_last": (p.last.upper(), "last_name", p.last.upper()) if cut else (p.full.upper(), "name", p.full.upper()),
        "poss": (f"{p.last}'s" if cut else p.full, "last_name" if cut else "name", p.last if cut else p.full),
        "given_poss": (f"{p.first}'s" if latin else p.full, "name", p.first if latin else p.full),
        "initial_last": (initial, "last_name" if cut else "name", p.last if cut else p.full),
        "surinitial": (f"{p.first} {p.last[0]}." if cut else p.full, "name", p.first if cut else p.full),
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
    layouts = {"phone": (p.mobile, "national"), "phone_intl": (p.mobile, "intl"),
               "phone_middot": (p.mobile, "middot"), "phone_thin": (p.mobile, "thin_space"),
               "phone_callto": (p.mobile, "callto")}  # fmt: skip
    if slot in layouts:
        num, layout = layouts[slot]
        v = P.phone_text(num, layout, rng, lg)
        return v, "phone_number", v
    if slot == "phone_bare":
        v = P.phone_bare(p.mobile)
        return v, "phone_number", v
    if slot == "phone_local":
        v = P.phone_local(p.landline)
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
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(_NOTE_DATES))
        return d, "date_of_birth", d
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last", "lower_first",
               "upper_full", "surinitial", "sur_comma")  # fmt: skip
_JOINERS = (" / ", " + ", " | ", " with ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` / ``, `` + ``, `` | `` or `` with ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice([f for f in _LIST_FORMS if f != "sur_comma" or joiner in (" / ", " | ")])
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Lift rota: {list}.", "Still owe subs => {list}", "Raffle helpers: {list}."),
                   "de": ("Fahrdienst: {list}.",), "fr": ("Covoiturage : {list}.",), "es": ("Turno de coche: {list}.",),
                   "it": ("Turno auto: {list}.",), "nl": ("Rijschema: {list}.",), "pt": ("Boleias: {list}.",),
                   "da": ("Kørselsliste: {list}.",), "cs": ("Rozpis odvozů: {list}.",), "ur": ("رضاکار: {list}۔",),
                   "ml": ("സഹായികൾ: {list}.",), "hy": ("Օգնականներ՝ {list}։",), "sah": ("Көмөлөһөөччүлэр: {list}.",),
                   "bm": ("Dɛmɛbagaw: {list}.",), "ve": ("Vhathusi: {list}.",), "ch": ("Ayudante siha: {list}.",),
                   "oc": ("Ajudaires : {list}.",)}  # fmt: skip
_SIGNS = ("\nCheers - {first}", "\nYours,\n{full}", "\n-- \n{full}", " xx {first}", "\nWarmly,\n{title_sur}")


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
            if rng.random() < 0.15 and form not in ("windscreen",):
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, lg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "nothing further"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", ""))[::2]
    out["list"] = ["Lift rota: ", "."]
    out["none"] = ["nothing further"]
    return out
