"""Street-line checks: a street-type word of any detectable locale and a house number, bare names and numbers, the
street words Faker's lists miss (Turkish, Hungarian, Baltic, South Slavic, Indonesian, Vietnamese, Maltese...).

Split from :mod:`.places` (one concept a module); :mod:`.places` re-exports every name.

Example::

    is_street_any("Löwerstr. 7")  # True
    is_named_street("Šalata 3")  # True
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.validators.japanese import is_japanese_address
from safe_synthesizer.pii.validators.scripts import script_street

_STREET_NUMBER = re.compile(r"^\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?$")
_SECONDARY = re.compile(r"\b(apt|apartment|suite|ste|unit|#)\b\.?\s*\w+", re.IGNORECASE)
# A house number, also glued to its label as Turkish and other exports write it (``No:73B``, ``Nr.5``).
_HOUSE_NUMBER = re.compile(r"^(?:(?:No|NO|no|Nr|nr|[Nn][º°])[:.]?)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?$")


def is_street_address(value: str) -> bool:
    """``123 Main Street [Apt. 4]``: a house number, a street name and a street-type word."""
    first_line = re.split(r"[\n,]", value.strip(), maxsplit=1)[0]
    tokens = _SECONDARY.sub("", first_line).split()
    if len(tokens) < 2 or not _STREET_NUMBER.match(tokens[0]):
        return False
    suffixes = gazetteers.street_suffixes()
    return any(t.lower().rstrip(".,") in suffixes for t in tokens[1:])


def street_locales(value: str) -> tuple[str, ...]:
    """Locales whose street-type words occur in ``value`` (``"12, rue Victor Hugo"`` -> fr_FR...)."""
    words = [w.lower().strip(".,") for w in re.split(r"[\s\n]+", value) if w]
    found = []
    for locale in gazetteers.DETECT_LOCALES:
        vocabulary = gazetteers.locale_street_words(locale)
        glued = locale in ("de_DE", "nl_NL")
        if any(w in vocabulary or (glued and _glued_street(w, vocabulary)) for w in words):
            found.append(locale)
    return tuple(found)


def _fold(text: str) -> str:
    """Lower case without accents: exports of old systems drop them (``Jarnvagsvagen`` for ``Järnvägsvägen``)."""
    return gazetteers.plain_form(text.lower())


@lru_cache(maxsize=1)
def _folded_glued_types() -> tuple[str, ...]:
    # Imported here: the text street rules build on the validators. Their glued types cover languages Faker's
    # street lists lack (West Frisian ``-strjitte``, ``-dyk``, ``-buorren``; Icelandic ``-vegur``).
    from safe_synthesizer.pii.text_streets import _glued  # one list for text and columns

    # Three letters end too many words of their own (``Notepad``, ``Renewal``, ``Magnolia``).
    return tuple(sorted({_fold(t) for t in _glued() if len(t) >= 4 and t.isalpha()}))


def _glued_type_folded(word: str) -> bool:
    """A capitalised word ending in a glued street type, accents dropped on both sides (``Industrivagen``,
    ``Noarderdyk``, ``Tsjerkebuorren``, ``Munewei``): the name is at least three letters before the type."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    folded = _fold(word)
    return any(len(folded) >= len(t) + 3 and folded.endswith(t) for t in _folded_glued_types())


def _glued_street(word: str, vocabulary: frozenset[str]) -> bool:
    return any(len(word) > len(s) + 2 and word.endswith(s) for s in vocabulary if len(s) >= 3)


# Street-type words of Turkish, Hungarian, Baltic and South Slavic addresses that Faker's street
# lists miss (``Lale Sok. No: 79``, ``Kossuth utca 19.``, ``Liepų g. 105-47``, ``Ilica 12``): full
# words, and abbreviations that count only with their dot (``g.``, ``u.``, ``krt.``).
_MORE_STREET_WORDS = frozenset(
    {
        "sokak", "sokağı", "sokagi", "cadde", "caddesi", "mahallesi", "bulvar", "bulvarı", "bulvari", "meydanı",
        "utca", "út", "útja", "tér", "körút", "köz", "sétány", "fasor", "rakpart", "lakótelep",
        "gatvė", "gatve", "alėja", "prospektas", "aikštė", "plentas", "skersgatvis", "iela", "tänav", "maantee",
        "puiestee", "ulica", "cesta", "trg", "obala",
    }
)  # fmt: skip
_MORE_STREET_ABBREVIATIONS = frozenset(
    {"sok.", "sk.", "cad.", "cd.", "mah.", "mh.", "blv.", "bulv.", "u.", "krt.", "g.", "al.", "pr.", "pl.", "skg.",
     "ul.", "mnt.", "pst."}
)  # fmt: skip
# A house number as these countries write it: ``59.`` (Hungarian), ``105-47``, ``12/3``, ``No: 79``.
_HOUSE_NUMBER_DOTTED = re.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?[.,]?$")


def _more_street(words: list[str]) -> bool:
    """A street name, then a word of :data:`_MORE_STREET_WORDS` (or a dotted abbreviation after a
    capitalised name: ``Liepų g.``, not ``5 g. sugar``), then a house number."""
    for i, word in enumerate(words[1:-1], start=1):
        lowered = word.lower().rstrip(",")
        before = words[i - 1]
        full = lowered.rstrip(".") in _MORE_STREET_WORDS and before[:1].isalpha()
        short = lowered in _MORE_STREET_ABBREVIATIONS and before[:1].isupper()
        if (full or short) and any(_HOUSE_NUMBER_DOTTED.match(w) for w in words[i + 1 :]):
            return True
    return False


# Street-type words that open a street line in Indonesian and Malay (``Jl. Merdeka No. 12``, ``Gang Mawar
# 7``, ``Lorong 3``, ``Taman Melati 5``), Vietnamese (``Ngõ 13``, ``Hẻm 95``, ``Phố Huế``, ``Đường số 1``, also
# typed without accents), Maltese (``Triq il-Kbira``, ``Sqaq``, ``Vjal``), Tagalog (``Kalye``), Swahili
# (``Mtaa``) and the Pacific and African road words below. Not in the shared street vocabulary: several are names
# or common words (``Ngô``, ``gang``, ``hala``) that free text must not take for street words; here they count only
# beside a house number.
_LEAD_STREET_TYPES = frozenset(
    {"jl", "jln", "jalan", "gg", "gang", "lr", "lorong", "komplek", "perumahan", "perum", "taman", "lebuh",
     "persiaran", "ngõ", "ngo", "ngách", "ngach", "hẻm", "hem", "kiệt", "kiet", "phố", "pho", "đường", "duong",
     "triq", "sqaq", "vjal", "pjazza", "kalye", "mtaa", "barabara",
     # Scottish Gaelic, Irish and Welsh street words, before the name (``6 Sràid na h-Eaglaise``, ``Bóthar na Trá
     # 4``, ``12 Heol y Frenhines``): bilingual Scotland, Ireland and Wales (set 35, seen: gd_GB).
     "sràid", "sraid", "rathad", "slighe", "sráid", "bóthar", "bothar", "ascaill", "lána", "céide", "ceide",
     "cearnóg", "heol", "ffordd", "stryd", "lôn", "rhodfa", "cilgant"}
)  # fmt: skip
# Tongan (``Lot 12, Hala Tupou``), Malagasy (``Lot II 45, Lalana Rainandriamampandry``), Somali (``Waddada Makka
# 12``), Hausa (``Titin Bello 4``), Samoan and Fijian road words written before the name: common words elsewhere
# (Turkish ``hala``), so only before a capitalised name, never before a number.
_LEAD_NAMED_TYPES = frozenset({"hala", "lalana", "waddada", "wadada", "titin", "auala", "gaunisala"})
# A street name may open with ``số`` (number: ``Đường số 1``) or a Maltese article (``tal-Qroqq``, ``ta' Xbiex``).
_LEAD_NAME_START = re.compile(
    r"^(?:số|so\b|(?:ta|tal|tad|tan|tas|tat|taż|tax|taz|il|is|it|iż|ix|in|id|ir|l)[-'’]"
    # Celtic articles after the street word (``Sràid na h-Eaglaise``, ``Rathad a' Chladaich``, ``Heol y Frenhines``).
    r"|(?:na|nan|an|am|a['’]|y|yr)(?:\s|$))"
)
# Vietnamese street words written in lower case before a number (``78 phố 53``, ``7/29 phố số 7``, ``ngõ 12``): the
# accented words only (``pho 53`` is a soup on a menu).
_LOWER_LEAD_TYPES = frozenset({"phố", "ngõ", "ngách", "hẻm", "kiệt", "đường"})
_LOWER_LEAD_AFTER = re.compile(r"^(?:số|\d{1,4}[A-Za-z]?(?:/\d{1,4})?)$")
_LEAD_HOUSE = re.compile(r"^(?:no\.?)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)*[.,]?$", re.IGNORECASE)


def _lead_type_street(words: list[str]) -> bool:
    """A street line of those languages: a type word of :data:`_LEAD_STREET_TYPES` among the first
    five words, followed by a capitalised word or a number, and a house number anywhere
    (``GG. TUBAGUS ISMAIL NO. 7``, ``Số 9/23/917 Ngõ 13 phố 98``, ``66, Triq tal-Qroqq``)."""
    for i, word in enumerate(words[:5]):
        key = word.lower().strip(".,")
        if (key not in _LEAD_STREET_TYPES and key not in _LEAD_NAMED_TYPES) or i + 1 >= len(words):
            continue
        after = words[i + 1]
        if key in _LEAD_NAMED_TYPES and not (after[:1].isupper() and after[1:2].isalpha()):
            continue
        lower_ok = key in _LOWER_LEAD_TYPES and word.islower() and bool(_LOWER_LEAD_AFTER.match(after))
        named = after[:1].isupper() or after[:1].isdigit() or _LEAD_NAME_START.match(after)
        if not lower_ok and (not word[:1].isupper() or not named):
            continue
        if any(_LEAD_HOUSE.match(w) for j, w in enumerate(words) if j != i):
            return True
    return False


def is_street_any(value: str) -> bool:
    """A street line in any detectable locale: a street-type word plus a house number or a name.

    Covers ``123 Main St``, ``Löwerstr. 7``, ``7, boulevard Dupont``, ``Piazza Pellico, 59``,
    ``Yusufbaan 6`` and ``Flat 0\\nOlivia Forge``; at most 12 words.
    """
    if not value or len(value) > 120 or "@" in value:
        return False
    if is_japanese_address(value) or script_street(value):
        return True
    words = [w for w in re.split(r"\s+", value.strip()) if w]
    if not 2 <= len(words) <= 12:
        return False
    if _slavic_street(words) or _more_street(words) or _lead_type_street(words):
        return True
    has_number = any(_HOUSE_NUMBER.match(w) for w in words)
    vocabulary = gazetteers.all_street_words()
    lowered = [w.lower().strip(".,") for w in words]
    glued_locales = gazetteers.GLUED_STREET_LOCALES
    typed = any(w in vocabulary for w in lowered) or any(
        _glued_street(w, gazetteers.locale_street_words(loc)) for w in lowered for loc in glued_locales
    )
    if not typed:
        return has_number and any(_glued_type_folded(w) for w in words)
    return has_number or lowered[0] in vocabulary


# Czech, Slovak and Polish street names carry no street-type word: they are a preposition phrase
# (``U Hřiště``, ``Na Příkopě``, ``K Lipám``) or an adjective/possessive of a name (``Vídeňská``,
# ``Liškova``, ``Průmyslová``), then the house number (``418``, ``1234/5``).
_SLAVIC_PREPOSITION = frozenset("u k ke v ve na nad pod za před pred při pri mezi".split())  # noqa: SIM905
_SLAVIC_ADJECTIVE = re.compile(r"(?:sk[áa]|ck[áa]|ov[áa]|ova|n[íi]|[íi]ho|[ée]ho|ovo|ovy|ovych)$", re.IGNORECASE)
_SLAVIC_NUMBER = re.compile(r"^\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?,?$")


def _slavic_street(words: list[str]) -> bool:
    """``Liškova 418``, ``U Nové Dálnice 930``: a name phrase, then the house number last."""
    if not 2 <= len(words) <= 6 or not _SLAVIC_NUMBER.match(words[-1]):
        return False
    name = words[:-1]
    if not all(w[:1].isalpha() for w in name) or any(w[:1].isdigit() for w in name):
        return False
    if name[0].lower() in _SLAVIC_PREPOSITION and len(name) >= 2:
        return name[1][:1].isupper() or name[1].isalpha()
    return bool(_SLAVIC_ADJECTIVE.search(name[-1].rstrip(",")))


# ``Caupolicán 532``, ``Krvavi most 8a``, ``Grettisgata 98``: name words, then a house number (the
# continental order; no street-type word needed), then extras (``Piso 2``, ``íbúð 17``, ``Dpto. 5``).
# The house number's letter is of any alphabet (``Питу Гули 4в``, ``Лондонска 0б/4``).
_NAMED_STREET = re.compile(
    r"^(?:[^\W\d_][\w'’.\-]*\s){1,4}\d{1,5}[^\W\d_]?(?:[-/]\d{1,4}[^\W\d_]?)?(?=,|\s|$)(?:[ ,][^\n]{0,30})?$"
)


def is_named_street(value: str) -> bool:
    """A street line without a street-type word: one to four words, then a house number.

    Why: Croatian, Icelandic and Chilean streets are often a bare name (``Šalata 3``, ``Grettisgata
    98``, ``Caupolicán 532``). Too loose alone (``Bay 4``, ``Room 12``): callers need more evidence
    (a column-name cue, or a postcode and town after it).
    """
    text = value.strip()
    return bool(text) and text[:1].isupper() and "@" not in text and bool(_NAMED_STREET.match(text))


# German street types glued to the name (``Stiffelgasse``, ``Theresia-Scholtz-Ring``).
_GLUED_STREET_TYPES = (
    "strasse", "straße", "str.", "gasse", "allee", "ring", "weg", "platz", "damm", "ufer", "pfad", "steig",
)  # fmt: skip
# A number written apart after a dash or slash (``Jörg-Etzler-Ring /91``): the street's name is before it.
_APART_NUMBER = re.compile(r"\s+[-/]\s*\d+\w?$")


def is_unnumbered_street(value: str) -> bool:
    """A street's name without its house number: one to four capitalised words, the first or last a street-type
    word (``Watson Court``, ``Calle Mayor``, ``Hendrik-Koch-Allee``, ``Stiffelgasse``).

    Why: exports that keep the house number apart (window-cleaning rounds, utility meters) write the street
    alone. Too loose without a street-name cue (``Conference Room``...): callers need one.
    """
    name = _APART_NUMBER.sub("", value.strip())
    words = name.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or any(c.isdigit() for c in name):
        return False
    streets = gazetteers.all_street_words()
    ends = {words[0].lower().rstrip("."), words[-1].lower().rstrip("."), words[-1].lower().split("-")[-1]}
    if len(words) > 1 and ends & streets:
        return True
    last = words[-1].lower()
    return any(last.endswith(t) and len(last) > len(t) + 2 for t in _GLUED_STREET_TYPES)
