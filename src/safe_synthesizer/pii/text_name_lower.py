"""Full names written in lower case in SMS, driver notes and dictated handovers.

``customer julie weiss wants ...``, ``paket bitte bei friedlinde ernst im 2. stock``, ``lämna
paketet hos karl johansson``, ``dejen el paquete con pepita arenas bermúdez``, ``bij sofia van
drenthe``, ``jättäkää paketti juhani valkama:lle``, ``αφηστε το δεμα στον ιερόθεος τρομπούκη``.
No capital marks these names, so the rule asks for three things at once:

1. the words: a listed given name first (a double one with a hyphen too: ``rolf-peter``), then
   optionally a second given name, particles (``van``, ``de``, ``'s``) or a first surname, and a
   listed family name last; or, as Hungarian writes them, a family name then a given name;
2. no word is a function word of any supported language, a common English word (WordNet's
   adjectives, verbs and adverbs; its nouns too for the surname), a town or a region: reviews
   (``love grace and ...``) keep their words;
3. a context: the word before is a role word (``customer``, ``daughter``, ``kunde``, ``kapıcı``),
   a function word of a note not in English (``bei``, ``chez``, ``hos``, ``con``, ``u``, ``kod``),
   a few contact verbs in English (``ask``, ``call``, ``attn``: English reviews write designers and
   singers in lower case after articles and prepositions, ``a tracy reese coat``, ``listening to
   john mayer``), or a Finnish case ending follows after a colon (``valkama:lle``); without one, in a
   note not in English, one of the two words must be absent from every vocabulary (nouns too) and the
   other no function word (``hier spricht carlos wieloch``, ``ring til jack jensen``, ``kiss györgy``).

Example::

    lower_name_spans("customer julie weiss wants drops at the side gate")  # [(9, 20, 'name')]
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names, greek_family, greek_given, greek_key

__all__ = ["ROLE_WORDS", "lower_name_spans"]

_LOW = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšșţțťŧũūŭůűųŵŷźżž\u03ac-\u03ce\u1f00-\u1ffe"
_TOKEN = re.compile(rf"(?<![\w'’])(?:'s|'t|[{_LOW}][{_LOW}'’]*(?:-[{_LOW}]+)*)(?![\w])")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
                        "ten", "ter", "vom", "zu", "'s", "'t", "af", "y", "i"))  # fmt: skip
# Words naming the person the next words are (English and the supported languages).
ROLE_WORDS = frozenset(
    """customer client caller patient tenant resident recipient neighbour neighbor daughter son wife husband
    mother father brother sister partner friend colleague guardian carer kunde kundin mieter mieterin patientin
    tochter sohn frau mann mutter vater nachbar nachbarin cliente client cliente locataire voisin voisine fille
    fils mère père femme mari hija hijo esposa esposo madre padre vecino vecina inquilino inquilina figlia figlio
    moglie marito vicino vicina klant huurder dochter zoon buurman buurvrouw moeder vader kund hyresgäst dotter
    granne mor far kunde lejer datter søn nabo leietaker klient najemca córka syn sąsiad sąsiadka cliente
    inquilino filha filho vizinho vizinha asiakas vuokralainen tytär poika naapuri müşteri kiracı kızı oğlu
    komşu kapıcı kapici zákazník nájemník dcera sousedka soused ügyfél bérlő lánya fia szomszéd stranka
    najmoprimac kći sin susjed susjeda client chiriaș fiica fiul vecin vecina πελάτης πελάτισσα ενοικιαστής
    κόρη γιος γείτονας γειτόνισσα mate buddy pal guest claimant applicant policyholder amigo amiga ami amie
    copain copine freund freundin kumpel kollege kollegin vriend vriendin amico amica collega compañero compañera
    colega collègue gast ospite huésped hóspede assuré assurée assicurato assicurata asegurado asegurada verzekerde
    versicherungsnehmer versicherungsnehmerin segurado segurada grandchild grandson granddaughter grandmother
    grandfather grandma grandpa nephew niece cousin stepson stepdaughter enkel enkelin enkelsohn enkeltochter
    petit-fils petite-fille nieto nieta neto neta nipote kleinzoon kleindochter kleinkind""".split()  # noqa: SIM905
)
# Finnish writes case endings of names it cannot inflect after a colon ("valkama:lle", "salo:n").
_CASE_ENDING = re.compile(r":[a-zäö]{1,4}(?![\w])")


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Words that are no part of a lower-case name: function words, English words, places."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    words = latin_stop_words() | common_words() | english_vocabulary(("adj", "verb", "adv"))
    return frozenset(words | gazetteers.all_cities() | gazetteers.all_regions()) - _PARTICLES


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("noun",))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    greek = {"στον", "στην", "στο", "τον", "την", "του", "της", "με", "για", "και", "ο", "η"}
    return latin_stop_words() | frozenset(greek)


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names) that are no ordinary word; built once."""
    never = _never()
    return given_names() - never, family_names() - never


def _given(word: str) -> bool:
    if _GREEK.search(word):
        return greek_key(word) in greek_given()
    return word.split("-")[0] in _sets()[0] and word not in _never()


def _family(word: str) -> bool:
    if _GREEK.search(word):
        return greek_key(word) in greek_family()
    family = _sets()[1]
    return (word in family or word.split("-")[-1] in family) and word not in _never()


def _after_particle(word: str) -> bool:
    """The surname after a particle ("sofia van drenthe"): the particle marks it, any word but a
    function word may be one (Dutch surnames are often places)."""
    return not _GREEK.search(word) and word not in _function_words() and word not in _nouns()


def _middle(word: str) -> bool:
    return word in _PARTICLES or _given(word) or _family(word)


# In English notes only these words (and role words) cue a lower-case name: reviews write designers and
# singers in lower case after articles and prepositions ("a tracy reese coat", "by tracy reese",
# "listening to john mayer", "from rana gill").
_ENGLISH_CUES = frozenset(("attn", "c/o", "ask", "call", "tell", "contact", "ring", "phone", "email"))


# Salutations and "parents of"-style phrases: the person addressed or spoken of follows ("Dear parents of
# kristen smith", "Geachte ashley vos", "Estimada lucía pérez").
_ADDRESSED = re.compile(
    r"(?i:(?<![\w'’])(?:dear|geachte|beste|liebe|lieber|sehr geehrte|sehr geehrter|estimado|estimada|estimado/a|"
    r"querido|querida|gentile|caro|cara|cher|chère|parents of|mother of|father of|family of|parents de|parent de|"
    r"padres de|genitori di|eltern von|ouders van|pais de))[ \t]+$"
)


def _addressed(text: str, start: int) -> bool:
    return bool(_ADDRESSED.search(text, max(0, start - 30), start))


def _cued(text: str, end: int, before: str | None, english: bool) -> bool:
    cues = _ENGLISH_CUES if english else _function_words()
    if before is not None and (before in ROLE_WORDS or before == "dear" or before in cues):
        return True
    return bool(_CASE_ENDING.match(text, end))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names (Faker's English list), lower case: "costa rica" is no person."""
    from faker.providers.address.en_US import Provider

    return frozenset(c.lower() for c in Provider.countries)


def _strict(words: list[str], forward: bool) -> bool:
    """Two words no vocabulary holds (nor as a noun): a given and a family name without a cue
    (Hungarian writes the family name first)."""
    if len(words) != 2 or any(_GREEK.search(w) for w in words):
        return False
    given, family = words if forward else words[::-1]
    return all(w not in _nouns() for w in words) and given in given_names() and family in family_names()


def _strong(word: str, names: frozenset[str], nouns: bool = False) -> bool:
    """A listed name that is no function word, common English word or place (``nouns``: no English
    noun either; WordNet's nouns hold famous surnames such as ``jensen`` as well as ``rose``)."""
    return word in names and word not in _never() and not (nouns and word in _nouns())


def _weak(word: str, names: frozenset[str]) -> bool:
    """A listed name that may also be a word or a town ("jack", "junk", "kiss", "irma"), but no
    function word of any language ("und", "de", "per") and no country."""
    return word in names and word not in _function_words() and word not in _countries()


# Particles of a family name; conjunctions and articles ("y", "i", "la") join words of prose too.
_LOOSE_PARTICLES = frozenset(("van", "von", "der", "den", "de", "ten", "ter", "vom", "zu", "'t", "da", "di", "dos",
                              "das", "du", "del", "della"))  # fmt: skip


def _loose(words: list[str]) -> str:
    """A given and a family name in a note not in English (``ring til jack jensen``, ``hier spricht
    carlos wieloch``, ``kiss györgy``): both listed, at least one of them no word of any vocabulary;
    particles may stand between (``van de kooij``). Hungarian order (family first) counts for two words.
    Returns ``"forward"``, ``"backward"`` or ``""``."""
    if any(_GREEK.search(w) for w in words) or not 2 <= len(words) <= 4:
        return ""
    if words[-1] in _PARTICLES:
        return ""
    given, family = given_names(), family_names()
    first, last = words[0], words[-1]
    forward = (_strong(first, given) and _weak(last, family)) or (_weak(first, given) and _strong(last, family))
    middles = words[1:-1]
    if middles and all(w in _LOOSE_PARTICLES for w in middles):  # a particle marks the surname ("de hoogh")
        # The surname may be an English noun ("mathias da costa") when the given name is no word at all.
        ok = _weak(first, given) and _weak(last, family) and (last not in _nouns() or _strong(first, given))
        return "forward" if ok else ""
    if middles:
        # Spanish and Portuguese write two surnames, and many a second given name ("mateo serrato espino",
        # "julio césar vélez romo", "enzo gabriel da cunha"): every word a listed name that is no function
        # word (or a particle), the last no English noun, and one of them no word of any vocabulary.
        names_ok = all(_weak(w, family) or _weak(w, given) or w in _LOOSE_PARTICLES for w in middles)
        strong = any(_strong(w, given | family, True) for w in words)
        ok = names_ok and strong and _weak(first, given) and _weak(last, family) and last not in _nouns()
        return "forward" if ok else ""
    # Family name first (Hungarian) is the rarer order: both words must be no English noun either.
    backward = (_strong(first, family, True) and _weak(last, given)) or (
        _weak(first, family) and _strong(last, given, True)
    )
    return "forward" if forward else "backward" if backward else ""


@lru_cache(maxsize=1)
def _hungarian_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return _stop_words_of_others() & spacy_hu() - latin_stop_words()


def spacy_hu() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("hu",))


def _hungarian(text: str) -> bool:
    """A Hungarian function word only Hungarian has ("után", "és", "hogy") or a letter only it writes."""
    low = text.lower()
    return "ő" in low or "ű" in low or any(w.lower() in _hungarian_words() for w in _WORD.findall(text))


@lru_cache(maxsize=1)
def _stop_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(function words only English has, function words only other languages have)."""
    from safe_synthesizer.pii.text_cued_names import latin_stop_words
    from safe_synthesizer.pii.text_ner import english_stop_words as _english_stop_words

    english = _english_stop_words()
    others = latin_stop_words() - english
    return english - _stop_words_of_others(), others


def _stop_words_of_others() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "pl", "cs", "sk", "sl", "hr", "hu",
                             "fi", "tr", "ro", "el", "lt", "lv", "et"))  # fmt: skip


_WORD = re.compile(r"[^\W\d_]+")


def _english_text(text: str) -> bool:
    """Not shown to be in another language: a Greek note, or more function words only other
    languages have than function words only English has. Words shared by English and another
    language (``a``, ``no``, ``to``, ``my``) say nothing; three words with letters English does
    not write say it is not; a tie (a short title) counts as English, the careful side."""
    if _GREEK.search(text):
        return False
    english, others = _stop_lists()
    words = [w.lower() for w in _WORD.findall(text)]
    # Three or more words with letters English does not write ("hagyjátok", "szomszédnál"): not English.
    if sum(not w.isascii() for w in words) >= 3:
        return False
    if _mostly_unknown(words):
        return False
    return sum(w in others for w in words) <= sum(w in english for w in words)


def _mostly_unknown(words: list[str]) -> bool:
    """Two thirds of the words of 3+ letters are no English word of any kind (spaCy's stop lists miss
    Swedish "hos" and "ej": "paketet lämnat hos grannen, ... ej hemma" has no function word to go by).
    English notes, names and codes included, keep well over a third of known words."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_ner import english_stop_words

    long = [w for w in words if len(w) >= 3]
    if len(long) < 5:
        return False
    vocabulary = english_vocabulary()
    if not vocabulary:  # no spaCy model: nothing to go by
        return False
    known = sum(w in vocabulary or w in english_stop_words() for w in long)
    return known * 3 < len(long)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` on its line (any case, lowered), if only spaces part them."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else None


def _listed_pair(words: list[str]) -> bool:
    """A listed given name and a listed family name, neither a function word nor a place."""
    given, family = words
    if any(_GREEK.search(w) or w in _function_words() for w in words):
        return False
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return given in given_names() and family in family_names() and given not in places and family not in places


def lower_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case full names (see the module docstring); overlaps are resolved by the caller."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    given, family = _sets()
    english: bool | None = None  # the note's language, looked at once a candidate shows up
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens) - 1:
        head = tokens[i][2]
        # Cheap test first: most words of prose are no name of either kind.
        if (
            head.split("-")[0] not in given
            and head not in family
            and not _GREEK.search(head)
            and head not in given_names()
            and head not in family_names()
        ):
            i += 1
            continue
        found = None
        for j in range(min(i + 4, len(tokens) - 1), i, -1):  # longest run first
            run = tokens[i : j + 1]
            # The words of one name are separated by single spaces or tabs only.
            if any(text[a[1] : b[0]] not in (" ", "\t") for a, b in itertools.pairwise(run)):
                continue
            words = [w for _, _, w in run]
            if not all(w.islower() for w in words if w not in ("'s", "'t")):
                continue
            before = _word_before(text, run[0][0])
            if before is not None and before not in ROLE_WORDS and _addressed(text, run[0][0]):
                before = "dear"  # a salutation or "parents of" names the person next, as a role word does
            last_ok = _family(words[-1]) or (len(words) > 2 and words[-2] in _PARTICLES and _after_particle(words[-1]))
            forward = _given(words[0]) and last_ok and all(_middle(w) for w in words[1:-1])
            backward = len(words) == 2 and _family(words[0]) and _given(words[1])
            if not (forward or backward) and (before in ROLE_WORDS or before == "dear") and len(words) == 2:
                # A role word says a person follows: given and family names that are also English
                # words count ("customer james young", "Daughter amber west").
                forward = _listed_pair(words)
            if english is None:
                english = _english_text(text)
            loose = "" if english else _loose(words)
            if loose == "backward" and not _hungarian(text):
                loose = ""  # family name first is the Hungarian order ("kiss györgy"); "la rosa blanca" is prose
            # "ring johanna nilsson": the given name starts the name that follows, not this one.
            if loose == "backward" and j + 1 < len(tokens) and text[run[-1][1] : tokens[j + 1][0]] == " ":
                nxt = tokens[j + 1][2]
                loose = "" if nxt in family_names() and nxt not in _function_words() else loose
            if not (forward or backward or loose):
                continue
            joined = " ".join(words)
            if joined in _countries() or joined in gazetteers.all_cities() or joined in gazetteers.all_regions():
                continue
            # Without a cue only non-English notes: English prose names designers in lower case.
            if loose or _cued(text, run[-1][1], before, english) or (not english and _strict(words, forward)):
                found = (run[0][0], run[-1][1], E.NAME)
                i = j + 1
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out
