"""A capitalised or upper-case name in the subject or possessor slot at a clause's head: ``Søndergaard's board
dinged``, ``Royer-Pascal's Frédéric Andre: springs gone``, ``Beach log: RÖHRDANZ caught 6 green waves``,
``HEREWINI - gate code 4521``, ``WHITEBOARD: KAPI -> chase payment``, ``post-it >> Craig called - wants Thurs``,
``CREGEEN and Lydia tied``, ``Mrs Galvan and Mahgoub won``, ``-- Gian (sent from my phone)``.

Why: a note's first word is capitalised whatever it is, so the NER model and the list rules take a capital there for
no evidence, and an upper-case surname reads as an acronym. The clause says more than the capital: what opens a
note (or follows its label: ``Tally:``, ``WHITEBOARD:``, ``post-it >>``) and then owns a noun (``X's``), acts (a
finite verb: a past or third-person form of an English verb, :func:`text_name_clause_roles.verb_lemmas`) or is set
off by a dash or an arrow from the clause about it is a person when the word itself reads as a name
(:func:`text_name_word_kinds.name_word`, ``"sure"``): a listed given or family name, or a word no vocabulary
holds. Before a verb or a dash a listed name that is an English word too (``Rose``, ``Green``, ``Bill``) stays a
word unless a title or a partner name stands with it; an upper-case word counts when the note is not shouting
(most letters lower case), it has a vowel and three letters, and read capitalised it passes the same test (so
``ASAP``, ``URGENT``, ``NB`` stay words). A sign-off line (``-- X``, ``~ X``) holds a name the same way.

Only closed classes are read (the clause head, the possessive, finite verb forms, a dash or arrow, ``and``/``&``,
titles), in any language of the note; the word test comes from the lists.

Example::

    opening_subject_spans("Søndergaard's board dinged on the rocks. Tel 31 68 49 02")
    # [(0, 11, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words, spacy_stop_words
from safe_synthesizer.pii.text_name_clause_roles import verb_lemmas
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["finite_verb_after", "opening_subject_spans"]

_WORD = r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]{2})|-(?=[^\W\d_]))*"
# A note's label before its first clause: one to four words and a colon, ``>>``, ``->`` or a dash (``Beach log:``,
# ``post-it >>``, ``Picked for Saturday ->``), or nothing.
_LABEL = r"(?:[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*(?::|>>|->|→)[ \t]+)?"
# A clause's head: the note's start, a line, or a sentence's end after a word of four letters or more (``Πλ.``,
# ``ул.``, ``Sig.``: an abbreviation's dot ends no sentence).
_HEAD = re.compile(r"(?:\A|(?<=[^\W\d_]{4}[.!?])[ \t]+|(?<=[\d)][.!?])[ \t]+|(?<=[!?])[ \t]+|\n)[ \t]*")
_LABELLED = re.compile(_LABEL)
_TOKEN = re.compile(rf"[ \t]*({_WORD}\.?)")
_AND = re.compile(r"[ \t]+(?:and|&|\+)(?=[ \t])")
_MAX_WORDS = 3
_PARTICLE_STARTS = tuple(sorted({p + " " for p in PARTICLES}))
_POSSESSIVE = re.compile(r"['’]s?[ \t]+[^\W\d_]")
_DASH = re.compile(r"[ \t]+(?:-|–|—|->|→|=>)[ \t]+[^\W\d_]")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_SIGNOFF = re.compile(rf"(?m)^[ \t]*(?:--|—|–|~)[ \t]*(?P<first>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*(?=\(|$)")
_TRIPLE = re.compile(r"(.)\1\1")
# English contractions typed without their apostrophe.
_APOSTROPHE_DROPPED = frozenset(
    {"ive", "im", "id", "ill", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "havent", "hasnt", "thats",
     "theyre", "youre", "whats", "couldnt", "wouldnt", "shouldnt", "arent", "werent", "lets", "itll", "shes", "hes"}
)  # fmt: skip
_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāēīōūıəœ]", re.IGNORECASE)
# Forms that are finite in a note's clause though not past: wanting, needing, saying, paying, owing.
_BY_AGENT = re.compile(r"[ \t]+[^\W\d_]+[ \t]+by(?![\w'’])")
_PLURAL_FINITE = frozenset({"are", "were", "have", "do"})
_PRESENT_FINITE = frozenset({"wants", "needs", "says", "pays", "owes", "asks", "rings", "calls", "phones", "texts"})


def _shouting(text: str) -> bool:
    return sum(map(str.isupper, text)) > sum(map(str.islower, text))


def _near_english(low: str) -> bool:
    """``low`` is an English word with one letter left out, added or swapped (``slighty``, ``realy``) or a
    contraction without its apostrophe (``ive``, ``dont``): a typed word, not a name no list holds."""
    vocabulary = english_vocabulary()
    if low in _APOSTROPHE_DROPPED:
        return True
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(len(low) + 1):
        if i < len(low) and low[:i] + low[i + 1 :] in vocabulary:
            return True
        if any(low[:i] + ch + low[i:] in vocabulary for ch in letters):
            return True
        if i < len(low) - 1 and low[:i] + low[i + 1] + low[i] + low[i + 2 :] in vocabulary:
            return True
    return False


def _vocabulary_word(low: str) -> bool:
    return any(p in english_vocabulary() for p in low.split("-"))


def _word_ok(word: str, slot: str, shouting: bool) -> bool:
    """``word`` reads as a name in a ``slot`` (``"possessor"``, ``"subject"``, ``"titled"``)."""
    upper = word.isupper() and len(word) > 1
    if upper:
        if shouting or len(word) < 3 or not _VOWEL.search(word):
            return False
        word = "-".join(p.capitalize() for p in word.split("-"))
        low = word.lower()
        if any(family_kind(p) == "unknown" and len(p) < 5 and not given_kind(p) for p in low.split("-")):
            return False  # "ASAP", "TODO": a short word no list holds reads as an acronym
    if not word[:1].isupper() or is_title(word.rstrip(".")):
        return False
    if not name_word(word, "sure", places=True):
        return False
    if slot == "titled":
        return True
    low = word.lower()
    parts = low.split("-")
    # A word no list holds: four letters at least, no letter three times in a row, not a typed English word ("Omg",
    # "Soooo", "Ive", "Slighty" opening a review).
    unlisted = not any(given_kind(p) or family_kind(p) in ("strong", "word") for p in parts)
    if unlisted and (len(low) < 4 or _TRIPLE.search(low) or (not upper and _near_english(low))):
        return False
    if slot == "possessor":
        return True
    # Before a verb or a dash an English word stays a word ("Rose", "Bill", "Green") unless it is a strong name.
    strong = all(given_kind(p) == "strong" or family_kind(p) == "strong" for p in low.split("-"))
    return strong or not _vocabulary_word(low)


def _entity(run: str) -> str:
    """The run's entity, particles aside (``van Engeland`` is one family name)."""
    return name_entity(" ".join(_run_words(run)))


def _run_words(run: str) -> list[str]:
    return [w for w in run.split() if w.lower() not in PARTICLES]


def _run_ok(run: str, slot: str, shouting: bool) -> bool:
    words = _run_words(run)
    return bool(words) and all(_word_ok(w, slot, shouting) for w in words)


def finite_verb_after(text: str, end: int) -> bool:
    """A finite verb (a past or third-person form, ``to`` + a verb) follows ``end``."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word == "to" and m.group(2):
        return bool(m.group(2).islower() and verb_lemmas(m.group(2) + "s"))
    if not word.islower():
        return False
    if word in _PRESENT_FINITE:
        return True
    if word in latin_stop_words() and word not in spacy_stop_words(("en",)):
        return False  # Dutch "met", German "will": another language's function word, no English verb
    if word in _PLURAL_FINITE:
        return False  # "Ags are the only brand": a person is one
    if _passive(text, end):
        return False
    if word.endswith("ed") and word[:-1] in english_vocabulary(("verb",)):
        return True  # "tied", "dyed": the lemma tables miss a few -e verbs
    lemmas = verb_lemmas(word)
    return bool(lemmas) and not word.endswith(("s", "ing"))


def _passive(text: str, end: int) -> bool:
    """A participle then ``by`` (``Benzing checked by Mrs Wells``): the run is what was acted on, not the actor."""
    return _BY_AGENT.match(text, end) is not None


def _runs(text: str, pos: int) -> list[tuple[int, int, int, bool]]:
    """Candidate runs at ``pos``: ``(start, end, words, titled)`` for one to three name words (particles kept inside),
    after an optional title."""
    titled = False
    m = _TOKEN.match(text, pos)
    if m is not None and is_title(m.group(1).rstrip(".")) and m.group(1)[:1].isupper():
        titled, pos = True, m.end()
    out = []
    start, count = -1, 0
    while count < _MAX_WORDS and (m := _TOKEN.match(text, pos)) is not None:
        word = m.group(1)
        if word.endswith("."):
            break
        if start < 0:
            if word.lower() in PARTICLES and not word[:1].isupper():
                pos = m.end()
                start = m.start(1)
                continue
            start = m.start(1)
        pos = m.end()
        if word.lower() in PARTICLES and not word[:1].isupper():
            continue
        count += 1
        out.append((start, pos, count, titled))
    return out


def _continues(text: str, end: int) -> str:
    """What follows a run: ``"possessor"``, ``"subject"`` (a finite verb, a dash or an arrow) or ``""``."""
    if _POSSESSIVE.match(text, end):
        return "possessor"
    if _DASH.match(text, end) or finite_verb_after(text, end):
        return "subject"
    return ""


def opening_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """Names owning, acting or set off by a dash at the head of a clause, and on a sign-off line."""
    if not text or not any(ch.isupper() for ch in text):
        return []
    shouting = _shouting(text)
    out: list[tuple[int, int, str]] = []
    for head in _HEAD.finditer(text):
        spans = _head_spans(text, head.end(), shouting)
        label = _LABELLED.match(text, head.end())
        if not spans and label is not None and label.end() > head.end():
            spans = _head_spans(text, label.end(), shouting)
        out += spans
    for m in _SIGNOFF.finditer(text):
        if _run_ok(m.group("first"), "possessor", shouting):
            out.append((m.start("first"), m.end("first"), _entity(m.group("first"))))
    return sorted(set(out))


def _head_spans(text: str, pos: int, shouting: bool) -> list[tuple[int, int, str]]:
    if pos >= len(text) or not (text[pos].isupper() or text[pos : pos + 8].lower().startswith(_PARTICLE_STARTS)):
        return []  # every reading starts with a capital, a title or a particle
    for start, end, _, titled in _runs(text, pos):
        run = text[start:end]
        slot = _continues(text, end)
        if slot:
            if titled:
                return []  # a titled name alone is titles.titled_name_spans'
            if _run_ok(run, slot, shouting):
                return [(start, end, _entity(run))]
            continue
        joined = _AND.match(text, end)
        if joined is None:
            continue
        for start2, end2, _, titled2 in _runs(text, joined.end()):
            run2 = text[start2:end2]
            slot2 = _continues(text, end2)
            if slot2 != "subject":
                continue
            ok1 = _run_ok(run, "titled" if titled else slot2, shouting)
            ok2 = _run_ok(run2, "titled" if titled2 else slot2, shouting)
            # A partner name vouches for the other ("CREGEEN and Lydia tied"): one sure word suffices there.
            if ok1 != ok2:
                ok1 = ok1 or _run_ok(run, "possessor", shouting)
                ok2 = ok2 or _run_ok(run2, "possessor", shouting)
            if ok1 and ok2:
                spans = [] if titled else [(start, end, _entity(run))]
                return spans + ([] if titled2 else [(start2, end2, _entity(run2))])
        return []
    return []
