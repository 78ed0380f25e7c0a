"""One capitalised name in more person slots of a work note's sentence: ``Spoke to Flynn-Nolan about it``, ``Told
Laure to check it``, ``can Amalie come instead of Bähr?``, ``Réclamation de ..., vu avec René.``, ``gestito da
Gastone``, ``la atendió Fabiola``, ``tratada pela Ismael``, ``Walker says left heel first``, ``Brunet wants the
drill``, ``Kort moving to Loespad``, ``Leticia DOB 06/8/1954``, ``Mendiola party - 14 kids``, ``First aid Aarón.``,
``Quarter peal for Motlatsi Ntšekhe's wedding``, ``Paid cash to Alana.``.

:mod:`text_name_person_slots` reads the slots of rotas and chats (``can X cover?``, ``X's number``, ``Parcel for
X``); incident books, complaint logs, loan desks and party bookings put one word of a person in others:

- the one spoken to or told (``spoke to X about``, ``told X to``, ``asked X to``, ``remind X to``, ``ring X on``);
- the one replaced (``instead of X``);
- the one who handled a complaint or gave first aid, in the supported languages (``handled by X``, ``vu avec X``,
  ``gestito da X``, ``la atendió X``, ``tratada pela X``, ``behandeld door X``, ``First aid X.``);
- the one paid (``paid cash to X.``);
- the subject of a verb of wanting, saying, owing or moving at the head of a sentence or after a heading's dash
  (``X says``, ``X wants``, ``X owes``, ``X moving to``, ``X hat mit``), of a birth cue (``X DOB 06/8/1954``), the
  booking name before ``party -`` at the head of a note;
- the one whose event a possessive names (``X's wedding``, ``X's birthday``).

The word must still be a name (:func:`text_name_person_slots.slot_name_word`): a listed given name or a listed family
name that is no function word, title, role noun, weekday, month or town; mid-sentence a word no list nor vocabulary
holds counts too (``spoke to Kikolo about``), at the head of a sentence only a listed one (``Parking says`` keeps
its word). Words are risky (``May``, ``Long``, ``White``): at the head of a sentence a listed name that is also an
English word counts only before ``says``/``wants``/``owes``/``moving``, where the subject is a person. Only the text
decides, so under DP a record's fake depends on that record only.

Example::

    sentence_word_slot_spans("Near miss. Spoke to Flynn-Nolan about it. Told Laure to check it.")
    # [(20, 31, 'first_name'), (47, 52, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_person_slots import (
    WORDY_PLACES,
    family_run,
    known_places,
    slot_entity,
    slot_name_word,
)
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["sentence_word_slot_spans"]

_CAP = rf"(?:Ma?c|Nic|O['’])?[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?"
_WORD = rf"{_CAP}(?:-{_CAP})*"
_PARTICLES = r"(?:(?:van|von|de|der|den|du|da|di|del|della|dos|das|ter|ten|le|la|zu|vom|van't|d['’])[ \t]+){1,3}"
_FAMILY = rf"(?:{_PARTICLES})?{_WORD}"
_B = r"(?<![\w'’\-])"
_END = r"(?=[ \t]*(?:[.,;:!?)]|$))"

# Spoken to, told, asked, reminded, rung: the person, then what about.
_TOLD = re.compile(
    rf"{_B}(?i:spoke|spoken|talked|talking|speak|talk)[ \t]+(?i:to|with)[ \t]+(?P<name>{_FAMILY})"
    r"(?=[ \t]+(?:about|on|re|yesterday|today|earlier|at|by)(?![\w])|[ \t]*[.,;!?]|[ \t]*$)"
    rf"|{_B}(?i:told|tell|asked|ask|reminded|remind|warned|advised)[ \t]+(?P<name2>{_FAMILY})"
    r"(?=[ \t]+(?:to|not|that|about)(?![\w]))"
    rf"|{_B}(?i:ring|rang|call|called|phone|phoned|text|texted)[ \t]+(?P<name3>{_FAMILY})"
    r"(?=[ \t]+(?:on|at)[ \t]+[+(\d])"
)
_INSTEAD = re.compile(rf"{_B}(?i:instead[ \t]+of|in[ \t]+place[ \t]+of|replacing)[ \t]+(?P<name>{_FAMILY}){_END}")
# The one who handled a complaint, in the supported languages, then the clause ends.
_HANDLED = re.compile(
    rf"{_B}(?i:handled[ \t]+by|dealt[ \t]+with[ \t]+by|seen[ \t]+by|vu[ \t]+avec|vue?[ \t]+par|trait[ée]e?[ \t]+par|"
    r"gestit[oa][ \t]+da|seguit[oa][ \t]+da|(?:la|lo|le)[ \t]+atendió|atendid[oa][ \t]+por|"
    r"tratad[oa][ \t]+p(?:el[oa]|or)|atendid[oa][ \t]+pel[oa]|behandeld[ \t]+door|bearbeitet[ \t]+von|"
    r"first[ \t]+aid(?:[ \t]+by)?|"
    rf"paid(?:[ \t]+(?:cash|card))?[ \t]+to)[ \t]+(?P<name>{_FAMILY}){_END}"
)
# The subject at the head of a sentence or after a heading's dash, before a verb of a person.
_HEAD = r"(?:^|(?<=[.!?\n])[ \t]+|(?<=[ \t][-–])[ \t]+)"
_SUBJECT = re.compile(
    rf"{_HEAD}(?P<name>{_FAMILY})[ \t]+"
    r"(?=(?P<verb>says|said|wants|wanted|needs|owes|is[ \t]+moving|moving[ \t]+to|moved[ \t]+to|has[ \t]+moved|"
    r"hat[ \t]+mit|a[ \t]+appelé|ha[ \t]+llamado|ha[ \t]+chiamato|heeft[ \t]+gebeld|rang|phoned|called)(?![\w]))"
)
_BIRTH = re.compile(rf"{_HEAD}(?P<name>{_WORD})[ \t]+(?=(?:DOB|D\.O\.B\.|d\.o\.b\.|dob|born|b\.)[ \t:]*\d)")
_PARTY = re.compile(rf"^[ \t]*(?P<name>{_FAMILY})[ \t]+(?=(?i:party)[ \t]*[-–:,])")
_EVENT = re.compile(
    rf"{_B}(?P<name>(?:{_WORD}[ \t]+)?{_FAMILY})['’]s[ \t]+"
    r"(?=(?:wedding|birthday|funeral|christening|baptism|anniversary|retirement|engagement|memorial|party)(?![\w]))"
)
# Head-of-sentence verbs whose subject is a person: a listed family name that is also a word counts before them.
_PERSON_VERBS = ("says", "said", "wants", "wanted", "owes", "moving", "is")


def sentence_word_slot_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the slots of the module docstring mark; overlaps resolved by the
    caller."""
    out: list[tuple[int, int, str]] = []

    def add(m: re.Match[str], group: str = "name", family_first: bool = False) -> None:
        value = m.group(group)
        out.append((m.start(group), m.end(group), slot_entity(value, family_first)))

    for m in _TOLD.finditer(text):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        value = m.group(group)
        if family_run(value, unknown=True) and not _place(value):
            add(m, group)
    for regex in (_INSTEAD, _HANDLED):
        for m in regex.finditer(text):
            if family_run(m.group("name"), unknown=True) and not _place(m.group("name")):
                add(m)
    for m in _SUBJECT.finditer(text):
        value = m.group("name")
        # At the head of a sentence a capital proves nothing: a listed name only (no word no list holds).
        if family_run(value, unknown=False) and not _place(value):
            words = value.split()
            if len(words) == 1 and not _head_ok(value, m.group("verb")):
                continue
            add(m, family_first=True)
    for m in _BIRTH.finditer(text):
        if slot_name_word(m.group("name"), unknown=False, months=False, places=False):
            add(m)
    for m in _PARTY.finditer(text):
        if family_run(m.group("name"), unknown=True) and not _place(m.group("name")):
            add(m, family_first=True)
    if "'s" in text or "’s" in text:
        for m in _EVENT.finditer(text):
            if family_run(m.group("name"), unknown=True) and not _place(m.group("name")):
                add(m, family_first=True)
    return out


def _place(value: str) -> bool:
    """A town or region among the words (``Spoke to London about it``), unless a list holds it as a given name
    (``Florence``); the towns that are given names first (``Paris``, ``Chelsea``) always."""
    for word in value.split():
        low = word.lower()
        if low in WORDY_PLACES or (low in known_places() and not given_word(word)):
            return True
    return False


def _head_ok(value: str, verb: str) -> bool:
    """A one-word subject at a sentence's head: an English word (``White``, ``Parking``) only before a verb whose
    subject is a person (``says``, ``wants``, ``owes``, ``moving``)."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    if value.lower() not in english_vocabulary():
        return True
    return verb.split()[0].lower() in _PERSON_VERBS
