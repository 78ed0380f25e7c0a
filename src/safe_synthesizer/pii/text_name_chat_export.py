"""The speaker of a line exported from a messaging app: ``[02/05/26, 18:40] delores stoutt: anyone got ...``,
``[12/03/26, 09:14] Fano Kalolo: running late``, ``30/06/2026, 07:02 - Aušra: I'm outside``, ``[30/06/26, 07:02]
வர்ணவதி: where r u``.

WhatsApp, Signal and Telegram exports open every line with the message's date and time, in square brackets (iOS)
or followed by a dash (Android), then the sender as the phone's address book holds it, then a colon. Notes copy one
such line, so the rules that need two turns (:mod:`text_name_chat_layouts`, :mod:`text_name_lone_cued`) see no
thread, and the sender is written as the owner typed it: in lower case, in several words, in any script, of stocks
no name list holds. The date *and* the time before the sender are the evidence: no label, heading or field puts a
calendar date, a comma and a clock time before a colon-ended run of words, so every run of one to five letter words
there is a person, unless it is a word an export writes for no person (``You``, ``Messages``, ``System``) or holds
a digit (a phone number as the sender is a phone rule's).

Only the text itself decides, so under DP a record's fake depends on that record only.

Example::

    chat_export_speaker_spans("[02/05/26, 18:40] delores stoutt: anyone got a number?")  # [(18, 32, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["chat_export_speaker_spans"]

_DATE = r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t\u202f]?(?i:[ap]\.?m\.?))?"
# A name word: a letter, then anything but spaces, digits, colons and punctuation of prose (combining marks of
# Devanagari, Tamil, Arabic; inner apostrophes, hyphens and dots: ``J.``, ``O'Neil``, ``louis-constant``).
_LETTERS = r"[^\W\d_][^\s\d:,;!?()\[\]\"<>@/]*"
_SPEAKER = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t])|(?<=[ \t]/[ \t]))[ \t]*(?:\[{_DATE},?[ \t]+{_TIME}\]|{_DATE},?[ \t]+{_TIME}[ \t]+[-–—])"
    rf"[ \t]*(?P<name>{_LETTERS}(?:[ \t]+{_LETTERS}){{0,4}})[ \t]*:(?=[ \t]|$)"
)
_CLOCK = re.compile(r"\d[:.]\d\d")
# What exports write in the sender's place for no person, and the words of a system line.
_NOT_PEOPLE = frozenset(
    """you me system messages message whatsapp signal telegram admin group bot unknown deleted media omitted
    security notification null none""".split()  # noqa: SIM905
)


def chat_export_speaker_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of each exported line's sender (see the module docstring)."""
    if ":" not in text or not _CLOCK.search(text):
        return []
    out = []
    for m in _SPEAKER.finditer(text):
        name = m.group("name").rstrip(".")
        words = name.lower().split()
        if not words or any(w.strip(".'’-") in _NOT_PEOPLE for w in words):
            continue
        if not any(ch.isalpha() for ch in name) or len(name) < 2:
            continue
        out.append((m.start("name"), m.start("name") + len(name), E.NAME))
    return out
