"""Held-out set 44: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a hive inspection note, a harbourmaster's log
line, a robe secretary's fitting note, a locksmith's job-sheet line, a community fridge volunteer's log line, a bag
drop marshal's note, a taxidermist's order note, a tattoo studio's consent note) and four of any table (an incident
report, a shift swap request, a calendar invite, a missed-call log line). Local genres new to the sets (a lost
property notice, a lift-sharing offer, an apology for a delay) are written in de fr es it nl pt da cs nb mi and in
the eight new languages (wo qu gn ug bo om ti fj), about a third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``, and the given name's:
``Gail's``), by given name alone, with an initial (``G. Harvey``), in lists of three or four joined by ``, ``,
`` & `` or `` and `` in mixed forms, signing (``~ Gail``, ``xx gail``, ``Regards, Gail Harvey``, ``Sent by Mrs
Harvey``); streets whole or without their number (a landmark, a P.O. box or BP, a lot, a village, a peasant
community or compañía, a housing association's block and lot, a kebele's house, an estate's villa is never used as
a street in a note); phones whole, bare, local, international, ``00 44 ...`` and ``+44(0)7406-858-784``; ids after
cues new to the sets (``ID card no``, ``gov ID:``, ``PA-Nr.``, ``CNI n°``, ``DNI/NIE:``, ``CF:``, ``BSN-nummer``,
``NIF n.º``, ``CPR-nr.``, ``r.č.``, ``personnr.``, ``C.I. N°``, ``身份证号:``, ``Fayda:``); birth dates only after a
birth cue (``b.``, ``DOB``, ``geb.``, ``né(e) le``, ``nacido/a el``, ``nato/a il``, ``født``, ``nar.``), in set
44's layouts; e-mails. Look-alikes are in the templates' own text (``Brother Adam``, ``Buckfast``, ``Langstroth``,
``Dadant``, ``WBC``, ``Lady Jane``, ``Mary Rose``, ``Sir Humphrey``, ``Hallberg-Rassy``, ``Wippell``, ``Watts &
Co``, ``Stanford in C``, ``Chubb``, ``Yale``, ``Banham``, ``Ben & Jerry's``, ``Mr Kipling``, ``Uncle Ben's``,
``Herne Hill Harriers``, ``Serpentine RC``, ``Reynard``, ``Rowland Ward``, ``Van Ingen``, ``Sailor Jerry``, ``Frida
Kahlo``, ``Ed Hardy``, ``Marilyn Monroe``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout43_notes as n43
import heldout44_language as language
import heldout44_new8 as new8
import heldout44_people as P

ENGLISH = {
    "hives": (
        "Inspected {poss} Brother Adam queen - calm, 8 frames brood. Call {phone} about supers.",
        "Swarm hanging by the Langstroth at {street_nonum} - {lower_full} to collect. {phone_00}",
        "{upper_last} asked for Dadant frames; Apivar strips due. email {email}",
        "{first} stung twice, WBC lid left off. {o1_full} checked the hives after. tel {phone_local}",
    ),
    "mooring": (
        "HM log: Lady Jane ({full}) dragged her mooring in the gale, reset. Owner rang from {phone_intl}.",
        "{title_sur} wants the Mary Rose lifted out in Oct. Invoice to {street}.",
        "{lower_first} left keys with {o1_title_full} for the Hallberg-Rassy. {phone_plus0}",
        "Sir Humphrey's bilge pump running all night - told {upper_full}, {phone_bare}",
    ),
    "choir": (
        "Robe list: {first} (b. {dob}) needs a Wippell cassock size S, treble line.",
        "{title_full} returned the Watts & Co ruff torn; {o1_first} to mend it. {phone}",
        "{lower_full} sang the Stanford in C solo - needs a longer surplice. email {email}",
        "{poss} cassock swapped with {o1_last}'s, both mislabelled. {phone_00}",
    ),
    "locksmith": (
        "Lock-out at {street}: {full} showed ID ({idcue} {nid}). Chubb 3G114 drilled, new cylinder.",
        "{title_sur} - Yale key snapped in the door, back Thurs. Ring {phone_local}",
        "Banham key cut for {lower_first}; keyholder {o1_full} informed. {phone_plus0}",
        "Burglary repair for {upper_last} on {street_nonum}, police ref given. {email}",
    ),
    "fridge": (
        "Donation from {full}: Ben & Jerry's x4, logged, thank-you text to {phone}.",
        "{lower_first} brought Mr Kipling cakes again - lovely. Lives on {street_nonum}.",
        "{title_sur} dropped off Uncle Ben's rice past its date, binned. Told them on {phone_bare}",
        "Greggs bags from {given_poss} shift - {upper_last} asked for the crate back. {email}",
    ),
    "bagdrop": (
        "Bag 212 for {full} (b. {dob}) collected by someone else - check ID at the tent.",
        "{upper_full} - Herne Hill Harriers - bag missing at finish. Emergency contact {o1_full} {phone}",
        "{lower_last} dropped out at mile 18; rang {o1_title_sur} on {phone_intl}",
        "{given_poss} bag tag swapped with a Serpentine RC runner's. DOB {dob}, call {phone_00}",
    ),
    "taxidermy": (
        "Reynard the fox for {full} - Rowland Ward style, ready in spring. {phone}",
        "{poss} cat: client upset, handle with care. Van Ingen plaque? {email}",
        "Barn owl found by {o1_lower_full} on {street_nonum}; APHA form with {upper_last}.",
        "{first} to collect the pike case. ring {phone_local} first.",
    ),
    "tattoo": (
        "Consent: {full}, DOB {dob}, {idcue} {nid}. Sailor Jerry swallow on wrist.",
        "{title_sur} - Frida Kahlo portrait session 2, bringing {o1_first}. {phone}",
        "Aftercare sheet emailed to {email} for {lower_full}. Ed Hardy tiger healing fine.",
        "{upper_last} rescheduled (Marilyn Monroe pin-up). tel {phone_plus0}",
    ),
    "incident": (
        "INCIDENT REPORT: {full} slipped by the entrance, first aid by {o1_title_sur}. Contact {phone}.",
        "Incident no. {house}: {lower_full} reported a lost wallet; witness {o1_first}. {phone_local}",
    ),
    "swap": (
        "Shift swap request: {first} -> {o1_first} for Sat. Approved by {title_sur}.",
        "Can {o1_full} cover {given_poss} Tuesday? reply to {email}",
    ),
    "invite": (
        "Calendar invite: Catch-up with {full} - Tue 10:00, dial-in {phone_intl}",
        "Invite accepted by {lower_first} ({email}); organiser {o1_title_full}.",
    ),
    "missed": (
        "Missed call 14:02 from {phone} ({upper_last}) - no voicemail.",
        "Missed call x2: {title_full}, {phone_00}. Call back after 5.",
    ),
}
GENERIC = ("incident", "swap", "invite", "missed")
LOCAL = {
    "de": (("lost", "Fundsache: Ausweis von {full} (geb. {dob}) liegt an der Kasse."),
           ("lift", "Mitfahrgelegenheit: {title_sur} fährt Samstag, {o1_first} kommt mit. Tel. {phone}"),
           ("apology", "Entschuldigung an {full} ({street}) für die Verspätung. {idcue} {nid}")),
    "fr": (("lost", "Objet trouvé : la carte de {full} (né(e) le {dob}) est à l'accueil."),
           ("lift", "Covoiturage : {title_sur} part samedi à 8h, {o1_first} aussi. Tél. {phone}"),
           ("apology", "Toutes nos excuses à {full}, {street}, pour le retard de livraison.")),
    "es": (("lost", "Objeto perdido: la cartera de {full} (nacido/a el {dob}) está en recepción."),
           ("lift", "Compartir coche: {title_sur} sale el sábado, llamar al {phone}."),
           ("apology", "Pedimos disculpas a {full} ({street}) por el retraso. {idcue} {nid}")),
    "it": (("lost", "Oggetti smarriti: il portafoglio di {full} (nato/a il {dob}) è alla cassa."),
           ("lift", "Passaggio in auto: {title_sur} parte sabato, chiamare il {phone}."),
           ("apology", "Ci scusiamo con {full}, {street}, per il ritardo.")),
    "nl": (("lost", "Gevonden voorwerp: pasje van {full} (geb. {dob}) ligt bij de balie."),
           ("lift", "Meerijden: {title_sur} rijdt zaterdag, bel {phone}."),
           ("apology", "Excuses aan {full} ({street}) voor de vertraging. {idcue} {nid}")),
    "pt": (("lost", "Perdidos e achados: a carteira de {full} (nascido/a em {dob}) está na receção."),
           ("lift", "Boleia: {title_sur} vai no sábado, ligar para {phone}."),
           ("apology", "Pedimos desculpa a {full}, {street}, pelo atraso.")),
    "da": (("lost", "Hittegods: kortet til {full} (f. {dob}) ligger i skranken."),
           ("lift", "Samkørsel: {title_sur} kører lørdag, ring {phone}."),
           ("apology", "Vi beklager forsinkelsen over for {full}, {street}.")),
    "cs": (("lost", "Ztráty a nálezy: průkaz {full} (nar. {dob}) je na recepci."),
           ("lift", "Spolujízda: {title_sur} jede v sobotu, volejte {phone}."),
           ("apology", "Omlouváme se {full}, {street}, za zpoždění.")),
    "nb": (("lost", "Hittegods: kortet til {full} (født {dob}) ligger i resepsjonen."),
           ("lift", "Samkjøring: {title_sur} kjører lørdag, ring {phone}."),
           ("apology", "Vi beklager forsinkelsen overfor {full}, {street}. {idcue} {nid}")),
    "mi": (("lost", "Taonga ngaro: kua kitea te kāri o {full} i te tari."),
           ("lift", "He waka: ka haere a {first} ā te Rāhoroi, waea atu {phone}."),
           ("apology", "Aroha mai ki a {full}, {street}, mō te tōmuri.")),
    "wo": (("lost", "Lu réer: kartu {full} mi ngi ci biro bi. Woo ko ci {phone}."),
           ("lift", "Oto: {title_sur} dina dem gaawu, {o1_first} itam."),
           ("apology", "Baal nu {full} ({street}) ndax yeexay gi. {idcue} {nid}")),
    "qu": (("lost", "Chinkasqa tarjeta: {full}. Oficinapi kashan, waqyay {phone}."),
           ("lift", "Carropi puriy: {title_sur} sabado p'unchaw ripunqa, {o1_first} ima."),
           ("apology", "Pampachaykuway {full}, {street}, unayasqamanta. {idcue} {nid}")),
    "gn": (("lost", "Mba'e okañýva: {full} tarjeta oĩ recepción-pe. Ehenói {phone}."),
           ("lift", "Jaha oñondive: {title_sur} ohóta sábado, {o1_first} avei."),
           ("apology", "Ñaneperdona {full}, {street}, ñaguahẽ tardégui. {idcue} {nid}")),
    "ug": (("lost", "يوقاتقان نەرسە: {full} نىڭ كارتىسى ئىشخانىدا. تېلېفون {phone}"),
           ("lift", "ماشىنا: {first} شەنبە كۈنى بارىدۇ، {o1_first} بىللە."),
           ("apology", "{full} دىن ئەپۇ سورايمىز. ئادرېس: {street}. {idcue} {nid}")),
    "bo": (("lost", "བརླག་པའི་དངོས་པོ། {full} ཡི་ལག་འཁྱེར་ཡིག་ཚང་ནང་ཡོད། ཁ་པར། {phone}"),
           ("lift", "རླངས་འཁོར། {first} གཟའ་སྤེན་པ་ལ་འགྲོ། {o1_first} མཉམ་དུ།"),
           ("apology", "{full} ལ་དགོངས་དག ས་གནས། {street} {idcue} {nid}")),
    "om": (("lost", "Meeshaa badee: kaardiin {full} waajjira jira. Bilbila {phone}."),
           ("lift", "Konkolaataa: {title_sur} Sanbata deema, {o1_first} wajjin."),
           ("apology", "{full}, {street}, turtii keenyaaf dhiifama gaafanna. {idcue} {nid}")),
    "ti": (("lost", "ዝጠፍአ ንብረት፡ ካርድ {full} ኣብ ቤት ጽሕፈት ኣሎ። ስልኪ {phone}"),
           ("lift", "መኪና፡ {first} ቀዳም ክኸይድ እዩ፡ {o1_first} ምስኡ።"),
           ("apology", "ንመዘግየትና {full} ይቕሬታ ንሓትት። {street}")),
    "fj": (("lost", "Iyaya e yali: na kaadi i {full} e tiko e na valenivolavola. Qiria na {phone}."),
           ("lift", "Motoka: {title_sur} ena lako ena Vakarauwai, {o1_first} talega."),
           ("apology", "Vosota {full}, {street}, na bera ni noda yaco mai.")),
}  # fmt: skip
_ID_CUES = {"en": ("ID card no", "gov ID:", "ident ref", "photo ID #"), "de": ("PA-Nr.", "Personalausweis Nr."),
            "fr": ("CNI n°", "pièce d'identité :"), "es": ("DNI/NIE:", "documento nº"), "it": ("CF:", "cod. fiscale"),
            "nl": ("BSN-nummer", "burgerservicenr."), "pt": ("NIF n.º", "contribuinte"), "da": ("CPR-nr.", "personnr."),
            "cs": ("r.č.", "rodné číslo:"), "nb": ("personnr.", "f.nr."), "mi": ("NHI:",), "wo": ("CNI:", "numéro CNI"),
            "qu": ("DNI:", "DNI N°"), "gn": ("C.I. N°", "cédula"), "ug": ("身份证号:", "كىملىك نومۇرى"),
            "bo": ("身份证号:",), "om": ("Fayda:", "lakk. Fayda"), "ti": ("ID:",), "fj": ("ID:",)}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(
    r"^(?:BP|P\.O\. Box|Comunidad|Anexo|Compañía|Asoc\.|Ganda|Kebabi|Quartier|Sicap|Parcelles|Cité|Lot|en face|"
    r"derrière|près|near|behind|opposite)\b|Village$", re.I)  # fmt: skip


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 43's rule, and for set 44's new 8 no P.O. box, BP, landmark, lot, village,
    peasant community, compañía, housing association's block, kebele's house or estate's villa."""
    if locale in new8.NEW8_44:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n43.street_usable(street, locale)


def street_without_number(street: str) -> str:
    """The street as said without its house number; a street whose number is not at an end stays whole."""
    text = re.sub(r"\d+号$", "", street)
    if text != street:
        return text if text and not re.search(r"\d", text) else street
    return n43.street_without_number(street)


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person (set 43's, and the given name's possessive)."""
    out = n43._name_slots(p, lg)
    out["title_sur"] = (f"{P.title(p, lg)} {p.last}", "last_name", p.last)
    out["title_full"] = (f"{P.title(p, lg)} {p.full}", "name", p.full)
    latin = P.latin(p)
    out["given_poss"] = (f"{p.first}'s" if latin else p.full, "name", p.first if latin else p.full)
    out["poss"] = (f"{p.last}'s" if latin else p.full, "last_name" if latin else "name", p.last if latin else p.full)
    out["initial_last"] = (f"{p.first[0]}. {p.last}" if latin else p.full, "last_name" if latin else "name",
                           p.last if latin else p.full)  # fmt: skip
    out["lower_full"] = (p.full.lower(), "name", p.full.lower())
    return out


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
    elif slot == "phone_00":
        v = P.phone_text(p.mobile, "zerozero_spaced", rng, lg)
    elif slot == "phone_plus0":
        v = P.phone_text(p.mobile, "plus0_dashes", rng, lg)
    else:
        v = None
    if v is not None:
        return v, "phone_number", v
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
        d = language.fmt_date(language.iso_of(p.dob), p.locale, rng.choice(language.DATE_LAYOUTS))
        return d, "date_of_birth", d
    raise KeyError(slot)


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last", "lower_first")
_JOINERS = (", ", " & ", " and ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by ``, ``, `` & `` or `` and ``."""
    texts, labels = [], []
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return rng.choice(_JOINERS).join(texts), labels


_LIST_TEMPLATES = {"en": ("On duty Saturday: {list}.", "Attendees: {list}", "Volunteers thanked -> {list}"),
                   "de": ("Anwesend: {list}.",), "fr": ("Présents : {list}.",), "es": ("Asistentes: {list}.",),
                   "it": ("Presenti: {list}.",), "nl": ("Aanwezig: {list}.",), "pt": ("Presentes: {list}.",),
                   "da": ("Til stede: {list}.",), "cs": ("Přítomni: {list}.",), "nb": ("Til stede: {list}.",),
                   "mi": ("I reira: {list}.",), "wo": ("Ñi fi nekkoon: {list}.",), "qu": ("Kaypi karqanku: {list}.",),
                   "gn": ("Oĩva: {list}.",), "om": ("Kan argaman: {list}.",), "fj": ("Era a tiko: {list}.",),
                   "ug": ("قاتناشقۇچىلار: {list}.",), "bo": ("ཡོད་མཁན། {list}",), "ti": ("ዝተረኽቡ፡ {list}።",)}  # fmt: skip
_SIGNS = ("\n~ {first}", " xx {lower_first}", "\nRegards, {full}", "\nSent by {title_sur}")


def note(genre: str, main, others: list, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """One note of a row: (text, labels, template, form). Half of a table's English notes are of its shape's
    genre, the rest of the four generic genres; in de fr es it nl pt da cs nb mi tables and the new languages' about
    a third are local genres, and one note in twelve lists three or four people."""
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
            if rng.random() < 0.15 and form not in ("missed", "invite"):
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
    out["list"] = ["On duty Saturday: ", "."]
    out["none"] = ["nothing to report"]
    return out
