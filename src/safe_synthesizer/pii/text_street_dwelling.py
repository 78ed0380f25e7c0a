"""A street named where a person lives: after a verb of dwelling (``habite``, ``wohnt``, ``vive``, ``mora``,
``woont``, ``abita``, ``lives``), maybe a time adverb (``désormais``, ``jetzt``, ``ahora``) and a place preposition
(``in der``, ``en``, ``na``, ``aan``), the phrase up to the stop is the home: a street when it holds a street-type
word of any Faker locale or of the closed list below, alone (``avenue Gaudin``, ``cours Napoléon``), or glued to a
capitalised name (``Schlosserring 183``), with or without a house number.

Why: the street layouts read a type word with a house number, or a few types without one after a short list of
prepositions (:mod:`text_street_cued_alone`); a change of address notice writes the home after the verb of
dwelling, an adverb between (``habite désormais avenue Henry.``), the type in lower case, glued types Faker's
Dutch and Swedish lists hold but the glued layout leaves out as ordinary endings (``-ring``), and French types
Faker lacks (``cours``, ``cité``). The verb is the cue (a closed class in many languages, :data:`DWELLING_VERBS`),
the type word the evidence; a town after the verb (``habite désormais à Lyon``) holds no type word and is left.

Cost: one precompiled search for a dwelling verb per note (most notes stop there).

Example::

    dwelling_street_spans("Déménagement : Luc Brun habite désormais avenue Gaudin. Merci")  # [(33, 46, ...)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

# Verbs of dwelling and moving house, third person (a closed class), in the languages of the supported locales.
DWELLING_VERBS = (
    "lives", "resides", "moved to", "has moved to", "habite", "vit", "réside", "demeure", "a déménagé", "vive",
    "reside", "se mudó a", "se ha mudado a", "mora", "mudou-se para", "mudou para", "abita", "risiede",
    "si è trasferito", "si è trasferita", "wohnt", "lebt", "zieht", "ist umgezogen", "woont", "verhuisd naar",
    "bor", "bydlí", "býva", "mieszka", "locuiește", "lakik", "asuu", "yaşıyor", "oturuyor", "tinggal", "anaishi",
    "anakaa", "živi", "stanuje", "bor nu", "yezdeɣ", "noho", "nofo", "vive ora", "stà", "sta",
)  # fmt: skip
ADVERBS = (
    "now", "désormais", "maintenant", "actuellement", "ahora", "actualmente", "agora", "atualmente", "ora",
    "adesso", "jetzt", "nun", "inzwischen", "nu", "tegenwoordig", "nyt", "nå", "teraz", "şimdi", "sekarang", "sasa",
)  # fmt: skip
PREPOSITIONS = (
    "at", "on", "in", "in der", "in den", "im", "am", "an der", "auf der", "à", "au", "aux", "en", "em", "na", "no",
    "nas", "nos", "aan", "op", "in de", "a", "ad", "nel", "nella", "nei", "in via", "sur", "dans", "la", "i", "deg",
    "w", "v", "ve", "di", "kwenye", "mtaa", "u", "ki",
)  # fmt: skip
ARTICLES = ("the", "de", "het", "la", "le", "les", "l'", "der", "die", "das", "el", "il", "lo")
# French, Iberian and Italian street types Faker's lists lack (a closed class of the countries' address bases).
MORE_TYPES = (
    "cours", "cité", "servitude", "sentier", "passage", "ruelle", "venelle", "traverse", "hameau", "lotissement",
    "résidence", "faubourg", "promenade", "esplanade", "parvis", "square", "villa", "clos", "mail", "rond-point",
    "lieu-dit", "quartier", "travessa", "beco", "largo", "vale", "setor", "quadra", "lugar", "barrio",
    "urbanización", "colonia", "vicolo", "contrada", "borgata", "frazione", "località",
)  # fmt: skip
# Words after which the phrase is no street (a town, a country, a household).
_NOT_HOME = frozenset({"with", "avec", "con", "mit", "met", "com", "bei", "chez", "près", "near"})
_MIN_GLUE = 3
_MAX_TOKENS = 7
_STOP = re.compile(r"[.;!?()\n]|,(?![ \t]*(?:[A-Za-z.]{1,6}[ \t]?)?\d+(?:[ \t]*[.;!?\n]|$))|$")
_TOKEN = re.compile(r"[^\W_][\w'’\-.]*|\d[\w/\-]*|[#№]\s?\d+")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


_CUE = re.compile(
    rf"(?<![\w\-])(?i:{_alternation(DWELLING_VERBS)})(?:[ \t]+(?i:{_alternation(ADVERBS)}))?"
    rf"(?:[ \t]+(?i:{_alternation(PREPOSITIONS)}))?(?:[ \t]+(?i:{_alternation(ARTICLES)}))?[ \t]+(?=\S)"
)


@lru_cache(maxsize=1)
def street_types() -> frozenset[str]:
    """Street-type words (lower case, three letters or more) of every Faker address locale, plus :data:`MORE_TYPES`."""
    from faker.config import AVAILABLE_LOCALES

    words: set[str] = set(MORE_TYPES)
    for locale in AVAILABLE_LOCALES:
        try:
            words |= {w for w in gazetteers.locale_street_words(locale) if len(w) >= 3 and " " not in w}
        except (AttributeError, ImportError, KeyError):
            continue
    return frozenset(words)


def _is_type(token: str, types: frozenset[str]) -> bool:
    """``token`` is a street type, or a capitalised name glued to one (``Schlosserring``, ``Mayabaan``)."""
    word = token.casefold().rstrip(".")
    if word in types:
        return True
    if not token[:1].isupper() or not token.isalpha():
        return False
    return any(word.endswith(t) and len(word) - len(t) >= _MIN_GLUE for t in types if t.isalpha() and len(t) >= 3)


def _name_end(words: list[str], types: frozenset[str]) -> int:
    """Tokens of the street: a lower-case word that is no type and no particle before a name (``in May``, ``depuis
    mai``, after a house number any lower-case word) ends it."""
    for i, word in enumerate(words[1:], start=1):
        if not word.isalpha() or not word.islower() or _is_type(word, types):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if words[i - 1][:1].isdigit() or not (after[:1].isupper() or after[:1].isdigit()):
            return i
    return len(words)


def dwelling_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street spans after a verb of dwelling (see the module docstring); ``[]`` for most notes.

    Example::

        dwelling_street_spans("Umzug: Jörg Stoll wohnt jetzt in Schlosserring 183. Gruß")  # "Schlosserring 183"
    """
    out: list[tuple[int, int, str]] = []
    for cue in _CUE.finditer(text):
        start = cue.end()
        stop = _STOP.search(text, start)
        end = stop.start() if stop else len(text)
        tokens = list(_TOKEN.finditer(text, start, end))[:_MAX_TOKENS]
        first = tokens[0].group() if tokens else ""
        if (
            not first
            or first.casefold() in _NOT_HOME
            or not (first[:1].isupper() or first[:1].isdigit() or _is_type(first, street_types()))
        ):
            continue  # the home opens right after the cue ("lives alone at ...": another reader's)
        types = street_types()
        tokens = tokens[: _name_end([t.group() for t in tokens], types)]
        words = [t.group() for t in tokens]
        typed = [i for i, w in enumerate(words) if w.isalpha() and _is_type(w, types)]
        named = [w for i, w in enumerate(words) if i not in typed and (w[:1].isupper() or w[:1].isdigit())]
        if not typed or not named:
            continue
        lead = 1 if words[0][:1].isdigit() else 0
        if typed[0] - lead > 3:
            continue  # the type opens the phrase or ends a short name: "avenue Gaudin", "14 Kafue Road"
        out.append((start, tokens[-1].end(), E.STREET_ADDRESS))
    return out
