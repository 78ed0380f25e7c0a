"""Czech, Slovak and Croatian street names without a street word, typed in lower case or capitals
(``loděnická 936``, ``orchideová 49``, ``lipského 24``, ``KRÍKOVÁ 7``, ``bosanska 8a/7``, ``lobmayerove 6b``).

These streets are an adjective or a genitive ("the Loděnice one", "Lipský's"), and the capitalised layouts of
:mod:`~safe_synthesizer.pii.text_streets` know them by their capital. Without it the word's ending must carry
the evidence:

- Czech and Slovak adjective and genitive endings with a long vowel (``-ská``, ``-cká``, ``-ová``, ``-ého``,
  ``-ní``, ``-ých``), which no English, German or Romance word has; the stem has four letters or more;
- Croatian and Slovenian adjective and possessive endings without a long vowel (``-ska``, ``-ška``, ``-čka``,
  ``-ova``, ``-eva``, ``-ove``, ``-ina``) only before a house number with a letter or a slash (``8a/7``,
  ``6b``), which counts, times and amounts never have.

Guards: the word is no function word (spaCy's lists), the number is no amount of a measure ("hotová 5 min",
"nová 3 kg"), and the line is all lower case or all capitals.

Example::

    slavic_street_spans("vyzvednutí loděnická 936 v 7:15")  # [(11, 24, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["slavic_street_spans"]

_LOWER = "a-záäčďéěíĺľňóôŕřšťúůýž"
# Long-vowel endings of Czech and Slovak street adjectives and genitives.
_LONG = r"ská|cká|ová|ná|ní|ého|ího|ých|ské|cké|ové"
# Short endings of Croatian and Slovenian ones (with a lettered or slashed house number only).
_SHORT = r"ska|ška|čka|ačka|ova|eva|ove|eve|ina|ića|ski"
_HOUSE = r"\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?"
# Counted things after a number in these languages ("krásná 2 dny", "nová 3 kusy", "prva 2 tjedna").
_COUNTS = (
    r"dny|dní|dnů|den|dni|dana|dan|roky|roků|rok|let|rokov|godina|godine|týdny|týdnů|týden|týždne|týždňov|tjedna|"
    r"tjedne|tjedana|měsíce|měsíců|mesiace|mesiacov|mjeseci|hodin|hodiny|hodín|sati|sat|minut|minúty|minúť|minuta|"
    r"kusy|kusů|kusov|kus|komada|komad|ks|krát|osoby|osob|osôb|ljudi|noci|nocí|noći|lidí|ľudí|korun|eur|kn"
)
_LETTERED = r"\d{1,4}(?:[a-z](?:/\d{1,4}[a-z]?)?|/\d{1,4}[a-z]?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from safe_synthesizer.pii.text_street_caseless import _MEASURES

    guard = rf"(?![\w/\-]|[.,]\d)(?![ \t]*(?i:{_MEASURES}|{_COUNTS})(?!\w))"
    long = re.compile(rf"(?<![\w\-'’./])(?P<name>[{_LOWER}]{{4,}}(?:{_LONG}))[ \t]+{_HOUSE}{guard}")
    short = re.compile(rf"(?<![\w\-'’./])(?P<name>[{_LOWER}]{{3,}}(?:{_SHORT}))[ \t]+{_LETTERED}{guard}")
    return long, short


def slavic_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case (or capitals) Czech, Slovak and Croatian street names with a house number (see the module)."""
    if not any(ch.isdigit() for ch in text):
        return []
    from safe_synthesizer.pii.text_street_caseless import _stop_words

    stops = _stop_words()
    out = []
    # A line in capitals ("KRÍKOVÁ 7") is read in lower case and kept where it was capitals.
    lowered = text.lower()
    views = [(text, False)] + ([(lowered, True)] if len(lowered) == len(text) and lowered != text else [])
    for view, from_caps in views:
        for pattern in _patterns():
            for m in pattern.finditer(view):
                name = m.group("name")
                if name in stops:
                    continue
                original = text[m.start() : m.end()]
                if original.isupper() if from_caps else original.islower():
                    out.append((m.start(), m.end(), E.STREET_ADDRESS))
    # Capitalised Croatian/Serbian lines before a town and a postcode, town first ("Visoka 9c, Zagreb 10000").
    from safe_synthesizer.pii.text_street_balkan import latin_balkan_street_spans

    return out + latin_balkan_street_spans(text)
