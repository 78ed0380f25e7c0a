"""Lower-case full names that their context marks: a title or a role word before, a verb of speech or
contact after, or a clause of their own.

Dispatch logs, booking remarks and visit notes typed in lower case write ``pickup ... for mr jack day``,
``passager kim jepsen, ring først``, ``left card. lieschen dörr rang back later``, ``regular - emmanuel
faivre, from ...``. :mod:`text_name_lower` asks English notes for a contact verb before the name (English
reviews write designers and singers in lower case after articles and prepositions); these layouts give
other evidence:

1. **a title or a role word right before** (``mr``, ``dr.``, ``herr``, ``pani``, any case;
   ``passenger``, ``passager``, ``pasajero``, ``resenär``, ``sõitja``, ``resident``, ``client``): a listed
   given name and a listed family name, even when both are ordinary words (``mr mark rose``) or the
   given name is a function word of some language (``passasjer tom moen``, ``dr. ella lund``); neither
   may be an English function word, and the family name no function word of any language;
2. **a verb of speech or contact right after** (``rang back``, ``called``, ``says``, ``rief an``,
   ``a appelé``, ``llamó``), the name opening its clause (start of the text or after ``.``, ``,``,
   ``;``, ``:``, ``-``, ``(``): a given and a family name with at least one of them no ordinary word
   (``mark rose says`` stays: two English words and no title);
3. **a clause of its own**: after ``-``, ``:``, ``;``, ``(``, ``|`` or the start of the text and before ``,``,
   ``;``, ``(``, ``)`` or a spaced dash or bar (``screening - roger dawson - employer confirmed``): the same
   words as 2.

Every word is lower case (capitalised names are the NER model's and the capitals rules'), a place or a
country as a whole is no name.

Example::

    context_name_spans("pickup 84 high street for mr jack day, cb 0831234567")  # [(29, 37, 'name')]
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import title_spans
from safe_synthesizer.utils.scripts import LATIN_LOWER

__all__ = ["PASSENGER_WORDS", "context_name_spans"]

_LOW = LATIN_LOWER
_WORD = rf"[{_LOW}][{_LOW}'’]*(?:-[{_LOW}]+)*"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|dos|das|du|ten|ter|vom|zu)"
_TOKEN = re.compile(rf"(?<![\w'’\-.@])(?:{_WORD})(?![\w'’\-@])")
# Travellers, residents and other people a booking or a complaint names, in the supported languages
# (the family and customer words are :data:`text_name_lower.ROLE_WORDS`).
PASSENGER_WORDS = frozenset(
    """passenger passengers pax rider traveller traveler passager passagère passagier passagierin passageiro
    passageira passasjer pasajero pasajera passeggero passeggera pasażer pasażerka cestující cestujúci utas
    matkustaja yolcu keleivis keleivė pasažieris pasažiere sõitja reisija putnik putnica potnik potnica pasager
    pasageră pasagerul resenär resenären resande reisende reisender fahrgast viajero viajera viaggiatore
    viaggiatrice voyageur voyageuse reiziger reizigster occupant occupier householder homeowner owner caller
    complainant visitor member contact""".split()  # noqa: SIM905
)
# Verbs of speech or contact that follow the person who does them (English and the supported languages).
_VERB_AFTER = re.compile(
    r"[ \t]+(?:rang|rings|called|calls|phoned|phones|says|said|asked|asks|emailed|texted|wrote|writes|reported|"
    r"reports|complained|complains|confirmed|confirms|requested|requests|wants|wanted|stated|states|agreed|"
    r"declined|refused|cancelled|canceled|answered|replied|explained|mentioned|informed|called back|"
    r"rief|ruft|sagt|sagte|meldete|schrieb|bestätigte|a appelé|appelle|a dit|dit|a rappelé|rappelle|llamó|"
    r"llama|dijo|dice|ha llamado|ha chiamato|chiama|dice|ha detto|belde|belt|zei|zegt|ringde|ringer|sa|säger|"
    r"ringede|sagde|siger|ringte|sier|dzwonił|dzwoniła|powiedział|powiedziała|ligou|disse|liga|diz|"
    r"volal|volala|soittaa|soitti|sanoi|aradı|dedi|a sunat|a spus|sună|spune|zvao|zvala|rekao|rekla|"
    r"poklical|poklicala|skambino|paskambino|zvanīja|helistas|felhívott|telefonált)(?![\w'’])"
)
# What may stand before a name opening its clause, and after a name that is a clause of its own.
_CLAUSE_BEFORE = re.compile(r"(?:^|[.,;:(\-–—][ \t]*|[.,;:\-–—][ \t]*\n[ \t]*)$")
_LONE_BEFORE = re.compile(r"(?:^|[;:(\-–—|][ \t]*)$")
# A spaced dash or a bar closes the clause too ("screening - roger dawson - employer confirmed").
_LONE_AFTER = re.compile(r"[ \t]*[,;()]|[ \t]+[\-–—|](?:[ \t]|$)")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(English function words, function words of any language, ordinary words and places, countries)."""
    from safe_synthesizer.pii.text_name_lower import _countries, _function_words, _never
    from safe_synthesizer.pii.text_ner import english_stop_words

    return english_stop_words(), _function_words(), _never(), _countries()


def _word_names() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import _WORD_NAMES

    return _WORD_NAMES


def _role_before(text: str, start: int) -> bool:
    """A title chain ends right before ``start`` (``mr``, ``dr.``, ``Frau``), or a role word does."""
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    head = text[max(0, start - 40) : start]
    m = re.search(r"([^\W\d_]+)\.?[ \t]+$", head)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in PASSENGER_WORDS or word in ROLE_WORDS:
        return True
    stripped = len(head.rstrip(" \t"))
    return any(b == stripped for _, b in title_spans(head))


def _words_ok(given: str, family: str, middle: list[str], *, titled: bool) -> bool:
    english_stop, function, never, countries = _vocab()
    first_names, last_names = given_names(), family_names()
    if family not in last_names and family.split("-")[-1] not in last_names:
        return False
    # After a title or role word a given name that is an English word counts too ("resident pearl banks").
    if given not in first_names and not (titled and given in _word_names()):
        return False
    if (given in english_stop and not (titled and given in _word_names())) or family in english_stop:
        return False  # "mr and mrs"; after a title "will" and "may" are given names ("mr will turner")
    if f"{given} {family}" in countries:
        return False
    # A short function word of another language is no surname ("de", "con", "per"); a long one may be
    # after a title or role word ("resident rita salvo").
    if family in function and (not titled or len(family) < 4):
        return False
    if any(w not in first_names and w not in last_names and not re.fullmatch(_PARTICLE, w) for w in middle):
        return False
    if titled:
        return True
    if given in function:
        return False
    # Without a title or role word one of the two must be no ordinary word or place ("mark rose" stays).
    return given not in never or family not in never


def context_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case full names after a title or role word, before a verb of speech, or standing alone
    in their clause (see the module docstring); overlaps are resolved by the caller. A note written all
    in capitals (``PICKUP FOR MR JACK DAY``) is read in lower case: its words carry no case either."""
    if not any(ch.islower() for ch in text) and any(ch.isupper() for ch in text):
        low = text.lower()
        return _lower_spans(low) if len(low) == len(text) else []  # "İ" lowers to two characters
    return _lower_spans(text)


def _lower_spans(text: str) -> list[tuple[int, int, str]]:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    first_names = given_names() | _word_names()
    places = gazetteers.all_cities() | gazetteers.all_regions()
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens) - 1:
        if tokens[i][2] not in first_names:  # cheap gate: most words of prose are no given name
            i += 1
            continue
        found = None
        for j in range(min(i + 3, len(tokens) - 1), i, -1):  # longest run first
            run = tokens[i : j + 1]
            if any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(run)):
                continue
            words = [w for _, _, w in run]
            if " ".join(words) in places:
                continue
            start, end = run[0][0], run[-1][1]
            head = text[max(0, start - 40) : start]
            if _role_before(text, start):
                titled = True
            elif (_VERB_AFTER.match(text, end) and _CLAUSE_BEFORE.search(head)) or (
                _LONE_BEFORE.search(head) and _LONE_AFTER.match(text, end)
            ):
                titled = False
            else:
                continue
            if _words_ok(words[0], words[-1], words[1:-1], titled=titled):
                found = (start, end, E.NAME)
                i = j + 1
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out
