"""Birth-date keys and values of records pasted into notes and logs, beyond the column lexicon's.

Why: a record's key names its value (``dob=``, ``"birthDate":``), but systems spell birth-date keys in
ways a column header rarely is (``birth_dt``, ``bdate``, ``d_o_b``, ``date_naissance``, ``fecha_nac``,
``data_nascita``, ``geboorte_datum``), and write the value as a machine does: with a time
(``1956-03-11T00:00:00Z``, ``1956-03-11 00:00:00``), compact (``19560311``), with an abbreviated month and
its dot (``11 févr. 1956``, ``11 Okt. 1956``, ``11-mar-1956``). Those values are dates only under a birth
key (``19560311`` alone is any number), so they are read here for keyed values only.

Example::

    birth_key("fecha_nac")                                      # True
    birth_date_length("1956-03-11T00:00:00Z", re.compile(DATE))  # 10 (the date, not its time)
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii.text_dates import plausible_birth_year
from safe_synthesizer.pii.validators.dates import compact_date

# Words of a key that name a birth date (after splitting ``birth_dt``, ``fechaNac``, ``geb-datum``): the
# word alone (``dob``, ``bdate``, ``birthdate``) or a birth word with a date word (``fecha nac``, ``data
# nascita``, ``date naissance``, ``geb datum``).
_BIRTH_ALONE = frozenset(
    ["dob", "bdate", "bday", "birthdate", "birthday", "birthdt", "dateofbirth", "dtnasc", "dtnaiss", "ddn", "fnac",
     "gebdat", "gebdatum", "geburtsdatum", "geboortedatum", "naissance", "nacimiento", "nascita", "nascimento",
     "geboorte", "geburtstag", "born", "birth"]
)  # fmt: skip
_BIRTH_WORDS = frozenset(
    ["birth", "b", "geb", "geburt", "gebd", "naiss", "naissance", "nac", "nacim", "nacimiento", "nasc", "nascita",
     "geboorte"]
)  # fmt: skip
_DATE_WORDS = frozenset(["date", "dt", "d", "data", "datum", "fecha", "fec", "f", "day", "dag", "tag"])
# Joined letters of ``d.o.b.`` / ``d_o_b`` / ``D-O-B`` once separators are dropped.
_JOINED = frozenset({"dob", "ddn", "dn"})
_SPLIT = re.compile(r"[_\-.\s/]+|(?<=[a-z])(?=[A-Z])")
# Keys of other dates are never birth dates even with a birth word nearby ("birth_cert_date" still is).
_OTHER_DATE = frozenset(
    ["visit", "appt", "appointment", "created", "updated", "modified", "due", "order", "invoice", "admission",
     "discharge"]
)  # fmt: skip


@lru_cache(maxsize=2048)
def birth_key(key: str) -> bool:
    """``key`` (an identifier, a header, a column of a SQL list) names a birth date."""
    key = key.strip().strip("\"'[]()")
    if not key or len(key) > 40:
        return False
    words = [w.lower() for w in _SPLIT.split(key) if w]
    if not words or set(words) & _OTHER_DATE:
        return False
    if "".join(words) in _JOINED or "".join(w for w in words if len(w) == 1) == "dob":
        return True
    if any(w in _BIRTH_ALONE or w.endswith(("dob", "geburtsdatum", "geboortedatum")) for w in words):
        return True
    return any(w in _BIRTH_WORDS for w in words) and any(w in _DATE_WORDS for w in words)


# Month abbreviations of the seven main languages, with or without their dot (``févr.``, ``Okt.``, ``mrt``).
_ABBR = (
    r"jan|janv|ene|gen|feb|febr|févr|fevr|fév|mar|mär|mrt|mars|apr|avr|abr|may|mai|mei|mag|jun|juin|giu|jul|"
    r"juil|lug|aug|ago|août|sep|sept|set|oct|okt|ott|nov|dec|dez|déc|dic"
)
_ABBR_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?[ \t\-]+(?i:{_ABBR})\.?[ \t\-,]+\d{{4}}"
    rf"|(?i:{_ABBR})\.?[ \t\-]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
)
# A compact date ``19560311`` (year 1900-2099, a real month and day checked below).
_COMPACT = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# The time a machine writes after a date: ``T00:00:00Z``, `` 00:00:00``, ``T00:00:00.000+01:00``.
TIME = r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?(?:Z|[+\-][0-2]\d:?[0-5]\d)?)"
KEYED_DATE = rf"(?:{_ABBR_DATE}|{_COMPACT})"


@lru_cache(maxsize=4)
def _value_regex(date: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<date>{date}|{KEYED_DATE})(?P<time>{TIME})?")


def birth_date_length(value: str, date: str, text: str = "") -> int | None:
    """Length of the birth date ``value`` (a keyed value, stripped) starts with, when the whole value is
    that date and maybe its time; ``None`` when it is no date of a living person's birth. ``date`` is the
    caller's regex of a full date."""
    m = _value_regex(date).fullmatch(value)
    if m is None:
        return None
    day = m.group("date")
    # A compact date must be a real one of 1900 up to this year (any day of it).
    if day.isdigit() and compact_date(day, dt.date(dt.date.today().year, 12, 31)) is None:
        return None
    if not plausible_birth_year(day, text):
        return None
    return len(day)
