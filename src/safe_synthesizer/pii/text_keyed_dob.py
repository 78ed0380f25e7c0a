"""Dates of birth written after a birth key in any machine layout.

Why: logs and tickets carry a person's birth date under a key in many layouts: logfmt (``dob=07-12-1941
amount=854.25``, ``dob="07-12-1941"``), arrows (``DOB -> 12/03/1950``), tags (``[dob 1956-03-11]``), query
strings (``?bdate=1956-03-11&``), YAML, TOML and INI lines (``birth_date = "1956-03-11"``), headers
(``X-Patient-DOB: 1956-03-11``), with a time (``1956-03-11T00:00:00Z``) or compact (``19560311``). The key
says what the value is (:func:`~safe_synthesizer.pii.text_dob_values.birth_key`), whatever the separator or
quoting; the value must be a date of a living person's birth.

Example::

    keyed_dob_spans("level=info dob=07-12-1941 amount=854.25", DATE)  # [(15, 25, 'date_of_birth')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_dob_values import KEYED_DATE, TIME, birth_date_length, birth_key

# Lower-case pieces one of which a text with a birth key holds (a cheap gate before the regexes run).
_GATE = ("dob", "d.o.b", "d_o_b", "birth", "geb", "naiss", "nac", "nasc", "geboorte", "bdate", "bday", "ddn",
         "born", "d-o-b")  # fmt: skip
# The key before a value: an identifier or header name, maybe quoted, then ``=``, ``:``, ``->``, ``=>``,
# ``→`` or a space (``[dob 1956-03-11]``), then maybe an opening quote.
_KEY_BEFORE = re.compile(
    r"(?<![\w.\-])(?P<key>[A-Za-z][A-Za-z0-9_.\-]{0,40})[\"']?[ \t]*(?:=>|->|→|=|:|[ \t])[ \t]*[\"']?$"
)


@lru_cache(maxsize=4)
def _values(date: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w./\-])(?:{date}|{KEYED_DATE}){TIME}?(?![\d]|[/.\-]\d)")


def keyed_dob_spans(text: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates after a birth key of ``text`` (any separator, quoted or not); ``date`` is the caller's
    regex of a full date."""
    low = text.lower()
    if not any(g in low for g in _GATE) or not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _values(date).finditer(text):
        key = _KEY_BEFORE.search(text, max(0, m.start() - 48), m.start())
        if key is None or not birth_key(key.group("key")):
            continue
        length = birth_date_length(m.group(), date, text)
        if length is not None and not _cue_rule_takes(text, key.start(), m.start(), m.start() + length):
            out.append((m.start(), m.start() + length, E.DATE_OF_BIRTH))
    return out


def _cue_rule_takes(text: str, key_start: int, start: int, end: int) -> bool:
    """The birth-cue rule of prose (``DOB: 12/03/1950``, ``DDN : 08/11/1948``) already gives this span: one
    span per date (imported late: ``text_patterns`` imports this module's caller)."""
    from safe_synthesizer.pii.text_patterns import _DOB

    found = _DOB.search(text, key_start, end)
    return found is not None and found.span(1) == (start, end)
