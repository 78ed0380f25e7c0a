"""Id-named columns: which column names say "an identifier" (``user_id``, ``Policy No.``,
``Kundennr.``, ``患者番号``, ``Nº Pedido``).

A name is only half of the decision: ``data.inference`` and ``data.string_kinds`` also look at
the values (unique per row, or repeating over more than ``ID_MAX_CODES`` values). Names are no
values, so ``data.private_schema`` uses this module under DP too.
"""

from __future__ import annotations

import re

__all__ = ["ID_MAX_CODES", "is_id_name"]

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
