"""A person read from a RECORD as a program prints it, by one grammar, and a fake written back into the same print.

Why: exports dump a record with their language's own printer, and every printer writes another layout: Java's
``toString()`` (``Member{name='Gail Harvey'}``), a C# record (``Member { Name = Gail Harvey }``), a Kotlin data
class (``Member(firstName=Gail, lastName=Harvey)``), an Elixir map (``%{first: "Gail", last: "Harvey"}``), a Swift
optional (``Optional("Gail Harvey")``), a spreadsheet's ``=HYPERLINK("mailto:...","Gail Harvey")``. Earlier sessions
added one decoder per layout; the next exporter writes a layout none of them lists. What the layouts share is a
GRAMMAR, read here once:

    record  := [type name | sigil] open pairs close       open/close: ( ) { } [ ] < >
    pairs   := pair ((, | ;) pair)* [, | ;]
    pair    := key sep value                              sep: => -> := = : (spaces around or not)
    key     := identifier of any case or script | 'quoted' | :symbol
    value   := 'quoted' | "quoted" | `quoted` | record | bare text up to the next , ; or the closing bracket
    call    := [=] name ( quoted (, quoted)* )            a wrapper: its one text argument is the value

The person is the value(s) whose KEY the header cue reader (:func:`cues.cued_entities`) reads as a name, a given
or a family name, in any language it knows (``firstName``, ``NAME``, ``nachname``, ``prénom``); or a wrapper call's
only text argument. A record naming no person's key gives nothing: a ``Frame{model='Gregory Peck'}`` is no person
here, and a ``Boat{name='Grace Darling'}`` is left to the column judge, which reads the decoded text with the
column. Nothing here judges; the fake goes back with the same keys, quotes, spacing and case.

The transfer encoding of a program's bytes (``b'\\xe0\\xae\\x9a'``, a C string's ``\\340\\256``) is one more
decoding step (:func:`byte_escape_layer`): the escaped bytes are UTF-8, not Latin-1 letters.

Example::

    record_fields("Member(firstName=Gail, lastName=Harvey)")   # [("firstName", "Gail"), ("lastName", "Harvey")]
    text, dress, kind = record_print_layer("Member { Name = Gail Harvey }")
    text                    # "Gail Harvey"
    dress("Lena Fischer")   # "Member { Name = Lena Fischer }"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cell_record_syntaxes import _DN_NAME_KEYS, _FAMILY_KEYS, _GIVEN_KEYS
from safe_synthesizer.pii.cues import cued_entities

__all__ = ["RecordField", "byte_escape_layer", "parse_record", "record_fields", "record_print_layer"]

Layer = tuple[str, Callable[[str], str], str]

_MAX_LEN = 300
_OPEN = {"(": ")", "{": "}", "[": "]", "<": ">"}
_HEAD = re.compile(r"\s*(?:[^\W\d][\w.:$]*\s*|[%@#])?")
_KEY = re.compile(r"""\s*(?::?([^\W\d][\w.\-]*)|"([^"]{1,40})"|'([^']{1,40})')\s*""")
_SEP = re.compile(r"(=>|->|:=|=|:)\s*")
_QUOTES = "'\"`"
_MIDDLE_KEYS = frozenset({"middle", "middlename", "secondname", "patronymic", "otchestvo"})
_FULL_KEYS = (_DN_NAME_KEYS - {"uid"}) | {"fullname", "personname"}


@dataclass(frozen=True)
class RecordField:
    """One leaf of a printed record: its key path (``name.first`` when nested), its text and where it stands."""

    key: str
    value: str
    start: int
    end: int
    quote: str


class _Parser:
    """Recursive descent over one cell; a failed parse raises ``ValueError`` (the cell is no record print)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.fields: list[RecordField] = []

    def record(self, path: str) -> None:
        m = _HEAD.match(self.text, self.at)
        self.at = m.end() if m else self.at
        if self.at >= len(self.text) or self.text[self.at] not in _OPEN:
            raise ValueError
        close = _OPEN[self.text[self.at]]
        self.at += 1
        self._space()
        while True:
            if self._peek() == close:
                self.at += 1
                return
            self.pair(path, close)
            self._space()
            ch = self._peek()
            if ch in ",;":
                self.at += 1
                self._space()
            elif ch != close:
                raise ValueError

    def pair(self, path: str, close: str) -> None:
        m = _KEY.match(self.text, self.at)
        if m is None:
            raise ValueError
        key = next(g for g in m.groups() if g is not None)
        self.at = m.end()
        s = _SEP.match(self.text, self.at)
        if s is None:
            raise ValueError
        self.at = s.end()
        full = f"{path}.{key}" if path else key
        ch = self._peek()
        if ch in _QUOTES:
            self._quoted(full, ch)
        elif _starts_record(self.text, self.at):
            self.record(full)
        else:
            self._bare(full, close)

    def _quoted(self, key: str, q: str) -> None:
        start = self.at + 1
        i = start
        while i < len(self.text) and self.text[i] != q:
            i += 2 if self.text[i] == "\\" else 1
        if i >= len(self.text):
            raise ValueError
        self.fields.append(RecordField(key, re.sub(r"\\(.)", r"\1", self.text[start:i]), start, i, q))
        self.at = i + 1

    def _bare(self, key: str, close: str) -> None:
        start = self.at
        i = start
        # A bare value holds no separator: ``{First:Ana Last:Berg}`` (Go's ``%+v``, pairs split by a space) is no
        # pair ``First`` -> ``Ana Last:Berg`` but another grammar (:mod:`cell_program_prints`).
        while i < len(self.text) and self.text[i] not in ",;" + close and self.text[i] not in "({[<>]})\"'`=:":
            i += 1
        end = i
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self.fields.append(RecordField(key, self.text[start:end], start, end, ""))
        self.at = i

    def _space(self) -> None:
        while self.at < len(self.text) and self.text[self.at].isspace():
            self.at += 1

    def _peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""


def _starts_record(text: str, at: int) -> bool:
    m = _HEAD.match(text, at)
    end = m.end() if m else at
    return end < len(text) and text[end] in _OPEN


def parse_record(cell: str) -> list[RecordField] | None:
    """Every leaf field of a record print (with its span in ``cell``), or ``None`` when the cell is no record."""
    if not cell or len(cell) > _MAX_LEN or not any(ch in cell for ch in "({[<"):
        return None
    parser = _Parser(cell)
    try:
        parser.record("")
    except (ValueError, StopIteration):
        return None
    if cell[parser.at :].strip() or not parser.fields:
        return None
    return parser.fields


def record_fields(cell: str) -> list[tuple[str, str]] | None:
    """The ``(key, value)`` pairs of a record print, keys of nested records joined by ``.``; ``None`` when the cell
    is no record print (any language's printer: see the module docstring).

    Example::

        record_fields('list(street = "12 Elm Rd", town = "Leeds")')   # [("street", "12 Elm Rd"), ("town", "Leeds")]
    """
    fields = parse_record(cell)
    return None if fields is None else [(f.key, f.value) for f in fields]


def _norm(key: str) -> str:
    return re.sub(r"[\s_\-.]", "", unicodedata.normalize("NFKC", key).lower())


def _role(key: str) -> str | None:
    """Which part of a person's name a key holds, read by the header cue reader (any language it knows)."""
    leaf = key.rsplit(".", 1)[-1]
    norm = _norm(leaf)
    if norm in _GIVEN_KEYS:
        return "given"
    if norm in _FAMILY_KEYS:
        return "family"
    if norm in _MIDDLE_KEYS:
        return "middle"
    if norm in _FULL_KEYS:
        return "full"
    cued = cued_entities(leaf)
    if E.FIRST_NAME in cued and E.LAST_NAME not in cued:
        return "given"
    if E.LAST_NAME in cued and E.FIRST_NAME not in cued:
        return "family" if E.NAME not in cued else "family?"
    if cued == {E.NAME}:
        return "full"
    return None


def _person_fields(fields: list[RecordField]) -> list[RecordField] | None:
    roles: dict[str, list[RecordField]] = {}
    for f in fields:
        role = _role(f.key)
        if role and f.value.strip():
            roles.setdefault(role, []).append(f)
    given, family = roles.get("given", []), roles.get("family", []) + roles.get("family?", [])
    middle = roles.get("middle", [])
    full = roles.get("full", [])
    if len(given) == 1 and len(family) == 1 and len(middle) <= 1:
        return [*given, *middle, *family]
    if len(full) == 1 and not given and not family:
        return full
    # One name field alone (``nom``, ``lastName``): that field is the person the record names.
    named = [f for fs in roles.values() for f in fs]
    return named if len(named) == 1 else None


def _escape(value: str, quote: str) -> str:
    return value.replace("\\", "\\\\").replace(quote, "\\" + quote) if quote else value


def _write(text: str, fields: list[RecordField], values: list[str]) -> str:
    out, last = [], 0
    for f, v in sorted(zip(fields, values, strict=True), key=lambda p: p[0].start):
        out.append(text[last : f.start] + _escape(_cased(v, f.value), f.quote))
        last = f.end
    out.append(text[last:])
    return "".join(out)


def _cased(fake: str, original: str) -> str:
    """The fake in the case the print wrote the original in (``BOOKING { NAME = M. KAVITHA }``)."""
    letters = [c for c in original if c.isalpha() and c.lower() != c.upper()]
    if letters and all(c.isupper() for c in letters):
        return fake.upper()
    if letters and all(c.islower() for c in letters):
        return fake.lower()
    return fake


def _split(fake: str, counts: list[int]) -> list[str]:
    """A fake's words spread over the name fields: each field as many words as it held, the last takes the rest."""
    words, parts, at = fake.split(), [], 0
    for k, count in enumerate(counts):
        if k == len(counts) - 1:
            parts.append(" ".join(words[at:]))
            break
        take = max(1, min(count, len(words) - at - (len(counts) - 1 - k)))
        parts.append(" ".join(words[at : at + take]))
        at += take
    return parts


def _has_letters(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


def _has_digits(value: str) -> bool:
    return any(ch.isdigit() for ch in value)


def _record_layer(text: str) -> Layer | None:
    fields = parse_record(text)
    if fields is None:
        return None
    person = _person_fields(fields)
    if person is None or not all(_has_letters(f.value) for f in person):
        return None
    counts = [len(f.value.split()) for f in person]

    def dress(fake: str) -> str:
        return _write(text, person, _split(fake, counts))

    return " ".join(" ".join(f.value for f in person).split()), dress, "record"


# A wrapper call round quoted arguments: ``Optional("Ana")``, ``Some('Ana')``, ``=HYPERLINK("mailto:..","Ana")``.
_CALL = re.compile(r"""^\s*(=?\s*@?[^\W\d][\w.]*)\s*\(\s*(.*?)\s*\)\s*$""", re.S)
_ARG = re.compile(r"""\s*(?:"((?:[^"\\]|\\.|"")*)"|'((?:[^'\\]|\\.)*)')\s*(?:[,;]|$)""")
_LINK = re.compile(r"^(?:mailto:|https?://|www\.|tel:)|@|^[\d\s.,+\-/()]*$", re.I)
_MAILTO = re.compile(r"^(mailto:)([^@]+)(@.+)$", re.I)


def _call_layer(text: str) -> Layer | None:
    m = _CALL.match(text)
    if m is None or not m.group(2):
        return None
    body, at, args = m.group(2), 0, []
    offset = m.start(2)
    while at < len(body):
        a = _ARG.match(body, at)
        if a is None or a.end() == at:
            return None
        g = 1 if a.group(1) is not None else 2
        args.append((offset + a.start(g), offset + a.end(g), a.group(g), '"' if g == 1 else "'"))
        at = a.end()
    # The person is the one argument of words: a link, a mailbox, a number or a date (``ISODate("2026-12-09")``)
    # is an argument beside it, never the name.
    texts = [x for x in args if _has_letters(x[2]) and not _LINK.search(x[2]) and not _has_digits(x[2])]
    # Any other argument that is no link is data the call works on (``TO_DATE('14-MAR-1956', 'DD-MON-YYYY')``):
    # the call is a computation, not a wrapper round a name.
    if len(texts) != 1 or any(not _LINK.search(x[2]) for x in args if x is not texts[0]):
        return None
    start, end, value, quote = texts[0]
    links = [x for x in args if _MAILTO.match(x[2])]

    def dress(fake: str) -> str:
        fake = _cased(fake, value)
        swaps = [(start, end, fake.replace(quote, quote * 2) if text.lstrip().startswith("=") else fake)]
        # A mailto link beside the name names the same person: its mailbox follows the fake, its domain stays.
        for s, e, link, _ in links:
            lm = _MAILTO.match(link)
            local = ".".join(_ascii(w) for w in fake.split() if _ascii(w)) or "contact"
            swaps.append((s, e, lm.group(1) + _cased(local, lm.group(2)) + lm.group(3)))
        out, last = [], 0
        for s, e, v in sorted(swaps):
            out.append(text[last:s] + v)
            last = e
        return "".join(out) + text[last:]

    return value, dress, "call"


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word).lower() if c.isascii() and c.isalnum())


def record_print_layer(text: str) -> Layer | None:
    """The person a record print or a wrapper call holds and how to write a fake back into it (one decoding layer
    of :mod:`cell_machine_encodings`), or ``None``."""
    if len(text) > _MAX_LEN or not any(ch in text for ch in "({[<"):
        return None
    return _record_layer(text) or _call_layer(text)


# A program's bytes: ``b'...'``/``b"..."`` or a bare string whose escapes are hex or octal byte values.
_BYTES = re.compile(r"""^(b?)(['"]?)((?:[^\\'"]|\\x[0-9A-Fa-f]{2}|\\[0-7]{3}|\\[\\'"])*)\2$""")
_BYTE = re.compile(r"\\(x[0-9A-Fa-f]{2}|[0-7]{3}|[\\'\"])")


def byte_escape_layer(text: str) -> Layer | None:
    """Escaped bytes of UTF-8 text (``b'\\xe0\\xae\\x9a'``, ``\\303\\251``) decoded as UTF-8, not as Latin-1 letters;
    a fake's non-ASCII letters written back as the same escapes."""
    m = _BYTES.match(text)
    if m is None or not re.search(r"\\(?:x[0-9A-Fa-f]{2}|[0-7]{3})", m.group(3)):
        return None
    prefix, quote, body = m.group(1), m.group(2), m.group(3)
    octal = "\\x" not in body
    raw = bytearray()
    at = 0
    for e in _BYTE.finditer(body):
        raw += body[at : e.start()].encode("utf-8")
        s = e.group(1)
        raw += bytes([int(s[1:], 16) if s[0] == "x" else int(s, 8)]) if len(s) > 1 else s.encode()
        at = e.end()
    raw += body[at:].encode("utf-8")
    try:
        inner = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not any(ord(ch) > 127 for ch in inner) or any(ord(ch) < 32 for ch in inner):
        return None
    upper = bool(re.search(r"\\x[0-9a-f]*[A-F]", body))

    def dress(fake: str) -> str:
        out = []
        for ch in fake:
            if ord(ch) < 128:
                out.append("\\" + ch if ch in ("\\", quote) and quote else ch)
                continue
            for b in ch.encode("utf-8"):
                out.append(f"\\{b:03o}" if octal else (f"\\x{b:02X}" if upper else f"\\x{b:02x}"))
        return f"{prefix}{quote}{''.join(out)}{quote}"

    return inner, dress, "bytes"
