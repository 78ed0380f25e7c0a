"""Lower-case full names after a verb of returning, chasing, covering or coming along.

Desk logs, RSVP lists and hand-over notes name the person an item came back from, the guest someone chased, the
cover for a shift or the person a client came with, often as typed in lower case: ``says they were returned by
hannes kabus.``, ``Chased trevor good-warren by text``, ``Cover if needed: valarie malcolm.``, ``Passation : Jesus
est passé ce matin avec lusia takaniua.``, ``Passagem de turno: Cameron veio com nuno có.``. The earlier cue rules
(:mod:`text_cued_names`, :mod:`text_name_lower`) know ``collected by`` and ``picked up by`` but not these verbs.

Cue: ``returned``/``brought (back|in)``/``handed (in|back)``/``sent``/``signed out``/``borrowed`` + ``by``;
``chased (up)``; ``cover (if needed)`` + a colon; ``came``/``come``/``arrived``/``turned up`` + ``with``; the French,
Portuguese, Spanish, Italian, German and Dutch ``came (this morning) with`` (``est passé ... avec``, ``veio com``,
``vino con``, ``venuto con``, ``kam mit``, ``kwam met``).

Name: :func:`text_name_lower_pair.pair_end` (a listed given name, then a listed family name or a word no
vocabulary holds), or two to four lower-case words that :func:`text_name_lower_slots.loose_name_words` reads as a
name and that end the clause (punctuation, the end, or a function word follows: ``by text``, ``on site``).
So ``returned by post``, ``chased up the invoice`` and ``came with the car`` keep their words.

Example::

    lower_handled_name_spans("says they were returned by hannes kabus.")  # [(27, 39, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_lower_slots import NAME_PARTICLES, loose_name_words
from safe_synthesizer.pii.text_name_lower_words import function_word, given_kind

__all__ = ["lower_handled_name_spans"]

# The word that ends a cue, then a lower-case letter: the one scan over the whole text (cheap: no verb alternation).
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž"
_CONNECTOR = re.compile(
    r"(?<![\w'’])(?P<c>by|up|with|avec|com|con|mit|met|[Cc]hased|[Cc]hasing|needed[ \t]*:|[Cc]over[ \t]*:)"
    rf"[ \t]+(?=[{_LOW}])"
)
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
_BY = frozenset("returned sent borrowed renewed brought handed".split())  # noqa: SIM905
_BY_AFTER = {
    "back": ("brought", "handed"),
    "in": ("brought", "handed"),
    "over": ("handed",),
    "out": ("signed", "taken"),
}
_COME = frozenset("came come comes coming arrived".split())  # noqa: SIM905
_WITH_AFTER = {"in": _COME, "up": frozenset(("turned", "showed")), "along": _COME}
# "est passé ce matin avec", "veio hoje com", "vino ayer con", "è venuto con", "kam heute mit", "kwam met".
_AWAY = {
    "avec": re.compile(r"pass[ée]e?s?|venue?s?|arriv[ée]e?s?"),
    "com": re.compile(r"veio|vieram|chegou|chegaram|passou"),
    "con": re.compile(r"vino|vinieron|lleg[óo]|pas[óo]|venut[oaie]|arrivat[oaie]|passat[oaie]"),
    "mit": re.compile(r"kam|kamen"),
    "met": re.compile(r"kwam|kwamen"),
}


def _cued(text: str, start: int, connector: str) -> bool:
    """The words before the connector at ``start`` make it a cue (module docstring)."""
    low = connector.lower()
    if low in ("chased", "chasing"):
        return True
    before = [w.lower() for w in _WORDS_BEFORE.findall(text, max(0, start - 48), start)][-4:]
    if not before:
        return False
    last = before[-1]
    second = before[-2] if len(before) > 1 else ""
    if low == "by":
        return last in _BY or second in _BY_AFTER.get(last, ())
    if low == "up":
        return last in ("chased", "chasing")
    if low.startswith("needed"):
        return second == "cover" and last == "if"
    if low.startswith("cover"):
        return True
    if low == "with":
        return last in _COME or second in _WITH_AFTER.get(last, ())
    verb = _AWAY[low]
    return any(verb.fullmatch(w) for w in before)


_CLAUSE_END = frozenset(".,;:!?)\n")


def _name_function_word(word: str, at: int) -> bool:
    """A function word that is part of a name: a particle inside it (``henri de oliveira``) or a listed given name
    opening it that is a function word of another language only (``sean``: Spanish ``sean``)."""
    return word in NAME_PARTICLES if at else bool(given_kind(word))


def _loose_end(text: str, tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Last token of two to four lower-case name words from token ``i`` that end the clause, longest first."""
    words = []
    for k in range(i, min(i + 4, len(tokens))):
        if k > i and text[tokens[k - 1][1] : tokens[k][0]].strip(" \t"):
            break
        word = tokens[k][2]
        if not word.islower() or (function_word(word) and not _name_function_word(word, k - i)):
            break
        words.append(word)
    for n in range(len(words), 1, -1):
        j = i + n - 1
        after = text[tokens[j][1] : tokens[j][1] + 1]
        following = tokens[j + 1][2] if j + 1 < len(tokens) else ""
        ends = after in _CLAUSE_END or after == "" or (following.islower() and function_word(following))
        if ends and words[n - 1] not in NAME_PARTICLES and loose_name_words(words[:n]):
            return j
    return None


def lower_handled_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names after a returning, chasing, covering or coming-with cue (see the module docstring)."""
    cues = [m for m in _CONNECTOR.finditer(text) if _cued(text, m.start(), m.group("c"))]
    if not cues:
        return []
    tokens = word_tokens(text)
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    for m in cues:
        i = starts.get(m.end())
        if i is None:
            continue
        ends = [j for j in (pair_end(text, tokens, i), _loose_end(text, tokens, i)) if j is not None]
        if ends:
            j = max(ends)  # "mickaël mickaël clain": the loose read may see a word further
            out.append((tokens[i][0], tokens[j][1], E.NAME))
    return out
