"""Names in a note read by the slot they fill, in any case, where the role reader's five roles do not reach.

:mod:`text_name_role_reader` and :mod:`text_name_clause_roles` read lower-case names as subjects of a short list of
person predicates, after kin nouns, in lists, after a closing word and after a weekday. Held-out notes put people in
more slots than those, and no layout list will ever hold them all; what a slot says is general, though: only a
person fills it, and a second, weak cue (a name list, in any case; a word no vocabulary holds; the table's own name
words, ``known``) agrees. Seven slots:

1. **marked sign-off**: the last one or two words of a note after a kiss (``xx``, ``xxx``; ``x`` after no digit)
   or a tilde (``... 848-2717 xx caleb``, ``\\n~ Jaakson``);
2. **bracket after a number**: a bracket of capitals or of another script right after digits, a phone number or a
   time (``from 78 616 25 51 (SARR)``, ``(VAN SAKSEN)``, ``(김)``), no phone label (``(MOBILE)``, ``(WORK)``);
3. **possessor**: a capitalised name run before ``'s`` and a noun (``from Kirsten's shift``, ``Inspected Seck's
   Brother``, ``cover Cameron's Tuesday?``); an elided possessive (``swapped with Cross's, both``) only when the
   note has another possessor of a noun (the elided noun is that one); never after ``St``, ``&`` or a capitalised
   word that is no name (``Trader Joe's``, ``Ben & Jerry's``), nor before an eponym's noun (``Parkinson's
   disease``, ``Valentine's Day``), nor a chain's name (``McDonald's``);
4. **argument of a preposition** (``by``/``for``/``with``/``to``/``from``/``told`` and their de fr es it nl pt da
   cs counterparts) that ends its clause: a lower-case run (``accepted by russell (``, ``found by jennifer arens
   on``, ``key cut for josephine;``) or a run in capitals (``with VAN BAALEN.``, ``told YVOTY GIMÉNEZ,``);
5. **subject in capitals** at a clause's head before a person's predicate (``- MORRIS asked for``);
6. **lower-case subject** at a clause's head before any inflected verb (``angela brought``, ``ewan quine
   reported``, ``elise left keys``), where the role reader needs a person-only verb;
7. **bracket after a titled pseudo-name**: a full name in brackets after ``Title Word`` (``Lady Schultz (Anne
   Kirby) dragged``: a boat, a horse or a pet named like a person, and its owner in brackets).

The weaker the slot, the surer the words must be: a lower-case single word needs a given or family name no
vocabulary holds (``angela``, ``josephine``; never ``rice``, ``will``, ``rose``), or a word of ``known``; a word in
capitals must be a listed name or, beside a listed one, a word no vocabulary holds. Titles, role nouns (``staff``,
``owner``), function words (``someone``), weekdays, months, kin nouns and closing words never count. Only the text
(and the table's own name words, when given) decides, so under DP a record's fake depends on that record only.

Example::

    slot_name_spans("Russell bags from Patrick's shift - MORRIS asked for the crate back. xx kathy")
    # [(18, 25, 'first_name'), (35, 41, 'last_name'), (75, 80, 'first_name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from safe_synthesizer.pii.text_name_clause_roles import human_verb, verb_lemmas
from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.text_name_role_words import CLOSING_WORDS, RELATIONAL_NOUNS, day_word, person_predicate
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script, other_script
from safe_synthesizer.pii.titles import is_title

__all__ = ["slot_name_spans"]

Span = tuple[int, int, str]

# A word: letters, inner hyphens and apostrophes ("al-zawi", "o'neill"), no possessive "'s" at its end.
_WORD = r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_])(?!['’]s(?![^\W\d_])))*"
_WORD_RE = re.compile(_WORD)

# 1. A kiss or a tilde, then one or two words ending the note.
_MARKED_END = re.compile(
    rf"(?:(?<=\s)|(?<=[.!?,]))(?:(?P<mark>[xX]{{1,3}})[ \t]+|~[ \t]*)(?P<run>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*[.!]?\s*\Z"
)

# 2. A bracket right after digits (a phone number, a time): its words.
_BRACKET_AFTER_DIGIT = re.compile(r"\d[ \t]*\((?P<inner>[^()\d\n]{1,48})\)")
# What a bracket after a phone number says of the number, in the main languages: no person.
_PHONE_LABELS = frozenset(
    """mobile mob mobil cell cellphone home work office fax tel phone landline ext extension main direct switchboard
    private pager emergency reception desk whatsapp signal viber telegram sms text voicemail daytime evening evenings
    day night weekend weekends only urgent uk us usa eu intl international local free toll tollfree
    portable bureau domicile fixe travail perso personnel urgence
    handy festnetz privat büro arbeit geschäftlich dienstlich zentrale notfall
    móvil movil casa trabajo oficina fijo particular celular urgencia
    cellulare ufficio lavoro fisso casa
    thuis werk kantoor mobiel vast privé prive
    trabalho escritório escritorio telemóvel telemovel
    arbejde kontor hjem privat mobil""".split()  # noqa: SIM905
)

# 3. The possessive ending, straight or curly apostrophe.
_POSSESSIVE = re.compile(r"['’]s(?![\w'’])")
# Words before a possessor that make the run a place, a brand, a saint's day or a part played ("danced as Giselle's
# friend"), not a person.
_NOT_BEFORE_POSSESSOR = frozenset(("st", "st.", "saint", "san", "santa", "sankt", "ste", "ste.", "&", "and", "und",
                                   "et", "y", "e", "en", "og", "of", "the", "mc", "as", "als", "comme", "como",
                                   "come"))  # fmt: skip
# Nouns after an eponym's possessive: a day, a disease, a law; the possessor is long dead or a brand.
_EPONYM_NOUNS = frozenset(
    """day eve night disease syndrome palsy sign test law laws principle theorem rule method formula constant
    sarcoma lymphoma ulcer phenomenon reaction procedure manoeuvre maneuver operation solution fracture tag""".split()  # noqa: SIM905
)
# Chains named by a possessive: the name is the shop's.
_CHAINS = frozenset(
    """mcdonald sainsbury macy wendy denny kellogg hardee arby lloyd claire carl domino applebee chili kohl dillard
    lowe reese hershey nathan levi boot harrod morrison wetherspoon dunkin papa moe dave zaxby culver""".split()  # noqa: SIM905
)

# 4. Prepositions (and verbs of telling) whose argument, ending a clause, is a person.
_PREPOSITIONS = frozenset(
    """by for with to from told  par pour avec chez à  von für mit bei  por para con  per da
    door voor met aan bij  com pelo pela  af med til fra  od pro""".split()  # noqa: SIM905
)
_PREPOSITION_RE = re.compile(
    r"(?<![\w'’])(?i:" + "|".join(sorted(map(re.escape, _PREPOSITIONS), key=len, reverse=True)) + r")(?= [^\W\d_])"
)
# What may follow a person's name at the end of a prepositional clause.
_ARGUMENT_END = re.compile(
    r"[ \t]*(?:[.,;:!?)(\]\n]|\Z|[ \t]-[ \t]|\d|(?i:on|at|in|about|re|and|&|et|und|y|en|e|og|sur|am|um|el|il|op|om)"
    r"(?![\w'’]))"
)

_ENDS_TEXT = re.compile(r"[ \t]*[.!?]*[ \t]*\Z")
_MARK_END = re.compile(r"[ \t]*(?:[.,;:!?)(\]\n]|\Z)")

# 5./6. A clause's head: the note's start, a sentence's end, a line, a heading's colon, a spaced dash.
_HEAD = re.compile(r"(?:\A|(?<=[.!?;:])[ \t]+|\n[ \t]*|(?<=[ \t])[-–][ \t]+)(?=[^\W\d_])")

# 7. ``Title Word (Full Name)``.
_TITLED_BRACKET = re.compile(rf"(?P<title>{_WORD})\.?[ \t]+(?P<pseudo>{_WORD})[ \t]*\((?P<inner>[^()\d\n]{{3,60}})\)")

_NEVER_LOWER = frozenset(
    """staff someone somebody anyone anybody everyone nobody owner owners client clients customer customers
    manager driver member members guest guests visitor visitors team office admin reception security cleaner
    tenant tenants landlord neighbour neighbours caller user users people person family kids children""".split()  # noqa: SIM905
)


def _never(word: str) -> bool:
    """Words that never name a person here: titles, role nouns, function words, weekdays, months, kin nouns,
    closing words."""
    low = word.lower()
    return (
        is_title(word.rstrip("."))
        or is_role_noun(word)
        or low in _WEEKDAYS
        or low in _MONTHS
        or low in RELATIONAL_NOUNS
        or low in CLOSING_WORDS
        or low in _NEVER_LOWER
        or (function_word(low) and not given_kind(low))
    )


def _plural(low: str) -> bool:
    """A plural of a word of the vocabulary ("weeks", "flowers", "suits"): no name, though lists hold it."""
    stem = low[:-1]
    return len(low) > 3 and low.endswith("s") and (family_kind(stem) in ("", "word") or given_kind(stem) == "weak")


def _lower_sure(word: str, known: Collection[str]) -> bool:
    """A lower-case word that alone reads as a name: listed and no word of a vocabulary, or the table's own."""
    low = word.lower()
    if low in known:
        return not _never(word)
    if _never(word) or _plural(low) or low in _nouns():
        return False  # "for autumn", "for yoga": listed given names, but English nouns first
    parts = [p for p in low.split("-") if p]
    return bool(parts) and all(given_kind(p) == "strong" or family_kind(p) == "strong" for p in parts)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("noun",))


# A German or Dutch past participle ("abgegeben", "gebracht", "afgehaald") ends a clause, no name.
_PARTICIPLE = re.compile(r"(?:ab|an|auf|aus|ein|mit|vor|zu|zurück|af|op|uit|in|door|weg)?ge[^\W\d_]{3,}(?:t|en|d)")


def _lower_second(word: str, known: Collection[str]) -> bool:
    """A lower-case word after a sure given name in a run: any family or given name kind, or an unknown word."""
    low = word.lower()
    if low in known:
        return True
    if _never(word) or verb_lemmas(low) or _PARTICIPLE.fullmatch(low):
        return False
    parts = [p for p in low.split("-") if p]
    return bool(parts) and all(given_kind(p) or family_kind(p) in ("strong", "word", "unknown") for p in parts)


def _caps_word(word: str, known: Collection[str], *, alone: bool) -> bool:
    """A word in capitals that reads as a name: listed (any kind) or the table's; beside a listed one (``alone``
    false) also a word no vocabulary holds of four letters or more."""
    if not (len(word) >= 2 and word.isupper()) or _never(word):
        return False
    low = word.lower()
    if low in known:
        return True
    parts = [p for p in low.split("-") if p]
    if not parts:
        return False
    if all(given_kind(p) == "strong" or family_kind(p) in ("strong", "word") for p in parts):
        return True
    return not alone and all(family_kind(p) == "unknown" and len(p) >= 4 for p in parts)


def _caps_run(words: list[str], known: Collection[str]) -> bool:
    """Words in capitals (particles inside) that read as one person's name."""
    names = [w for w in words if w.lower() not in PARTICLES]
    if not names or len(names) > 4:
        return False
    if len(names) == 1:
        return _caps_word(names[0], known, alone=True)
    return all(_caps_word(w, known, alone=False) for w in names) and any(
        _caps_word(w, known, alone=True) for w in names
    )


def _lower_run(words: list[str], known: Collection[str]) -> bool:
    """Lower-case words (particles inside) that read as one person's name: one sure word, or a sure given name
    (or a listed one before a family name) and family names."""
    names = [w for w in words if w not in PARTICLES]
    if not names or len(names) > 3 or not all(w.islower() for w in names):
        return False
    if len(names) == 1:
        return _lower_sure(names[0], known)
    first, rest = names[0], names[1:]
    if not all(_lower_second(w, known) for w in rest):
        return False
    if _lower_sure(first, known):
        return True
    # "marie-claire van munster": a listed given name that is also a word before a family name a list holds.
    return bool(given_kind(first.split("-")[0]) and not _never(first)) and any(
        family_kind(w) == "strong" or w in known for w in rest
    )


def _glued(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is part of an e-mail address, a web address, a handle or a file name."""
    before = text[start - 1 : start]
    after = text[end : end + 2]
    return (
        before in ("@", ".", "_", "/", "\\", "#")
        or after[:1] in ("@", "_", "/")
        or after[:1].isdigit()
        or (after[:1] == "." and after[1:2].isalnum())
    )


def _run_words(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` name words (particles not counted) spaced by single blanks from ``start``; none glued to an
    address."""
    out: list[re.Match[str]] = []
    pos = start
    names = 0
    while names < limit:
        m = _WORD_RE.match(text, pos)
        if m is None or _glued(text, m.start(), m.end()):
            break
        out.append(m)
        if m.group().lower() not in PARTICLES:
            names += 1
        if not text.startswith(" ", m.end()) or not _WORD_RE.match(text, m.end() + 1):
            break
        pos = m.end() + 1
    while out and out[-1].group().lower() in PARTICLES:
        out.pop()
    return out


def _marked_signoff(text: str, script: str, known: Collection[str]) -> list[Span]:
    m = _MARKED_END.search(text, max(0, len(text) - 70))
    if m is None or m.start() < 8:
        return []
    if m.group("mark") in ("x", "X") and re.search(r"\d[ \t]*\Z", text[: m.start()]):
        return []  # "2 x milk": a count
    words = m.group("run").split()
    ok = []
    for w in words:
        if other_script(w, script):
            ok.append(len(w) >= 2)
        elif w.islower():
            # After a kiss a word no list nor vocabulary holds counts too ("xx toleafoa"): the mark is the cue.
            low = w.lower()
            unlisted = len(low) >= 4 and family_kind(low) == "unknown" and not verb_lemmas(low)
            listed = bool(given_kind(low)) or family_kind(low) == "strong"
            ok.append(not _never(w) and (low in known or listed or unlisted))
        else:
            ok.append(not _never(w) and (w.lower() in known or name_word(w, "sure", script)))
    if not ok or not all(ok):
        return []
    return [(m.start("run"), m.end("run"), name_entity(m.group("run")))]


def _bracket_after_number(text: str, script: str, known: Collection[str]) -> list[Span]:
    out = []
    for m in _BRACKET_AFTER_DIGIT.finditer(text):
        inner = m.group("inner")
        words = inner.split()
        if not words or len(words) > 4 or inner != inner.strip():
            continue
        if any(w.lower().strip(".") in _PHONE_LABELS for w in words):
            continue
        if all(other_script(w, script) for w in words):
            # A name of another script after a phone number (not a house number: "877 (영철이홍동)" is a district).
            digits = re.search(r"[\d \t+().-]*\Z", text[: m.start() + 1]).group()
            ok = script == "LATIN" and len(words) == 1 and len(inner) <= 6 and sum(c.isdigit() for c in digits) >= 7
        else:
            ok = all(_WORD_RE.fullmatch(w) for w in words) and _caps_run(words, known)
        if ok:
            out.append((m.start("inner"), m.end("inner"), name_entity(inner)))
    return out


def _capital_name(word: str, known: Collection[str], script: str) -> bool:
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or _never(word) or low in _CHAINS:
        return False
    return low in known or name_word(word, "sure", script)


def _possessors(text: str, script: str, known: Collection[str]) -> list[Span]:
    full: list[Span] = []
    elided: list[Span] = []
    for m in _POSSESSIVE.finditer(text):
        # Walk back over capitalised name words (particles inside) spaced by single blanks.
        words: list[re.Match[str]] = []
        end = m.start()
        while len(words) < 4:
            w = next((x for x in _WORD_RE.finditer(text, max(0, end - 40), end) if x.end() == end), None)
            if w is None:
                break
            word = w.group()
            if word.lower() in _NOT_BEFORE_POSSESSOR:
                break  # "St John's surgery": the check below sees "St"
            if (word.lower() in PARTICLES and words) or _capital_name(word, known, script):
                words.insert(0, w)
            else:
                break
            if w.start() < 1 or text[w.start() - 1] != " ":
                break
            end = w.start() - 1
        while words and words[0].group().lower() in PARTICLES:
            words.pop(0)
        if not words:
            continue
        start = words[0].start()
        before = text[:start].rstrip(" \t")
        previous = re.search(r"(\S+)\Z", before)
        if previous is not None:
            prev = previous.group(1)
            # After a title the titled readers decide ("Sir Humphrey's bilge pump" is a boat's).
            if prev.lower().strip(",") in _NOT_BEFORE_POSSESSOR or prev.endswith("-") or is_title(prev.rstrip(".")):
                continue
            # "Trader Joe's": a capitalised word that is no name, mid-sentence, heads the run.
            head = not before or before[-1] in ".!?:;\n" or before.endswith((" -", " –", "("))
            prev_word = prev.strip("\"'“‘(")
            prev_at = before.rstrip()[: len(before) - len(prev)].rstrip(" \t")
            prev_head = not prev_at or prev_at[-1] in ".!?:;\n"
            if prev_word[:1].isupper() and not head and not prev_head and not is_title(prev_word.rstrip(".")):
                continue
        after = re.match(rf"[ \t]+(?P<noun>{_WORD})", text[m.end() :])
        value = text[start : m.start()]
        span = (start, m.start(), name_entity(value))
        if after is None:
            elided.append(span)
            continue
        noun = after.group("noun").lower()
        written = after.group("noun")
        # "Taylor's Range", "Children's Hospital": a capitalised noun after the possessive makes a place's or an
        # institution's name; a weekday or a kin noun stays a person's ("Cameron's Tuesday", "Seck's Brother").
        if written[:1].isupper() and not (noun in _WEEKDAYS or noun in RELATIONAL_NOUNS or day_word(written)):
            continue
        # "Fit's perfectly", "Mary's coming": "is" or "has", not a possessive.
        if noun.endswith(("ly", "ing", "ed")) and (noun.endswith("ly") or verb_lemmas(noun)):
            continue
        if noun in _EPONYM_NOUNS or (function_word(noun) and noun not in ("own",)):
            if function_word(noun):
                elided.append(span)
            continue
        full.append(span)
    return full + (elided if full else [])


def _preposition_arguments(text: str, script: str, known: Collection[str], caseless: bool) -> list[Span]:
    out = []
    for m in _PREPOSITION_RE.finditer(text):
        word = m.group()
        run = _run_words(text, m.end() + 1, 3)
        if not run:
            continue
        words = [w.group() for w in run]
        # The run ends its clause (or the name ends before "on", "at", a bracket, a digit).
        for n in range(len(run), 0, -1):
            if not _ARGUMENT_END.match(text, run[n - 1].end()):
                continue
            part = words[:n]
            if all(other_script(w, script) for w in part):
                # Another script's name ends its clause by a mark, never by a number ("to 서울특별시 서구 913").
                ok = (
                    script == "LATIN"
                    and word.islower()
                    and n <= 2
                    and all(len(w) >= 3 for w in part)  # "ул.", "ქ.": a street's abbreviation
                    and bool(_MARK_END.match(text, run[n - 1].end()))
                    and not text.startswith(".", run[n - 1].end())
                )
            elif all((w.isupper() and len(w) > 1) or w.lower() in PARTICLES for w in part):
                ok = _caps_run(part, known)
            else:
                # One lower-case word ending the text after "by"/"from" is a byline or a label's brand ("dress by
                # maeve", "Perfection from dolan"); inside the text, the clause's end marks it.
                last = n == 1 and _ENDS_TEXT.match(text, run[0].end()) is not None
                ok = not caseless and not last and _lower_run(part, known)
            if ok:
                out.append((run[0].start(), run[n - 1].end(), name_entity(" ".join(part))))
            break
    return out


def _subjects(text: str, script: str, known: Collection[str], caseless: bool) -> list[Span]:
    out = []
    for h in _HEAD.finditer(text):
        opener = _WORD_RE.match(text, h.end())
        if opener is None or not (opener.group().islower() or opener.group().isupper()):
            continue  # a capitalised head is the NER's and the pair rules'
        run = _run_words(text, h.end(), 3)
        if not run:
            continue
        first = run[0].group()
        capitals = first.isupper() and len(first) > 1
        if not (capitals or (first.islower() and not caseless)):
            continue
        for n in range(len(run), 0, -1):
            part = [w.group() for w in run[:n]]
            end = run[n - 1].end()
            predicate = person_predicate(text, end)
            verb = re.match(rf"[ \t]+(?P<verb>{_WORD})", text[end:])
            finite = verb is not None and verb.group("verb").islower() and bool(verb_lemmas(verb.group("verb")))
            if capitals:
                # One word no list holds counts when long enough for no acronym ("PENNYWORTH asked", not "HMRC").
                lone = len(part) == 1 and len(first) >= 6 and family_kind(first.lower()) == "unknown"
                if (predicate is not None or (verb is not None and human_verb(verb.group("verb").lower()))) and (
                    all(w.isupper() or w.lower() in PARTICLES for w in part) and (lone or _caps_run(part, known))
                ):
                    out.append((run[0].start(), end, name_entity(" ".join(part))))
                    break
                continue
            if (predicate is not None or finite) and _lower_run(part, known):
                out.append((run[0].start(), end, name_entity(" ".join(part))))
                break
    return out


def _titled_brackets(text: str, script: str, known: Collection[str]) -> list[Span]:
    out = []
    for m in _TITLED_BRACKET.finditer(text):
        if not is_title(m.group("title")) or not m.group("pseudo")[:1].isupper():
            continue
        inner = m.group("inner")
        words = inner.split()
        if inner != inner.strip() or not 1 <= len(words) <= 4:
            continue
        if all(other_script(w, script) for w in words):
            ok = script == "LATIN"
        else:
            names = [w for w in words if w.lower() not in PARTICLES]
            ok = (
                len(names) >= 2
                and all(_WORD_RE.fullmatch(w) and _capital_name(w, known, script) for w in names)
                and bool(given_kind(names[0].lower()) or names[0].lower() in known)
            )
        if ok:
            out.append((m.start("inner"), m.end("inner"), name_entity(inner)))
    return out


_LOWER_I = re.compile(r"(?<![\w'’])i(?=['’][a-z]|[ \t]+[a-z])")
_LOWER_SENTENCE = re.compile(r"[^\W\d_]{3,}[.!?][ \t]+[a-z]")


def _caseless(text: str) -> bool:
    """The note writes no capitals where English and its neighbours want them (the pronoun ``i``, a sentence's
    first word): lower case then says nothing of names, and the lower-case slots stay silent."""
    return bool(_LOWER_I.search(text) or _LOWER_SENTENCE.search(text))


def slot_name_spans(text: str, known: Collection[str] | None = None) -> list[Span]:
    """``(start, end, entity)`` of the names the seven slots of the module docstring mark; ``known`` holds the
    table's own name words in lower case (a second cue), if any. Overlaps are resolved by the caller."""
    if len(text) < 8 or not any(ch.isalpha() for ch in text):
        return []
    known = known or frozenset()
    script = "LATIN" if text.isascii() else note_script(text)  # an ASCII note's letters are all Latin
    caseless = _caseless(text)
    out = _marked_signoff(text, script, known) + _possessors(text, script, known)
    if "(" in text and any(ch.isdigit() for ch in text):
        out += _bracket_after_number(text, script, known)
    if "(" in text:
        out += _titled_brackets(text, script, known)
    out += _preposition_arguments(text, script, known, caseless) + _subjects(text, script, known, caseless)
    return sorted(set(out))
