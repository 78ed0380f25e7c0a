"""The display name of an e-mail header: ``From: Mengia Casutt <aloisia.mettler864@geissler.com>``.

Forwarded and pasted e-mails keep their headers in a note. The words between the header's label (``From``,
``To``, ``Cc``, ``Reply-To`` and their German, French, Spanish, Italian, Dutch, Nordic and Polish forms) and
the ``<address>`` are the sender's or the recipient's name, whatever their list or case: the layout says so,
and a name no list holds (Romansh ``Mengia Casutt``) is kept by every rule that needs a listed given name.
A mailbox is no person when a word of its name is an organisation word (``Booking Team``, ``Customer
Service``, ``Acme Ltd``) or an English word that no name list holds (``Office Manager``), so those stay.

Example::

    mail_header_name_spans("From: Mengia Casutt <m.c@example.org>\\nSent: Monday")  # [(6, 19, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_cued_names import english_vocabulary, spacy_stop_words
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title

__all__ = ["mail_header_name_spans"]

_LABELS = (
    "from", "to", "cc", "bcc", "reply-to", "sender", "von", "an", "absender", "de", "à", "para", "da", "a", "van",
    "aan", "från", "till", "fra", "til", "od", "do", "kimden", "kime", "lähettäjä", "vastaanottaja",
)  # fmt: skip
_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:" + "|".join(re.escape(x) for x in sorted(_LABELS, key=len, reverse=True)) + r")[ \t]*:[ \t]*"
    r"[\"'“]?(?P<name>[^\W\d_][^\s<>\"”@,;:()\d]*(?:[ \t]+[^\s<>\"”@,;:()\d]+){0,4})[\"'”]?[ \t]*"
    r"<[^<>\s@]+@[^<>\s]+>"
)
# Words of mailboxes that belong to no person.
_ORG_WORDS = frozenset(
    """team support office info information service services customer customers booking bookings reservations
    noreply no-reply admin administrator newsletter sales help helpdesk desk hr accounts billing reception
    the ltd inc llc gmbh plc co company council school club department dept group mail notifications alerts
    bank hotel clinic surgery practice shop store online system mailer daemon postmaster webmaster""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    listed = given_names() | family_names() | gazetteers.last_names() | gazetteers.first_names()
    return listed, english_vocabulary() | spacy_stop_words(("en",))


def _person(words: list[str]) -> bool:
    listed, vocabulary = _vocabulary()
    for word in words:
        low = word.lower().strip(".'’")
        if low in _ORG_WORDS:
            return False
        parts = [p for p in re.split(r"[-'’.]", low) if p]
        if low in vocabulary and not all(p in listed for p in parts):
            return False  # "Office Manager", "Front Desk": English words no name list holds
    return True


def mail_header_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of the display names of the e-mail headers in ``text``."""
    if "@" not in text or "<" not in text:
        return []
    out = []
    for m in _HEADER.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        if len(words) > 1 and is_title(words[0].rstrip(".").capitalize()):  # "Cc: Dr Ana Lima <...>": not the title
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words and _person(words):
            out.append((start, m.end("name"), E.NAME if len(words) > 1 else E.LAST_NAME))
    return out
