"""The label inside a header written in the NOTATION of the tool that exported it: a mail-merge field code, an SQL
select's alias, an R accessor, a PHP property, a screen reader's role words, and a gender ending glued to a role noun.

Why: :mod:`header_undress` and :mod:`header_dress_layers` take off quotes, subscripts, tags and declarations; the
next export writes the same words in another tool's grammar (``{ MERGEFIELD Anschrift }``, ``t.data_di_nascita AS
"Data di nascita"``, ``df$date_de_naissance``, ``ID seen, column header``, ``var rudererIn: String?``). A list of
such headers falls behind the next tool, so each notation is read by its GRAMMAR, and only where its punctuation
proves it (a header of plain words is never read as code):

- a word-processor field code: braces around an upper-case field keyword, its argument and its switches
  (``{ MERGEFIELD "First name" \\* MERGEFORMAT }``, ``{ REF Name \\h }``): the argument is the label;
- an SQL select item ``<expression> AS <alias>``: the alias is what the export shows. The alias must be quoted or
  bracketed, or the expression carry code punctuation (``t.col``, ``f(x)``, ``a_b``) with an upper-case ``AS``,
  so ``Known as`` or ``Booked as guest`` stay words; a meaningless alias (``c1``) leaves the expression's column;
- an R or PHP accessor on any receiver (``df$date.de.naissance``, ``df[["x"]]``, ``df[, "x"]``,
  ``$row->n_documento``): the accessed name, R's dots read as spaces;
- a screen reader's reading of a grid header: the label, then role and state words after commas (``, column
  header``, ``, sortable``, ``, sorted ascending``, ``, column 3 of 9``, ``, button``) or a bare trailing ``column
  header``. Only a closed class of ARIA role and state words is taken off, so ``Town, county`` keeps both;
- a gender ending glued to a role noun: German's Binnen-I (``RudererIn``, ``FahrerInnen``), Spanish and Italian's
  camel ``A`` (``remeroA``), and the inclusive tails after a slash, star, colon, middle dot or bracket (``Ruderer/in``,
  ``Fahrer*innen``, ``remero/a``, ``accompagnant(e)``, ``accompagnateur·rice``): the masculine stem is the word a
  cue reader knows. A tail is a closed class of feminine endings, so ``Parent/guardian`` and ``check_in`` stay.

A header in none of these notations is returned as it was.

Example::

    undress_notation("{ MERGEFIELD Anschrift }")                 # 'Anschrift'
    undress_notation('t.data_di_nascita AS "Data di nascita"')   # 'Data di nascita'
    undress_notation("ID seen, column header")                   # 'ID seen'
    undress_notation("rudererIn")                                # 'ruderer'
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["undress_notation"]

# ``{ MERGEFIELD X \* MERGEFORMAT }``: braces, an upper-case field keyword, the argument, switches (``\* x``, ``\h``).
_FIELD_CODE = re.compile(r"^\{\s*[A-Z]{2,}[A-Z0-9]*\s+(.+?)\s*\}$")
_FIELD_SWITCHES = re.compile(r"\s+\\[*@#!]?[a-zA-Z]?(?:\s+(?:\"[^\"]*\"|[A-Za-z]+))?(?=\s+\\|$)")
_QUOTED = re.compile(r"""^(["'`])(.+)\1$|^\[(.+)\]$""")

# ``expr AS "alias"`` / ``expr AS [alias]`` / ``expr AS alias`` (optionally after ``SELECT``, before a comma).
_SQL_ALIAS = re.compile(
    r"""^(?:select\s+)?(?P<expr>.+?)\s+(?P<as>as)\s+(?P<alias>"[^"]+"|\[[^\]]+\]|`[^`]+`|'[^']+'|[^\W\d]\w*)\s*,?$""",
    re.IGNORECASE,
)
# An expression of one token or one call: no space outside brackets (``t.col``, ``COALESCE(a, b)``, ``"x"``).
_ONE_EXPRESSION = re.compile(r"""^[\w.$"`\[\]]+(?:\(.*\))?$""")
_CODE_MARK = re.compile(r"[._(\[$\"`]")
_LOST_ALIAS = re.compile(r"^(?:[a-z]{1,3}\d+|col(?:umn)?_?\d+|expr_?\d*|field_?\d+)$", re.IGNORECASE)

# R's accessors: ``df$x``, ``df[["x"]]``, ``df[, "x"]``, ``df.loc[:, "x"]``; PHP's ``$row->x``.
_R_DOLLAR = re.compile(r"^[A-Za-z.][\w.]{0,23}\$([^\W\d][\w.]*)$")
_R_SUBSCRIPT = re.compile(r"""^[A-Za-z.][\w.]{0,23}\s*\[\[?\s*(?:[:,]\s*)*(["'])(.+?)\1\s*\]?\]$""")
_PHP_ARROW = re.compile(r"^\$[A-Za-z_]\w*\s*->\s*([^\W\d]\w*)$")

# A screen reader's role and state words after the label (ARIA roles and states as NVDA, JAWS, VoiceOver read them).
_ROLE_STATE = (
    r"(?:column\s*header|row\s*header|columnheader|rowheader|header|heading(?:\s+level\s+\d)?|sortable|"
    r"sorted(?:\s+(?:ascending|descending))?|not\s+sorted|unsorted|ascending|descending|button|menu\s*button|"
    r"clickable|editable|read\s*only|required|selected|not\s+selected|collapsed|expanded|has\s+popup|"
    r"column\s+\d+(?:\s+of\s+\d+)?|row\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|col\s+\d+)"
)
_READER_TAIL = re.compile(rf"^(.+?)(?:\s*,\s*{_ROLE_STATE})+\s*\.?$", re.IGNORECASE)
_BARE_READER_TAIL = re.compile(r"^(.+?\S)\s+(?:column|row)\s*header\s*\.?$", re.IGNORECASE)

# Gender endings. Binnen-I on an ``-er`` agent noun (``RudererIn``, ``FahrerInnen``); the camel ``A`` of a Romance
# masculine ``-o`` / ``-or`` (``remeroA``, ``tutorA``); and an inclusive tail after a mark, the tail a feminine ending.
_BINNEN_I = re.compile(r"(?<=[^\W\d_]{2}er)In(?:nen)?(?![^\W\d_])")
_CAMEL_A = re.compile(r"([^\W\d_]{3}(?:o|or))A(?![^\W\d_])")
_FEMININE_TAILS = r"(?:innen|in|a|as|e|es|ne|nne|rice|rices|trice|trices|euse|euses|ère|essa|ice)"
_INCLUSIVE = re.compile(
    rf"(?<=[^\W\d_]{{3}})(?:[/*:·•]\s*-?|\(\s*-?|_(?=in\b|innen\b))({_FEMININE_TAILS})\)?(?![^\W\d_])"
)
# ``.e`` / ``.es`` of French point médian written as a full stop (``accompagnant.e``), never ``Nr.e``-like stems.
_DOTTED_E = re.compile(r"(?<=[^\W\d_]{4})\.(?:e|es)(?![^\W\d_])")
# ``_in`` is a gender mark only on an ``-er`` noun (``Fahrer_in``), never ``check_in``: enforced on the stem.
_UNDERSCORE_STEM = re.compile(r"[^\W\d_]*er$")


def _unquote(text: str) -> str:
    text = text.strip()
    m = _QUOTED.match(text)
    if m:
        return (m.group(2) or m.group(3) or "").strip()
    return text


def _field_code(text: str) -> str | None:
    m = _FIELD_CODE.match(text)
    if not m:
        return None
    argument = _FIELD_SWITCHES.sub("", " " + m.group(1)).strip()
    argument = _unquote(argument)
    return argument if any(c.isalpha() for c in argument) else None


def _sql_alias(text: str) -> str | None:
    m = _SQL_ALIAS.match(text)
    if not m:
        return None
    expr, alias = m.group("expr").strip(), m.group("alias")
    quoted = alias[0] in "\"'`["
    if not _ONE_EXPRESSION.match(expr):
        return None
    if not quoted and not (m.group("as") == "AS" and _CODE_MARK.search(expr)):
        return None
    label = _unquote(alias)
    if _LOST_ALIAS.match(label) and (last := re.findall(r"[^\W\d]\w*", expr.split("(")[-1])):
        return last[-1]  # ``t.phone AS c1``: the alias says nothing, the selected column does
    return label


def _accessor(text: str) -> str | None:
    if m := _R_DOLLAR.match(text):
        return m.group(1).replace(".", " ")
    if m := _R_SUBSCRIPT.match(text):
        return m.group(2)
    if m := _PHP_ARROW.match(text):
        return m.group(1)
    return None


def _reader_label(text: str) -> str | None:
    for pattern in (_READER_TAIL, _BARE_READER_TAIL):
        if (m := pattern.match(text)) and any(c.isalpha() for c in m.group(1)):
            return m.group(1).strip()
    return None


def _inclusive(m: re.Match[str]) -> str:
    if m.group(0).startswith("_") and not _UNDERSCORE_STEM.search(m.string[: m.start()]):
        return m.group(0)
    return ""


def _gender_endings(text: str) -> str:
    text = _BINNEN_I.sub("", text)
    text = _CAMEL_A.sub(r"\1", text)
    text = _INCLUSIVE.sub(_inclusive, text)
    return _DOTTED_E.sub("", text)


@lru_cache(maxsize=8192)
def undress_notation(header: str) -> str:
    """The label of a header in an export tool's notation (see the module); any other header as it was.

    Example::

        undress_notation("df$date_de_naissance")  # 'date_de_naissance'
        undress_notation("Fahrer/in")             # 'Fahrer'
        undress_notation("Town, county")          # 'Town, county'
    """
    text = str(header).strip()
    for _ in range(3):  # layers: a field code around an alias, an accessor inside a field code
        before = text
        for reader in (_field_code, _sql_alias, _accessor, _reader_label):
            if (label := reader(text)) is not None:
                text = label.strip()
                break
        if text == before:
            break
    undressed = _gender_endings(text)
    if text == str(header).strip() and undressed == text:
        return str(header)
    return undressed if any(c.isalpha() for c in undressed) else text
