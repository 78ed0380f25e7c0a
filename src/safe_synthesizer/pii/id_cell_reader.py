"""An id cell read by its parts: the national id inside it (found by its scheme's check, not by a layout list) and
the dressing around it (a document word, a separator, an expiry date), kept apart.

Why: registers write the id a clerk saw with what it was: ``ID/ SY 79 96 55 D``, ``NIC/ 69133805Z``,
``33571732N (exp. 2035-09)``, ``DNI: 12345678Z``, ``Passport - X1234567``, ``CNI n° 190717150123 (vue)``. The
column checks test a whole value against the schemes, so one column in three with such cells was left as written
(set 46: en_GB, es_ES, it_IT id columns, names shown and hidden), and a blind set writes the dressing in words and
signs no list holds. The reader does not list them: it tries every run of letter-and-digit tokens of the cell
joined by at most one separator (blank, dot, hyphen, slash), runs of digits first, and takes the first run that
passes a national id scheme (:func:`~safe_synthesizer.pii.validators.national_ids.column_id_schemes`: python-stdnum's
checks and the layouts it lacks). What is left over (the residue) is judged by its SHAPE only: a few words and signs,
and digits only as a date (an expiry, a check date); a residue with another number (a second id, a phone, an
amount) makes the cell no id cell.

A cell read here is evidence of one cell; a column decides on many (:mod:`column_id_dressed`) and a fake keeps the
residue (:mod:`fake_dressed_ids`).

Example::

    read_id_cell("NIC/ 69133805Z")  # IdCell(before="NIC/ ", core="69133805Z", after="", schemes=("es.dni",))
    read_id_cell("RL 32 38 94 B (exp. 2035-07)").core  # "RL 32 38 94 B"
    read_id_cell("Tel 0612 345 678 / 0612 345 679")  # None
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safe_synthesizer.pii.validators.national_ids import column_id_schemes

# Letter-and-digit tokens (Latin letters: the schemes' alphabet) and what may join two of them inside an id.
_TOKEN = re.compile(r"[0-9A-Za-z]+")
_JOIN = re.compile(r"^(?: |[.\-/]| ?[.\-/] | [.\-/] ?)$")
# A run longer than this (tokens, characters) is no id: national ids are at most 20 characters plus separators.
MAX_TOKENS, MAX_CHARS = 8, 28
MIN_DIGITS = 6
# The residue may hold words and signs, this many words a side at most (a document word, "exp.", "seen on").
MAX_RESIDUE_WORDS = 4
# Dates in the residue (an expiry ``2035-09``, ``09/2035``, ``12.3.2031``): the only digits a residue may hold.
_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}|\d{1,2}[-/.](?:\d{1,2}[-/.])?(?:19|20)?\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
# Words that name a record's or a line's number, not a person's (order, invoice, booking, ticket, item, account,
# phone), in the languages of the sets' tables: a residue with one makes the number no national id.
RECORD_WORDS = frozenset(
    {
        "order", "orders", "ord", "invoice", "inv", "ref", "reference", "booking", "ticket", "item", "sku", "art",
        "article", "product", "prod", "account", "acct", "iban", "tel", "tele", "phone", "mobile", "mob", "fax",
        "cell", "bestellung", "bestell", "rechnung", "artikel", "konto", "kunde", "commande", "facture", "réf",
        "compte", "pedido", "factura", "cuenta", "ordine", "fattura", "conto", "bestelling", "factuur", "rekening",
        "encomenda", "fatura", "conta", "zamówienie", "faktura",
    }
)  # fmt: skip


@dataclass(frozen=True)
class IdCell:
    """A cell holding one national id: ``before + core + after`` is the cell (outer blanks dropped)."""

    before: str
    core: str
    after: str
    schemes: tuple[str, ...]

    @property
    def dressed(self) -> bool:
        """Whether anything but the id is in the cell."""
        return bool(self.before or self.after)


def _residue_ok(text: str) -> bool:
    """A residue of a few words and signs, its digits only in dates."""
    words = _WORD.findall(text)
    if len(words) > MAX_RESIDUE_WORDS or any(w.casefold() in RECORD_WORDS for w in words):
        return False
    return not any(ch.isdigit() for ch in _DATE.sub(" ", text))


def _runs(value: str, tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) character spans of the token runs that may be an id, the most id-like first: runs whose end
    tokens hold digits or are one or two letters (``SY ... D``), then the others; longer runs first in each."""
    spans: list[tuple[bool, int, int, int]] = []
    for i in range(len(tokens)):
        for j in range(i, min(len(tokens), i + MAX_TOKENS)):
            if j > i and not _JOIN.match(value[tokens[j - 1].end() : tokens[j].start()]):
                break
            start, end = tokens[i].start(), tokens[j].end()
            text = value[start:end]
            if end - start > MAX_CHARS:
                break
            if sum(ch.isdigit() for ch in text) < MIN_DIGITS:
                continue
            edges = (tokens[i].group(), tokens[j].group())
            tidy = all(any(ch.isdigit() for ch in t) or len(t) <= 2 for t in edges)
            spans.append((not tidy, -(end - start), start, end))
    return [(s, e) for _, _, s, e in sorted(spans)]


def read_id_cell(value: str) -> IdCell | None:
    """The national id in ``value`` and the dressing around it, or ``None`` (no scheme passes a run of its tokens,
    or the residue holds another number).

    Example::

        read_id_cell("DOC/ NSVMQP33M23F440H").schemes  # ("it.codicefiscale",)
    """
    text = value.strip()
    if not text or len(text) > MAX_CHARS + 40 or sum(ch.isdigit() for ch in text) < MIN_DIGITS:
        return None
    tokens = list(_TOKEN.finditer(text))
    for start, end in _runs(text, tokens):
        core = text[start:end]
        schemes = column_id_schemes(core)
        if not schemes and " " in core:
            schemes = column_id_schemes(core.replace(" ", ""))  # re-spaced by hand (``JT5 415 47C``)
        if not schemes:
            continue
        before, after = text[:start], text[end:]
        if not (_residue_ok(before) and _residue_ok(after)):
            return None
        return IdCell(before, core, after, tuple(dict.fromkeys(schemes)))
    return None
