"""Names in vCard and iCalendar properties pasted into a text cell.

Why: contact cards and calendar invites keep the person's name in fixed properties, whatever its letter
case: ``FN:david scott``, ``N:scott;david;;;`` (family name, given names, additional names, prefixes,
suffixes: RFC 6350), ``ATTENDEE;CN=Jane Doe:mailto:...`` and ``ORGANIZER;CN=...`` (RFC 5545). A lower-case
family name alone in the ``N`` property reads as no name to prose rules; the property says it is one.

Rule: only in a text holding ``BEGIN:VCARD`` or ``BEGIN:VEVENT``/``BEGIN:VCALENDAR``; the value of ``FN``,
each non-empty name part of ``N`` and the ``CN`` parameter of ``ATTENDEE`` and ``ORGANIZER`` are names when
they are letters (with spaces, hyphens, apostrophes, dots of initials) and no e-mail address.

Example::

    vcard_name_spans("BEGIN:VCARD\\nN:scott;david;;;\\nEND:VCARD")  # [(14, 19, 'name'), (20, 25, 'name')]
"""

from __future__ import annotations

import re
import unicodedata

from safe_synthesizer.pii import entities as E

_GATE = ("BEGIN:VCARD", "BEGIN:VEVENT", "BEGIN:VCALENDAR")
_FN = re.compile(r"(?m)^FN(?:;[^:\n]*)?:(?P<value>[^\n\r]+)")
_N = re.compile(r"(?m)^N(?:;[^:\n]*)?:(?P<value>[^\n\r]+)")
_CN = re.compile(r"(?m)^(?:ATTENDEE|ORGANIZER)[^\n:]*?;CN=(?P<q>\"?)(?P<value>[^\";:\n]+)(?P=q)")


def _letters(value: str) -> bool:
    """Letters (and vowel signs), spaces, hyphens, apostrophes and dots of initials; not an e-mail."""
    return (
        bool(value.strip())
        and "@" not in value
        and all(unicodedata.category(ch)[0] in "LM" or ch in " -'’.," for ch in value)
        and any(ch.isalpha() for ch in value)
    )


def vcard_name_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'name') of the names in ``text``'s vCard and iCalendar properties."""
    if not any(g in text for g in _GATE):
        return []
    out = []
    for m in _FN.finditer(text):
        value = m.group("value").rstrip()
        if _letters(value):
            out.append((m.start("value"), m.start("value") + len(value), E.NAME))
    for m in _N.finditer(text):
        pos = m.start("value")
        # family;given;additional;prefixes;suffixes: the first three are the person's names
        for part in m.group("value").split(";")[:3]:
            if _letters(part):
                start = pos + len(part) - len(part.lstrip())
                out.append((start, start + len(part.strip()), E.NAME))
            pos += len(part) + 1
    for m in _CN.finditer(text):
        value = m.group("value").rstrip()
        if _letters(value):
            out.append((m.start("value"), m.start("value") + len(value), E.NAME))
    return out
