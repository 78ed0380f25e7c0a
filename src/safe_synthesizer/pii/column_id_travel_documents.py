"""Travel-document number columns: a passport's or identity card's number, told by its name, its values and the
table around it.

Why: a hotel's guest profile (``PASSPORT``) or a ferry's passenger manifest (``Doc Number`` beside ``Doc Type``
P/I, ``Nationality`` and the birth date) holds each guest's document number: nine capitals and digits as the
machine-readable zone prints them (``C01X00T47``, ``12AB34567``, ``YA1234567``), a few national id numbers among
them. The per-column check wants four digits in an id code under an id cue, and knows no cue in ``Doc Number``, so
such columns were left whole with names shown and hidden (set 29: every first-7 locale's ``PASSPORT`` and ``Doc
Number``). This pass runs after the per-column check, over the columns it left, in three strengths of evidence:

- the name says passport or travel document in some language (``Reisepassnummer``, ``N° de passeport``,
  ``Numero passaporto``, ``travel_doc``, ``Pass-Nr.``, ``паспорт``) or cues a national id: the values need only
  be codes of letters and digits (:func:`is_document_code`) or national ids;
- the name says a document's number without saying which (``Doc Number``, ``ID_DOC_NO``, ``Número de
  documento``), as an accounting document's number also is: the table must be about people (a birth date or a
  name found) and the codes must mix letters with digits or pass a national id scheme (an invoice or ledger
  document's number is a counter of digits or carries one prefix);
- no name (values only): a code column of 8-9 characters, most mixing letters and digits (digits alone are a
  membership's as well), one per row, with no common prefix, written without separators (a plate is spaced), in a
  table that also has a document-type column (``P``, ``I``,
  ``ID``: ICAO 9303's document codes) beside its people. Random codes of a booking, a voucher or a membership are
  of that shape too; the document-type column is the evidence, never the codes alone. A column of nationality
  codes beside a birth date is not enough: a web shop's customers with random 9-character voucher codes, a
  country and a birthday have it too (``benchmarks/dev_id_travel.py``: 20 of 20 voucher columns taken), so a hotel
  profile's ``PASSPORT`` with its name hidden stays undecided.

Example::

    travel_document_detections(df, list(df.columns), detections)
    # {"Doc Number": ColumnDetection(..., entity="national_id", evidence="document numbers under ...")}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_local import local_numbering
from safe_synthesizer.pii.column_id_vehicles import vehicle_numbers
from safe_synthesizer.pii.column_lookalikes import counter, lookalike_reason
from safe_synthesizer.pii.cue_subjects import names_a_record_number
from safe_synthesizer.pii.cues import cue_hints, fold, tokens
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

MAX_ROWS = 2000  # rows read per column: the cost stays per column
MIN_KNOWN = 5  # known values a column needs at least
MIN_CUED_KNOWN = 3  # under a passport name (a 10-guest list, half without a passport on file)
MIN_CUED_SHARE = 0.7  # document codes or national ids among the known values, under a document name
MIN_MIXED_SHARE = 0.5  # codes mixing letters and digits, under a name that does not say which document
MIN_HIDDEN_SHARE = 0.9  # document codes of 8-9 characters, values only
MIN_HIDDEN_DISTINCT = 0.9  # distinct among the known values: one document per person
MAX_PREFIX_SHARE = 0.3  # values sharing their first two characters: a prefix numbers records
MIN_DOC_TYPE_SHARE = 0.95
MIN_UNIFORM_DIGITS = 0.9  # digit-only document numbers (GB, US passports): of one length, and no counter

# Stems of the word "passport" and the travel document in the languages of the sets, matched at a token's start
# (``reisepassnummer``, ``paspoortnummer``, ``passaporto``), and in scripts tokens do not fold.
_PASSPORT_STEMS = (
    "passport", "reisepass", "passnummer", "passnr", "passeport", "pasaport", "passaport", "paspoort", "paszport",
    "pasport", "traveldoc", "reisedokument", "reisedok",
)  # fmt: skip
# Whole tokens only, beside a number word: ``passi`` (Finnish) opens ``passive``, ``pas`` (Dutch, Polish) ``pass``.
_PASSPORT_TOKENS = frozenset({"passi", "passin", "pasas", "paso", "pas", "pass"})
_PASSPORT_SCRIPTS = (
    "паспорт", "جواز", "护照", "護照", "旅券", "パスポート", "여권", "διαβατήριο", "דרכון", "पासपोर्ट", "หนังสือเดินทาง",
)  # fmt: skip
_TRAVEL = frozenset({"travel", "reise", "voyage", "viaje", "viaggio"})
_DOCUMENT = frozenset({"doc", "docs", "document", "documento", "dokument", "documentnummer", "dokumentnummer",
                       "docno", "docnum", "docnr", "docnumber", "dokumentnr", "dok"})  # fmt: skip
_NUMBER = frozenset({"no", "nr", "nro", "number", "num", "numero", "nummer", "n", "numer", "cislo", "id", "ref"})
_PASS_NUMBER = frozenset({"nr", "nummer", "no", "numero", "nro"})  # ``Pass-Nr.``; ``pass`` alone: a password

# ICAO 9303 document codes (P passport, I/ID identity card, V visa, A/C crew and other documents) and the words
# exports write them with.
_DOC_TYPES = frozenset({
    "P", "PP", "PM", "PD", "PS", "I", "ID", "IP", "IR", "V", "A", "AC", "C", "PASSPORT", "ID CARD", "IDCARD",
    "PASS", "PASSEPORT", "PASAPORTE", "PASSAPORTO", "REISEPASS", "PASPOORT", "PERSONALAUSWEIS", "CNI", "DNI", "NIE",
    "VISA", "RESIDENCE PERMIT",
})  # fmt: skip
_PASSPORT_TYPES = frozenset({"P", "PP", "PASSPORT", "PASS", "PASSEPORT", "PASAPORTE", "PASSAPORTO", "REISEPASS",
                             "PASPOORT"})  # fmt: skip

_SEPARATORS = re.compile(r"[\s\-./]")
_CODE = re.compile(r"^[A-Z0-9]{6,10}$")
_PRINTED = re.compile(r"[A-Z0-9]{8,9}")
_PERSON = frozenset({E.DATE_OF_BIRTH, E.NAME, E.FIRST_NAME, E.LAST_NAME})


def names_passport(column_name: str) -> bool:
    """The name says passport or travel document (``PASSPORT``, ``Reisepassnummer``, ``travel_doc``, ``Pass-Nr.``)."""
    name_tokens = tokens(column_name)
    joined = " ".join(sorted(name_tokens))
    if any(t.startswith(_PASSPORT_STEMS) for t in name_tokens) or "travel doc" in fold(str(column_name)):
        return True
    if name_tokens & _PASSPORT_TOKENS and name_tokens & _PASS_NUMBER:
        return True
    if name_tokens & _TRAVEL and name_tokens & _DOCUMENT:
        return True
    text = str(column_name).casefold()
    return any(word in text for word in _PASSPORT_SCRIPTS) or joined.startswith("mrz")


def names_document_number(column_name: str) -> bool:
    """The name says a document's number without saying which (``Doc Number``, ``ID_DOC_NO``, ``Dokumentnummer``)."""
    name_tokens = tokens(column_name)
    documents = name_tokens & _DOCUMENT
    if not documents:
        return False
    return bool(name_tokens & _NUMBER) or bool(documents - {"doc", "docs", "document", "documento", "dokument"})


def is_document_code(value: str) -> bool:
    """Six to ten capitals and digits, one digit at least, separators left out (``C01X00T47``, ``YA 1234567``)."""
    compact = _SEPARATORS.sub("", value.strip().upper())
    return bool(_CODE.match(compact)) and any(ch.isdigit() for ch in compact)


def _mixed(value: str) -> bool:
    compact = _SEPARATORS.sub("", value.strip().upper())
    return any(ch.isdigit() for ch in compact) and any(ch.isalpha() for ch in compact)


def _known(series: pd.Series) -> list[str]:
    if pd.api.types.is_float_dtype(series.dtype):
        return []  # a document number read as a float has lost what it was
    text = series.head(MAX_ROWS).dropna().astype(str).str.strip()
    return [v for v in text.tolist() if v and v.casefold() not in NOT_KNOWN_WORDS]


def _doc_type_column(df: pd.DataFrame, names: Sequence[str]) -> str | None:
    """A column of ICAO document codes (``P``, ``I``, ``ID``), passports among them; one letter alone is no type
    (a guest's language ``P``, Polish, in every row)."""
    for name in names:
        known = [v.upper() for v in _known(df[name])]
        if len(known) < MIN_KNOWN:
            continue
        inside = sum(v in _DOC_TYPES for v in known) / len(known)
        kinds = set(known)
        if inside >= MIN_DOC_TYPE_SHARE and kinds & _PASSPORT_TYPES and (len(kinds) > 1 or len(known[0]) > 1):
            return name
    return None


def _is_id(value: str) -> bool:
    """One country's national id, a US social security number among them (``123-45-6789``)."""
    return V.is_national_id(value) or V.is_ssn(value)


def _evidence(known: list[str]) -> tuple[float, float]:
    """(share of document codes or national ids, share distinct)."""
    docs = sum(is_document_code(v) or _is_id(v) for v in known)
    return docs / len(known), len(set(known)) / len(known)


def _numbered_documents(known: list[str]) -> bool:
    """Codes mixing letters and digits or national ids, or digit-only numbers of one length that are no counter (a
    GB passport's nine digits, a US one's beside ``A12345678``): not a ledger's or an invoice's running numbers."""
    coded = sum(_mixed(v) or _is_id(v) for v in known)
    if coded >= MIN_MIXED_SHARE * len(known):
        return True
    digits = [v for v in known if v.isdigit() and not _is_id(v)]
    if not digits:
        return False
    width, count = Counter(map(len, digits)).most_common(1)[0]
    numbered = 8 <= width <= 10 and coded + count >= MIN_UNIFORM_DIGITS * len(known)
    return numbered and counter(pd.Series(digits)) is None


def _values_only(known: list[str]) -> str | None:
    """Why ``known`` values alone look like passport numbers (8-9 characters, distinct, no prefix, no counter)."""
    bare = [v.upper() for v in known]
    shaped = sum(bool(_PRINTED.fullmatch(v)) and any(c.isdigit() for c in v) for v in bare)
    ids = sum(map(_is_id, known))
    share = (shaped + ids) / len(known)
    distinct = len(set(bare)) / len(known)
    prefix = Counter(v[:2] for v in bare).most_common(1)[0][1] / len(known)
    if share < MIN_HIDDEN_SHARE or distinct < MIN_HIDDEN_DISTINCT or prefix > MAX_PREFIX_SHARE:
        return None
    if sum(map(_mixed, bare)) + ids < MIN_MIXED_SHARE * len(known):
        return None  # digits alone beside the documents: a membership's or a phone's as well as a passport's
    return f"{round(100 * share)}% codes of 8-9 capitals and digits written as passports print them, one per row"


def _decide(df: pd.DataFrame, name: str, context: dict[str, str | bool]) -> tuple[float, str, str] | None:
    """(confidence, method, evidence) when column ``name`` holds travel-document numbers, else ``None``."""
    known = _known(df[name])
    if len(known) < MIN_CUED_KNOWN or vehicle_numbers(known) is not None:
        return None
    if local_numbering(known) is not None:  # ``JU-74047`` under ``N° licence``: a club's numbers, no document's
        return None
    docs, distinct = _evidence(known)
    if names_passport(name) or E.NATIONAL_ID in cue_hints(name):
        if docs >= MIN_CUED_SHARE and len(set(known)) >= MIN_CUED_KNOWN:
            return 0.5 + 0.5 * docs, "name+values", f"{round(100 * docs)}% document numbers under a passport/id name"
        return None
    if len(known) < MIN_KNOWN:
        return None
    if names_document_number(name):
        people = context["people"] or context["doc_type"]
        if people and docs >= MIN_CUED_SHARE and _numbered_documents(known) and distinct >= 0.5:
            return 0.5 + 0.5 * docs, "name+values+table", f"{round(100 * docs)}% document numbers beside people"
        return None
    if cue_hints(name) or names_a_record_number(name):
        return None  # the name says what else the codes are
    if not (context["doc_type"] and context["people"]) or (why := _values_only(known)) is None:
        return None
    return 0.9, "values+table", f"{why}, beside a document-type column and the table's people"


def travel_document_detections(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.NATIONAL_ID,),
) -> dict[str, ColumnDetection]:
    """National-id detections of the undecided ``names`` that hold travel-document numbers (module docstring)."""
    if E.NATIONAL_ID not in entities:
        return {}
    found = {k: d.entity for k, d in detections.items() if d is not None}
    rest = [n for n in names if n not in found and n in df.columns]
    if not rest:
        return {}
    others = [n for n in names if n in df.columns]
    context: dict[str, str | bool] = {
        "people": bool(set(found.values()) & _PERSON),
        "doc_type": _doc_type_column(df, [n for n in others if n not in found]) or False,
    }
    out = {}
    for name in rest:
        if name == context["doc_type"]:
            continue
        decided = _decide(df, name, context)
        if decided is None or lookalike_reason(df[name], name, E.NATIONAL_ID) is not None:
            continue
        confidence, method, evidence = decided
        out[name] = ColumnDetection(name, E.NATIONAL_ID, round(confidence, 4), round(confidence, 4), method, 0,
                                    None, evidence)  # fmt: skip
    return out
