"""Held-out set 50: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a dog groomer's note, an escape room booking note, a
rally scrutineer's card, a repair café fix log, a fishing catch return, a wine club order note, a cocktail
masterclass note, a dive log entry) and four of any table (an out-of-office auto-reply, a leaving card, a prayer
list, a school-run swap). Local genres new to the sets (a club membership renewal with the birth date and the
identity document, a found wallet with the owner's identity document, a flat viewing request) are written in de fr
es it nl pt da cs and in the eight new languages (kn ba yue ban yua ki gv fur), about a third of the notes there.
People come in full, titled (Cantonese after the surname: ``陳太``), in capitals (whole, or the surname alone), in
lower case, by given name alone, possessive, as a meeting app's mention (``@Gail Harvey``), as a hashtag
(``#GailHarvey``), as a family (``the Harvey family``), in lists of three or four joined by ``; ``, `` · ``,
`` & `` or `` and ``, signing (``Best wishes,`` and two given names, ``Regards`` with the whole name and the phone on
their own lines, ``~ Gail``, ``Sent from my phone - Gail``, ``Kind regards, Mrs Harvey``); not-Latin, one-name and
not given-then-surname names stay whole where a form would cut them; streets whole or without their number (``Bull
Temple Road`` from ``#12, Bull Temple Road``, ``Ленин урамы`` from ``Ленин урамы, 12, кв. 4``, ``Nathan Road`` /
``彌敦道``, ``Jl. Teuku Umar``, ``Paseo de Montejo``, ``Ngong Road``, ``Strand Street``, ``vie Mercatovecchio``; no
cross-and-main, banjar, numbered Mérida street or P.O. box as a street in a note); phones whole, bare, local,
international, with no-break hyphens, after a phone emoji, after the country's flag; ids after cues new to the sets
(``DL no.``, ``passport no:``, ``photo ID ref``, ``govt ID:``, ``Perso-Nr.``, ``Reisepass Nr.``, ``pièce d'identité
n°``, ``passeport n°``, ``NIF:``, ``pasaporte nº``, ``n. documento``, ``passaporto n.``, ``paspoortnr.``,
``BSN:``, ``BI n.º``, ``NIF n.º``, ``CPR:``, ``pasnr.``, ``č. dokladu``, ``pas č.``, ``PAN:``, ``ಪ್ಯಾನ್ ಸಂಖ್ಯೆ``,
``СНИЛС:``, ``СНИЛС №``, ``身份證號碼：``, ``HKID:``, ``NIK:``, ``No. KTP``, ``CURP:``, ``ID No.``, ``Nambari ya
ID:``, ``NI no.``, ``codiç fiscâl``, ``C.F.``); birth dates only after a birth cue (``d.o.b.``, ``born``,
``geb.``, ``date de naissance``, ``nacido/a el``, ``nato/a il``, ``data de nascimento``, ``f.``, ``nar.``, ``ಜನ್ಮ
ದಿನಾಂಕ``, ``тыуған көнө``, ``出生日期``, ``lahir``, ``síij``, ``aciarirwo``, ``ruggit``, ``nassût/nassude ai``) in
set 50's layouts (not the Python nor the .NET ones); e-mails. Look-alikes are in the templates' own text (``Mr
Darcy``, ``Cavalier King Charles``, ``Sir Barkley``, ``Dandie Dinmont``, ``Houdini's Vault``, ``Sherlock's Study``,
``Agatha's Secret``, ``Professor Plum's Lab``, ``The Famous Five``, ``Austin Seven 'Ruby'``, ``Bentley``, ``Tin
Lizzie``, ``Morris Minor``, ``Jaguar E-Type``, ``Dyson``, ``Kenwood Chef``, ``Roberts radio``, ``Henry hoover``,
``Greenwell's Glory``, ``Lady's Pool``, ``Colonel's Beat``, ``Kate McLaren``, ``Peter Ross``, ``Bishop's Stream``,
``Veuve Clicquot``, ``Château Margaux``, ``Penfolds Grange``, ``Don Melchor``, ``Harvey Wallbanger``, ``Tom
Collins``, ``Bloody Mary``, ``Rob Roy``, ``Mary Pickford``, ``Harry's Bar``, ``SS Thistlegorm``, ``Stoney Cove``,
``HMS Scylla``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import random
import re

import heldout49_notes as n49
import heldout50_language as language
import heldout50_new8 as new8
import heldout50_people as P

ENGLISH = {
    "grooming": (
        "Groom note: {mention}'s Cavalier King Charles, Mr Darcy, matted behind the ears. {phone}",
        "{title_sur} wants Bella in a teddy bear cut like last time. {email}",
        "Sir Barkley nipped the dryer again - {full} to collect at 3, or {o1_full}. {phone_emoji}",
        "{upper_full}: Dandie Dinmont, hand strip, van pick-up from {street_nonum}.",
    ),
    "escape": (
        "Booking note: {full} - kids' party in Houdini's Vault, birthday child {o1_first}, d.o.b. {o1_dob}. {phone}",
        "{title_sur}'s team (The Famous Five) escaped Sherlock's Study in 52 min! {email}",
        "Agatha's Secret lock 3 stuck; {lower_full} asked for a refund, {phone_flag}",
        "Team lead {hashtag} paid the deposit, ring {phone_intl} if Professor Plum's Lab overruns.",
    ),
    "rally": (
        "Rally card: {full} in the Austin Seven 'Ruby', navigator {o1_full}. {phone}",
        "{title_sur} - Bentley 4½ Litre, scrutineering passed, {idcue} {nid}",
        "Tin Lizzie broke down at the Morris Minor stop; {first} towed by {o1_mention}. {phone_nbh}",
        "Insurance: {full}, born {dob}, Jaguar E-Type. {email}",
    ),
    "repaircafe": (
        "Fix log: {full}'s Dyson DC24 - new belt, working. {phone}",
        "{title_sur} brought the Kenwood Chef back; still noisy. {email}",
        "Roberts radio for {o1_full}, dropped off by {lower_full} from {street_nonum}. {phone_emoji}",
        "Henry hoover: not fixable, {first} took it to the tip. Call {phone_local}",
    ),
    "fishing": (
        "Return: {full} - two browns on a Greenwell's Glory at Lady's Pool. {phone}",
        "{title_sur} lost a sea trout on the Colonel's Beat; Kate McLaren fly. {email}",
        "Junior {first} (born {dob}) landed a grayling on a Peter Ross, with {o1_full}.",
        "Permit check: {upper_full}, {idcue} {nid}. Bishop's Stream closed.",
    ),
    "wine": (
        "Order: {full} - 2 cases Veuve Clicquot, deliver to {street}. {phone}",
        "{title_sur} asks if the Château Margaux 2015 is back in. {email}",
        "Gift box of Penfolds Grange for {o1_full}, from {lower_full}. {phone_flag}",
        "Age check: {full}, d.o.b. {dob}, {idcue} {nid}. Don Melchor x6.",
    ),
    "cocktail": (
        "Masterclass: {full} + {o1_full}, Harvey Wallbanger and Tom Collins. {phone}",
        "{title_sur} wants the Bloody Mary without vodka; allergic to celery. {email}",
        "ID checked for {mention}: born {dob}, Rob Roy & Mary Pickford session.",
        "{upper_last} - late for the Harry's Bar class, text {phone_emoji}",
    ),
    "scuba": (
        "Dive log: {full} buddied with {o1_full} on the SS Thistlegorm, 28 m. {phone}",
        "{title_sur} had equalising problems at Stoney Cove; sat out dive 2. {email}",
        "Medical form: {full}, d.o.b. {dob}, cleared for HMS Scylla.",
        "Emergency contact for {first}: {o1_full}, {phone_intl}",
    ),
    "out_of_office": (
        "Auto-reply: I'm out of the office until Monday. For urgent matters contact {o1_full} on {phone}. - {full}",
        "Out of office: {title_full} is on leave; please email {email}",
    ),
    "leaving_card": (
        "Good luck in the new job {first}! We'll miss you. Love, {o1_full} x",
        "To {full} - thanks for everything, don't be a stranger: {phone_intl}",
    ),
    "prayer_list": (
        "Prayer list: please remember {full} of {street_nonum}, in hospital this week.",
        "Prayers for {title_sur} and {family}; cards to {street}.",
    ),
    "school_run": (
        "School run swap: can {o1_full} take {first} on Tuesday? Call me {phone_nbh}",
        "{full} is doing the school run this week, contact {email}",
    ),
}
GENERIC = ("out_of_office", "leaving_card", "prayer_list", "school_run")
LOCAL = {
    "de": (("renewal", "Mitgliedschaft verlängert: {full}, geb. {dob}, {idcue} {nid}. Quittung an {email}"),
           ("found_wallet", "Geldbörse gefunden, Ausweis von {full} ({idcue} {nid}) drin. Bitte melden: {phone}"),
           ("viewing", "Besichtigungsanfrage von {full}, wohnt derzeit {street}. Tel. {phone}")),
    "fr": (("renewal", "Renouvellement d'adhésion : {full}, date de naissance {dob}, {idcue} {nid}. Reçu à {email}"),
           ("found_wallet", "Portefeuille trouvé avec la pièce d'identité de {full} ({idcue} {nid}). Appeler le {phone}"),
           ("viewing", "Demande de visite : {full}, habite actuellement {street}. Tél. {phone}")),
    "es": (("renewal", "Renovación de socio: {full}, nacido/a el {dob}, {idcue} {nid}. Recibo a {email}"),
           ("found_wallet", "Encontrada cartera con el documento de {full} ({idcue} {nid}). Llamar al {phone}"),
           ("viewing", "Solicitud de visita al piso: {full}, vive ahora en {street}. Tel. {phone}")),
    "it": (("renewal", "Rinnovo tessera: {full}, nato/a il {dob}, {idcue} {nid}. Ricevuta a {email}"),
           ("found_wallet", "Trovato portafoglio con il documento di {full} ({idcue} {nid}). Chiamare il {phone}"),
           ("viewing", "Richiesta di visita: {full}, abita ora in {street}. Tel. {phone}")),
    "nl": (("renewal", "Lidmaatschap verlengd: {full}, geb. {dob}, {idcue} {nid}. Bon naar {email}"),
           ("found_wallet", "Portemonnee gevonden met ID van {full} ({idcue} {nid}). Bel {phone}"),
           ("viewing", "Bezichtigingsverzoek van {full}, woont nu {street}. Tel. {phone}")),
    "pt": (("renewal", "Renovação de sócio: {full}, data de nascimento {dob}, {idcue} {nid}. Recibo para {email}"),
           ("found_wallet", "Encontrei uma carteira com o documento de {full} ({idcue} {nid}). Ligar {phone}"),
           ("viewing", "Pedido de visita: {full}, mora agora na {street}. Tel. {phone}")),
    "da": (("renewal", "Medlemskab fornyet: {full}, f. {dob}, {idcue} {nid}. Kvittering til {email}"),
           ("found_wallet", "Fundet pung med ID-kort tilhørende {full} ({idcue} {nid}). Ring {phone}"),
           ("viewing", "Ønsker fremvisning: {full}, bor nu {street}. Tlf. {phone}")),
    "cs": (("renewal", "Prodloužení členství: {full}, nar. {dob}, {idcue} {nid}. Doklad na {email}"),
           ("found_wallet", "Nalezena peněženka s dokladem osoby {full} ({idcue} {nid}). Volejte {phone}"),
           ("viewing", "Zájem o prohlídku bytu: {full}, nyní bydlí {street}. Tel. {phone}")),
    "kn": (("renewal", "ಸದಸ್ಯತ್ವ ನವೀಕರಣ: {full}, ಜನ್ಮ ದಿನಾಂಕ {dob}, {idcue} {nid}. ರಸೀದಿ {email} ಗೆ"),
           ("found_wallet", "ಪರ್ಸ್ ಸಿಕ್ಕಿದೆ: {full} ಅವರ ಗುರುತಿನ ಚೀಟಿ ಇದೆ ({idcue} {nid}). ಕರೆ ಮಾಡಿ {phone}"),
           ("viewing", "ಮನೆ ನೋಡಲು ಬರುತ್ತೇನೆ - {full}, ಈಗಿನ ವಿಳಾಸ {street}. ಫೋನ್ {phone}")),
    "ba": (("renewal", "Ағзалыҡты оҙайтыу: {full}, тыуған көнө {dob}, {idcue} {nid}. Квитанция {email}"),
           ("found_wallet", "Янсыҡ табылды, эсендә {full} документы ({idcue} {nid}). Шылтыратығыҙ {phone}"),
           ("viewing", "Фатирҙы ҡарарға теләйем — {full}, хәҙерге адрес {street}. Тел. {phone}")),
    "yue": (("renewal", "續會：{full}，出生日期 {dob}，{idcue} {nid}。收據寄去 {email}"),
            ("found_wallet", "執到銀包，入面有{full}嘅身份證（{idcue} {nid}），請打 {phone}"),
            ("viewing", "想睇樓 — {full}，而家住{street}，電話 {phone}")),
    "ban": (("renewal", "Perpanjang anggota sekaa: {full}, lahir {dob}, {idcue} {nid}. Kuitansi ke {email}"),
            ("found_wallet", "Tiang nepukin dompet, wenten KTP {full} ({idcue} {nid}). Telepon {phone}"),
            ("viewing", "Tiang jagi nyingakin kos - {full}, mangkin ring {street}. Telp {phone}")),
    "yua": (("renewal", "Renovación socio: {full}, síij {dob}, {idcue} {nid}. Recibo {email}"),
            ("found_wallet", "Ts'o'ok in kaxtik u bolsa {full} ({idcue} {nid}). Páayt'anen {phone}"),
            ("viewing", "In k'áat in wil le najo' - {full}, kajakbal {street}. Teléfono {phone}")),
    "ki": (("renewal", "Gũcokia ũmemba: {full}, aciarirwo {dob}, {idcue} {nid}. Risiti {email}"),
           ("found_wallet", "Nĩnyonete wallet ya {full} na kitambulisho ({idcue} {nid}). Hũra thimu {phone}"),
           ("viewing", "Nĩngwenda kuona nyũmba - {full}, ndũũraga {street}. Thimu {phone}")),
    "gv": (("renewal", "Aa-noaghey / renewal: {full}, ruggit {dob}, {idcue} {nid}. Gura mie ayd! {email}"),
           ("found_wallet", "Sporran feddynit: {full} ({idcue} {nid}). Fon {phone}"),
           ("viewing", "By vie lhiam yn thie y akin - {full}, {street}. Fon {phone}")),
    "fur": (("renewal", "Rinovament de tessare: {full}, nassût/nassude ai {dob}, {idcue} {nid}. Ricevude a {email}"),
            ("found_wallet", "O ai cjatât un tacuin cu la cjarte di identitât di {full} ({idcue} {nid}). Clamait il {phone}"),
            ("viewing", "O volarès viodi l'apartament - {full}, cumò in {street}. Tel. {phone}")),
}  # fmt: skip
_ID_CUES = {"en": ("DL no.", "passport no:", "photo ID ref", "govt ID:"), "de": ("Perso-Nr.", "Reisepass Nr."),
            "fr": ("pièce d'identité n°", "passeport n°"), "es": ("NIF:", "pasaporte nº"),
            "it": ("n. documento", "passaporto n."), "nl": ("paspoortnr.", "BSN:"), "pt": ("BI n.º", "NIF n.º"),
            "da": ("CPR:", "pasnr."), "cs": ("č. dokladu", "pas č."), "kn": ("PAN:", "ಪ್ಯಾನ್ ಸಂಖ್ಯೆ"),
            "ba": ("СНИЛС:", "СНИЛС №"), "yue": ("身份證號碼：", "HKID:"), "ban": ("NIK:", "No. KTP"),
            "yua": ("CURP:", "CURP"), "ki": ("ID No.", "Nambari ya ID:"), "gv": ("NI no.", "NI number"),
            "fur": ("codiç fiscâl", "C.F.")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"(?:\d+(?:st|nd|rd|th) Cross|^Br\. |^Calle \d|^P\.O\. Box)")
_LEAD_NEW = re.compile(r"^(?:#\d+, |No\. \d+, |\d+ )")
_TAIL_NEW = re.compile(r"(?:, \d+(?:, кв\. \d+)?| No\. \d+| \d+)$")
_HK_NUM = re.compile(r"\d+號$")
_NOTE_DATES = ("sas_date", "ampm_datetime", "xsd_tz", "js_tostring")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 49's rule, and for set 50's new 8 no numbered cross and main, banjar, numbered
    Mérida street or P.O. box."""
    if locale in new8.NEW8_50:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n49.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street with no number stays whole."""
    if locale in new8.NEW8_50:
        s = _HK_NUM.sub("", street)
        s = _LEAD_NEW.sub("", s)
        s = _TAIL_NEW.sub("", s)
        if "," in s and locale in ("ki_KE", "gv_IM"):  # a building or house name, then the road
            s = s.split(", ")[-1]
        return s or street
    return n49.street_without_number(street, locale)


def _name_slots(p, lg: str) -> dict[str, tuple[str, str, str]]:
    """Slot -> (text, entity, label value) for one person."""
    cut = not P.whole_only(p)
    latin = P.latin(p)
    if p.locale == "yue_HK" or cut:
        title_sur = (P.titled(p, lg, True), "last_name", p.last)
    else:
        title_sur = (P.titled(p, lg, False), "name", p.full)
    tag = f"{p.first}{p.last}" if cut else p.full.replace(" ", "_")
    return {
        "full": (p.full, "name", p.full), "first": (p.first, "name", p.first),
        "last": (p.last, "last_name", p.last) if cut else (p.full, "name", p.full),
        "title_sur": title_sur,
        "title_full": (P.titled(p, lg, False), "name", p.full),
        "lower_full": (p.full.lower(), "name", p.full.lower()),
        "upper_full": (p.full.upper(), "name", p.full.upper()),
        "upper_last": (p.last.upper(), "last_name", p.last.upper()) if cut else (p.full.upper(), "name", p.full.upper()),
        "mention": (f"@{p.full}", "name", p.full),
        "hashtag": (f"#{tag}", "name", tag),
        "family": (f"the {p.last} family", "last_name", p.last) if cut else (f"the family of {p.full}", "name", p.full),
        "poss": (f"{p.last}'s" if cut else p.full, "last_name" if cut else "name", p.last if cut else p.full),
        "given_poss": (f"{p.first}'s" if latin else p.full, "name", p.first if latin else p.full),
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
    literal = " ".join(_SLOT.split(own)[::2]).lower()
    if any(len(v) > 1 and v.lower() in literal for _, v in labels):
        return None  # a value the template's own words hold too (``Ross`` in ``Peter Ross``): no clean truth
    return "".join(parts), labels, own


def _fact(slot: str, p, lg: str, rng: random.Random) -> tuple[str, str | None, str] | None:
    names = _name_slots(p, lg)
    if slot in names:
        return names[slot]
    layouts = {"phone": (p.mobile, "national"), "phone_intl": (p.mobile, "intl"),
               "phone_nbh": (p.mobile, "nb_hyphen"), "phone_emoji": (p.mobile, "emoji_phone"),
               "phone_flag": (p.mobile, "flag_intl")}  # fmt: skip
    if slot in layouts:
        num, layout = layouts[slot]
        v = P.phone_text(num, layout, rng, lg)
        if layout == "emoji_phone":  # the emoji is no part of the number
            v = v.split(" ", 1)[1]
            return f"📱 {v}", "phone_number", v
        if layout == "flag_intl":
            flag, v = v.split(" ", 1)
            return f"{flag} {v}", "phone_number", v
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


_LIST_FORMS = ("full", "last", "title_sur", "first", "upper_last", "upper_full", "mention", "lower_full")
_JOINERS = ("; ", " · ", " & ", " and ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by ``; ``, `` · ``, `` & `` or `` and ``."""
    texts, labels = [], []
    joiner = rng.choice(_JOINERS)
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return joiner.join(texts), labels


_LIST_TEMPLATES = {"en": ("Tea rota: {list}.", "Keys held by => {list}", "Car park marshals: {list}."),
                   "de": ("Kuchenliste: {list}.",), "fr": ("Permanences : {list}.",), "es": ("Turnos de limpieza: {list}.",),
                   "it": ("Turni bar: {list}.",), "nl": ("Koffierooster: {list}.",), "pt": ("Escala do bar: {list}.",),
                   "da": ("Kagevagter: {list}.",), "cs": ("Služby u baru: {list}.",), "kn": ("ಸ್ವಯಂಸೇವಕರು: {list}.",),
                   "ba": ("Дежурҙар: {list}.",), "yue": ("當值：{list}。",), "ban": ("Ngayah: {list}.",),
                   "yua": ("Áantajo'ob: {list}.",), "ki": ("Ateithia: {list}.",), "gv": ("Cooney: {list}.",),
                   "fur": ("Turnos dal bar: {list}.",)}  # fmt: skip
_SIGNS = ("\nBest wishes,\n{first} & {o1_first}", "\nRegards\n{full}\n{phone_intl}", "\n~ {first}",
          "\nSent from my phone - {first}", "\nKind regards, {title_sur}")  # fmt: skip


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
            if rng.random() < 0.15 and form != "out_of_office":
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
    out["list"] = ["Tea rota: ", "."]
    out["none"] = ["nothing further"]
    return out
