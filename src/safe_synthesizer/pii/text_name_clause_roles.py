"""Names by the role they play in a clause of a short note, in any case: the subject at a clause's head before its
predicate (``tristan rang about the 80th``, ``cummings owes 2 cleans``, ``Sandrine rode Lady Godiva today``, ``can
someone cover? Moody can't do it``, ``sara (DOB 10 lutego 1946) moving up``, ``bethany allen-grant new address``,
``Minutes: ...; trevor dickinson to do the rota``), the object of a verb of asking, telling, handing or calling
(``ask Katrina for their number``, ``remind Marine the fee is due``, ``tell Jordan to start``, ``ringing about
Léon,``, ``Keys to Valeria on Friday``, ``parts to Holly.``, ``swap with mees miltenburg.``, ``sent Valentina out``,
``Ligar a Ariana para o``, ``Llamar a Casandra al``, ``Rappeler Sergio au``) and the one to call back before the
infinitive of the local call-back request (``Tygo terugbellen op``, ``Bitte Celine zurückrufen``).

Rotas, round books, minutes, voicemails and call-back slips are typed fast: the person is often in lower case, by
one word, at the head of a clause, where neither a capital nor an NER model marks a name, and the rules before
(:mod:`text_name_sentence_word_slots`, :mod:`text_name_person_slots`, :mod:`text_name_lower_sentence_slots`) each
know one verb or one case. This rule reads the role, whatever the verb and the case:

- **subject**: a name run at a clause's head (the note's start, after ``.``/``!``/``?``/``;``/a line break, after
  a heading's colon or dash) before a predicate: a birth bracket (``(b. ...)``, ``(DOB ...)``), a negation or
  absence (``can't``, ``won't``, ``unavailable``, ``not answering``), changed details (``new address``), an action
  item (``to`` and an English verb), or an inflected English verb (``rang``, ``owes``, ``rode``, ``batting``);
- **object**: a name run after a verb whose object is a person (``ask``, ``tell``, ``remind``, ``swap with``,
  ``ringing about``, ``sent``, ``keys to``, ``hand/give/pass ... to``, ``llamar a``, ``ligar a``, ``rappeler``,
  ``richiamare``), then the clause's end or a word that goes on after a person (``for``, ``to``, ``the``, ``on``,
  ``about``, ``out``, ``al``, ``au``, ``para``, ``op``, digits);
- **call-back**: a name run before ``terugbellen``, ``zurückrufen``, ``anrufen``, ``rappeler``, ``richiamare``.

The run must read as a name, more surely the weaker the slot: a lower-case full name (a listed given name and a
family name, :func:`text_name_lower_pair.pair_end`), or one word: a given or family name the lists hold and no
vocabulary does (``tristan``, ``uldis``, ``Karolína``); a listed name that is also a word (``moody``, ``white``,
``Marine``, ``Holly``) only in the surest slots (a birth bracket, changed details, a verb only a person does:
``owes``, ``says``; the object of a person verb when capitalised mid-sentence); a word no list nor vocabulary holds
(``tauia``, ``Yanelly``; five letters at least) only there too. Titles, role nouns, contractions, weekdays,
months, towns and function words never count. Only the text decides, so under DP a record's fake depends on that
record only.

Example::

    clause_role_spans("tristan rang about the 80th. Keys to Valeria on Friday.")
    # [(0, 7, 'first_name'), (37, 44, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS, given_word
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_person_slots import WORDY_PLACES, known_places
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.titles import is_title

__all__ = ["clause_role_spans", "human_verb", "verb_lemmas"]

_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ten",
                        "ter", "vom", "zu", "bin", "binti"))  # fmt: skip

# What ends before a clause's head: the note's start, a sentence's end, a line, a heading's colon or dash.
_HEAD = re.compile(r"(?:\A|(?<=[.!?;:])[ \t]+|\n[ \t]*|(?<=[ \t])[-–][ \t]+)(?=[^\W\d_])")
# Predicates after a subject, surest first.
_BIRTH = re.compile(
    r"[ \t]*\((?i:b\.|born|dob|d\.o\.b\.?|n[ée]e?|geb\.?|nat[oa]|nacid[oa]|nascid[oa]|f\.|ur\.|född)"
    r"[ \t:.]*[^)\n]{0,30}\d"
)
_DETAILS = re.compile(
    r"[ \t]+(?i:new|changed|updated)[ \t]+(?i:address|number|phone|mobile|email|e-mail|details|surname)(?![\w])"
)
_ABSENT = re.compile(
    r"[ \t]+(?i:can['’]t|cannot|can[ \t]+not|won['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|couldn['’]t|"
    r"hasn['’]t|not[ \t]+(?:answering|available|coming|home|in|well)|unavailable|absent|off[ \t]+sick|"
    r"home[ \t]+all[ \t]+day|away[ \t]+(?:till|until))"
    r"(?![\w'’])"
)
# Verbs only a person does: a listed name that is also a word may be their subject ("moody owes", "White says").
_PERSON_VERB = re.compile(
    r"[ \t]+(?i:owes|owed|says|said|wants|wanted|apologi[sz]ed|agreed|promised|prefers|insists|insisted)(?![\w'’])"
)
_TODO = re.compile(r"[ \t]+to[ \t]+(?P<verb>[a-z]+)(?![\w'’\-])")
_NEXT = re.compile(r"[ \t]+(?P<verb>[a-z]+)(?![\w'’\-])")
# Object cues: a verb whose object is a person, in English and the call-back requests of the supported languages.
_OBJECT_CUE = re.compile(
    r"(?<![\w'’])(?i:ask|asked|asking|tell|told|telling|remind|reminded|reminding|warn|warned|thank|thanked|"
    r"(?:ringing|calling|phoning|texting|emailing|writing)[ \t]+about|swap(?:ped|ping)?[ \t]+with|"
    r"sen[dt](?:ing)?|keys?[ \t]+to|(?:parts|music|copies)[ \t]+to|cover(?:ing)?[ \t]+for|"
    r"(?:give|gave|given|hand|handed|pass|passed|lend|lent|loaned|sold|sent)(?:[ \t]+[\w'’\-]+){0,4}?[ \t]+to|"
    r"llamar[ \t]+a|ligar[ \t]+(?:a|para)|rappeler|richiamare|chiamare|"
    r"zadzwoni[ćc][ \t]+do|oddzwoni[ćc][ \t]+do|ringa|ring[ \t]+upp)[ \t]+"
)
_AFTER_OBJECT = re.compile(
    r"[ \t]*(?:[.,;:!?)]|\Z)|[ \t]+(?:\d|\+|(?i:for|to|the|on|at|about|re|out|in|back|tomorrow|today|tonight|al|au|"
    r"para|pour|per|op|om|på|please|asap|if|when|that|serial|instead)(?![\w'’]))"
)
_CALL_BACK = re.compile(
    r"[ \t]+(?i:terugbellen|terug[ \t]+bellen|zurückrufen|anrufen|rappeler|richiamare|oddzwonić|ringa[ \t]+tillbaka)"
    r"(?![\w'’])"
)
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|s|t)\Z")


@lru_cache(maxsize=1)
def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]]]:
    """(English verb lemmas, irregular verb forms -> lemmas) of the spaCy model's lemmatizer tables."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from safe_synthesizer.pii.text_detector import SPACY_MODEL

        root = get_package_path(SPACY_MODEL)
        paths = list(root.glob("*/lemmatizer/lookups")) or list(root.glob("lemmatizer/lookups"))
        lookups = Lookups().from_disk(paths[0])
        index = lookups.get_table("lemma_index").get("verb", ())
        exc = lookups.get_table("lemma_exc").get("verb", {})
    except (ImportError, OSError, IndexError, KeyError):
        return frozenset(), {}
    return frozenset(index), dict(exc)


@lru_cache(maxsize=4096)
def verb_lemmas(word: str) -> frozenset[str]:
    """The English verb lemmas an inflected ``word`` (lower case) may be a form of: a past (``rang``, ``booked``),
    a third person (``owes``), a participle in -ing (``batting``). Bare lemmas are left out: most are nouns too."""
    lemmas, irregular = _verb_tables()
    if word in irregular:
        return frozenset(irregular[word])
    stems: list[str] = []
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        stems += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    elif word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        stems += [stem, word[:-1]] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
        stems += [stem[:-1] + "y"] if stem.endswith("i") else []
    elif word.endswith("ies") and len(word) > 4:
        stems.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 3:
        stems += [word[:-2], word[:-1]]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        stems.append(word[:-1])
    return frozenset(s for s in stems if s in lemmas)


# Verbs whose subject is a person, not a pet, a pony or a thing: speaking, writing, asking, booking, paying, owing,
# agreeing, riding, batting, moving house, fetching a child, standing in ("Max walked 45 min" is a dog's walk).
_HUMAN_VERBS = frozenset(
    """ring call phone text email e-mail write say ask tell reply answer confirm cancel book rebook complain apologise
    apologize request report enquire inquire mention promise agree decline refuse accept sign message chase explain
    warn thank pay owe buy rent hire borrow lend order refund ride bat bowl drive volunteer attend resign retire join
    move collect pick drop teach coach organise organize host chair second propose vote want need prefer insist
    forget remember decide offer arrange reschedule swap cover speak talk update elect appoint re-elect""".split()  # noqa: SIM905
)


def human_verb(word: str) -> bool:
    """``word`` (lower case) is an inflected form of a verb whose subject is a person."""
    return bool(verb_lemmas(word) & _HUMAN_VERBS)


def _never(word: str) -> bool:
    """Titles, role nouns, weekdays, months, function words and towns no list holds as given names."""
    low = word.lower()
    if is_title(word) or is_role_noun(word) or low in _WEEKDAYS or low in _MONTHS or _CONTRACTION.search(low):
        return True
    if function_word(low) and not given_kind(low):  # Italian "sara" stays a (weak) given name
        return True
    return low in WORDY_PLACES or (low in known_places() and not given_word(word, strict=True))


def _one_word(word: str, *, sure_slot: bool, unknown: bool = False) -> bool:
    """One word of a person: a listed given or family name no vocabulary holds; in a sure slot, any listed one;
    with ``unknown``, also a word no list nor vocabulary holds (``tauia``, ``Yanelly``)."""
    if _never(word):
        return False
    low = word.lower()
    parts = low.split("-")
    if all(given_kind(p) == "strong" or family_kind(p) == "strong" for p in parts):
        return True
    if not sure_slot or low in _verb_tables()[0]:  # "ring Said on": an imperative, not a subject
        return False
    # A word no list holds: five letters at least, no letter three times in a row ("nuff", "Realllllly").
    unknown = unknown and len(low) >= 5 and not re.search(r"(.)\1\1", low)
    kinds = ("strong", "word", "unknown") if unknown else ("strong", "word")
    return all(given_kind(p) or family_kind(p) in kinds for p in parts)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word[1:].replace("-", "").isupper())


def _run(
    text: str, tokens: list[tuple[int, int, str]], i: int, *, sure_slot: bool, unknown: bool = False
) -> int | None:
    """Last token of a name run starting at token ``i`` (a lower-case full name, a capitalised run of name words,
    or one name word), or ``None``."""
    word = tokens[i][2]
    if word.islower():
        j = pair_end(text, tokens, i)
        if j is not None:
            return j
        return i if _one_word(word, sure_slot=sure_slot, unknown=unknown) else None
    if not _capitalised(word):
        return None
    # Capitalised: up to three name words ("Ben Mosley", "van der Berg" after a capital), all spaced.
    j = i
    while (
        j + 1 < len(tokens)
        and j - i < 2
        and text[tokens[j][1] : tokens[j + 1][0]] in (" ", "\t")
        and (_capitalised(tokens[j + 1][2]) or tokens[j + 1][2] in _PARTICLES)
        and not _never(tokens[j + 1][2])
    ):
        j += 1
    while j > i and tokens[j][2] in _PARTICLES:
        j -= 1
    words = [w for _, _, w in tokens[i : j + 1] if w not in _PARTICLES]
    if len(words) > 1:
        kinds = ("strong", "word", "unknown") if unknown else ("strong", "word")
        listed = [w for w in words if given_word(w) or family_kind(w.lower()) in kinds]
        if not _never(words[0]) and all(not _never(w) for w in words) and len(listed) == len(words):
            return j
        j = i
    if given_word(word, strict=not sure_slot) and not _never(word):
        return i
    return i if _one_word(word, sure_slot=sure_slot, unknown=unknown) else None


def _entity(text: str, start: int, end: int) -> str:
    words = text[start:end].split()
    if len(words) > 1:
        return E.NAME
    low = words[0].lower()
    return E.FIRST_NAME if given_kind(low.split("-")[0]) else E.LAST_NAME


def _subject_predicate(text: str, end: int) -> str:
    """How surely what follows ``end`` is a person's predicate: ``"sure"``, ``"verb"`` or ``""``."""
    if _BIRTH.match(text, end) or _DETAILS.match(text, end) or _PERSON_VERB.match(text, end):
        return "sure"
    if _ABSENT.match(text, end) or _CALL_BACK.match(text, end):
        return "verb"
    m = _TODO.match(text, end)
    if m and m.group("verb") in _verb_tables()[0]:
        return "verb"
    m = _NEXT.match(text, end)
    if m and human_verb(m.group("verb")):
        return "verb"
    return ""


def clause_role_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the roles of the module docstring mark; overlaps resolved by the
    caller."""
    if len(text) < 6:
        return []
    tokens = word_tokens(text)
    if not tokens:
        return []
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()

    def add(i: int, j: int) -> None:
        taken.update(range(i, j + 1))
        out.append((tokens[i][0], tokens[j][1], _entity(text, tokens[i][0], tokens[j][1])))

    # Subjects at a clause's head, where a predicate follows within four words.
    for head in _HEAD.finditer(text):
        i = starts.get(head.end())
        if i is None or i in taken:
            continue
        if not any(_subject_predicate(text, tokens[k][1]) for k in range(i, min(i + 4, len(tokens)))):
            continue
        # Strict words before any predicate; listed words that are also words, then words no list holds, only
        # before the surest ("moody owes", "tauia owes", "pegdwendé (born ...)").
        for level in (0, 1, 2):
            j = _run(text, tokens, i, sure_slot=level > 0, unknown=level > 1)
            if j is None:
                continue
            kind = _subject_predicate(text, tokens[j][1])
            if kind == "sure" or (kind == "verb" and (level == 0 or j > i)):
                add(i, j)
                break
    # Objects of a person verb, then a word that goes on after a person.
    for m in _OBJECT_CUE.finditer(text):
        i = starts.get(m.end())
        if i is None or i in taken:
            continue
        # Capitalised mid-sentence, a listed name that is a word counts ("remind Marine the fee"); in lower case
        # only a full name or a name no vocabulary holds.
        capital = not tokens[i][2].islower()
        j = _run(text, tokens, i, sure_slot=capital, unknown=capital)
        if j is not None and _AFTER_OBJECT.match(text, tokens[j][1]):
            add(i, j)
    # The one to call back, before the call-back infinitive ("Bitte Celine zurückrufen", "Tygo terugbellen op").
    if _CALL_BACK.search(text):
        for m in _CALL_BACK.finditer(text):
            before = [k for k, t in enumerate(tokens) if t[1] <= m.start()]
            if not before or before[-1] in taken:
                continue
            k = before[-1]
            if tokens[k][1] == m.start() and _run(text, tokens, k, sure_slot=not tokens[k][2].islower()) == k:
                add(k, k)
    return out
