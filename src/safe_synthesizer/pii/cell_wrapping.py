"""Export wrapping around a replaced value: taken off before the fake is drawn, put back around it.

Why: exports write a column's values inside wrapping that is no part of the value: ``mailto:jd@x.org``
(mail links), ``IBAN DE89 3704 ...`` and ``VISA 4111 1111 ...`` (bank and card labels), ``SSN: 123-45-6789``,
``'123-45-6789`` (Excel's text apostrophe), ``447911123456.0`` (a float export), ``020 7946 0958 (home)``,
``Maria Lopez (deceased)``. The fakes were drawn for the whole cell: an e-mail lost its
``mailto:`` (a column of links became a column of bare addresses), a card's ``VISA`` came out as random
letters (``QXTB 4...``). The wrapping names no one, so the fake is drawn for the value alone and written
back inside the same wrapping.

Phone columns unwrap their own labels and apostrophes (:mod:`phones`), so they are not split here.

Example::

    split_wrapping("mailto:jd@x.org", "email")        # ("mailto:", "jd@x.org", "")
    split_wrapping("VISA 4111 1111 1111 1111", "credit_debit_card")  # ("VISA ", "4111 1111 1111 1111", "")
    split_wrapping("447911123456.0", "phone_number")   # ("", "447911123456", ".0")
    split_wrapping("Maria Lopez (deceased)", "name")   # ("", "Maria Lopez", " (deceased)")
    split_wrapping("Maria Lopez", "name")              # ("", "Maria Lopez", "")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E

_APOSTROPHE = r"'(?=[\w+(])"
_SSN_WORDS = r"ssn|ss#|soc\.? sec\.?(?: no\.?)?|sin|nin|nino"
_ID_WORDS = r"id|nr|no|dni|nie|nif|bsn|pps|ahv|avs|cf|nir"
_TAX_WORDS = r"tin|tax id|steuer-?id|nif|cf|rfc|tfn|ird"
_LABELS = {
    E.EMAIL: re.compile(r"^(mailto:\s*|'(?=\S+@))", re.IGNORECASE),
    E.CREDIT_DEBIT_CARD: re.compile(
        rf"^((?:(?:visa|mc|mastercard|master card|amex|american express|maestro|discover|diners|jcb|cb|card|"
        rf"carte|karte|tarjeta|carta|kaart|cart[aã]o|kreditkarte)\.?\s*[:#]?\s+)|{_APOSTROPHE})(?=\d)",
        re.IGNORECASE,
    ),
    E.IBAN: re.compile(rf"^((?:iban\s*[:#]?\s*)|{_APOSTROPHE})(?=[A-Za-z]{{2}}\d)", re.IGNORECASE),
    E.SSN: re.compile(rf"^((?:{_SSN_WORDS})\s*[:#]?\s*|{_APOSTROPHE})(?=[\dA-Z])", re.IGNORECASE),
    E.NATIONAL_ID: re.compile(rf"^((?:{_ID_WORDS})\.?\s*[:#]\s*|{_APOSTROPHE})(?=\w)", re.IGNORECASE),
    E.TAX_ID: re.compile(rf"^((?:{_TAX_WORDS})\.?\s*[:#]\s*|{_APOSTROPHE})(?=\w)", re.IGNORECASE),
}
_QUICK = {E.EMAIL: ("mailto", "MAILTO", "Mailto", "'")}

# ``447911123456.0``: a number a spreadsheet wrote as a float; the ``.0`` is no digit of the value.
_FLOAT_TAIL = re.compile(r"(?<=\d)\.0+$")
_FLOAT_ENTITIES = E.DIGIT_ENTITIES
# ``020 7946 0958 (home)``: a word in brackets after a number says which number it is.
_WORD_TAIL = re.compile(r"\s*\([^\W\d_]{2,12}\.?\)$")
_PHONES = frozenset({E.PHONE_NUMBER, E.FAX_NUMBER})
# ``Maria Lopez (deceased)``: a lower-case remark after a name is no part of it (no capital, no digit).
_REMARK_TAIL = re.compile(r"\s*\((?=[^()]*[^\W\d_])[^()\d@A-Z\u00C0-\u00DE]{2,30}\)$")
_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def split_wrapping(value: str, entity: str) -> tuple[str, str, str]:
    """``(prefix, rest, suffix)``: the export wrapping around ``value`` of ``entity`` (``""`` when none) and
    what it wraps."""
    prefix, rest = _prefix(value, entity)
    rule = None
    if entity in _FLOAT_ENTITIES and rest[-2:-1] == ".":
        rule = _FLOAT_TAIL
    elif rest.endswith(")"):
        rule = _WORD_TAIL if entity in _PHONES else _REMARK_TAIL if entity in _NAMES else None
    m = rule.search(rest) if rule is not None else None
    suffix = m.group(0) if m is not None else ""
    if suffix and len(suffix) < len(rest):
        return prefix, rest[: len(rest) - len(suffix)], suffix
    return prefix, rest, ""


def _prefix(value: str, entity: str) -> tuple[str, str]:
    rule = _LABELS.get(entity)
    if rule is None:
        return "", value
    quick = _QUICK.get(entity)
    if quick is not None and not value.startswith(quick):
        return "", value
    m = rule.match(value)
    if m is None or m.end() >= len(value):
        return "", value
    return m.group(1), value[m.end() :]


def wrapped_cells(cells: Sequence[str], entity: str) -> dict[str, tuple[str, str, str]]:
    """:func:`split_wrapping` of the ``cells`` that have wrapping (the others are their own value).

    Cheap for a column of plain values: only cells that could carry a label (not starting with a digit),
    a ``.0`` or a bracketed word are split.
    """
    rule = _LABELS.get(entity)
    floats, brackets = entity in _FLOAT_ENTITIES, entity in _PHONES or entity in _NAMES
    if rule is None and not floats and not brackets:
        return {}
    quick = _QUICK.get(entity)
    out = {}
    for cell in cells:
        if rule is not None and (cell.startswith(quick) if quick is not None else not cell[:1].isdigit()):
            pass
        elif not ((floats and cell.endswith("0") and "." in cell) or (brackets and cell.endswith(")"))):
            continue
        split = split_wrapping(cell, entity)
        if split[0] or split[2]:
            out[cell] = split
    return out
