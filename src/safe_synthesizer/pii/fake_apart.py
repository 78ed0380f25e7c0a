"""Name fakes that would give something back: the original itself, its initial, or another person's real
name written in the same record.

Faker's name lists are small in some locales (ja_JP has a few dozen family names): when a table uses most
of a pool, a token's fake may be another record's real name. That is tolerated across the table (a fake
must come from somewhere), but not inside one record: a note naming 佐藤 and 佐々木 must not become a note
naming 佐々木 twice, nor may the fake of the row's customer be the name of the doctor in its note.
:class:`ApartTokens` holds, per lower-cased name token, the other name tokens of the records it occurs in
(the row's name columns and the names found in its text cells); the mapper redraws a pick among them.

Example::

    apart = ApartTokens()
    apart.add(["佐藤", "佐々木"])
    gives_back("佐々木", "佐藤", apart)  # True: another name of the same record
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Initials ("J.", "J. R.") show only their letter.
INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,3}")


class ApartTokens:
    """Lower-cased name token -> the other name tokens written in the same records (memory only)."""

    def __init__(self) -> None:
        self._together: dict[str, set[str]] = {}

    def add(self, tokens: Iterable[str]) -> None:
        """One record's name tokens (any case); records with fewer than two tokens add nothing."""
        # Initials ("j.") and single Latin letters name nobody; one Chinese character may (林, 森).
        group = {t.lower() for t in tokens if t and not t.endswith(".") and not (len(t) == 1 and t.isascii())}
        if len(group) < 2:
            return
        for t in group:
            self._together.setdefault(t, set()).update(group)

    def others(self, token: str) -> set[str] | frozenset[str]:
        """The name tokens sharing a record with ``token`` (the token itself included)."""
        return self._together.get(token.lower(), frozenset())


def gives_back(pick: str, token: str, apart: ApartTokens | None = None) -> bool:
    """Whether the fake ``pick`` of name ``token`` would show a real name again: the same word, for an
    initial (``J.`` in ``J. Rice``, shown as the fake's first letter) a name of the same letter, or
    (with ``apart``) another name written in the same record as ``token``."""
    if INITIALS.fullmatch(token):
        return pick[:1].lower() == token[:1].lower()
    return pick.lower() == token.lower() or (apart is not None and pick.lower() in apart.others(token))
