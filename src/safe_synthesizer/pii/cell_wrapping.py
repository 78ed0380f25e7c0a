"""Export wrapping around a replaced value: taken off before the fake is drawn, put back around it.

Why: exports write a column's values inside wrapping that is no part of the value: ``mailto:jd@x.org``
(mail links), ``IBAN DE89 3704 ...`` and ``VISA 4111 1111 ...`` (bank and card labels), ``SSN: 123-45-6789``,
``'123-45-6789`` (Excel's text apostrophe). The fakes were drawn for the whole cell: an e-mail lost its
``mailto:`` (a column of links became a column of bare addresses), a card's ``VISA`` came out as random
letters (``QXTB 4...``). The wrapping names no one, so the fake is drawn for the value alone and written
back inside the same wrapping.

Phone columns unwrap their own labels and apostrophes (:mod:`phones`), so they are not split here.

Example::

    split_wrapping("mailto:jd@x.org", "email")        # ("mailto:", "jd@x.org")
    split_wrapping("VISA 4111 1111 1111 1111", "credit_debit_card")  # ("VISA ", "4111 1111 1111 1111")
    split_wrapping("Maria Lopez", "name")              # ("", "Maria Lopez")
"""

from __future__ import annotations

import re

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


def split_wrapping(value: str, entity: str) -> tuple[str, str]:
    """``(prefix, rest)``: the export wrapping before ``value`` of ``entity`` (``""`` when none) and what it wraps."""
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
