"""A phone number inside a container a cell is written in: a URI of any scheme (``sip:+447406858784@pbx.local``,
``sips:``, ``tel:``, ``skype:+44...?call``, ``viber://chat?number=%2B...``, ``https://host/call?phone=%2B...``),
a vCard content line (``TEL;TYPE=CELL:+1 240-451-4085``, ``item1.TEL;VALUE=uri:tel:+1-240-451-4085``) or a
spreadsheet text formula (``="07406858784"``, ``=CONCATENATE("06","12345678")``, ``="+31 "&"612345678"``).

Why: set 51 wrote a third of its phone cells as SIP addresses and vCard lines; the phone checks read a cell as a
number and refused them, so 30 phone columns were missed (their hidden-header recall 0.72). ``phone_links`` reads a
CLOSED LIST of hosts and schemes; a list of forms is what the next blind set escapes. This module reads the
containers' GRAMMARS instead, so any scheme or host is read the same way:

- a URI is ``scheme ":" ["//"] [user ["@" host]] [";" params] ["?" query] ["#" fragment]`` (RFC 3986 / 3261 /
  3966). The number is the user part (``sip:+44...@host``, ``tel:+44...``, ``callto:0612...``) or a query value
  (``?number=%2B...``) or a path segment (``https://host/+447406858784``). A number in E.164 dress (``+``, ``%2B``
  or ``00`` then a country code) that ``phonenumbers`` finds POSSIBLE for that code is a phone under any scheme or
  key; a number without its code only where the grammar says it is dialled (a calling scheme, ``;user=phone``, a
  query key that names a phone), since ``isbn:``/``urn:`` and ``?id=`` hold digits too.
- a vCard (RFC 6350) content line is ``[group "."] name *(";" param) ":" value``; the value of ``TEL`` (2.1's
  ``TEL;CELL;VOICE``) or ``IMPP`` is the number or a URI holding it.
- a formula's literals are evaluated by the formula grammar of :mod:`cell_formula_literals` (text functions and
  ``&`` only), so every way of quoting a number in a formula is read, not one layout.

The containers nest (a vCard value may be a ``tel:`` URI; a formula may quote a URI): :func:`uncontained` unwraps up
to three layers. The number found is judged by the column's phone checks as any written number is (this module
says only where it stands). The fake is written back into the same container (:func:`recontained`): the same scheme,
host, parameters and query; the number in the original's own form (``+``/``%2B``/``00`` kept, international digits
where the original was international, its separators where the fake has as many digits, none where it had none);
in a formula, the fake's digits go into the literals' digit places one for one.

Each cell is read on its own (the same under DP); a cell with neither ``:`` nor a leading ``=`` costs two tests.

Example::

    uncontained("sip:+447406858784@sip.example.net")         # "+447406858784"
    uncontained("TEL;TYPE=CELL:+1 240-451-4085")              # "+1 240-451-4085"
    recontained("sip:+447406858784@pbx.local", "+44 7700 900123")  # "sip:+447700900123@pbx.local"
    recontained('=CONCATENATE("06","12345678")', "06 87654321")    # '=CONCATENATE("06","87654321")'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii.cell_formula_literals import evaluate_text_formula

__all__ = ["Contained", "any_container", "has_container", "read_container", "recontained", "uncontained"]

MIN_DIGITS, MAX_DIGITS = 6, 15
MAX_LEN = 300
# Layers unwrapped at most (a formula quoting a vCard line holding a URI is three).
MAX_DEPTH = 3

# RFC 3986 scheme; the rest holds no space (``%20`` is the URI's space).
_URI = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]{0,30}):(?P<rest>[^\s<>\"]+)$")
# Schemes whose user part (or opaque path) is dialled: a number in it is a phone even without its country code.
_DIAL_SCHEMES = frozenset({
    "sip", "sips", "tel", "fax", "modem", "callto", "sms", "smsto", "mms", "mmsto", "skype", "facetime",
    "facetime-audio", "h323", "iax", "iax2", "whatsapp", "viber", "tg", "signal", "imessage", "wtai",
})  # fmt: skip
# Query keys that name a phone (lower case, letters only): a number without its code under them is dialled.
_PHONE_KEYS = frozenset({
    "phone", "phonenumber", "tel", "telephone", "telefon", "telefone", "telefono", "telefoon", "mobile", "mobil",
    "mobilenumber", "msisdn", "cell", "cellphone", "handy", "whatsapp", "callerid", "dial",
})  # fmt: skip
# The number as a URI writes it: an optional sign (``+``, ``%2B``, ``00``), digits and RFC 3966's visual separators
# (``-``, ``.``, ``(``, ``)``, ``%20``).
_NUMBER = re.compile(r"^(?P<sign>\+|%2[bB]|00)?(?P<body>\(?\d(?:[\d\-.()]|%20)*\d\)?)$")
_SIGN = re.compile(r"^(?:\+|%2[bB]|00)")
# vCard 2.1-4.0 content line of a phone property: ``[group.]TEL[;params]:value``.
_VCARD = re.compile(
    r"(?i)^(?P<head>(?:[\w\-]+\.)?(?:TEL|IMPP|X-[\w\-]*(?:PHONE|TEL|MOBILE|CELL|SKYPE|SIP))(?:;[^:]*)?:)(?P<value>.+)$"
)
_HINT = re.compile(r":|^\s*=")


@dataclass(frozen=True)
class Contained:
    """The number in a container cell: ``start``/``end`` of its text in the cell (for URIs and vCard lines),
    ``inner`` the text the phone checks read (the number, or the next layer's text), ``kind`` ``"uri"``,
    ``"vcard"`` or ``"formula"``, ``international`` whether the number carries its country code."""

    start: int
    end: int
    inner: str
    kind: str
    international: bool


def has_container(cell: str) -> bool:
    """``cell`` may be a container this module reads (a ``:`` or a formula's ``=``): one precompiled search."""
    return isinstance(cell, str) and _HINT.search(cell) is not None


def any_container(values: Sequence[str]) -> bool:
    """Some value of ``values`` may be a container (a column's values tested in one pass)."""
    return any(isinstance(v, str) and (":" in v or v.lstrip().startswith("=")) for v in values)


def read_container(cell: str) -> Contained | None:
    """The phone container that is the whole of ``cell`` (spaces around it allowed), or ``None``."""
    if not isinstance(cell, str) or not has_container(cell) or len(cell) > MAX_LEN:
        return None
    return _read(cell)


@lru_cache(maxsize=65536)
def _read(cell: str) -> Contained | None:
    text = cell.strip()
    lead = len(cell) - len(cell.lstrip())
    if text.startswith("="):
        value = evaluate_text_formula(text)
        if value is None or not any(ch.isdigit() for ch in value):
            return None
        return Contained(0, len(cell), value.strip(), "formula", _SIGN.match(value.strip()) is not None)
    # A URI first: ``tel:+1-555-0100;ext=22`` is a URI, not a vCard ``TEL`` line (a line's value holds spaces).
    if (m := _URI.match(text)) is not None and (found := _uri_number(m.group("scheme").lower(), m.group("rest"))):
        at, written, international = found
        start = lead + m.start("rest") + at
        return Contained(start, start + len(written), _readable(written), "uri", international)
    if (m := _VCARD.match(text)) is not None:
        value = m.group("value").strip()
        if not any(ch.isdigit() for ch in value):
            return None
        start = lead + m.start("value") + (len(m.group("value")) - len(m.group("value").lstrip()))
        return Contained(start, start + len(value), value, "vcard", _SIGN.match(value) is not None)
    return None


def _uri_number(scheme: str, rest: str) -> tuple[int, str, bool] | None:
    """Where the number stands in a URI's text after ``scheme:`` (offset, as written, international), or ``None``."""
    hier, _, _fragment = rest.partition("#")
    hier, q, query = hier.partition("?")
    offset = 0
    authority = hier.startswith("//")
    if authority:
        hier, offset = hier[2:], 2
    # user part: before ``@``; its own ``;params`` and ``:password`` after it (RFC 3261).
    user, at, host = hier.partition("@")
    params = ""
    if not at:
        user, _, params = hier.partition(";")
    head = re.split(r"[;:/]", user, maxsplit=1)[0]
    if at:
        params = host
    dialled = scheme in _DIAL_SCHEMES or "user=phone" in params.lower()
    if (not authority or at) and head and (num := _number(head, dialled)) is not None:
        return offset, head, num
    # a query value: ``?number=%2B...``, ``?phone=...``
    if q:
        at_q = offset + len(hier) + 1
        for pair in query.split("&"):
            key, eq, value = pair.partition("=")
            letters = "".join(ch for ch in key.lower() if ch.isalpha())
            if eq and (num := _number(value, letters in _PHONE_KEYS)) is not None:
                return at_q + len(key) + 1, value, num
            at_q += len(pair) + 1
    # a path segment in E.164 dress (``https://host/+447406858784``, ``signal.me/#p/+44...`` is a fragment)
    if authority:
        pos = offset
        for segment in hier.split("/"):
            if _SIGN.match(segment) and (num := _number(segment, False)) is not None:
                return pos, segment, num
            pos += len(segment) + 1
    # a fragment's segment in E.164 dress (``https://signal.me/#p/+447406858784``: an app routes by the fragment)
    if _fragment:
        pos = len(rest) - len(_fragment)
        for segment in re.split(r"([/=&])", _fragment):
            if _SIGN.match(segment) and (num := _number(segment, False)) is not None:
                return pos, segment, num
            pos += len(segment)
    return None


def _number(written: str, dialled: bool) -> bool | None:
    """``written`` read as a number: ``True`` international (a sign and a possible number of its code), ``False``
    national (no sign, only where ``dialled``), ``None`` when it is no number."""
    m = _NUMBER.match(written)
    if m is None:
        return None
    digits = re.sub(r"\D", "", m.group("body").replace("%20", ""))
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    if m.group("sign") is not None:
        if m.group("sign") == "00" and not dialled:
            return None  # ``?id=0049301234567``: a leading ``00`` dials only where the grammar says it is dialled
        return True if _possible("+" + digits) else None
    return False if dialled else None


@lru_cache(maxsize=4096)
def _possible(number: str) -> bool:
    """``number`` (``+`` and digits) is a possible number of the country its code names."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    known = phonenumbers.region_code_for_country_code(parsed.country_code) not in (None, "ZZ")
    return known and phonenumbers.is_possible_number(parsed)


def _readable(written: str) -> str:
    """A URI's number as the phone checks read it: ``%2B`` and a leading ``00`` as ``+``, ``%20`` a space."""
    text = written.replace("%20", " ")
    if text[:3].lower() == "%2b":
        return "+" + text[3:]
    if text.startswith("00"):
        return "+" + text[2:]
    return text


def uncontained(cell: str) -> str:
    """``cell`` as the phone checks should read it: the number inside the containers that are the whole cell (up to
    :data:`MAX_DEPTH` layers), else ``cell`` unchanged."""
    text = cell
    for _ in range(MAX_DEPTH):
        found = read_container(text)
        if found is None:
            break
        text = found.inner
    return text


def recontained(original: str, fake: str) -> str:
    """``fake`` (drawn for :func:`uncontained` of ``original``) written back into ``original``'s containers, every
    layer in its own form; ``fake`` itself when ``original`` is no container."""
    found = read_container(original)
    if found is None:
        return fake
    inner = recontained(found.inner, fake) if read_container(found.inner) is not None else fake
    if found.kind == "formula":
        return _into_literals(original, inner)
    written = original[found.start : found.end]
    new = _in_uri_form(written, inner, found.international) if found.kind == "uri" else inner
    return original[: found.start] + new + original[found.end :]


def _in_uri_form(written: str, fake: str, international: bool) -> str:
    """``fake`` in the form ``written`` had in its URI: its sign as written, international digits when it was, its
    separators where the fake has as many digits, and no space ever (a URI holds none)."""
    digits = _fake_digits(fake, written, international)
    sign = m.group() if (m := _SIGN.match(written)) else ""
    body = written[len(sign) :]
    places = [i for i, ch in enumerate(body) if ch.isdigit() and not _in_escape(body, i)]
    if len(places) == len(digits):
        chars = list(body)
        for p, d in zip(places, digits, strict=True):
            chars[p] = d
        return sign + "".join(chars)
    return sign + digits


def _in_escape(body: str, i: int) -> bool:
    """Position ``i`` is a digit of a ``%XX`` escape (``%20``), not of the number."""
    return (i >= 1 and body[i - 1] == "%") or (i >= 2 and body[i - 2] == "%")


def _fake_digits(fake: str, written: str, international: bool) -> str:
    """The fake's digits, with its country code first when the original was international."""
    plain = "".join(ch for ch in fake if "0" <= ch <= "9")
    if not international or fake.lstrip().startswith("+"):
        return plain
    try:
        code = phonenumbers.parse(_readable(written), None).country_code
        parsed = phonenumbers.parse(fake, phonenumbers.region_code_for_country_code(code))
    except phonenumbers.NumberParseException:
        return plain
    return f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"


def _into_literals(formula: str, fake: str) -> str:
    """``fake``'s digits in the digit places of ``formula``'s string literals, one for one; when the counts differ,
    the digit literals' text replaced by the fake as a whole (the first holding digits takes it, the others empty)."""
    digits = [ch for ch in fake if "0" <= ch <= "9"]
    spans = [(m.start(1), m.end(1)) for m in re.finditer(r'"((?:[^"]|"")*)"', formula)]
    places = [i for a, b in spans for i in range(a, b) if formula[i].isdigit()]
    if len(places) == len(digits):
        chars = list(formula)
        for p, d in zip(places, digits, strict=True):
            chars[p] = d
        return "".join(chars)
    holding = [(a, b) for a, b in spans if any(formula[i].isdigit() for i in range(a, b))]
    if not holding:
        return fake
    out, last = [], 0
    for k, (a, b) in enumerate(holding):
        out.append(formula[last:a] + (fake.replace('"', '""') if k == 0 else ""))
        last = b
    out.append(formula[last:])
    return "".join(out)
