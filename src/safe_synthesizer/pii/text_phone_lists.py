"""A second phone number joined to one already found (``phone +47 40 90 02 62 or 21979852``).

Why: a cue word reaches at most four words ahead, so the second number of a list (``phone 40 26 71 97
or 40 36 33 42``, ``tel. 0912 345 678 / 0913 222 111``) lost its cue, and short national numbers
(8 digits in Norway, Denmark, Ireland's ``02259183``) need one. Joined by "or", a slash or a comma
right after a phone, a number of 7-15 digits that is no date and is a valid number of some country
is the next phone of the list. Amounts and order numbers are not written straight after a phone.

A number is also restated right after itself in its other spelling: ``ring me on +220 386 4359, that's
3015708``, ``66 62 25 09, i.e. 66616598``, ``06 12 34 56 78, c'est-à-dire 0612345678``. Words that say "the same,
otherwise written" (``that's``, ``i.e.``, ``aka``, ``c'est-à-dire``, ``es decir``, ``cioè``, ``d.h.``...) join
the two as "or" does. Numbers of six digits (Greenland, the Faroes, Tonga) are taken there only when valid in
the first phone's own country with as many national digits: a six-digit postcode or amount after a phone is of
another length or no number of that plan.

Example::

    listed_phone_spans("phone +47 40 90 02 62 or 21979852", [(6, 21)], ("NO",))  # [(25, 33, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import parse_phone, phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS

# "or" in the languages of the supported locales, a slash, a comma or a semicolon, then the number.
_OR = (
    r"or|oder|ou|o|of|eller|tai|lub|albo|nebo|alebo|ili|или|або|veya|vagy|sau|arba|vai|või|eða|ή|atau|hoặc|oppure|"
    r"ovvero"
)
# "The same number, otherwise written": English, French, Spanish, Portuguese, Italian, German, Dutch, Nordic,
# Finnish, Slavic, Russian, Turkish, Indonesian.
_SAME = (
    r"that's|that’s|thats|that[ \t]+is|i\.[ \t]?e\.|ie|aka|a\.k\.a\.|alias|c'est|c’est|c'est-à-dire|"
    r"c’est-à-dire|soit|es[ \t]+decir|o[ \t]+sea|ou[ \t]+seja|cioè|ossia|d\.[ \t]?h\.|bzw\.|dus|oftewel|"
    r"dvs\.?|d\.[ \t]?v\.[ \t]?s\.|eli|tj\.|то[ \t]+есть|т\.[ \t]?е\.|yani|yaitu"
)
# A preposition a second number may take ("or on 21979852", "ou au 0612345678").
_ON = r"on|at|au|al|op|på|unter|na|em|sur"
# "or" in the languages of the supported locales, a slash, a comma or a semicolon, or a comma and a word of
# restating, then the number.
_JOINED = re.compile(
    rf"[ \t]*(?:,?[ \t]*(?:{_SAME})[ \t]*[:,]?[ \t]+|(?:{_OR})[ \t]+|[ \t]*[/,;][ \t]*)(?:(?:{_ON})[ \t]+)?"
    r"(?P<number>(?:\+|00)?\(?\d[\d().\-/ ]{4,18}\d)(?![\w/-])",
    re.IGNORECASE,
)
# A six-digit national number (Greenland, the Faroes) counts only in the first phone's country.
_SHORT_DIGITS = 6


def _same_plan(phone: str, value: str, tried: Sequence[str]) -> bool:
    """``value`` is a valid number of ``phone``'s country with as many national digits."""
    import phonenumbers

    region = phone_region_of(phone, tried)
    if region is None:
        return False
    numbers = [parse_phone(v, region) for v in (phone, value)]
    if any(n is None for n in numbers) or not phonenumbers.is_valid_number(numbers[1]):
        return False
    if phonenumbers.region_code_for_number(numbers[1]) != region:
        return False
    return len({len(phonenumbers.national_significant_number(n)) for n in numbers}) == 1


def listed_phone_spans(
    text: str, phones: Sequence[tuple[int, int]], regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of the numbers joined to the ``phones`` (start, end) found in ``text``; a list of
    three is followed to its end."""
    out: list[tuple[int, int, str]] = []
    todo = sorted(phones)
    seen = {a for a, _ in todo}
    tried = (*regions, *TEXT_PHONE_REGIONS)
    while todo:
        first, end = todo.pop(0)
        m = _JOINED.match(text, end)
        if m is None:
            continue
        value = m.group("number").rstrip(" -./(")
        start = m.start("number")
        n_digits = sum(ch.isdigit() for ch in value)
        if start in seen or not _SHORT_DIGITS <= n_digits <= 15:
            continue
        if V.looks_like_date(value) or V.starts_with_date(value):
            continue
        if n_digits == _SHORT_DIGITS and not _same_plan(text[first:end], value, tried):
            continue
        if n_digits > _SHORT_DIGITS and phone_region_of(value, tried) is None:
            continue
        seen.add(start)
        out.append((start, start + len(value), E.PHONE_NUMBER))
        todo.append((start, start + len(value)))
    return out
