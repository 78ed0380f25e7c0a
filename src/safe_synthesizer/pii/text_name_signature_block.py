"""The name line of a signature block: the line after an e-mail signature separator (``-- `` alone on its line) or
after a closing line (``Warmly,``, ``Saludos,``, ``Mit freundlichen Grüßen,``, ``С уважением,`` alone on its line,
ending in a comma) that the note's last line follows: ``...\\n-- \\nLori King``, ``...\\nWarmly,\\nMrs Tina ᑭᓚᐳᒃ``,
``...\\nYours,\\nنازیہ خان``.

Why: the sign-off readers (:mod:`text_name_signoff`, :mod:`text_name_bare_signoff`, :mod:`text_name_closings`)
read a name after a mark on the same line, or after a closing word of their lists; a signature block is laid out by
lines instead, and the layout is the evidence in every language: the separator ``-- `` is the mail convention
(RFC 3676), and a closing is a short line of its own ending in a comma before the last line, whatever its words.
So the reader reads the layout, not the closing's words: the name line is one to four words (a title before them
allowed and kept out of the span), each a name: a capitalised Latin word that may be one
(:func:`text_name_word_kinds.name_word`, ``"sure"``: no ordinary word, place or title: ``The Team``, ``Accounts``
stay), a lower-case one a name list holds, or a word of another spaced script (``نازیہ``, ``ᑭᓚᐳᒃ``). A line with a
digit, an ``@`` or any other word is no name line (``Sent from my phone``, ``Tel 0123``).

Example::

    signature_block_spans("Handle lost on sheet C.\\n-- \\nLori King")  # [(28, 37, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii.text_name_address_forms import FORMS_BEFORE
from safe_synthesizer.pii.text_name_runs import NameRun, run_entity
from safe_synthesizer.pii.text_name_spaced_letters import SPACED_OTHER_LETTERS
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_word
from safe_synthesizer.pii.text_name_world_titles import LATIN_TITLES, SCRIPT_TITLES
from safe_synthesizer.pii.titles import is_title

__all__ = ["signature_block_spans"]

# A closing line: one to four words (letters, an apostrophe or a hyphen inside) and a comma ending it.
_CLOSING = re.compile(r"^[ \t]*[^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){0,3}[ \t]*,[ \t]*$")
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]{{2}})|-(?=[^\W\d_]))*\.?|[{SPACED_OTHER_LETTERS}]+")
_OTHER = re.compile(f"[{SPACED_OTHER_LETTERS}]+")
_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _script_titles() -> frozenset[str]:
    """The forms of address of the world tables (any script: ``Marwo``, ``Mudane``, ``جناب``, ``திரு``), which
    :func:`titles.is_title` does not hold."""
    tables = (SCRIPT_TITLES, LATIN_TITLES, FORMS_BEFORE)
    return frozenset(t for table in tables for forms in table.values() for t in forms)


def _name_word(word: str) -> bool:
    if _OTHER.fullmatch(word):
        return len(word) >= 2
    if word.endswith(".") or is_title(word):
        return False
    if word[:1].isupper():
        probe = word.title() if word.isupper() and len(word) > 1 else word
        return len(word) > 1 and name_word(probe, "sure")
    return name_word(word, "strict")


def _name_line(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    line = text[start:end]
    if not line.strip() or any(ch.isdigit() for ch in line) or "@" in line:
        return None
    tokens = list(_WORD.finditer(text, start, end))
    # Nothing but words and spaces on the line.
    if "".join(t.group() for t in tokens) != "".join(line.split()):
        return None
    while len(tokens) > 1 and (is_title(tokens[0].group().rstrip(".")) or tokens[0].group() in _script_titles()):
        tokens = tokens[1:]
    words = [t.group() for t in tokens if t.group().lower() not in PARTICLES]
    if not 1 <= len(words) <= _MAX_WORDS or tokens[0].group().lower() in PARTICLES:
        return None
    if not all(_name_word(w) for w in words):
        return None
    run = NameRun(tokens[0].start(), tokens[-1].end(), tuple(words))
    return run.start, run.end, run_entity(run)


def signature_block_spans(text: str) -> list[tuple[int, int, str]]:
    """The name line after a signature separator or a closing line (see the module docstring)."""
    if not text or "\n" not in text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line.rstrip("\r"))))
        pos += len(line) + 1
    filled = [(a, b) for a, b in lines if text[a:b].strip()]
    out: list[tuple[int, int, str]] = []
    for k, (a, b) in enumerate(filled[:-1]):
        mark = text[a:b]
        last = k + 1 == len(filled) - 1
        # The separator opens a block anywhere; a closing line only right before the note's last line.
        if mark.strip(" \t") == "--" or (last and _CLOSING.match(mark)):
            found = _name_line(text, *filled[k + 1])
            if found is not None:
                out.append(found)
    return out
