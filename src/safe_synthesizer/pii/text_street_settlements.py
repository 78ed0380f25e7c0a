"""Small-island addresses with no street in free text: a district and its landmark (``Bel Air, behind the school``,
``Freshwota 2, near the church``) or a settlement word after the place's name (``Port Howard Settlement``,
``Anamburu area``, ``Jenrok Village``, ``Bladiniere Estate``), where a note places someone.

Why: in the Seychelles, Vanuatu, the Marshall Islands and the Falklands (and rural places anywhere) a house is
found by its district and what stands near it, or the settlement is the whole address. The run rules
(:mod:`text_street_runs`) take a place and a landmark only when some word of the place is no English word, so
districts spelled with English or French words (``Bel Air``, ``Mont Fleuri``) stayed, and a numbered district
(``Freshwota 2``) lost its landmark; nothing read a settlement word (set 36, new places: 9 of 53 lines missed).

Two layouts:

- a place of two or three capitalised words, or one word and a number, a comma and a landmark phrase (``behind``/
  ``near``/``opposite``/``next to``/``close to``/``across from`` and ``the`` and a landmark noun) ending the
  clause, at the start of a line (a signature's address line), or after a placing word (``at``, ``to``, ``from``,
  ``visit``, ``address``) when the place is numbered or holds a word no English vocabulary has (``went to Costa
  Coffee, near the station`` stays). One capitalised word is left to the run rules (``Reception, next to the
  hall`` stays), and a place opening with ``The``, a title, a weekday or a month is no district;
- one to three capitalised words and a settlement word (``Settlement``, ``Village``, ``Estate``, ``area``,
  ``Compound``) right after a placing word: ``Settlement`` and ``Compound`` name an address, a ``Village``,
  ``Estate`` or ``area`` only when the words hold one no English vocabulary has: ``met son at Anamburu area.``
  (``moved to Canary Wharf area``, ``at Green Village`` stay).

Example::

    settlement_street_spans("Mob: 2 647 528\\nBel Air, behind the school")  # [(15, 41, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["settlement_street_spans"]

_UP, _LO = LATIN_UPPER, LATIN_LOWER
_CAPW = rf"[{_UP}][{_LO}]+(?:['’\-][{_UP}{_LO}]+)*"
_PARTICLE = r"(?:de|du|des|la|le|les|of|the|St\.?|Ste\.?)"
# Two or three capitalised words ("Bel Air", "Les Mamelles", "Mont Fleuri"), or one and a number ("Freshwota 2").
_PLACE = (
    rf"(?:{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPW}){{1,2}}(?:[ \t]+\d{{1,3}})?|{_CAPW}[ \t]+\d{{1,3}})"
    r"(?![\w'’\-])"
)
_LM_NOUNS = (
    r"church|chapel|mosque|temple|school|college|clinic|hospital|dispensary|health centre|health center|market|"
    r"store|shop|supermarket|station|police station|post office|nakamal|community hall|hall|stadium|field|"
    r"airport|airstrip|wharf|jetty|harbour|harbor|bridge|roundabout|junction|pharmacy|hotel|bakery|cemetery"
)
_LANDMARK = (
    rf"(?i:near|behind|opposite|beside|next[ \t]+to|close[ \t]+to|across[ \t]+from|adjacent[ \t]+to)[ \t]+"
    rf"(?:the|a)[ \t]+(?:[{_UP}{_LO}][{_LO}]+[ \t]+){{0,2}}(?i:{_LM_NOUNS})(?![\w\-])"
)
_SETTLEMENT = r"(?:Settlement|Village|Estate|[Aa]rea|Compound)"
_END = r"(?=[ \t]*(?:[,;:!?)\]\n]|\.(?:\s|$)|$)|[ \t]+(?:and|to|for|on|at|from|in|until|till|today|call)\b)"
_CUE = r"(?:(?<![\w])(?i:at|to|from|visit|visited|address|addr\.|lives[ \t]+at|living[ \t]+at)[ \t]*:?[ \t]+)"
_LINE_START = r"(?:^|(?<=\n))[ \t]*"
# A place's first word that is no district: an article, a title, a weekday or a month, a pronoun.
_NOT_FIRST = frozenset(
    """The A An This That These Those Our My Your His Her Their Its Mr Mrs Ms Miss Dr Prof Sir Dear Hi Hello Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Room Floor Level Gate Ward Block Flat Unit Suite Office Lot""".split()  # noqa: SIM905
)
# Substring pre-checks (C-level): a cue and a landmark noun somewhere in the note.
_LM_WORDS = ("near", "behind", "opposite", "beside", "next to", "close to", "across from", "adjacent to")
_LM_NOUN_WORDS = tuple(sorted({w for w in re.split(r"[|\s]+", _LM_NOUNS) if w}))
# A capitalised word before a settlement word (C-level search; the cue pattern runs only then).
_GATE_SETTLEMENT = re.compile(r"[a-z][ \t]+(?:Settlement|Village|Estate|Compound|[Aa]rea)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    landmarked = re.compile(
        rf"(?:(?P<start>{_LINE_START})|{_CUE})(?P<line>(?P<place>{_PLACE})[ \t]*,[ \t]*{_LANDMARK}){_END}"
    )
    # A settlement word ends the place: the clause may go on in lower case ("at Port Howard Settlement condemned").
    settled = re.compile(
        rf"{_CUE}(?P<line>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}[ \t]+{_SETTLEMENT})(?:{_END}|(?=[ \t]+[{_LO}]))"
    )
    return landmarked, settled


def _placed(place: str) -> bool:
    """A district's name after a cue: numbered (``Freshwota 2``) or holding a word no English vocabulary has."""
    from safe_synthesizer.pii.text_street_runs import _own_word

    return any(ch.isdigit() for ch in place) or _own_word(place)


def settlement_street_spans(text: str) -> list[tuple[int, int, str]]:
    """District-and-landmark and settlement lines in ``text`` (module docstring)."""
    landmarked, settled = _patterns()
    out = []
    low = text.lower()
    landmark = any(w in low for w in _LM_WORDS) and any(n in low for n in _LM_NOUN_WORDS)
    gates = (landmark, _GATE_SETTLEMENT.search(text) is not None)
    for gated, pattern in zip(gates, (landmarked, settled), strict=True):
        if not gated:
            continue
        for m in pattern.finditer(text):
            first = text[m.start("line") :].split(None, 1)[0].strip(",")
            if first in _NOT_FIRST:
                continue
            if pattern is landmarked and m.group("start") is None and not _placed(m.group("place")):
                continue  # "went to Costa Coffee, near the station": after a cue the place must be a district's
            place, kind = m.group("line").rsplit(None, 1)
            if pattern is settled and kind not in ("Settlement", "Compound") and not _placed(place):
                continue  # "moved to Canary Wharf area": the place must be a district's own name

            out.append((m.start("line"), m.end("line"), E.STREET_ADDRESS))
    return out
