"""A number a verb of calling or texting takes as its object, in any language: ``text 857017``, ``Rele Colleen
Saunders nan 37 28 3502``, ``ring Mrs Hale back on 5644700``, ``bitte unter 030 535428 anrufen``.

Why: the note rules took a number after a cue word when the number alone was strong enough (valid, grouped as
phones, eight digits...) or in fixed frames (``Text`` opening a sentence, ``text him on``, ``call X at``), so a
local number after a verb mid-sentence was kept: set 46 wrote ``owes the league fee, text 09353373`` (de fr en_GB
nl: 43 notes) and Haitian ``Rele <name> nan <number>``. A verb of calling is the evidence, whatever the layout: what
it calls is a number. So this reader reads the clause after the verb as tokens: the verb (a closed class of
calling, ringing, texting and messaging verbs of many languages), then only words a call's object is made of (an
object pronoun, ``back``, a preposition of place, the word for "number", a title, up to four capitalised name words,
a colon), then the number; German, Dutch, Turkish and Indic clauses put the verb last (``0176 ... anrufen``,
``... पर कॉल करें``): the number right before it counts the same. Any other word ends the clause (``call about order
123456``, ``text line 12345678`` keep their numbers), as does a stop.

The number: 5-15 digits in any grouping, no date, range, amount in thousands, time, decimal (``35.675835``: a GPS
reading), id led by its year (``2001-001``) or unit after it; a number of five or six digits must close the clause
(a stop, a comma, a bracket, the note's end or a separable verb's particle after it: ``call 75001 Paris`` is a
postcode, ``ruf 35521 an`` a number). It must be a valid number of some plan (the table's regions, then the plans of
:data:`~safe_synthesizer.pii.text_phone_cues.TEXT_PHONE_REGIONS`), or a possible one of the table's own region,
local-only numbers included: a local number said without its area code (``text 857017`` in Britain) is dialled
so inside its area, and the verb has already said it is a phone.

Cheap: a note without one of the verbs as a whole word is passed by one precompiled search, and only numbers after
the first verb are read (all of them when a verb-last word is there too).

Example::

    call_verb_phone_spans("FRITZ owes the league fee, text 931716", (), ("GB",))  # [(32, 38, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS
from safe_synthesizer.pii.text_phone_imperative import cued_number_fits
from safe_synthesizer.pii.text_phone_short import REFERENCE_WORDS, THOUSANDS
from safe_synthesizer.pii.titles import is_title

__all__ = ["call_verb_phone_spans"]


def _words(lines: tuple[str, ...]) -> frozenset[str]:
    """The words of ``lines`` (one language or family a line)."""
    return frozenset(word for line in lines for word in line.split())


# Verbs of calling, ringing, texting and messaging that stand before their object (imperative, infinitive, past),
# by language: English, French, Spanish, Catalan, Italian, Portuguese, German, Dutch, Nordic, Polish, Czech/Slovak,
# South Slavic, Romanian, Hungarian, Finnish, Estonian, Baltic, Greek, East Slavic, Turkish, Haitian and other
# French creoles, Swahili, Indonesian/Malay/Javanese, Filipino, Nguni, Vietnamese, Thai, Arabic, Hebrew.
_VERBS_BEFORE = _words(
    (
        "call calls called calling ring rings rang ringing phone phones phoned phoning text texts texted texting txt",
        "sms smsed whatsapp whatsapped message messaged msg dial dialled dialed buzz callback",
        "appeler appelez appelle appelé appelée appelles rappeler rappelez rappelle téléphoner téléphonez téléphone",
        "texter textez joindre joignez",
        "llamar llame llamen llama llamad llamó llámame llámeme llámanos llámenos marcar telefonear",
        "trucar truqueu truca",
        "chiamare chiama chiami chiamate richiamare richiama richiamate telefonare telefona telefonate squillare",
        "ligar ligue liguem ligou telefonar telefone telefonem",
        "anrufen ruf rufe rufen rufen anruf zurückrufen telefonieren simsen texten melden meldet melde erreichbar",
        "bellen bel belt belde gebeld terugbellen opbellen appen sms'en smsen whatsappen",
        "ring ringa ringe ringer ringde ringte ringede ringes sms:a sms'e",
        "zadzwoń zadzwonić dzwoń dzwonić zadzwońcie oddzwoń",
        "zavolejte zavolat zavolaj zavolajte volejte volajte volať",
        "pokličite pokliči nazovite nazovi zovi zovite pozovite javite javi",
        "sunați sunati sună suna",
        "hívja hívd hívjon hívják felhívni felhívja",
        "soita soittakaa soitä tekstaa",
        "helista helistage",
        "zvaniet zvani piezvaniet skambinkite skambink paskambinkite",
        "τηλεφωνήστε καλέστε πάρτε",
        "звоните позвоните звонить позвонить звони позвони дзвоніть подзвоніть зателефонуйте обадете звъннете",
        "arayın arayınız arayiniz",
        "rele relew relem kriye",
        "piga mpigie nipigie tupigie wapigie",
        "hubungi telepon telpon telefon sms-lah",
        "tawagan tumawag itext i-text",
        "shayela fonela tsalela",
        "gọi nhắn",
        "โทร",
        "اتصل اتصلوا اتصلي",
        "התקשר התקשרו התקשרי",
    )
)
# Verbs that follow their number (German and Dutch subordinate clauses and infinitives, Turkish, Indic "call do").
_VERBS_AFTER = _words(
    ("anrufen zurückrufen bellen terugbellen opbellen appen smsen arayın arayınız arayiniz arayabilirsiniz",)
)
# The verb "do" of an Indic "call do" / "phone do" (``पर कॉल करें``): a verb after its number only with the noun.
_INDIC_DO = _words(("करें कीजिए करो করুন করো ਕਰੋ ਕਰੋਜੀ",))
# The noun of an Indic "call do" / "phone do" before its verb (``पर कॉल करें``).
_CALL_NOUNS = _words(("कॉल फोन फ़ोन কল ফোন ਕਾਲ ਫ਼ੋਨ ਫੋਨ",))
# Words a call's object is made of between the verb and the number: object pronouns, "back", prepositions of
# place and of the number, articles, "number" and "please", in the languages of the verbs above.
_OBJECT_WORDS = _words(
    (
        "me him her us them you back again on at to via please now asap the a an his their number no. nr nr.",
        "au sur le la les l moi nous lui leur numéro n° svp vite",
        "a al el lo le me nos les número nº en para por favor de nuevo",
        "al allo il lo la mi ci gli le numero n. su subito",
        "para o a no pelo me nos ao número",
        "unter an bei auf ihn sie mich uns ihm ihr nummer die der den zurück bitte",
        "op naar hem haar me mij ons terug nummer even via",
        "på till til mig meg oss honom henne ham nummer tilbake tillbaka",
        "na pod numer do číslo broj številko številka pe la numărul numarul",
        "nan sou li l m nou yo nimewo tanpri",
        "kwa namba nambari simu",
        "ke di nomor nombor nomer",
        "sa si kay numero",
        "по на номер номеру",
        "στο στον αριθμό",
        "số cho theo",
        "ที่ เบอร์",
        "على رقم",
    )
)
# The postpositions between an Indic number and its verb (``9876543210 पर कॉल करें``).
_POSTPOSITIONS = _words(("पर ਤੇ ਉੱਤੇ তে এ",))
MAX_NAME_WORDS = 4
MAX_OBJECT_WORDS = 6
MIN_DIGITS, MAX_DIGITS = 5, 15
# Numbers this short must close the clause.
SHORT_DIGITS = 6

# The gate: one of the verbs (or an Indic call noun) as a whole word, in any case.
_GATE = re.compile(
    r"(?i)(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(_VERBS_BEFORE | _VERBS_AFTER | _CALL_NOUNS, key=len, reverse=True))
    + r")(?![\w'])"
)
_VERB_LAST = re.compile(
    r"(?i)(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(_VERBS_AFTER | _INDIC_DO, key=len, reverse=True))
    + r")(?![\w'])"
)
_TOKEN = re.compile(r"[^\s,;:()\[\]]+|[,;:()\[\]]")
# A number as a note writes one: digits in groups of any separator, a ``+``/``00`` and an area code in brackets.
_NUMBER = re.compile(r"(?<![\w/.\-+@#])(?:\+|00)?\(?\d(?:[\d().\-]|[ \t](?=[\d(]))*\d(?![\w]|[.,]\d)")
# What may follow a short number that closes its clause.
_CLOSING = re.compile(r"[ \t]*(?:$|[\n.,;:!?)\]}»\"'^—–-])")
# The particle of a separable verb (German ``ruf 35521 an``, Dutch ``bel 35521 op``) or a verb that follows its
# number: a short number before one still closes the clause.
_PARTICLES = frozenset({"an", "zurück", "op", "terug", "back", *_VERBS_AFTER})
_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[.:h][0-5]\d$")
# A decimal (``35.675835``: a survey's GPS reading): one stop or comma, two digits or fewer before it or five or
# more after it (``555.1234`` is a phone's layout).
_DECIMAL = re.compile(r"^\d{1,2}[.,]\d+$|^\d+[.,]\d{5,}$")
# A study or case id led by its year (``2001-001``, ``2019/4411``).
_YEAR_LED = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,5}$")
_STOP = ".!?;\n"


def call_verb_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of the numbers a verb of calling or texting takes in ``text`` (verb first or verb last);
    numbers overlapping ``found`` are left. ``regions``: the table's first (its own plan decides the local-only
    and possible numbers), then others to try for a valid number."""
    if not any(ch.isdigit() for ch in text) or (verb := _GATE.search(text)) is None:
        return []
    out: list[tuple[int, int, str]] = []
    # A verb-first clause's number follows the first verb; a verb-last one's number precedes a verb.
    for m in _NUMBER.finditer(text, 0 if _VERB_LAST.search(text) else verb.end()):
        start, end, value = m.start(), m.end(), m.group().rstrip(" -.(")
        end = start + len(value)
        if not (_object_of_verb_before(text, start) or _object_of_verb_after(text, end)):
            continue
        if not _phone_like(text, value, start, end, found, tuple(regions)):
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out


def _object_of_verb_before(text: str, start: int) -> bool:
    """A verb of calling stands before ``start`` in the same clause, with only a call's object words between."""
    clause = text[:start]
    cut = max(clause.rfind(ch) for ch in "!?;\n")
    tokens = [t for t in _TOKEN.findall(clause[cut + 1 :])]
    names = others = 0
    for token in reversed(tokens):
        word = token.lower()
        bare = word.rstrip(".")
        if bare in _VERBS_BEFORE or word in _VERBS_BEFORE:
            return True
        if token.endswith(".") and not is_title(token) and word not in _OBJECT_WORDS:
            return False  # a sentence ends here
        if token in (":", ","):
            continue
        if bare in REFERENCE_WORDS:
            return False  # "call about order 123456", "ring Room 12345": a reference's number
        if word in _OBJECT_WORDS or bare in _OBJECT_WORDS or is_title(token):
            others += 1
        elif _name_like(token):
            names += 1
        else:
            return False
        if names > MAX_NAME_WORDS or others > MAX_OBJECT_WORDS:
            return False
    return False


def _object_of_verb_after(text: str, end: int) -> bool:
    """A verb that follows its object stands right after ``end`` (a postposition and a call noun may come between)."""
    words = text[end : end + 40].split()[:3]
    words = [w.strip(".,;:!?").lower() for w in words]
    if words and words[0] in _POSTPOSITIONS:
        words = words[1:]
    if words and words[0] in _CALL_NOUNS:
        return len(words) > 1 and words[1] in _INDIC_DO
    return bool(words) and words[0] in _VERBS_AFTER


def _name_like(token: str) -> bool:
    """A word that may be part of a person's name: capitalised, or in a script without case (and no digit)."""
    core = token.strip(".'’-")
    if not core or any(ch.isdigit() for ch in core):
        return False
    first = core[0]
    return first.isupper() or (first.isalpha() and not first.islower())


def _phone_like(text: str, value: str, start: int, end: int, found: Sequence[tuple[int, int]],
                regions: tuple[str, ...]) -> bool:  # fmt: skip
    """``value`` is a number a phone may be: right length, no date, range, amount, time or unit, valid somewhere or
    possible in the table's own region; a short one closes its clause."""
    if not cued_number_fits(text, value, start, end, found, (MIN_DIGITS, MAX_DIGITS)):
        return False
    if THOUSANDS.match(value) or _TIME.match(value) or _DECIMAL.match(value) or _YEAR_LED.match(value):
        return False
    digits = sum(ch.isdigit() for ch in value)
    if digits <= SHORT_DIGITS and not (_CLOSING.match(text, end) or _particle_after(text, end)):
        return False
    if regions and _possible_in(value, regions[0]):  # the cheaper test first (one parse, cached)
        return True
    return phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is not None


def _particle_after(text: str, end: int) -> bool:
    words = text[end : end + 20].split()
    return bool(words) and words[0].strip(".,;:!?").lower() in _PARTICLES


@lru_cache(maxsize=4096)
def _possible_in(value: str, region: str) -> bool:
    """``value`` is a possible number of ``region``'s plan, a number dialled only inside its area included."""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    return reason in (phonenumbers.ValidationResult.IS_POSSIBLE, phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)
