"""Contact columns in the layouts the contact and next-of-kin rules do not read, and of name stocks no list holds.

Why: a care agency's next-of-kin column or a sign-up form's emergency contact mixes layouts in one column:
``Son: Ana Ruiz, 612 345 678`` (the relation first, with a colon), ``RUIZ, Ana - 612 345 678`` (family name first,
a comma, then the number), ``Ana ((212) 555-0143)`` (a bracketed number whose area code has its own brackets)
beside the plain ``Ana Ruiz 612 345 678`` and ``Ana Ruiz (daughter) 612 345 678``. The contact rule
(:mod:`column_contact_people`) and the next-of-kin rule (:mod:`column_kin_contacts`) each read some layouts, so a
column that mixes them fell under their share of contact cells and was published as written. Both rules also want
half of the name parts listed: a column of Lao, Shona or Papuan contacts, whose names no list holds, was left
even when every cell was a name and a number.

Here a cell counts as a contact in any of these layouts (the name part and the number pass the contact rule's
own checks), placeholder cells (``n/a``, ``TBC``, ``#N/A``) left out. A column is one of contacts when nearly every
distinct cell is one and, besides listed names, one of two signs shows people: a good share of cells name a
listed relation (``Wife:``, ``(son)``: no product or shop is anyone's son), or the name words recombine as a
population's names do (the same family name after other given names, the same given name before other family
names) while no word stands in most cells (``Tendai Store``, ``Moyo Store``: a shop's word repeats everywhere).

Example::

    contact_layout_name("Son: Ana Ruiz, 612 345 678")  # "Ana Ruiz"
    contact_layout_columns(df, ["c009"], found={})  # {"c009": ColumnDetection(..., "name", ...)}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_contact_people import contact_cell, listed_name
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_kin_contacts import MORE_RELATIONS, split_kin_phone
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.name_phone_cells import NamePhone
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS

__all__ = ["PrefixedNamePhone", "contact_layout_columns", "contact_layout_name", "split_contact_layout"]

# A name part: words of letters (any script; it may end in a vowel sign), dots, apostrophes, hyphens.
_NAME = r"[^\W\d_][^\d()\[\]@:;,/|+]*?[^\s\d_()\[\]@:;,/|+.\-–—]\.?"
_PHONE = r"(?:\+|00)?\(?\d[\d ()./\-]{5,22}\d"
# ``Son: Ana Ruiz, 612 345 678``: one or two words of a relation, a colon, the name, maybe a comma, the number.
_RELATION_FIRST = re.compile(
    rf"^(?P<rel>[^\W\d_]+(?:[ -][^\W\d_]+)?)\s*:\s*(?P<name>{_NAME})\s*[,;–—-]?\s*(?P<phone>{_PHONE})$"
)
# ``RUIZ, Ana - 612 345 678``: family name, comma, given name, a dash or colon, the number.
_FAMILY_COMMA = re.compile(
    rf"^(?P<family>{_NAME})\s*,\s*(?P<given>{_NAME})\s*[–—:-]\s*(?P<phone>{_PHONE})$"
)  # fmt: skip
# ``Ana ((212) 555-0143)``: the number in brackets, its area code in brackets of its own.
_NESTED = re.compile(rf"^(?P<name>{_NAME})\s*[,;–—-]?\s*\(\s*(?P<phone>\(\d{{1,5}}\)\s*[\d][\d ./\-]{{4,18}}\d)\s*\)$")
_WORDS = re.compile(r"[^\W\d_]+")
# Placeholders written in a contact column besides the shared missing tokens.
_PLACEHOLDERS = frozenset({"#n/a", "(none)", "see notes", "see note", "ask", "-/-", "n.k.", "nk"})

# Distinct cells read, distinct contacts needed, the share of contacts, and the evidence shares (listed names,
# listed relations, recombined name words) of which one must be met.
MAX_ROWS = 500
MIN_DISTINCT = 5
MIN_CONTACTS = 0.8
MIN_LISTED = 0.5
MIN_RELATIONS = 0.3
MIN_RECOMBINED = 0.5
# The most frequent name word may stand in at most this share of the contacts (a shop's or a branch's word): of
# names that recombine, and of listed names or relations (``Harare Branch``: ``Branch`` is a listed surname).
MAX_TOP_WORD = 0.35
MAX_TOP_WORD_LISTED = 0.5
# Share of name parts with a listed town in them above which the column is of places (``Lisboa, Centro - 1250-096``).
MAX_PLACES = 0.2
# At least this share of the contacts must name two words or more (a population of full names, not of labels).
MIN_FULL = 0.5


def _relation(word: str) -> bool:
    low = word.casefold()
    return low in RELATIONS or low in MORE_RELATIONS


def _placed(name: str) -> bool:
    return any(V.is_listed_city(word.strip(",")) for word in name.split())


def _checked(name: str, phone: str) -> str | None:
    """The name when ``name`` + ``phone`` pass the contact rule's checks (a name-shaped part, a phone number)."""
    cell = contact_cell(f"{name.strip()} {phone.strip()}")
    return cell[0] if cell is not None else None


def contact_layout_name(cell: str) -> tuple[str, bool] | None:
    """(name part, a listed relation stands in the cell) of a contact cell in any layout read here, else ``None``."""
    text = cell.strip()
    if len(text) > 100 or sum(ch.isdigit() for ch in text) < 6:
        return None
    m = _RELATION_FIRST.match(text)
    if m is not None and _relation(m.group("rel")):
        name = _checked(m.group("name"), m.group("phone"))
        return (name, True) if name else None
    m = _FAMILY_COMMA.match(text)
    if m is not None and not _relation(m.group("given")) and not any(map(V.is_listed_city, m.group("family", "given"))):
        name = _checked(f"{m.group('given')} {m.group('family')}", m.group("phone"))
        if name is not None:
            return name, False
    m = _NESTED.match(text)
    if m is not None:
        name = _checked(m.group("name"), m.group("phone"))
        return (name, False) if name else None
    kin = split_kin_phone(text)
    if kin is not None and (name := _checked(kin.name, kin.phone)) is not None:
        return name, any(map(_relation, _WORDS.findall(f"{kin.separator} {kin.tail}")))
    plain = contact_cell(text)
    return (plain[0], False) if plain is not None else None


@dataclass(frozen=True)
class PrefixedNamePhone(NamePhone):
    """A contact cell's parts with what stands before the name (``Son: ``), written back as it stood."""

    prefix: str = ""

    def rebuild(self, name: str, phone: str) -> str:
        """The cell written again with ``name`` and ``phone`` in place of its own, the prefix kept."""
        return f"{self.prefix}{super().rebuild(name, phone)}"


def split_contact_layout(cell: object) -> NamePhone | None:
    """The parts of a contact cell in a layout of this module's own (relation first, family name and comma first,
    a number in nested brackets) for the fakes to keep the layout, else ``None`` (other layouts are split by
    :func:`name_phone_cells.split_name_phone` and :func:`column_kin_contacts.split_kin_phone`)."""
    if not isinstance(cell, str) or contact_layout_name(cell) is None:
        return None
    text = cell.strip()
    if (m := _RELATION_FIRST.match(text)) is not None and _relation(m.group("rel")):
        gap = text[m.end("name") : m.start("phone")]
        return PrefixedNamePhone(m.group("name"), gap, m.group("phone"), False, "", text[: m.start("name")])
    if (m := _FAMILY_COMMA.match(text)) is not None:
        return NamePhone(text[: m.end("given")], text[m.end("given") : m.start("phone")], m.group("phone"), False, "")
    if (m := _NESTED.match(text)) is not None:
        return NamePhone(m.group("name"), text[m.end("name") : m.start("phone")], m.group("phone"), False, ")")
    return None


def _recombined(names: list[str]) -> tuple[float, float]:
    """(share of two-word-or-more names with a word that recurs beside another partner, top word's share)."""
    words = [[w.casefold() for w in n.split()] for n in names]
    full = [w for w in words if len(w) >= 2]
    if not full:
        return 0.0, 1.0
    firsts: dict[str, set[str]] = {}
    lasts: dict[str, set[str]] = {}
    for w in full:
        firsts.setdefault(w[0], set()).add(w[-1])
        lasts.setdefault(w[-1], set()).add(w[0])
    recombined = sum(1 for w in full if len(firsts[w[0]]) > 1 or len(lasts[w[-1]]) > 1)
    cells_of = Counter(word for w in words for word in set(w))
    top = max(cells_of.values()) / len(words)
    return recombined / len(full), top


def contact_layout_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose distinct cells are nearly all name + phone contacts in the
    layouts above, with people's evidence (see the module), found as name columns.

    ``found`` maps the columns decided already (any value other than ``None``): they are skipped.
    """
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        distinct = list(
            islice(
                dict.fromkeys(
                    t
                    for v in series.to_numpy()
                    if isinstance(v, str)
                    and (t := v.strip())
                    and not is_missing_token(t)
                    and t.casefold() not in _PLACEHOLDERS
                ),
                MAX_ROWS,
            )
        )
        if len(distinct) < MIN_DISTINCT:
            continue
        # Cheap first: most cells must hold digits.
        probe = distinct[:40]
        if sum(1 for v in probe if sum(ch.isdigit() for ch in v) >= 6) < MIN_CONTACTS * len(probe):
            continue
        cells = [contact_layout_name(v) for v in distinct]
        contacts = [c for c in cells if c is not None]
        share = len(contacts) / len(distinct)
        if share < MIN_CONTACTS or len(contacts) < MIN_DISTINCT:
            continue
        people = [name for name, _ in contacts]
        if any(V.has_company_marker(p) for p in people):
            continue
        listed = sum(map(listed_name, people)) / len(people)
        relations = sum(1 for _, rel in contacts if rel) / len(contacts)
        recombined, top = _recombined(people)
        full = sum(1 for p in people if len(p.split()) >= 2) / len(people)
        if top > MAX_TOP_WORD_LISTED or sum(map(_placed, people)) > MAX_PLACES * len(people):
            continue
        if listed >= MIN_LISTED:
            why = f"{listed:.0%} listed names"
        elif relations >= MIN_RELATIONS:
            why = f"{relations:.0%} with a listed relation"
        elif recombined >= MIN_RECOMBINED and top <= MAX_TOP_WORD and full >= MIN_FULL:
            why = f"{recombined:.0%} of the full names recombine their words, top word in {top:.0%}"
        else:
            continue
        evidence = f"{share:.0%} of {len(distinct)} distinct cells name + phone contacts in mixed layouts, {why}"
        out[column] = ColumnDetection(
            column, E.NAME, 0.9, round(share, 4), "values+contact layouts", len(distinct), None, evidence
        )
    return out
