"""The other members of a list of people, in any case and script, once one member is surely a person: ``Present:
tahirou, Souley, Mme Reynaud et Yacouba``, ``Thanks to trần, Bùi, Mr Phạm and trần for helping out``, ``Present:
Caleb, s. bakar, a. bin caleb gillespie and Mr bin Joe Duran``, ``Doubles: Vũ/Mai v Lê Ánh and Vi``.

Attendance lines, thanks and fixtures name people in mixed forms: one with a title, one in full, others by one word,
in lower case, with an initial, with a patronymic particle (``bin``, ``van den``, ``al-``), or in the script of the
person's language inside a Latin template. :mod:`text_name_roll_items` takes the capitalised one-word items of rolls
with two sure members; this rule reads the rest, where one sure member is enough because the member test is the
second cue:

- a **list** is a clause (cut at ``.`` before a space, ``;``, ``:``, ``!``, ``?``, a bracket or a line; an initial's
  or a title's dot does not cut) of items joined by commas, ``&``, ``+``, ``/``, ``v``/``vs`` or a conjunction of the
  supported languages (``and``, ``und``, ``et``, ``y``, ``e``, ``en``, ``og``, ``och``, ``i``, ``a``, ``dan``,
  ``và``...); the first item is the name-shaped end of the first piece (after ``Present:``, ``Thanks to``), the last
  the name-shaped start of the last piece (before ``for helping out``);
- an item is **name-shaped**: an optional title, an optional initial (``s.``), then one to three name words with
  particles between (``bin``, ``van den``);
- a member is **sure**: a title and a capitalised word (``Mme Reynaud``), two or three capitalised words opening
  with a listed given name (``Walentina Freudenberger``), a lower-case full name
  (:func:`text_name_lower_pair.pair_end`), or a capitalised given name no vocabulary holds (``Caleb``);
- then every other name-shaped item whose words may be names in a sure slot
  (:func:`text_name_word_kinds.name_word`: listed names, words no list nor vocabulary holds, words of another script
  than the note's) is a name; a lower-case word of the note's languages (``rose``, ``will``, ``coffee``) never is,
  and an item after an initial may be any listed family name (``h. lange``).

Only the text decides, so under DP a record's fake depends on that record only.

Example::

    list_member_spans("Present: tahirou, Souley, Mme Reynaud et Yacouba.")
    # [(9, 16, 'last_name'), (18, 24, 'last_name'), (30, 37, 'last_name'), (41, 48, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script, other_script
from safe_synthesizer.pii.titles import is_title

__all__ = ["list_member_spans"]

# A clause ends at a dot before a space (not an initial's or a title's), a colon, a bracket or a line.
_CLAUSE = re.compile(r"(?<![\s,(][^\W\d_])(?<!\A[^\W\d_])(?<!\b(?:Mr|Dr|Ms|Mx|St))(?<!\bMrs)(?<!\bMme)\.(?=\s|\Z)|"
                     r"[;:!?()\[\]\n]")  # fmt: skip
# A slash joins only when unspaced ("Vũ/Mai"); spaced, it separates the turns of a message thread.
_JOINT = re.compile(r"[ \t]*(?:,|[+&])[ \t]*|/")
# Conjunctions joining the last item, as words of their own between spaces ("a." and "e." are initials).
# Czech "a" and Polish "i" are left out: French "a" (has) and Italian "i" (the) are more common in notes.
_CONJUNCTIONS = frozenset(("and", "und", "et", "y", "e", "en", "og", "och", "ja", "és", "oraz", "dan", "và", "v",
                           "vs"))  # fmt: skip
_INITIAL = re.compile(r"[^\W\d_]\.")
# Three items need two joints: counted before any tokenising, which most notes never need.
_JOINTS = re.compile(r"[,&+/]|(?<=\s)(?:" + "|".join(sorted(_CONJUNCTIONS)) + r")(?=\s)", re.IGNORECASE)
_MAX_ITEM = 6


def _title(word: str) -> bool:
    return is_title(word.rstrip(".")) and len(word.rstrip(".")) != 1


def _shape(text: str, tokens: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int, bool] | None:
    """``(first name token, last token, titled)`` of the item of tokens ``a..b-1`` if it is name-shaped."""
    i, titled = a, False
    if i < b and _title(tokens[i][2]):
        i, titled = i + 1, True
        while i < b and text[tokens[i - 1][1] : tokens[i][0]] == ".":
            i += 1  # "Sig.ra": the title's own ending
    if i < b and len(tokens[i][2]) == 1 and text[tokens[i][1] : tokens[i][1] + 1] == ".":
        i += 1  # an initial: "s. bakar"
    words = [w for _, _, w in tokens[i:b] if w not in PARTICLES]
    if not 1 <= len(words) <= 3 or tokens[b - 1][2] in PARTICLES:
        return None
    if any(text[tokens[k][1] : tokens[k + 1][0]].strip(" \t.") for k in range(a, b - 1)):
        return None  # only spaces (and an initial's dot) inside an item
    return i, b - 1, titled


def _sure(text: str, tokens: list[tuple[int, int, str]], a: int, i: int, j: int, titled: bool, script: str) -> bool:
    words = [w for _, _, w in tokens[i : j + 1] if w not in PARTICLES]
    if titled:
        return all(w[:1].isupper() or other_script(w, script) for w in words)
    if len(words) >= 2 and all(other_script(w, script) for w in words):
        return True  # "سارینا الجابر" in a Latin frame: a full name of another script
    if i > a:  # an initial: sure only when a capitalised family name follows ("I. Auger")
        return len(words) == 1 and words[0][:1].isupper() and name_word(words[0], "sure")
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return given_word(words[0], strict=True) and name_word(words[-1], "sure")
    if len(words) >= 2 and all(w.islower() for w in words):
        return pair_end(text, tokens, i) == j
    # One capitalised given name, every part of it a name ("Caleb"; not "Beatrix-Wulff-Gasse").
    word = words[0]
    return (
        len(words) == 1
        and word[:1].isupper()
        and given_word(word, strict=True)
        and all(given_word(p, strict=True) or family_kind(p.lower()) == "strong" for p in word.split("-"))
    )


def _member(text: str, tokens: list[tuple[int, int, str]], a: int, i: int, j: int, script: str) -> bool:
    words = [w for _, _, w in tokens[i : j + 1] if w not in PARTICLES]
    initial = i > a and not _title(tokens[a][2])
    if all(w.islower() for w in words) and len(words) >= 2 and pair_end(text, tokens, i) == j:
        return True
    for w in words:
        if name_word(w, "sure", script):
            continue
        if initial and w.islower() and family_kind(w) in ("strong", "word", "unknown"):
            continue  # "h. lange": an initial makes a listed family name of a word
        return False
    return True


def _items(
    text: str, tokens: list[tuple[int, int, str]], lo: int, hi: int, script: str
) -> list[tuple[int, int, int, bool]]:
    """``(item start token, first name token, last token, titled)`` of the name-shaped items of the clause of
    characters ``lo..hi``; empty unless every item is a sure name or may be one."""
    if any(ch.isdigit() for ch in text[lo:hi]):
        return []  # "Veel sterkte, Nisa Hemert, Stanring 64": a sign-off and an address, no roll
    inside = [k for k, t in enumerate(tokens) if lo <= t[0] and t[1] <= hi]
    if len(inside) < 2:
        return []
    pieces: list[list[int]] = [[]]
    for n, k in enumerate(inside):
        gap = text[tokens[k - 1][1] : tokens[k][0]] if n else ""
        if n and (_JOINT.fullmatch(gap) or (gap.startswith(".") and _JOINT.fullmatch(gap[1:]))):
            pieces.append([])
        word = tokens[k][2]
        after = text[tokens[k][1] : tokens[k + 1][0]] if k + 1 < len(tokens) else ""
        if 0 < n < len(inside) - 1 and word.lower() in _CONJUNCTIONS and gap.strip(" \t") in ("", ".") and after == " ":
            pieces.append([])  # "Mme Reynaud et Yacouba": the conjunction is the joint
            continue
        pieces[-1].append(k)
    if any(not p for p in pieces):
        return []
    if len(pieces) < 3:
        return []  # three items at least: "Schlüssel bei Erica Warmer" after a comma is no list
    out = []
    for n, piece in enumerate(pieces):
        # The first piece's item is its longest name-shaped end ("Thanks to trần"), the last piece's its longest
        # name-shaped start ("trần for helping out"), a middle piece is one item.
        if n == 0 and len(pieces) > 1:
            bounds = [(a, len(piece)) for a in range(max(0, len(piece) - _MAX_ITEM), len(piece))]
        elif n == len(pieces) - 1:
            bounds = [(0, b) for b in range(min(len(piece), _MAX_ITEM), 0, -1)]
        else:
            bounds = [(0, len(piece))] if len(piece) <= _MAX_ITEM else []
        found = None
        for a, b in bounds:
            shape = _shape(text, tokens, piece[a], piece[b - 1] + 1)
            if shape and (
                _sure(text, tokens, piece[a], *shape, script) or _member(text, tokens, piece[a], *shape[:2], script)
            ):
                found = (piece[a], *shape)
                break
        if found is None:
            return []
        out.append(found)
    return out


def list_member_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the members of lists of people (module docstring); overlaps resolved by the
    caller."""
    if len(text) < 10 or len(_JOINTS.findall(text)) < 2:
        return []
    tokens = word_tokens(text)
    script = note_script(text)
    out: list[tuple[int, int, str]] = []
    lo = 0
    for cut in [*_CLAUSE.finditer(text), None]:
        hi = cut.start() if cut is not None else len(text)
        items = _items(text, tokens, lo, hi, script) if hi - lo > 4 and len(_JOINTS.findall(text, lo, hi)) >= 2 else []
        lo = cut.end() if cut is not None else len(text)
        if not any(_sure(text, tokens, a, i, j, t, script) for a, i, j, t in items):
            continue
        for _, i, j, _ in items:
            s, e = tokens[i][0], tokens[j][1]
            out.append((s, e, name_entity(text[s:e])))
    return out
