"""An id cell read as (id part, residue): the one id-shaped run of letters and digits, and what a clerk wrote around
it after any separator, the residue judged by its SHAPE (a document word, an expiry or issue with its year, a town).

Why: registers write the number a clerk saw with what it was and where: ``ID: 195517992278``, ``818591295V / exp.
2031``, ``70738801R / vence 2029``, ``195276532598 – Batticaloa``, ``608 131 785 / exp. 2033``, ``SQCPP6410W / exp.
2032``. The earlier readers join the tokens of an id through spaced separators too, so the expiry became part of
the "id" (``200522743609 / exp. 2036`` read whole), and they need six digits (an Indian PAN has four). Here a
separator with blanks round it (`` / ``, `` – ``, `` - ``, ``; ``, ``, ``, ``: ``) or a bracket always ends the id
part: a national id writes its groups with single blanks, dots, hyphens or slashes, never a spaced dash. The id part
is the run with the most digits (a year or a date never is one); the residue may hold a few words, signs and at most
one year or date, and nothing else numeric (a second number makes the cell no id cell); a record word (order,
invoice, phone, ...) refuses the cell. What the residue says:

- ``document``: it names an identity document (the id cue words of every language, :mod:`column_id_documents`), or
  holds a word of expiry or issue (a closed class of the tables' languages, :data:`EXPIRY_WORDS`) beside a year;
- ``place``: it is one to three capitalised words after a separator (a town, a district: where the paper was
  issued or the person lives).

Nothing here decides a column: :mod:`column_id_parts` does, on many cells.

Example::

    read_id_residue("818591295V / exp. 2031")  # IdResidue(before="", core="818591295V", after=" / exp. 2031", ...)
    read_id_residue("818591295V / exp. 2031").document  # True
    read_id_residue("Order 4470060 / 2031")  # None
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safe_synthesizer.pii.column_id_documents import _DOCUMENT, ISSUE_WORDS
from safe_synthesizer.pii.id_cell_reader import RECORD_WORDS

__all__ = ["EXPIRY_WORDS", "IdResidue", "read_id_residue"]

# Words of a paper's expiry or validity a clerk writes before its year, beyond the issue words of
# :mod:`column_id_documents` (a closed class: Spanish ``vence``/``caduca``, Portuguese ``validade``, French
# ``expire``, Italian ``scad.``, Dutch ``vervalt``, Scandinavian ``utløper``, German ``bis``, Turkish ``son``...).
EXPIRY_WORDS = ISSUE_WORDS | frozenset(
    """exp expiry expires expired expiration expiring valid validity val until till thru through to vence vencimiento
    venc caduca caducidad cad vigencia vigente válido valido validade vence venceu expira expire expiration
    expiré valable jusqu au scad scadenza scade valida vervalt verloopt vervaldatum gültig gueltig bis ablauf
    läuft utløper utgår udløber gäller voimassa son geçerlilik до по срок годен истекает""".split()  # noqa: SIM905
)  # fmt: skip
# Letter-and-digit tokens (Latin letters: the id schemes' alphabet).
_TOKEN = re.compile(r"[0-9A-Za-z]+")
# What may join two tokens inside an id: one blank, or a dot, hyphen or slash with no blank round it.
_JOIN = re.compile(r"^(?: |[.\-/])$")
# A year or a date: never the id part, and the only number a residue may hold.
_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}|\d{1,2}[-/.](?:\d{1,2}[-/.])?(?:19|20)?\d\d)(?!\d)")
_YEARISH = re.compile(r"^(?:(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}|\d{1,2}[-/.](?:\d{1,2}[-/.])?(?:19|20)?\d\d)$")
_WORD = re.compile(r"[^\W\d_]+")
# An id part: this many characters at most, letters and digits at least, digits at least.
MAX_CORE_CHARS, MIN_CORE_CHARS, MIN_CORE_DIGITS = 28, 6, 4
MAX_CELL_CHARS = 80
MAX_RESIDUE_WORDS = 5
MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class IdResidue:
    """A cell of one id: ``before + core + after`` is the cell (outer blanks dropped); ``document`` when the residue
    names a document or its expiry/issue year, ``place`` when it is a few capitalised words after a separator."""

    before: str
    core: str
    after: str
    document: bool
    place: bool

    @property
    def dressed(self) -> bool:
        """Whether anything but the id is in the cell."""
        return bool(self.before.strip() or self.after.strip())


def _label_word(token: str) -> bool:
    """A token of letters only that labels the id rather than being part of it (not one or two capitals)."""
    return token.isalpha() and not (len(token) <= 2 and token.isupper())


def _cores(text: str) -> list[tuple[int, int, int]]:
    """(digits, start, end) of the maximal token runs joined inside an id, a run that is a year or a date left out."""
    tokens = list(_TOKEN.finditer(text))
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and _JOIN.match(text[tokens[j].end() : tokens[j + 1].start()]):
            j += 1
        # A word of letters only at either end is a label (``ID 1955...``, ``... exp``), not part of the id, unless
        # it is one or two capitals (``SY 79 96 55 D``, a NINO's suffix).
        a, b = i, j
        while a <= b and _label_word(tokens[a].group()):
            a += 1
        while b >= a and _label_word(tokens[b].group()):
            b -= 1
        if a <= b:
            start, end = tokens[a].start(), tokens[b].end()
            core = text[start:end]
            digits = sum(ch.isdigit() for ch in core)
            if not _YEARISH.match(core) and digits:
                out.append((digits, start, end))
        i = j + 1
    return out


def _residue_shape(before: str, after: str) -> tuple[bool, bool] | None:
    """``(document, place)`` for a residue of a few words, signs and at most one date; ``None`` for any other."""
    residue = f"{before} {after}"
    dates = _DATE.findall(residue)
    if len(dates) > 1 or any(ch.isdigit() for ch in _DATE.sub(" ", residue)):
        return None
    words = _WORD.findall(residue)
    if len(words) > MAX_RESIDUE_WORDS or any(w.casefold() in RECORD_WORDS for w in words):
        return None
    document = bool(_DOCUMENT.search(residue)) or (bool(dates) and any(w.casefold() in EXPIRY_WORDS for w in words))
    lead = after.lstrip()[:1]
    place = (
        not document
        and not dates
        and not before.strip()
        and bool(words)
        and len(words) <= MAX_PLACE_WORDS
        and lead in "-–—/,;|("
        and all(w[0].isupper() for w in words if len(w) > 2)
        and words[0][0].isupper()
    )
    return document, place


def read_id_residue(value: str) -> IdResidue | None:
    """The one id-shaped run of ``value`` and what is around it, or ``None`` (no such run, two of them, another
    number or a record word beside it, or too long a cell).

    Example::

        read_id_residue("ID: 195517992278").core  # "195517992278"
        read_id_residue("195276532598 – Batticaloa").place  # True
        read_id_residue("70738801R / vence 2029").document  # True
    """
    text = value.strip()
    if not text or len(text) > MAX_CELL_CHARS or sum(ch.isdigit() for ch in text) < MIN_CORE_DIGITS:
        return None
    cores = sorted(_cores(text), key=lambda c: (-c[0], -(c[2] - c[1])))
    if not cores:
        return None
    digits, start, end = cores[0]
    core = text[start:end]
    alnum = sum(ch.isalnum() for ch in core)
    if digits < MIN_CORE_DIGITS or alnum < MIN_CORE_CHARS or len(core) > MAX_CORE_CHARS:
        return None
    before, after = text[:start], text[end:]
    if (before and before[-1:].isalnum()) or after[:1].isalnum():
        return None  # glued to a word: part of a longer code
    shape = _residue_shape(before, after)
    if shape is None:
        return None
    return IdResidue(before, core, after, *shape)
