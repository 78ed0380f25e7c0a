"""Chinese names in Latin letters, family name first: ``Tan Wei Ming``, ``LIM YI MEI``, ``goh jie yong``.

Why: Singapore, Malaysia and Hong Kong notes write Chinese names romanised (Hanyu Pinyin, or Hokkien,
Teochew and Cantonese spellings), family name first and the given name as two syllables. The name lists
hold few of these syllables and the NER model reads ``Tan Wei Ming`` as one word of English at best, so
such notes kept the name. The layout is the evidence:

- a romanised Chinese family name (``Tan``, ``Lim``, ``Ng``, ``Chua``, ``Wong``, ``Zhang``...);
- then two syllable words, each a Pinyin syllable or a usual Hokkien/Cantonese spelling (``Boon``,
  ``Kiat``, ``Swee``), or the two joined (``Weiming``, ``Wei-Ming``);
- all three in one case; at most one of them a common English word (``Low Ling Fen`` is a name, ``Ho
  Ho Ho`` is not: no word repeats);
- in lower case (``tan wei fen``) only after a cue of :mod:`.text_name_lower_memo` (``msg from``,
  ``leave with``, ``it's``, a ``you:`` key): lower-case English prose holds such word runs
  (``he ran long``).

Towns named like people (``Ang Mo Kio``, ``Lim Chu Kang``) and listed places stay.

Example::

    romanised_chinese_spans("Full name: Goh Jie Yong\\nmsg from lee mei xin: call back")
    # [(11, 23, 'name'), (33, 44, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

__all__ = ["CHINESE_FAMILY_NAMES", "romanised_chinese_spans"]

#: Romanised Chinese family names (Hanyu Pinyin, Hokkien, Teochew, Cantonese, Hakka spellings), lower case: the one
#: list of them, read by the column rules of e-mail names too.
CHINESE_FAMILY_NAMES = frozenset(
    """tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong quek chen lin huang zhang
    liu wang li yang wu zhou xu sun zhu hu guo gao luo zheng liang xie song tang han feng deng cao peng zeng
    xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao chia phua seah soh foo heng
    kwek leong loh neo pang poh tham wee yap yong chew chin choo khoo kok lau liew mok ooi quah sng tee yip
    cheong cheung chow chu fung hui kwan kwong lai lam leung mak tse tsang tsui yeung yiu au choi fong kong
    kwok ma siu sze ting tong tsoi yau yuen hong ko lui aw boey chee chiam ching eng gan hew hoo kang kee khor
    kuah lew lye oon pek sia siah tai teh thio tiong woo yee yeoh""".split()  # noqa: SIM905
)
_INITIALS = ("", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z",
             "c", "s", "y", "w")  # fmt: skip
_FINALS = ("a", "o", "e", "i", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
           "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue", "v",
           "ve")  # fmt: skip
# Given-name syllables of Hokkien, Teochew, Hakka and Cantonese spellings (Singapore, Malaysia, Hong Kong).
_DIALECT = frozenset(
    """boon kiat seng chye hock keng swee kok wai kit yew chee choon beng huat guan kian leong meng siew soon
    tiong kheng teck tat hin fatt wah kwok yuen chun lai mun fook yee siu hoi ka ki kin sze tsz hei chi wing
    yan pui shan poh geok bee lian choo hwee suan keow eng hong kum kwee lay lee loke mei mun nam oon peck
    phaik sok tee thye yeow yoke choy chong foong hwa kah khim kim lam ling lock sai sian sim tuck wee""".split()  # noqa: SIM905
)
# Places named like people: Singapore and Hong Kong districts (other towns are in the gazetteers).
_PLACES = frozenset(("ang mo kio", "lim chu kang", "choa chu kang", "yio chu kang", "ho man tin", "tai seng",
                     "boon lay", "tai po", "sha tin", "kwun tong", "tai wai", "lok ma chau"))  # fmt: skip
_SPLIT = re.compile(r"[^a-z]+")
_FAMILY_AT = re.compile(
    r"(?<![\w'’\-])(?i:" + "|".join(sorted(CHINESE_FAMILY_NAMES, key=len, reverse=True)) + r")(?=[ \t]+[A-Za-z])"
)
_GIVEN = re.compile(r"[ \t]+([A-Za-z]+(?:-[A-Za-z]+)?)(?![\w'’\-])(?:[ \t]+([A-Za-z]+)(?![\w'’\-]))?")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    pinyin = {i + f for i in _INITIALS for f in _FINALS if i + f}
    return frozenset(pinyin) | _DIALECT


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return frozenset(common_words()) | spacy_stop_words(("en",))


def _split_joined(word: str) -> list[str] | None:
    """``weiming`` -> ``["wei", "ming"]``; ``None`` when the word is no two syllables."""
    syllables = _syllables()
    for i in range(1, len(word)):
        if word[:i] in syllables and word[i:] in syllables:
            return [word[:i], word[i:]]
    return None


def _case(words: list[str]) -> str | None:
    """``upper``, ``lower`` or ``title`` when all words share it (hyphen parts each capitalised)."""
    parts = [p for w in words for p in w.split("-")]
    if all(p.isupper() for p in parts) and any(len(p) > 1 for p in parts):
        return "upper"
    if all(p.islower() for p in parts):
        return "lower"
    if all(p[0].isupper() and p[1:] == p[1:].lower() for p in parts):
        return "title"
    return None


def _given_at(text: str, pos: int) -> tuple[int, list[str], list[str]] | None:
    """The given name right after ``pos`` (spaces first): (its end, its syllables, its words as written),
    two words first, then one joined or hyphenated word."""
    m = _GIVEN.match(text, pos)
    if m is None:
        return None
    one, two = m.group(1), m.group(2)
    if two is not None and one.lower() in _syllables() and two.lower() in _syllables():
        return m.end(2), [one.lower(), two.lower()], [one, two]
    low = one.lower()
    parts = low.split("-") if "-" in low else _split_joined(low)
    if parts and len(parts) == 2 and all(p in _syllables() for p in parts):
        return m.end(1), parts, [one]
    return None


def _cued(text: str, start: int) -> bool:
    from safe_synthesizer.pii.text_name_lower_memo import _cued_before, word_tokens

    tokens = word_tokens(text[:start] + "x")
    return _cued_before(text[:start] + "x", tokens, len(tokens) - 1) == "cue"


def romanised_chinese_spans(text: str) -> list[tuple[int, int, str]]:
    """Romanised Chinese names (see the module docstring); overlaps are resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    if CHINESE_FAMILY_NAMES.isdisjoint(_SPLIT.split(text.lower())):
        return out  # the cheap test first: no family name among the words
    pos = 0
    # Family names are found by one regex scan; only their neighbours are looked at (most notes hold none).
    while (family := _FAMILY_AT.search(text, pos)) is not None:
        pos = family.end()
        found = _given_at(text, family.end())
        if found is None:
            continue
        end, syllables, written = found
        run = [family.group(), *written]
        case = _case(run)
        words = [family.group().lower(), *syllables]
        joined = " ".join(w.lower() for w in run)
        if (
            case is None
            or len(set(words)) == 1  # "Ho Ho Ho"
            or sum(w in _common() for w in words) > 1
            or joined in _PLACES
            or joined in gazetteers.all_cities()
            or joined in gazetteers.all_regions()
            or (case == "title" and len(written) == 1 and "-" not in written[0] and not written[0][1:].islower())
            or (case == "lower" and not _cued(text, family.start()))
        ):
            continue
        out.append((family.start(), end, E.NAME))
        pos = end
    return out
