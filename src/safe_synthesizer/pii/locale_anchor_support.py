"""Is a table's country, named by its phone columns alone, written in any of the table's other columns?

Why: a national number without ``+CC`` is valid in many countries, and the phone vote is spread only over the
countries the code knows: Algerian mobiles (``0552 90 22 99``) are valid Swedish numbers, so an Algerian table's
phone column voted ``sv_SE``, the table took Sweden for its country, and its French addresses and notes were faked
as ``Strandvägen 851`` (set 33 fr_DZ). The other columns said otherwise: the names were Algerian, the streets French
(``rue``, ``chemin``), the e-mails ``.fr``. A country whose language none of the table's language columns (names,
streets, towns, e-mail domains) writes, named by phone columns and nothing else, is no evidence of the country: the
table takes the locale its language columns agree on instead (name columns first: ``fr_DZ`` names beside
``fr_FR`` streets say Algeria).

A country that some other column supports is kept (Swiss phones beside German streets; US phones beside English
streets and Spanish names), and so is one named by IBANs, postcodes, ids or a non-Latin script.

Example::

    phone_country_unsupported(plans, "sv_SE")  # True for French streets, Algerian names and Swedish-valid phones
    supported_country_locale(plans, "sv_SE")  # "fr_DZ"
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E

_PHONES = frozenset({E.PHONE_NUMBER, E.FAX_NUMBER})
# Columns whose locale says a language: their vote is read from their own words.
_LANGUAGE_COLUMNS = frozenset(
    {E.NAME, E.FIRST_NAME, E.LAST_NAME, E.STREET_ADDRESS, E.ADDRESS, E.CITY, E.STATE, E.EMAIL}
)
# Language columns the table needs, all of other languages, before its phones' country is doubted.
MIN_OTHER_COLUMNS = 2


def _language(locale: str | None) -> str:
    return (locale or "").split("_")[0]


def phone_country_unsupported(plans: Sequence[object], locale: str) -> bool:
    """``locale`` was voted by phone columns only, and two or more language columns have locales, none of
    ``locale``'s language (see the module)."""
    anchors = [p for p in plans if getattr(p, "locale", None) == locale]
    if not anchors or any(getattr(p, "entity", None) not in _PHONES | _LANGUAGE_COLUMNS for p in anchors):
        return False  # an IBAN, postcode, id or script column names the country too
    others = [p for p in plans if getattr(p, "entity", None) in _LANGUAGE_COLUMNS and getattr(p, "locale", None)]
    if any(_language(p.locale) == _language(locale) for p in others):
        return False
    return len(others) >= MIN_OTHER_COLUMNS


_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def supported_country_locale(plans: Sequence[object], locale: str) -> str:
    """``locale`` when some column supports it, else the table's country as its own words say it: the language most
    of its language columns write, in the locale the name columns give it (``fr_DZ`` names beside ``fr_FR`` streets
    say Algeria: names carry the country, street words only the language), else the commonest of that language."""
    if not phone_country_unsupported(plans, locale):
        return locale
    others = [p for p in plans if getattr(p, "entity", None) in _LANGUAGE_COLUMNS and getattr(p, "locale", None)]
    language = Counter(_language(p.locale) for p in others).most_common(1)[0][0]
    same = [p for p in others if _language(p.locale) == language]
    named = [p.locale for p in same if getattr(p, "entity", None) in _NAMES]
    return Counter(named or [p.locale for p in same]).most_common(1)[0][0]
