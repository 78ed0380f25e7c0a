"""Sparse columns of people written "care of": ``c/o Stanley Carr``, ``z. Hd. Jana Roth``, ``chez Léa Morel``.

Why: an ERP's second name line (SAP ``NAME2``), a mailing list's addressee line or a shipping label's ``Attn`` is
filled for a few customers of many, with the person the post goes to: ``c/o`` and a full name. Two to ten filled
cells are too few for the name checks (which want many distinct names) and the care-of word makes the cell no
name shape. The care-of word is the evidence: a column whose filled cells are nearly all a care-of word before a
name-shaped person (no digits, no firm) names people, with the header shown or hidden. A street line after
``c/o`` (digits), a firm (``c/o Acme GmbH``) or words in lower case (``bei Bedarf anrufen``) are not taken; the
first or last word must be a listed given name or surname.

The fake (:func:`care_of_fakes`) keeps the care-of word and fakes the name after it as a full name.

Example::

    split_care_of("c/o Stanley Carr")  # ("c/o ", "Stanley Carr")
    care_of_name_columns(df, ["c003"], {})  # {"c003": ColumnDetection(..., "name", method="values+care-of")}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.titles import PARTICLES

# Care-of and attention words in the languages the stage serves (written before the person).
_CARE_OF = (
    r"c/o|c\.o\.|℅|co\.|attn\.?:?|att\.?:?|attention:?|to the attention of|"  # English
    r"z\.\s?hd\.?|z\.\s?h\.|zu händen( von)?|zhd\.?|bei|p\.\s?a\.?|per adr\.?|"  # German
    r"chez|a/s|aux soins de|à l'attention de|à l’attention de|attn de|"  # French
    r"a/c|a la atención de|atención:?|aos cuidados de|a/c de|"  # Spanish, Portuguese
    r"presso|c/a|all'attenzione di|alla c\.a\.( di)?|"  # Italian
    r"t\.a\.v\.|tav|p/a|ter attentie van|"  # Dutch
    r"u/|att:|v/"  # Nordic
)
_SPLIT = re.compile(rf"^\s*(?P<marker>(?:{_CARE_OF}))\s+(?P<rest>\S.*?)\s*$", re.IGNORECASE)
# Words of places and firms a post is sent care of (the name checks may list ``Roma`` as a surname).
_PLACES = frozenset(
    {"hotel", "hôtel", "hostel", "hospital", "hôpital", "ospedale", "krankenhaus", "klinik", "clinic", "clinica",
     "clínica", "school", "schule", "école", "scuola", "escuela", "university", "universität", "université",
     "università", "universidad", "office", "büro", "bureau", "ufficio", "oficina", "kantoor", "residence",
     "résidence", "residenza", "residencia", "camping", "pension", "gasthof", "hostal", "albergo", "villa"}
)  # fmt: skip
# Rows read, filled cells needed (one: a lone ``c/o Ann Lee`` names a person), and the share of them written care-of.
MAX_ROWS = 500
MIN_FILLED = 1
MIN_CARE_OF = 0.8


def split_care_of(value: object) -> tuple[str, str] | None:
    """(care-of word with the space after it, the person) when ``value`` is a care-of word before a name."""
    if not isinstance(value, str) or len(value) > 120:
        return None
    m = _SPLIT.match(value)
    if m is None:
        return None
    rest = m.group("rest")
    if any(ch.isdigit() for ch in rest) or not V.is_name_shaped_any_case(rest) or V.has_company_marker(rest):
        return None
    words = rest.split()
    if any(w.casefold() in _PLACES for w in words):
        return None  # ``presso Hotel Roma``: care of a place, not a person
    if not all(w[:1].isupper() or w.casefold() in PARTICLES for w in words):
        return None  # ``bei Bedarf anrufen``: a person's name is capitalised
    if not (V.first_name_known(words[0]) or V.last_name_known(words[-1])):
        return None
    return value[: m.start("rest")], rest


def _text(series: pd.Series) -> bool:
    return pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)


def care_of_name_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose filled cells are nearly all care-of a person.

    ``found`` maps decided columns to anything but ``None``: they are skipped.
    """
    out: dict[str, ColumnDetection] = {}
    for column in names:
        if found.get(column) is not None or column not in df.columns or not _text(df[column]):
            continue
        filled = list(islice((v for v in df[column].to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS))
        if len(filled) < MIN_FILLED:
            continue
        cared = sum(split_care_of(v) is not None for v in filled)
        if cared < MIN_FILLED or cared < MIN_CARE_OF * len(filled):
            continue
        share = cared / len(filled)
        evidence = f"{share:.0%} of {len(filled)} filled cells a care-of word before a person's name"
        out[column] = ColumnDetection(
            column, E.NAME, 0.9, round(share, 4), "values+care-of", len(filled), None, evidence
        )
    return out


def care_of_fakes(originals: Sequence[str], full_names: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the care-of values of ``originals`` (others left out): the word kept, the person faked by
    ``full_names`` (the name fakes' full-name mapper, so the person agrees with the same name elsewhere)."""
    split = {v: p for v in dict.fromkeys(originals) if (p := split_care_of(v)) is not None}
    if not split:
        return {}
    fakes = full_names(list(dict.fromkeys(rest for _, rest in split.values())))
    return {v: f"{marker}{fakes.get(rest, rest)}" for v, (marker, rest) in split.items()}
