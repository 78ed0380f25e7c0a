"""Two people joined in one cell: ``Mr K Weber & Ms A Braun``, ``Frau Roth und Herr Lang``, ``Mme Roux et M. Petit``.

Why: letting agents, schools and banks write joint tenants, both parents or joint account holders in one field:
``Mrs Patla & Mr Varma``, ``Sr. Terán & Sra. Bernal``, ``dhr. Rek & mevr. Woutersz``. Each half is a person in a
layout the column rules read (a title then a surname, initials then a surname, a listed full name), but the whole
cell is none, so a tenants column where a third of the cells are joint tenancies fell under the share of person
cells a column needs (names shown and hidden). A cell counts here when it splits at one joining word (``&``,
``+``, ``and``, ``und``, ``et``, ``y``, ``e``, ``en``, ``og``, ``och``, ``i``, ``ja``, ``és``, ``и``, ``και``...)
into exactly two halves that each read as a person by the caller's ``layout`` (:func:`column_people.person_layout`
in practice: passed in, as :func:`column_person_forms.decorated_person` is, so the module imports no column rule).
Firms joined by ``&`` (``Marks & Spencer``, ``Smith & Sons``) have halves of one word or a company word: no half is
a person, so they are no joined people. The layout is ``couple`` (both halves listed or titled count as listed).

Example::

    joined_person("Mrs Patla & Mr Varma", person_layout, street_words)  # ("couple", True)
    joined_person("Marks & Spencer", person_layout, street_words)  # None
    joined_fakes(["Mrs Patla & Mr Varma"], full_names)  # {"Mrs Patla & Mr Varma": "Mrs Kerr & Mr Doyle"}

The fake fakes each half as one person and joins them with the cell's own joiner (faked whole, the two people ran
into one long name: ``M. Nicolas & M. Bigot`` became ``S. Marchand Le Goff CAMUS Menard``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["JOINERS", "joined_fakes", "joined_person", "split_joined"]

# Words that join two people in the supported languages (and ``&``, ``+``); lower case, compared folded.
JOINERS = frozenset(
    """and und et y e en og och i ja és a și si ve и і та або και a oraz""".split()  # noqa: SIM905
)
_MARK = re.compile(r"\s*[&+]\s*")
# A joining word stands between spaces and is written in lower case (``Jan A Novak`` holds an initial, no ``a``).
_WORD = re.compile(r"\s+([^\W\d_]{1,4})\s+")
_MAX_LEN = 120

Layout = Callable[[str, frozenset[str]], "tuple[str, bool] | None"]


def split_joined(value: str) -> tuple[str, str, str] | None:
    """(first, joiner with its spaces, second) of a cell joined at exactly one ``&``/``+`` or joining word, else
    ``None``. A cell with an ``&`` or ``+`` is split there only; else at the one joining word it holds."""
    text = value.strip()
    if len(text) > _MAX_LEN:
        return None
    marks = list(_MARK.finditer(text))
    if not marks:
        if sum(1 for w in text.split() if w in JOINERS) != 1:
            return None  # cheap: most cells hold no joining word
        spaces = (i for i in range(1, len(text)) if text[i].isspace() and not text[i - 1].isspace())
        marks = [m for i in spaces if (m := _WORD.match(text, i)) is not None and m.group(1) in JOINERS]
    if len(marks) != 1:
        return None
    m = marks[0]
    first, second = text[: m.start()].strip(), text[m.end() :].strip()
    if not first or not second:
        return None
    return first, m.group(0), second


def _written_out(half: str) -> bool:
    return " " in half or "." in half


def joined_person(value: str, layout: Layout, street_words: frozenset[str]) -> tuple[str, bool] | None:
    """(``couple``, listed) when ``value`` is two people joined (see the module's rules), each half read by
    ``layout``; listed when both halves carry listed evidence."""
    if "&" not in value and "+" not in value and " " not in value.strip():
        return None
    parts = split_joined(value)
    if parts is None:
        return None
    first, _, second = parts
    if not _written_out(first) or not _written_out(second):
        return None  # ``Marks & Spencer``: one word on a side is no person written in full
    a = layout(first, street_words)
    if not a:
        return None
    b = layout(second, street_words)
    if not b:
        return None
    return "couple", a[1] and b[1]


def joined_fakes(originals: Sequence[str], full_names: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the joined cells of ``originals`` (two people written out, see :func:`split_joined`; others left
    out): each half faked by ``full_names`` (the name fakes' full-name mapper, so a tenant keeps one fake alone
    and joined), joined with the cell's own joiner."""
    split = {
        v: p
        for v in dict.fromkeys(originals)
        if (p := split_joined(v)) is not None and _written_out(p[0]) and _written_out(p[2])
    }
    if not split:
        return {}
    fakes = full_names(list(dict.fromkeys(h for first, _, second in split.values() for h in (first, second))))
    return {
        v: f"{fakes.get(first, first)}{joiner}{fakes.get(second, second)}"
        for v, (first, joiner, second) in split.items()
    }
