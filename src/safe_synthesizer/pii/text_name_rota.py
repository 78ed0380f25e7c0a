"""Lone given names listed next to full names: ``Monday Dustin and Terry Figueroa, Tuesday Greg Sanchez``.

Why: duty rotas, sign-up lists and meeting notes name some people in full and others by the given name
alone; the name-pair rules see the full names and the one word left between two separators is no pair,
so ``Dustin`` stayed in the text. The list itself is the evidence: on a line that already holds a full
name (a span of two or more words found by the other rules), a capitalised listed given name that stands
alone as a list item (a separator, a weekday or a label's colon before it; a separator or the line's end
after it) is a first name too. Without a full name on the line nothing is taken (``Colours: Navy, Ivory
and Rose`` keeps ``Rose``).

Example::

    rota_given_spans("Mon: Dustin and Terry Figueroa", [(16, 30, "name")])  # [(5, 11, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lists import given_names

__all__ = ["rota_given_spans"]

_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|"
    "jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|lunes|martes|miércoles|jueves|viernes|sábado|"
    "domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
    "vrijdag|zaterdag|zondag|today|tomorrow|am|pm|morning|afternoon|evening|night"
)
# List joiners of the main languages ("and", "und", "et", "y", "e", "en", "og", "och", "i", "ve", "și", "és").
_AND = r"and|und|et|y|e|en|og|och|i|ve|și|és|or|oder|ou|o"
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž"
_ITEM = re.compile(
    rf"(?:^|[,;/&:(\n]|\b(?i:{_AND})[ \t]|\b(?i:{_DAYS})[ \t:])[ \t]*-?[ \t]*"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"(?![\w'’\-])(?=[ \t]*(?:$|\n|[,;/&.)!?])|[ \t]+(?:{_AND})\b)",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Function words, weekdays and months: no lone given name even when a list holds them."""
    from safe_synthesizer.pii.text_cued_names import latin_stop_words
    from safe_synthesizer.pii.text_name_kin import _MONTHS_DAYS

    return latin_stop_words() | _MONTHS_DAYS | frozenset(_DAYS.split("|"))


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def rota_given_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lone listed given names in a list whose line holds a full name of ``spans`` (see the module docstring)."""
    full = [(a, b) for a, b, _ in spans if " " in text[a:b].strip()]
    if not full:
        return []
    out = []
    for m in _ITEM.finditer(text):
        a, b = m.start("given"), m.end("given")
        word = m.group("given").lower()
        if word not in given_names() or word in _never():
            continue
        if any(s <= a < e for s, e in full):
            continue
        line_start, line_end = _line(text, a)
        if any(line_start <= s and e <= line_end for s, e in full):
            out.append((a, b, E.FIRST_NAME))
    return out
