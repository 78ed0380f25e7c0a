"""Lower-case names read by the role they fill in a note's sentence, not by the note's layout.

Whiteboards, rotas, bar tabs and club logs name people in lower case, by one word or two, where no capital and no
list of layouts marks them: ``deng arrived late, table 3 sat out. partner ladu not happy.``, ``noy from Virginia
Schaefer wants the juice kept separate``, ``Mon Simon, Tue Kenneth / harrison off sick``, ``... tel 553 3822 ta
russ``, ``Turnos: I. Izaguirre Herranz; Ciriaco Pancho Espinosa; peralta barberá; Patricio.``. Each earlier rule
knew one of these layouts; this reader knows five roles, each one a slot only a person fills, and the closed
classes of :mod:`text_name_role_words` that open it, in several languages:

1. **subject**: one to three lower-case tokens at a clause's head (the note's start, after a sentence's end, a
   colon, ``;``, a spaced ``/``, ``+``, ``|``, ``->`` or a comma), maybe a ``from``/``of``/``at`` phrase after them
   (``noy from 172 Michelle Forest wants``), then a predicate whose subject is a person (arriving, being off sick or
   unhappy, wanting, paying, calling, agreeing);
2. **relation**: the token(s) right after a relational noun (``partner ladu``, ``son kalo``, ``moglie giulia``)
   that end the clause or meet a predicate;
3. **list member**: a lower-case item of a list of three or more items joined by one separator (``;``, ``+``,
   ``/``, ``|``, ``,``) whose other items are surely people (a title, an initial, two capitalised name words, a
   listed given name, a name in capitals), at most one item of another kind;
4. **sign-off**: one or two tokens after a closing word (``ta``, ``thx``, ``cheers``, ``merci``, ``danke``) that
   end the note or its body (before ``-- X`` or ``(sent from my phone)``);
5. **day slot**: the token after a weekday (``Mon Simon, Tue Kenneth``), in a note with two day slots at least.

The tokens must still read as names (:func:`text_name_word_kinds.name_word`, sure slot: a listed name no vocabulary
holds, or a word no list nor vocabulary holds; a word of another script in a Latin note), more surely the weaker the
slot: a short word no list holds (``noy``, ``pulu``: three or four letters) counts in a subject before a
person-only predicate, after a relational noun, in a list or a sign-off; a listed family name that is also a word
(``rice``, ``wood``, ``green``) only before a person-only predicate (``off sick``, ``wants``, ``rang``: a delivery
of wood may arrive late) or after a relational noun. Titles, role nouns (``staff``, ``driver``), function words
(``someone``), weekdays, months and places never count. Only the text decides, so under DP a record's fake depends
on that record only.

Example::

    role_name_spans("deng arrived late, table 3 sat out. partner ladu not happy.")
    # [(0, 4, 'last_name'), (44, 48, 'last_name')]
"""

from __future__ import annotations

import itertools
import re

from safe_synthesizer.pii.text_name_lower_pair import word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.text_name_role_words import CLOSING_WORDS, RELATIONAL_NOUNS, day_word, person_predicate
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script, other_script
from safe_synthesizer.pii.titles import is_title

__all__ = ["role_name_spans"]

Token = tuple[int, int, str]

# What ends right before a clause's head.
_HEAD = re.compile(r"(?:\A|[.!?;:][ \t]+|\n[ \t]*|[ \t]+(?:/|\+|\||->|=>|>>|-|–)[ \t]+|,[ \t]+)")
# A phrase after the subject that says where the person is from, before the predicate.
_FROM = frozenset(("from", "of", "at", "in", "de", "du", "des", "van", "uit", "aus", "von", "di", "da", "från",
                   "fra", "do", "dos"))  # fmt: skip
_FROM_SPAN = 14  # tokens a from-phrase may take
_SENTENCE_END = re.compile(r"[.!?;:\n]|[ \t]/[ \t]")
_GAP = re.compile(r"(?<=\S)(?=[ \t,])")  # where a predicate may start inside a from-phrase
_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ]")
# Shorthand of notes that no vocabulary lists.
_SHORTHAND = frozenset(
    """tmrw tmw pls plz thx tks msg appt asap fyi eta etc tba tbc tbd approx info nb ps btw
    lol omg imo ooo mins hrs wks yrs qty pcs pkg ref inv""".split()  # noqa: SIM905
)
_TAIL = re.compile(r"[ \t]*[.!]?[ \t]*(?:\Z|\n|[ \t]/[ \t]|[ \t]+--|[ \t]*\((?i:sent)\b)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)/]|\Z|\n| \d| - )")
_INITIAL = re.compile(r"[^\W\d_]\.[ \t]*[^\W\d_]")
# Possessives and articles before a relational noun mid-sentence ("her son", "sa fille", "mein Sohn", "la moglie").
_DETERMINERS = frozenset(
    """my his her their our your the a mi tu su sus nuestra nuestro mon ma ta sa notre leur
    votre le la mio mia tuo tua suo sua il lo mein meine dein deine sein seine ihr ihre unser unsere der die mijn
    zijn haar hun onze de het meu minha teu tua seu sua o min mitt din ditt sin sitt hans hennes""".split()  # noqa: SIM905
)


def _short_unknown(low: str) -> bool:
    """Three or four letters no list nor vocabulary holds, shaped like a word (a vowel, no shorthand)."""
    return (
        3 <= len(low) <= 4
        and low.isalpha()
        and bool(_VOWEL.search(low))
        and low not in _SHORTHAND
        and family_kind(low) == "unknown"
        and not given_kind(low)
    )


def _never(word: str) -> bool:
    low = word.lower()
    return is_title(word.rstrip(".")) or is_role_noun(word) or day_word(word) or low in RELATIONAL_NOUNS


def _token_ok(word: str, script: str, *, short: bool, wordy: bool) -> bool:
    """A lower-case token (or one of another script) reads as a name: ``short`` lets a short unknown word count,
    ``wordy`` a listed family or given name that is also a word (``rice``, ``wood``)."""
    if other_script(word, script):
        return len(word) >= 2
    if not word.islower() or _never(word):
        return False
    if name_word(word, "sure", script):
        return True
    parts = [p for p in word.split("-") if p]
    # A double-barrelled name of two listed names is no word of any language ("stevenson-ahmed").
    if len(parts) == 2 and all(family_kind(p) in ("strong", "word") or given_kind(p) for p in parts):
        return not any(function_word(p) for p in parts)
    if not parts or any(function_word(p) and not given_kind(p) for p in parts):
        return False
    if short and all(_short_unknown(p) or name_word(p, "sure", script) for p in parts):
        return True
    return wordy and all(family_kind(p) in ("strong", "word") or given_kind(p) for p in parts)


def _run(text: str, tokens: list[Token], i: int, script: str, *, short: bool, wordy: bool) -> int | None:
    """Last token of a name run of one to three tokens (particles inside: ``van der klijn``, ``gomes da silva``)
    starting at token ``i``, all spaced; ``None`` if token ``i`` opens none."""
    j = i
    names = 0
    last_ok = None
    while j < len(tokens) and j - i < 4:
        word = tokens[j][2]
        if j > i and text[tokens[j - 1][1] : tokens[j][0]] not in (" ", "\t"):
            break
        if word in PARTICLES and word.islower():
            if j + 1 >= len(tokens):
                break
            j += 1
            continue
        # After a particle any lower-case word of a name's shape counts ("de backer", "van praagh-wigman").
        after_particle = j > i and tokens[j - 1][2] in PARTICLES
        if _token_ok(word, script, short=short, wordy=wordy or after_particle):
            names += 1
            last_ok = j
            j += 1
            if names == 3:
                break
            continue
        break
    return last_ok


def _head_tokens(text: str, tokens: list[Token]) -> list[int]:
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    return [starts[m.end()] for m in _HEAD.finditer(text) if m.end() in starts]


def _phrase_end(text: str, start: int) -> int:
    """Where a from-phrase starting at ``start`` must stop: a sentence's end (a dot after a word of five letters or
    more, or before a lower-case word: ``Apt. 15`` and ``ш. Победа`` go on), ``!``, ``?``, ``;``, a colon, a line, a
    spaced slash."""
    for m in _SENTENCE_END.finditer(text, start):
        if m.group() != ".":
            return m.start()
        before = re.search(r"[^\W\d_]*\Z", text[max(0, m.start() - 12) : m.start()]).group()
        if len(before) >= 5 or text[m.end() :].lstrip()[:1].islower():
            return m.start()
    return len(text)


def _predicate_after(text: str, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """(index of the last token before the predicate, strength) for a predicate right after token ``j`` or after a
    from-phrase that follows it (``noy from 172 Michelle Forest wants``)."""
    hit = person_predicate(text, tokens[j][1])
    if hit is not None:
        return j, hit[2]
    if j + 1 < len(tokens) and tokens[j + 1][2].lower() in _FROM and text[tokens[j][1] : tokens[j + 1][0]] == " ":
        start = tokens[j + 1][1]
        stop = _phrase_end(text, start)
        for n, m in enumerate(_GAP.finditer(text, start, stop)):
            if n >= _FROM_SPAN:
                break
            hit = person_predicate(text, m.start())
            if hit is not None:
                return j, hit[2]
    return None


def _subjects(text: str, tokens: list[Token], script: str) -> list[tuple[int, int]]:
    out = []
    for i in _head_tokens(text, tokens):
        if not (tokens[i][2].islower() or other_script(tokens[i][2], script)):
            continue
        # Surest words first; a short unknown or a wordy name only before a person-only predicate.
        j = _run(text, tokens, i, script, short=True, wordy=True)
        if j is None:
            continue
        found = _predicate_after(text, tokens, j)
        if found is None:
            continue
        if found[1] == "person" or _run(text, tokens, i, script, short=found[1] == "act", wordy=False) == j:
            out.append((i, j))
    return out


def _relations(text: str, tokens: list[Token], script: str) -> list[tuple[int, int]]:
    out = []
    heads = set(_head_tokens(text, tokens))
    for k, (_, end, word) in enumerate(tokens[:-1]):
        if word.lower() not in RELATIONAL_NOUNS or text[end : tokens[k + 1][0]] != " ":
            continue
        # After a title or capitalised mid-sentence, the noun is a surname ("Sra. Neto pelo ..."), not a relation;
        # mid-sentence a possessive or an article says a relation ("her son ...", "verging on mom jean" is none).
        if (k > 0 and is_title(tokens[k - 1][2])) or (not word.islower() and k not in heads):
            continue
        if k not in heads and (k == 0 or tokens[k - 1][2].lower() not in _DETERMINERS):
            continue
        i = k + 1
        if person_predicate(text, end):  # "my husband said": the noun is the subject
            continue
        # A listed name that is also a word ("mom jean.", "boyfriend fit") only before a person's predicate.
        j = _run(text, tokens, i, script, short=True, wordy=False)
        if j is not None and _CLAUSE_END.match(text[tokens[j][1] : tokens[j][1] + 3] + " "):
            out.append((i, j))
            continue
        j = _run(text, tokens, i, script, short=True, wordy=True)
        if j is not None and person_predicate(text, tokens[j][1]):
            out.append((i, j))
    return out


def _item_sure(item: str) -> bool:
    """An item that is surely a person: a title or an initial before a name, two or three capitalised name words,
    a capitalised listed given name, or a name in capitals."""
    words = item.split()
    if not words or len(words) > 4:
        return False
    if is_title(words[0].rstrip(".")) and len(words) > 1:
        return True
    if _INITIAL.match(item) and len(words) > 1:
        return True
    if not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    names = [w for w in words if w not in PARTICLES]
    if all(w.isupper() and len(w) > 1 for w in names):
        return all(given_kind(w.lower()) or family_kind(w.lower()) in ("strong", "word", "unknown") for w in names)
    if len(names) == 1:
        return bool(given_kind(names[0].lower()) == "strong" or name_word(names[0], "strict"))
    return all(name_word(w, "sure") for w in names)


_SEPARATORS = (";", " + ", " / ", " | ", ",")


def _list_members(text: str, tokens: list[Token], script: str) -> list[tuple[int, int]]:
    out = []
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    for line_start, line in _lines(text):
        for sep in _SEPARATORS:
            if line.count(sep) < 2:
                continue
            pieces, at = [], 0
            for piece in line.split(sep):
                pieces.append((line_start + at, piece))
                at += len(piece) + len(sep)
            # The first item may carry a label ("Turnos: ", "Picked for Saturday -> "); the last its full stop.
            first_at, first = pieces[0]
            cut = max(first.rfind(": "), first.rfind("-> "))
            if cut >= 0:
                pieces[0] = (first_at + cut + 2, first[cut + 2 :])
            items = []
            for at_, piece in pieces:
                stripped = piece.strip().rstrip(".!")
                lead = len(piece) - len(piece.lstrip())
                items.append((at_ + lead, stripped))
            if len(items) < 3 or any(not s or len(s.split()) > 4 for _, s in items):
                continue
            sure = [s for _, s in items if _item_sure(s)]
            lower = []
            for at_, s in items:
                i = starts.get(at_)
                if i is None or not (s[:1].islower() or other_script(s.split()[0], script)):
                    continue
                j = _run(text, tokens, i, script, short=True, wordy=False)
                if j is not None and tokens[j][1] == at_ + len(s):
                    lower.append((i, j))
            if len(sure) >= 2 and len(items) - len(sure) - len(lower) <= 1:
                out += lower
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _signoffs(text: str, tokens: list[Token], script: str) -> list[tuple[int, int]]:
    out = []
    for k, (_, end, word) in enumerate(tokens[:-1]):
        # A closing word ends a message: some text comes before it ("ty douglas" alone is a name).
        if k < 2 or word.lower() not in CLOSING_WORDS or text[end : tokens[k + 1][0]] != " ":
            continue
        # The word before the closing word is no function word ("kan du ta ...", "att ta ...").
        before = tokens[k - 1]
        glued = text[before[0] - 1 : before[0]].isalnum()  # "88565780Y ta": no word
        if text[before[1] : tokens[k][0]] == " " and function_word(before[2].lower()) and not glued:
            continue
        for j in (k + 1, k + 2):
            if j >= len(tokens) or not all(
                _token_ok(tokens[m][2], script, short=True, wordy=False) for m in range(k + 1, j + 1)
            ):
                break
            if j > k + 1 and text[tokens[j - 1][1] : tokens[j][0]] != " ":
                break
            if _TAIL.match(text, tokens[j][1]):
                out.append((k + 1, j))
                break
    return out


_DAY_SLOT_END = re.compile(r"[ \t]*(?:[,;|]|[ \t]/|\Z|\n|[ \t]+(?:and|&|und|et|y|e|en|og)[ \t])")


def _full_name_on_line(text: str, tokens: list[Token], i: int) -> bool:
    """The line of token ``i`` holds two spaced capitalised words, neither a weekday (a full name)."""
    line_start = text.rfind("\n", 0, tokens[i][0]) + 1
    line_end = (text.find("\n", tokens[i][0]) + 1 or len(text) + 1) - 1
    on_line = [t for t in tokens if line_start <= t[0] and t[1] <= line_end]
    return any(
        a[2][:1].isupper() and b[2][:1].isupper() and text[a[1] : b[0]] == " " and not day_word(a[2])
        for a, b in itertools.pairwise(on_line)
    )


def _day_slots(text: str, tokens: list[Token], script: str) -> list[tuple[int, int]]:
    days = [k for k, t in enumerate(tokens[:-1]) if day_word(t[2]) and text[t[1] : tokens[k + 1][0]] in (" ", ": ")]
    if len(days) < 2:
        return []
    out = []
    for k in days:
        i = k + 1
        word = tokens[i][2]
        if not _DAY_SLOT_END.match(text, tokens[i][1]) or day_word(word) or _never(word):
            continue
        low = word.lower()
        if word[:1].isupper() and not word.isupper():
            # A capitalised given name on a line with a full name is text_name_rota's ("Tue: Nadia Brennan / Oscar").
            ok = not _full_name_on_line(text, tokens, i) and (
                given_kind(low) in ("strong", "weak") or name_word(word, "sure")
            )
        else:
            ok = _token_ok(word, script, short=False, wordy=False)
        if ok:
            out.append((i, i))
    return out


def role_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the five roles of the module docstring mark; overlaps resolved by the
    caller."""
    if len(text) < 6 or not any(ch.islower() for ch in text):
        return []
    tokens = word_tokens(text)
    if len(tokens) < 2:
        return []
    script = note_script(text)
    runs = _subjects(text, tokens, script) + _relations(text, tokens, script)
    runs += _list_members(text, tokens, script) + _signoffs(text, tokens, script) + _day_slots(text, tokens, script)
    out: list[tuple[int, int, str]] = []
    seen: set[tuple[int, int]] = set()
    for i, j in runs:
        start, end = tokens[i][0], tokens[j][1]
        if (start, end) in seen:
            continue
        seen.add((start, end))
        out.append((start, end, name_entity(text[start:end])))
    return sorted(out)
