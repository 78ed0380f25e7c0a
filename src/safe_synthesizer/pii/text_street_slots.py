"""A street in a note read by the slot it fills and by general notation, in any language: a house number and a run
of name words in the address slot of a record (``Leticia Solano, 235 Chalan Pasaheru. Telefon ...``, ``ثنا عثمان،
165-B, Allama Iqbal Road۔``), or a street-type word of any language with its name after a placing word (``on
carrièra del Taur!``, ``yard off carrièra dels Teulièrs.``, ``Julia Shaw, Avenue de l'OUA.``, ``on Avenue 13!``).

Why: the street rules of :mod:`text_streets` are written per language (a type list and a layout each), and a held-out
set's streets in a language none of them knows were kept (set 49: the new eight locales' note streets 0.707:
Chamorro ``Chalan``, Occitan ``carrièra``, Pakistani ``165-B, Allama Iqbal Road``, Francophone ``Avenue de l'OUA``).
What does not depend on the language is where a street stands and how it is built:

- the address slot of a record: right after a person's name and a comma, up to the end of the sentence or the
  next comma. A house number (``235``, ``165-B``, ``38/1021``) opening a run of name words that fills the slot is a
  street whatever the type word is (or whether there is one). Guards: the words must not all be ordinary English
  words (``Anna Lee, 3 Kids.``), no month or weekday (``12 March``), no unit after the number;
- a street-type word of ANY language (:func:`address_part_words.word_kind`, which joins every street table of the
  package and Faker's street words of its locales) or of the table's own street column (:func:`table_street_types`:
  the words that open or close two or more of its different street names) with a name run beside it: after the
  type, capitalised words, all-capital words, words of a script without case, joined by particles (``de``, ``del``,
  ``dels``, ``l'``); before an English-style type, capitalised words. Placed right after a placing word (``on``,
  ``off``, ``at``, ``to``, ``from``, ``near``...), or filling a record's slot as above; a house number before or
  after is taken with it.

The cues are positions and closed classes (placing words, particles, type words), not the content of one data set:
the next language's streets are caught when its type word is in any table or in the table's own street column, or
when a house number stands before its name in a record.

Example::

    slot_street_spans("Guaha kuatto: Leticia Solano, 235 Chalan Pasaheru. Telefon (671) 256-8720", [(14, 28, "name")])
    # [(30, 49, "street_address")]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_part_words import glued_street, word_kind
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.text_street_vocab import PREFIXES, UNNUMBERED_PREFIXES

__all__ = ["slot_street_spans", "table_street_types", "with_slot_streets"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, "name", "first_name", "last_name"})
# A house number: digits with a letter or a second number after a dash or a slash (``165-B``, ``38/1021``, ``12a``).
_HOUSE = re.compile(r"\d{1,5}(?:[-/]?[A-Za-z](?![\w'’])|[-/]\d{1,4}(?![\d]))?(?![\w'’])")
# A word of any script (letters, inner hyphens and apostrophes, a closing abbreviation dot).
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?\.?|\d{1,5}(?:[-/][\w]{1,4})?(?![\w'’])|[dlDL]['’]")
# Words that join the parts of a street's name ("Avenue de l'OUA", "carrièra dels Teulièrs", "Rua 25 de Março").
_PARTICLES = frozenset(
    """de del dels de la des dos das do du di da della delle dei la le les los las el al van von der den het ten ter
    e y i a und et sant san santa saint""".split()  # noqa: SIM905
)
_ELISION = re.compile(r"^[dlDL]['’]")
# Words that place a thing or a person somewhere before a street without a number.
_PLACING = frozenset(
    """on off at to from near via along onto into in by behind opposite beside past towards toward outside
    à au aux en sur dans vers chez près auf an am im bei nach zu op aan naar bij a em na no su sul per presso""".split()  # noqa: SIM905
)
# What ends a slot: a sentence's end in any script, a bracket, a line break, a dash between spaces, a slash.
_SLOT_END = re.compile(r"[.!?;:۔。！？]+(?=\s|$)|[()\[\]\n|]|\s[-–—]\s|[،,]|[ \t]{2,}|$")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    sun""".split()  # noqa: SIM905
)
# Words after a number that make it an amount, an age or a time ("3 Kids", "42 Years", "2 Pints", "5 PM").
_UNIT_LIKE = frozenset(
    """years year yrs yr months month weeks week days day hours hour hrs mins minutes am pm kg km cm mm ml lb lbs
    pcs pieces items times people persons kids children adults guests tickets seats rooms nights pints bottles
    euros dollars pounds eur usd gbp""".split()  # noqa: SIM905
)
MAX_NAME_WORDS = 5
_SAINT = frozenset({"st", "ste", "s", "sta", "sto"})
_LOWER_PREFIXES = frozenset(w.casefold() for w in (*PREFIXES, *UNNUMBERED_PREFIXES))
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary()


def _folded(word: str) -> str:
    return word.casefold().strip(".:,;#º°")


def _is_type(word: str, types: frozenset[str]) -> bool:
    folded = _folded(word)
    return word_kind(word) == "street" or folded in types


def _opens_street(word: str, types: frozenset[str]) -> bool:
    """A type word that opens a street's name: capitalised (``Avenue``, ``Chalan``), or in lower case one that the
    languages writing types in lower case use (``rue``, ``calle``, ``ulica``) or the table's own (``carrièra``);
    never ``St`` (Saint as often: ``St John's surgery``)."""
    folded = _folded(word)
    if folded in _SAINT or not _is_type(word, types):
        return False
    return word[:1].isupper() or folded in types or folded in _LOWER_PREFIXES


def _is_name_word(word: str) -> bool:
    """A word a street's name is made of: capitalised, all capitals, or of a script without case."""
    first = word[:1]
    if not first.isalpha():
        return False
    return first.isupper() or not first.islower()


def _is_particle(word: str) -> bool:
    return word.casefold() in _PARTICLES or (len(word) == 2 and bool(_ELISION.match(word)))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])]


def _slot_end(text: str, start: int) -> int:
    m = _SLOT_END.search(text, start)
    end = m.start() if m else len(text)
    # "Khaghani St.": the dot of a type's abbreviation is the street's, not the sentence's.
    word = re.search(r"(\S+)$", text[start:end])
    if m and m.group().startswith(".") and word and _abbreviated_type(word.group(1)):
        end += 1
    return end


def _abbreviated_type(word: str) -> bool:
    """``St``, ``Rd``, ``Blvd``: a type word short or no ordinary word, so its dot is no sentence's end."""
    return word_kind(word + ".") == "street" and (len(word) <= 3 or word.casefold() not in _ordinary())


def _name_run(tokens: list[tuple[int, int, str]], i: int, types: frozenset[str], after_type: bool = False) -> int:
    """The index after the name run that starts at ``tokens[i]``: name words joined by particles (a particle only
    when a name word follows; first only after a type word, ``carrièra del Taur``), at most :data:`MAX_NAME_WORDS`
    name words."""
    j, last, names = i, i, 0
    while j < len(tokens) and names < MAX_NAME_WORDS:
        word = tokens[j][2]
        if _ELISION.match(word) and len(word) > 2:  # "l'OUA" as one token
            word = word[2:]
        if _is_name_word(word) and not _is_particle(word.rstrip(".")) and _folded(word) not in _CALENDAR:
            names += 1
            j += 1
            last = j
        elif _is_particle(word) and (j > i or after_type):
            j += 1
        else:
            break
    return last


def _ordinary_run(words: Iterable[str]) -> bool:
    ordinary = _ordinary()
    return all(
        _folded(w) in ordinary or _folded(w) in _CALENDAR or _is_particle(w) for w in words if not w[:1].isdigit()
    )


def _numbered_slot(tokens: list[tuple[int, int, str]], types: frozenset[str]) -> int:
    """How many of ``tokens`` (a record slot's) make a house number and its street name, 0 if they do not."""
    if len(tokens) < 2 or not _HOUSE.fullmatch(tokens[0][2]):
        return 0
    first = tokens[1][2]
    if _folded(first) in _UNIT_LIKE or _folded(first) in _CALENDAR:
        return 0
    lead = 1
    if first[:1].islower() and len(tokens) > 2 and len(first) >= 4 and _folded(first) not in _ordinary():
        lead = 2  # "61 avenguda de Lodèva": a lower-case type word no table holds, then the name
    end = _name_run(tokens, lead, types, after_type=lead == 2 or _is_type(first, types))
    if end <= lead:
        return 0
    if end < len(tokens):  # the run must fill the slot: "Anna, 3 Kids need ..." is no street
        return 0
    words = [t[2] for t in tokens[1:end]]
    if not words or (_ordinary_run(words) and not any(_is_type(w, types) for w in words)):
        return 0
    return end


def _typed_run(tokens: list[tuple[int, int, str]], i: int, types: frozenset[str]) -> int:
    """The index after a street named by a type word at ``tokens[i]`` (``carrièra del Taur``, ``Avenue 13``) or a
    name run closed by one (``Allama Iqbal Road``), with a house number after it; 0 if none starts there."""
    word = tokens[i][2]
    if _opens_street(word, types):
        end = _name_run(tokens, i + 1, types, after_type=True) if i + 1 < len(tokens) else i + 1
        if end == i + 1:  # a type and a number alone: "Avenue 13"
            if i + 1 < len(tokens) and _HOUSE.fullmatch(tokens[i + 1][2]) and word[:1].isupper():
                return i + 2
            return 0
    elif _is_name_word(word) and glued_street(word.rstrip(".")) and _folded(word) not in _ordinary():
        end = i + 1  # "on Winklerring!": a type glued to its name
    elif _is_name_word(word):
        end = _name_run(tokens, i, types)
        if end <= i + 1 or not _is_type(tokens[end - 1][2], types) or not tokens[end - 1][2][:1].isupper():
            return 0
    else:
        return 0
    if end < len(tokens) and _HOUSE.fullmatch(tokens[end][2]):
        end += 1
    return end


def slot_street_spans(
    text: str, spans: Sequence[tuple[int, int, str]] = (), types: Iterable[str] = ()
) -> list[tuple[int, int, str]]:
    """Streets in a note's address slots (see the module docstring); ``spans`` are the spans found so far (the
    persons among them open a record's slot), ``types`` the table's own street-type words
    (:func:`table_street_types`)."""
    if not text:
        return []
    known = frozenset(types)
    out: list[tuple[int, int, str]] = []
    # A record's slot after a person and a comma: "Leticia Solano, 235 Chalan Pasaheru."
    for a, b, entity in spans:
        if entity not in _PERSON:
            continue
        m = re.compile(r"[ \t]*[,،][ \t]*").match(text, b)
        if text[a:b].rstrip().endswith(("،", ",")):
            m = re.compile(r"[ \t]*").match(text, b)
        if m is None:
            continue
        tokens = _slot_tokens(text, m.end())
        n = _numbered_slot(tokens, known)
        if not n and tokens:
            n = _typed_run(tokens, 0, known)
            if n and (n < len(tokens) or not _has_own_name(tokens[:n], known)):
                n = 0
        if n:
            out.append((tokens[0][0], tokens[n - 1][1], E.STREET_ADDRESS))
    # A placing word, then a typed street: "on carrièra del Taur!", "off Avenue de l'OUA."
    for m in re.finditer(r"(?<![\w'’])([^\W\d_]+)[ \t]+(?=\S)", text):
        if m.group(1).casefold() not in _PLACING:
            continue
        start = m.end()
        tokens = _slot_tokens(text, start)
        if not tokens or tokens[0][0] != start:
            continue
        i = 1 if _HOUSE.fullmatch(tokens[0][2]) and len(tokens) > 1 else 0
        # A name then its type, without a number, is a venue as often ("at Jenner Health Centre", "on Marine
        # Parade"): after a placing word only a type that opens the street, or one the table's streets use.
        n = _typed_run(tokens, i, known)
        if n and not i and not _opens_street(tokens[0][2], known) and _folded(tokens[n - 1][2]) not in known:
            n = 0
        if (n and _has_own_name(tokens[i:n], known)) or (n and n - i == 2 and _HOUSE.fullmatch(tokens[n - 1][2])):
            out.append((tokens[0][0], tokens[n - 1][1], E.STREET_ADDRESS))
    # A house number and a typed street anywhere: "74-A, Mall Road", "38/1021, Chittoor Road".
    for m in re.finditer(r"(?<![\w'’.,:/\-])\d", text):
        tokens = _slot_tokens(text, m.start())
        if len(tokens) < 3 or tokens[0][0] != m.start() or not _HOUSE.fullmatch(tokens[0][2]):
            continue
        if _YEAR.fullmatch(tokens[0][2]):
            continue  # "renewed for 2027, Victoria Promenade"
        n = _typed_run(tokens, 1, known)
        # The type closes the name ("Mall Road"): after a house number and a comma, a run a type opens is as often
        # the town after the previous street's number ("Av Pinho, 152, Vila Real").
        if n and _has_own_name(tokens[1:n], known) and _is_type(tokens[n - 1][2], known):
            out.append((tokens[0][0], tokens[n - 1][1], E.STREET_ADDRESS))
    return _merged(out)


def _slot_tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    """The words of the slot that starts at ``start``; a house number's comma does not end it (``165-B, Allama
    Iqbal Road``, ``Lives off 3, boulevard Robert Diaz``)."""
    tokens = _tokens(text, start, _slot_end(text, start))
    if len(tokens) == 1 and _HOUSE.fullmatch(tokens[0][2]) and text[tokens[0][1] : tokens[0][1] + 1] in ",،":
        tokens += _tokens(text, tokens[0][1] + 1, _slot_end(text, tokens[0][1] + 1))
    return tokens


def _has_own_name(tokens: list[tuple[int, int, str]], types: frozenset[str]) -> bool:
    """A name beside the type: one word of the run that is neither a type nor a particle, and not all ordinary."""
    named = [t[2] for t in tokens if not _is_particle(t[2]) and not t[2][:1].isdigit()]
    words = [w for w in named if not _is_type(w, types)]
    if not words:  # "Mall Road": a name that is a type word of another table, then the type
        return len(named) >= 2
    return not _ordinary_run(words) or any(_is_type(t[2], types) for t in tokens)


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for a, b, e in sorted(set(found), key=lambda s: (s[0], -s[1])):
        if out and a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b, e)
            continue
        out.append((a, b, e))
    return out


def table_street_types(streets: Iterable[Iterable[str]] | None) -> frozenset[str]:
    """The street-type words of a table's own street lines (per row, as :func:`row_street_parts` gives them): the
    words that open or close two or more different street names (house numbers dropped), in any case (``carrièra``
    in ``80 carrièra del Taur`` and ``carrièra de la Pomme``). Names that share a first word by chance (two
    ``Allama ...`` roads) are rare beside a type shared by most of a column."""
    if not streets:
        return frozenset()
    names: set[tuple[str, ...]] = set()
    for row in streets:
        for line in row or ():
            if not isinstance(line, str):
                continue
            words = tuple(_folded(w) for w in line.split(",")[0].split() if w[:1].isalpha())
            if len(words) >= 2:
                names.add(words)
    edges: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for words in names:
        for word in {words[0], words[-1]}:
            if len(word) >= 2 and not _is_particle(word):
                edges[word].add(words)
    return frozenset(w for w, seen in edges.items() if len(seen) >= 2 and len({n for n in seen if w in n}) >= 2)


def with_slot_streets(text: str, spans: list[TextSpan], types: Iterable[str] = ()) -> list[TextSpan]:
    """``spans`` with the streets of :func:`slot_street_spans`; a span inside a new street (its house number found
    alone, ``283-E``; a word of its name read as a person, ``Sant Martin``) gives way to it."""
    found = slot_street_spans(text, [(s.start, s.end, s.entity) for s in spans], types)
    found = [f for f in found if not any(s.start <= f[0] and f[1] <= s.end for s in spans)]
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in found)]
    return resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in found])
