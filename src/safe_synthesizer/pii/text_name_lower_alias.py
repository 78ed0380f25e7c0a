"""Lower-case names after the phrases that say under which name a person ran, entered or is known.

Race logs, registers, check-in desks and case notes record the name someone used: ``ran as mandy bennett``,
``entered as tino rust``, ``registered as jules salmon``, ``checked in as linda begum``, ``known as
jean-paul moustache``, ``aka nicolas le goff``, ``angemeldet als dieter finke``, ``inscrit sous le nom de rémy
baron``. The phrase is the cue (``as`` after a verb of entering, registering or being known; ``aka``, ``alias``,
``née``); the words after it must read as a name (:func:`text_name_lower_pair.pair_end`: a listed given name and
a family name, or a Hungarian family-first pair), so ``ran as fast as`` and ``known as the best`` keep theirs.

Example::

    lower_alias_spans("Bib swapped: entered as D. Burns, ran as mandy bennett.")  # [(41, 54, 'name')]
"""

from __future__ import annotations

import itertools
import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens

__all__ = ["lower_alias_spans"]

# Verbs before "as" (English) or "als" (German, Dutch) whose object is the name used.
_AS_VERBS = (
    r"ran|run|runs|running|raced|races|racing|entered|enters|registered|registers|signed up|signed in|signed on|"
    r"checked in|booked in|booked|listed|known|named|identified|introduced (?:himself|herself|themselves)|"
    r"posing|posed|travelling|traveling|travelled|traveled|started|finished|competed|played|appears|appeared|"
    r"recorded|logged|filed|goes|went"
)
_DE_NL_VERBS = r"gelaufen|gestartet|angemeldet|registriert|eingetragen|bekannt|gelopen|ingeschreven|bekend|gestart"
_CUE = re.compile(
    rf"(?i:(?<![\w'’])(?:(?:{_AS_VERBS})[ \t]+as|(?:{_DE_NL_VERBS})[ \t]+als|a\.k\.a\.|aka|alias|née|nee|"
    r"goes by|going by|sous le nom de|bajo el nombre de|con el nombre de|sotto il nome di|col nome di|"
    r"inscrit comme|inscrite comme|inscrito como|inscrita como|iscritto come|iscritta come))[ \t]*:?[ \t]+"
    r"(?=[^\W\d_])"
)


# Pieces of the other cue phrases, for the cheap test.
_NEEDLES = ("a.k.a", "aka", "alias", "née", "nee", "goes by", "going by", "nom de", "nombre de", "nome di", "inscrit",
            "iscritt")  # fmt: skip
# The last word of each verb before "as"/"als" (the cheap test; the cue regex reads the whole verb).
_AS_LAST = frozenset(
    w.split()[-1]
    for w in re.sub(r"\(\?:([^)]*)\)", lambda m: m.group(1).split("|")[0], f"{_AS_VERBS}|{_DE_NL_VERBS}").split("|")
) | {"herself", "themselves"}


def lower_alias_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names right after an alias phrase (see the module docstring)."""
    low = text.lower()
    words = low.split()
    as_cue = any(b in ("as", "als") and a in _AS_LAST for a, b in itertools.pairwise(words))
    if not as_cue and not any(needle in low for needle in _NEEDLES):
        return []  # cheap test: the cue phrases all hold one of these words
    cues = [m.end() for m in _CUE.finditer(text)]
    if not cues:
        return []
    tokens = word_tokens(text)
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    for end in cues:
        i = starts.get(end)
        if i is None:
            continue
        j = pair_end(text, tokens, i)
        if j is not None:
            out.append((tokens[i][0], tokens[j][1], E.NAME))
    return out
