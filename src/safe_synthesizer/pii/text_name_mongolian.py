"""Mongolian names in Cyrillic: a father's name in the genitive before a given name built of name elements.

Why: Mongolians write ``Батын Оюунчимэг`` (Oyuunchimeg, Bat's daughter) or ``Д. Ганбаатар``; no Faker
list holds Mongolian names, and the East Slavic rules of :mod:`.text_cyrillic` read ``Батын`` as a
Russian surname and know no ``Оюунчимэг``. Two language facts mark these names instead:

- given names are compounds of a few hundred name elements (``бат`` firm, ``баяр`` joy, ``эрдэнэ`` jewel,
  ``цэцэг`` flower, ``оюун`` mind, ``чимэг`` ornament, ``-аа`` a pet ending): ``Оюунчимэг`` = ``оюун`` +
  ``чимэг``, ``Ариунаа`` = ``ариун`` + ``-аа``;
- the father's name takes the genitive ending ``-ын``/``-ийн``/``-гийн``/``-ны``/``-ний`` (a final vowel
  of the stem drops: ``Лхагва`` -> ``Лхагвын``); Russian words do not end so (``-ын`` only in short
  words such as ``сын``, which have no name stem).

A pair is taken when both hold (in one case: ``Батын Оюунчимэг``, ``ЦЭРЭНГИЙН ЦЭЦЭГ``, also inverted with a
comma, ``Ганбаатарын, Номин``); lower case only inside a note written mostly in Latin letters (more Latin
words than Cyrillic ones), where Cyrillic words stand out: Mongolian prose is lower case and ``хотын
баяр`` is "the city's festival". In such a Latin note a capitalised given name of two elements or more
alone is a name too (``Алтанцэцэг here``), with a Mongolian name one space before or after it (the father's
name in the nominative, as Latin-script notes write it: ``Баярсайхан Ганзориг``). Common genitive nouns of
Mongolian institutions (``Улсын``, ``Хотын``) never open a name.

Example::

    mongolian_name_spans("Name on booking: Батын Оюунчимэг. ring Алтанцэцэг")
    # [(17, 32, 'name'), (39, 49, 'first_name')]
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["mongolian_given", "mongolian_name_spans", "mongolian_patronymic", "mongolian_shaped"]

# Elements of Mongolian given names (lower case).
_ELEMENTS = frozenset(
    """бат баяр эрдэнэ эрдэн болд болор сүх мөнх энх ган төмөр чимэг цэцэг сайхан жаргал наран нар саран
    сар гэрэл түвшин оюун сарнай номин ариун алтан хулан солонго мягмар дорж очир пүрэв цэрэн лхагва
    ням нямаа дагва дэлгэр туяа ундрах уран зориг баатар хүү тогтох амар амгалан билэг бямба даваа дулам
    жавхлан золбоо мандах мандуул мөрөн нандин одон од оргил отгон сод соёл сувд тунгалаг тэмүүлэн
    тэмүүжин тэнгис тулга хишиг хонгор цолмон чулуун шагдар эрдэм эрхэм ёндон нэргүй хуяг сүрэн жамсран
    дамдин лувсан цогт галт галсан гомбо дөл зул мэнд өлзий өнөр равдан санжаа тамир төгс түмэн тэгш
    уянга хатан хангай хэрлэн цэнд цэвээн чингис гантулга ганбаатар дэлгэрмаа маа жаргалан батаа хос
    ганзориг ууган цагаан хар хөх номун буян буянт сэцэн мэргэн ерөөл заяа навч ойдов хангал
    батсүх дорлиг зоригт итгэл хүслэн ирээдүй ачит бадам цэндсүрэн дашдорж даш ишдорж дондог
    сэлэнгэ амаржаргал урангоо гоо оюунаа ану ариунзаяа баясгалан баясах батмөнх тайван""".split()  # noqa: SIM905
)
# Pet endings that close a given name ("Ариунаа", "Дэлгэрээ", "Батаа").
_PET = ("аа", "ээ", "оо", "өө", "уу", "үү", "маа", "тай")
# Genitive endings, longest first.
_GENITIVE = ("гийн", "ийн", "ний", "ын", "ны", "ий")
# Genitive nouns that open names of offices and places ("Монгол Улсын Их Хурал", "Хотын Захиргаа").
_NOT_FATHER = frozenset(
    """улсын хотын аймгийн сумын дүүргийн сургуулийн их сургуулийн банкны яамны газрын төвийн хорооны
    хурлын засгийн намын компанийн байгууллагын эмнэлгийн хорооллын гудамжны""".split()  # noqa: SIM905
)
# Mongolian towns and provinces (the gazetteers hold few in Cyrillic): never a lone given name.
_PLACES = frozenset(
    """улаанбаатар дархан эрдэнэт чойбалсан мөрөн өлгий ховд улаангом сүхбаатар өндөрхаан баянхонгор
    арвайхээр мандалговь даланзадгад сайншанд зуунмод цэцэрлэг булган алтай улиастай баруун-урт хөвсгөл
    өвөрхангай архангай дорноговь дундговь өмнөговь говь-алтай завхан увс баян-өлгий сэлэнгэ төв хэнтий
    дорнод говьсүмбэр тэрэлж хархорин""".split()  # noqa: SIM905
)
_CYR = "\u0400-\u04ff"
_WORD = re.compile(rf"(?<![\w\-])[{_CYR}][{_CYR}\-]*[{_CYR}](?![\w\-])")
_LATIN_WORD = re.compile(r"(?<![\w])[A-Za-z][A-Za-z']*")
_ANY_CYR = re.compile(f"[{_CYR}]")
# Letters only Mongolian (among the Cyrillic languages of the supported locales) writes.
_MONGOLIAN_LETTERS = re.compile("[өүӨҮ]")


@cache
def _split(word: str, depth: int = 0) -> int:
    """How many name elements ``word`` (lower case) is built of (0: it is not built of them)."""
    if not word:
        return 0
    if depth and word in _PET:
        return depth + 1
    if depth > 3:
        return 0
    best = 0
    for n in range(min(len(word), 9), 1, -1):
        head = word[:n]
        if head in _ELEMENTS:
            rest = word[n:].lstrip("-")
            if not rest:
                return depth + 1
            got = _split(rest, depth + 1)
            if got:
                best = got
                break
    return best


def mongolian_given(word: str) -> int:
    """How many name elements a Mongolian given name ``word`` has (0 when it is none)."""
    low = word.lower()
    if len(low) < 3:
        return 0
    return _split(low)


_SHAPED = re.compile(r"[өүӨҮ]|(?<=[^\W\d_])[эЭ]")


def mongolian_shaped(word: str) -> bool:
    """A word only Mongolian spells: ``ө``/``ү``, or ``э`` inside a word (Russian writes ``э`` almost only
    at a word's start), or a known name element ending a longer word (``Анхбаяр``)."""
    low = word.lower()
    if _SHAPED.search(word):
        return True
    return len(low) >= 6 and any(low.endswith(e) and len(low) - len(e) >= 2 for e in _ELEMENTS if len(e) >= 3)


def mongolian_patronymic(word: str) -> bool:
    """A father's name in the genitive (``Батын``, ``Цэрэнгийн``, ``Лхагвын``, ``Чулууны``)."""
    low = word.lower()
    if low in _NOT_FATHER or len(low) < 4:
        return False
    for ending in _GENITIVE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            # The stem's final vowel drops before the ending ("лхагва" -> "лхагвын", "эрдэнэ" -> "эрдэнийн").
            candidates = (stem, stem + "а", stem + "э", stem + "о", stem + "н", stem + "ө")
            if any(_split(c) for c in candidates):
                return True
            # "-ийн"/"-гийн" end no Russian word: a stem of three letters or more is enough ("Жигжидийн").
            if ending in ("гийн", "ийн") and len(stem) >= 3:
                return True
            if mongolian_shaped(stem):
                return True
    return False


def _style(word: str) -> str | None:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    if word[:1].isupper() and word[1:] == word[1:].lower():
        return "title"
    return None


def mongolian_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Mongolian names (see the module docstring); overlaps are resolved by the caller."""
    if not _ANY_CYR.search(text):
        return []
    words = list(_WORD.finditer(text))
    latin_note = len(_LATIN_WORD.findall(text)) > len(words)  # more Latin words than Cyrillic ones
    out: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for a, b in itertools.pairwise(words):
        gap = text[a.end() : b.start()]
        if gap.strip(" \t") not in ("", ","):
            continue
        style = _style(a.group())
        if style is None or _style(b.group()) != style or (style == "lower" and not latin_note):
            continue
        first, second = a.group(), b.group()
        given = mongolian_given(second) or (len(second) >= 4 and mongolian_shaped(second))
        if mongolian_patronymic(first) and given:
            out.append((a.start(), b.end(), E.NAME))
            used.update((a.start(), b.start()))
    if latin_note:
        for k, m in enumerate(words):
            if m.start() in used or _style(m.group()) not in ("title", "upper") or m.group().lower() in _PLACES:
                continue
            # Alone only a compound name: one element alone is often a word ("Баяр" joy, "Нар" sun).
            word = m.group()
            compound = mongolian_given(word) >= 2 and (len(word) >= 6 or _MONGOLIAN_LETTERS.search(word))
            # or a given name of one element spelt with a Mongolian letter ("Тэмүүжин", "Дөлгөөн")
            if compound or (len(word) >= 5 and _MONGOLIAN_LETTERS.search(word) and not S.script_town(word)):
                start, end = _with_neighbours(text, words, k)
                used.update(w.start() for w in words if start <= w.start() < end)
                out.append((start, end, E.FIRST_NAME if (start, end) == (m.start(), m.end()) else E.NAME))
    return out


def _neighbour_name(word: str) -> bool:
    """A capitalised Mongolian name beside a given name: the father's name in the nominative, as Latin-script
    notes write it (``Баярсайхан Ганзориг``), or a double one (``Батболд-Энхтайван``)."""
    if _style(word) != "title" or word.lower() in _PLACES or S.script_town(word):
        return False
    return all(mongolian_given(part) or (len(part) >= 4 and mongolian_shaped(part)) for part in word.split("-"))


def _with_neighbours(text: str, words: list[re.Match[str]], k: int) -> tuple[int, int]:
    """The span of ``words[k]`` widened to a Mongolian name one space before or after it."""
    start, end = words[k].start(), words[k].end()
    if k + 1 < len(words) and text[end : words[k + 1].start()] == " " and _neighbour_name(words[k + 1].group()):
        end = words[k + 1].end()
    elif k > 0 and text[words[k - 1].end() : start] == " " and _neighbour_name(words[k - 1].group()):
        start = words[k - 1].start()
    return start, end
