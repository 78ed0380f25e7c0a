"""How programs PRINT a stored text, read by each printer's grammar: one decoding layer per grammar for
:mod:`cell_machine_encodings`, so a person's name printed by a program reaches the name readers as the name.

Why: set 52 wrote names as an XML writer (``<![CDATA[Gail Harvey]]>``), as Go's ``%+v`` prints a struct
(``{First:Gail Last:Harvey}``), with the record id a CRM's lookup prints after the name (``Gail Harvey
[0038gUp0rX3XFwMMbJ]``) and cut over a line by a PDF copy (``Gail Har-\\nvey``). The name readers refused these
cells and a column mixing them with plain names fell under every reader's share (set 52's largest family of missed
person columns). Each is a GRAMMAR, not a layout to list: CDATA is XML's (any text between ``<![CDATA[`` and
``]]>``); ``%+v`` is ``{Field:value Field:value}`` with Go identifiers as fields, whatever the struct; a record id
is an opaque key (letters and digits mixed, or a long digit run, no spaces) in brackets at either end of the
cell, whatever the system; a line wrap is a hyphen and a line break between two letters (the word joined), or a
line break alone between words (a space). Nothing here judges: the person readers judge the decoded text, so a film
title or a rose in the same dress stays what the plain cell would be. Each layer writes a fake back in the same
print.

Example::

    text, dress, kind = cdata_layer("<![CDATA[Gail Harvey]]>")
    text, dress("Ana Berg")                          # ("Gail Harvey", "<![CDATA[Ana Berg]]>")
    go_struct_layer("{First:Gail Last:Harvey}")[1]("Ana Berg")   # "{First:Ana Last:Berg}"
    record_id_layer("Gail Harvey [0038gUp0rX3XFwMMbJ]")[0]        # "Gail Harvey"
    line_wrap_layer("Gail Har-\\nvey")[0]                          # "Gail Harvey"
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["PRINT_LAYERS", "cdata_layer", "go_struct_layer", "line_wrap_layer", "may_be_printed", "record_id_layer"]

Layer = tuple[str, Callable[[str], str], str]

_CDATA = re.compile(r"^<!\[CDATA\[(.*)\]\]>$", re.DOTALL)


def may_be_printed(cell: str) -> bool:
    """A cheap test: the cell holds a line break (the other prints hold a mark the decoding layer's gate knows)."""
    return "\n" in cell or "\r" in cell


def cdata_layer(text: str) -> Layer | None:
    """An XML CDATA section round the whole cell (its content is literal text: no entity inside is decoded)."""
    m = _CDATA.match(text)
    if m is None or "]]>" in m.group(1) or not m.group(1).strip():
        return None
    return m.group(1), lambda fake: f"<![CDATA[{fake}]]>", "cdata"


# Go's ``%+v``: ``{`` fields ``Name:value`` joined by one space ``}``; a field name is a Go identifier, a value runs
# to the next `` Name:`` (values of a name hold spaces unquoted: ``Last:Cañizares Ureña``).
_GO = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*):(.*)\}$", re.DOTALL)
_GO_FIELD = re.compile(r" ([A-Za-z_][A-Za-z0-9_]*):")


def go_struct_layer(text: str) -> Layer | None:
    """A struct printed by Go's ``%+v`` (``{First:Gail Last:Harvey}``, ``{Name:Gail Harvey}``): the values in their
    order, joined by a space; a fake's words go back one per field, the last field taking the rest."""
    m = _GO.match(text)
    if m is None or text.count("{") != 1 or text.count("}") != 1:
        return None
    body = f"{m.group(1)}:{m.group(2)}"
    keys, values = [], []
    cuts = [(0, m.group(1), len(m.group(1)) + 1)]
    cuts += [(f.start(), f.group(1), f.end()) for f in _GO_FIELD.finditer(body)]
    for k, (_start, key, value_at) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(body)
        keys.append(key)
        values.append(body[value_at:end])
    if len(keys) > 6 or len(set(keys)) != len(keys) or any(not v.strip() or ":" in v for v in values):
        return None
    inner = " ".join(v.strip() for v in values)

    def dress(fake: str) -> str:
        words = fake.split()
        n = len(keys)
        if len(words) < n:
            words += [""] * (n - len(words))
        parts = [*words[: n - 1], " ".join(words[n - 1 :])] if n > 1 else [" ".join(words)]
        return "{" + " ".join(f"{k}:{p}" for k, p in zip(keys, parts, strict=True)) + "}"

    return inner, dress, "go-struct"


# A record id: an opaque key of 8+ letters and digits (a CRM's 15/18-character id, a hex object id, a UUID's
# hyphenated hex) with digits in it, bracketed at one end of the cell. No word of a language mixes digits so.
_ID_TOKEN = r"[A-Za-z0-9][A-Za-z0-9_-]{6,}[A-Za-z0-9]"
_BRACKETS = {"[": "]", "(": ")", "<": ">", "{": "}"}
_TAIL_ID = re.compile(rf"^(?P<core>.*?\S)(?P<gap>\s*)(?P<open>[\[(<{{])(?P<id>{_ID_TOKEN})(?P<close>[\])>}}])$", re.S)
_HEAD_ID = re.compile(rf"^(?P<open>[\[(<{{])(?P<id>{_ID_TOKEN})(?P<close>[\])>}}])(?P<gap>\s*)(?P<core>\S.*)$", re.S)


def _opaque(token: str) -> bool:
    """Digits mixed with letters, or a long run of digits: a machine's key, not a word (``A255`` is too short)."""
    digits = sum(ch.isdigit() for ch in token)
    return digits >= 2 and (digits < len(token) or len(token) >= 10) and len(token) >= 8


def record_id_layer(text: str) -> Layer | None:
    """A record's id in brackets after (or before) the text (``Gail Harvey [0038gUp0rX3XFwMMbJ]``): the text alone;
    the id is written back unchanged round the fake (it keys a record, it names no one)."""
    for pattern, tail in ((_TAIL_ID, True), (_HEAD_ID, False)):
        m = pattern.match(text)
        if m is None or _BRACKETS[m.group("open")] != m.group("close") or not _opaque(m.group("id")):
            continue
        core = m.group("core")
        if not any(ch.isalpha() for ch in core):
            return None
        wrap = f"{m.group('open')}{m.group('id')}{m.group('close')}"
        gap = m.group("gap")
        if tail:
            return core, lambda fake, g=gap, w=wrap: f"{fake}{g}{w}", "record-id"
        return core, lambda fake, g=gap, w=wrap: f"{w}{g}{fake}", "record-id"
    return None


# A word cut at a line's end by a hyphen (``Har-\nvey``) or two words on two lines (``Gail\nHarvey``).
_WRAP = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])|[ \t]*\r?\n[ \t]*")


def line_wrap_layer(text: str) -> Layer | None:
    """Line wraps of a copied paragraph: a hyphen and a break between two letters joins the word, a break alone is
    a space. The fake is written whole on one line at most the same number of breaks: it is cut where the cell
    was cut when a letter stands on both sides of that place in the fake, else written unwrapped."""
    if "\n" not in text:
        return None
    cuts: list[tuple[int, bool]] = []  # (offset in the decoded text, hyphenated)
    out, at = [], 0
    for m in _WRAP.finditer(text):
        out.append(text[at : m.start()])
        hyphen = m.group(0).startswith("-")
        if not hyphen:
            out.append(" ")
        cuts.append((sum(len(p) for p in out), hyphen))
        at = m.end()
    out.append(text[at:])
    inner = "".join(out)
    if len(cuts) > 3 or not inner.strip() or "\n" in inner:
        return None

    def dress(fake: str) -> str:
        res, last = [], 0
        for pos, hyphen in cuts:
            if hyphen and 0 < pos < len(fake) and fake[pos - 1].isalpha() and fake[pos].isalpha():
                res.append(fake[last:pos] + "-\n")
                last = pos
            elif not hyphen and 0 < pos <= len(fake) and fake[pos - 1] == " ":
                res.append(fake[last : pos - 1] + "\n")
                last = pos
        res.append(fake[last:])
        return "".join(res)

    return inner, dress, "line-wrap"


# Outermost prints first: a CDATA section or a struct may hold a wrapped line or a record id, never the reverse.
PRINT_LAYERS: tuple[Callable[[str], Layer | None], ...] = (cdata_layer, go_struct_layer, record_id_layer,
                                                            line_wrap_layer)  # fmt: skip
