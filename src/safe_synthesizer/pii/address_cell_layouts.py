"""One address cell read in the layouts the part reader (:mod:`address_cell_reader`) leaves whole, and the address
columns those readings make.

Why: the part reader splits on commas, bars, semicolons, brackets, spaced dashes and slashes, so three general
layouts stayed one unread part: a locality written as a label before a colon (``BOR: near the teaching hospital``,
``CITTÀ DEL VATICANO: Via del Governatorato 4``, ``YEI: Gudele 2``), a house on a corner or between two streets
written with the Spanish and Latin American cross-street markers (``Mcal. López 705 c/ Tacuarí``, ``Calle Heredia
No. 123 e/ Campanario y Lealtad``, ``esq.``), and a settlement address with no street at all, only places and a
postcode (``Dolonier / Nett, Pohnpei / FM 96941``). Each is read here by its structure (a colon after words only; a
closed class of cross-street markers between two names; parts that are all places), then handed to the part
reader, so any separator and any order the reader knows keeps working. A column is an address column when nearly
all its distinct values read so and enough are read by a closed-class word or a postcode (the part reader's
``strong``), as :mod:`column_read_addresses` asks; a name and a number alone (``Size 42``) stay no evidence.

The same reading tells an address column whose long cells look like sentences to the prose test (``Camp Thunder
Cove, Unit 25 / Diego Garcia / BBND 1ZZ`` has eight words) from a notes column: :func:`reads_as_address_cells`.

Example::

    read_address_layout("BOR: near the bus station").kinds   # ("locality", "landmark")
    read_address_layout("Azara 1452 c/ Brasil / Luque / 110101").kinds  # ("street", "locality", "postcode")
    reads_as_address_cells(["P.O. Box 14 / Nett, Pohnpei / FM 96941", "Rull / Colonia, Yap / FM 96943"])  # True
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_cell_reader import AddressReading, part_kind, read_address
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["address_layout_columns", "address_layout_evidence", "read_address_layout", "reads_as_address_cells"]

MAX_CELL_CHARS = 140
MAX_LABEL_WORDS = 5
# A colon closing a label of words (``BOR:``, ``Città del Vaticano:``) and followed by a space: never a time
# (``12:30``), a ratio or a URL, whose colon stands between digits or letters without a space.
_LABEL_COLON = re.compile(r"^([^\W\d_][^\W\d_'’.\- ]*(?:[ '’.\-]+[^\W\d_]+)*)\s*[:：]\s+(?=\S)")
# Cross-street markers of Spanish-speaking address layouts (a closed class): ``c/`` (con, casi), ``e/`` (entre),
# ``esq.`` / ``esquina`` (corner), ``entre`` ... ``y``. They stand between a street (often with its number) and the
# street it meets.
_CROSS = re.compile(r"\s+(?:[ce]/|esq\.?|esquina(?:\s+(?:de|con))?|entre)\s+(?=\S)", re.IGNORECASE)
# Street types that are ordinary words too (the part reader never reads them alone: ``Via``, ``Casa``, ``Place``):
# they open a street when a name and a house number follow them (``Via del Pellegrino 2``, ``Place Bell 4``), never
# with a number alone (``Route 66``, ``Gate 12``).
_ORDINARY_TYPES = frozenset(
    "via viale vicolo casa place square route court close row way calle rua largo praça praca plaza".split()  # noqa: SIM905
)
_PLACE_KINDS = frozenset({"locality", "postcode", "place_code"})
_HOME_KINDS = frozenset({"home", "street", "landmark", "numbered"})
_STRONG_KINDS = frozenset({"home", "street", "landmark"})

# Column thresholds, as :mod:`column_read_addresses` (read by nearly all distinct values, strong in half).
MAX_ROWS = 2000
MAX_VALUES = 200
MIN_READ = 0.8
MIN_STRONG = 0.5
MIN_HOMES = 0.3  # distinct values per filled row: a branch's one address repeated is no one's home
MIN_WHOLE = 0.5  # of the read values, addresses of several parts (else street lines)
MIN_NUMBERED = 0.5  # street lines alone need house or box numbers in half their values
FEW_VALUES = 3
MIN_PLACE_LETTERS = 2  # a part opening with one letter (``T.``) is an initial, not a place


def _cross_street(part: str) -> bool:
    """``Mcal. López 705 c/ Tacuarí``: a street (and number) meeting another street by a cross-street marker."""
    pieces = _CROSS.split(part, maxsplit=1)
    if len(pieces) != 2:
        return False
    main, cross = pieces
    main_kind = part_kind(main)
    cross_words = cross.replace(" y ", " ").split()
    return (
        main_kind in {"numbered", "street", "home", "locality", "coded"}
        and 1 <= len(cross_words) <= 6
        and part_kind(cross) in {"locality", "street", "numbered"}
    )


def _ordinary_type_street(part: str) -> bool:
    """``Via del Pellegrino 2``: an ordinary-word street type, capitalised, then a name and a house number."""
    tokens = part.split()
    return (
        len(tokens) >= 3
        and tokens[0][:1].isupper()
        and tokens[0].casefold().strip(".") in _ORDINARY_TYPES
        and any(c.isdigit() for c in tokens[-1])
        and not any(c.isdigit() for t in tokens[1:-1] for c in t)
    )


@lru_cache(maxsize=8192)
def _read(text: str) -> AddressReading | None:
    label = _LABEL_COLON.match(text)
    chunks = [text]
    if label and len(label.group(1).split()) <= MAX_LABEL_WORDS:
        chunks = [label.group(1), text[label.end() :]]
    parts: list[str] = []
    kinds: list[str] = []
    for chunk in chunks:
        reading = read_address(chunk)
        if reading is None:
            return None
        for part, kind in zip(reading.parts, reading.kinds, strict=True):
            if (kind in {"other", "numbered", "locality"} and _cross_street(part.strip(" ."))) or (
                kind == "numbered" and _ordinary_type_street(part.strip(" ."))
            ):
                kind = "street"
            parts.append(part)
            kinds.append(kind)
    return AddressReading(tuple(parts), tuple(kinds))


def read_address_layout(value: str) -> AddressReading | None:
    """The parts of ``value`` and their kinds (:class:`AddressReading`), a label before a colon and a street on a
    cross-street marker read as parts too; ``None`` for a cell too long or not read.

    Example::

        read_address_layout("CITTÀ DEL VATICANO: Via del Pellegrino 2").kinds  # ("locality", "street")
    """
    text = " ".join(str(value).split())
    if not text or len(text) > MAX_CELL_CHARS:
        return None
    return _read(text)


def _settlement(reading: AddressReading) -> bool:
    """Places only, several of them (``Dolonier / Nett, Pohnpei / FM 96941``, ``WAU: Hai Malakal``): a home written
    by its settlement. Never the evidence of a column alone (no closed-class word), only read beside strong ones.
    An initial (``Jesus, T. (Tomé)``: a person's name in register form) is no place."""
    if len(reading.parts) < 2 or not set(reading.kinds) <= _PLACE_KINDS or "locality" not in reading.kinds:
        return False
    return all(len(word.strip(".")) >= MIN_PLACE_LETTERS for part in reading.parts for word in part.split()[:1])


def _verdict(reading: AddressReading | None) -> tuple[bool, bool, bool]:
    """(read as an address or street line, strong, whole address of several parts)."""
    if reading is None:
        return False, False, False
    kinds = set(reading.kinds)
    if "other" in kinds or ("number" in kinds and len(reading.parts) < 3):
        return False, False, False
    whole = len(reading.parts) >= 2 and (reading.address or _settlement(reading))
    line = len(reading.parts) == 1 and reading.kinds[0] in _HOME_KINDS
    # A street line with no number is no evidence: ``Dr T. Jesus OBE`` reads ``Dr`` as a street type.
    numbered_line = line and any(c.isdigit() for c in reading.parts[0])
    strong = (whole or numbered_line) and (
        bool(kinds & _STRONG_KINDS) or (len(reading.parts) >= 3 and bool(kinds & {"postcode", "place_code"}) and
                                        bool(kinds & _HOME_KINDS))
    )  # fmt: skip
    return whole or line, strong, whole


def _counts(values: Sequence[str]) -> tuple[int, int, int]:
    read = strong = whole = 0
    for value in values:
        r, s, w = _verdict(read_address_layout(value))
        read, strong, whole = read + r, strong + s, whole + w
    return read, strong, whole


def _ends_a_sentence(value: str) -> bool:
    """A cell ending as prose does (a lower-case word and a full stop: ``..., 9993 Wörgl. Beklagte nicht
    erschienen.``): a note that holds an address, no address cell."""
    last = value.split()[-1]
    return last[-1:] in ".!?" and last[:-1].isalpha() and last[:-1].islower()


def reads_as_address_cells(values: Sequence[str]) -> bool:
    """Nearly every value reads as an address or a street line and half by a closed-class word or a postcode: an
    address column whose long cells are no sentences.

    Example::

        reads_as_address_cells(["HS1 4WD Steòrnabhagh; 15 Sràid Chrombail", "IV51 9HQ Port Rìgh; 40 Sràid an Rìgh"])
        # True
    """
    kept = [v for v in (" ".join(str(x).split()) for x in values) if v]
    if not kept or sum(_ends_a_sentence(v) for v in kept) > (1 - MIN_READ) * len(kept):
        return False
    read, strong, _ = _counts(kept)
    return read >= MIN_READ * len(kept) and strong >= MIN_STRONG * len(kept)


def _remark(value: str) -> bool:
    """A tool's or a form's word for nothing (``no data``, ``-- select --``, ``n/a``): no digit, and lower case
    only or opening with a mark. A place's name is capitalised; scripts without case are never remarks."""
    if any(c.isdigit() for c in value):
        return False
    if not value[:1].isalnum():
        return True
    cased = [c for c in value if c.isupper() or c.islower()]
    return (bool(cased) and not any(c.isupper() for c in cased)) or value.upper() in {"N/A", "NA", "NIL", "NULL"}


MIN_SWAPPED_PARTS = 2
MAX_SWAPPED_SHARE = 0.3


def _recombined_items(readings: Sequence[AddressReading | None]) -> bool:
    """Whether the cells are lists of items, not addresses: the same parts come back in other places of other cells
    (``Plain Hunt, Stedman Triples`` beside ``Grandsire Doubles, Plain Hunt``). An address's street opens it and its
    town follows; no street of one cell is the town of another."""
    multi = [[p.strip(" .").casefold() for p in r.parts] for r in readings if r is not None and len(r.parts) >= 2]
    first = {parts[0] for parts in multi}
    swapped = first & {p for parts in multi for p in parts[1:]}
    if len(swapped) < MIN_SWAPPED_PARTS:
        return False
    return sum(bool(swapped & set(parts)) for parts in multi) >= MAX_SWAPPED_SHARE * len(multi)


def address_layout_evidence(series: pd.Series) -> tuple[str, str] | None:
    """The entity (``address`` or ``street_address``) and the evidence of a column of address cells read by
    :func:`read_address_layout`, or ``None``.

    Example::

        address_layout_evidence(pd.Series(["BOR: near the bus station", "YEI: Gudele 2", "WAU: behind the market"]))
        # ("address", "100% read as addresses ...")
    """
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    values = series.head(MAX_ROWS).dropna().astype(str).map(lambda v: " ".join(v.split()))
    values = values[values != ""]
    distinct = [v for v in dict.fromkeys(values.tolist()) if not _remark(v)][:MAX_VALUES]
    if not distinct or len(distinct) < MIN_HOMES * len(values):
        return None
    if sum(_ends_a_sentence(v) for v in distinct) > (1 - MIN_READ) * len(distinct):
        return None  # notes that hold addresses
    readings = [read_address_layout(v) for v in distinct]
    if _recombined_items(readings):
        return None
    verdicts = [_verdict(r) for r in readings]
    read = sum(v[0] for v in verdicts)
    strong = sum(v[1] for v in verdicts)
    whole = sum(v[2] for v in verdicts)
    if read < MIN_READ * len(distinct) or strong < MIN_STRONG * len(distinct):
        return None
    if len(distinct) < FEW_VALUES and not all(v[1] and v[2] for v in verdicts):
        return None
    entity = E.ADDRESS if whole >= MIN_WHOLE * read else E.STREET_ADDRESS
    if entity == E.STREET_ADDRESS and sum(any(c.isdigit() for c in v) for v in distinct) < MIN_NUMBERED * len(distinct):
        return None  # named sites (``Moor Lane field``, ``Hanging Wood``): no one's house
    why = (f"{read / len(distinct):.0%} read as addresses or street lines by their layout ({strong / len(distinct):.0%}"
           f" by a street, home or box word, a landmark or a postcode); {len(distinct)} distinct values")  # fmt: skip
    return entity, why


CONFIDENCE = 0.75
_ADDRESS_CUES = frozenset({E.ADDRESS, E.STREET_ADDRESS})


def address_layout_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address and street columns among ``columns`` that ``found`` left undecided (``None`` or absent), read by
    :func:`address_layout_evidence`; a header that cues an entity other than a place keeps its column.

    Example::

        address_layout_columns(df, list(df.columns), found)  # {"c005": ColumnDetection(..., "address", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        if column not in df.columns or found.get(column) is not None:
            continue
        cues = cue_hints(str(column))
        if cues and not cues & _ADDRESS_CUES:
            continue  # a header naming the town or another kind of thing keeps its column
        if (evidence := address_layout_evidence(df[column])) is None:
            continue
        entity, why = evidence
        n = int(df[column].notna().sum())
        out[column] = ColumnDetection(column, entity, CONFIDENCE, CONFIDENCE, "values+layout", n, None, why)
    return out
