"""Personal tax numbers of Latin America in text: a Guatemalan NIT, a Paraguayan or Peruvian RUC after its word.

Why: in Guatemala and Paraguay a person's tax number is what a form asks for (``con NIT 7684534-6``, ``RUC
4567891-3``): digits, a dash and a check digit (``K`` in Guatemala). The id-number pattern of prose
(:mod:`text_ids`) reads no seven digits, a dash and one digit, and ``NIT``/``RUC`` were no id words, so those
numbers were kept. Here the word (in capitals: "nit" and "ruc" are no words of prose) and the scheme's check
digit (``python-stdnum``) are the evidence. A company's number is no personal data: Paraguayan companies'
RUCs open with ``80`` (eight digits), Peruvian people's open with ``10`` (companies' ``20``), and only those
of people are taken.

Example::

    tax_id_spans("D. Fabio Garmendia, con NIT 7684534-6, declara")  # [(32, 41, "national_id")]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

# The word, an optional "number" word, then the number: "NIT 7684534-6", "R.U.C. N° 4567891-3", "RUC: 10456789012".
_CUED = re.compile(
    r"(?<![\w.])(?P<word>NIT|N\.I\.T\.|RUC|R\.U\.C\.)(?:[ \t]*(?:N[°º]|No\.?|Nro\.?|núm\.?|número))?[ \t]*[:#]?[ \t]*"
    r"(?P<value>\d{1,3}(?:\.\d{3}){1,2}-[\dkK]|\d{4,11}-?[\dkK])(?![\w\-/]|[.,]\d)"
)
# Paraguayan companies' RUCs: eight digits opening with 80.
_PY_COMPANY = re.compile(r"^80\d{6}-?\d$")


def _valid(word: str, value: str) -> bool:
    """``value`` passes a personal tax scheme named by ``word`` (NIT: Guatemala; RUC: Paraguay, Peru's people)."""
    from stdnum.gt import nit
    from stdnum.pe import ruc as pe_ruc
    from stdnum.py import ruc as py_ruc

    digits = value.replace(".", "")
    if word.replace(".", "") == "NIT":
        return bool(nit.is_valid(digits))
    if _PY_COMPANY.match(digits):
        return False
    if py_ruc.is_valid(digits):
        return True
    plain = digits.replace("-", "")
    return len(plain) == 11 and plain.startswith("10") and bool(pe_ruc.is_valid(plain))


def tax_id_spans(text: str) -> list[tuple[int, int, str]]:
    """National-id spans of the personal NITs and RUCs written after their word in ``text``."""
    if "NIT" not in text and "RUC" not in text and "N.I.T" not in text and "R.U.C" not in text:
        return []
    out = []
    for m in _CUED.finditer(text):
        if _valid(m.group("word"), m.group("value")):
            out.append((m.start("value"), m.end("value"), E.NATIONAL_ID))
    return out
