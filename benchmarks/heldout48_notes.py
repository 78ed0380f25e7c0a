"""Held-out set 48: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a sheepdog trial judge's run sheet remark, a conker
umpire's bout card, a walling tutor's progress card, a scarecrow trail map caption, a boatyard's hire-out check
sheet, a florist's place card, a glazier's commission ticket, a shearing gang's day book line) and four of any
table (a tombola prize tag, a lost dog poster, a get well card, a thank-you card). Local genres new to the sets (a
yard sale notice, found keys with an identity card, a plant swap) are written in de fr es it nl pt da cs and in the
eight new languages (fa iu ce ta so crs hsb tpi), about a third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname, the surname possessive: ``harvey's``), by surname alone, possessive
(``Harvey's``, ``Gail's``), by given name alone, with an initial (``G. Harvey``), surname comma given, in lists of
three or four joined by `` · ``, `` ; ``, `` & `` or `` and also `` in mixed forms, signing (``Best, Gail``,
``Regards,`` and the whole name on the next line, `` ~G. Harvey``, ``sgd. Mrs Harvey``, ``(Gail)`` on a line of its
own); not-Latin, one-name and not given-then-surname names stay whole where a form would cut them; streets whole
or without their number (``Darulaman Road`` from ``House 45, Darulaman Road``, ``Niaqunngusiaq Road``, ``ул.
Мира`` from ``ул. Мира, д. 12, кв. 5``, ``K.K.S. Road`` from ``45/2, K.K.S. Road``, ``Rue de Moscou``, ``Revolution
Avenue``, ``Chemin Lesperance``, ``Póstowe naměsto`` from ``Póstowe naměsto 3``, ``Angau Drive``; no house on a
numbered street, building, community house, B.P., cité, PO box or section and lot as a street in a note); phones
whole, bare, local, international, with the extension after a word, as a ``tel:`` URI, with the North American
exit code, with the country code and a slash, with underscores; ids after cues new to the sets (``ID shown:``,
``driving licence no.``, ``passport seen:``, ``Reisepassnr.``, ``Führerschein-Nr.``, ``passeport n°``, ``permis
n°``, ``pasaporte n.º``, ``carné n.º``, ``passaporto n.``, ``patente n.``, ``rijbewijsnr.``, ``paspoortnr:``,
``carta n.º``, ``kørekortnr.``, ``pasnummer``, ``č. pasu``, ``řidičák č.``, ``تذکره:``, ``e-Tazkira``, ``SIN:``,
``паспорт:``, ``серия и номер:``, ``NIC:``, ``தே.அ.அ. இல.``, ``NIN:``, ``nimero NIN``, ``wupokaz:``, ``čo.
wupokaza``); birth dates only after a birth cue (``date of birth``, ``born on``, ``born``, ``D.O.B.``, ``geboren
am``, ``date de naissance :``, ``nacido/a el``, ``nato/a il``, ``geboortedatum:``, ``nascido/a em``,
``fødselsdato:``, ``narozen(a):``, ``تاریخ تولد:``, ``ᐃᓅᓯᖓ:``, ``дата рождения:``, ``பிறந்த தேதி:``, ``taariikhda
dhalashada:``, ``ne le``, ``narodźeny:``, ``de bilong bon:``) in set 48's layouts; e-mails. Look-alikes are in the
templates' own text (``Old Hemp``, ``Moss``, ``Wiston Cap``, ``Queenie``, ``Lady Well Farm``, ``Old Tom``, ``King
Conker``, ``The Iron Duke``, ``Lady Muck``, ``Galloway dyke``, ``Estwing``, ``Collyweston``, ``Worzel Gummidge``,
``Aunt Sally``, ``Mrs Doubtfire``, ``Dolly Parton``, ``Captain Birdseye``, ``Josiah Wedgwood``, ``Thomas Telford``,
``Brunel``, ``Liberty``, ``Ilex 'Golden King'``, ``William Morris``, ``St Cuthbert``, ``Burne-Jones``, ``Tiffany``,
``Mackintosh``, ``Bryn Mawr``, ``Jacob``, ``Herdwick``, ``Sir Winston``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout47_notes as n47
import heldout48_language as language
import heldout48_new8 as new8
import heldout48_people as P

ENGLISH = {
    "sheepdog": (
        "Run sheet: {full} and Old Hemp's line - lost 6 at the drive, shed clean. {phone}",
        "{title_sur} retired Moss at the pen; the Wiston Cap blood shows. {email}",
        "Young handler {first} (date of birth {dob}) ran Queenie well, {o1_title_full} at the post.",
        "{upper_last} to collect the Lady Well Farm shield, ring {phone_ext}",
    ),
    "conker": (
        "Bout card: {full}'s Old Tom smashed King Conker in three strikes. {phone}",
        "{title_sur} protested - The Iron Duke looked baked. Reply to {email}",
        "Junior {first}, born on {dob}, beat Lady Muck; {o1_full} signed the form.",
        "{lower_full} knocked out in round 2, refund via {phone_tel}",
    ),
    "drystone": (
        "Progress card: {full} built 2 m of Galloway dyke, hearting good. {phone}",
        "{title_full} needs a lighter Estwing; Collyweston for the coping. {email}",
        "{lower_first} struggles with through-stones; lives off {street_nonum}. {phone_us}",
        "Certificate for {upper_full}, Cornish hedge module, D.O.B. {dob}.",
    ),
    "scarecrow": (
        "No. 14: Worzel Gummidge by {full}, outside {street}. {phone}",
        "Aunt Sally and Mrs Doubtfire - made by {title_sur} with {o1_first}. {email}",
        "{poss} Dolly Parton blew over again; see {lower_full}. {phone_011}",
        "Captain Birdseye (junior entry): {first}, date of birth {dob}, with {o1_title_full}.",
    ),
    "narrowboat": (
        "Check sheet: Josiah Wedgwood out with {full}, tiller lesson done. {phone}",
        "{title_sur} dropped the windlass at the Thomas Telford lock - charge. {email}",
        "Lead hirer {full}, born {dob}, {idcue} {nid}; crew {o1_full}.",
        "Brunel back late with {upper_last}, ring {phone_slash}",
    ),
    "wreath": (
        "Place card: {full} - Nordmann fir, Liberty print ribbon. {phone}",
        "{title_full} sits with {o1_full}; Ilex 'Golden King' only. {email}",
        "{lower_full} wants the wreath sent to {street}. {phone_ext}",
        "Table 3: {upper_last}, William Morris ribbon, paid. tel {phone_local}",
    ),
    "stainedglass": (
        "Ticket: {full}, St Cuthbert panel after Burne-Jones, leaded. {phone}",
        "Memorial light for {o1_full}, commissioned by {title_sur}. {email}",
        "Site visit at {street} for {lower_full}; Tiffany dragonfly repair. {phone_us}",
        "{upper_full} - Mackintosh rose, deposit in cash, {idcue} {nid}",
    ),
    "shearing": (
        "Day book: {full}'s 340 Swaledales at Bryn Mawr, done by 4. {phone}",
        "{title_sur} short of catchers - Jacob tups left for Tuesday. {phone_011}",
        "Casual hand paid cash: {full}, {idcue} {nid}, born {dob}.",
        "{lower_last}'s Herdwicks off {street_nonum}, manager {o1_full}. {email}",
    ),
    "tombola": (
        "Tombola prize 47 - won by {full}, {phone}",
        "Ticket ending 5: {title_sur}, bottle of sherry, {phone_tel}",
    ),
    "lostdog": (
        "LOST DOG 'Sir Winston' near {street_nonum}. Please call {full} on {phone}",
        "Found a collie answering to Moss - is it {given_poss}? {email}",
    ),
    "getwell": (
        "Get well soon {first}! From {o1_full} and all at the club. {phone_local}",
        "Dear {title_sur}, hoping the hip mends fast. Love, {o1_first}",
    ),
    "thankyou": (
        "Thank you {full} for the hamper - {email}",
        "Thanks to {lower_full} and {o1_full} for the lift home. {phone_tel}",
    ),
}
GENERIC = ("tombola", "lostdog", "getwell", "thankyou")
LOCAL = {
    "de": (("yard_sale", "Hofflohmarkt bei {full}, {street}, Samstag ab 9 Uhr. Tel. {phone}"),
           ("found_keys", "Schlüssel mit Ausweis gefunden ({idcue} {nid}) - bitte bei {title_sur} melden, {email}"),
           ("plant_swap", "Pflanzentausch: {full}, geboren am {dob}, bringt Tomatenableger mit. {phone}")),
    "fr": (("yard_sale", "Vide-grenier chez {full}, {street}, samedi dès 9 h. Tél. {phone}"),
           ("found_keys", "Clés trouvées avec une pièce ({idcue} {nid}), s'adresser à {title_sur}, {email}"),
           ("plant_swap", "Troc de plantes : {full}, date de naissance : {dob}, apporte des boutures. {phone}")),
    "es": (("yard_sale", "Mercadillo en casa de {full}, {street}, sábado desde las 9. Tel. {phone}"),
           ("found_keys", "Llaves encontradas con documento ({idcue} {nid}); preguntar por {title_sur}, {email}"),
           ("plant_swap", "Trueque de plantas: {full}, nacido/a el {dob}, trae esquejes. {phone}")),
    "it": (("yard_sale", "Mercatino in cortile da {full}, {street}, sabato dalle 9. Tel. {phone}"),
           ("found_keys", "Chiavi trovate con documento ({idcue} {nid}): rivolgersi a {title_sur}, {email}"),
           ("plant_swap", "Scambio piante: {full}, nato/a il {dob}, porta talee. {phone}")),
    "nl": (("yard_sale", "Garageverkoop bij {full}, {street}, zaterdag vanaf 9 uur. Tel. {phone}"),
           ("found_keys", "Sleutels gevonden met ID ({idcue} {nid}), ophalen bij {title_sur}, {email}"),
           ("plant_swap", "Plantenruil: {full}, geboortedatum: {dob}, neemt stekjes mee. {phone}")),
    "pt": (("yard_sale", "Venda de garagem em casa de {full}, {street}, sábado a partir das 9h. Tel. {phone}"),
           ("found_keys", "Chaves encontradas com documento ({idcue} {nid}); falar com {title_sur}, {email}"),
           ("plant_swap", "Troca de plantas: {full}, nascido/a em {dob}, traz estacas. {phone}")),
    "da": (("yard_sale", "Loppemarked i gården hos {full}, {street}, lørdag fra kl. 9. Tlf. {phone}"),
           ("found_keys", "Nøgler fundet med ID ({idcue} {nid}), henvend dig til {title_sur}, {email}"),
           ("plant_swap", "Planteudveksling: {full}, fødselsdato: {dob}, tager stiklinger med. {phone}")),
    "cs": (("yard_sale", "Bleší trh na dvoře u {full}, {street}, v sobotu od 9. Tel. {phone}"),
           ("found_keys", "Nalezeny klíče s dokladem ({idcue} {nid}), hlaste se u {title_sur}, {email}"),
           ("plant_swap", "Výměna rostlin: {full}, narozen(a): {dob}, přinese řízky. {phone}")),
    "fa": (("yard_sale", "فروش اجناس خانه نزد {full}، {street}، روز شنبه. تلفن {phone}"),
           ("found_keys", "کلید با تذکره پیدا شد ({idcue} {nid})، لطفاً با {full} تماس بگیرید، {email}"),
           ("plant_swap", "تبادله نهال: {full}، تاریخ تولد: {dob}، تلفن {phone}")),
    "iu": (("yard_sale", "ᓂᐅᕕᐊᖃᑦᑕᕐᕕᒃ {full}, {street}, ᓯᕙᑖᕐᕕᒃ. ᐅᖄᓚᐅᑦ {phone}"),
           ("found_keys", "ᑭᐱᒃᓴᐃᔾᔪᑏᑦ ᓇᓗᓇᐃᖅᓯᒍᑎᓕᒃ ({idcue} {nid}), {full}, {email}"),
           ("plant_swap", "ᓄᓇᐃᑦ ᐃᓯᓚᐅᑎᐅᔪᑦ: {full}, ᐃᓅᓯᖓ: {dob}, ᐅᖄᓚᐅᑦ {phone}")),
    "ce": (("yard_sale", "Кертахь йохкар {full} гергахь, {street}, шотдийнахь. Тел. {phone}"),
           ("found_keys", "Догӏанаш карий паспортаца ({idcue} {nid}), хаам бе {full}, {email}"),
           ("plant_swap", "Ораматаш хийцар: {full}, дата рождения: {dob}, тел. {phone}")),
    "ta": (("yard_sale", "வீட்டு விற்பனை: {full}, {street}, சனிக்கிழமை. தொலைபேசி {phone}"),
           ("found_keys", "அடையாள அட்டையுடன் சாவி கிடைத்தது ({idcue} {nid}), {full} அவர்களிடம் பெறவும், {email}"),
           ("plant_swap", "செடி பரிமாற்றம்: {full}, பிறந்த தேதி: {dob}, தொலைபேசி {phone}")),
    "so": (("yard_sale", "Iib alaab guri: {full}, {street}, Sabtida. Tel {phone}"),
           ("found_keys", "Furayaal la helay, la xiriir {title_sur}, {email}"),
           ("plant_swap", "Isweydaarsi geedo: {full}, taariikhda dhalashada: {dob}, tel {phone}")),
    "crs": (("yard_sale", "Vann lakour kot {full}, {street}, Sanmdi depi 9er. Tel {phone}"),
            ("found_keys", "Nou'n trouv lakle avek kart idantite ({idcue} {nid}), vwar {title_sur}, {email}"),
            ("plant_swap", "Sanz plant: {full}, ne le {dob}, i anmenn bouture. Tel {phone}")),
    "hsb": (("yard_sale", "Dworowe wiki pola {full}, {street}, sobotu wot 9. Tel. {phone}"),
            ("found_keys", "Kluče z wupokazom namakane ({idcue} {nid}), prošu pola {title_sur}, {email}"),
            ("plant_swap", "Wuměna rostlinow: {full}, narodźeny: {dob}, přinjese pjeńki. {phone}")),
    "tpi": (("yard_sale", "Maket long haus bilong {full}, {street}, Sarere moning. Fon {phone}"),
            ("found_keys", "Mipela painim ki, toktok long {title_sur}, {email}"),
            ("plant_swap", "Senisim plaua: {full}, de bilong bon: {dob}, fon {phone}")),
}  # fmt: skip
_ID_CUES = {"en": ("ID shown:", "driving licence no.", "passport seen:"), "de": ("Reisepassnr.", "Führerschein-Nr."),
            "fr": ("passeport n°", "permis n°"), "es": ("pasaporte n.º", "carné n.º"), "it": ("passaporto n.", "patente n."),
            "nl": ("rijbewijsnr.", "paspoortnr:"), "pt": ("passaporte n.º", "carta n.º"), "da": ("kørekortnr.", "pasnummer"),
            "cs": ("č. pasu", "řidičák č."), "fa": ("تذکره:", "e-Tazkira"), "iu": ("SIN:", "SIN no."),
            "ce": ("паспорт:", "серия и номер:"), "ta": ("NIC:", "தே.அ.அ. இல."), "crs": ("NIN:", "nimero NIN"),
            "hsb": ("wupokaz:", "čo. wupokaza")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"^(?:House \d+, Street \d+|Building |House \d+$|B\.P\. |Cité |PO Box |P\.O\. Box |Section )")
_TAIL_NEW = re.compile(r"(?:, д\. \d+(?:, кв\. \d+)?| \d+[ab]?)$")
_LEAD_NEW = re.compile(r"^(?:House \d+, |[\d/]+, |\d+ )")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 47's rule, and for set 48's new 8 no house on a numbered street, building,
    community house, B.P., cité, PO box or section and lot."""
    if locale in new8.NEW8_48:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n47.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_48:
        s = _TAIL_NEW.sub("", street) if locale in ("ce_RU", "hsb_DE") else street
        s = _LEAD_NEW.sub("", s)
        return s or street
    return n47.street_without_number(street, locale)


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
    layouts = {"phone": (p.mobile, "national"), "phone_intl": (p.mobile, "intl"), "phone_ext": (p.landline, "ext_local"),
               "phone_tel": (p.mobile, "tel_uri"), "phone_011": (p.mobile, "exit_011"),
               "phone_slash": (p.mobile, "cc_slash"), "phone_us": (p.mobile, "underscores")}  # fmt: skip
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
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(language.DATE_LAYOUTS))
        return d, "date_of_birth", d
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last", "lower_first",
               "upper_full", "sur_comma")  # fmt: skip
_JOINERS = (" · ", " ; ", " & ", " and also ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` · ``, `` ; ``, `` & `` or `` and also ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice([f for f in _LIST_FORMS if f != "sur_comma" or joiner in (" ; ", " · ")])
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("On the tea rota: {list}.", "Judges' shortlist => {list}", "Owed a refund: {list}."),
                   "de": ("Kuchendienst: {list}.",), "fr": ("Au stand : {list}.",), "es": ("En el puesto: {list}.",),
                   "it": ("Al banco: {list}.",), "nl": ("Koffiedienst: {list}.",), "pt": ("Na banca: {list}.",),
                   "da": ("Kaffevagt: {list}.",), "cs": ("U stánku: {list}.",), "fa": ("در غرفه: {list}.",),
                   "iu": ("ᐃᑲᔪᖅᑎᑦ: {list}.",), "ce": ("Гӏо дийриш: {list}.",), "ta": ("உதவியாளர்கள்: {list}.",),
                   "so": ("Caawiyayaasha: {list}.",), "crs": ("Bann volonter: {list}.",), "hsb": ("Pomocnicy: {list}.",),
                   "tpi": ("Ol helpim: {list}.",)}  # fmt: skip
_SIGNS = ("\nBest, {first}", "\nRegards,\n{full}", " ~{initial_last}", "\nsgd. {title_sur}", "\n({first})")


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
            if rng.random() < 0.15 and form not in ("tombola", "lostdog"):
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
    out["list"] = ["On the tea rota: ", "."]
    out["none"] = ["nothing further"]
    return out
