"""A name written in another script inside a note whose frame is Latin prose, by the slot it stands in: ``ring
로은정 back``, ``Appeal by 윤금순.``, ``Rota this week: 강철수 + 윤 + 최 + 림.``, ``Mr 림``, ``윤 arrived late``,
``금순 from 통일거리 wants ...``, ``Tally: ஆண்ட்ரு ஷாந்தி 412``, ``Duvet for किरण साने, 86/5533``, ``-> باسل to call``,
``-- 향미 (sent from my phone)``.

Why: export tools fill English templates with the register's names in their own letters. The NER model reads
Latin only, and each script's own rules look for that language's cues (``성명:``, ``님``); the English cues and
the clause around the name go unread. In a Latin note a run of another script is a name or a place; the slot says
which:

- **person cue before** (Latin, any case): ``for``, ``to``, ``by``, ``ring``/``call``/``phone``/``text``,
  ``contact``, ``ask for``, ``thanks to``, ``welcome``, ``partner``, ``with``, a title (``Mr``, ``Mrs``);
- **predicate after**: a finite English verb (``arrived``, ``wants``, ``revoked``, ``to call``) or, at the head of a
  clause, ``from`` (a person from a place);
- **list item**: an item of a ``+``/``;``/``/``/``,`` list of short items with another name-shaped item, at a
  clause's head or after a label (``Rota this week:``);
- **sign-off**: a ``--``/``Best,`` line;
- **label head**: after a note's label (``Tally:``) when the run's first word is a listed given or family name of
  its script (Faker's lists of the script's locales, read at import).

Place slots never count: after ``at``/``from``/``in``/``near``/``via``, a run glued to a house number, a word
ending in a place abbreviation's dot (``ქ.``, ``ул.``). Hangul gets its own shape test: two to four syllables
whose first syllable is a family name (North Korean spellings derived by the initial-sound rule, ``림`` for
``임``, ``로`` for ``노``) or a listed given name; one syllable only as a family name in a list, after a title or
before a verb. Chinese and Japanese are left to their rules (no spaces between words).

Example::

    other_script_slot_spans("POST-IT: ring 로은정 back re invoice!! 0192 275 5802")
    # [(14, 17, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_opening_subject import finite_verb_after
from safe_synthesizer.pii.text_name_spaced_letters import SPACED_OTHER_LETTERS
from safe_synthesizer.pii.text_name_word_kinds import note_script
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["other_script_slot_spans"]

# Letters and marks of the spaced scripts other than Latin (Greek, Cyrillic, Armenian, Hebrew, Arabic, Thaana, Indic,
# Thai, Lao, Tibetan, Myanmar, Georgian, Ethiopic, Khmer, Mongolian, Hangul), with the zero-width joiners.
_LETTERS = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u0780-\u07bf\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f"
    "\u1780-\u17ff\u1800-\u18af\uac00-\ud7a3\u200c\u200d"
    + SPACED_OTHER_LETTERS  # every other spaced script (Canadian Syllabics, Cherokee, Tifinagh, N'Ko, Adlam...)
)
_HANGUL = "\uac00-\ud7a3"
_GATE = re.compile(f"[{_LETTERS}]")
_OTHER_WORD = f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*"
_RUN = re.compile(rf"(?<![\w{_LETTERS}.-]){_OTHER_WORD}(?:[ \t]+{_OTHER_WORD}){{0,2}}(?![\w{_LETTERS}])")
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Farmer)\.?"
_CUE = re.compile(
    rf"(?i:\b(?:for|to|by|ring|call|phone|text|contact|ask[ \t]+for|thanks[ \t]+to|welcome|partner|with|tell|"
    rf"remind|and|cc|signed|from[ \t]+(?=(?-i:{_TITLE})))|(?-i:{_TITLE}))[ \t]+\Z"
)
_PLACE_CUE = re.compile(
    r"(?i:\b(?:at|from|in|near|via|on|of|into|to[ \t]+the|"
    r"(?:moved|changed|delivered|sent|posted|address)[ \t]+to))[ \t]+\Z"
)
# A house number after an abbreviated word (", буд. 89", ", д. 5"): the run is a street.
_ADDRESS_AFTER = re.compile(r"[ \t]*,[ \t]*[^\W\d_]{1,4}\.[ \t]*\d")
_HEAD_BEFORE = re.compile(r"(?:\A|[.!?:;>\n]|->|→)[ \t]*\Z")
# A sign-off line, or kisses closing the note's last sentence or number (``... text to 0193 967 8955. xx 금순``,
# ``call 00 850 192 348 0814 xx 금순``).
_SIGNOFF_BEFORE = re.compile(
    r"(?im)^[ \t]*(?:--|—|–|~|best,|regards,|cheers,|thanks,|ta,)[ \t]*\Z|(?:^|[.!?)])[ \t]*x{1,3}[ \t]+\Z"
    r"|\d[ \t]+xx{1,2}[ \t]+\Z"
)
_LABEL_BEFORE = re.compile(r"\A[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:[ \t]*\Z")
# A house number before the run ("at 3/7 ถนนหอมพิกุล", "at 58/5587 கடலிறை"): the run is the street's name.
_HOUSE_NUMBER_BEFORE = re.compile(r"\d[\d/\-]*[ \t]*,?[ \t]+\Z")
_HEAD_OF_LONGER = re.compile(f"[ \t]+[{_LETTERS}]")
_TAIL_OF_LONGER = re.compile(f"[{_LETTERS}][ \t]+\\Z")
_LIST_SEP = re.compile(r"[ \t]*(?:\+|;|/|&)[ \t]*")
# A place abbreviation's dot before the run (``ул. Короткая``, ``пр. Базарный``, ``Πλ. Αρτεμισίας``).
_ABBREVIATION_BEFORE = re.compile(rf"(?<![\w{_LETTERS}])[{_LETTERS}]{{1,4}}\.[ \t]*\Z")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_FROM_AFTER = re.compile(r"[ \t]+from[ \t]")
_DOT_AFTER = re.compile(r"\.")
_ARROW_AFTER = re.compile(r"[ \t]+(?:->|→|=>|-|–|—)[ \t]+[^\W\d_]")
# The whole of a bracket right after a phone-like number (``from 010-7050-9544 (이)``, ``0192 666 2543 (로)``): the
# number's owner. Six digits at least (``Order 22 (김치)`` is no phone).
_BRACKET_BEFORE = re.compile(r"(?<![\w.,])\+?\d[\d \t\-.]{4,}\d[ \t]*\([ \t]*\Z")
_BRACKET_AFTER = re.compile(r"[ \t]*\)")
# Places that name a Korean street, road, town or district at a word's end.
_HANGUL_PLACE_END = ("거리", "대로", "길", "로", "동", "시", "군", "구", "읍", "면", "도", "역", "리", "가")
# Faker locales whose name lists stand for a script's names.
_SCRIPT_LOCALES = {
    "tamil": ("ta_IN",), "georgian": ("ka_GE",), "bengali": ("bn_BD",), "sinhala": ("si_LK",),
    "devanagari": ("hi_IN", "mr_IN", "ne_NP"), "hangul": ("ko_KR",), "thai": ("th_TH",), "arabic": ("ar_SA", "ar_AA"),
    "armenian": ("hy_AM",), "hebrew": ("he_IL",),
}  # fmt: skip
_BLOCKS = (("tamil", 0x0B80, 0x0BFF), ("georgian", 0x10A0, 0x10FF), ("bengali", 0x0980, 0x09FF),
           ("sinhala", 0x0D80, 0x0DFF), ("devanagari", 0x0900, 0x097F), ("hangul", 0xAC00, 0xD7A3),
           ("thai", 0x0E00, 0x0E7F), ("arabic", 0x0600, 0x06FF), ("armenian", 0x0530, 0x058F),
           ("hebrew", 0x0590, 0x05FF))  # fmt: skip


def _script(word: str) -> str:
    for ch in word:
        for name, low, high in _BLOCKS:
            if low <= ord(ch) <= high:
                return name
    return ""


@lru_cache(maxsize=16)
def _listed(script: str) -> tuple[frozenset[str], frozenset[str]]:
    """Given and family names of a script (Faker's lists of its locales), empty without Faker."""
    given: set[str] = set()
    family: set[str] = set()
    try:
        from faker import Faker
    except ImportError:
        return frozenset(), frozenset()
    for locale in _SCRIPT_LOCALES.get(script, ()):
        try:
            provider = Faker(locale).provider("faker.providers.person")
        except (AttributeError, ValueError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given.update(str(w) for w in getattr(provider, attr, ()) or ())
        for attr in ("last_names", "last_names_male", "last_names_female"):
            family.update(str(w) for w in getattr(provider, attr, ()) or ())
    return frozenset(given), frozenset(family)


def _initial_variants(syllable: str) -> set[str]:
    """North Korean spellings of a family syllable: the initial ㄹ that the South drops or turns to ㄴ (``임`` ->
    ``림``, ``이`` -> ``리``, ``노`` -> ``로``, ``유`` -> ``류``)."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return set()
    initial, rest = divmod(code, 588)
    vowel = rest // 28
    out = set()
    # ㅇ (11) before i/y vowels (ㅑ2 ㅒ3 ㅕ6 ㅖ7 ㅛ12 ㅠ17 ㅣ20) and ㄴ (2) before the others were ㄹ (5).
    if (initial == 11 and vowel in (2, 3, 6, 7, 12, 17, 20)) or (
        initial == 2 and vowel not in (2, 3, 6, 7, 12, 17, 20)
    ):
        out.add(chr(0xAC00 + 5 * 588 + rest))
    return out


@lru_cache(maxsize=1)
def _hangul_family() -> frozenset[str]:
    family = {w for w in S.family_names("hangul") if len(w) == 1} | {w for w in _listed("hangul")[1] if len(w) == 1}
    for syllable in list(family):
        family |= _initial_variants(syllable)
    return frozenset(family)


def _hangul_ok(word: str, strong_slot: bool) -> bool:
    """A Hangul word of a name's shape: a family syllable alone (in a strong slot), a listed given name, or two to
    four syllables, not a place's, that start with a family syllable or (in a strong slot) are a given name."""
    if not re.fullmatch(f"[{_HANGUL}]{{1,4}}", word):
        return False
    family = _hangul_family()
    given = S.given_names("hangul") | _listed("hangul")[0]
    if len(word) == 1:
        return strong_slot and word in family
    if word in given:
        return True
    if word.endswith(_HANGUL_PLACE_END) or S.script_town(word) or S.script_region(word):
        return False
    return word[0] in family or word[:2] in S.family_names("hangul") or (strong_slot and len(word) <= 3)


def _run_ok(run: str, strong_slot: bool) -> bool:
    words = run.split()
    if any(_script(w) == "hangul" for w in words):
        return len(words) <= 2 and all(_hangul_ok(w, strong_slot) for w in words)
    if S.script_town(run) or S.script_region(run):
        return False
    return all(len(w) >= 2 for w in words)


def _gazetteer_ok(run: str) -> bool:
    words = run.split()
    script = _script(words[0])
    given, family = _listed(script)
    return words[0].split("-")[0] in given or words[0] in family or (len(words) > 1 and words[-1] in family)


def _entity(run: str) -> str:
    if len(run.split()) > 1:
        return E.NAME
    return E.LAST_NAME if _script(run) == "hangul" and len(run) == 1 else E.NAME


def _list_items(text: str, start: int, end: int) -> bool:
    """The run is an item of a short list with another item beside it (``강철수 + 윤 + 최``, ``Mrs X / 림``); commas
    join an address's parts as often, so they make no list here."""
    before = text[:start]
    after = text[end:]
    left = re.search(r"(?:\+|;|/|&)[ \t]*(?:" + _TITLE + r"[ \t]+)?\Z", before)
    right = re.match(r"[ \t]*(?:\+|;|/|&)[ \t]*\S", after)
    if not (left or right):
        return False
    # Items are short: the neighbouring items have at most three words before the next separator.
    items = _LIST_SEP.split(re.split(r"[.!?\n]|->|:", before)[-1] + text[start:end] + re.split(r"[.!?\n]|->", after)[0])
    return sum(1 for item in items if item.strip()) >= 2 and all(len(i.split()) <= 4 for i in items if i.strip())


def other_script_slot_spans(text: str) -> list[tuple[int, int, str]]:
    """Names of another script in a person slot of a Latin note (see the module docstring)."""
    if not text or _GATE.search(text) is None or note_script(text) != "LATIN":
        return []
    out = []
    for m in _RUN.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        before = text[:start]
        if _DOT_AFTER.match(text, end) and len(run.split()[-1]) <= 4 and _script(run) != "hangul":
            continue  # "ქ.", "ул.": a place word's abbreviation
        if _PLACE_CUE.search(before) or _HOUSE_NUMBER_BEFORE.search(before) or _ABBREVIATION_BEFORE.search(before):
            continue
        if any(ch.isdigit() for ch in run) or _ADDRESS_AFTER.match(text, end):
            continue
        if _TAIL_OF_LONGER.search(before) or _HEAD_OF_LONGER.match(text, end):
            continue  # the tail of a longer run of the script ("Јован Хаџи Константинов Џинот"): a street's name
        glued_number = bool(_NUMBER_AFTER.match(text, end))
        cue = _CUE.search(before) is not None and not glued_number
        titled = re.search(rf"(?-i:{_TITLE})[ \t]+\Z", before) is not None
        head = _HEAD_BEFORE.search(before) is not None
        verb = finite_verb_after(text, end) or (
            head and (_FROM_AFTER.match(text, end) is not None or _ARROW_AFTER.match(text, end) is not None)
        )
        listed = not glued_number and _list_items(text, start, end)
        signoff = _SIGNOFF_BEFORE.search(before) is not None
        label = _LABEL_BEFORE.search(before) is not None and _gazetteer_ok(run)
        number = _BRACKET_BEFORE.search(before)
        owner = (
            number is not None
            and sum(ch.isdigit() for ch in number.group()) >= 6
            and bool(_BRACKET_AFTER.match(text, end))
        )
        if not (cue or verb or listed or signoff or label or owner):
            continue
        if len(run) == 1 and not (titled or verb or listed or owner):
            continue  # a lone family syllable ("with 명.") needs a title, a verb or list mates
        if _run_ok(run, strong_slot=titled or verb or listed or signoff or cue or owner):
            out.append((start, end, _entity(run)))
    return out
