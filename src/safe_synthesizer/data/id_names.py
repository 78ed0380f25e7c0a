"""Id-named columns: which column names say "an identifier" (``user_id``, ``Policy No.``,
``Kundennr.``, ``患者番号``, ``Nº Pedido``).

A name is only half of the decision: ``data.inference`` and ``data.string_kinds`` also look at
the values (unique per row, or repeating over more than ``ID_MAX_CODES`` values). Names are no
values, so ``data.private_schema`` uses this module under DP too.
"""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.data.schema_notes import check_note

__all__ = ["ID_MAX_CODES", "is_id_name", "reference_notes"]

# An id-named column: the name's last word is id/key/uuid/guid (``pt_subject_id``, ``subjectId``,
# ``SUBJECT_ID``, ``patient id``, an account's ``iban``), a number word (``Policy No.``,
# ``Invoice Number``, German ``Kd.-Nr.``), a tax or patient id (``Seller GSTIN``, ``ssn``, ``npi``),
# or an entity word glued to "id" (``userid``); not ``idea``/``valid``.
_ID_WORDS = {"id", "ids", "key", "uuid", "guid", "uid", "mrn", "iban", "no", "nr", "number", "nummer", "gstin", "ssn",
             "npi",
             # national person and company tax ids: Brazil, Spain, Mexico, Poland, Turkey, Chile, ...
             "cpf", "cnpj", "dni", "nif", "nie", "curp", "rfc", "pesel", "nip", "regon", "tckn", "vkn", "siren",
             "siret", "rut", "bsn", "codice", "cuit", "cuil"}
# German compounds end in the number word (``Kundennr.``, ``Rechnungsnummer``); Japanese and
# Chinese names in 番号/编号/號碼 (``患者番号``, ``会员编号``).
# Postal codes (郵便番号, 邮政编码) are places, not ids.
_ID_SUFFIXES = re.compile(r"(?:.{3,}(?:nr|nummer)|.*(?<!郵便)(?:番号|编号|號碼|号码|ＩＤ))\.?$", re.IGNORECASE)
# Romance languages put the number word first: ``Nº Pedido``, ``N° de série``, ``n.º cliente``.
_ID_FIRST = re.compile(r"^n\.?\s?[º°]\.?\s*\w", re.IGNORECASE)
_ID_GLUED = re.compile(
    r"^(user|patient|subject|customer|client|member|person|record|account|order|product|item|session|"
    r"transaction|visit|row|employee|emp|student|case|sample|device|pt|study)_?id$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
# An id-named integer with at most this many distinct values is a code (site, arm), not an id.
ID_MAX_CODES = 20


def is_id_name(name: str) -> bool:
    """True for names of id columns: ``user_id``, ``subjectId``, ``SUBJECT_ID``, ``patient id``, ``ID``.

    Example:
        >>> [is_id_name(n) for n in ("pt_subject_id", "subjectId", "Kundennr.", "idea", "width", "valid")]
        [True, True, True, False, False, False]
    """
    if _ID_SUFFIXES.match(name.strip()) or _ID_FIRST.match(name.strip()):
        return True
    words = _WORDS.findall(name)
    if not words:
        return False
    return words[-1].lower() in _ID_WORDS or (words[0].lower() == "id" and len(words) > 1) or bool(
        _ID_GLUED.match(name.strip())
    )


# A reference between rows is claimed on at least this many present values, most of them
# naming another row (not an alias written in the same row, like a second spelling of the id).
REFERENCE_MIN_VALUES = 20
REFERENCE_MAX_SAME_ROW = 0.5


def reference_notes(frame: pd.DataFrame, identifiers: list[str], categories: list[str] = ()) -> list[str]:
    """Notes for identifier (or categorical) columns whose every value is a value of an identifier
    column, mostly of another row (a ledger's ``reverses`` naming the ``line_id`` it reverses).

    The built-in model writes new ids per column, so such a link points to no synthetic row; no
    row-level rule can rebuild it (probe 6: every synthetic ``reverses`` named no line). The note
    says so on the console instead of leaving the broken links unmentioned. Reads values: outside
    DP only, like the rest of ``data.inference``.

    Example:
        >>> f = pd.DataFrame({"line": [f"L{i}" for i in range(40)], "reverses": [None, *[f"L{i}" for i in range(39)]]})
        >>> reference_notes(f, ["line", "reverses"])[0].split(";")[0]
        "'reverses': every value names a 'line' of another row (39 rows)"
    """
    values = {c: frame[c].dropna().astype(str).str.strip() for c in [*identifiers, *categories] if c in frame}
    sets = {c: set(values[c][values[c] != ""].unique().tolist()) for c in identifiers if c in values}
    notes = []
    for ref, present in values.items():
        present = present[present != ""]
        if len(present) < REFERENCE_MIN_VALUES:
            continue
        # Set inclusion of the distinct values, not ``Series.isin``: on Arrow strings ``isin`` walks
        # the whole column in Python per target (3 minutes of a 100k-row table's 4).
        distinct = set(present.unique().tolist())
        for target, known in sets.items():
            if target == ref or not distinct <= known:
                continue
            same_row = (present == frame[target].astype(str).str.strip().loc[present.index]).mean()
            if same_row > REFERENCE_MAX_SAME_ROW:
                continue
            notes.append(
                check_note(
                    f"'{ref}': every value names a '{target}' of another row ({len(present)} rows); synthetic "
                    f"'{ref}' values are new ids that name no synthetic row: drop the column or rebuild the links "
                    "after generation"
                )
            )
            break
    return notes
