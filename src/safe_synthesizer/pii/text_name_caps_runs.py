"""Full names written in capitals (``RE: EVAN COLE``, ``MRS ANA DE SOUZA``) told from headings.

Example::

    caps_name_spans("RE: EVAN COLE", frozenset({"evan"}))  # [(4, 13, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.common_words import common_words, place_names
from safe_synthesizer.pii.titles import is_title

__all__ = ["caps_name_spans"]

# All-caps words (``EVAN``, ``O'NEIL``, ``SMITH-JONES``) of any Latin script; a run is such words
# separated by spaces on one line, so ``RE: EVAN COLE`` gives the run ``EVAN COLE``.
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'\-]*[A-ZÀ-ÖØ-ÞĀ-Ž]\.?"
_CAPS_RUN = re.compile(rf"(?<![\w'\-]){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*(?![\w'\-])")


def caps_name_spans(text: str, first_names: frozenset[str]) -> list[tuple[int, int, str]]:
    """Full names written in capitals (``RE: EVAN COLE``, ``MRS ANA DE SOUZA``).

    A run of 2-3 all-caps words is a name when its first word is a listed first name, or when a
    title precedes it (``MR COLE``: then 1-3 words); surname particles inside (``NORA VAN DEN HOEK``)
    do not count. Headings are kept: the run must not be longer (an all-caps sentence), its last
    word must not be a common word, a place or a street word (``URGENT REVIEW``, ``NEW YORK``, ``MAY
    UPDATE``), and a first name that is also a common word (``WILL``, ``MAY``, ``HOPE``) counts only
    before a listed surname. Inside a sentence (lower-case words on the same line) a listed first
    name before a listed surname is a name even when the surname is also a word (``Parcel for LISA
    YOUNG at ...``): headings are not written inside sentences.
    """
    if not any(c.isupper() for c in text):
        return []
    common, surnames, places = common_words(), gazetteers.surname_words(), place_names()
    out = []
    for m in _CAPS_RUN.finditer(text):
        words = m.group().split()
        starts = [m.start() + off.start() for off in re.finditer(r"\S+", m.group())]
        titled = 0
        while titled < len(words) - 1 and is_title(words[titled].rstrip(".").capitalize()):
            titled += 1
        name = [w.rstrip(".").lower() for w in words[titled:]]
        before = text[: m.start()].rstrip()
        titled_before = bool(before) and is_title(before.split()[-1].rstrip(".").capitalize())
        titled = titled or titled_before
        core = [w for w in name if w not in _CAPS_PARTICLES]
        if not name or name[0] in _CAPS_PARTICLES or name[-1] in _CAPS_PARTICLES:
            continue
        if not 1 <= len(core) <= 3 or (len(core) == 1 and not titled) or any(len(w) < 2 for w in name):
            continue
        last = name[-1]
        if " ".join(name) in places or (last in places and last not in surnames):
            continue
        if last in common and not (
            (_in_sentence(text, m.start(), m.end()) or _after_label(text, m.start()))
            and len(core) >= 2
            and name[0] in first_names
            and name[0] not in common
            and last in surnames
        ):
            continue
        if not titled:
            if name[0] not in first_names:
                continue
            if name[0] in common and last not in surnames:
                continue
            if any(w in common for w in core[1:-1]):
                continue
        start = starts[len(words) - len(name)]
        out.append((start, m.end() - (1 if m.group().endswith(".") else 0), E.NAME))
    return out


# Lower-case particles written inside a capitalised surname (``VAN DEN HOEK``, ``DE LA CRUZ``).
_CAPS_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
                             "la", "le", "ten", "ter", "vom", "zu", "het"))  # fmt: skip
_LOWER_WORD = re.compile(r"(?<![\w'])[a-zß-ÿ]{2,}(?![\w'])")


# A form field's label before the run on its line ("REPORTER: ", "* Name - ", "Patient: ").
_FIELD_LABEL = re.compile(r"(?:^|\n)[ \t]*[-*•]?[ \t]*[A-Za-z][A-Za-z .'/&]{0,24}[:\-][ \t]*$")


def _after_label(text: str, start: int) -> bool:
    """A field label precedes ``start`` on its line: the value of a form, not a heading."""
    return bool(_FIELD_LABEL.search(text, max(0, start - 40), start))


def _in_sentence(text: str, start: int, end: int) -> bool:
    """The line around ``text[start:end]`` has lower-case words: running prose, not a heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_LOWER_WORD.search(text, line_start, start) or _LOWER_WORD.search(text, end, line_end))
