"""How plausible a lower-case word is as a given or a family name, for the cue rules of dictated memos.

A lower-case note gives no capital to go by, so each word of a candidate name is sorted by the lists
and vocabularies at hand:

- given names: ``"strong"`` (a listed given name that is no function word, no common English word, no
  place, no word of the Faker word lists of German, French, Spanish, Italian or Dutch, and none of the
  given names that are ordinary words: ``anna``, ``dominic``), ``"weak"`` (listed, but also a word or a
  place: ``will``, ``mark``, ``rose``, ``paris``, ``rosa``, ``luz``) or ``""``;
- family names: ``"strong"`` (listed and no word of any vocabulary, nouns included: ``hernandez``,
  ``müller``), ``"word"`` (listed and also a word or a place: ``hall``, ``walker``, ``koch``, ``visser``),
  ``"unknown"`` (no list holds it and no vocabulary either, nor an inflected English word: ``brakowitz``)
  or ``""`` (a word, a function word, a month).

Rules then ask a strong given name before any family name kind, or a weak given name before a strong
family name only: ``spoke to will about the bill`` and ``la rosa blanca`` keep their words.

Example::

    given_kind("jessica"), given_kind("will"), family_kind("hall"), family_kind("brakowitz")
    # ('strong', 'weak', 'word', 'unknown')
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names

__all__ = ["family_kind", "function_word", "given_kind", "other_words"]

# Time words, courtesy words and office words of the seven languages that the Faker word lists lack.
_EXTRA_WORDS = frozenset(
    """bitte danke graag merci prego dank heer mevrouw meneer rechnung factuur fattura factura facture heizung
    termin afspraak rendez cita appuntamento rückruf terugbellen rappel paket pakket colis paquete pacco
    lieferung levering livraison consegna entrega angebot offerte devis preventivo presupuesto kunde klant
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi
    dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì
    sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januar februar märz mai juni
    juli oktober dezember janvier février mars avril juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio
    febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus
    asap tmrw tomorrow today tonight yesterday morning afternoon evening noon re fyi pls thx ok okay
    team admin support system service office desk shift staff manager""".split()  # noqa: SIM905
)
# Given names that are everyday words (English and the other languages): weak.
_WORDY_GIVEN = frozenset(
    """will may mark grace long rose june hope joy faith sky summer dawn bill jack pat sue rob art amber iris lily
    daisy ruby pearl jade ivy hazel holly heather violet olive ginger candy crystal sandy sunny star rich king
    frank gene ray guy chase dale glen lane wade drew miles max rex mercy angel april august sage river rain
    storm happy honey cherry berry brook cliff don dot earl fern forest gay gray grey hunter jewel major mason
    page penny price rocky rusty scout stone young cash rock royal baker carter cook clay carol noel bob
    carmen mercedes paris florence york leon sol luz rosa pierre blanca dolores consuelo pilar rocío paz
    bella mia fleur rosé""".split()  # noqa: SIM905
)

# Family names that are everyday nouns or adjectives of the seven languages (cook, fisher, miller, smith,
# wolf, wood, white, dark): words, so a weak given name before them is no name.
_WORDY_FAMILY = frozenset(
    """koch fischer müller schmidt schmied wolf bos kok visser smit smith bakker boer de jong blanco moreno
    rubio delgado calvo bravo rosa leone fabbro ferrari pierre lefebvre blanc petit grand noir vert roux
    weiss schwarz braun klein lang kurz baker cook miller fisher wood hill stone blanche blanca bianco bianca
    rosso rossa rouge nero nera verde""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def other_words() -> frozenset[str]:
    """Words of German, French, Spanish, Italian and Dutch (Faker's word lists) and a few office words."""
    words: set[str] = set(_EXTRA_WORDS)
    for locale in ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"):
        try:
            module = importlib.import_module(f"faker.providers.lorem.{locale}")
        except ImportError:  # pragma: no cover - Faker ships these
            continue
        words |= {w.lower() for w in module.Provider.word_list}
    # The Spanish list is one of frequent words of speech and holds names ("josé", "garcía"): names count
    # as words only where they are words of the languages ("rosa", "blanco", "kok", "visser").
    names = given_names() | _families()
    return frozenset(w for w in words if w not in names) | _WORDY_GIVEN | _WORDY_FAMILY


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(function words of every language, common English words and adjectives/verbs/adverbs, English nouns,
    places), lower case; built once."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, spacy_stop_words

    # The seven languages' function words: those of Lithuanian or Czech hold names ("ana", "tom").
    stop = spacy_stop_words(("en", "de", "fr", "es", "it", "nl"))
    words = common_words() | english_vocabulary(("adj", "verb", "adv")) | _irregular_forms()
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return frozenset(stop), frozenset(words), english_vocabulary(("noun",)), frozenset(places)


@lru_cache(maxsize=1)
def _irregular_forms() -> frozenset[str]:
    """Irregular English forms ("got", "wore", "bought"): WordNet's index lists lemmas only."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from safe_synthesizer.pii.text_detector import SPACY_MODEL

        root = get_package_path(SPACY_MODEL)
        paths = list(root.glob("*/lemmatizer/lookups")) or list(root.glob("lemmatizer/lookups"))
        table = Lookups().from_disk(paths[0]).get_table("lemma_exc")
    except (ImportError, OSError, IndexError, KeyError):
        return frozenset()
    return frozenset(w for pos in table for w in table[pos] if w.isalpha())


@lru_cache(maxsize=1)
def _families() -> frozenset[str]:
    return family_names() | gazetteers.last_names()


@lru_cache(maxsize=1)
def _english_stop() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("en",))


def function_word(word: str) -> bool:
    """A function word of any supported language (``und``, ``de``, ``per``, ``the``)."""
    return word in _vocab()[0]


def _inflected(word: str) -> bool:
    from safe_synthesizer.pii.text_name_lower_cues import _inflected as inflected

    return inflected(word)


@lru_cache(maxsize=8192)
def given_kind(word: str) -> str:
    """``"strong"``, ``"weak"`` or ``""`` (see the module docstring); ``word`` in lower case."""
    stop, words, _, _ = _vocab()
    head = word.split("-")[0]
    if len(word) < 2 or head not in given_names() or word in _english_stop():
        return ""
    if word in stop:
        return "weak" if len(word) >= 3 else ""  # Italian "sara", "mila": a word of one language
    # Places weigh on given names only through the list above ("paris", "florence"): most given names
    # name a town somewhere ("marco").
    if word in words or word in other_words():
        return "weak"
    return "strong"


@lru_cache(maxsize=8192)
def family_kind(word: str) -> str:
    """``"strong"``, ``"word"``, ``"unknown"`` or ``""`` (see the module docstring); ``word`` in lower case."""
    stop, words, nouns, places = _vocab()
    if len(word) < 2 or word in _EXTRA_WORDS or word in _english_stop():
        return ""
    listed = word in _families() or word.split("-")[-1] in _families()
    if word in stop:
        return "word" if listed and len(word) >= 4 else ""  # German "allen": a word of one language
    wordy = word in words or word in nouns or word in places or word in other_words() or word in _WORDY_GIVEN
    if listed:
        return "word" if wordy else "strong"
    if len(word) < 3 or not word.replace("-", "").replace("'", "").isalpha():
        return ""
    if word in places and not (word in words or word in nouns or word in other_words()):
        return "word"  # Dutch and English family names are often places ("oosterwijk", "hamilton")
    if wordy or _inflected(word):
        return ""
    return "unknown"


def pair_ok(given: str, family: str) -> bool:
    """A given name and a family name after a cue: a strong given name before any family name kind, or a
    weak given name before a strong family name."""
    g, f = given_kind(given), family_kind(family)
    return bool(f) and (g == "strong" or (g == "weak" and f == "strong"))
