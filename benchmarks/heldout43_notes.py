"""Held-out set 43: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a surf instructor's beach log line, a dry
cleaner's counter note, a shearing gang's tally-book note, a bridge director's ruling note, a tree delivery
driver's drop note, an upholsterer's job-card note, an archery target captain's score-sheet note, an apple-pressing
day's press-log line) and four of any table (a Post-it note stuck on the screen, a club newsletter's paragraph, a
whiteboard photo's transcript with arrows, a public-address announcement). Local genres new to the sets (a thank-you
message, a weather cancellation notice, a newsletter's welcome for new members) are written in de fr es it nl pt
da cs and, new, nb (Svalbard) and mi (te reo Māori), about a third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``), by given name alone, with an
initial (``G. Harvey``), in lists of three or four joined by `` + ``, `` / `` or ``; `` in mixed forms, signing
(``-- Gail (sent from my phone)``, ``ta gail``, ``Best, G. Harvey``); streets whole or without their number (a
landmark, a P.O. box, a building, a room or a house of a settlement is never used as a street in a note); phones
whole, bare, local, international, as a ``tel:`` URI or with odd spaces; ids after typo'd cues new to the sets
(``natnl id``, ``ID numbre``, ``passprt #``, ``Ausweissnr``, ``nº dni``, ``bsn nmr``, ``fødselsnr.``, ``NHI#``);
birth dates only after a birth cue, in set 43's layouts; e-mails. Look-alikes are in the templates' own text
(``Al Merrick``, ``O'Neill``, ``Fistral``, ``Vera Wang``, ``Hugo Boss``, ``Border Leicester``, ``Culbertson Cup``,
``Howell``, ``Nordmann fir``, ``Fraser fir``, ``Chesterfield``, ``William Morris``, ``Hoyt``, ``Cox's Orange
Pippin``, ``Kingston Black``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout42_notes as n42
import heldout43_language as language
import heldout43_new8 as new8
import heldout43_people as P

ENGLISH = {
    "surf": (
        "{first} out on the Al Merrick 7'2 at Fistral, good waves. Mum {o1_title_full} collecting. {phone}",
        "{lower_full} - no-show for the 9am, rang {phone_bare} twice. O'Neill 4/3 still in the van.",
        "Beach log: {upper_last} caught 6 green waves, ready for level 2. Email certificate to {email}",
        "{poss} board dinged on the rocks at Polzeath - £30 repair. Tel {phone_uri}",
    ),
    "dryclean": (
        "{title_sur} says the Vera Wang dress came back with a mark. Manager to call {phone}.",
        "Duvet for {full}, {street} - deliver Thursday. {lower_first} pays on delivery.",
        "Hugo Boss suit, ticket lost - {initial_last} showed ID ({idcue} {nid}) to collect.",
        "{first} rang: can {o1_full} pick up the curtains? OK'd. {phone_odd}",
    ),
    "shearer": (
        "{title_sur}'s Border Leicester ewes - 320 head, yards at {street_nonum}. Ring {phone_local} night before.",
        "Tally: {upper_full} 412, smoko at 10. Wool to Elders. {lower_first} wants crutching done too.",
        "Farmer {full} moved to {street}. New number {phone_intl}",
        "Rain delay at {last}'s - shed wet. {o1_first} to text the gang. {phone_bare}",
    ),
    "bridge": (
        "Director's ruling board 14: {full} revoked, adjusted to 50%. Appeal by {o1_initial_last}.",
        "{title_sur} and {o1_last} won the Culbertson Cup heat - Howell movement, 63.4%.",
        "{lower_last} arrived late, table 3 sat out. partner {o1_lower_first} not happy. {phone}",
        "Congratulations to {full} on 100 sessions! Contact {email} for the Goren Salver lunch.",
    ),
    "xmastree": (
        "Nordmann fir 7ft for {title_full}, leave round the back at {street}. {phone}",
        "{first} not in - left with {o1_title_sur} at no. {house}. tel {phone_local}",
        "Fraser fir swapped for a Norway spruce, {lower_full} ok with it. email {email}",
        "{upper_last} - gate code 4521, dog loose. Drop at {street_nonum} side. {phone_odd}",
    ),
    "upholster": (
        "Chesterfield for {full}: William Morris fabric on back order. Phone {phone} when in.",
        "{title_sur} wants the Queen Anne chair by Christmas - deposit paid. {street}",
        "{poss} Parker Knoll: springs gone, quote sent to {email}.",
        "Collect from {street_nonum} Tuesday, ask for {lower_first}. {phone_uri}",
    ),
    "archery": (
        "{first} (b. {dob}) shot a Portsmouth 512 - new junior PB. Hoyt limbs need checking.",
        "{full} moved up to the York round. {o1_title_full} to sign the form. Tel {phone}",
        "Score sheet for {lower_full} unsigned - target captain to chase. {email}",
        "{title_sur}: AGB renewal due, DOB {dob}, {idcue} {nid}",
        "{upper_last} and {o1_last} tied on golds at the Hereford. rang {phone_bare}",
    ),
    "cider": (
        "{full} brought 80kg Kingston Black - pressed and bottled. Pick up from {street} later. {phone}",
        "{lower_first} from {street_nonum} wants the Cox's Orange Pippin juice kept separate.",
        "Press log: {title_sur} 14:20, Ellison's Orange, 22 bottles. Paid. {email}",
        "{poss} apples had wasps - {o1_first} helped sort. tel {phone_local}",
    ),
    "postit": (
        "POST-IT: ring {full} back re invoice!! {phone}",
        "post-it >> {first} called - wants Thurs not Weds. {phone_bare}",
        "STICKY NOTE: {title_sur} dropped keys off for {o1_first}",
    ),
    "newsletter": (
        "A warm welcome to {full}, our newest member. Say hello at {email}!",
        "Our thanks to {title_full} for the raffle prizes, and to {o1_full} for the teas.",
    ),
    "whiteboard": (
        "WHITEBOARD: {upper_last} -> chase payment -> {o1_first} to call {phone}",
        "whiteboard: Mon {first}, Tue {o1_first} / {lower_last} off sick / new no. {phone_odd}",
    ),
    "tannoy": (
        "ANNOUNCEMENT: Would {full} please come to the front desk. {full}, to the front desk, thank you.",
        "Tannoy: the owner of a blue Fiesta, {title_sur}, please move it. Thank you.",
    ),
}
GENERIC = ("postit", "newsletter", "whiteboard", "tannoy")
LOCAL = {
    "de": (("thanks", "Vielen Dank an {full} für die Hilfe am Samstag! Grüße auch an {o1_first}."),
           ("weather", "Wegen Sturm abgesagt. {title_sur} bitte unter {phone} informieren."),
           ("welcome", "Herzlich willkommen, {full} ({street})! Geburtstag: {dob}.")),
    "fr": (("thanks", "Un grand merci à {full} pour son aide, et à {o1_title_sur}."),
           ("weather", "Annulé pour cause de tempête. Prévenir {title_sur} au {phone}."),
           ("welcome", "Bienvenue à {full}, {street}. Contact : {email}")),
    "es": (("thanks", "Muchas gracias a {full} por la ayuda del sábado y a {o1_first}."),
           ("weather", "Suspendido por el temporal. Avisar a {title_sur} al {phone}."),
           ("welcome", "Damos la bienvenida a {full} ({street}). Correo: {email}. {idcue} {nid}")),
    "it": (("thanks", "Grazie di cuore a {full} per l'aiuto, e a {o1_title_sur}."),
           ("weather", "Annullato per maltempo. Avvisare {title_sur} al {phone}."),
           ("welcome", "Benvenuta/o {full}! Abita in {street}. Email {email}")),
    "nl": (("thanks", "Hartelijk dank aan {full} voor de hulp, en aan {o1_first}."),
           ("weather", "Afgelast vanwege storm. {title_sur} bellen op {phone}."),
           ("welcome", "Welkom {full} ({street})! {idcue} {nid} genoteerd.")),
    "pt": (("thanks", "Muito obrigado a {full} pela ajuda, e a {o1_first}."),
           ("weather", "Cancelado por causa do temporal. Avisar {title_sur} pelo {phone}."),
           ("welcome", "Bem-vindo/a {full}, {street}. Email {email}")),
    "da": (("thanks", "Tusind tak til {full} for hjælpen, og til {o1_first}."),
           ("weather", "Aflyst på grund af storm. Giv {title_sur} besked på {phone}."),
           ("welcome", "Velkommen til {full}, {street}. Mail {email}")),
    "cs": (("thanks", "Velké díky {full} za pomoc a také {o1_first}."),
           ("weather", "Zrušeno kvůli bouřce. Dát vědět {title_sur} na {phone}."),
           ("welcome", "Vítáme {full}, {street}. E-mail {email}")),
    "nb": (("thanks", "Tusen takk til {full} for hjelpen, og til {o1_first}."),
           ("weather", "Avlyst på grunn av uvær. Gi beskjed til {title_sur} på {phone}."),
           ("welcome", "Velkommen til {full}, {street}. {idcue} {nid}. E-post {email}")),
    "mi": (("thanks", "Ngā mihi nui ki a {full} mō te āwhina, me {o1_first} hoki."),
           ("weather", "Kua whakakorea i te āwhā. Waea atu ki a {first} i {phone}."),
           ("welcome", "Nau mai, haere mai {full} ({street}). Īmēra {email}")),
}  # fmt: skip
_ID_CUES = {"en": ("natnl id", "ID numbre", "passprt #", "id no.:", "I/D no", "nat. ident."),
            "de": ("Ausweissnr", "Perso-Nr"), "es": ("D.N.I. nro", "nº dni"), "nl": ("bsn nmr", "BSN:"),
            "fr": ("numéro CNI", "n° sécu"), "it": ("codice fisc.", "c.f."), "pt": ("n.º NIF", "NIF:"),
            "da": ("cpr nr", "CPR:"), "cs": ("rodné č.", "RČ:"), "nb": ("fnr", "fødselsnr."),
            "mi": ("NHI#", "NHI no")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"^(?:Building|Camp|Casa|Hus|Postboks|P\.O\. Box|near|behind|opposite)\b|, near\b", re.I)
_GENERIC_ONLY = {"vei", "street", "hus", "house", "building", "block", "hay"}


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 42's rule (no P.O. box, landmark, lot or house of a settlement), and for set 43's
    new 8 no building, room, camp, house, P.O. box or landmark."""
    if locale in new8.NEW8_43:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n42.street_usable(street, locale)


def street_without_number(street: str) -> str:
    """The street as said without its house number; a street whose number is not at an end, or that would be left a
    bare generic word (``Vei``, ``Street``), stays whole."""
    text = re.sub(r"\s+\d+동\s+\d+호$", "", street)
    text = re.sub(r",?\s+n\.º\s+\d+$", "", text)
    text = re.sub(r",\s+Block \d+, House \d+$", "", text)
    text = re.sub(r",\s+House \d+$", "", text)
    text = n42.street_without_number(text) if text == street else text
    if not text or re.search(r"\d", text) or text.strip().lower() in _GENERIC_ONLY:
        return street
    return text


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    title = P.title(p, lg)
    latin = P.latin(p)
    initial = f"{p.first[0]}. {p.last}" if latin else p.full
    return {
        "full": (p.full, "name", p.full), "first": (p.first, "name", p.first), "last": (p.last, "last_name", p.last),
        "title_sur": (f"{title} {p.last}", "last_name", p.last),
        "title_full": (f"{title} {p.full}", "name", p.full),
        "lower_full": (p.full.lower(), "name", p.full.lower()),
        "lower_first": (p.first.lower(), "name", p.first.lower()),
        "lower_last": (p.last.lower(), "last_name", p.last.lower()),
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "upper_last": (p.last.upper(), "last_name", p.last.upper()),
        "poss": (f"{p.last}'s" if latin else p.full, "last_name" if latin else "name", p.last if latin else p.full),
        "initial_last": (initial, "last_name" if latin else "name", p.last if latin else p.full),
    }  # fmt: skip


def fill(template: str, main, others: list, rng: random.Random, locale: str, lg: str) -> tuple[str, list, str] | None:
    """The note, its labels and its own template (cue words written in); ``None`` when the template needs a fact
    the row has none of (an id, a street a note can name, a second person)."""
    labels: list[tuple[str, str]] = []
    own = template
    if "{idcue}" in own:
        own = own.replace("{idcue}", rng.choice(_ID_CUES.get(lg, _ID_CUES["en"])))
    if "{house}" in own:
        own = own.replace("{house}", str(rng.randint(2, 90)))
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
        got = _fact(slot, person, lg, rng, locale)
        if got is None:
            return None
        value, entity, label = got
        parts.append(value)
        if entity:
            labels.append((entity, label))
    parts.append(own[pos:])
    return "".join(parts), labels, own


def _fact(slot: str, p, lg: str, rng: random.Random, locale: str) -> tuple[str, str | None, str] | None:
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
    elif slot == "phone_uri":
        v = P.phone_text(p.mobile, "tel_dash", rng, lg)
    elif slot == "phone_odd":
        v = P.phone_text(p.mobile, "odd_spaces", rng, lg)
    else:
        v = None
    if v is not None:
        return v, "phone_number", v.removeprefix("tel:")
    if slot == "street":
        return (p.street, "street_address", p.street) if street_usable(p.street, p.locale) else None
    if slot == "street_nonum":
        if not street_usable(p.street, p.locale):
            return None
        s = street_without_number(p.street)
        return s, "street_address", s
    if slot == "email":
        return p.email, "email", p.email
    if slot == "nid":
        return (p.nid, "national_id", p.nid) if p.nid else None
    if slot == "dob":
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(("iso", *language.DATE_LAYOUTS)))
        return d, "date_of_birth", d
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last")
_JOINERS = (" + ", " / ", "; ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by ``+``, ``/`` or ``;`` (``HARVEY + j. patel + Sue + G. Smith``)."""
    texts, labels = [], []
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return rng.choice(_JOINERS).join(texts), labels


_LIST_TEMPLATES = {"en": ("Rota this week: {list}.", "Cc: {list}", "Picked for Saturday -> {list}"),
                   "de": ("Dienstplan: {list}.",), "fr": ("Planning : {list}.",), "es": ("Turnos: {list}.",),
                   "it": ("Turni: {list}.",), "nl": ("Rooster: {list}.",), "pt": ("Escala: {list}.",),
                   "da": ("Vagtplan: {list}.",), "cs": ("Rozpis: {list}.",), "nb": ("Vaktliste: {list}.",),
                   "mi": ("Rārangi mahi: {list}.",)}  # fmt: skip
_SIGNS = ("\n-- {first} (sent from my phone)", " ta {lower_first}", "\nBest, {initial_last}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs nb mi tables about a third are local
    genres, and one note in twelve lists three or four people."""
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
            if rng.random() < 0.15 and form not in ("tannoy", "newsletter"):
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, lg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "nothing to report"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", ""))[::2]
    out["list"] = ["Rota this week: ", "."]
    out["none"] = ["nothing to report"]
    return out
