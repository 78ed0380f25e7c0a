"""A postcode alone or a town alone right after a street line in free text.

Notes often shorten an address to the street and one more piece: ``Tillmann-Rose-Platz 1321, 18987.``,
``Alameda Antunes, 7, 4880-346 desde março``, ``Calle Río Negro N° 347, Resistencia desde marzo``,
``Aaskroken 35, Solberg``. :mod:`text_address_tail` wants the postcode and the town together; left alone, a
lone piece survives next to the fake street and points back at the person (or the town gets a person's fake).

- A postcode alone: a postcode shape (four to seven digits, ``L-1697``, ``4880-346``, ``1234 AB``, ``Y5K 2B2``,
  ``N07 5RT``) after the street's comma, which the text's end, a delimiter or a lower-case word (the prose goes
  on) follows. A year after the street ("Hauptstraße 5, 2019 moved") is no postcode: four digits 1900-2039 need
  a delimiter after them.
- A town alone: one to four capitalised words after the street's comma, which a delimiter or the text's end
  closes, or which a lower-case word follows when the town is listed or has the shape of an invented Faker town
  (``Cherylburgh``, ``Port Kevinport``, ``Mufideshire``). Words of a label or of a letter ("Thanks", "Tel") are
  no town.

Example::

    lone_tail("Moved to Hauptstraße 5, 18987.", 22)  # [(24, 29, 'postcode')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.gazetteers import all_cities

__all__ = ["lone_tail"]

_UK = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
_CA = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y\d]{4}"
# Greece's "ΤΚ 027 80" and "T.K. 95422".
_GR = r"(?:ΤΚ|Τ\.Κ\.|TK|T\.K\.)[ \t]?\d{3}[ \t]?\d{2}"
_POSTCODE = (
    rf"(?:{_UK}|{_CA}|{_EIRCODE}|{_GR}|[A-Z]{{1,2}}-\d{{4,5}}|\d{{4}}-\d{{3}}|\d{{5}}-\d{{4}}|\d{{5}}-\d{{3}}|\d{{2}}-\d{{3}}"
    r"|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{8}|\d{4,7})"
)
# After the street's comma (a Hungarian house number keeps its dot: "út 234., H-7627"); without a comma only
# after a town the street line took in ("Suite 278, East Christopher 38068").
_LONE_CODE = re.compile(rf"\.?[ \t]*,[ \t]*(?P<postcode>{_POSTCODE})(?![\w\-/:]|[.,]\d)")
_BARE_CODE = re.compile(rf"[ \t]+(?P<postcode>{_POSTCODE})(?![\w\-/:]|[.,]\d)")
_TOWN_BEFORE = re.compile(r",[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]*){0,2}$")
# A postcode that the street line ends with half of ("Apt. 947, N5B 1C5", "Lôn Las, ME0 6FJ"): a unit or town
# word of the line was its first half.
_SPLIT_CODE = re.compile(rf"(?<![\w\-])(?:{_UK}|{_CA}|{_EIRCODE})(?![\w\-/:])")
# The kind of a Russian or Ukrainian settlement before its name ("п. Орск", "клх Уренгой", "село Золочів").
_SETTLEMENT = (
    r"(?:г\.|п\.|д\.|с\.|к\.|ст\.|пгт\.?|клх|рп\.?|м\.|смт\.?|місто|село|селище|хутір|станиця)[ \t]*"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:[ \t\-][А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?"
)
_LONE_SETTLEMENT = re.compile(rf"[ \t]*,?[ \t]*(?P<town>{_SETTLEMENT})")
# A capitalised word of a town (hyphens and apostrophes inside: "Comte-près-Bovet", "L'Aquila").
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
_SMALL = (
    r"(?:de|da|do|das|dos|del|della|di|la|le|les|sur|sous|am|an|im|upon|on|en|y|i|e|aan|den|der|du|na|nad|pod|pri|ob"
    r"|de[ \t]+la|de[ \t]+los|de[ \t]+las)"
)
_TOWN_WORDS = rf"(?P<town>{_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+){{0,2}}{_WORD}){{0,3}})"
_LONE_TOWN = re.compile(rf"\.?[ \t]*,[ \t]*{_TOWN_WORDS}")
_TOWN_AFTER_CODE = re.compile(rf"[ \t]+{_TOWN_WORDS}")
# Endings of the towns Faker invents for the English-speaking locales ("Cherylburgh", "Port Kevinport").
_FAKER_TOWN = re.compile(
    r"(?:burgh|borough|bury|ville|town|ton|haven|side|mouth|shire|port|fort|view|chester|berg|stad|furt|land"
    r"|field|ford|moor|stone|mouth|ley)$|^(?:North|South|East|West|New|Lake|Port|Mount|St\.?) "
)
# Words that follow a street's comma but are no town: a letter's closings, labels, days and months.
_NOT_TOWN = frozenset(
    """thanks thank regards cheers best kind please tel phone mobile fax email e-mail ref note notes apt flat suite
    unit floor room box po monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mr mrs ms dr sir madam dear hi hello yes no ok
    the a an and or but if then when this that we i you he she they it""".split()  # noqa: SIM905
)


def _closed(text: str, end: int) -> bool:
    """The text ends, or a delimiter follows (the sentence's full stop, a comma, a bracket, a line break)."""
    rest = text[end : end + 2].lstrip(" \t")
    return not rest or rest[0] in ".,;:!?)]}\"'\n|"


def _prose_after(text: str, end: int) -> bool:
    """A lower-case word follows: the sentence goes on ("…, 2900 if nobody answers", "…, 4880-346 desde")."""
    return re.match(r"[ \t]+[a-zà-ÿа-яёіїєґα-ωάέήίόύώ]", text[end : end + 3]) is not None


# Words after a place that go on with the sentence ("…, Resistencia desde marzo", "…, Olešná last spring").
_AFTER_PLACE = re.compile(
    r"[ \t]+(?:since|from|until|last|next|if|when|before|after|desde|hasta|depuis|jusqu|dal|dalla|fino|seit|ab|bis"
    r"|sinds|vanaf|tot|od|do|från|siden|fra|alkaen|a\s+partir|à\s+partir|a\s+partire)\b"
)


def _year(code: str) -> bool:
    return len(code) == 4 and code.isdigit() and 1900 <= int(code) <= 2039


def _town_words(town: str) -> str:
    """The town without a label word or a lower-case tail; "" when it is no town."""
    words = town.split()
    if any(w.strip(".,").lower() in _NOT_TOWN for w in words if w[:1].isupper()):
        return ""
    return town


def _town_after(text: str, start: int, cased: bool, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The town right after ``start`` (a postcode's end or a street's comma): closed by a delimiter or the
    text's end, or listed, Faker-shaped or followed by a word of time before prose."""
    if (m := _LONE_SETTLEMENT.match(text, start)) and (pattern is _TOWN_AFTER_CODE) == ("," not in m.group()):
        return m.span("town")
    if not cased:
        return None
    m = pattern.match(text, start)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("town")))
    for k in range(len(words), 0, -1):
        town = text[m.start("town") : m.start("town") + words[k - 1].end()].rstrip(".,")
        stop = m.start("town") + len(town)
        if not _town_words(town) or len(town) < 3:
            continue
        if text[stop : stop + 1] == ":":  # a form's next label ("Dublin 4, Phone: ...")
            return None
        listed = town.lower() in all_cities() or _FAKER_TOWN.search(town) is not None
        if _closed(text, stop) or (_prose_after(text, stop) and (listed or _AFTER_PLACE.match(text, stop))):
            return m.start("town"), stop
    return None


def lone_tail(text: str, end: int, cased: bool = True) -> list[tuple[int, int, str]] | None:
    """A lone postcode (with the town after it when there is one) or a lone town right after the street that
    ends at ``end`` (see the module)."""
    m = _LONE_CODE.match(text, end)
    if m is None and _TOWN_BEFORE.search(text, max(0, end - 40), end):
        m = _BARE_CODE.match(text, end)
    if m:
        code = m.group("postcode")
        town = _town_after(text, m.end(), cased, _TOWN_AFTER_CODE)
        if town:
            return [(*m.span("postcode"), E.POSTCODE), (*town, E.CITY)]
        if _closed(text, m.end()) or (_prose_after(text, m.end()) and not _year(code)):
            return [(*m.span("postcode"), E.POSTCODE)]
        return None
    if (m := _LONE_SETTLEMENT.match(text, end)) and text[end : m.start("town")].strip(" \t") == ",":
        return [(*m.span("town"), E.CITY)]
    town = _town_after(text, end, cased, _LONE_TOWN)
    return [(*town, E.CITY)] if town else None


def split_code_at_end(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """(street end, postcode span) when the street line ``text[start:end]`` took the first half of a UK,
    Canadian or Irish postcode as a unit or a town word ("Apt. 947, N5B" + " 1C5", "Laurafort L4K" + " 1H7")."""
    for m in _SPLIT_CODE.finditer(text, max(start, end - 8), min(len(text), end + 9)):
        if start < m.start() < end < m.end():
            return len(text[: m.start()].rstrip(" \t,")), m.span()
    return None
