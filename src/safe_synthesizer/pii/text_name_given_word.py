"""Is a capitalised word a given name, where a cue in the sentence already says a person is meant?

The cue rules of :mod:`text_name_given_cues` (``Kids: Adriana and Katrina``, ``Contact Pilar (daughter)``,
``Carer Aura collects``, ``prefers to be called Candela``, ``Mariano will call back``) differ in how strongly the
cue marks a person, so the word after (or before) the cue is checked at two strengths:

- **cued** (the cue alone names a person: a list of children, a bracketed relation, a role noun): the word is
  capitalised (each part of a double name), a listed given name of some covered locale and no English or
  two-letter function word, weekday, title or country. Many given names are also places or words (``Pilar``,
  ``Marina``, ``Victoria``, ``Aura``, ``Candela``, ``Hugo``): after such a cue they are names, which
  :func:`text_name_for_whom.lone_given_name` rejects.
  Calendar words that are given names (``April``, ``June``, Spanish ``Domingo``) only where the caller allows
  them (``months``: a list whose other items are names, a role noun and an age in brackets).
- **strict** (the cue is weaker, a verb after a sentence's subject): moreover no common word of any language,
  no English adjective, verb or adverb (``Will called``, ``Hope says``, ``Pat rang`` stay).

Example::

    given_word("Pilar")  # True
    given_word("Pilar", strict=True)  # False: a Spanish word (pillar)
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["NAME_WORD", "given_word", "lower_words"]

# A capitalised word of a Latin script, a double name joined by a hyphen ("Heinz-Otto", "Marie-Ève").
NAME_WORD = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_PART = re.compile(rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?")
_MONTHS = frozenset(
    """january february march april may june july august september october november december januar februar märz
    juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile
    maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus""".split()  # noqa: SIM905
)
_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag
    sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag christmas easter""".split()  # noqa: SIM905
)


# Punctuation and digits become spaces; a hyphen stays inside a word ("petits-enfants", "aide-soignante").
_SPACES = str.maketrans({ch: " " for ch in "0123456789.,;:!?()[]{}\"'‘’“”«»„/\\|*+=&%$#@<>~^`_–—…•·"})


@lru_cache(maxsize=8)
def lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, split at spaces, punctuation and digits (a hyphened word stays one):
    the cheap test each cue rule makes (is any of its cue words there?) before its regex, kept for the few rules
    that ask about the same cell."""
    return frozenset(text.lower().translate(_SPACES).split())


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Function words of the main Latin-script languages, and country names: never a name after a cue."""
    from faker.providers.address.en_US import Provider as Address

    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return latin_stop_words() | {c.lower() for c in Address.countries}


@lru_cache(maxsize=1)
def _english_stops() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("en",))


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    """Common words and English adjectives, verbs and adverbs: a strict cue takes none of them (nouns stay out,
    since WordNet lists given names as nouns)."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return common_words() | english_vocabulary(("adj", "verb", "adv"))


def given_word(word: str, *, strict: bool = False, months: bool = False) -> bool:
    """``word`` is a given name after a cue of the given strength (see the module docstring)."""
    parts = word.split("-")
    if not all(_PART.fullmatch(p) for p in parts):
        return False
    low = word.lower()
    first = parts[0].lower()
    if first not in given_names() or is_title(word):
        return False
    if (low in _MONTHS or low in _WEEKDAYS) and not months:
        return False
    # "Sara" is unaccented Italian "sarà", "Tom" Polish for a volume: function words of another language, yet
    # names after a cue; English ones ("Can", "May", "Else") and two-letter ones ("Jo", "El") never are.
    if low in _stops() and (strict or len(low) <= 2 or low in _english_stops()):
        return False
    return not (strict and (low in _ordinary() or first in _ordinary()))
