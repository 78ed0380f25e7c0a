"""Names in a script without capitals inside a note written in Latin letters, in a roll call or a person's slot:
``Apologies: मोहन महाजन, मीनल कदम and अरुण जाधव. Actions: महाजन to write to the council``, ``Present: ஏழிசைப்புதல்வி
நவ்யா, உலகமணி ஷானவாஸ் and ...``, ``Shift notes: ליאל רובינשטיין, נחמה אברהם ... Spare keys with ליאל.``, ``TODO
ring ცომაია re form``, ``2) 윤 paid cash``, ``- chase ஸ்ரீதர்``.

Export tools fill English templates with the people as the register holds them, in Devanagari, Tamil, Bengali,
Hebrew, Arabic, Georgian or Hangul letters. Those scripts have no capitals, so the list and cue rules of Latin
names see no name, the NER model reads only Latin text, and :mod:`text_name_foreign_script` takes runs of two words
or more after a person cue (a lone surname or given name, and the items of a roll call, stay). Here the Latin
template marks the slot, and a run of one to four words of one such script fills it:

- every item of a roll call (``Present:``, ``Apologies:``, ``Attendees:``, ``Absent:``, ``Shift notes:``, ``On
  shift:``, ``Staff:``) up to the sentence's end, items parted by commas, ``and`` or ``&``;
- the subject before a verb of people of the template (``to write``, ``to chase``, ``paid``, ``rang``, ``banned``,
  ``wants``, ``says``, ``joins``, ``cover``) at a sentence's, clause's or item's start;
- the object after a verb of contact or a holder's preposition (``ring``, ``chase``, ``call``, ``ask``, ``told``,
  ``keys with``, ``parcel for``, ``wash for``, ``sign for``, ``back from``; a bare ``from`` names places too: ``pick-up
  from עמנואל``) before the end, a stop, a comma or ``re``.

A run with a digit next to it, or holding a street or place word of its script (``शहर``, ``שדרות``), is an address
and stays. Only the text decides, so under DP a record's fake depends on that record only.

Example::

    script_list_name_spans("Actions: महाजन to write to the council")  # [(9, 14, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_foreign_script import _PLACE_WORDS

__all__ = ["script_list_name_spans"]

# Scripts without capitals whose names a Latin template may hold (CJK, Thai and Greek have rules of their own).
_SCRIPTS = (
    "\u0600-\u06ff\u0750-\u077f",  # Arabic, Persian, Urdu, Pashto
    "\u0590-\u05ff",  # Hebrew
    "\u0900-\u097f",  # Devanagari
    "\u0980-\u09ff",  # Bengali
    "\u0a00-\u0a7f",  # Gurmukhi
    "\u0a80-\u0aff",  # Gujarati
    "\u0b00-\u0b7f",  # Oriya
    "\u0b80-\u0bff",  # Tamil
    "\u0c00-\u0dff",  # Telugu, Kannada, Malayalam, Sinhala
    "\u10a0-\u10ff",  # Georgian
    "\uac00-\ud7af",  # Hangul
    "\u0530-\u058f",  # Armenian
    "\u1200-\u137f",  # Ethiopic
)
_ANY = "".join(_SCRIPTS)
_RUNS = tuple(rf"[{s}]+(?:[\-‐][{s}]+)?(?:[ \t]+[{s}]+(?:[\-‐][{s}]+)?){{0,3}}" for s in _SCRIPTS)
_RUN = "|".join(f"(?:{r})" for r in _RUNS)
_ROLL = re.compile(
    r"(?i:\b(?:present|apologies|attendees|attending|absent|shift[ \t]+notes|on[ \t]+shift|staff|in[ \t]+today|"
    r"volunteers|members|players|team))[ \t]*[:\-–][ \t]*(?P<items>[^.\n]*)"
)
_ITEM_SPLIT = re.compile(r"[ \t]*(?:,|;|&|\band\b)[ \t]*")
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.:;,!?\-)])[ \t]+|(?<=\n)|(?<=^[ \t]))(?P<name>{_RUN})[ \t]+"
    r"(?=(?:to[ \t]+(?:write|chase|call|ring|email|send|check|collect|bring|book)|paid|rang|called|banned|wants|"
    r"says|said|asked|joins|joined|complained|cancelled|owes|cover|signed|fell)(?![\w]))"
)
_OBJECT = re.compile(
    rf"(?<![\w'’\-])(?i:ring|chase|call|ask|told|tell|text|email|phone|(?:keys?|parcel|package|wash|sign|paper)"
    rf"[ \t]+(?:with|for)|collected[ \t]+by|back[ \t]+from|(?P<post>(?:post[ \t]*)?card[ \t]+to|letter[ \t]+to))[ \t]+"
    rf"(?P<name>{_RUN})(?=[ \t]*(?:$|[.,;!?)\n]|(?:re|in|at|on|about)\b))"
)
_DIGIT_NEAR = re.compile(r"[ \t]*[,.]?[ \t]*\d")


def _latin_template(text: str) -> bool:
    """A Latin word of three letters or more: the note's template is in a Latin-script language."""
    return re.search(r"[A-Za-z]{3,}", text) is not None


def _item_ok(text: str, start: int, end: int, *, addressed: bool = False) -> bool:
    """No place word in the run, no house number before it, and no digit after it unless the cue addresses a
    person whose address follows (``post card to मेघा गवळी, 06/322 फडके``)."""
    words = text[start:end].split()
    if any(w.strip(".،,") in _PLACE_WORDS for w in words):
        return False
    return (addressed or not _DIGIT_NEAR.match(text, end)) and not re.search(
        r"\d[/\-]?[ \t]*\Z", text[max(0, start - 4) : start]
    )


def _roll_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ROLL.finditer(text):
        base = m.start("items")
        pos = 0
        items = m.group("items")
        for part in [*_ITEM_SPLIT.split(items)]:
            at = items.find(part, pos)
            pos = at + len(part)
            run = re.fullmatch(rf"[ \t]*(?P<name>{_RUN})[ \t]*(?:all[ \t].*)?", part)
            if part and run:
                start, end = base + at + run.start("name"), base + at + run.end("name")
                if _item_ok(text, start, end):
                    out.append((start, end, E.NAME))
    return out


def script_list_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of other-script names in the slots of the module docstring."""
    if not re.search(f"[{_ANY}]", text) or not _latin_template(text):
        return []
    out = _roll_spans(text)
    for pattern in (_SUBJECT, _OBJECT):
        for m in pattern.finditer(text):
            addressed = pattern is _OBJECT and m.group("post") is not None
            if _item_ok(text, m.start("name"), m.end("name"), addressed=addressed):
                out.append((m.start("name"), m.end("name"), E.NAME))
    return out
