"""An identity number in a note after a cue of ANY language, read by the cue's closing notation (``:``, ``#``,
``№``, ``n°``, ``no.``) and by the number itself: the layout of the table's own id column, a national scheme's
check (python-stdnum, :func:`text_id_schemes.any_id_scheme`), or an identity word's stem in the cue.

Why: the id rules take a number after an id word of their lists (``passport no.``, ``CNI``, ``Aadhaar``); a note
in a language none of them holds keeps its id (set 49, Occitan: ``carta d'identitat n° BBH50NJ4H``). What every
language shares is how a label ends before its value (a colon, a number sign, ``№``, ``n°``, ``no.``) and what an
id looks like. So a token after such a closing is an id when

- it has the layout of the table's own national-id column (:func:`table_id_shapes`: digits as ``9``, letters as
  ``A``, separators kept; for ids of mixed letters and digits without separators, their length), or
- it passes a national id scheme's check (``any_id_scheme``), or
- the label holds an identity word's stem (``ident``: ``identitat``, ``identiteit``, ``identitet``; ``pass``,
  ``pasp``, ``паспорт``) and the token has an id's layout (6-20 upper-case letters and digits, with two digits
  or eight characters: ``DCCXCJCY9``).

Guards: a record word in the label (``order``, ``booking``, ``invoice``, ``ticket``, ``room``, ``ref``) makes the
token that record's number; dates, times and spans found already are left alone; a token must end where a word
does (``n° 12 rue ...`` is no id: too short and the layout fails).

Example::

    any_cue_id_spans("venduda per Dòna Rouquette (carta d'identitat n° BBH50NJ4H), escriure")
    # [(50, 59, "national_id")]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_id_schemes import any_id_scheme
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans

__all__ = ["any_cue_id_spans", "table_id_shapes", "with_any_cue_ids"]

# How a label closes before its value, in any language.
_CLOSING = re.compile(r"(?:(?<![^\W\d_])(?:n[°º]|№|nr\.?|no\.|num\.?)|#|:)[ \t\u00a0]*", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Z0-9](?:[A-Z0-9]|[-/. ](?=[A-Z0-9])){5,24}(?![\w\-/]|[.,]\w)")
_ID_STEM = re.compile(
    r"(?i)(?<![^\W\d_])(?:ident|pass\b|passp|passe?port|pasapor|pasp|паспорт|посвідч|удостовер|cni\b|cnic\b|nic\b|"
    r"nid\b|dni\b)"
)
_RECORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|booking|invoice|ticket|receipt|room|table|ref|reference|tracking|parcel|flight|seat|"
    r"cert|certificate|serial|model|part|item|sku|batch|lot|job|account|acct|iban|card|phone|tel|mobile|cell|fax|"
    r"commande|facture|réservation|billet|chambre|pedido|factura|reserva|fattura|ordine|bestellung|rechnung|"
    r"zimmer|bestelling|factuur|kamer)"
)
_DATE_OR_TIME = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$|^\d{1,2}[:.]\d{2}$")
_LABEL_START = re.compile(r"[.!?;,()\[\]\n،۔]")
MAX_LABEL = 40


def _shape(value: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", value))


def _coarse(value: str) -> str | None:
    """Ids of letters and digits mixed without separators (``GY2F330SW``): only their length is their layout."""
    if value.isalnum() and any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
        return f"X{len(value)}"
    return None


def table_id_shapes(values: Iterable[object]) -> frozenset[str]:
    """The layouts of a table's national-id cells (dressed cells read for their id token: ``id=35202-3103917-7``,
    ``[PK] 42101-0292665-5``, ``98 11 359297 — seen``)."""
    shapes: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        tokens = [t for t in _TOKEN.findall(value.upper()) if sum(c.isdigit() for c in t) >= 3]
        if not tokens:
            continue
        token = max(tokens, key=len).strip()
        shapes.add(_shape(token))
        if (coarse := _coarse(token)) is not None:
            shapes.add(coarse)
    return frozenset(shapes)


def _label(text: str, end: int) -> str:
    """The label before a closing that ends at ``end``: back to the previous sentence, clause or bracket."""
    start = max(0, end - MAX_LABEL)
    cut = [m.end() for m in _LABEL_START.finditer(text, start, end)]
    return text[cut[-1] if cut else start : end]


def any_cue_id_spans(
    text: str, spans: Sequence[tuple[int, int, str]] = (), shapes: Iterable[str] = ()
) -> list[tuple[int, int, str]]:
    """Id numbers after a label's closing (see the module docstring), outside ``spans``."""
    if not text or not any(ch.isdigit() for ch in text):
        return []
    known = frozenset(shapes)
    out: list[tuple[int, int, str]] = []
    for m in _CLOSING.finditer(text):
        t = _TOKEN.match(text, m.end())
        if t is None:
            continue
        a, b = t.span()
        value = t.group().rstrip(" .")
        b = a + len(value)
        digits = sum(c.isdigit() for c in value)
        if digits < 1 or _DATE_OR_TIME.match(value) or any(s < b and a < e for s, e, _ in spans):
            continue
        label = _label(text, m.start()) + text[m.start() : m.end()]
        if _RECORD.search(label):
            continue
        compact = re.sub(r"[\s.\-/]", "", value)
        by_shape = _shape(value) in known or (_coarse(compact) in known and _coarse(value) is not None)
        by_scheme = len(compact) >= 8 and any_id_scheme(value) is not None
        by_stem = bool(_ID_STEM.search(label)) and 6 <= len(compact) <= 20 and (digits >= 2 or len(compact) >= 8)
        if by_shape or by_scheme or by_stem:
            out.append((a, b, E.NATIONAL_ID))
    return out


def with_any_cue_ids(text: str, spans: list[TextSpan], shapes: Iterable[str] = ()) -> list[TextSpan]:
    """``spans`` with the ids of :func:`any_cue_id_spans` added."""
    found = any_cue_id_spans(text, [(s.start, s.end, s.entity) for s in spans], shapes)
    if not found:
        return spans
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in found])
