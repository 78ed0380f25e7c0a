"""Next-of-kin cells: a person's name, who they are to the patient or guest, and their number, in one cell.

Why: ward bed boards, admission forms and rooming lists write the next of kin as ``Anna Weber (Tochter)
0176 1234567``, ``Megan Guzman (sister) +1 248-708-8790``, ``رضا احمدی (brother) +98 937 731 0149`` or
``Ana Ruiz, hija, 612 345 678``. The relation between the name and the number hides both from the contact rule
(:mod:`column_contact_people` reads a name, then the number), so the column was published as written, with the
names shown and hidden. Here the relation is read past: in brackets it may be any one to three words of any script
(the name part and the number still decide), set off by commas, dashes or slashes it must be a listed relation word
(:data:`text_name_bracket_relation.RELATIONS`, :data:`MORE_RELATIONS`); it may also close the cell after the number
(``Anna Weber 0176 1234567 (Tochter)``). A column is one of next of kin when nearly every distinct cell is such a
contact and most name parts are listed names, as for plain contacts. The fake keeps the cell's layout: the name is
faked as a name, the number as a phone of its own country and layout, and the relation is written back as it
stood (:func:`split_kin_phone` gives :class:`~name_phone_cells.NamePhone` parts whose separator or tail holds it).

Example::

    split_kin_phone("Anna Weber (Tochter) 0176 1234567")
    # NamePhone(name="Anna Weber", separator=" (Tochter) ", phone="0176 1234567", phone_first=False, tail="")
    kin_contact_columns(df, ["c010"], found={})  # {"c010": ColumnDetection(..., "name", method="values+kin")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_people import contact_cell, listed_name
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.name_phone_cells import NamePhone
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS

__all__ = ["kin_contact_columns", "split_kin_phone"]

# The name: words of letters (any script; it may end in a vowel sign), dots, apostrophes, hyphens; no digit or bracket.
_NAME = r"[^\W\d_][^\d()\[\]@:;,/|+]*?[^\s\d_()\[\]@:;,/|+.\-–—]\.?"
# A phone as exports write it (7-15 digits, counted apart).
_PHONE = r"(?:\+|00)?\(?\d[\d ()./\-]{5,22}\d"
# A bracketed relation: one to three words of letters, maybe with a comment after a comma (``(hija, 14)``) left out.
_BRACKETED = r"\(\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}\s*\)"
_LISTED = r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}"
_BETWEEN = re.compile(
    rf"^(?P<name>{_NAME})(?P<sep>\s*(?:{_BRACKETED}\s*[,;:–—-]?|[,–—/-]\s*(?P<word>{_LISTED})\s*[,;:–—/-])\s*)"
    rf"(?P<phone>{_PHONE})$"
)
_AFTER = re.compile(rf"^(?P<name>{_NAME})(?P<sep>\s*[,;:–—/-]?\s*)(?P<phone>{_PHONE})(?P<tail>\s*{_BRACKETED})$")
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_MAX_NAME_WORDS = 6
# ``Order (paid) 2024-11-03``: a date is no phone.
_DATE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b")

# Relation words of further languages (the shared list has en de fr es it nl pt): set off by commas or dashes they
# must be listed, as a street or a firm may stand there too.
MORE_RELATIONS = frozenset(
    """matka ojciec syn córka żona mąż brat siostra babcia dziadek wnuk wnuczka sąsiad sąsiadka przyjaciel opiekun
    opiekunka partnerka мать отец сын дочь жена муж брат сестра бабушка дедушка внук внучка сосед соседка друг
    опекун мама папа мати батько донька дружина чоловік сестра anne baba oğlu kızı eşi kardeşi annesi babası
    ablası abisi komşu komşusu arkadaşı mor far mamma pappa son dotter hustru make bror syster granne vän sambo
    mor far søn datter kone mand bror søster nabo ven samboer ektefelle äiti isä poika tytär vaimo mies veli
    sisko naapuri ystävä matka otec syn dcera manželka manžel bratr sestra soused sousedka anya apa fia lánya
    feleség férj testvér szomszéd mama tata fiu fiica soție soț frate sora vecin vecină μητέρα πατέρας γιος κόρη
    σύζυγος αδελφός αδελφή γείτονας φίλος""".split()  # noqa: SIM905
)

# Distinct cells read per column, distinct contacts needed, and the shares that make a column of next of kin.
MAX_ROWS = 500
MIN_DISTINCT = 3
MIN_CONTACTS = 0.8
MIN_LISTED = 0.5
MIN_RELATIONS = 0.3


def split_kin_phone(cell: object) -> NamePhone | None:
    """The name and phone parts of a next-of-kin ``cell`` (a relation between or after them), or ``None``.

    The relation stays in :attr:`NamePhone.separator` (between) or :attr:`NamePhone.tail` (after the number), so
    :meth:`NamePhone.rebuild` writes it back around the fakes. A cell with no relation is left to
    :func:`name_phone_cells.split_name_phone`.
    """
    if not isinstance(cell, str) or not any(mark in cell for mark in "(,-/–—"):
        return None
    text = cell.strip()
    if len(text) > 100 or sum(ch.isdigit() for ch in text) < _MIN_DIGITS:
        return None
    m = _BETWEEN.match(text)
    tail = ""
    if m is not None:
        word = m.group("word")
        if word is not None and word.lower() not in RELATIONS and word.lower() not in MORE_RELATIONS:
            return None  # ``Ana Ruiz, Calle Mayor, 612 345 678``: only a listed relation stands in commas
    else:
        m = _AFTER.match(text)
        if m is None:
            return None
        tail = m.group("tail")
    name, phone = m.group("name").strip(), m.group("phone")
    digits = sum(ch.isdigit() for ch in phone)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS or phone.count("(") != phone.count(")") or _DATE.search(phone):
        return None
    if len(name.split()) > _MAX_NAME_WORDS:
        return None
    return NamePhone(name, m.group("sep"), phone, False, tail)


def _kin_contact(cell: str) -> str | None:
    """The name part of a next-of-kin cell whose name and number pass the contact rule's checks, else ``None``."""
    parts = split_kin_phone(cell)
    if parts is None or contact_cell(f"{parts.name} {parts.phone}") is None:
        return None
    return parts.name


def kin_contact_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose distinct cells are mostly name + phone contacts, a good share of
    them with a relation (see the module's rules), found as name columns.

    ``found`` maps the columns decided already (any value other than ``None``): they are skipped.
    """
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        distinct = list(
            islice(dict.fromkeys(v.strip() for v in series.to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS)
        )
        if len(distinct) < MIN_DISTINCT:
            continue
        # Cheap first: most cells must hold digits and a bracket, comma, dash or slash.
        if sum(1 for v in distinct[:40] if any(ch.isdigit() for ch in v)) < MIN_CONTACTS * min(40, len(distinct)):
            continue
        names_of = {v: _kin_contact(v) for v in distinct}
        kin = [k for k in names_of.values() if k is not None]
        if len(kin) < MIN_RELATIONS * len(distinct) or len(kin) < MIN_DISTINCT:
            continue
        plain = [c[0] for v, k in names_of.items() if k is None and (c := contact_cell(v)) is not None]
        people = kin + plain
        share = len(people) / len(distinct)
        if share < MIN_CONTACTS:
            continue
        listed = sum(map(listed_name, people)) / len(people)
        if listed < MIN_LISTED:
            continue
        evidence = (
            f"{share:.0%} of {len(distinct)} distinct cells name + phone contacts, "
            f"{len(kin) / len(distinct):.0%} with a relation, {listed:.0%} listed names"
        )
        out[column] = ColumnDetection(column, E.NAME, 0.9, round(share, 4), "values+kin", len(distinct), None, evidence)
    return out
