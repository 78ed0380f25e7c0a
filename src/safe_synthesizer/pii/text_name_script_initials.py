"""The initials written before a found name, in any script: a short dotted letter group right before the name span
(``ப. தேவி``, ``மா. பிரியா``, ``ಟಿ. ಕೆ. ನಾಗರಾಜ್``, ``А. Иванов``) joins the name, so the fake replaces the initials too.

Why: Tamil, Kannada, Telugu and Malayalam names are written with the father's or the village's initial before the
given name, and the letter of an Indic script is a consonant with its vowel sign (``மா`` is ``ம`` + ``ா``) or a
spelled letter name (``ಎನ್`` for N), not one code point. The name readers found the given name, but the span began
after the initial, so the replaced note kept ``மா.`` (a part of who the person is) and the set-51 notes of ta_SG
and kn_IN kept every initial. What does not depend on the language is the notation: an initial is a group of at
most two letters (each with its combining marks) closed by a dot, standing right before a name, alone or chained.

- In a script without letter case (Indic, Arabic, Thai...) a group of one or two letters with their marks counts;
  in a cased script (Latin, Cyrillic, Greek) one capital letter only, so a title (``Dr.``, ``Mr.``, ``St.``) or an
  abbreviation (``No.``) is never an initial.
- The group must open a word (no letter right before it) and stand at most one space from the name or the next
  initial.
- Only a span of a person (``name``, ``first_name``, ``last_name``) is widened, and then it is a full name; or a
  street's, whose name may be a person's with initials (``M.J. Cuenco Avenue``: the fake kept ``M.J.`` in ceb_PH).

Example::

    script_initial_name_spans("cc: ப. தேவி - pot", [(7, 11, "name")])
    # [(4, 11, "name")]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans

__all__ = ["script_initial_name_spans", "with_script_initial_names"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# A street named after a person keeps the person's initials (``M.J. Cuenco Avenue``, ``J.P. Rizal St``).
_WIDENED = _PERSON | {E.STREET_ADDRESS}
# How many dotted groups may stand before one name (``ಟಿ. ಕೆ.``, ``A. B. C.``).
_MAX_INITIALS = 3


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _initial_before(text: str, end: int) -> int | None:
    """Start of the dotted initial group whose dot stands at ``text[end - 1]``, or None.

    The group is read backwards from the dot: letters and their combining marks, at most two letters in a caseless
    script and one capital letter in a cased one, with no letter or mark before it."""
    if end < 2 or text[end - 1] != ".":
        return None
    k = end - 1
    letters: list[str] = []
    while k > 0 and (text[k - 1].isalpha() or _is_mark(text[k - 1])):
        k -= 1
        if text[k].isalpha():
            letters.append(text[k])
        if len(letters) > 2:
            return None
    # A glued chain (``M.J.``) is read group by group: a dot may stand before a group, a letter may not.
    if not letters or (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-'’@/")):
        return None
    if _is_mark(text[k]):  # a mark cannot open a group
        return None
    cased = any(ch.lower() != ch.upper() for ch in letters)
    if cased and not (len(letters) == 1 and letters[0].isupper()):
        return None
    return k


def script_initial_name_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Person and street spans of ``text`` widened to the dotted initials right before them (only those that grow);
    a widened person span is a full name."""
    # Spans another reader holds block an initial (an id, an e-mail), except a person span inside the group: a
    # letter name read as a given name (``ಎನ್`` of ``ಎಂ. ಎನ್. ಶಿವಕುಮಾರ್``) is the initial itself.
    taken = [(x, y, e) for x, y, e in spans]
    out: list[tuple[int, int, str]] = []
    for a, b, entity in spans:
        if entity not in _WIDENED:
            continue
        start = a
        for _ in range(_MAX_INITIALS):
            gap = start
            if gap > 0 and text[gap - 1] == " ":
                gap -= 1
            group = _initial_before(text, gap)
            if group is None:
                break
            if any(x < gap and group < y and not (e in _PERSON and group <= x and y <= gap) for x, y, e in taken):
                break
            start = group
        if start < a:
            out.append((start, b, E.NAME if entity in _PERSON else entity))
    # A letter name widened on its own (``ಎಂ. ಎನ್``) is inside the whole name's widening.
    return [s for s in out if not any(t != s and t[0] <= s[0] and s[1] <= t[1] for t in out)]


def with_script_initial_names(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with each person span widened to the initials before it (:func:`script_initial_name_spans`)."""
    if "." not in text:
        return spans
    found = script_initial_name_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in found)]
    return resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in found])
