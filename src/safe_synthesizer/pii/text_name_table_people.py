"""The table's own people in its notes: name words of the table's name columns, found again in any row's note.

Visitor books, club registers and job sheets name people of one population: the note of one row names the
visitors, hosts and staff of other rows (``Present at roll call: Lungile Dlamini, Lindiwe Nxumalo and L.
Dlamini``, ``... was paged. Mandla Dlamini``, ``hi its sabelo motsa``). Names of stocks no list holds (Swazi,
Basotho, Malawian, Congolese) are caught by neither the pair rules nor the NER model, which often takes the
family name only (``Lungile [Kunene]``). The table's name columns are the list: a word the table writes as a
person's given or family name is a name word of that table.

A run of two to four words of one case (capitalised and capitals count as one), separated by single spaces, is a
name when:

- capitalised or in capitals: at least one word is a name word of the table, the others are name words or may be
  names (:func:`text_name_relation_bracketed.capital_name_word`: no English word, function word, common word,
  place, title), and not every word is an English word (``Rose Gold``, ``Will Power`` stay);
- in lower case: every word is a name word of the table, none a function word, none an English word (inflected
  ones too: ``black boots``, ``white skinnies``); after a person cue (``by``, ``its``, ``with``, ``from``, ``met``,
  ...) English words may be among them, not all;
- an initial and a family name word of the table (``T. Mkhabela``).

A word opening a sentence is no part of the name unless the table holds it (``Contacter Céline Riou``), and a run a
street word or a house number stands beside is a street's name (``boulevard Antoinette Gimenez``, ``026 Juan Hill``).

Runs whose every word another span already holds are left to it (the row's own names keep their column's fakes).
The vocabulary is the table's (a chunk's) name columns: under differential privacy a record's text must depend on
that record only, so the caller passes no vocabulary there.

Example::

    people = table_people([{"lindiwe": "first_name"}, {"dlamini": "last_name"}])
    table_people_spans("Reported by Lindiwe Nxumalo", people)
    # [TextSpan(12, 27, 'name', 0.95)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["table_people", "table_people_spans"]

# A word: letters, inner apostrophes and hyphens, combining marks (Turkish 'İde' lower-cases to 'i̇de').
_WORD = re.compile(r"[^\W\d_](?:[\w'’‘ʻʼ\-\u0300-\u036f]*[^\W\d_\u005f])?")  # Uzbek "Ulug‘bekov"
_GAP = re.compile(r"[ \t]+")
_INITIAL = re.compile(r"(?<![\w.])([^\W\d_])\.[ \t]?(?=[^\W\d_])")
# Words after which a lower-case word is a person's name (SMS, badge logs, chat): "hi its sabelo motsa".
PERSON_CUES = frozenset(
    """by its it's im i'm with from met called named ask tell visitor client customer candidate member parent guest
    driver mr mrs ms miss dr contact""".split()  # noqa: SIM905
)
MAX_RUN = 4


def table_people(names: Sequence[Mapping[str, str]] | None) -> dict[str, str]:
    """Lower-cased name word -> kind (``first_name``/``last_name``) over all rows of the table's name columns
    (:func:`text_replace.row_names`), less function words, titles and one-letter words."""
    if not names:
        return {}
    stops, _, _ = _words()
    from safe_synthesizer.pii.titles import is_title

    out: dict[str, str] = {}
    for row in names:
        for word, kind in row.items():
            if word not in out and len(word) > 1 and word not in stops and not is_title(word):
                out[word] = kind
    return out


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return latin_stop_words(), english_vocabulary(), common_words()


def _english(low: str) -> bool:
    """An English word, inflected ones too (``boots``, ``buttons``, ``wearing``), or a common word."""
    from safe_synthesizer.pii.text_name_relation_bracketed import _inflected

    _, vocab, common = _words()
    parts = low.replace("’", "'").split("-")
    return all(p in vocab or p in common or _inflected(p, vocab) for p in parts)


def _case(word: str) -> str:
    """``title``, ``upper``, ``lower`` or ``""`` (mixed, ``McD``-like words count as title)."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if len(word) > 1 else ""
    return "title" if word[:1].isupper() else ""


def _group(case: str) -> str:
    """Capitalised and upper-case words make one group: ``MWAMBA NGOY Ornella`` (family name in capitals first,
    as French-speaking Africa writes it)."""
    return "capital" if case in ("title", "upper") else case


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of words separated by single spaces or tabs only (no punctuation between them)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        if current and not _GAP.fullmatch(text[current[-1][1] : m.start()]):
            runs.append(current)
            current = []
        current.append((m.start(), m.end(), m.group()))
    if current:
        runs.append(current)
    return runs


def _may_be_name(word: str, case: str, position: int) -> bool:
    """A word outside the table's vocabulary that may still be part of the name."""
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word

    if case == "lower":
        return False  # in lower case only the table's own name words count
    if word.isupper() and len(word) <= 3:
        return False  # "SMS", "CV", "NDA": an acronym beside a name is no part of it
    return capital_name_word(word if _case(word) == "title" else word.title(), alone=False, surname=position > 0)


def _accept(words: list[str], known: list[bool], case: str, cued: bool) -> bool:
    """The checks of the module docstring for one candidate run (``known``: a name word of the table)."""
    stops, _, _ = _words()
    lows = [w.lower() for w in words]
    if not any(known) or any(w in stops for w in lows):
        return False
    english = [_english(w) for w in lows]
    if all(english):
        return False  # "Rose Gold", "will power", "black boots": English words the table holds as names too
    if case == "lower" and (not all(known) or (not cued and any(english))):
        return False  # every word the table's; without a cue none a word of the language ("teboho mohapi")
    return all(k or _may_be_name(w, case, i) for i, (w, k) in enumerate(zip(words, known, strict=True)))


def _known(low: str, people: Mapping[str, str]) -> bool:
    """A name word of the table; a double name (``karl-dieter``, ``gartner-kugler``) when each part is one."""
    return low in people or ("-" in low and all(p in people for p in low.split("-")))


# Articles before a capitalised noun ("den Nachbarn Severin Häring", "die Kundin Anna Roth", "le Voisin").
_ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer eines the a an le la les un une el los las il lo gli het
    een""".split()  # noqa: SIM905
)


def _cued(text: str, start: int) -> bool:
    """The word before ``start`` is a person cue (``by``, ``its``, ``with``)."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower().strip(",:;") in PERSON_CUES


def _candidates(text: str, people: Mapping[str, str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every run the module docstring accepts."""
    out: list[tuple[int, int]] = []
    for run in _runs(text):
        words = [w for _, _, w in run]
        known = [_known(w.lower(), people) for w in words]
        if not any(known):
            continue
        i = 0
        while i < len(run):  # groups of one case, then sub-runs of words that are or may be names
            case = _group(_case(words[i]))
            j = i + 1
            while j < len(run) and _group(_case(words[j])) == case:
                j += 1
            if case:
                out += _sub_runs(text, run[i:j], known[i:j], case)
            i = j
    # An initial and a family name word of the table: "T. Mkhabela", "L. DLAMINI".
    for m in _INITIAL.finditer(text):
        word = _WORD.match(text, m.end())
        if word and people.get(word.group().lower()) == E.LAST_NAME and _case(word.group()) in ("title", "upper"):
            following = _WORD.match(text, word.end() + 1)
            if _NUMBER_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "3 Ü.BÜNYADZADƏ": a street named after a person
            if not (text[word.end() : word.end() + 1] == " " and following and following.group()[:1].isupper()):
                out.append((m.start(), word.end()))  # "R. Márcio Domingues": a street's abbreviation, no initial
    return out


def _sub_runs(text: str, group: list[tuple[int, int, str]], known: list[bool], case: str) -> list[tuple[int, int]]:
    """Within one group of words of one case: the maximal stretches of words that are or may be names."""
    out = []
    k = 0
    while k < len(group):
        cued = case == "lower" and _cued(text, group[k][0])
        m = k
        while m < len(group) and (known[m] or _may_be_name(group[m][2], case, m - k)) and m - k < MAX_RUN:
            m += 1
        first = k
        # A word opening a sentence is capitalised for that alone ("Contacter Céline Riou", "Chiamare Mark Lee"), a
        # German noun always ("Familie Francisco Trapp", "den Nachbarn Severin Häring"): before two name words of
        # the table, an unknown word is no part of the name.
        while (
            first < m
            and not known[first]
            and (
                _opens(text, group[first][0])
                or all(known[first + 1 : first + 3])
                or _after_article(text, group[first][0])
            )
        ):
            first += 1
        words = [w for _, _, w in group[first:m]]
        if m - first >= 2 and _accept(words, known[first:m], case, cued) and not _in_street(text, group, first, m):
            end = group[m - 1][1]
            if text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # "For Willi Bolzmann's case": the possessive stays
            out.append((group[first][0], end))
        k = max(m, k + 1)
    return out


def _after_article(text: str, start: int) -> bool:
    """The word before ``start`` is an article: the capitalised word is a noun (German capitalises them all)."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _ARTICLES


def _opens(text: str, start: int) -> bool:
    """``text[start]`` opens the text, a line, a sentence, a clause after a colon or a list bullet."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n-–—•*"


_NUMBER_BEFORE = re.compile(r"\d[\w/\-]*,?[ \t]+\Z")
_HOUSE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:nr|no|n[º°o]|num)\.?[ \t]*)?\d{1,4}[a-zA-Z]?(?![\d \-./]*\d)|[ \t]*,[ \t]*(?i:s/n)\b"
)
# Abbreviated and unaccented street words Faker's lists lack ("R. Márcio Domingues", "Soseaua Vlad Suciu").
_STREET_ABBREVIATIONS = frozenset(
    {
        "r",
        "av",
        "avda",
        "c",
        "pl",
        "nr",
        "str",
        "ul",
        "bd",
        "sos",
        "soseaua",
        "șoseaua",
        "strada",
        "calea",
        "trav",
        "đường",
        "phố",
        "duong",
        "pho",
        "jalan",
        "jln",
        "jl",
    }
)


def _in_street(text: str, group: list[tuple[int, int, str]], first: int, end: int) -> bool:
    """The run names a street (``boulevard Antoinette Gimenez``, ``026 Juan Hill``, ``avenue Stéphanie Meyer 77``):
    a street word or a house number before it, a house number after it."""
    start = group[first][0]
    before = text[max(0, start - 24) : start].split()
    if before and before[-1].lower().strip(".,") in _street_words():
        return True
    return bool(_NUMBER_BEFORE.search(text[max(0, start - 12) : start]) or _HOUSE_AFTER.match(text, group[end - 1][1]))


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    from safe_synthesizer.pii.gazetteers import locale_street_words

    locales = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pt_PT", "pl_PL", "tr_TR")
    return frozenset().union(_STREET_ABBREVIATIONS, *(locale_street_words(loc) for loc in locales))


def table_people_spans(text: str, people: Mapping[str, str], spans: Sequence[TextSpan] = ()) -> list[TextSpan]:
    """Name spans of the table's own people in ``text`` (see the module docstring); ``spans``: spans found
    already, whose words are not taken again."""
    if not people or not text:
        return []
    out = []
    for start, end in _candidates(text, people):
        inside = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
        if all(any(s.start <= a and b <= s.end for s in spans) for a, b in inside):
            continue
        out.append(TextSpan(start, end, E.NAME, 0.95))
    return out
