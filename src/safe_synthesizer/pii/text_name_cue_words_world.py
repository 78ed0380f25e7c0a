"""A capitalised name after a person cue of a language the title table and the English cues leave out: church and
courtesy titles (``Avvisare Mons. Gasbarri al ...``, ``Msgr.``, ``Fra``, ``Suor``, ``Padre``, ``Mgr``), the Māori
personal article after a preposition (``Waea atu ki a Māia i 026 ...``), and the welcome, thanks and call
formulas of notes and announcements (``Welkom Ivette Rijna (Imkepad 3)!``, ``Hartelijk dank aan Shurendy Cijntje``,
``Muchas gracias a ... y a Aziza``, ``Bienvenue à Hiro Temaru,``, ``A warm welcome to Mussie Nathaniel``,
``Congratulations to Amna Elamin on ...``, ``Would Goitom Tekle please come to the front desk``).

Why: :mod:`titles` holds the forms of address of the main languages and the NER model reads English cues; a
title of the church (Italian ``Mons.``), a Polynesian article, or a Dutch, French or Spanish thanks leaves the
name after it to the model, which keeps one word of an unlisted pair (``Nathaniel`` of ``Mussie Nathaniel``) or
none. The cue is a closed class word of its language; the name after it is one to three capitalised words (particles
inside) each of which reads as a name (:func:`text_name_word_kinds.name_word`, ``"sure"``), ending at punctuation,
a lower-case word or a digit.

Example::

    cue_word_name_spans("Annullato per maltempo. Avvisare Mons. Gasbarri al 341 378 1261.")
    # [(38, 46, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_runs import name_run, run_entity
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, PREFIXES, SPACED_TYPES
from safe_synthesizer.pii.titles import is_title

__all__ = ["cue_word_name_spans"]

# Titles of the church and of courtesy missing from titles.TITLES_BY_LANGUAGE (Italian, Spanish, Portuguese, French,
# Dutch, German, English, Polish, Maltese): the word with its dot or a space after it.
_TITLES = (
    r"Mons\.|Monsignor|Monsignore|Msgr\.?|Mgr\.?|Mons|Fra|Frà|Suor|Padre|Madre|Don|Donna|Dott\.|Dr\.ssa|Rag\.|Geom\.|"
    r"Cav\.|Comm\.|On\.|Sen\.|Hon\.|Rev\.?do|Rev\.?ma|Pe\.|Ir\.|Irmã|Frei|Soeur|Sœur|Abbé|Père|Mère|Pfarrer|"
    r"Pater|Bruder|Schwester|Ks\.|Ksiądz|Siostra|Dun|Patri|Sant'"
)
# Welcome, thanks, congratulation and call formulas ending right before the name, in several languages, and the
# Māori personal article after a preposition.
_FORMULAS = (
    r"(?i:welkom|hartelijk[ \t]+welkom|bienvenue(?:[ \t]+à)?|bienvenido|bienvenida|benvenut[oaie](?:[ \t]+a)?|"
    r"bem-vind[oa](?:[ \t]+a)?|(?:herzlich[ \t]+)?willkommen|velkommen(?:[ \t]+til)?|välkommen(?:[ \t]+till)?|"
    r"witamy|a[ \t]+(?:warm[ \t]+)?welcome[ \t]+to|welcome[ \t]+to|congratulations[ \t]+to|congrats[ \t]+to|"
    r"(?:(?:hartelijk|heel[ \t]+erg)[ \t]+)?(?:dank|bedankt)[ \t]+(?:aan|voor)|"
    r"(?:(?:muchas|mil)[ \t]+)?gracias[ \t]+a|(?:un[ \t]+(?:grand|gros)[ \t]+)?merci[ \t]+à|"
    r"(?:mille[ \t]+)?grazie[ \t]+a|(?:vielen[ \t]+)?dank[ \t]+an|danke[ \t]+an|(?:muito[ \t]+)?obrigad[oa][ \t]+a|"
    r"tak[ \t]+til|tack[ \t]+till|félicitations[ \t]+à|felicidades[ \t]+a|complimenti[ \t]+a|"
    r"gefeliciteerd[ \t]+(?:aan|voor)|herzlichen[ \t]+glückwunsch[ \t]+an|(?:y|e|et|en|und|and)[ \t]+(?:a|à|aan|an|to)"
    r"|would|could|will|paging|calling)"
    r"|(?<![\w'’])(?:ki|kei|hei|i|mā|nā|ma|na)[ \t]+a"
)
_CUE = re.compile(rf"(?<![\w'’])(?:(?P<title>{_TITLES})|(?P<formula>{_FORMULAS}))[ \t]+(?=[^\W\d_])")
# What may follow the name after a formula: the clause's end, a bracket, "on"/"for"/"please"/"voor"/"por"/"pour".
_AFTER_FORMULA = re.compile(
    r"[ \t]*(?:[,.!?;:)(]|\Z|\n|[ \t](?:on|for|please|voor|por|pour|per|für|para|til|för|i|al|au|a|to)\b)"
)
_MAX_WORDS = 3


# A street named after a cleric or a saint ("rue Sœur Césarine", "Mgr Gonin Street"): a street word before the title
# or at the run's end.
_STREET_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(re.escape(p) for p in (*PREFIXES, *CAPITALISED_PREFIXES))}))[ \t]+\Z")


def _street_word(word: str) -> bool:
    low = word.lower()
    return word in SPACED_TYPES or low in gazetteers.street_suffixes() or low in {p.lower() for p in PREFIXES}


def cue_word_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names after church and courtesy titles, the Māori personal article and welcome/thanks/call formulas."""
    if not text or not any(ch.isupper() for ch in text):
        return []
    out = []
    for m in _CUE.finditer(text):
        run = name_run(text, m.end(), max_words=_MAX_WORDS)
        start, end, words = run
        if start < 0:
            continue
        if m.group("formula") is not None:
            if m.group("formula").lower() in ("would", "could", "will", "paging", "calling") and not re.match(
                r"[ \t]+please\b", text[end:]
            ):
                continue  # "Would X please come": the call's own shape, not any question
            if not _AFTER_FORMULA.match(text, end):
                continue
        if not words or any(is_title(w.rstrip(".")) for w in words) or _street_word(words[-1]):
            continue
        if m.group("title") is not None and _STREET_BEFORE.search(text, 0, m.start()):
            continue
        if not all(name_word(w, "sure", places=True) for w in words):
            continue
        out.append((start, end, run_entity(run)))
    return out
