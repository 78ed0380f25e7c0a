"""The name a person wants to be called by: ``Prefers to be called Candela.``, ``goes by Bea``, ``known as
Tomek``, ``call her Ximena``, ``likes to be called Wim``, ``Rufname: Jupp``, ``se fait appeler Lulu``, ``prefiere
que le llamen Nacho``, ``si fa chiamare Gigi``, ``wil graag Joke genoemd worden``, ``roepnaam Fenna``.

Hotel, clinic and school profiles keep the name a person prefers, often a short form that is no listed name
(``Bea``, ``Nacho``, ``Gigi``) and always a lone capitalised word, which no pair rule takes. The phrase is the cue:

- after a phrase that only ever introduces a name (``prefers to be called``, ``likes to be called``, ``Rufname``,
  ``se fait appeler``, ``si fa chiamare``, ``roepnaam``...), a capitalised word that is a cued given name
  (:func:`text_name_given_word.given_word`) or no ordinary word at all (no common word of any language, English
  word or place: ``Bea``, ``Nacho``), maybe in quotes;
- after one that may introduce other things (``goes by`` a bus, ``known as`` the best, ``call her`` back), a listed
  given name that is no ordinary word (:func:`given_word` strict).

The Dutch ``wil graag X genoemd worden`` and German ``möchte X genannt werden`` put the name before the verb.

Example::

    called_name_spans("Complained about noise. Prefers to be called Candela.")  # [(45, 52, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word, lower_words

__all__ = ["called_name_spans"]

_Q = r"[ \t]*[\"'‘’“”«»„]?[ \t]*"
_STRONG = (
    r"(?:prefers?|likes?|wants?|wishes|asks|asked|would[ \t]+like)[ \t]+to[ \t]+be[ \t]+(?:called|addressed[ \t]+as|"
    r"known[ \t]+as)|preferred[ \t]+name[ \t]*(?:is|:|-)?|nickname[ \t]*(?:is|:|-)?|rufname[ \t]*(?:ist|:|-)?|"
    r"spitzname[ \t]*(?:ist|:|-)?|wird[ \t]+gerufen|nennt[ \t]+sich|lässt[ \t]+sich[ \t]+(?:\w+[ \t]+)?nennen|"
    r"se[ \t]+fait[ \t]+appeler|préfère[ \t]+(?:qu['’]on[ \t]+l['’]appelle|être[ \t]+appel[ée]e?)|surnom[ \t]*:?|"
    r"prefiere[ \t]+que[ \t]+(?:le|la|lo)[ \t]+llamen|se[ \t]+hace[ \t]+llamar|apodo[ \t]*:?|"
    r"preferisce[ \t]+essere[ \t]+chiamat[oa]|si[ \t]+fa[ \t]+chiamare|soprannome[ \t]*:?|"
    r"roepnaam[ \t]*(?:is|:|-)?|noemt[ \t]+zich|laat[ \t]+zich[ \t]+(?:\w+[ \t]+)?noemen|a\.?k\.?a\.?"
)
_WEAK = (
    r"goes[ \t]+by|known[ \t]+as|call[ \t]+(?:him|her|them)|calls[ \t]+(?:himself|herself)|genannt|"
    r"conocid[oa][ \t]+como|le[ \t]+dicen|conosciut[oa][ \t]+come|dett[oa]|bekend[ \t]+als|dite?"
)
_AFTER = re.compile(rf"(?<![\w\-])(?i:(?P<strong>{_STRONG})|(?P<weak>{_WEAK})){_Q}(?P<name>{NAME_WORD})(?![\w\-])")
# "wil graag Joke genoemd worden", "möchte Jupp genannt werden": the name before the verb.
_BEFORE = re.compile(
    rf"(?<![\w\-])(?i:wil[ \t]+(?:graag[ \t]+)?|möchte[ \t]+(?:gern[ \t]+|gerne[ \t]+)?|will[ \t]+){_Q}"
    rf"(?P<name>{NAME_WORD}){_Q}(?i:genoemd[ \t]+worden|genannt[ \t]+werden)"
)


# A word of every cue phrase above: a text with none of them skips the case-insensitive patterns.
_CUE_WORDS = frozenset(
    """called addressed known name nickname rufname spitzname gerufen nennt nennen appeler appelle appelée appelé
    surnom llamen llamar apodo chiamato chiamata chiamare soprannome roepnaam noemt noemen aka goes call calls
    genannt conocido conocida dicen conosciuto conosciuta detto detta bekend dit dite genoemd""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | place_names() | english_vocabulary() | latin_stop_words()


def _nickname(word: str) -> bool:
    """A capitalised word of no list of ordinary words: a short form after a phrase that names a name."""
    return word.lower() not in _ordinary() and word.split("-")[0].lower() not in _ordinary()


def called_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names a person is called by (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    if not lower_words(text) & _CUE_WORDS:
        return out
    for m in _AFTER.finditer(text):
        name = m.group("name")
        ok = given_word(name) or _nickname(name) if m.group("strong") else given_word(name, strict=True)
        if ok:
            out.append((m.start("name"), m.end("name"), E.FIRST_NAME))
    for m in _BEFORE.finditer(text):
        if given_word(m.group("name")) or _nickname(m.group("name")):
            out.append((m.start("name"), m.end("name"), E.FIRST_NAME))
    return out
