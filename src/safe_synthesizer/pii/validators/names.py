"""Person-name checks: name-shaped values and the offline first-name/surname lists, any case.

Example::

    full_name_known("doe, jane")  # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.name_honorifics import strip_courtesy
from safe_synthesizer.pii.validators.japanese import ja_first_names, ja_full_name, ja_last_names
from safe_synthesizer.pii.validators.scripts import (
    script_family_known,
    script_full_name,
    script_given_known,
    script_letters,
    script_of,
)

_NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z'\u00C0-\u024F]*(?:[\-'][A-Za-z\u00C0-\u024F]+)*\.?$")
_WORD = re.compile(r"^[^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*\.?$")


# Legal forms and partnership words of company names (``Duhamel S.A.S.``, ``Dumas et Fils``,
# ``Müller GmbH & Co. KG``, ``Rossi S.p.A.``, ``Smith and Sons``).
_COMPANY = re.compile(
    r"(?i)(?<=\S)\s+(?:s\.?a\.?s?\.?|s\.?a\.?r\.?l\.?|s\.?n\.?c\.?|s\.?c\.?s\.?|e\.?u\.?r\.?l\.?|gmbh|ag|kg|"
    r"e\.?\s?v\.?|ohg|ltd\.?|limited|plc|llc|llp|inc\.?|corp\.?|co\.?|b\.?v\.?|n\.?v\.?|s\.?p\.?a\.?|"
    r"s\.?r\.?l\.?|s\.?l\.?|s\.?a\.?u\.?|lda\.?|a/s|aps|ab|oy|as|sp\.\s?z\s?o\.?o\.?|group|holding|"
    r"(?:et|and|&|und|e|y|en)\s+(?:fils|sons|söhne|figli|hijos|zonen|filhos|cie|co\.?|partners|associates))(?=\s|$|,)"
)


def has_company_marker(value: str) -> bool:
    """A company's legal form or partnership words in ``value`` (``Duhamel S.A.S.``, ``Dumas et Fils``)."""
    return bool(_COMPANY.search(value))


def is_name_shaped(value: str) -> bool:
    """One to four capitalised word tokens, as person names are written."""
    tokens = value.replace(",", " ").split()
    return 1 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t) for t in tokens) and len(value) <= 60


def is_known_first_name(value: str) -> bool:
    """Every token is a first name in the offline name lists."""
    tokens = value.split()
    return bool(tokens) and all(t.lower().rstrip(".") in gazetteers.first_names() for t in tokens)


def is_known_last_name(value: str) -> bool:
    """The value is a surname in the offline name lists (hyphenated parts each count)."""
    parts = re.split(r"[\s\-]", value)
    return bool(parts) and all(p.lower() in gazetteers.last_names() for p in parts if p)


def is_full_name(value: str) -> bool:
    """``First [Middle] Last`` or ``Last, First`` with known first and last names."""
    if not is_name_shaped(value):
        return False
    if "," in value:
        last, _, first = value.partition(",")
        return is_known_last_name(last.strip()) and is_known_first_name(first.strip().split()[0])
    tokens = [t for t in value.split() if t.lower().rstrip(".") not in gazetteers.TITLES]
    if len(tokens) < 2:
        return False
    return tokens[0].lower() in gazetteers.first_names() and is_known_last_name(tokens[-1])


def name_words(value: str) -> list[str]:
    """Word tokens of a name, commas dropped (``"doe, jane"`` -> ``["doe", "jane"]``)."""
    return value.replace(",", " ").split()


def is_name_shaped_any_case(value: str) -> bool:
    """One to five words of letters (any case, any script), as names and places are written."""
    words = name_words(value)
    if 1 <= len(words) <= 5 and len(value) <= 60 and all(_WORD.match(w) for w in words):
        return True
    # Thai, Arabic and Devanagari letters carry combining marks, which ``\w`` does not match.
    return len(value) <= 60 and script_letters(value)


# Degrees and academic titles written around a name (``Univ.Prof. Elias Weitzel``, ``Karin Fiebig B.Sc.``,
# ``Ing. Dorle Baum B.Eng.``, ``Jane Doe MBA``) beside the lists' titles (``gazetteers.TITLES``), lower case
# without the last dot: they name no one, so they are read past as titles are.
_DEGREES = frozenset({
    "univ.prof", "univ.-prof", "ing", "b.sc", "m.sc", "bsc", "msc", "mba", "b.eng", "m.eng", "b.a", "m.a", "ph.d",
    "phd", "ll.m", "ll.b", "dipl.-kfm", "dipl.-kff", "dipl.-inf", "dipl.-psych", "dr.med", "dr.-ing", "dr.rer.nat",
    "dr.phil", "esq", "mph", "m.d", "b.ed", "m.ed",
})  # fmt: skip


def is_degree(word: str) -> bool:
    """``B.Sc.``, ``MBA``, ``Univ.Prof.``, ``Ph.D.``: a degree or academic title written beside a name (any case)."""
    return word.lower().rstrip(".") in _DEGREES


def _not_name_word(word: str) -> bool:
    """A title, degree or particle (``Dr``, ``B.Sc``, ``van``), lower case without its last dot."""
    return word in gazetteers.TITLES or word in _DEGREES or word in gazetteers.PARTICLES


def _name_parts(value: str) -> list[str]:
    words = [w.lower().rstrip(".") for w in re.split(r"[\s\-]+", value.replace(",", " ")) if w]
    return [w for w in words if not _not_name_word(w)]


def _listed(word: str, names: frozenset[str]) -> bool:
    """``word`` is in ``names`` as written or without its accents (the lists hold both forms of
    listed names, so ``Stefan`` and ``Mihăela`` match ``Ștefan`` and ``Mihaela``)."""
    return word in names or gazetteers.plain_form(word) in names


# ``O'Brien``, ``McKenna``, ``MacLeod``, ``D'Angelo``, ``Fitzgerald``: Irish, Scottish, Italian and French surnames
# are a listed name behind a glued prefix ("son of", "of"); the lists hold few of the glued forms.
_GLUED_PREFIX = re.compile(r"^(?:o['\u2019]|d['\u2019]|mc|mac|fitz)(?=[^\W\d_]{3,}$)")


def _surname_listed(word: str, surnames: frozenset[str]) -> bool:
    """``word`` (lower case) is a listed surname, also behind a glued ``O'``/``Mc``/``Mac``/``D'`` prefix."""
    if _listed(word, surnames):
        return True
    m = _GLUED_PREFIX.match(word)
    return m is not None and _listed(word[m.end() :], surnames)


# Romanian surname endings (``Ionescu``, ``Popescu``, ``Munteanu``, ``Dumitrașcu``): no other language
# ends names this way, and Faker lists only 44 Romanian surnames.
_RO_SURNAME = re.compile(r"^[^\W\d_]{2,}(?:escu|eanu|ășcu|ăscu|așcu|ascu)$")
# Icelandic patronymics and matronymics: the parent's given name in the genitive, then ``son`` or
# ``dóttir`` (``Sigurðsson``, ``Markússon``, ``Guðleiksdóttir``, ``Bjarnason``). Iceland has almost no
# family names, so no list holds them; the ending is the evidence (Swedish ``Karlsson``-type surnames
# end the same way and are surnames too). The weak-genitive ``-ason``/``-uson`` form needs length, as
# words such as ``season`` or ``poison`` end so.
_PATRONYMIC = re.compile(r"^(?:[^\W\d_]{3,}(?:sson|dóttir|dottir)|[^\W\d_]{4,}[aiu]son)$")


def patronymic_surname(word: str) -> bool:
    """``word`` is an Icelandic-style patronymic (``Jónsson``, ``Sigurðardóttir``), any case."""
    return bool(_PATRONYMIC.match(word.lower()))


def first_name_known(value: str) -> bool:
    """Every word is a listed first name, any case (``"jean-luc"``, ``"MARIA JOSE"``)."""
    parts = _name_parts(value)
    if bool(parts) and all(_listed(p, gazetteers.column_first_names()) or p in ja_first_names() for p in parts):
        return True
    return script_given_known(value)


def last_name_known(value: str) -> bool:
    """Every word (particles such as ``van der`` aside) is a listed surname, any case, or has a
    Romanian surname ending."""
    parts = _name_parts(value)
    surnames = gazetteers.column_surname_words()
    if bool(parts) and all(
        _surname_listed(p, surnames) or p in ja_last_names() or _RO_SURNAME.match(p) or patronymic_surname(p)
        for p in parts
    ):
        return True
    return script_family_known(value)


def full_name_known(value: str) -> bool:
    """Two or more name words whose first is a listed first name and whose last is a listed surname.

    Handles ``"Last, First"``, titles (``Dr.``), particles (``van Vliet``), any case, and Japanese
    names (family name first, spaced or not: ``山口 花子``, ``山口花子``), also with a glued courtesy
    word (``李婷女士``, ``최순옥님``: :mod:`~safe_synthesizer.pii.name_honorifics`) or written ``池田, 修平``.
    """
    if not is_name_shaped_any_case(value):
        return False
    if _script_full_name(value):
        return True
    if (bare := strip_courtesy(value)) != value and (_script_full_name(bare) or _ja_family_then_given(bare)):
        return True  # the courtesy word says person: a listed family name then a given name suffices
    if "," in value:
        last, _, first = value.partition(",")
        value = f"{first} {last}"
    parts = [p for w in value.split() if not _not_name_word(p := w.lower().rstrip("."))]
    if len(parts) < 2:
        return False
    first, last = parts[0].split("-")[0], parts[-1].split("-")[-1]
    surnames, firsts = gazetteers.column_surname_words(), gazetteers.column_first_names()
    if _listed(first, firsts) and (
        _surname_listed(last, surnames)
        or _listed(last, firsts)
        or bool(_RO_SURNAME.match(last))
        or patronymic_surname(last)
    ):
        return True
    # Family name first without a comma (Hungarian ``Nagy László``, exports sorted by surname).
    return _listed(parts[0], surnames) and _listed(parts[-1], firsts)


def _script_full_name(value: str) -> bool:
    """A Japanese or other non-Latin-script full name; ``Family, Given`` (``池田, 修平``, ``김, 민준``) is
    read family name first, the order those scripts write names in."""
    if ja_full_name(value) or script_full_name(value):
        return True
    family, comma, given = value.partition(",")
    if not comma or not family.strip() or not given.strip() or "," in given or script_of(value) is None:
        return False
    joined = f"{family.strip()} {given.strip()}"
    return ja_full_name(joined) or script_full_name(joined) or _ja_family_then_given(joined)


_JA_GIVEN = re.compile(r"^[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,3}$")


def _ja_family_then_given(value: str, min_family: int = 1) -> bool:
    """A listed Japanese family name then one to three kanji or kana (``佐藤 健``, ``佐藤健``): for values
    whose layout already says person (a comma between the parts, a courtesy word after them); Faker's
    Japanese given names are a short list, its family names cover most people."""
    text = value.replace("\u3000", "").replace(" ", "")
    lasts = ja_last_names()
    return any(
        text[:i] in lasts and bool(_JA_GIVEN.match(text[i:])) for i in range(min_family, min(3, len(text) - 1) + 1)
    )


def ja_family_then_given(value: str) -> bool:
    """A listed Japanese family name of two or more characters (``佐藤``, ``高橋``: Chinese family names
    are one character but for a few listed pairs) then one to three kanji or kana, spaced or not."""
    return _ja_family_then_given(value, min_family=2)


# Particles that open a surname (``von der Heide``, ``de la Fuente``, ``Lo Bianco``, ``Dello Russo``) beside the
# lists' own (``gazetteers.PARTICLES``), lower case.
_OPENING_PARTICLES = gazetteers.PARTICLES | frozenset({"lo", "li", "dello", "dalla", "dal", "degli", "dei", "des",
                                                       "zum", "zur", "op", "in", "d'", "l'", "van't"})  # fmt: skip


def is_surname_pair(value: str) -> bool:
    """Two or three words, each a listed surname (``Serna Llabrés``, ``SANTOS CHICO``): Spanish and Portuguese
    write a person's two surnames in one cell. A surname opened by its particles (``von der Heide``,
    ``de la Fuente``, ``Lo Bianco``) is one surname written in several words, and counts the same."""
    words = name_words(value)
    lead = 0
    while lead < len(words) - 1 and words[lead].casefold() in _OPENING_PARTICLES:
        lead += 1
    if lead:
        return 1 <= len(words) - lead <= 2 and all(last_name_known(w) for w in words[lead:])
    return 2 <= len(words) <= 3 and all(last_name_known(w) for w in words)


def opens_with_given_name(value: str) -> bool:
    """Two or more words opening with a listed given name (``Ariel Cuervo``: a full name)."""
    words = name_words(value)
    if len(words) < 2 or not first_name_known(words[0]):
        return False
    # ``Della Viola``, ``Lo Bova``: a particle that is also a given name, opening a listed surname.
    return not (words[0].casefold() in _OPENING_PARTICLES and last_name_known(" ".join(words[1:])))
