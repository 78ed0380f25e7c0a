"""A name no list knows right after a strong person cue of an English note: in lower case, capitalised or in a
script without capitals.

Notes of agents, carers and field officers name people of populations the package's name lists never saw
(Papua New Guinea ``sione kerenga``, Shona ``farai chikore``, romanised Lao ``phonsavanh keomany``), typed as
heard, and paste names written in their own script into an English sentence (``her former partner ສົມພອນ
ພົມມະວົງ``, ``met زرغونه احمدزی``). The pair rules want a listed given name; the NER model does not read the
scripts and takes lower-case words for no name. The cue is the evidence:

- a role or relation (``client``, ``my partner``, ``next of kin``, ``son``, ``spouse``, the local genres'
  ``détenteur des clés``, ``locataire``, ``Mieter``...), ``name matches`` / ``names of``, or (lower case only: the
  NER model reads capitalised names there) ``met`` / ``spoke to``, then two or three words in one case that may be names
  (:func:`text_name_relation_bracketed.lower_name_word` / :func:`~.capital_name_word`: no word of the English
  vocabulary, function word, place or title), the name ending at punctuation, a digit, the end or a word of
  another kind; after a call cue (``ring back``, ``call back``) one of the lower-case words must be listed or the
  call's topic follow (``re payment``); after
  a kin word one capitalised word no vocabulary holds is a given name (``Wife Ameerah asked``);
- a capitalised pair no list knows before a bracketed relation (``Tatenda Mavhunga (son)``);
- after any of those cues or ``with``, one to three words of a script without capitals
  (Lao, Khmer, Myanmar, Thaana, Arabic, Ethiopic, the Indic scripts), unless the first is a place word of the
  script (``ບ້ານ`` village, ``شهر`` town);
- in Lao, Khmer and Myanmar text, the script's own courtesy titles (``ທ້າວ``, ``ທ່ານນາງ``, ``លោកស្រី``, ``ဦး``,
  ``ဒေါ်``) and the one or two words after them.

A cheap pre-check (a cue's first word in the text's word set, a bracket or a character of those scripts) keeps
ordinary notes cheap.

Example::

    strong_cue_name_spans("my partner farai chikore will also come")  # [(11, 24, 'name')]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word, lower_name_word
from safe_synthesizer.utils.scripts import (
    ARABIC,
    BENGALI,
    DEVANAGARI,
    GUJARATI,
    KANNADA,
    LATIN_LOWER,
    LATIN_UPPER,
    MALAYALAM,
    ORIYA,
    SINHALA,
    TAMIL,
    TELUGU,
)

__all__ = ["strong_cue_name_spans"]

LAO = "\u0e80-\u0eff"
KHMER = "\u1780-\u17ff"
MYANMAR = "\u1000-\u109f"
THAANA = "\u0780-\u07bf"
ETHIOPIC = "\u1200-\u137f"
_SCRIPTS = (LAO, KHMER, MYANMAR, THAANA, ARABIC.replace("\u200c", ""), ETHIOPIC, DEVANAGARI, BENGALI, GUJARATI)
_SCRIPTS += (ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM, SINHALA)
_ANY_SCRIPT = "".join(_SCRIPTS)
_HAS_SCRIPT = re.compile(f"[{_ANY_SCRIPT}]")

# Roles and relations that introduce one person; "my/her/former partner" but no business "partner".
_KIN = (
    r"(?:my|her|his|their|former|ex|new)[ \t]+partner|spouse|wife|husband|son|daughter|mother|father|brother|"
    r"sister|mum|mom|dad|aunt|uncle|nephew|niece|cousin|grandson|granddaughter"
)
_ROLE = (
    r"client|customer|patient|tenant|seller|buyer|applicant|farmer|carer|volunteer|resident|member|guest|"
    r"companion|witness|claimant|debtor|borrower|agent|next[ \t]+of[ \t]+kin|nok|neighbou?r|"
    r"name[ \t]+matches|name[ \t]+is|named|names?[ \t]+of|"
    # the key holder, tenant, owner or declarant of the local genres (French, Spanish, German, Italian, Dutch)
    r"d[ée]tent(?:eur|rice)[ \t]+des[ \t]+cl[ée]s|titulaire|locataire|propri[ée]taire|d[ée]clarante?|voisine?|"
    r"inquilin[oa]|titular|declarante|vecin[oa]|mieter(?:in)?|inhaber(?:in)?|nachbar(?:in)?|intestatari[oa]|"
    r"vicin[oa]|huurder|eigenaar|buurman|buurvrouw"
)
_CALL = r"ring[ \t]+back|call[ \t]+back|phone[ \t]+back|text[ \t]+back|rang[ \t]+back"
_MET = r"met(?:[ \t]+with)?|spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|talked[ \t]+to"
_SEP = r"(?:[ \t]*:[ \t]*|[ \t]+[\-–][ \t]+|[ \t]+)"  # "NOK: x", "client - x", "client x"; no "mom-bod"
_CUE = re.compile(rf"(?<![\w'’\-])(?i:(?P<call>{_CALL})|(?P<kin>{_KIN})|(?P<role>{_ROLE})|(?P<met>{_MET})){_SEP}")
# With a script without capitals in the text, "with" is a cue too (one of the commonest words: only then).
_SCRIPT_CUE = re.compile(
    rf"(?<![\w'’\-])(?i:(?P<call>{_CALL})|(?P<kin>{_KIN})|(?P<role>{_ROLE})|(?P<met>{_MET})|(?P<with>with)){_SEP}"
)
# The cheap pre-check: the first word of some cue among the text's lower-cased words (a set lookup; one search
# of the whole alternation costs more than the rules on the texts that pass).
_CUE_STARTS = frozenset(
    """ring call phone text rang partner spouse wife husband son daughter mother father brother sister mum mom dad
    aunt uncle nephew niece cousin grandson granddaughter client customer patient tenant seller buyer applicant
    farmer carer volunteer resident member guest companion witness claimant debtor borrower agent next nok
    neighbour neighbor name named names détenteur detenteur détentrice detentrice titulaire locataire propriétaire
    proprietaire déclarant declarant déclarante declarante voisin voisine inquilino inquilina titular vecino vecina
    mieter mieterin inhaber inhaberin nachbar nachbarin intestatario intestataria vicino vicina huurder eigenaar
    buurman buurvrouw met spoke speak talked""".split()  # noqa: SIM905
)
_WORDS = re.compile(r"[^\W\d_]+")
_LOW_WORD = re.compile(rf"[{LATIN_LOWER}][{LATIN_LOWER}'’‘ʻ]*(?:-[{LATIN_LOWER}]+)?(?![\w'’‘ʻ\-])")
_CAP_WORD = re.compile(
    rf"[{LATIN_UPPER}]['’‘ʻ]?[{LATIN_LOWER}]+(?:['’‘ʻ][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?(?![\w'’‘ʻ\-])"
)
_GAP = re.compile(r"[ \t]+")
# "ring back kila kaupa re payment": the call's topic right after the pair closes a name no list holds.
_CALL_TOPIC = re.compile(r"[ \t]+(?:re|about|regarding|abt|ref)[ \t:]", re.IGNORECASE)
# After a name: punctuation, a bracket, a digit, the end, or a word (checked apart).
_CLOSED = re.compile(r"[ \t]*(?:[,.;:!?()\[\]\-–/+]|\d|$)")
_BRACKET_AFTER = re.compile(r"[ \t]*\([ \t]*(?i:(?:her|his|their|the)[ \t]+)?(?P<rel>[^\W\d_]+(?:[ \t]+of[ \t]+kin)?)")
_PAIR_BEFORE_BRACKET = re.compile(
    rf"(?<![\w'’\-])(?P<first>{_CAP_WORD.pattern})[ \t]+(?P<last>{_CAP_WORD.pattern})(?=[ \t]*\()"
)

# Place words a run of the script may start with: no person ("ບ້ານ" village, "شهر" town, "ગામ" village).
_PLACE_WORDS = (
    "ບ້ານ ເມືອງ ແຂວງ ນະຄອນ ຖະໜົນ ຮ່ອມ ភូមិ ឃុំ ស្រុក ខេត្ត ផ្លូវ ក្រុង ရပ်ကွက် မြို့ လမ်း ကျေးရွာ شهر ولایت ولسوالی "
    "کوچه سړک خیابان شارع حي ناحیه قریه کلی ગામ શહેર गाँव गांव शहर মহল্লা গ্রাম"
)
_PLACE_STARTS = frozenset(_PLACE_WORDS.split())
# Courtesy titles of scripts without capitals (Lao, Khmer, Myanmar): the one or two words after one are a name.
_TITLES = {
    LAO: ("ທ່ານນາງ", "ທ້າວ", "ທ່ານ", "ນາງສາວ", "ນາງ", "ສາວ"),
    KHMER: ("លោកស្រី", "អ្នកស្រី", "លោក", "កញ្ញា", "អ្នកនាង"),
    MYANMAR: ("ဒေါက်တာ", "ဦး", "ဒေါ်"),
}
_TITLE_RE = {
    script: re.compile(
        rf"(?<![{script}])(?P<title>{'|'.join(map(re.escape, titles))})[ \t]*"
        rf"(?P<run>[{script}]+(?:[ \t]+[{script}]+)?)"
    )
    for script, titles in _TITLES.items()
}
# Words after a title that say the title means "you" or "she" (Lao ທ່ານ, ນາງ, Khmer ``លោកអ្នក``) or a Myanmar word
# starting with ဦး (``ဦးစီး`` lead, ``ဦးစားပေး`` priority): no name follows.
_NOT_AFTER_TITLE = ("ຈະ", "ໄດ້", "ໄປ", "ມາ", "ເປັນ", "ບໍ່", "ຢູ່", "ແລະ", "ຕ້ອງ", "ຂໍ", "អ្នក", "ចីး", "စီး", "စား", "ဆောင်", "တည်")
_MAX_NAME_CHARS = 14


def _script_of(char: str) -> str | None:
    return next((s for s in _SCRIPTS if re.match(f"[{s}]", char)), None)


def _script_tokens(text: str, pos: int, script: str, limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` space-separated words of ``script`` from ``pos``, stopping at punctuation or a digit."""
    out: list[tuple[int, int]] = []
    token = re.compile(f"[{script}]+")
    while len(out) < limit:
        m = token.match(text, pos)
        if m is None:
            break
        word = m.group()
        cut = next((i for i, c in enumerate(word) if unicodedata.category(c) in ("Nd", "Po", "Ps", "Pe")), None)
        if cut is not None:
            if cut:
                out.append((m.start(), m.start() + cut))
            break
        out.append((m.start(), m.end()))
        gap = _GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    return out


def _script_run(text: str, pos: int) -> tuple[int, int] | None:
    script = _script_of(text[pos]) if pos < len(text) else None
    if script is None:
        return None
    tokens = _script_tokens(text, pos, script, 4 if script == _SCRIPTS[4] else 3)
    if not tokens or text[tokens[0][0] : tokens[0][1]] in _PLACE_STARTS:
        return None
    return tokens[0][0], tokens[-1][1]


@lru_cache(maxsize=1)
def _not_soft() -> frozenset[str]:
    """English function words, common words and English adjectives, adverbs and verbs: never a name word here."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, spacy_stop_words

    return spacy_stop_words(("en",)) | common_words() | english_vocabulary(("adj", "adv", "verb"))


_CONTRACTION = re.compile(r"['’](?:m|s|re|ve|ll|d|t)$")


def _soft(word: str) -> bool:
    """A word that may be a name beside one that surely is: listed, or no English function word, common word,
    adjective, adverb or verb (``farai`` is an Italian verb, ``tau`` an English noun: both names in Melanesia and
    Zimbabwe)."""
    low = word.lower()
    if _CONTRACTION.search(low):
        return False  # "I'm", "she's", "they'll": a pronoun and its verb
    if low in given_names() or low in family_names():
        return True
    parts = low.split("-")  # "in-law": a word of English parts
    return all(len(p) >= 2 and p not in _not_soft() and re.search(r"[aeiouyà-ÿ]", p) for p in parts)


def _word_run(text: str, pos: int, word: re.Pattern[str], limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while len(out) < limit and (m := word.match(text, pos)) is not None:
        out.append((m.start(), m.end()))
        gap = _GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    return out


def _closed(text: str, end: int, kind: str) -> bool:
    """The name ends at ``end``: punctuation, a digit, the end, or a word that is no name of the same case."""
    if _CLOSED.match(text, end):
        return True
    gap = _GAP.match(text, end)
    if gap is None:
        return False
    nxt = re.match(r"[^\W\d_]+", text[gap.end() :])
    if nxt is None:
        return True
    word = nxt.group()
    if kind == "lower":
        return word.islower() and not lower_name_word(word)
    return not word[:1].isupper()


def _lower_name(text: str, pos: int, call: bool) -> tuple[int, int] | None:
    run = _word_run(text, pos, _LOW_WORD, 3)
    while len(run) >= 2:
        words = [text[a:b] for a, b in run]
        kinds = [lower_name_word(w) for w in words]
        # No English word at all: "husband said the top" ("said" and "the" are listed names somewhere).
        if not any(w in _not_soft() for w in words) and (
            any(kinds)
            and all(k or _soft(w) for k, w in zip(kinds, words, strict=True))
            and _closed(text, run[-1][1], "lower")
        ):
            listed = any(w in given_names() or w in family_names() for w in words)
            if listed or not call or _CALL_TOPIC.match(text, run[-1][1]):
                return run[0][0], run[-1][1]
            return None
        run = run[:-1]
    return None


def _capital_name(text: str, pos: int) -> tuple[int, int] | None:
    run = _word_run(text, pos, _CAP_WORD, 3)
    while len(run) >= 2:
        strong = [capital_name_word(text[a:b], alone=False) for a, b in run]
        soft = all(k or _soft(text[a:b]) for k, (a, b) in zip(strong, run, strict=True))
        if any(strong) and soft and _closed(text, run[-1][1], "cap"):
            return run[0][0], run[-1][1]
        run = run[:-1]
    return None


def _given_alone(text: str, pos: int) -> tuple[int, int] | None:
    """One capitalised word no vocabulary holds after a kin word (``Wife Ameer asked``, ``spouse Arnau.``)."""
    m = _CAP_WORD.match(text, pos)
    if m is None or not _closed(text, m.end(), "cap"):
        return None
    # An English noun may be a name here ("Ameer", "Amber"); no adjective, verb, common or function word.
    if not capital_name_word(m.group(), alone=False) and not _soft(m.group()):
        return None
    return m.start(), m.end()


def _cued(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in (_SCRIPT_CUE if _HAS_SCRIPT.search(text) else _CUE).finditer(text):
        pos = m.end()
        span = _script_run(text, pos)
        if span is None and not m.groupdict().get("with"):
            span = _lower_name(text, pos, call=bool(m.group("call")))
            if span is None and (m.group("role") or m.group("kin")):
                span = _capital_name(text, pos)
            if span is None and m.group("kin"):
                span = _given_alone(text, pos)
        if span is not None:
            out.append((*span, E.NAME))
    return out


def _bracketed(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _PAIR_BEFORE_BRACKET.finditer(text):
        rel = _BRACKET_AFTER.match(text, m.end())
        if rel is None or rel.group("rel").lower() not in RELATIONS | {"next of kin"}:
            continue
        if capital_name_word(m.group("first"), alone=False) and capital_name_word(m.group("last"), alone=False):
            out.append((m.start(), m.end(), E.NAME))
    return out


def _titled(text: str) -> list[tuple[int, int, str]]:
    out = []
    for script, pattern in _TITLE_RE.items():
        if not re.search(f"[{script}]", text):
            continue
        for m in pattern.finditer(text):
            words = m.group("run").split()
            if words[0].startswith(_NOT_AFTER_TITLE) or words[0] in _PLACE_STARTS:
                continue
            if script == MYANMAR:  # Myanmar glues the title to the name ("ဦးအောင်ကျော်"); a space ends a phrase
                if m.start("run") != m.end("title"):
                    continue
                words = words[:1]
            if any(len(w) > _MAX_NAME_CHARS or len(w) < 2 for w in words):
                continue
            out.append((m.start("run"), m.start("run") + len(" ".join(words)), E.NAME))
    return out


def strong_cue_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names of the module docstring's rules in ``text`` (overlaps resolved by the caller)."""
    has_script = _HAS_SCRIPT.search(text) is not None
    if not has_script and "(" not in text and _CUE_STARTS.isdisjoint(_WORDS.findall(text.lower())):
        return []
    out = _cued(text)
    if "(" in text:
        out += _bracketed(text)
    if has_script:
        out += _titled(text)
    return out
