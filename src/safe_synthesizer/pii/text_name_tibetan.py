"""Tibetan personal names in notes, read syllable by syllable: ``བཀྲ་ཤིས་ཚེ་རིང ལ་དགོངས་དག``, ``Lady Fan
(དཔལ་མོ་དབྱངས་ཅན) dragged her mooring``, ``Can ལྷ་མོ་དབྱངས་ཅན cover སྒྲོལ་མ་ཉི་མ Tuesday?``.

Why: Tibetan has no capitals, no surnames and no Faker list, and the NER model reads Latin only, so a Tibetan name
is found by no rule of the other scripts (set 44's bo_CN notes kept 23 of 36 names). But Tibetan names are built
from a closed class: one or two given-name elements of one or two syllables each (``བཀྲ་ཤིས`` Tashi, ``ཚེ་རིང``
Tsering, ``སྒྲོལ་མ`` Dolma, ``དཔལ་མོ`` Palmo...), written with the tsheg ``་`` between syllables. The reader splits a
chain of syllables at the tsheg and takes the longest run of one or two name elements that

- starts the chain (after a space, a shad ``།``, a bracket, another script or the note's start), and
- ends it, or is followed by a case particle or an honorific (``ལ``, ``གི``, ``ཡི``, ``གིས``, ``ནས``, ``དང``,
  ``ལགས``...), which Tibetan glues to the name with a tsheg.

A weekday or a month is written with the same words after ``གཟའ`` / ``ཟླ``/``ཚེས`` (``གཟའ་སྤེན་པ`` Saturday,
``གཟའ་ཉི་མ`` Sunday): a run after those syllables is no name. A chain with other syllables after the elements (``ཉི་མ་
གཅིག`` one day) is no name either: the word goes on.

The element table is the language's own name vocabulary (the common given-name elements of Tibetan, as in Tibetan
name dictionaries), not any table's; ``extra`` adds the table's own (e.g. the name words of its Tibetan name column).

Example::

    tibetan_name_spans("HM log: Lady Fan (དཔལ་མོ་དབྱངས་ཅན) dragged her mooring.")
    # [(18, 33, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["TIBETAN_LOCALE", "TIBETAN_NAME_ELEMENTS", "is_tibetan", "tibetan_name_pool", "tibetan_name_spans"]

_TSHEG = "\u0f0b\u0f0c"
_SYLLABLE = "[\u0f40-\u0fbc]+"
_GATE = re.compile("[\u0f40-\u0f6c]")
# A chain: syllables joined by tsheg, maybe with a final tsheg.
_CHAIN = re.compile(f"{_SYLLABLE}(?:[{_TSHEG}]{_SYLLABLE})*[{_TSHEG}]?")

# Common given-name elements of Tibetan (Tashi, Tsering, Dorje, Pema, Nyima, Dawa, Lhamo, Dolma...), one to three
# syllables each.
TIBETAN_NAME_ELEMENTS: frozenset[str] = frozenset(
    """
    བཀྲ་ཤིས ཚེ་རིང རྡོ་རྗེ པད་མ པདྨ ཉི་མ ཟླ་བ ལྷ་མོ སྒྲོལ་མ བསོད་ནམས ནོར་བུ བསྟན་འཛིན བློ་བཟང ཀརྨ
    ཀར་མ ཀུན་དགའ འཇིགས་མེད དབྱངས་ཅན དཔལ་མོ ཆོས་སྒྲོན དབང་ཕྱུག ཕུན་ཚོགས དོན་གྲུབ རྒྱ་མཚོ རིན་ཆེན
    རྣམ་རྒྱལ ཚེ་དབང པ་སངས སྤེན་པ མིག་དམར ལྷག་པ ཕུར་བུ བདེ་ཆེན སྐལ་བཟང འཕྲིན་ལས ངག་དབང ཡེ་ཤེས མཚོ་མོ
    བསམ་གྲུབ སྟོབས་རྒྱལ རྒྱལ་མཚན བྱམས་པ ཆོས་འཕེལ སངས་རྒྱས དབང་མོ དབྱངས་འཛོམས སྐྱིད་འཛོམས མེ་ཏོག
    ལྷུན་གྲུབ ཚེ་བརྟན བཟང་མོ སྒྲོལ་དཀར དཀོན་མཆོག བསྟན་པ ཐུབ་བསྟན ཤེས་རབ གྲགས་པ འཇམ་དབྱངས ཚུལ་ཁྲིམས
    དགེ་ལེགས བསྟན་དར ལྷ་སྒྲོན ཟླ་སྒྲོན དབང་འདུས དབང་རྒྱལ ཚེ་ཡང ཚེ་སྐྱིད ཡང་ཆེན བདེ་སྐྱིད ཆོས་སྐྱིད
    ཆོས་ཉིད ཆོས་གྲགས ཆོས་དབྱིངས བློ་གྲོས ཀེལ་སང དགའ་བ དགའ་མོ རབ་བརྟན ཚེ་བརྩོན ཡོན་ཏན
    འབྲུག་མོ འབྲུག་རྒྱལ གཡུ་སྒྲོན གཡང་ཆེན ལྷ་ཆེན དབང་ཆེན ཚེ་ལྷ་མོ སྐལ་ལྡན དཔལ་ལྡན དཔལ་འབྱོར ཆོས་དབང
    ཆོས་ཀྱི་ཉི་མ རྣམ་གྲོལ ཕྲིན་ལས བསྟན་འཕེལ ནམ་མཁའ སྒྲོལ་མཚོ ལྷ་མཚོ དབྱངས་སྒྲོན མཁའ་འགྲོ ཚེ་དཔལ
    """.split()  # noqa: SIM905
)
# Syllables Tibetan glues to a name with a tsheg: case particles, "and", "also", the honorific "la".
_PARTICLES = frozenset("ལ གི ཀྱི གྱི ཡི འི གིས ཀྱིས གྱིས ཡིས ནས ལས དང ཡང ཀྱང ར རུ སུ ཏུ དུ ན ལགས མཆོག ཚོ".split())  # noqa: SIM905
# A weekday (``གཟའ་``), a month (``ཟླ་``) or a day of the month (``ཚེས་``) is written with name words after it.
_CALENDAR = frozenset("གཟའ ཟླ ཚེས".split())  # noqa: SIM905
MAX_ELEMENTS = 2
# The pool locale of Tibetan name fakes (:func:`tibetan_name_pool`; Faker has none).
TIBETAN_LOCALE = "bo_CN"


@lru_cache(maxsize=64)
def _elements(extra: frozenset[str]) -> dict[str, int]:
    """Element -> syllable count, the language's table with ``extra`` (only Tibetan words of 1-3 syllables)."""
    out = {w: len(w.split("་")) for w in TIBETAN_NAME_ELEMENTS}
    for w in extra:
        parts = [p for p in re.split(f"[{_TSHEG}]", w) if p]
        if 1 <= len(parts) <= 3 and all(re.fullmatch(_SYLLABLE, p) for p in parts):
            out.setdefault("་".join(parts), len(parts))
    return out


def _syllables(chain: str, start: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in re.finditer(_SYLLABLE, chain)]


def _run_of_elements(sylls: list[str], elements: dict[str, int], longest: int) -> int:
    """Number of leading syllables of ``sylls`` covered by at most two name elements (longest match first), 0 when
    none."""
    taken, count = 0, 0
    while count < MAX_ELEMENTS and taken < len(sylls):
        for size in range(min(longest, len(sylls) - taken), 0, -1):
            if "་".join(sylls[taken : taken + size]) in elements:
                taken += size
                count += 1
                break
        else:
            break
    return taken


def tibetan_name_spans(text: str, extra: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity) of every Tibetan personal name in ``text`` (see the module docstring); ``extra``: the
    table's own Tibetan name words."""
    if not text or _GATE.search(text) is None:
        return []
    elements = _elements(frozenset(extra))
    longest = max(elements.values())
    out: list[tuple[int, int, str]] = []
    for chain in _CHAIN.finditer(text):
        sylls = _syllables(chain.group(), chain.start())
        words = [s for s, _, _ in sylls]
        if words[0] in _CALENDAR:
            continue
        taken = _run_of_elements(words, elements, longest)
        if taken == 0:
            continue
        rest = words[taken:]
        # The name ends the chain, or a particle (and whatever follows it) comes next.
        if rest and rest[0] not in _PARTICLES:
            continue
        if taken == 1 and not rest and len(chain.group().rstrip(_TSHEG)) < 2:
            continue
        out.append((sylls[0][1], sylls[taken - 1][2], E.NAME))
    return out


@lru_cache(maxsize=1)
def tibetan_name_pool() -> tuple[str, ...]:
    """Fakes for Tibetan names, in the Tibetan script: every element alone and every pair of two different
    elements (``བཀྲ་ཤིས``, ``བཀྲ་ཤིས་ཚེ་རིང``...), sorted; generated, never data."""
    singles = sorted(TIBETAN_NAME_ELEMENTS)
    return tuple(singles + sorted(f"{a}་{b}" for a in singles for b in singles if a != b))


def is_tibetan(text: str) -> bool:
    """``text`` holds a Tibetan letter."""
    return _GATE.search(text) is not None
