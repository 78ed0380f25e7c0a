"""A phone number inside a link: a messaging host (``wa.me/34612465550``, ``t.me/+447400123456``) or a calling
scheme (``tel:+33612345678``, ``sms:``, ``callto:``, ``viber://chat?number=%2B...``).

Why: a link writes the number without the spaces and the ``+`` a phone check reads, glued to its host, so neither
the column checks nor the note rules saw it: set 46 wrote a third of its phone cells as WhatsApp links (19 phone
columns missed, ``Teléfono`` shown among them) and 37 notes said ``WhatsApp wa.me/34612465550``. The link itself
is the evidence: every messaging host and calling scheme addresses one person's number, in international form on
the hosts (the country code leads, the ``+`` dropped or URL-encoded), in any form after ``tel:``. So one reader
takes the link apart (:func:`read_link`: what comes before the number, the number, what comes after), whatever the
host or scheme of a closed list of them, and the number must still be a possible number of the country its code
names (``phonenumbers``; ``wa.me/12`` is no phone). The fake keeps the link: :func:`relink` writes the fake's
digits back in the number's place and form (international without ``+`` on a host, ``%2B`` where it was encoded).

Each value is read on its own (the same under DP); a value without ``/`` or ``:`` costs two substring tests.

Example::

    read_link("wa.me/34612465550").number                # "+34612465550"
    relink("wa.me/34612465550", "+34 699 12 34 56")      # "wa.me/34699123456"
    linked_phone_spans("WhatsApp wa.me/34612465550")     # [(9, 26, "phone_number")]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii import entities as E

__all__ = ["LinkedNumber", "has_link", "linked_phone_spans", "read_link", "relink", "unlinked"]

# Hosts whose path or query is a person's number in international form (WhatsApp, Telegram, Signal, Viber, LINE's
# phone search is no link of this kind): the number follows the host directly or after its ``phone=``/``number=``.
_HOSTS = (
    r"wa\.me/|(?:api|web)\.whatsapp\.com/send/?\?(?:[\w=&]*&)?phone=|whatsapp://send/?\?(?:[\w=&]*&)?phone="
    r"|t\.me/|telegram\.me/|signal\.me/#p/|viber\.click/|viber://(?:chat|add|contact|pa)/?\?(?:[\w=&]*&)?number="
)
# Schemes that dial, text or call the number after them (RFC 3966 ``tel:``, RFC 5724 ``sms:``, ``callto:``,
# Skype, FaceTime, ``smsto:``/``mmsto:`` of Android).
_SCHEMES = r"tel|sms|smsto|mms|mmsto|callto|skype|facetime|facetime-audio|whatsapp|viber|wtai://wp/mc;"
_LINK = re.compile(
    rf"(?i)(?<![\w.\-])(?P<head>(?:https?://)?(?:www\.)?(?:{_HOSTS})|(?:{_SCHEMES}):(?://)?)"
    r"(?P<number>(?:\+|%2[bB]|00)?\d(?:[\d\-.]|%20|\((?=\d)|(?<=\d)\))*\d)(?![\d])"
)
# A cheap test before the search: a host or a scheme's colon.
_HINT = re.compile(r"(?i)wa\.me|whatsapp|t\.me/|telegram|signal\.me|viber|tel:|sms|mms|callto:|skype:|facetime")
_PLUS = re.compile(r"^(?:\+|%2[bB]|00)")
MIN_DIGITS, MAX_DIGITS = 6, 15


@dataclass(frozen=True)
class LinkedNumber:
    """One number in a link: ``start``/``end`` of the link in the text, ``number_start``/``number_end`` of the
    number as written, ``number`` the number as the phone checks read it (``+`` and the digits when it is
    international, else the digits as dialled), ``international`` whether the code leads it."""

    start: int
    end: int
    number_start: int
    number_end: int
    number: str
    international: bool


def has_link(text: str) -> bool:
    """``text`` may hold a phone link: a host's or a scheme's name (one precompiled search)."""
    return ("/" in text or ":" in text) and _HINT.search(text) is not None


def read_link(cell: str) -> LinkedNumber | None:
    """The phone link that is the whole of ``cell`` (spaces around it allowed), or ``None``.

    ``read_link("tel:+33-6-12-34-56-78").number`` is ``"+33612345678"``; ``read_link("see wa.me/3461")`` is
    ``None`` (words around it, and too few digits).
    """
    if not cell or not has_link(cell):
        return None
    text = cell.strip()
    lead = len(cell) - len(cell.lstrip())
    found = _links(text)
    if len(found) != 1 or found[0].start != 0 or not _closes(text, found[0].end):
        return None
    one = found[0]
    return LinkedNumber(one.start + lead, one.end + lead, one.number_start + lead, one.number_end + lead, one.number,
                        one.international)  # fmt: skip


def unlinked(cell: str) -> str:
    """``cell`` as the phone checks should read it: the number of a phone link that is the whole cell (``+`` and
    digits when international), else ``cell`` unchanged."""
    link = read_link(cell)
    return cell if link is None else link.number


def linked_phone_spans(text: str, found: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[
        tuple[int, int, str]]:  # fmt: skip
    """Phone spans of every phone link in ``text`` (the link with its host or scheme, so the fake keeps them:
    :func:`relink`); links overlapping ``found`` are left."""
    if not has_link(text):
        return []
    return [
        (k.start, k.end, E.PHONE_NUMBER) for k in _links(text) if not any(a < k.end and k.start < b for a, b in found)
    ]


def relink(original: str, fake: str) -> str:
    """``fake`` (a number drawn for :func:`unlinked` of ``original``) written back into ``original``'s link.

    The fake goes in the number's place in the same form: international digits (the country code first, found by
    ``phonenumbers`` from the fake or from the original's code) with the original's ``+``, ``%2B`` or ``00`` or
    none; the original's separators where the fake has as many digits. ``original`` with no link: ``fake``.
    """
    link = read_link(original)
    if link is None:
        return fake
    written = original[link.number_start : link.number_end]
    digits = _fake_digits(link, fake)
    if digits is None:
        return fake
    sign = m.group() if (m := _PLUS.match(written)) else ""
    body = written[len(sign) :]
    places = [i for i, ch in enumerate(body) if ch.isdigit()]
    if len(places) == len(digits):
        chars = list(body)
        for p, d in zip(places, digits, strict=True):
            chars[p] = d
        body = "".join(chars)
    else:
        body = digits
    return original[: link.number_start] + sign + body + original[link.number_end :]


def _fake_digits(link: LinkedNumber, fake: str) -> str | None:
    """The digits of ``fake`` in the link's form: with its country code when the link's number is international."""
    plain = "".join(ch for ch in fake if "0" <= ch <= "9")
    if not plain:
        return None
    if not link.international:
        return plain
    code = phonenumbers.parse(link.number, None).country_code
    try:
        parsed = phonenumbers.parse(
            fake, None if fake.lstrip().startswith("+") else phonenumbers.region_code_for_country_code(code)
        )
    except phonenumbers.NumberParseException:
        return plain
    return f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"


def _closes(text: str, end: int) -> bool:
    """Nothing but a link's own query, fragment or a closing mark follows the number (``?call``, ``/``)."""
    rest = text[end:]
    return not rest or (rest[0] in "?/#&;" and " " not in rest)


def _links(text: str) -> list[LinkedNumber]:
    return [k for m in _LINK.finditer(text) if (k := _linked(m)) is not None]


def _linked(m: re.Match[str]) -> LinkedNumber | None:
    head, written = m.group("head"), m.group("number")
    digits = "".join(ch for ch in written.replace("%20", "").replace("%2B", "").replace("%2b", "") if ch.isdigit())
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    signed = _PLUS.match(written) is not None
    if signed and written.startswith("00"):
        digits = digits[2:]
    # A host addresses numbers in international form; after a scheme only a ``+`` (or ``00``) says so.
    international = signed or ":" not in head or head.lower().startswith(("http", "www", "whatsapp://", "viber://"))
    if international and not _possible("+" + digits):
        return None
    number = "+" + digits if international else _national(written)
    return LinkedNumber(m.start(), m.end(), m.start("number"), m.end(), number, international)


def _national(written: str) -> str:
    """A number after a scheme without its code: its digits and separators as dialled (``%20`` a space)."""
    return written.replace("%20", " ")


@lru_cache(maxsize=4096)
def _possible(number: str) -> bool:
    """``number`` (``+`` and digits) is a possible number of the country its code names."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    known = phonenumbers.region_code_for_country_code(parsed.country_code) not in (None, "ZZ")
    return known and phonenumbers.is_possible_number(parsed)
