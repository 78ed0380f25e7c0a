"""Held-out set 46: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a pantomime director's rehearsal note, a river
centre's launch log line, a luthier's bench-ticket note, a model railway running-day log line, a cheesemonger's
subscription note, a beach hut warden's note, an orienteering start official's note, a pinball league
scorekeeper's note) and four of any table (a visitors' book entry, a "while you were out" message slip, a
complaint card, a parking permit request). Local genres new to the sets (a lost pet notice, a payment reminder, a
party invitation) are written in de fr es it nl pt da cs and in the eight new languages (ff jv tt pa xh lg ht
kmr), about a third of the notes there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``, ``Gail's``, ``gail
harvey's``), by given name alone, with an initial (``G. Harvey``), in lists of three or four joined by `` · ``,
`` | `` or ``, as well as `` in mixed forms, signing (``— Gail Harvey (desk)``, ``Kind regards`` and the given
name on the next line, `` ^gail``, ``yours, Mrs Harvey``, ``/s/ Gail Harvey``); one-name and not-Latin names stay
whole where a form would cut them; streets whole or without their number (``Jl. Malioboro`` from ``Jl. Malioboro
No. 52``, ``ул. Баумана`` from ``ул. Баумана, д. 12, кв. 4``, ``Rue Capois`` from ``Rue Capois #45``, ``Kampala
Road`` from ``Plot 14, Kampala Road``, ``Bağlar Mah. 812. Sok.`` from ``Bağlar Mah. 812. Sok. No: 14 D: 3``; no BP,
quartier, village, VPO, location, LC1 zone, P.O. box or köy as a street in a note); phones whole, bare, local,
international, ``+(44) ...``, ``wa.me/44...`` and with the trunk zero in words; ids after cues new to the sets
(``identity no``, ``ID#``, ``Personalausweis:``, ``carte d'identité :``, ``cédula n.º``, ``C.I. n.``,
``paspoortnr.``, ``BI n.º``, ``pasnr.``, ``OP č.``, ``NIK:``, ``паспорт:``, ``Aadhaar:``, ``ID No.``, ``NIN:``,
``NIF:``, ``TC Kimlik No:``); birth dates only after a birth cue (``birthdate``, ``bday``, ``born on``,
``Geburtstag:``, ``naissance :``, ``nacimiento:``, ``nascita:``, ``geb.datum``, ``nascimento:``, ``fødselsdag:``,
``narozen(a):``, ``lair:``, ``туган көне:``, ``ਜਨਮ ਮਿਤੀ:``, ``uzalwe ngo-``, ``yazaalibwa:``, ``fèt:``,
``jidayikbûn:``) in set 46's layouts; e-mails. Look-alikes are in the templates' own text (``Widow Twankey``,
``Baron Hardup``, ``Dick Whittington``, ``Prince Charming``, ``Bishop's Weir``, ``Lady's Bridge``, ``Old Town``,
``Fender Stratocaster``, ``Gibson Les Paul``, ``Martin D-28``, ``Ernie Ball``, ``Flying Scotsman``, ``Sir Nigel
Gresley``, ``Duke of Gloucester``, ``Hornby``, ``Stinking Bishop``, ``Lincolnshire Poacher``, ``Baron Bigod``,
``Dunroamin``, ``Marine Parade``, ``Victoria Promenade``, ``Lakeland OC``, ``Lady Anne's Park``, ``The Addams
Family``, ``Elvira``, ``Bram Stoker's Dracula``, ``The Earl Grey``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout45_notes as n45
import heldout46_language as language
import heldout46_new8 as new8
import heldout46_people as P

ENGLISH = {
    "panto": (
        "Rehearsal: {full} off book for Widow Twankey at last. Costume fitting Thu, call {phone}.",
        "{title_sur} can't do the Baron Hardup scenes on Sunday; {o1_full} to cover. {email}",
        "{lower_first} (chorus) needs a licence - bday {dob}, parent to sign.",
        "Dick Whittington's cat suit to {upper_last}, lives on {street_nonum}.",
    ),
    "kayak": (
        "Launch log: {full} out from Bishop's Weir in the Old Town Discovery, back by 4. {phone}",
        "{title_sur} capsized at Lady's Bridge, dry clothes given; {o1_first} collected. tel {phone_words}",
        "{lower_full} left {idcue} {nid} as deposit for the Mad River.",
        "Group of 3 under {upper_last}, Tom's Landing, WhatsApp {phone_wa}",
    ),
    "luthier": (
        "Bench: {full}'s Fender Stratocaster needs a refret, quoted 220. Ring {phone} before starting.",
        "{title_full} dropped off a Gibson Les Paul, Ernie Ball 10s please. {email}",
        "Martin D-28 crack repair for {lower_first}; {o1_full} may collect. {phone_plusparen}",
        "Courier the Gretsch back to {upper_full}, {street}.",
    ),
    "modelrail": (
        "Running day: {full} brought Flying Scotsman (Hornby), ran 40 laps. {phone}",
        "{title_sur} wants the Sir Nigel Gresley serviced; lives on {street_nonum}. {email}",
        "Junior {first} (born on {dob}) on the Duke of Gloucester with {o1_title_full}.",
        "{upper_last} sold the Bachmann City of Truro to {o1_full}. tel {phone_local}",
    ),
    "cheese": (
        "Subscription: {full} swapped Stinking Bishop for Lincolnshire Poacher. {phone}",
        "{title_sur} away in Jan - hold the Baron Bigod box, deliver to {street} after. {email}",
        "Gift box from {lower_full} to {o1_full}, birthdate {dob} on the card.",
        "{poss} Cornish Yarg came back warm - refund, call {phone_intl}",
    ),
    "beachhut": (
        "Warden: {full} (hut 42, Dunroamin) left the shutters open on Marine Parade. {phone}",
        "{title_full} renewed for 2027, Victoria Promenade; {idcue} {nid} seen.",
        "Spare key with {o1_full} for {lower_first}'s hut. WhatsApp {phone_wa}",
        "{upper_full} complained about the Mon Repos gas bottle; home is {street_nonum}.",
    ),
    "orienteering": (
        "Start: {full} (Lakeland OC) missed their start time, restarted 10:42. {phone}",
        "{title_sur} mispunched at control 7 in Lady Anne's Park - DSQ. {email}",
        "M12 {first}, born on {dob}, shadowed by {o1_full}. Emergency {phone_plusparen}",
        "{lower_full} overdue from Bishop's Wood, search started, ring {phone_words}",
    ),
    "pinball": (
        "League: {full} top score on The Addams Family, 412M. {phone}",
        "{title_sur} tilted Elvira twice - warned. Plays for The Earl Grey. {email}",
        "{lower_first} and {o1_first} doubles on Bram Stoker's Dracula; {given_poss} ball 3 stuck.",
        "{upper_last} owes the league fee, text {phone_local}",
    ),
    "guestbook": (
        "Visitors' book: Lovely afternoon! {full}, {street}",
        "Signed: {lower_full} & {o1_full} - we'll be back. {email}",
    ),
    "slip": (
        "While you were out: {title_full} rang, please call back on {phone}.",
        "Message for {first}: {o1_full} called re the booking, number {phone_ext}",
    ),
    "complaint": (
        "Complaint card: {full} says the staff were rude; contact {email}.",
        "{upper_full} unhappy with the refund. Wants a call: {phone_intl}",
    ),
    "permit": (
        "Parking permit request: {full}, {street}, reg on file, {idcue} {nid}",
        "Permit for {title_sur}'s carer {o1_full}; call {phone_local}",
    ),
}
GENERIC = ("guestbook", "slip", "complaint", "permit")
LOCAL = {
    "de": (("lostpet", "Katze entlaufen! Bitte bei {full}, {street}, melden: {phone}."),
           ("reminder", "Zahlungserinnerung an {title_sur}: Beitrag offen. {idcue} {nid}"),
           ("invite", "Einladung: {full} feiert! Geburtstag: {dob}. Zusagen an {email}")),
    "fr": (("lostpet", "Chien perdu ! Contacter {full} au {phone}."),
           ("reminder", "Rappel de paiement pour {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} vous invite à sa fête (naissance : {dob}). Réponse à {email}")),
    "es": (("lostpet", "¡Se busca gato! Avisar a {full}, tel. {phone}."),
           ("reminder", "Recordatorio de pago: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} te invita a su fiesta. Nacimiento: {dob}. Confirmar a {email}")),
    "it": (("lostpet", "Gatto smarrito! Chiamare {full} al {phone}."),
           ("reminder", "Sollecito di pagamento per {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} ti invita alla festa! Nascita: {dob}. Conferma a {email}")),
    "nl": (("lostpet", "Kat vermist! Bel {full} op {phone}."),
           ("reminder", "Betalingsherinnering voor {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} geeft een feest (geb.datum {dob}). Aanmelden bij {email}")),
    "pt": (("lostpet", "Gato perdido! Contactar {full}, tel. {phone}."),
           ("reminder", "Lembrete de pagamento: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} convida para a festa! Nascimento: {dob}. Responder a {email}")),
    "da": (("lostpet", "Kat bortløbet! Ring til {full} på {phone}."),
           ("reminder", "Betalingspåmindelse til {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} holder fest! Fødselsdag: {dob}. Svar til {email}")),
    "cs": (("lostpet", "Ztratila se kočka! Volejte {full}, tel. {phone}."),
           ("reminder", "Upomínka platby: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} zve na oslavu! Narozen(a): {dob}. Odpovězte na {email}")),
    "ff": (("lostpet", "Kullel majji! Noddu {full} e {phone}."),
           ("reminder", "Siftorde njoɓdi: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} noddii on e juulde mum. Naissance : {dob}. {email}")),
    "jv": (("lostpet", "Kucing ilang! Hubungi {full}, {street}, {phone}."),
           ("reminder", "Pangeling-eling bayar kanggo {title_sur}. {idcue} {nid}"),
           ("invite", "{full} ngundang panjenengan. Lair: {dob}. Konfirmasi {email}")),
    "tt": (("lostpet", "Мәче югалды! {full} белән элемтә: {phone}."),
           ("reminder", "Түләү турында искәртү: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} бәйрәмгә чакыра! Туган көне: {dob}. {email}")),
    "pa": (("lostpet", "ਬਿੱਲੀ ਗੁੰਮ ਹੈ! {full} ਨੂੰ ਫ਼ੋਨ ਕਰੋ {phone}."),
           ("reminder", "ਭੁਗਤਾਨ ਯਾਦ-ਪੱਤਰ: {full}, {street}. {idcue} {nid}"),
           ("invite", "{full} ਵੱਲੋਂ ਸੱਦਾ! ਜਨਮ ਮਿਤੀ: {dob}. {email}")),
    "xh": (("lostpet", "Ikati ilahlekile! Tsalela u-{full} ku-{phone}."),
           ("reminder", "Isikhumbuzo sentlawulo: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "U-{full} uyakumema! Uzalwe ngo-{dob}. Phendula ku-{email}")),
    "lg": (("lostpet", "Kkapa ebuze! Kuba {full} ku {phone}."),
           ("reminder", "Okujjukiza okusasula: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} akuyita ku kabaga! Yazaalibwa: {dob}. {email}")),
    "ht": (("lostpet", "Chat pèdi! Rele {full} nan {phone}."),
           ("reminder", "Rapèl pou peye: {title_sur}, {street}. {idcue} {nid}"),
           ("invite", "{full} envite w nan fèt li! Fèt: {dob}. Reponn {email}")),
    "kmr": (("lostpet", "Pisîk winda bû! Bi {full} re têkilî daynin: {phone}."),
            ("reminder", "Bîranîna dravdanê: {title_sur}, {street}. {idcue} {nid}"),
            ("invite", "{full} we vedixwîne şahiyê! Jidayikbûn: {dob}. {email}")),
}  # fmt: skip
_ID_CUES = {"en": ("identity no", "ID#", "ID card:"), "de": ("Personalausweis:", "Perso-Nr."),
            "fr": ("carte d'identité :", "CI n°"), "es": ("cédula n.º", "doc. ident."),
            "it": ("C.I. n.", "carta d'identità:"), "nl": ("paspoortnr.", "ID-kaart:"),
            "pt": ("BI n.º", "cartão de cidadão:"), "da": ("pasnr.", "pas:"), "cs": ("OP č.", "občanka:"),
            "ff": ("carte n°", "pièce :"), "jv": ("NIK:", "KTP:"), "tt": ("паспорт:", "паспорт №"),
            "pa": ("Aadhaar:", "ਆਧਾਰ:"), "xh": ("ID No.", "isazisi:"), "lg": ("NIN:", "National ID No."),
            "ht": ("NIF:", "nimewo NIF"), "kmr": ("TC Kimlik No:", "nasname:")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(r"^(?:BP \d|Quartier |с\. |VPO |LC1 |P\.O\. Box)|(?: Location| Köyü)$")
_TAIL_NEW = re.compile(r"(?: No\. \d+| #\d+|, д\. \d+(?:, кв\. \d+)?| No: \d+(?: D: \d+)?)$")
_LEAD_NEW = re.compile(r"^(?:Plot \d+|Street No\. \d+), (?=\D)")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 45's rule, and for set 46's new 8 no BP, quartier, village, VPO, location, LC1
    zone, P.O. box or köy."""
    if locale in new8.NEW8_46:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n45.street_usable(street, locale)


def street_without_number(street: str, locale: str) -> str:
    """The street as said without its house number; a street whose number is part of its name stays whole."""
    if locale in new8.NEW8_46:
        if _TAIL_NEW.search(street):
            return _TAIL_NEW.sub("", street)
        if _LEAD_NEW.match(street):
            return _LEAD_NEW.sub("", street)
        if locale == "xh_ZA" and re.match(r"^\d+ \D", street):
            return re.sub(r"^\d+ ", "", street)
        return street
    return n45.street_without_number(street)


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
    elif slot == "phone_plusparen":
        v = P.phone_text(p.mobile, "plus_paren_cc", rng, lg)
    elif slot == "phone_wa":
        v = P.phone_text(p.mobile, "wa_link", rng, lg)
    elif slot == "phone_words":
        v = P.phone_text(p.mobile, "pfx_words", rng, lg)
    elif slot == "phone_ext":
        v = P.phone_text(p.landline, "ext_hash", rng, lg)
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
               "upper_full")  # fmt: skip
_JOINERS = (" · ", " | ", ", as well as ")


def people_list(people: list, rng: random.Random, lg: str) -> tuple[str, list]:
    """Three or four people in mixed forms joined by `` · ``, `` | `` or ``, as well as ``."""
    texts, labels = [], []
    for p in people:
        form = rng.choice(_LIST_FORMS)
        text, entity, value = _name_slots(p, lg)[form]
        texts.append(text)
        labels.append((entity, value))
    return rng.choice(_JOINERS).join(texts), labels


_LIST_TEMPLATES = {"en": ("On the rota: {list}.", "Helpers today -> {list}", "Apologies from {list}."),
                   "de": ("Anwesend: {list}.",), "fr": ("Présents : {list}.",), "es": ("Presentes: {list}.",),
                   "it": ("Presenti: {list}.",), "nl": ("Aanwezig: {list}.",), "pt": ("Presentes: {list}.",),
                   "da": ("Til stede: {list}.",), "cs": ("Přítomni: {list}.",), "ff": ("Ɓe ngonnoo: {list}.",),
                   "jv": ("Ingkang rawuh: {list}.",), "tt": ("Катнашты: {list}.",), "pa": ("ਹਾਜ਼ਰ: {list}.",),
                   "xh": ("Abakhoyo: {list}.",), "lg": ("Abaabaddewo: {list}.",), "ht": ("Te la: {list}.",),
                   "kmr": ("Amade bûn: {list}.",)}  # fmt: skip
_SIGNS = ("\n— {full} (desk)", "\nKind regards\n{first}", " ^{lower_first}", "\nyours, {title_sur}",
          "\n/s/ {full}")  # fmt: skip


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
            if rng.random() < 0.15 and form not in ("guestbook", "slip"):
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
    out["list"] = ["On the rota: ", "."]
    out["none"] = ["nothing to add"]
    return out
