"""Tajik, Uzbek, Kazakh and Kyrgyz names in Cyrillic free text, by the family-name endings of Central Asia.

Central Asian family names end in the Russian-era ``-ов``/``-ова``, ``-ев``/``-ева``, ``-ин``/``-ина`` or the Tajik
``-зода``/``-заде``, ``-пур``, ``-ӣ``, ``-ён``/``-иён`` and are written with letters Russian lacks (``Ҳ Қ Ғ Ҷ Ӣ Ӯ``,
Kazakh ``Ә Ө Ү Ұ Ң Һ``): ``Фарҳод Мирзоев``, ``Дилноза Раҳмонова``, ``Ғайрат Ҷалолзода``. The given names are in no
list the package carries and the Cyrillic name rules start a name only at a Russian capital. Two rules:

- a capitalised Cyrillic word and a capitalised Cyrillic word with one of those endings (or the other order, family
  name first), not after a street word (``кӯч.``, ``ул.``, ``бул.``, ``ш.``, ``д.``, ``хиёбони``) and not before a
  house number, in a note written in Latin letters or with a Central Asian letter in the pair (a Russian note's
  ``Собрание Правления Акимов`` stays: its names are the Cyrillic rules');
- a ``-зода``/``-заде`` word alone (``Listed (Раҳимзода)``): the Tajik ending is a family name and no common word.

Example::

    central_asian_name_spans("eldest son Фарҳод Мирзоев answered")  # [(11, 25, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["central_asian_name_spans"]

_UP = "А-ЯЁЎҒҚҲҶӢӮӘӨҮҰҢҺІ"
_LOW = "а-яёўғқҳҷӣӯәөүұңһі"
_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?"
_ENDING = r"(?:зода|заде|зоде|ова|ева|ёва|ов|ев|ёв|ина|ин|пур|иён|ён|ӣ|ий|бек|беков|бекова|уулу|кызы|қизи|ұлы|қызы)"
_FAMILY = rf"[{_UP}][{_LOW}]+{_ENDING}"
_PAIR = re.compile(
    rf"(?<![{_UP}{_LOW}\w\-.])(?:(?P<a>{_WORD})[ \t]+(?P<b>{_FAMILY})|(?P<c>{_FAMILY})[ \t]+(?P<d>{_WORD}))"
    rf"(?![{_UP}{_LOW}\w\-])"
)
_ZODA = re.compile(rf"(?<![{_UP}{_LOW}\w\-])[{_UP}][{_LOW}]+(?:зода|заде)(?![{_UP}{_LOW}\w\-])")
_STREET_BEFORE = re.compile(
    r"(?i:кӯч|ул|бул|пр|ш|д|пер|просп|хиёбони|кӯчаи|улица|проспект|переулок|мкр|к|көш|көшесі)\.?[ \t]*$"
)
_NUMBER_AFTER = re.compile(r",?[ \t]*\d")
_PRE = re.compile(rf"[{_UP}][{_LOW}]+{_ENDING}(?![{_LOW}])")
_CENTRAL_ASIAN_LETTER = re.compile("[ЎҒҚҲҶӢӮӘӨҮҰҢҺўғқҳҷӣӯәөүұңһ]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_CYRILLIC = re.compile(f"[{_UP}{_LOW}]{{2,}}")


def central_asian_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the module docstring's names in ``text``."""
    if _PRE.search(text) is None:
        return []
    out = []
    # In a Russian note a capitalised noun before a plural genitive ("Правления Акимов") is no name: the pair rule
    # runs in notes written in Latin letters (names pasted in Cyrillic) or on pairs with a Central Asian letter.
    latin_note = len(_LATIN.findall(text)) > len(_CYRILLIC.findall(text))  # words, not letters
    for m in _PAIR.finditer(text):
        if not latin_note and _CENTRAL_ASIAN_LETTER.search(m.group()) is None:
            continue
        if _STREET_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or _NUMBER_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), E.NAME))
    for m in _ZODA.finditer(text):
        if not _STREET_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            out.append((m.start(), m.end(), E.LAST_NAME))
    return out
