"""One capitalised name that a slot of the sentence marks as a person, in short work notes: ``anyone got Bryant's
number?``, ``running late, can Kelli cover?``, ``Eli seconded``, ``7) Porter paid cash``, ``Parcel for Kiara``,
``Spare keys with Helen``, ``holt das Paket für Wieland ab``, ``le colis de Billy``, ``Judy and Caroline arrived``,
``Lance says Amber never turned up``.

Rotas, handover lists, minutes and chat lines name colleagues and customers by one word, a given name or a family
name alone, where no pair rule (two words) and no NER model (a lone word) sees a person. Each slot below is a place
where the grammar puts a person and, in a work note, no thing:

- a possessive before a contact noun (``X's number``, ``X's mobile``, ``X's email``), with the particles of Dutch,
  German and Romance family names (``de Haan's number``); a role noun is no name there (``Parent's number``);
- the subject of a question of standing in (``can X cover?``, ``could X swap``, ``will X pick up``);
- the member who seconds or proposes a motion (``..., Eli seconded``), and the second of two given names that
  arrive or leave together (``Judy and Caroline arrived``);
- a numbered item's subject before a verb of a customer (``7) Porter paid cash``, ``2) van Mare rang``);
- the holder of a parcel or of keys (``Parcel for X``, ``keys with X``, ``Paket für X``, ``colis de X``, ``paquete
  de X``, ``pakket van X``, ``pacco per X``, ``encomenda de X``);
- the one reported after ``says``/``said`` with a verb of not showing (``says Amber never turned up``).

The word must still be a name. A listed given name (:func:`text_name_given_word.given_word`, cued strength: no
function word, weekday, title or country) or a listed family name that is no function word
(:func:`text_name_lower_words.family_kind`) counts; so do words no list nor vocabulary holds (``Aumavae``,
``Phimmasone``) in the slots no thing fills (the possessive before a contact noun, the numbered subject, the
seconder). Given names that are months (``April``, ``June``) count only where a month cannot stand (``can June
cover?``, ``says April never turned up``). Places (``Parcel for Paris``) never count unless a list holds them as
given names (``Florence``) in a slot of people only. Only the text decides, so under DP a record's fake depends on
that record only.

Example::

    person_slot_spans("running late, can Kelli cover? anyone got Bryant's number?")
    # [(18, 23, 'first_name'), (42, 48, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS, given_word
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["person_slot_spans"]

_CAP = rf"(?:Ma?c|Nic|O['’])?[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?"
_WORD = rf"{_CAP}(?:-{_CAP})*"
# Particles of family names written before the capitalised part ("de Haan", "van der Meulen", "von Essen").
_PARTICLES = r"(?:(?:van|von|de|der|den|du|da|di|del|della|dos|das|ter|ten|le|la|zu|vom|van't|d['’])[ \t]+){1,3}"
_FAMILY = rf"(?:{_PARTICLES})?{_WORD}"
_B = r"(?<![\w'’\-])"

_POSSESSIVE = re.compile(
    rf"{_B}(?P<name>(?:{_WORD}[ \t]+)?{_FAMILY})['’]s?[ \t]+"
    r"(?=(?:number|phone|mobile|cell|email|e-mail|landline|contact|details|whatsapp|digits|no\.)(?![\w]))"
)
_COVER = re.compile(
    rf"{_B}(?i:can|could|would|will)[ \t]+(?P<name>{_WORD})[ \t]+"
    r"(?P<verb>cover|swap|help|pick|collect|drive|bring|sub|step|come|take|do|open|close|lock)(?![\w])"
    r"(?P<bare>[ \t]*(?:[?.!,]|$))?"
)
_SECONDED = re.compile(
    rf"(?:^|(?<=[,;:.!?])[ \t]+|(?<=\band)[ \t]+)(?P<name>{_WORD})[ \t]+"
    r"(?=(?:seconded|proposed|abstained|dissented|chaired|minuted)(?![\w]))"
)
_PAIR = re.compile(
    rf"{_B}(?P<first>{_WORD})[ \t]+(?:and|und|et|y|e|en|og|och|i|a|&)[ \t]+(?P<name>{_WORD})[ \t]+"
    r"(?=(?:arrived|left|came|attended|turned[ \t]+up|checked[ \t]+in|signed[ \t]+in)(?![\w]))"
)
_NUMBERED = re.compile(
    rf"(?:^|(?<=[ \t\n]))\d{{1,2}}[).][ \t]+(?P<name>{_FAMILY})[ \t]+"
    r"(?=(?:paid|rang|called|phoned|wants|came|collected|dropped|complained|cancelled|booked|left|owes|returned|"
    r"asked|says|said|needs|emailed|texted)(?![\w]))"
)
_HOLDER = re.compile(
    rf"{_B}(?i:parcel|parcels|package|packet|paket|päckchen|colis|paquet|paquete|pacco|pakket|pakje|encomenda|"
    r"pacote|keys?|spare[ \t]+keys?|schlüssel|clés?|llaves?|chiavi|sleutels?|chaves?)[ \t]+"
    rf"(?i:for|für|de|du|van|voor|per|pour|para|with|mit|avec|con|met|com|bei|chez)[ \t]+(?P<name>{_WORD})"
    rf"(?![\w'’\-])(?![ \t]+{_WORD})"
)
_KEYS = re.compile(r"(?i:keys?|schlüssel|clés?|llaves?|chiavi|sleutels?|chaves?)[ \t]+\S+[ \t]+\Z")
# The one to contact in a to-do item: ``TODO ring Mori re form``, ``- chase Sefo`` (the line's end).
_CONTACT = re.compile(
    rf"{_B}(?i:ring|call|phone|text|chase|email|remind)[ \t]+(?P<name>{_FAMILY})"
    r"(?=[ \t]+(?:re|about)[ \t]|[ \t]*(?:\n|$))"
)
_SAYS = re.compile(
    rf"{_B}(?i:says|said)[ \t]+(?P<name>{_WORD})[ \t]+"
    r"(?=(?:never|didn't|did[ \t]+not|hasn't|has[ \t]+not|won't|isn't|wasn't|can't|cannot|no-showed)(?![\w]))"
)


# Given names that are towns first ("Parcel for Paris"): no holder slot takes them.
WORDY_PLACES = frozenset(
    """paris florence york london sydney austin dallas chelsea brooklyn phoenix jordan""".split()  # noqa: SIM905
)
# A determiner before a possessive names a firm or a thing ("the Tesco's number", "our Dell's email").
_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|our|your|their|his|her|my|its|this|that))[ \t]+\Z")


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Every town and region the gazetteers list, lower-cased."""
    from safe_synthesizer.pii import gazetteers

    return gazetteers.all_cities() | gazetteers.all_regions()


def _family_word(word: str, *, unknown: bool) -> bool:
    """A capitalised family name (each hyphened part): listed and no function word, or (``unknown``) a word no
    list nor vocabulary holds."""
    for part in word.split("-"):
        low = part.lower()
        kind = family_kind(low)
        if not kind or (kind == "unknown" and not unknown) or function_word(low):
            return False
    return True


def slot_name_word(word: str, *, unknown: bool, months: bool, places: bool = True) -> bool:
    """``word`` may stand for a person in a slot: a listed given name or a family name (``unknown``: or a word no
    list holds), never a title, role noun or weekday, a month only with ``months``, a town only with ``places``."""
    low = word.lower()
    if is_title(word) or is_role_noun(word) or low in _WEEKDAYS or (low in _MONTHS and not months):
        return False
    if not places and (low in WORDY_PLACES or (low in known_places() and not given_word(word))):
        return False
    return given_word(word, months=months) or _family_word(word, unknown=unknown)


def _places_only(value: str) -> bool:
    """A town or region no list holds as a given name (``ring Cardiff re``)."""
    low = value.lower()
    return low in known_places() and not given_word(value, strict=True)


def family_run(value: str, *, unknown: bool) -> bool:
    """``de Haan``, ``van der Meulen``, ``Vicente Giralt``: every capitalised word a name word."""
    words = [w for w in value.split() if w[:1].isupper()]
    return bool(words) and all(slot_name_word(w, unknown=unknown, months=False) for w in words)


def slot_entity(value: str, family_first: bool) -> str:
    """``name`` for two capitalised words; else the family name in the slots of family names (the possessive,
    the numbered subject) when a list holds the word as one, the given name elsewhere when a list holds it so."""
    words = value.split()
    if len(words) > 1 and words[0][:1].isupper():
        return E.NAME
    given = given_word(words[-1], months=True)
    if family_first:
        return E.LAST_NAME if _family_word(words[-1], unknown=True) or not given else E.FIRST_NAME
    return E.FIRST_NAME if given else E.LAST_NAME


def person_slot_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the slots of the module docstring mark; overlaps resolved by the
    caller."""
    out: list[tuple[int, int, str]] = []

    def add(m: re.Match[str], family_first: bool = False) -> None:
        value = m.group("name")
        out.append((m.start("name"), m.end("name"), slot_entity(value, family_first)))

    if "'s" in text or "’s" in text or "s' " in text:
        for m in _POSSESSIVE.finditer(text):
            if family_run(m.group("name"), unknown=True) and not _DETERMINER.search(text, 0, m.start()):
                add(m, family_first=True)
    for m in _COVER.finditer(text):
        months = m.group("verb").lower() not in ("come", "take", "do", "open", "close")
        # A word no list holds only when the question ends at the verb ("can Lealofi cover?"): insurers and
        # services cover something ("can Medicare cover the cost").
        unknown = m.group("bare") is not None and m.group("verb").lower() in ("cover", "swap")
        if slot_name_word(m.group("name"), unknown=unknown, months=months, places=False):
            add(m)
    for m in _SECONDED.finditer(text):
        if slot_name_word(m.group("name"), unknown=True, months=False, places=False):
            add(m)
    for m in _PAIR.finditer(text):
        if given_word(m.group("first")) and given_word(m.group("name")):
            add(m)
    for m in _NUMBERED.finditer(text):
        if family_run(m.group("name"), unknown=True):
            add(m, family_first=True)
    for m in _HOLDER.finditer(text):
        # Keys are left with a person ("Spare keys with Tealofi"); a parcel may be for a firm: listed names only.
        keys = _KEYS.search(text, 0, m.start("name")) is not None
        if slot_name_word(m.group("name"), unknown=keys, months=False, places=False):
            add(m)
    for m in _CONTACT.finditer(text):
        if family_run(m.group("name"), unknown=True) and not _places_only(m.group("name")):
            add(m, family_first=True)
    for m in _SAYS.finditer(text):
        if slot_name_word(m.group("name"), unknown=False, months=True, places=False):
            add(m)
    return out
