"""Chinese names in a note read by where a record puts them and by the characters names are written with: a run of
ideographs right after a label's closing (``：``, ``:``, a dash) and before a field's separator (``，``, ``、``, a
bracket), made of a listed family name and a given name of name characters (``續會：黃詠詩，出生日期 ...``, ``想睇樓
— 張曉彤，而家住 ...``); and, once a full name is found, its given name standing alone elsewhere in the same note
(``曉彤 towed by @李曉彤``, ``Sent from my phone - 曉彤``).

Why: :mod:`text_cjk_names` takes a run bounded by punctuation as a name when it splits into a listed family name and
a LISTED given name; given names are free compounds, and set 50's Cantonese notes wrote given names no list holds
(``詠詩``, ``曉彤``, ``淑儀``): the record's head stayed. What every such note shares is the record's layout (a
label, the person, the next field) and the inventory of characters given names are built from. So a head is a name
when

- it stands between a label's closing and a field separator, three or four ideographs;
- its first one or two characters are a listed family name (:func:`validators.scripts.family_names`);
- every character of the rest is a character of the listed given names (of Chinese, in both scripts): ``級``
  (``備註：高級會員，``) or ``色`` are not, so words that begin with a family character stay;
- it is no town, no address, no honorific-ended word (``陳先生``).

A given name alone counts only as the echo of a full name the note holds (the same person named twice); it must
stand as a run of its own (not inside a longer run of ideographs).

Example::

    cjk_head_name_spans("續會：黃詠詩，出生日期 8/11/1984")  # [(3, 6, "name")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.validators import scripts as S
from safe_synthesizer.utils.scripts import HAN

__all__ = ["cjk_head_name_spans", "with_cjk_head_names"]

_HEAD = re.compile(rf"(?:[：:]|[ \t]?[—–\-－][ \t]?)[ \t\u3000]*(?P<name>[{HAN}]{{3,4}})(?=[，,、（(]|[ \t]*[，,])")
_RUN = re.compile(f"[{HAN}]+")
# Words a head may be that are no person: honorifics, kin and role words, places and units (a family character
# then one of these ends it).
_NOT_NAME_END = re.compile(
    "(?:先生|女士|小姐|太太|同學|同学|老師|老师|醫生|医生|經理|经理|[市縣县區区省路街道號号鎮镇村樓楼室座])$"
)
_PERSON = frozenset({E.NAME, "name"})


@lru_cache(maxsize=1)
def _given_chars() -> frozenset[str]:
    """The characters given names are written with: the listed Chinese given names of both scripts and the kanji
    of the listed Japanese ones (``大``, ``文``, ``彤``: a larger inventory of the same name characters)."""
    from safe_synthesizer.pii.text_cjk_names import _lists

    names = [*S.given_names("han"), *_lists()[1]]
    return frozenset(ch for name in names for ch in name if re.match(f"[{HAN}]", ch))


def _head_name(word: str) -> bool:
    if _NOT_NAME_END.search(word) or S.script_town(word):
        return False
    family = S.family_names("han")
    chars = _given_chars()
    for cut in (1, 2):
        given = word[cut:]
        if word[:cut] in family and 1 <= len(given) <= 2 and all(ch in chars for ch in given):
            return True
    return False


def cjk_head_name_spans(text: str, spans: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """Record-head names and the given-name echoes of found full names in ``text`` (see the module docstring),
    outside ``spans``."""
    if not text or not _RUN.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _HEAD.finditer(text):
        a, b = m.span("name")
        if _head_name(m.group("name")) and not any(s < b and a < e for s, e, _ in spans):
            out.append((a, b, E.NAME))
    # The given name of a full name found (by the detector or above), alone elsewhere in the note.
    family = S.family_names("han")
    givens = set()
    for a, b, entity in [*spans, *out]:
        word = text[a:b]
        if entity in _PERSON and _RUN.fullmatch(word) and 3 <= len(word) <= 4:
            for cut in (1, 2):
                if word[:cut] in family and len(word) - cut == 2:
                    givens.add(word[cut:])
    for given in givens:
        for m in re.finditer(re.escape(given), text):
            a, b = m.span()
            run = _RUN.search(text, max(0, a - 1))
            if run is None or run.span() != (a, b):
                continue  # inside a longer run: "李曉彤" itself, or a word holding the two characters
            if not any(s < b and a < e for s, e, _ in [*spans, *out]):
                out.append((a, b, E.FIRST_NAME))
    return sorted(out)


def with_cjk_head_names(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the names of :func:`cjk_head_name_spans` added."""
    found = cjk_head_name_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in found])
