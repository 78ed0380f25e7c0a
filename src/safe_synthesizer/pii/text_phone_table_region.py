"""Short national phone numbers in notes, read in the region the table's own phone columns point to.

Why: a note's number is often written the short national way, without its country code (``new number 71442``,
``Tried 301 0487 twice``, ``Backup number 66 60 72 58``, ``Neighbour Harry Wratt (77 927)``, ``rings 214283 when
ready``). The text rules try national numbers in the configured region and in a fixed list of regions, and take
5-8 digits only after strong cue words, since short digit groups in prose are mostly amounts, codes and dates.
So the Cook Islands' 5-digit, the Gambia's and Palau's 7-digit and San Marino's 8-digit numbers in set 38's notes
were kept (en_CK text phones 0.29, en_MS 0.84, it_SM 0.82).

The table says where its people are: its phone columns hold numbers with a country code (``+682 74 546``,
``+220 566 0571``) or national numbers valid in one plan only. :func:`table_phone_regions` reads that region off
the phone columns' values; :func:`table_region_phone_spans` then takes a number of a note when all hold:

- it is a valid number of that region read nationally (libphonenumber), of 5 to 15 digits;
- a word before it says it is a phone: any cue of :mod:`text_phone_cues` or of :data:`_MORE_CUES` (``tried``,
  ``rings``, ``backup``, ``emergency``... in many languages) at most four words before it, or it stands alone in
  brackets right after a word (``Neighbour Harry Wratt (77 927)``). A weak cue (``on``, ``at``, ``number``,
  ``no``) needs more: seven digits or more, or the layout the region writes its numbers in (``3 51282``);
- it is no date, range, amount (currency or unit after or before it), count (``times``, ``mins``) or reference
  (``order``, ``room``, ``ref``, ``PIN`` between the cue and the number, or just before the cue).

Under differential privacy the caller passes the regions of the row's own phones (``international_only``),
so a record's spans depend on that record only.

Example::

    table_phone_regions(["+682 74 546", "mob. 73 993"])  # ('CK',)
    table_region_phone_spans("[tereapii] new number 71442 btw", [], ("CK",))  # [(23, 28, 'phone_number')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.text_phone_cues import CUE_WORD, NEW_NUMBER_CUES, PHONE_CUE, WEAK_CUES
from safe_synthesizer.pii.text_phone_short import RANGE, REFERENCE_WORDS, THOUSANDS
from safe_synthesizer.pii.text_phone_uncued import UNIT_AFTER
from safe_synthesizer.pii.text_spans import TextSpan

MIN_DIGITS, MAX_DIGITS = 5, 15
SAMPLE = 60  # phone cells read to find the table's region
MIN_SHARE = 0.6  # share of the read numbers a region must hold
MAX_REGIONS = 3
MAX_SCANNED = 8  # plans writing the table's national numbers in its layout
SCAN_SAMPLE = 16  # national numbers tried in every plan when no cell has a country code
MIN_WEAK_DIGITS = 7
# Digit groups joined by one space, dot or dash; no digit, letter, sign or decimal around.
NUMBER = re.compile(r"(?<![\w+/.,:\-#@])\d{1,8}(?:[ .\-]\d{1,8}){0,4}(?![\w/\-@]|[.,:]\d|\.\w)")
# Words that say a phone follows, beyond text_phone_cues: the call tried, the phone ringing, a backup or
# emergency number, a follow-up call (English, German, Dutch, Nordic, Romance, Slavic, Malay, Swahili...).
_MORE_CUES = re.compile(
    r"(?i)\b(?:tried|trying|try|rings|ringing|backup|back-up|emergency|emergencies|urgent|follow-up|followup|"
    r"notfall|notruf|noodnummer|nood|nødnummer|nödnummer|hätänumero|urgence|urgences|urgencia|emergencia|"
    r"emergenza|emergência|urgência|hitno|nujno|naléhavé|pilne|kecemasan|dharura|versuchte|versucht|probeerde|"
    r"essayé|intentado|intenté|provato|tentei|tentado|prøvde|prøvede|försökte|yritin|próbowałem|próbowałam|"
    r"mob\.?|tel\.?|ph\.?|cel\.?|cell\.?|gsm|wa)\b(?:\W+\w+){0,4}\W*$"
)
# The words before a cue that make the number a reference ("order number 40713582", "room no 214283").
_WORD = re.compile(r"[^\W\d_]+")
_CURRENCY_BEFORE = re.compile(r"(?i)(?:[€$£¥₹]|\b(?:[a-z]{3}|kr|rs|cfa|fcfa|xof|xaf)\.?)[ \t]*$")
_CURRENCY_CODES = frozenset(
    {"eur", "usd", "gbp", "aud", "nzd", "cad", "xpf", "xof", "xaf", "dkk", "nok", "sek", "chf", "fkp", "shp", "gmd",
     "sbd", "mur", "hkd", "mop", "kgs", "byn", "mwk", "zwl"}
)  # fmt: skip
# Nouns counted after a number ("rings 300000 times", "25000 steps").
COUNTED = re.compile(
    r"(?i)[ \t]*(?:times|x\b|people|persons|calls|members|users|votes|visitors|tickets|items|units|pieces|rows|"
    r"records|minutes|mins|hours|hrs|days|weeks|months|years|steps|words|pages|points|miles|feet|ft|metres|"
    r"meters|km|kg|g\b|lbs?|ml|l\b)\b"
)
# A verb of calling, the person called (up to seven words) and the preposition the number follows ("Llamar a Sr. R.
# Laura Gutiérrez al 22159773", "Rappel demandé par Teva Taputu au 87 68 42 94", "Ligar a M. Valente para o ...",
# "Text sent to 313274").
_CALL_FAR = re.compile(
    r"(?i)\b(?:llamar|llame|llamen|ligar|ligue|liguem|rappel|rappeler|appeler|appelez|call|ring|rang|phone|phoned|"
    r"text|texted|sms|contact|contacter|contactar|chiamare|richiamare|anrufen|bellen|ringe|ring|whatsapp)\b"
    r"(?:\W+\w+){0,7}?\W+(?:al|au|para[ \t]+o|para[ \t]+a|pelo|on|at|to|sur|op|unter|på|no|ao|allo|al[ \t]+n[uú]mero)"
    r"[ \t]*:?[ \t]*$"
)
# A bracket holding the number alone, right after a word: "Neighbour Harry Wratt (77 927)".
BRACKETED = re.compile(r"[^\W\d_][ \t]*\([ \t]*$")


@lru_cache(maxsize=512)
def _trunk(region: str) -> str:
    meta = PhoneMetadata.metadata_for_region(region)
    return (meta.national_prefix or "") if meta is not None else ""


def _fits(digits: str, region: str) -> bool:
    """``digits`` (a trunk prefix written or not: ``055 28 40``) may be a number of ``region`` by its length."""
    lengths, trunk = _lengths(region), _trunk(region)
    return len(digits) in lengths or (bool(trunk) and digits.startswith(trunk) and len(digits) - len(trunk) in lengths)


@lru_cache(maxsize=512)
def _lengths(region: str) -> frozenset[int]:
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return frozenset()
    # Local-only lengths too: a NANP island's 7-digit number without its area code (Montserrat's ``491-9866``).
    return frozenset((*meta.general_desc.possible_length, *meta.general_desc.possible_length_local_only))


def _international_region(value: str) -> str | None:
    """The region of the first ``+``/``00`` number written in ``value`` (``mob. +682 74 546``), if valid."""
    at = value.find("+")
    if at < 0:
        m = re.search(r"(?<!\d)00[1-9]", value)
        if m is None:
            return None
        at = m.start()
    head = re.match(r"(?:\+|00)[\d ()./\-]{4,20}\d", value[at:])
    if head is None:
        return None
    raw = head.group()
    try:
        parsed = phonenumbers.parse("+" + raw[2:] if raw.startswith("00") else raw, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed) if phonenumbers.is_valid_number(parsed) else None


def _national_digits(value: str) -> str | None:
    """The digits of a cell's first national number (``mob. 73 993``, ``27586``, ``775/1877; 488/3791 (home)``)."""
    m = re.search(r"\d[\d ()./\-]*\d", value.split(";")[0].split(" / ")[0])
    if m is None or len(re.findall(r"\d+", value.split(";")[0].split(" / ")[0])) > len(re.findall(r"\d+", m.group())):
        return None
    digits = "".join(ch for ch in m.group() if ch.isdigit())
    return digits if MIN_DIGITS <= len(digits) <= MAX_DIGITS else None


def table_phone_regions(values: Iterable[object], *, international_only: bool = False) -> tuple[str, ...]:
    """The region(s) the phone cells ``values`` point to: the regions of their international numbers holding
    :data:`MIN_SHARE` of them; without any, the plans in which :data:`MIN_SHARE` of the national numbers are valid
    (at most :data:`MAX_REGIONS`, else none: ``27586`` is valid in many island plans). ``international_only``:
    no scan of the plans (the one-row call under differential privacy)."""
    votes: Counter[str] = Counter()
    national: list[tuple[str, str]] = []
    n = 0
    for value in values:
        if n >= SAMPLE:
            break
        if not isinstance(value, str) or not any(ch.isdigit() for ch in value):
            continue
        n += 1
        region = _international_region(value)
        if region is not None:
            votes[region] += 1
        elif (digits := _national_digits(value)) is not None:
            national.append((value, digits))
    if votes:
        total = sum(votes.values())
        return tuple(r for r, c in votes.most_common(MAX_REGIONS) if c / total >= MIN_SHARE)
    if international_only or not national:
        return ()
    return _scanned_regions(national[:SCAN_SAMPLE])


def plan_count(regions: Iterable[str]) -> int:
    """How many numbering plans ``regions`` are: regions sharing a calling code share its ranges (Åland's with
    Finland, the Vatican's with Italy, Guernsey's with the United Kingdom, Christmas Island's with Australia), and
    :func:`valid_in` takes a shared range in each of them, so a scan counts them as one plan against its caps."""
    return len({phonenumbers.country_code_for_region(r) for r in regions})


def _scanned_regions(probe: list[tuple[str, str]]) -> tuple[str, ...]:
    """The plans in which :data:`MIN_SHARE` of the national numbers ``probe`` (cell, digits) are valid; when more
    than :data:`MAX_REGIONS` are, those writing most of the cells in their own layout (``87 23 45 45``: French
    Polynesia's pairs), if few enough."""
    found: dict[str, int] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        if not any(_fits(d, region) for _, d in probe):
            continue
        valid = [(cell, d) for cell, d in probe if _fits(d, region) and valid_in(d, region)]
        if len(valid) / len(probe) >= MIN_SHARE:
            found[region] = sum(_cell_layout(cell, d, region) for cell, d in valid)
    if plan_count(found) <= MAX_REGIONS:
        return tuple(found)
    # Many plans take such numbers (seven digits): those writing the table's grouped cells as the table does.
    grouped = sum(len(_shape(_national_part(cell))) > 1 for cell, _ in probe)
    top = tuple(r for r, n in found.items() if grouped and n / grouped >= MIN_SHARE)
    return top if plan_count(top) <= MAX_SCANNED else ()


@lru_cache(maxsize=65536)
def _read(digits: str, region: str) -> tuple[bool, str]:
    """Whether ``digits`` is a valid number of ``region`` read nationally (not by a country code it may start
    with), and how the region writes it (``74 546``); one parse per number and region.

    The test is ``is_valid_number_for_region``, not ``region_code_for_number(...) == region``: the caller knows the
    region (the table's, or each plan a scan tries), and regions sharing a calling code share ranges too (the
    ``+1`` plan's toll-free and personal numbers, Guernsey's, Jersey's and the Isle of Man's ``+44`` ranges,
    Christmas Island's ``+61``, Saint Barthélemy's ``+590``), which ``region_code_for_number`` gives to one of them
    only (the United States, the United Kingdom, Australia, Guadeloupe): a Jersey table's ``0800`` number is a
    valid Jersey number."""
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False, ""
    valid = phonenumbers.is_valid_number_for_region(parsed, region)
    return valid, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL) if valid else ""


def valid_in(digits: str, region: str) -> bool:
    """``digits`` (national or with the calling code) are a valid number of ``region``."""
    return _read(digits, region)[0]


def _as_region_writes(digits: str, region: str) -> str:
    """How ``region`` writes the valid national number ``digits`` (``74 546``), its trunk prefix and brackets aside."""
    return _read(digits, region)[1]


def _national_part(value: str) -> str:
    """The number of a cell without its label (``port. 87 23 45 45`` -> ``87 23 45 45``)."""
    m = re.search(r"\d[\d ().\-/]*\d", value)
    return m.group() if m else value


def _shape(value: str) -> tuple[int, ...]:
    return tuple(len(g) for g in re.findall(r"\d+", value))


def region_layout(value: str, digits: str, region: str) -> bool:
    """``value`` is written as the region writes its numbers: the tail of its national layout, separators and all
    (``3 51282``, ``491-9866`` of ``(664) 491-9866``); measurements ``34-27-35`` are not Faroese ``34 27 35``."""
    mine = _national_part(value)
    return bool(re.search(r"\D", mine)) and _as_region_writes(digits, region).endswith(mine)


def _cell_layout(cell: str, digits: str, region: str) -> bool:
    """A phone cell's number grouped as the region groups its numbers (separators aside: ``055/28 40``)."""
    mine, theirs = _shape(_national_part(cell)), _shape(_as_region_writes(digits, region))
    return len(mine) > 1 and theirs[-len(mine) :] == mine


def odd_separators(value: str) -> bool:
    """More than one dash or dot, or both (``34-27-35``, ``32-24.5-32``): sizes and codes unless the region
    writes its numbers so."""
    marks = [ch for ch in value if ch in "-."]
    return len(marks) > 1


def _reference_near(text: str, cue_start: int, start: int) -> bool:
    """A reference word between the cue and the number, or one of the two words just before the cue."""
    after = _WORD.findall(text[cue_start:start])
    before = _WORD.findall(text[max(0, cue_start - 30) : cue_start])[-2:]
    return any(w.lower() in REFERENCE_WORDS for w in (*after, *before))


_GATE_WORD = re.compile(r"[^\W\d_]+")
_STEMS = ("zvan", "zvanī", "обад", "звън", "звон", "дзвон", "helist", "hring")


@lru_cache(maxsize=1)
def _gate_words() -> frozenset[str]:
    """Every literal word of the cue lists (lower case): a cheap look before the cue regexes run."""
    from safe_synthesizer.pii.text_phone_cues import PHONE_CUE_WORDS

    words: set[str] = set()
    for source in (PHONE_CUE_WORDS, _MORE_CUES.pattern, _CALL_FAR.pattern):
        for alt in re.split(r"[|()?:]", source.replace("\\", "")):
            words.update(w.lower() for w in _GATE_WORD.findall(alt.replace("[ \t]+", " ")))
    return frozenset(words)


def _may_cue(text: str, window_start: int, start: int) -> bool:
    """A word of the cue lists among the last eight words before the number (or a calling stem)."""
    gate = _gate_words()
    for w in _GATE_WORD.findall(text, window_start, start)[-8:]:
        low = w.lower()
        if low in gate or low.startswith(_STEMS) or any(st in low for st in ("zvan", "звон", "дзвон", "helist")):
            return True
    return False


def phone_cue(text: str, start: int) -> str | None:
    """``strong``, ``weak`` or None: the phone cue before the number at ``start``."""
    window_start = max(0, start - 60)
    if not _may_cue(text, window_start, start):
        return None
    more = _MORE_CUES.search(text, window_start, start)
    if more is not None and not _reference_near(text, more.start(), start):
        return "strong"
    far = _CALL_FAR.search(text, window_start, start)
    if far is not None and not _reference_near(text, far.start(), start):
        return "strong"
    cue = PHONE_CUE.search(text, window_start, start)
    if cue is None or _reference_near(text, cue.start(), start):
        return None
    words = [" ".join(w.lower().split()) for w in CUE_WORD.findall(cue.group())]
    if any(w not in WEAK_CUES or w in NEW_NUMBER_CUES for w in words):
        return "strong"  # "new number 71442": in a region the table vouches for, the changed number is a phone
    return "weak"


def number_candidates(
    text: str, found: Sequence[tuple[int, int]], min_digits: int, max_digits: int
) -> Iterator[tuple[str, int, int, str]]:
    """``(value, start, end, digits)`` of the numbers of ``text`` (:data:`NUMBER`) that may be phones: ``min_digits``
    to ``max_digits`` digits, overlapping none of ``found``, no date, no amount (a currency before it), no counted
    number or measure (``300000 times``, ``25 kg``). The table's numbers (:mod:`text_phone_local_numbers`) and its
    region's (:func:`table_region_phone_spans`) start from these."""
    for m in NUMBER.finditer(text):
        value, start, end = m.group(), m.start(), m.end()
        digits = "".join(ch for ch in value if ch.isdigit())
        if not min_digits <= len(digits) <= max_digits or any(a < end and start < b for a, b in found):
            continue
        if V.looks_like_date(value) or V.starts_with_date(value):
            continue
        if UNIT_AFTER.match(text, end) or COUNTED.match(text, end) or currency_before(text, start):
            continue
        yield value, start, end, digits


def table_region_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of national numbers of ``regions`` (the table's: :func:`table_phone_regions`) after a phone
    cue or in brackets after a word (module docstring); numbers overlapping ``found`` are left."""
    if not regions:
        return []
    out: list[tuple[int, int, str]] = []
    for value, start, end, digits in number_candidates(text, found, MIN_DIGITS, MAX_DIGITS):
        if not any(_fits(digits, r) for r in regions):
            continue
        bracketed = bool(BRACKETED.search(text, max(0, start - 4), start)) and text[end : end + 1] == ")"
        cue = "strong" if bracketed else phone_cue(text, start)
        if cue is None:
            continue
        region = next((r for r in regions if _fits(digits, r) and valid_in(digits, r)), None)
        if region is None:
            continue
        layout = region_layout(value, digits, region)
        # After a cue word the region's groups with other separators ("318-858" of Andorra's "318 858", "78-44-76"
        # of New Caledonia's "78.44.76"); in a bracket alone only its own layout ("(34-27-35)" are measurements).
        grouped = layout or (not bracketed and cue == "strong" and _cell_layout(value, digits, region))
        if odd_separators(value) and not grouped:
            continue
        # "770-1728" reads as a range too: taken after a strong cue when the region groups its numbers so.
        if RANGE.match(value) and _rises(value) and not (cue == "strong" and grouped):
            continue
        if cue == "weak" and len(digits) < MIN_WEAK_DIGITS and not layout:
            continue
        if cue == "weak" and THOUSANDS.match(value) and not layout:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out


def _rises(value: str) -> bool:
    low, high = RANGE.match(value).groups()  # type: ignore[union-attr]
    return int(low) <= int(high)


def currency_before(text: str, start: int) -> bool:
    m = _CURRENCY_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    word = m.group().strip(" \t.").lower()
    return not word.isalpha() or word in _CURRENCY_CODES or word in ("kr", "rs", "cfa", "fcfa")


_CODE = re.compile(r"(?:\+|(?<!\d)00)[ \t]?([1-9]\d{0,2})")


def row_phone_regions(values: Sequence[object]) -> tuple[str, ...]:
    """The regions of one row's international phone numbers (differential privacy: the row's own values only); a
    calling code of one region names it without a parse (``+682`` Cook Islands)."""
    out: list[str] = []
    for value in values:
        if not isinstance(value, str) or ("+" not in value and "00" not in value):
            continue
        m = _CODE.search(value)
        if m is None:
            continue
        regions = code_regions(m.group(1))
        region = regions[0] if len(regions) == 1 else _international_region(value)
        if region is not None and region not in out:
            out.append(region)
    return tuple(out[:MAX_REGIONS])


@lru_cache(maxsize=1024)
def code_regions(head: str) -> tuple[str, ...]:
    """The regions of the calling code that opens ``head`` (its first one to three digits)."""
    for n in range(1, len(head) + 1):
        regions = tuple(r for r in phonenumbers.region_codes_for_country_code(int(head[:n])) if r != "001")
        if regions:
            return regions
    return ()


def table_region_text_spans(text: str, spans: Sequence[TextSpan], regions: Sequence[str]) -> list[TextSpan]:
    """:func:`table_region_phone_spans` of ``text`` as detector spans, beside the cell's ``spans`` found so far."""
    found = [(s.start, s.end) for s in spans]
    return [TextSpan(a, b, e, 0.9) for a, b, e in table_region_phone_spans(text, found, regions)]
