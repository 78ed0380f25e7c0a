"""Afghan names in Arabic script in free text: Pashto and Dari titles and the patronymic links ``ولد`` / ``د ... زوی``.

Afghan records name a person with the father's name: Dari ``محمد نبی ولد عبدالله`` ("Mohammad Nabi son of
Abdullah"), Pashto ``احمد د محمود زوی`` ("Ahmad, Mahmud's son") or ``لور`` (daughter), often with ``خان`` after
it; and address people with Pashto ``ښاغلی`` (Mr), ``آغلې`` (Mrs) or Dari ``محترم`` / ``محترمه``. Pashto given
names and Pashtun tribe names (``احمدزی``, ``ستانکزی``) are in no list the package carries, and the Persian title
list lacks the Pashto ones. The link word or the title is the evidence:

- one or two words, ``ولد`` / ``ولد`` ``بنت`` and one or two words (``خان`` joins): the whole is one name;
- a word, ``د``, one or two words and ``زوی`` / ``لور``: the whole is one name;
- a Pashto or Dari title and the one or two words after it (a third is more often the verb: ``راغی`` came), up
  to punctuation, a digit or a non-Arabic letter.

Words that are function words of Persian or Arabic (spaCy's lists, :func:`script_lexicon.script_stop_words`) or
start with the Arabic article ``ال`` never take part (Arabic ``عنده ولد صغير`` "he has a little boy" stays).

Example::

    pashto_name_spans("ښاغلی نجیب ستانکزی راغی")  # [(6, 18, "name")]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.script_lexicon import name_key, script_stop_words

__all__ = ["pashto_name_spans"]

_AR = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u200c"  # letters (no digits, no punctuation ، ؛ ؟ ۔)
_W = rf"[{_AR}]+"
_PRE = re.compile(r"ولد|بنت|زوی|لور|ښاغل|آغلې|اغلې|محترم")
_SON_OF = re.compile(
    rf"(?<![{_AR}])(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+(?:ولد|بنت)[ \t]+(?P<father>{_W}(?:[ \t]+{_W})?)"
    rf"(?:[ \t]+خان)?(?![{_AR}])"
)
_PASHTO_SON = re.compile(
    rf"(?<![{_AR}])(?P<name>{_W})[ \t]+د[ \t]+(?P<father>{_W}(?:[ \t]+{_W})?)(?:[ \t]+خان)?[ \t]+(?:زوی|لور)(?![{_AR}])"
)
_TITLE = re.compile(rf"(?<![{_AR}])(?:ښاغلی|ښاغلي|آغلې|اغلې|محترمه|محترم)[ \t]+(?P<run>{_W}(?:[ \t]+{_W})?)")


def _plain(words: str) -> bool:
    """No function word and no word with the Arabic article among ``words``."""
    stops = script_stop_words("arabic")
    return all(not w.startswith("ال") and name_key(w) not in stops for w in words.split())


def pashto_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of the module docstring's names in ``text``."""
    if _PRE.search(text) is None:
        return []
    out = []
    for pattern in (_SON_OF, _PASHTO_SON):
        for m in pattern.finditer(text):
            if _plain(m.group("name")) and _plain(m.group("father")):
                out.append((m.start(), m.end(), E.NAME))
    for m in _TITLE.finditer(text):
        words = m.group("run").split()
        kept = []
        for w in words:
            if not _plain(w):
                break
            kept.append(w)
        if kept:
            start = m.start("run")
            out.append((start, start + len(" ".join(kept)), E.NAME))
    return out
