"""Month and weekday words of about two hundred languages, looked up as the date readers need them.

Why: the date readers knew the month words of the seventy-odd languages :mod:`month_names` lists by hand, so a
birth date written ``2014/Janwaliyo/5``, ``4-fevriye-1960`` or ``Min-10-04-1955`` (Luganda, Haitian Creole months;
an Indonesian weekday before the date) was no date at all, and the next export writes another language. The
words here are not a list of ours: they are generated from the C library's locale data
(:mod:`calendar_words_data`, every month's and weekday's full and short names of each language it has), looked up
without case and Latin accents. A month word of a language no table holds is read by its start: month names of
most languages are the Latin ones borrowed (``Janyuwari``, ``Marisi``, ``Okitobba``), so a word of four letters or
more that starts with the first three letters most languages' names of one month start with names that month
(:func:`month_by_start`). Callers use it only between a date's numbers, where a word can hardly be anything else.

Example::

    world_month("fevriye")  # (2, 'ht', 1)
    world_weekdays("Min")  # [(0, 'id', 0)]
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from safe_synthesizer.pii.calendar_words_data import MONTHS, WEEKDAYS
from safe_synthesizer.pii.calendar_words_more import with_more_months

# Letters of a month's start that name it when a word of a language no table holds begins with them.
START_LETTERS = 3
# A start names a month when this share of the languages whose month names start so, and this many, agree.
START_SHARE = 0.9
MIN_START_LANGUAGES = 3


def fold(word: str) -> str:
    """A word as the tables are looked up: lower case, Latin accents dropped, other scripts' marks kept.

    Example::

        fold("Février")  # 'fevrier'
    """
    text = unicodedata.normalize("NFD", word.casefold().rstrip("."))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not 0x300 <= ord(ch) <= 0x36F))


def _forms(table: dict[str, str]) -> dict[str, list[list[str]]]:
    """Language -> per month (weekday) its forms, shortest first."""
    return {
        lang: [sorted(slot.split("/"), key=lambda f: (len(f), f)) for slot in joined.split(";")]
        for lang, joined in table.items()
    }


@lru_cache(maxsize=1)
def month_forms() -> dict[str, list[list[str]]]:
    """Language -> its twelve months, each the list of its forms (lower case, shortest first)."""
    return _forms(with_more_months(MONTHS))  # and the languages the C library leaves out


@lru_cache(maxsize=1)
def weekday_forms() -> dict[str, list[list[str]]]:
    """Language -> its seven weekdays, Sunday first, each the list of its forms (lower case, shortest first)."""
    return _forms(WEEKDAYS)


@lru_cache(maxsize=2)  # one table of months, one of weekdays: both kept
def _index(weekdays: bool) -> dict[str, list[tuple[int, str, int]]]:
    """Folded word -> [(month 1-12 or weekday 0-6 from Sunday, language, rank of the form)]."""
    out: dict[str, list[tuple[int, str, int]]] = {}
    table = weekday_forms() if weekdays else month_forms()
    for lang, slots in sorted(table.items()):
        for i, forms in enumerate(slots):
            for rank, form in enumerate(forms):
                out.setdefault(fold(form), []).append((i if weekdays else i + 1, lang, rank))
    return out


@lru_cache(maxsize=1)
def _starts() -> dict[str, int]:
    """The first :data:`START_LETTERS` letters of Latin month names -> the month, where the languages whose names
    start so give that month (:data:`START_SHARE` of them or more; Finnish ``marraskuu`` is November)."""
    seen: dict[str, Counter] = {}
    for slots in month_forms().values():
        for month, forms in enumerate(slots, start=1):
            for start in {fold(f)[:START_LETTERS] for f in forms if len(fold(f)) > START_LETTERS}:
                if start.isascii() and start.isalpha():
                    seen.setdefault(start, Counter())[month] += 1
    out = {}
    for start, votes in seen.items():
        month, count = max(sorted(votes.items()), key=lambda kv: kv[1])
        if count >= MIN_START_LANGUAGES and count >= START_SHARE * sum(votes.values()):
            out[start] = month
    return out


def world_month(word: str, language: str | None = None) -> tuple[int, str, int] | None:
    """(month, language, rank of the form) of a month word of any language of the tables, ``language`` preferred
    where the word names months of several, else the month most languages give it; None for any other word.

    Example::

        world_month("Marisi")  # (3, 'lg', 1)
    """
    found = _index(False).get(fold(word))
    if not found:
        return None
    mine = [f for f in found if f[1] == language]
    if mine:
        return mine[0]
    votes = Counter(month for month, _, _ in found)
    month = max(sorted(votes), key=lambda m: votes[m])
    return next(f for f in found if f[0] == month)


def month_by_start(word: str) -> int | None:
    """The month a Latin word of four letters or more names by its start (``Janyuwari`` -> 1), where the start
    is one month's alone; None otherwise.

    Example::

        month_by_start("Okitobba")  # 10
    """
    key = fold(word)
    if len(key) <= START_LETTERS or not key.isascii() or not key.isalpha():
        return None
    return _starts().get(key[:START_LETTERS])


def world_weekdays(word: str) -> list[tuple[int, str, int]]:
    """[(weekday 0-6 from Sunday, language, rank of the form)] a word names in the tables, [] for other words.

    Example::

        world_weekdays("mad")[0][:2]  # (2, 'ht')
    """
    return list(_index(True).get(fold(word), ()))


def written_like(forms: list[str], rank: int, model: str) -> str:
    """The form of rank ``rank`` (the closest there is) of ``forms``, in the case of ``model`` (``upper``,
    ``title`` or ``lower``, as written).

    Example::

        written_like(["jan", "janvye"], 1, "Fevriye")  # 'Janvye'
    """
    word = forms[min(rank, len(forms) - 1)]
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
