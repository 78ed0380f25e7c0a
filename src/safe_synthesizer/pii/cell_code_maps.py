"""A person's name read from a program's MAP LITERAL written in a cell, whatever the language, and a fake written
back into the same literal.

Why: an export that dumps a record with the program's own printer writes a person as a map of name fields:
PHP ``['first' => 'Pamela', 'last' => 'Stone']``, Python ``{'given': 'Ana', 'family': 'Berg'}``, Ruby
``{first: "Ana", last: "Berg"}``, Perl or Elixir ``%{name => "Ana Berg"}``, Lua ``{name = "Ana Berg"}``, PowerShell
``@{Name='Ana Berg'}``. The JSON reader of :mod:`cell_record_syntaxes` reads one of these syntaxes; the letter-run
reader (:mod:`person_cell_runs`) reads the keys as name words. What every such syntax shares is a GRAMMAR, not a
layout: an optional constructor word or sigil, one bracket round the whole cell, pairs split by ``,`` or ``;``, each
pair a key (quoted, bare or a ``:symbol``) and a quoted string value with a separator between (``=>``, ``->``,
``:``, ``=``, ``:=``). This module parses that grammar and picks the values whose keys name a person's name fields
(the closed key words the directory and form readers already use: ``name``, ``first``/``given``, ``last``/
``family``...): one full-name field, or a given and a family field (a middle field between them). Other fields stay
as written. It judges nothing: the existing person readers judge the name text.

Example::

    text, dress, kind = map_layer("['first' => 'Pamela', 'last' => 'Stone']")
    text                   # "Pamela Stone"
    dress("Lena Fischer")  # "['first' => 'Lena', 'last' => 'Fischer']"
    map_layer("{'sku': 'A-12', 'qty': '3'}")   # None: no name field
"""

from __future__ import annotations

import re
from collections.abc import Callable

from safe_synthesizer.pii.cell_record_syntaxes import _DN_NAME_KEYS, _FAMILY_KEYS, _GIVEN_KEYS

__all__ = ["map_layer", "map_name_fields"]

Layer = tuple[str, Callable[[str], str], str]

_MAX_LEN = 300
_MIDDLE_KEYS = frozenset({"middle", "middlename", "second", "secondname", "patronymic", "otchestvo", "mi"})
_FULL_KEYS = _DN_NAME_KEYS - {"uid"} | {"fullname", "personname", "full", "nombre", "nom", "naam", "nome", "namn"}
_FULL_KEYS = _FULL_KEYS - _FAMILY_KEYS
# An optional constructor word or sigil, then one bracket round the whole cell.
_CONTAINER = re.compile(r"^\s*(?:[A-Za-z_][\w.:]*\s*|[@%#])?([\[{(])(.*)([\]})])\s*$", re.S)
_CLOSERS = {"[": "]", "{": "}", "(": ")"}
_KEY = re.compile(
    r"""\s*(?:"([^"\\]{1,40})"|'([^'\\]{1,40})'|:?([A-Za-z_][\w\-]{0,40})|\[\s*["']?([A-Za-z_]\w{0,40})["']?\s*\])"""
)
_SEP = re.compile(r"\s*(=>|->|:=|:|=)\s*")
_VALUE = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""")
_UNESCAPE = re.compile(r"\\(.)")


def _norm(key: str) -> str:
    return re.sub(r"[_.\-\s]", "", key).lower()


def _pairs(body: str) -> list[tuple[str, int, int, str]] | None:
    """``(key, value start, value end, value)`` for every pair of the map's body, or ``None`` when the body is not
    pairs of a key and a quoted string (a list, a call, free text)."""
    out = []
    i, n = 0, len(body)
    while True:
        while i < n and body[i].isspace():
            i += 1
        if i >= n:
            return out or None
        k = _KEY.match(body, i)
        if not k:
            return None
        s = _SEP.match(body, k.end())
        if not s:
            return None
        v = _VALUE.match(body, s.end())
        if not v:
            return None
        key = next(g for g in k.groups() if g is not None)
        group = 1 if v.group(1) is not None else 2
        out.append((key, v.start(group), v.end(group), _UNESCAPE.sub(r"\1", v.group(group))))
        i = v.end()
        while i < n and body[i].isspace():
            i += 1
        if i < n and body[i] in ",;":
            i += 1
        elif i < n:
            return None


def map_name_fields(cell: str) -> list[tuple[int, int, str]] | None:
    """The name fields of a map literal, in name order, as ``(start, end, value)`` spans of ``cell``; ``None``
    when the cell is no map literal or names no person's field.

    Example::

        map_name_fields("{'name': 'Ana Berg'}")   # [(10, 18, "Ana Berg")]
    """
    if len(cell) > _MAX_LEN or not any(ch in cell for ch in "'\""):
        return None
    m = _CONTAINER.match(cell)
    if m is None or _CLOSERS[m.group(1)] != m.group(3):
        return None
    pairs = _pairs(m.group(2))
    if not pairs:
        return None
    offset = m.start(2)
    spans = {"full": [], "given": [], "middle": [], "family": []}
    for key, start, end, value in pairs:
        norm = _norm(key)
        role = (
            "given" if norm in _GIVEN_KEYS else "family" if norm in _FAMILY_KEYS else "middle"
            if norm in _MIDDLE_KEYS else "full" if norm in _FULL_KEYS else None
        )  # fmt: skip
        if role and value.strip():
            spans[role].append((offset + start, offset + end, value))
    if len(spans["full"]) == 1 and not spans["given"] and not spans["family"]:
        return spans["full"]
    if len(spans["given"]) == 1 and len(spans["family"]) == 1 and len(spans["middle"]) <= 1:
        return [*spans["given"], *spans["middle"], *spans["family"]]
    return None


def map_layer(text: str) -> Layer | None:
    """The name a map literal holds and how to write a fake back into its fields (one decoding layer of
    :mod:`cell_machine_encodings`), or ``None``."""
    fields = map_name_fields(text)
    if fields is None:
        return None
    values = [v for _, _, v in fields]
    if not all(any(ch.isalpha() for ch in v) for v in values):
        return None
    counts = [len(v.split()) for v in values]
    quotes = [text[s - 1] if s > 0 else '"' for s, _, _ in fields]

    def dress(fake: str) -> str:
        words, parts, at = fake.split(), [], 0
        for k, count in enumerate(counts):
            if k == len(counts) - 1:
                parts.append(words[at:])  # the last field (the family name) takes what is left
                break
            # As many words as the field held, leaving one for each field after it.
            take = max(0, min(count, len(words) - at - (len(counts) - 1 - k)))
            parts.append(words[at : at + max(take, 1 if at < len(words) else 0)])
            at += len(parts[-1])
        out, last = [], 0
        for (start, end, _), q, p in zip(fields, quotes, parts, strict=True):
            out.append(text[last:start] + " ".join(p).replace("\\", "\\\\").replace(q, "\\" + q))
            last = end
        out.append(text[last:])
        return "".join(out)

    return " ".join(" ".join(values).split()), dress, "map"
