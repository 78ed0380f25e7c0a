"""Held-out set 45: the notes (free text) of a row, with the exact labels of what in them is personal data.

Twelve English genres new to the sets: eight of the shapes' own (a seed librarian's lending note, a karaoke host's
queue note, a baker's cake order note, a skate hire desk's note, a hackspace induction note, a show steward's
note, an astronomy society's loan note, a knife sharpener's round note) and four of any table (an out-of-office
auto-reply, a courier's proof-of-delivery line, a business's reply to an online review, a radio dispatch log line).
Local genres new to the sets (a birthday wish, a for-sale small ad, a parcel taken in by a neighbour) are written in
de fr es it nl pt da cs and in the eight new languages (ay mg sd ckb ln ny gil tet), about a third of the notes
there.
People come in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole, or the surname alone), in
lower case (whole, given name or surname), by surname alone, possessive (``Harvey's``, ``Gail's``, and a lower-case
whole name's: ``gail harvey's``), by given name alone, with an initial (``G. Harvey``), in lists of three or four
joined by ``, ``, `` & `` or `` and `` in mixed forms, signing (``-- Gail``, `` /gail``, ``Cheers, Gail Harvey``,
``(written by Mrs Harvey)``, ``Thanks — G. Harvey``); streets whole or without their number (``Calle Tiwanaku``
from ``Calle Tiwanaku N° 1245``, ``Thandi Sarak`` from ``House No. 12, Thandi Sarak``; no community, P.O. box,
landmark, area plot, village house, aldeia or Qasimabad plot as a street in a note); phones whole, bare, local,
international, ``(0044) ...`` and ``0740-685.8784``; ids after cues new to the sets (``ID number``, ``national
no.``, ``Ausweisnummer``, ``n° de pièce``, ``n.º de documento``, ``n. carta d'identità``, ``ID-nr.``, ``n.º do
CC``, ``č. OP``, ``cédula:``, ``CIN laharana``, ``CNIC نمبر``, ``کارتی نیشتمانی:``, ``National ID:``); birth dates
only after a birth cue new to the sets (``born``, ``date of birth``, ``geboren am``, ``date de naissance :``,
``fecha de nac.:``, ``data di nascita``, ``geboortedatum``, ``data de nasc.:``, ``fødselsdato``, ``datum
narození``, and the new languages' own) in set 45's layouts; e-mails. Look-alikes are in the templates' own text
(``Cherokee Purple``, ``Mortgage Lifter``, ``Mrs Fortune's``, ``Jolene - Dolly Parton``, ``Tom Jones``, ``The Lord
Nelson``, ``Duke of Wellington``, ``Victoria sponge``, ``Battenberg``, ``Charlotte russe``, ``Sachertorte``,
``Peach Melba``, ``Riedell``, ``Jackson Ultima``, ``Bridgeport``, ``Myford``, ``Prusa``, ``Bramley``, ``Gertrude
Jekyll``, ``Mrs Collier``, ``Gloucester Old Spot``, ``Dobsonian``, ``Kemble's Cascade``, ``Herschel``, ``Barnard's
Star``, ``Sabatier``, ``Wüsthof``, ``Opinel``, ``Robert Welch``): replacing them costs "words kept".

A template is text with ``{slot}`` fields; :func:`fill` puts the row's people in and returns the note, its labels
``[(entity, value)]`` (the value exactly as written) and the template (cue words filled in).
"""

from __future__ import annotations

import random
import re

import heldout44_notes as n44
import heldout45_language as language
import heldout45_new8 as new8
import heldout45_people as P

ENGLISH = {
    "seedlib": (
        "Seed loan: {full} took Cherokee Purple and Mortgage Lifter; reminded to save seed. {phone}",
        "{title_sur} returned Kelvedon Wonder seed, germinated well. Lives on {street_nonum}.",
        "{lower_first} wants Mrs Fortune's tomato next spring - text {phone_bare}",
        "Painted Lady beans saved by {o1_full}, passed on to {upper_last}. email {email}",
    ),
    "karaoke": (
        "KJ: {full} up after Jolene - Dolly Parton, wants key -1. Text {phone} when up.",
        "{first} and {o1_first} doing Delilah (Tom Jones) as a duet, table 7.",
        "{upper_full} left a jacket at The Lord Nelson after My Way. Ring {phone_local}",
        "{given_poss} Sweet Caroline was the hit of the night - {title_sur} wants the Duke of Wellington room. {email}",
    ),
    "cakes": (
        "Cake order: Victoria sponge for {full}, collect Sat. Call {phone} if delayed.",
        "{title_sur} changed the Battenberg to a Charlotte russe. Deliver to {street}.",
        "{lower_full} asked for 'Happy Retirement' on the Sachertorte; deposit paid, {phone_paren00}",
        "Peach Melba gateau - {upper_last} allergic to nuts, confirm by {email}",
    ),
    "skates": (
        "Skate hire: {full} (born {dob}) size 3 Riedell, lesson with the Graf group.",
        "{o1_title_full} collecting {given_poss} Jackson Ultima skates; ring {phone_intl}",
        "{lower_first} fell on the Edea blades, first aid given, {o1_full} informed. {phone_local}",
        "{upper_full} booked Bauer Vapor hire for the disco, date of birth {dob}.",
    ),
    "hackspace": (
        "Induction: {full} signed off on the Bridgeport mill. {idcue} {nid}",
        "{title_sur} left the Myford ML7 lathe dirty again - warned. {email}",
        "{lower_first} printing on the Prusa MK4 overnight, ok'd by {o1_full}. {phone}",
        "Epilog laser booking for {upper_last} moved to Thu, tel {phone_mixed}",
    ),
    "vshow": (
        "Show entry: {full}, Victoria sponge and Bramley apples. Tel {phone}.",
        "{title_sur} won 1st with Rose 'Gertrude Jekyll' - trophy to go to {street}.",
        "Junior class: {first} (born {dob}), entered by {o1_full}. Sweet pea 'Mrs Collier'.",
        "{poss} Gloucester Old Spot disqualified, {lower_full} to appeal. {email}",
    ),
    "telescope": (
        "Loan: {full} has the Dobsonian 8in for Kemble's Cascade. Back by Fri. {phone}",
        "{title_full} reported the Herschel wedge cracked; guarantor {o1_title_sur}. {phone_paren00}",
        "{lower_full} after Barnard's Star with the Barlow x2 - lives on {street_nonum}.",
        "Celestron NexStar returned by {upper_last}, {idcue} {nid} checked.",
    ),
    "sharpening": (
        "Round: {full} - 3 Sabatier knives and Fiskars shears, leave with {o1_full}. {phone}",
        "{title_sur} on {street} owes for the Wüsthof bread knife. {phone_local}",
        "{lower_first} wants the Opinel done while waiting. ring {phone_mixed}",
        "Robert Welch santoku for {upper_full}, next visit Tue. {email}",
    ),
    "ooo": (
        "Automatic reply: {full} is away until the 14th. Urgent? Contact {o1_title_full}, {phone_intl}.",
        "Out of office - back Tuesday. Please email {email} or call {phone}. Thanks, {first}",
    ),
    "pod": (
        "POD: parcel signed for by {upper_last} at {street}, 13:42.",
        "Proof of delivery: left with neighbour {o1_full}, card through {lower_poss} door.",
    ),
    "review": (
        "Reply to review: Thank you {first}! So glad you enjoyed it - {title_sur} on the desk says hi.",
        "Response to {lower_poss} 2-star review: sorry! Please call {phone_local} and ask for the manager.",
    ),
    "radio": (
        "Radio: control to unit 4, caller {full} at {street_nonum}, callback {phone}.",
        "Radio log 21:05 - {upper_full} reported missing; description given by {o1_first}.",
    ),
}
GENERIC = ("ooo", "pod", "review", "radio")
LOCAL = {
    "de": (("wish", "Herzlichen Glückwunsch an {full}, geboren am {dob}!"),
           ("forsale", "Zu verkaufen: Kinderfahrrad, bei {title_sur} melden, Tel. {phone}."),
           ("parcel", "Paket für {full} wurde bei {o1_full}, {street}, abgegeben. {idcue} {nid}")),
    "fr": (("wish", "Joyeux anniversaire à {full} ! (date de naissance : {dob})"),
           ("forsale", "À vendre : poussette, contacter {title_sur} au {phone}."),
           ("parcel", "Colis pour {full} déposé chez {o1_full}, {street}.")),
    "es": (("wish", "¡Feliz cumpleaños, {full}! Fecha de nac.: {dob}"),
           ("forsale", "Se vende bicicleta, preguntar por {title_sur}, tel. {phone}."),
           ("parcel", "Paquete de {full} entregado a {o1_full}, {street}. {idcue} {nid}")),
    "it": (("wish", "Tanti auguri a {full}, data di nascita {dob}!"),
           ("forsale", "Vendesi passeggino, rivolgersi a {title_sur}, tel. {phone}."),
           ("parcel", "Pacco per {full} lasciato da {o1_full}, {street}.")),
    "nl": (("wish", "Gefeliciteerd {full}! (geboortedatum {dob})"),
           ("forsale", "Te koop: kinderfiets, bel {title_sur} op {phone}."),
           ("parcel", "Pakket voor {full} afgegeven bij {o1_full}, {street}. {idcue} {nid}")),
    "pt": (("wish", "Parabéns, {full}! Data de nasc.: {dob}"),
           ("forsale", "Vende-se bicicleta, falar com {title_sur}, tel. {phone}."),
           ("parcel", "Encomenda para {full} entregue a {o1_full}, {street}.")),
    "da": (("wish", "Tillykke med fødselsdagen, {full}! Fødselsdato {dob}"),
           ("forsale", "Sælges: barnecykel, ring til {title_sur} på {phone}."),
           ("parcel", "Pakke til {full} afleveret hos {o1_full}, {street}.")),
    "cs": (("wish", "Všechno nejlepší, {full}! Datum narození {dob}"),
           ("forsale", "Prodám kočárek, volejte {title_sur}, tel. {phone}."),
           ("parcel", "Balík pro {full} převzal(a) {o1_full}, {street}. {idcue} {nid}")),
    "ay": (("wish", "Suma urupa, {full}! Yurïwipa: {dob}"),
           ("forsale", "Aljañataki: bicicleta, {title_sur} jawsañamawa, {phone}."),
           ("parcel", "{full} jaqin paquetepaxa {o1_full} ukar churatawa, {street}. {idcue} {nid}")),
    "mg": (("wish", "Tratry ny andro nahaterahana, {full}! Teraka tamin'ny {dob}"),
           ("forsale", "Amidy: bisikileta, antsoy {title_sur} amin'ny {phone}."),
           ("parcel", "Ny fonosana ho an'i {full} dia napetraka tany amin'i {o1_full}, {street}. {idcue} {nid}")),
    "sd": (("wish", "سالگره مبارڪ {full}! ڄمڻ جي تاريخ {dob}"),
           ("forsale", "وڪري لاءِ سائيڪل، {first} سان رابطو ڪريو {phone}"),
           ("parcel", "{full} جو پارسل {o1_full} وٽ ڇڏيو ويو، {street}. {idcue} {nid}")),
    "ckb": (("wish", "ڕۆژی لەدایکبوونت پیرۆز بێت {full}! لەدایکبوون: {dob}"),
            ("forsale", "بۆ فرۆشتن پاسکیل، پەیوەندی بکە بە {first} {phone}"),
            ("parcel", "پاکێتی {full} لای {o1_full} دانرا، {street}. {idcue} {nid}")),
    "ln": (("wish", "Mbotama elamu, {full}! Abotamaki na {dob}"),
           ("forsale", "Ya koteka: velo, benga {title_sur} na {phone}."),
           ("parcel", "Colis ya {full} etikalaki epai ya {o1_full}, {street}.")),
    "ny": (("wish", "Tsiku lobadwa losangalala, {full}! Wobadwa pa {dob}"),
           ("forsale", "Zogulitsa: njinga, imbirani {title_sur} pa {phone}."),
           ("parcel", "Phukusi la {full} lasiyidwa kwa {o1_full}, {street}. {idcue} {nid}")),
    "gil": (("wish", "Kam na bane ni mauri n am bong ni bungiaki, {full}! Bungiaki: {dob}"),
            ("forsale", "Bwai ni kaboonaki: te baika, reke {title_sur} n {phone}."),
            ("parcel", "Te bwai ibukin {full} e katikaki iroun {o1_full}.")),
    "tet": (("wish", "Parabéns ba loron moris, {full}! Moris iha {dob}"),
            ("forsale", "Faan: bisikleta, kontaktu {title_sur} iha {phone}."),
            ("parcel", "Pakote ba {full} entrega ba {o1_full}, {street}.")),
}  # fmt: skip
_ID_CUES = {"en": ("ID number", "national no.", "card no."), "de": ("Ausweisnummer", "Ausweis-Nr:"),
            "fr": ("n° de pièce", "numéro d'identité"), "es": ("n.º de documento", "identificación:"),
            "it": ("n. carta d'identità", "documento n."), "nl": ("ID-nr.", "legitimatienr."),
            "pt": ("n.º do CC", "doc. identificação"), "da": ("ID-nr.",), "cs": ("č. OP", "číslo OP"),
            "ay": ("cédula:", "CI:"), "mg": ("CIN laharana", "karapanondro:"), "sd": ("CNIC نمبر", "شناختي ڪارڊ"),
            "ckb": ("کارتی نیشتمانی:", "ژمارەی ناسنامە"), "ny": ("National ID:", "chiphaso:")}  # fmt: skip
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_STREET_NEW = re.compile(
    r"^(?:Comunidad|Plot \d+, Qasimabad|near|opposite|behind|next to|P\.O\. Box|Area \d|House \d+, \w+ village|"
    r"Aldeia)\b", re.I)  # fmt: skip
_LEAD = re.compile(r"^(?:House No\. \d+|House \d+|Plot \d+), (?=\D)")
_TAIL = re.compile(r" (?:N°|n°|n\.º) \d+$")


def street_usable(street: str, locale: str) -> bool:
    """A street a note may name: set 44's rule, and for set 45's new 8 no community, P.O. box, landmark, area plot,
    village house, aldeia or Qasimabad plot."""
    if locale in new8.NEW8_45:
        return bool(street) and not _NOT_STREET_NEW.search(street)
    return n44.street_usable(street, locale)


def street_without_number(street: str) -> str:
    """The street as said without its house number (``N° 1245`` at the end, ``House No. 12, `` or ``Plot 23, ``
    before); a street whose number is inside stays whole."""
    if _TAIL.search(street):
        return _TAIL.sub("", street)
    if _LEAD.match(street):
        return _LEAD.sub("", street)
    if street.startswith("Lot ") or re.search(r"Street \d+, House \d+$", street):
        return street
    return n44.street_without_number(street)


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
        "given_poss": (f"{p.first}'s" if latin else p.full, "name", p.first if latin else p.full),
        "lower_poss": (f"{p.full.lower()}'s" if latin else p.full, "name", p.full.lower() if latin else p.full),
        "initial_last": (initial, "last_name" if latin else "name", p.last if latin else p.full),
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
    elif slot == "phone_paren00":
        v = P.phone_text(p.mobile, "paren00", rng, lg)
    elif slot == "phone_mixed":
        v = P.phone_text(p.mobile, "mixed_sep", rng, lg)
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


_LIST_FORMS = ("full", "last", "lower_last", "title_sur", "first", "upper_last", "initial_last", "lower_first",
               "upper_full")  # fmt: skip
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


_LIST_TEMPLATES = {"en": ("Signed in tonight: {list}.", "Prize winners -> {list}", "Thanks to {list}!"),
                   "de": ("Dabei: {list}.",), "fr": ("Étaient là : {list}.",), "es": ("Estuvieron: {list}.",),
                   "it": ("C'erano: {list}.",), "nl": ("Erbij: {list}.",), "pt": ("Estiveram: {list}.",),
                   "da": ("Med var: {list}.",), "cs": ("Byli tam: {list}.",), "ay": ("Jutapxi: {list}.",),
                   "mg": ("Tonga: {list}.",), "sd": ("حاضر: {list}.",), "ckb": ("ئامادەبوون: {list}.",),
                   "ln": ("Bayaki: {list}.",), "ny": ("Anabwera: {list}.",), "gil": ("A roko: {list}.",),
                   "tet": ("Mai ona: {list}.",)}  # fmt: skip
_SIGNS = ("\n-- {first}", " /{lower_first}", "\nCheers, {full}", "\n(written by {title_sur})",
          "\nThanks — {initial_last}")  # fmt: skip


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
            if rng.random() < 0.15 and form not in ("ooo", "radio"):
                template += rng.choice(_SIGNS)
        got = fill(template, main, others, rng, locale, lg)
        if got is not None:
            return got[0], got[1], got[2], form
    text = "no remarks"
    return text, [], text, "none"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (``{slot}`` parts left out)."""
    out = {form: _SLOT.split(ts[0])[::2] for form, ts in ENGLISH.items()}
    for form, template in LOCAL.get(language.lang(locale), ()):
        out[form] = _SLOT.split(template.replace("{idcue}", ""))[::2]
    out["list"] = ["Signed in tonight: ", "."]
    out["none"] = ["no remarks"]
    return out
