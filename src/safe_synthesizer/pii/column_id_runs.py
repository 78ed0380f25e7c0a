"""Id columns read as ONE RUN OF THE COLUMN'S OWN SHAPE in every cell, whatever dress stands around it.

Why: the id passes before this one decide on check digits (a BSN, a NINO, a codice fiscale) or on a document word
in the cell. Papers with no check a library knows (a Russian passport ``96 13 985716``, the French identity card of
2021 ``GY2F330SW``) were left as written or taken for phones, though the clerk dressed them as ids: the issuing
country's code in brackets (``[RU] 96 15 073545``), a key naming the field (``id=H71JGBE9E``), a word after a dash
(``96 07 131076 — seen``), and the header named the document (``ID seen``, ``Pièce d'identité``; set 49, seen:
ce_RU, sah_RU, oc_FR). A list of these dresses would miss the next one, so the reader is general: a cell is
``dress + core + dress``, the core is the one run of capital letters and digits (single blanks, dots, hyphens or
slashes inside), the dress is whatever short words and signs stand around it, and the COLUMN decides: every core
has the same skeleton (digits, letters and separators at the same places; or, for the random letter-and-digit
numbers of a card, the same length and separators), which a person's document numbers share and free words do not.

Shape alone is no id: certificate, order, voucher and membership numbers have one shape too. So a column is taken
only with evidence that the run is a person's paper:

- the header names an identity document (:func:`column_id_seen_headers.names_a_checked_id`, the id cue words of
  every language of :mod:`column_id_documents` other than a bare ``ID``, which is every table's row key), and it
  names no business record (:func:`cue_subjects.names_a_record_number`), in a column most rows leave empty or with
  some cells dressed (a register's own numbers under ``Ausweis`` fill every row bare: set 33); or
- a cell's dress names the issuing country (an ISO 3166 code the phone metadata knows, in brackets: ``[RU]``,
  ``(FR)``), or keys the field with an id word (``id=``, ``DNI:``) in a column most rows leave empty (a row key,
  which a machine writes as ``id=...`` too, is in every row).

A column the earlier passes read as phones from their values alone is taken over only when its cores are not
written in the groups the numbering plan writes its phones in (``96 13 985716`` is 2-2-6; a Russian phone is
3-3-2-2), so a phone column with a bracketed country code stays a phone column. Nothing else already found is
touched.

Example::

    df = pd.DataFrame({"c010": ["", "96 22 224184", "", "[RU] 96 15 073545", ""]})
    id_run_columns(df, ["c010"], {"c010": None}, "RU")["c010"].entity  # "national_id"
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_documents import _DOCUMENT
from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id
from safe_synthesizer.pii.cue_subjects import names_a_record_number
from safe_synthesizer.pii.cues import cued_entities, says_nothing
from safe_synthesizer.pii.id_cell_reader import RECORD_WORDS
from safe_synthesizer.pii.id_cell_spelling import despaced
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = ["IdRun", "id_run_columns", "read_id_run", "run_skeleton"]

SAMPLE_SIZE = 200
MAX_CELL_CHARS = 48
# A core: this many letters and digits (a passport's 7 to a long personal number's 20), at least one digit.
MIN_CORE_CHARS, MAX_CORE_CHARS = 6, 20
MAX_DRESS_WORDS = 3
# Share of the rows a column may fill to be "mostly empty": a row key fills them all.
MAX_SPARSE_FILL = 0.5
# The core: capital letters and digits, single blanks, dots, hyphens or slashes between them.
_CORE = re.compile(r"(?<![\w])[0-9A-Z]+(?:[ .\-/][0-9A-Z]+)*(?![\w])")
# A bracketed code of two capitals: the issuing country.
_BRACKET_CODE = re.compile(r"[\[(]\s*([A-Z]{2})\s*[\])]")
# A key before ``=`` or ``:`` right in front of the core.
_KEY = re.compile(r"([^\W\d_][\w.\- ]{0,15}?)\s*[=:]\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# ``ID`` alone: every table's row key, no person's paper.
# A licence or permit: a club's or a trade's as often as a person's paper (``Licence no`` of a federation).
_BARE_ID = re.compile(r"(?i)(?<![^\W\d_])(?:ids?|licen[cs]e|permis|permit)(?![^\W\d_])")
_DATE = re.compile(r"^(?:\d{1,4}[./\- ]\d{1,2}[./\- ]\d{1,4})$")


@dataclass(frozen=True)
class IdRun:
    """One cell read as ``before + core + after`` (outer blanks dropped)."""

    before: str
    core: str
    after: str

    @property
    def country(self) -> str | None:
        """The ISO code in brackets in the dress, when the phone metadata knows it as a region."""
        import phonenumbers

        for code in _BRACKET_CODE.findall(self.before + " " + self.after):
            if code in phonenumbers.SUPPORTED_REGIONS:
                return code
        return None

    @property
    def keyed_as_id(self) -> bool:
        """Whether the dress keys the core with an identity word (``id=``, ``DNI:``, ``passport:``)."""
        key = _KEY.search(self.before)
        return key is not None and bool(_DOCUMENT.search(key.group(1)))


def run_skeleton(core: str, coarse: bool = False) -> str:
    """The core's skeleton: ``D`` per digit, ``L`` per letter (``X`` for both when ``coarse``), separators kept.

    Example::

        run_skeleton("96 13 985716")  # "DD DD DDDDDD"
        run_skeleton("GY2F330SW", coarse=True)  # "XXXXXXXXX"
    """
    if coarse:
        return "".join("X" if ch.isalnum() else ch for ch in core)
    return "".join("D" if ch.isdigit() else "L" if ch.isalpha() else ch for ch in core)


def read_id_run(value: str) -> IdRun | None:
    """The cell as one core run and its dress; ``None`` when it holds no core, two cores, a record word, a date or
    more than a few words around the core.

    Example::

        read_id_run("96 07 131076 — seen")  # IdRun(before="", core="96 07 131076", after=" — seen")
        read_id_run("Order 4470060")  # None
    """
    # Boxes spaced one by one (``7 2 1 5 - 3 0 7 8 - ...``) joined first: the same core as its bare cells.
    text = despaced(value.strip())
    if not text or len(text) > MAX_CELL_CHARS:
        return None
    cores = [m for m in _CORE.finditer(text) if _core_ok(m.group())]
    if len(cores) != 1:
        return None
    m = cores[0]
    before, after = text[: m.start()], text[m.end() :]
    words = [w.casefold() for w in _WORD.findall(before + " " + after)]
    if len(words) > MAX_DRESS_WORDS or any(w in RECORD_WORDS for w in words):
        return None
    if any(ch.isdigit() for ch in before + after):
        return None  # a second number: an expiry, a date, a phone beside it; the earlier passes read those
    return IdRun(before, m.group(), after)


def _core_ok(core: str) -> bool:
    alnum = sum(ch.isalnum() for ch in core)
    digits = sum(ch.isdigit() for ch in core)
    if not MIN_CORE_CHARS <= alnum <= MAX_CORE_CHARS or digits == 0:
        return False
    return not _DATE.match(core) and not _is_iban(core)


def _is_iban(core: str) -> bool:
    """An IBAN: an account, found by the IBAN passes, no identity paper."""
    from stdnum import iban

    return core[:2].isalpha() and iban.is_valid(core)


def _written(values: Sequence[object]) -> list[str]:
    return [
        v.strip() for v in values if isinstance(v, str) and v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS
    ]


def _one_shape(runs: Sequence[IdRun]) -> bool:
    """Every core of one skeleton; or, for letter-and-digit card numbers, one coarse skeleton with letters and
    digits mixed in every core (random alphanumerics move their digits from card to card)."""
    fine = {run_skeleton(r.core) for r in runs}
    if len(fine) == 1:
        return True
    if len({run_skeleton(r.core, coarse=True) for r in runs}) != 1:
        return False
    return all(any(ch.isdigit() for ch in r.core) and any(ch.isalpha() for ch in r.core) for r in runs)


def header_names_id(column_name: str) -> bool:
    """Whether a shown header names a person's identity document (``ID seen``, ``Pièce d'identité``), not a row's
    key (``ID``) nor a business record (``Order ID``).

    Example::

        header_names_id("Pièce d'identité")  # True
        header_names_id("Order ID")  # False
    """
    name = str(column_name)
    if says_nothing(name) or names_a_record_number(name):
        return False
    if names_a_checked_id(name) or E.NATIONAL_ID in cued_entities(name):
        return True
    return bool(_DOCUMENT.search(_BARE_ID.sub(" ", name)))


def _phone_written(runs: Sequence[IdRun], region: str) -> bool:
    """Whether most cores are valid phones of ``region`` written in the plan's own digit groups."""
    import phonenumbers

    written = 0
    for run in runs:
        groups = [len(g) for g in re.split(r"[ .\-/]", run.core) if g]
        digits = "".join(ch for ch in run.core if ch.isdigit())
        if len(digits) != sum(ch.isalnum() for ch in run.core):
            continue
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        plan = [len(g) for g in re.findall(r"\d+", national)]
        if len(groups) == 1 or groups == plan or groups == plan[-len(groups) :]:
            written += 1
    return written * 2 > len(runs)


def _evidence(name: str, runs: Sequence[IdRun], fill: float) -> str | None:
    if any(r.country for r in runs):
        return "a cell names the issuing country in brackets"
    # A column of bare numbers in every row is a register's own key (a student or member number under ``Ausweis``,
    # set 33): the header counts when the column is mostly empty (a paper seen now and then) or the clerk dressed
    # some of its numbers.
    sparse_or_dressed = fill <= MAX_SPARSE_FILL or any((r.before + r.after).strip() for r in runs)
    if sparse_or_dressed and header_names_id(name):
        return "the header names an identity document"
    if fill <= MAX_SPARSE_FILL and any(r.keyed_as_id for r in runs):
        return "a cell keys its number as an id in a column most rows leave empty"
    return None


def id_run_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    region: str = "US",
) -> dict[str, ColumnDetection]:
    """National id findings for the columns of ``names`` left undecided (or read as phones from their values
    alone) whose written cells are each one run of the column's own shape in any dress, with a header or a dress
    naming an identity paper. Only new findings; ``found`` is not modified.

    Example::

        id_run_columns(df, list(df.columns), found, "FR")  # {"Pièce d'identité": ColumnDetection(...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        det = found.get(name)
        phone = det is not None and det.entity == E.PHONE_NUMBER and det.method == "values"
        if (det is not None and det.entity != E.FREE_TEXT and not phone) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        head = series.head(SAMPLE_SIZE * 20)
        written = _written(head.dropna().tolist())[:SAMPLE_SIZE]
        if not written:
            continue
        runs = [read_id_run(v) for v in written]
        if any(r is None for r in runs):
            continue
        read = [r for r in runs if r is not None]
        if not _one_shape(read):
            continue
        fill = len(_written(head.tolist())) / max(1, len(head))
        why = _evidence(str(name), read, fill)
        if why is None or (phone and _phone_written(read, region)):
            continue
        out[name] = ColumnDetection(name, E.NATIONAL_ID, 0.8, 1.0, "values", len(read), None,
                                    f"{len(read)} cells of one id shape; {why}")  # fmt: skip
    return out
