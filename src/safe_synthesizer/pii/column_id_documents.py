"""Id columns told by the DOCUMENT their cells name: a number written with the kind of paper it is from
(``04700607505 [passport]``, ``605020353 [ID card]``, ``573.694.570-36 [passaporte]``) or with the paper's issue or
validity (``CH 78 91 49 D (issued 2017)``, ``GHA-453914063-0 (issued 2014)``, ``X1234567 (gültig bis 2031)``).

Why: the id column checks decide on check digits (:mod:`column_id_dressed`, :mod:`column_numbers`) and on many
cells; a clerk's "id seen" column is mostly empty (one or two cells in a small register) and its numbers are of
schemes no library checks (a Syrian passport, a Botswana Omang, a Ghana Card), so such columns were left as written
whatever their header (set 47: ar_SY, tn_BW, ee_GH, en_GB, names shown and hidden). Here the residue around the
number is read as words: a word naming an identity document in any of the languages the id cue lists hold
(:mod:`text_ids`, :mod:`id_words_world`: passport, ID card, Reisepass, passaporte, CNI, DNI, cédula, NIC, ...) or
a word of issue or validity in the table's languages (:data:`ISSUE_WORDS`, a closed class) beside a year makes the
cell a document's number. Every written cell must read as one id-shaped number (six digits or more in one run of
letter-and-digit tokens) with at most such a residue; record words (order, invoice, phone...) refuse the cell.

Cost: a table pass over the columns left undecided; a column is read only when its cells are short and hold six
digits; each of at most :data:`SAMPLE_SIZE` cells is read once.

Example::

    df = pd.DataFrame({"c008": ["", "04700607505 [passport]", "", "04700607505", ""]})
    document_id_columns(df, ["c008"], {"c008": None})["c008"].entity  # "national_id"
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cue_subjects import names_a_record_number
from safe_synthesizer.pii.id_cell_reader import MIN_DIGITS, RECORD_WORDS, _runs
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS
from safe_synthesizer.pii.text_ids import _CAPITAL_CUES, _CUE_WORDS

SAMPLE_SIZE = 200
MAX_MEAN_CHARS = 48
# Share of the written cells that must name their document (the rest may be bare numbers).
MIN_DOCUMENT_SHARE = 0.34
MAX_RESIDUE_WORDS = 4
_TOKEN = re.compile(r"[0-9A-Za-z]+")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A document's issue and validity, in the languages of the tables (a closed class: the verbs and adjectives a
# clerk writes beside the year a paper was issued or runs out).
ISSUE_WORDS = frozenset(
    """issued iss issue expires expiry exp valid until ausgestellt ausgest gültig bis émis émise délivré délivrée
    valable jusqu emitido emitida emissão expedido expedida expedición válido válida hasta rilasciato rilasciata
    rilascio scadenza scade uitgegeven afgegeven geldig tot udstedt utstedt utfärdad giltig gyldig vydáno vydán
    vydaný platnost wydany wydano ważny kiadva érvényes izdano izdan važi eliberat valabil myönnetty voimassa
    verildi geçerli выдан выдано действителен видано дійсний""".split()  # noqa: SIM905
)  # fmt: skip
# The id cue words of every language (text_ids, id_words_world), and the card acronyms of Portuguese and Italian
# (``CC`` cartão de cidadão, ``BI`` bilhete de identidade, ``CI`` carta d'identità), licences and permits.
_DOCUMENT = re.compile(
    rf"(?i:(?<![\w.])(?:{_CUE_WORDS}|cc|bi|ci|licen[cs]e|permis)(?![\w']))|(?<![\w.])(?:{_CAPITAL_CUES})(?![\w'])"
)


def document_id_cell(value: str) -> tuple[str, bool] | None:
    """``(number, names_document)`` for a cell holding one id-shaped number and at most a few words around it;
    ``names_document`` when those words name an identity document, or its issue or validity beside a year.
    ``None`` for any other cell (two numbers, a record word, a sentence).

    Example::

        document_id_cell("04700607505 [passport]")  # ("04700607505", True)
        document_id_cell("04700607505")  # ("04700607505", False)
        document_id_cell("Order 4470060 [passport photo]")  # None
    """
    text = value.strip()
    if not text or len(text) > MAX_MEAN_CHARS * 2:
        return None
    tokens = list(_TOKEN.finditer(text))
    for start, end in _runs(text, tokens)[:1]:
        residue = f"{text[:start]} {text[end:]}"
        words = _WORD.findall(residue)
        if len(words) > MAX_RESIDUE_WORDS or any(w.casefold() in RECORD_WORDS for w in words):
            return None
        years = _YEAR.findall(residue)
        if any(ch.isdigit() for ch in _YEAR.sub(" ", residue)) or len(years) > 1:
            return None  # another number beside the id (a phone, a second id, an amount)
        named = bool(_DOCUMENT.search(residue))
        issued = bool(years) and any(w.casefold() in ISSUE_WORDS for w in words)
        return text[start:end], named or issued
    return None


def document_id_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """National id findings for the columns of ``names`` left undecided whose written cells are all one number
    each, a third of them naming their document. Only new findings; ``found`` is not modified.

    Example::

        document_id_columns(df, list(df.columns), found)  # {"ID seen": ColumnDetection(..., "national_id", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        if found.get(name) is not None or name not in df.columns or names_a_record_number(str(name)):
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        written = [
            v for v in series.dropna().astype(str).head(SAMPLE_SIZE * 5).tolist()
            if v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS
        ][:SAMPLE_SIZE]  # fmt: skip
        if not written or sum(len(v) for v in written) / len(written) > MAX_MEAN_CHARS:
            continue
        if not all(sum(ch.isdigit() for ch in v) >= MIN_DIGITS for v in written):
            continue
        cells = [document_id_cell(v) for v in written]
        if any(c is None for c in cells):
            continue
        named = sum(c[1] for c in cells if c is not None)
        if named < max(1, MIN_DOCUMENT_SHARE * len(cells)):
            continue
        share = named / len(cells)
        why = f"{named} of {len(cells)} cells name the identity document beside one number"
        out[name] = ColumnDetection(name, E.NATIONAL_ID, round(max(share, 0.7), 4), round(share, 4), "values",
                                    len(cells), None, why)  # fmt: skip
    return out
