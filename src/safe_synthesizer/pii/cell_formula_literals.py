"""A spreadsheet formula over string literals read as the text it evaluates to, and a fake written back into the
same formula.

Why: a sheet exported without its computed values writes a person's name as the FORMULA that builds it:
``=CONCATENATE("Gail"," ","Harvey")``, ``=TRIM("Vazgen Hakobyan ")``, ``=PROPER("ana berg")``, ``="Ana"&" "&"Berg"``.
The name readers read the formula's syntax as part of the name and refuse the cell, and a column mixing formulas
and plain names was published as written (set 50: a fifth of the missed person columns). A formula is a NOTATION
with a grammar (``=`` then string literals with doubled quotes, ``&`` and calls of functions with ``,`` or ``;``
between arguments), not a list of layouts, so this module parses it and EVALUATES the text functions whose result
is the literals' own text in order (joining, trimming, case): the result is what the readers judge. A call of any
other function, a cell reference or a number is not evaluated (``=A1&" "&B1``, ``=LEFT("Ana",2)``, ``=SUM(1,2)``):
the cell is left to the other decoders. The fake is written back over the literals that held letters, word for
word as the original spread its words over them, so the formula still evaluates to the fake.

Example::

    text, dress, kind = formula_layer('=CONCATENATE("Gail"," ","Harvey")')
    text                     # "Gail Harvey"
    dress("Lena Fischer")    # '=CONCATENATE("Lena"," ","Fischer")'
    formula_layer('=TRIM("Ana Berg ")')[0]   # "Ana Berg"
    formula_layer("=A1&B1")                  # None: a reference is no literal
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["evaluate_text_formula", "formula_layer"]

Layer = tuple[str, Callable[[str], str], str]

_MAX_LEN = 300
# Text functions whose result is their literal arguments' own text, joined, trimmed or re-cased (so a fake spread
# over the same literals evaluates to the fake). ``_xlfn.`` is how newer functions are stored in older files.
_JOIN = frozenset({"CONCATENATE", "CONCAT", "_XLFN.CONCAT", "VERKETTEN", "CONCATENER", "CONCATENAR", "CONCATENA",
                   "TEKST.SAMENVOEGEN", "SAMMANFOGA", "BIRLEŞTİR"})  # fmt: skip
_TRIM = frozenset({"TRIM", "GLÄTTEN", "SUPPRESPACE", "ESPACIOS", "ANNULLA.SPAZI", "SPATIES.WISSEN", "RENSA",
                   "KIRP", "CLEAN", "SÄUBERN", "EPURAGE", "LIMPIAR", "LIBERA", "WISSEN.CONTROL", "STÄDA"})  # fmt: skip
_UPPER = frozenset({"UPPER", "GROSS", "MAJUSCULE", "MAYUSC", "MAIUSC", "HOOFDLETTERS", "VERSALER", "BÜYÜKHARF"})
_LOWER = frozenset({"LOWER", "KLEIN", "MINUSCULE", "MINUSC", "KLEINE.LETTERS", "GEMENER", "KÜÇÜKHARF"})
_PROPER = frozenset({"PROPER", "GROSS2", "NOMPROPRE", "NOMPROPIO", "MAIUSC.INIZ", "BEGINLETTERS", "INITIAL",
                     "YAZIM.DÜZENİ"})  # fmt: skip
_IDENTITY = frozenset({"T", "TEXT"})
_TEXTJOIN = frozenset({"TEXTJOIN", "_XLFN.TEXTJOIN", "TEXTVERKETTEN", "JOINDRE.TEXTE", "UNIRCADENAS", "TESTO.UNISCI"})
_FUNC = re.compile(r"\s*(?:@)?([A-Za-z_][\w.]*|[^\W\d][\w.]*)\s*\(")
_STRING = re.compile(r'\s*"((?:[^"]|"")*)"')


@dataclass
class _Piece:
    """One string literal of the formula: where it stands and what it contributes to the result."""

    start: int  # index of the literal's text (inside its quotes) in the formula
    end: int
    text: str  # the literal's own text (quotes undoubled)
    case: str  # "", "upper", "lower" or "proper": a case function applied round it


class _Parser:
    """A recursive reader of ``expr := term ('&' term)*``; ``term := "literal" | FUNC(expr, ...)``."""

    def __init__(self, formula: str) -> None:
        self.s = formula
        self.i = 0
        self.pieces: list[_Piece] = []

    def fail(self) -> None:
        raise ValueError

    def expr(self, case: str) -> str:
        out = self.term(case)
        while self._skip_ws() and self.s.startswith("&", self.i):
            self.i += 1
            out += self.term(case)
        return out

    def _skip_ws(self) -> bool:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1
        return True

    def term(self, case: str) -> str:
        m = _STRING.match(self.s, self.i)
        if m:
            self.i = m.end()
            text = m.group(1).replace('""', '"')
            self.pieces.append(_Piece(m.start(1), m.end(1), text, case))
            return _recase(text, case)
        m = _FUNC.match(self.s, self.i)
        if not m:
            self.fail()
        name = m.group(1).upper()
        self.i = m.end()
        inner_case = "upper" if name in _UPPER else "lower" if name in _LOWER else "proper" if name in _PROPER else case
        args = self.args(inner_case, name in _TEXTJOIN)
        if name in _JOIN:
            return "".join(args)
        if name in _TEXTJOIN and len(args) >= 3:
            # TEXTJOIN(delimiter, ignore_empty, text...): the flag is written TRUE/FALSE, read here as a call-free word
            return args[0].join(a for a in args[2:] if a or args[1] != "TRUE")
        if len(args) != 1 or name not in (_TRIM | _UPPER | _LOWER | _PROPER | _IDENTITY):
            self.fail()
        return " ".join(args[0].split()) if name in _TRIM else args[0]

    def args(self, case: str, flagged: bool) -> list[str]:
        out: list[str] = []
        self._skip_ws()
        if self.s.startswith(")", self.i):
            self.i += 1
            return out
        while True:
            self._skip_ws()
            flag = re.match(r"(TRUE|FALSE|WAHR|FALSCH|VRAI|FAUX|VERDADERO|VERO|FALSO|ONWAAR|WAAR)\b", self.s[self.i :])
            if flag and flagged and len(out) == 1:
                self.i += flag.end()
                out.append("TRUE" if flag.group(1) in {"TRUE", "WAHR", "VRAI", "VERDADERO", "VERO", "WAAR"} else "")
            else:
                out.append(self.expr(case))
            self._skip_ws()
            if self.s.startswith(")", self.i):
                self.i += 1
                return out
            if self.i < len(self.s) and self.s[self.i] in ",;":
                self.i += 1
                continue
            self.fail()


def _recase(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "proper":
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), text)
    return text


def _parse(cell: str) -> tuple[str, list[_Piece]] | None:
    text = cell.strip()
    if not text.startswith("=") or len(text) > _MAX_LEN or '"' not in text:
        return None
    p = _Parser(text)
    p.i = 1
    try:
        value = p.expr("")
        p._skip_ws()
        if p.i != len(text) or not p.pieces:
            return None
    except (ValueError, IndexError):
        return None
    return value, p.pieces


def evaluate_text_formula(cell: str) -> str | None:
    """What a formula over string literals evaluates to (text functions only), else ``None``.

    Example::

        evaluate_text_formula('="Ana"&" "&"Berg"')        # "Ana Berg"
        evaluate_text_formula('=PROPER("ana berg")')       # "Ana Berg"
        evaluate_text_formula('=VLOOKUP("Ana",A:B,2)')     # None
    """
    parsed = _parse(cell)
    return None if parsed is None else parsed[0]


def formula_layer(text: str) -> Layer | None:
    """The text a formula over literals evaluates to and how to write a fake back into the same formula (one
    decoding layer of :mod:`cell_machine_encodings`), or ``None`` when the cell is no such formula."""
    parsed = _parse(text)
    if parsed is None:
        return None
    value, pieces = parsed
    inner = " ".join(value.split())
    if not inner:
        return None
    base = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    # Literals holding letters take the fake's words, as many as they held; the last takes what is left. Glue
    # literals (a space, a comma) stay as written.
    content = [k for k, p in enumerate(pieces) if any(ch.isalpha() for ch in p.text)]
    counts = [len(pieces[k].text.split()) for k in content]

    def dress(fake: str) -> str:
        words = fake.split()
        given: dict[int, str] = {}
        at = 0
        for n, (k, count) in enumerate(zip(content, counts, strict=True)):
            take = words[at:] if n == len(content) - 1 else words[at : at + count]
            at += len(take)
            old = pieces[k].text
            head, tail = old[: len(old) - len(old.lstrip())], old[len(old.rstrip()) :]
            piece = " ".join(take)
            if pieces[k].case and old == old.lower():
                piece = piece.lower()  # ``=PROPER("ana berg")``: the literal keeps the case it was written in
            elif pieces[k].case and old == old.upper():
                piece = piece.upper()
            given[k] = (head + piece + tail if piece else "").replace('"', '""')
        out, last = [], 0
        for k, p in enumerate(pieces):
            if k in given:
                out.append(base[last : p.start] + given[k])
                last = p.end
        out.append(base[last:])
        return lead + "".join(out) + trail

    return inner, dress, "formula"
