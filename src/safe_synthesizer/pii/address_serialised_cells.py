"""Address cells written in a program's SERIALISATION (PHP ``serialize()``, a PostgreSQL composite literal, an
iCalendar or vCard property line), opened by the serialisation's own grammar into fields, and the fake written back
in the same grammar (same keys, same quoting, same escapes, PHP's ``s:N:`` lengths recounted for the fake).

Why: a web shop or a calendar that stored an address writes it as its serialiser writes any value:
``a:3:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";s:8:"postcode";s:5:"42065";}`` (PHP),
``("ул. Ключевская, 27",Гусиноозёрск,671160)`` (a PostgreSQL row), ``LOCATION:Plot 35\\, Kenyatta Avenue\\,
Nairobi`` (iCalendar, commas escaped). The part readers read the lengths, the quotes and the property name as parts
of no address, so such columns were published as written, with their headers shown and hidden (set 52: de_DE,
nl_NL, pt_BR, bn_BD, es_PE, es_ES, so_KE, zh_MO, bua_RU, mni_IN). No layout is listed: each grammar is the
serialiser's documented one (PHP's typed, length-prefixed tokens; PostgreSQL's ``record_out`` quoting; RFC 5545's
``NAME;PARAM=..:value`` with ``\\,`` ``\\;`` ``\\\\`` ``\\n`` escapes), and what the fields hold is judged by the
key reader (:func:`address_record_cells.key_kind`) or the address part reader, never by the container.

Example::

    cell = open_serialised('a:2:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";}')
    cell.fields                                   # (("street", "Henkweg 1"), ("town", "Eilenburg"))
    cell.refill(["Lindenweg 12", "Görlitz"])      # 'a:2:{s:6:"street";s:12:"Lindenweg 12";s:4:"town";s:8:...'
    open_serialised("LOCATION:6th Avenue\\, Eastleigh\\, Nairobi").text   # "6th Avenue, Eastleigh, Nairobi"
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from safe_synthesizer.pii.cell_record_prints import parse_record

__all__ = ["Serialised", "is_serialised_cell", "open_serialised"]

MAX_CELL_CHARS = 600
MAX_FIELDS = 12


@dataclass(frozen=True)
class Serialised:
    """A cell's fields (``key`` ``None`` for a positional field) and how to write new values back: ``writer``
    takes one value per field, in order, and returns the cell in its own grammar."""

    kind: str  # "php", "composite" or "ical"
    fields: tuple[tuple[str | None, str], ...]
    writer: Callable[[list[str]], str]

    @property
    def keyed(self) -> bool:
        """Every field has a key (a PHP array with string keys)."""
        return all(k is not None for k, _ in self.fields)

    @property
    def text(self) -> str:
        """The written values joined as one address line."""
        return ", ".join(v.strip() for _, v in self.fields if v.strip())

    def refill(self, values: Sequence[str]) -> str:
        """The cell with its fields' values replaced by ``values`` (one per field)."""
        return self.writer(list(values))

    def rebuild(self, fake: str) -> str:
        """The cell with a fake address line's comma parts spread over the fields that held something (the last of
        them takes what is left); empty fields stay empty."""
        filled = [i for i, (_, v) in enumerate(self.fields) if v.strip()]
        pieces = [p.strip() for p in fake.split(",") if p.strip()] or [fake]
        if len(pieces) > len(filled):
            pieces = [*pieces[: len(filled) - 1], ", ".join(pieces[len(filled) - 1 :])]
        values = [v for _, v in self.fields]
        for i, at in enumerate(filled):
            values[at] = pieces[i] if i < len(pieces) else ""
        return self.writer(values)


# -- PHP serialize() -------------------------------------------------------------------------------------------------
# Tokens: ``s:N:"<N bytes>";`` ``i:N;`` ``d:F;`` ``b:0;`` ``N;`` ``a:N:{<key><value>...}``. Lengths count UTF-8
# bytes; an exporter that counted characters is read too, and its lengths are rewritten the same way.
_PHP_NUM = re.compile(r"(i|d|b):([^;]{1,40});")


def _php_string(cell: str, at: int) -> tuple[str, int, bool] | None:
    m = re.compile(r's:(\d{1,5}):"').match(cell, at)
    if m is None:
        return None
    n, start = int(m.group(1)), m.end()
    tail = cell[start:]
    raw = tail.encode("utf-8")[:n].decode("utf-8", errors="ignore")
    for text, in_bytes in ((raw, True), (tail[:n], False)):
        end = start + len(text)
        if cell.startswith('";', end) and (not in_bytes or len(text.encode("utf-8")) == n):
            return text, end + 2, in_bytes
    return None


def _php_scalar(cell: str, at: int) -> tuple[str | None, int, bool] | None:
    """One scalar token at ``at``: its text (``None`` for ``N;``), the index after it, whether lengths are bytes."""
    if cell.startswith("N;", at):
        return None, at + 2, True
    if (s := _php_string(cell, at)) is not None:
        return s
    if (m := _PHP_NUM.match(cell, at)) is not None:
        return m.group(2), m.end(), True
    return None


def _php_array(cell: str, at: int, out: list[tuple[str | None, str, int, int]], depth: int) -> tuple[int, bool] | None:
    """Reads ``a:N:{...}`` at ``at`` into ``out`` (key, value, span); a nested array is read through (its wrapper
    key dropped). Returns the index after the array and whether string lengths count bytes."""
    m = re.compile(r"a:(\d{1,3}):\{").match(cell, at)
    if m is None or depth > 1:
        return None
    at, in_bytes = m.end(), True
    for _ in range(int(m.group(1))):
        key = _php_scalar(cell, at)
        if key is None or key[0] is None:
            return None
        at = key[1]
        if cell.startswith("a:", at):
            inner = _php_array(cell, at, out, depth + 1)
            if inner is None:
                return None
            at, in_bytes = inner[0], in_bytes and inner[1]
            continue
        start = at
        value = _php_scalar(cell, at)
        if value is None:
            return None
        text, at, b = value
        in_bytes = in_bytes and b
        # A positional array's keys are its indices (``i:0;``): no key to read.
        name = None if re.fullmatch(r"\d+", key[0]) else key[0]
        out.append((name, "" if text is None else text, start, at))
    if not cell.startswith("}", at):
        return None
    return at + 1, in_bytes


def _php(cell: str) -> Serialised | None:
    if not cell.startswith("a:"):
        return None
    spans: list[tuple[str | None, str, int, int]] = []
    read = _php_array(cell, 0, spans, 0)
    if read is None or read[0] != len(cell) or not spans:
        return None
    in_bytes = read[1]
    strings = [cell.startswith("s:", s) for _, _, s, _ in spans]

    def writer(values: list[str]) -> str:
        out, at = [], 0
        for (_, _, start, end), is_string, value in zip(spans, strings, values, strict=True):
            n = len(value.encode("utf-8")) if in_bytes else len(value)
            out += [cell[at:start], f's:{n}:"{value}";' if is_string or value else "N;"]
            at = end
        return "".join([*out, cell[at:]])

    return Serialised("php", tuple((k, v) for k, v, _, _ in spans), writer)


# -- PostgreSQL composite literal (record_out) ---------------------------------------------------------------------
# A field is quoted (``"..."`` with ``""`` or ``\\"`` inside) when it holds a comma, a parenthesis, a quote, a
# backslash or white space; else bare; an empty bare field is NULL.
_PG_FIELD = re.compile(r'"((?:[^"\\]|""|\\.)*)"|([^,()"\\\s]*)')


def _composite(cell: str) -> Serialised | None:
    if not (cell.startswith("(") and cell.endswith(")")):
        return None
    body, at, spans = cell[1:-1], 0, []
    while True:
        m = _PG_FIELD.match(body, at)
        if m is None:
            return None
        quoted = m.group(1) is not None
        value = re.sub(r'""|\\(.)', lambda x: x.group(1) or '"', m.group(1)) if quoted else m.group(2)
        spans.append((value, m.start() + 1, m.end() + 1, quoted))
        at = m.end()
        if at == len(body):
            break
        if body[at] != ",":
            return None
        at += 1
    if len(spans) < 2 or not any(any(ch.isalpha() for ch in v) for v, *_ in spans):
        return None

    def writer(values: list[str]) -> str:
        out, at = [], 0
        for (_, start, end, quoted), value in zip(spans, values, strict=True):
            needs = quoted or not value or re.search(r'[,()"\\\s]', value) is not None
            escaped = value.replace('"', '""') if needs else value
            out += [cell[at:start], f'"{escaped}"' if needs and (value or quoted) else escaped]
            at = end
        return "".join([*out, cell[at:]])

    return Serialised("composite", tuple((None, v) for v, *_ in spans), writer)


# -- iCalendar / vCard content line (RFC 5545 3.1, 3.3.11; RFC 6350) -----------------------------------------------
# ``NAME;PARAM=...:value``: an upper-case property name (``LOCATION``, ``ADR``, ``X-...``), the value's ``;`` parts
# (a structured value such as vCard ``ADR``) split where not escaped; ``\\,`` ``\\;`` ``\\\\`` ``\\n`` escaped.
_ICAL = re.compile(r'^([A-Z][A-Z0-9-]{2,30})((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^:;"]*))*):(.+)$', re.DOTALL)
_ICAL_PART = re.compile(r"(?:\\.|[^;\\])*")
_ICAL_UNESCAPE = {"n": "\n", "N": "\n"}


def _ical_unescape(raw: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ICAL_UNESCAPE.get(m.group(1), m.group(1)), raw)


def _ical_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ical(cell: str) -> Serialised | None:
    m = _ICAL.match(cell)
    if m is None or m.group(3).startswith("//"):
        return None
    value, base = m.group(3), m.start(3)
    # The grammar, not the name, says it is one: an escape, or a structured value's separators.
    if "\\" not in value and ";" not in value:
        return None
    spans, at = [], 0
    while True:
        part = _ICAL_PART.match(value, at)
        assert part is not None  # the pattern matches the empty string
        spans.append((_ical_unescape(part.group()), base + part.start(), base + part.end()))
        at = part.end()
        if at >= len(value) or value[at] != ";":
            break
        at += 1
    if at != len(value):
        return None
    # An escaped comma inside one part is a sub-field separator (``Plot 35\\, Kenyatta Avenue``): one field each.
    fields = [(None, p.strip()) for v, *_ in spans for p in (v.split(",") if len(spans) == 1 else [v])]

    def writer(values: list[str]) -> str:
        if len(spans) == 1:
            joined = ", ".join(v for v in values if v)
            return cell[: spans[0][1]] + _ical_escape(joined) + cell[spans[0][2] :]
        out, at = [], 0
        for (_, start, end), new in zip(spans, values, strict=True):
            out += [cell[at:start], _ical_escape(new)]
            at = end
        return "".join([*out, cell[at:]])

    return Serialised("ical", tuple(fields), writer)


def open_serialised(cell: object) -> Serialised | None:
    """The serialisation ``cell`` is written in and its fields, or ``None`` (no serialiser's grammar).

    Example::

        open_serialised('("12 High St",Leeds,"LS1 4AB")').fields  # ((None, "12 High St"), (None, "Leeds"), ...)
    """
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if not text or len(text) > MAX_CELL_CHARS:
        return None
    for read in (_php, _composite, _ical):
        found = read(text)
        if found is not None and 0 < len(found.fields) <= MAX_FIELDS:
            return found
    return None


def is_serialised_cell(value: str) -> bool:
    """Whether ``value`` is a machine's serialised value (one of :func:`open_serialised`'s grammars, or a Python
    dict's or list's repr): fields, not a sentence, whatever its word count.

    Example::

        is_serialised_cell("{'street': '12 Elm Road', 'town': 'Leeds'}")  # True
    """
    text = value.strip() if isinstance(value, str) else ""
    if open_serialised(text) is not None or parse_record(text) is not None:
        return True  # a record print too (R's ``list(street = ...)``, a TOML inline table): fields, not a sentence
    if len(text) > MAX_CELL_CHARS or text[:1] not in "{[" or text[-1:] not in "}]":
        return False
    try:
        loaded = ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):  # TypeError: a set of sets (Erlang)
        return False
    return isinstance(loaded, dict | list) and bool(loaded)
