"""Names a sentence opens as its subject, and names that are a dialogue turn's whole answer.

Field notes and transcripts name people where prose puts a subject or an answer, often typed in lower
case: ``Field visit, group 4. brianna wilson was not at home``, ``session 5 - Gitta manages 20 min on
the bike``, ``Lesson 7: danica worked on scales``, ``user: ann-kathrin van der dussen. bot: ...``. No
capital, label or role word marks them; the grammar of the sentence does. Three rules:

1. **full-name subject**: where a sentence, a line or a clause after ``:``/``-``/``,`` starts (``Sorry we
   can't make it, felizitas häring-benthin has surgery``: web forms lower-case the whole text), a listed given
   name and a listed family name (particles between: ``van der``) in lower case, then a verb of the
   third person or the past (``was``, ``has``, ``manages``, ``called``). One of the two names must be no
   English word of any kind (``rose bush grows`` is a garden, ``mark down was`` an edit).
2. **given-name subject**: after a heading's colon or dash (``session 5 - Gitta manages``, ``Lesson 7:
   danica worked``, ``LESLIE worked``) a given name alone, then such a verb; the name must be no English
   word at all (``Will reports``, ``April fools``, ``Autumn defined`` stay) and a sentence's own start does
   not count (reviews open with brands: ``Maeve has done it again``).
3. **dialogue answer**: a speaker's label and colon (``user:``, ``caller:``), then a lower-case given
   name, optional second given names or particles, and a family name, and the turn ends there (``.``,
   ``?``, ``!`` or the text's end): an answer that is a name and nothing else.

No word may be a function word of any supported language, a town, a region or a country.

Example::

    subject_name_spans("Field visit. brianna wilson was not at home")  # [(13, 27, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["is_subject_verb", "subject_name_spans"]

_LOW = LATIN_LOWER
_UP = LATIN_UPPER
_LWORD = rf"[{_LOW}][{_LOW}'’]*(?:-[{_LOW}]+)*"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_CAPS = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
                        "ten", "ter", "vom", "zu", "af", "dela", "delos", "mac", "mc"))  # fmt: skip
# Where a subject may start: the text, a line, a sentence, or a clause after a colon or a dash.
_START = r"(?:^|(?<=\n)|(?<=[.!?;:,][ \t])|(?<=[.!?;:][ \t]{2})|(?<=[ \t][-–—][ \t]))[ \t]*"
_SUBJECT = re.compile(
    rf"{_START}(?P<run>(?:{_LWORD}|{_CAP}|{_CAPS})(?![\w'’\-])(?:[ \t]+{_LWORD}(?![\w'’\-])){{1,4}})",
    re.MULTILINE,
)
_TOKEN = re.compile(r"\S+")
_ANSWER = re.compile(
    rf"(?:^|(?<=[\s.!?]))(?P<label>[A-Za-z]{{2,12}})[ \t]*:[ \t]+(?P<name>{_LWORD}(?:[ \t]+{_LWORD}){{1,4}})"
    rf"[ \t]*(?:[.!?](?=\s|$)|$)",
    re.MULTILINE,
)
# Verbs of the third person and the past that English does not build with -s/-ed.
_IRREGULAR = frozenset(
    """was is has had does did will would can could shall should must may might said came went told got left
    felt took gave made kept brought bought thought saw sat stood ran fell met paid sent spent wrote rang rings
    isn't wasn't hasn't hadn't doesn't didn't won't can't couldn't wouldn't""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(English verbs, every English word, English adjectives/verbs/adverbs and common words, words never
    in a name here: function words, towns, regions)."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    wordy = common_words() | english_vocabulary(("adj", "verb", "adv"))
    from safe_synthesizer.pii.text_name_lower import _countries

    never = latin_stop_words() | gazetteers.all_cities() | gazetteers.all_regions() | _countries()
    return english_vocabulary(("verb",)), english_vocabulary(), frozenset(wordy), frozenset(never)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return latin_stop_words()


def _verb(word: str) -> bool:
    """A verb of the third person singular or the past (``manages``, ``worked``, ``was``)."""
    if word in _IRREGULAR:
        return True
    verbs = _vocab()[0]
    if word.endswith("ies"):
        return word[:-3] + "y" in verbs
    if word.endswith("ied"):
        return word[:-3] + "y" in verbs
    if word.endswith(("s", "d")) and not word.endswith("ss"):
        cut = 2 if word.endswith(("es", "ed")) else 1
        return any(stem in verbs for stem in (word[:-1], word[:-cut], word[:-2] if word.endswith("ed") else ""))
    return False


def is_subject_verb(word: str) -> bool:
    """``word`` (lower case) is an English verb of the third person singular or the past: what follows a
    sentence's subject."""
    return _verb(word)


def _given(word: str) -> bool:
    low = word.lower()
    return (low in given_names() or low.split("-")[0] in given_names()) and low not in _vocab()[3]


# Icelandic family names are patronymics (and matronymics): a parent's name and -son/-dóttir ("sandelsson",
# "tókisdóttir"); no list holds them all. English words that end so ("reason", "comparison") are none.
_PATRONYMIC = re.compile(r"...(?:son|dóttir|dottir)$")


def _family(word: str) -> bool:
    listed = word in family_names() or word.split("-")[-1] in family_names()
    if not listed and _PATRONYMIC.search(word):
        listed = word not in _vocab()[1]
    return listed and word not in _vocab()[3]


def _plain(word: str) -> bool:
    """No English word of any kind (nouns too) and no inflected one."""
    from safe_synthesizer.pii.text_name_lower_cues import _inflected

    return word.lower() not in _vocab()[1] and not _inflected(word.lower())


def _full_name(words: list[str], after_particle_ok: bool, opens: bool = False, here: bool = False) -> bool:
    """A given name, then second given names or particles, then a family name (any word after a particle,
    ``van der dussen``, when ``after_particle_ok``); one of the first and last words no English word.

    ``opens``: the name opens the text, a line or a sentence before an English verb. There two listed names
    that English knows as nouns only (WordNet lists people and towns: ``selma hahn brought``, ``veronica
    loos rang``) count too, and a given name that is a function word of another language (Scandinavian
    ``hans``, Polish ``inna``) counts before a family name no English word holds (``hans berger brought``).
    ``here``: a caller names themself (``randy cooper here,``): two listed names count whatever else they are.
    """
    if len(words) < 2 or not all(w.islower() for w in words):
        return False
    last, middles = words[-1], words[1:-1]
    if not (_given(words[0]) or (opens and _foreign_function_given(words[0]) and _plain(last))):
        return False
    if last in _PARTICLES or not all(w in _PARTICLES or _given(w) or _family(w) for w in middles):
        return False
    particled = bool(middles) and middles[-1] in _PARTICLES
    # After a particle any word but a function word may be the surname: Dutch ones are often towns.
    if not (_family(last) or (particled and after_particle_ok and last not in _function_words())):
        return False
    if _plain(words[0]) or _plain(last) or particled or (opens and here):
        return True
    return opens and not _wordy(words[0]) and not _wordy(last)


def _wordy(word: str) -> bool:
    """An English adjective, verb, adverb or common word (``rose``, ``mark``, ``bush``): no name by itself."""
    return word in _vocab()[2]


def _foreign_function_given(word: str) -> bool:
    """A listed given name that is a function word of a language other than English only (``hans``,
    ``inna``), no town, region or country."""
    from safe_synthesizer.pii.text_ner import english_stop_words

    if word in english_stop_words() or word not in given_names() or word not in _function_words():
        return False
    return word not in gazetteers.all_cities() and word not in gazetteers.all_regions()


def _lone_given(word: str, text: str, start: int) -> bool:
    """A given name alone opening a log's clause (rule 2 of the module docstring): after a heading's colon or
    dash only, where logs name who did what; reviews open sentences with brands (``Maeve has done it
    again``) and seasons (``Autumn defined``)."""
    if text[:start].rstrip(" \t")[-1:] not in (":", "-", "–", "—"):
        return False
    return _given(word) and _plain(word)


def _speaker_here(text: str, token: re.Match[str]) -> bool:
    """``<name> here,``: a caller naming themself (``ignatz neuschäfer here, best on 0160 ...``); ``here``
    ends its clause, so ``... here is the key`` stays."""
    return token.group() == "here" and text[token.end() : token.end() + 1] in (",", ".", "!", ";", "")


def _opens(text: str, start: int) -> bool:
    """The subject opens the text, a line or a sentence (not a clause after a colon or a dash)."""
    return text[:start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?")


def subject_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of the subjects and answers of the module docstring."""
    out: list[tuple[int, int, str]] = []
    for m in _SUBJECT.finditer(text):
        tokens = list(_TOKEN.finditer(text, m.start("run"), m.end("run")))
        # Cheap test first: most sentences open with no name.
        if not (_given(tokens[0].group()) or _foreign_function_given(tokens[0].group())):
            continue
        for k in range(1, len(tokens)):  # the verb's place: the shortest subject before it
            if not (_verb(tokens[k].group()) or _speaker_here(text, tokens[k])):
                continue
            words = [t.group() for t in tokens[:k]]
            here = _speaker_here(text, tokens[k])
            if k == 1:
                ok = _lone_given(words[0], text, m.start("run"))
                if not ok and _family(tokens[1].group()):
                    continue  # "walentina mans here": a surname that reads as a verb
            else:
                ok = _full_name(words, after_particle_ok=False, opens=_opens(text, m.start("run")), here=here)
            if ok:
                out.append((tokens[0].start(), tokens[k - 1].end(), E.NAME))
            break
    if ":" in text:
        for m in _ANSWER.finditer(text):
            if _full_name(m.group("name").split(), after_particle_ok=True):
                out.append((m.start("name"), m.end("name"), E.NAME))
    return out
