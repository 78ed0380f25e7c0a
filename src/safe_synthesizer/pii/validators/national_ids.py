"""National personal id numbers of many countries, checked with python-stdnum.

Each scheme is the country's own check (check digits, embedded birth dates, fixed prefixes): the
Dutch BSN, Polish PESEL, Italian codice fiscale, Spanish DNI/NIE, French NIR (INSEE), Swiss AHV,
Swedish personnummer, Austrian SV-Nummer, Danish CPR, Norwegian fødselsnummer, Finnish HETU,
Belgian national number, Brazilian CPF (not the Portuguese citizen card: its digits-only form is a
Luhn number, which payment cards are too); plus the UK National Insurance
layout (two letters, six digits, one letter), which has no check digit. US SSNs are
:func:`~safe_synthesizer.pii.validators.identifiers.is_ssn`'s.

Schemes differ in how often a random number passes: a 9-digit number is a valid BSN one time in
eleven, a 16-character codice fiscale almost never by chance. :func:`national_id_scheme` says which
scheme a value passes and whether that scheme is *distinctive* (a value in prose may be taken
without a cue word); the others need a cue or a column of them.

Example::

    national_id_scheme("756.9217.0769.85")  # ("ch.ssn", True)
    national_id_scheme("382749066")         # ("nl.bsn", False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

# UK National Insurance number: the letters are not checked (test data uses ``ZZ`` and ``T``).
_NINO = re.compile(r"^[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Za-z]$")
# Characters an id may be written with; anything else (letters of words, @, :) is no id.
_ID_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .\-/]{5,22}[A-Za-z0-9]$")


@lru_cache(maxsize=1)
def _schemes() -> tuple[tuple[str, ModuleType, bool], ...]:
    """(name, stdnum module, distinctive) per scheme; imported once, on first use."""
    from stdnum.at import vnr
    from stdnum.be import nn
    from stdnum.br import cpf
    from stdnum.ch import ssn as ch_ssn
    from stdnum.cn import ric
    from stdnum.dk import cpr
    from stdnum.es import dni, nie
    from stdnum.fi import hetu
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.mx import curp
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.pl import pesel
    from stdnum.se import personnummer

    # Distinctive: a fixed prefix, letters in fixed places, or 13+ characters under a checksum.
    return (
        ("it.codicefiscale", codicefiscale, True), ("ch.ssn", ch_ssn, True), ("fr.nir", nir, True),
        ("es.dni", dni, True), ("es.nie", nie, True), ("fi.hetu", hetu, True),
        ("se.personnummer", personnummer, False), ("pl.pesel", pesel, False), ("nl.bsn", bsn, False),
        ("at.vnr", vnr, False), ("dk.cpr", cpr, False), ("no.fodselsnummer", fodselsnummer, False),
        ("be.nn", nn, False), ("br.cpf", cpf, False), ("mx.curp", curp, True), ("cn.ric", ric, True),
    )  # fmt: skip


def national_id_schemes(value: str) -> list[tuple[str, bool]]:
    """(scheme, distinctive) of every national id scheme ``value`` passes (often none)."""
    value = value.strip()
    if _NINO.match(value):
        return [("gb.nino", True)]
    if not _ID_CHARS.match(value) or sum(ch.isdigit() for ch in value) < 6:
        return []
    found = []
    for name, module, distinctive in _schemes():
        try:
            if module.is_valid(value):
                found.append((name, distinctive))
        except Exception:  # a scheme that cannot parse the value: not this scheme
            continue
    return found


def national_id_scheme(value: str) -> tuple[str, bool] | None:
    """(scheme, distinctive) of a scheme ``value`` passes (a distinctive one first), or ``None``."""
    found = national_id_schemes(value)
    return max(found, key=lambda s: s[1]) if found else None


def is_national_id(value: str) -> bool:
    """``value`` passes one country's national id check (or is UK NI shaped)."""
    return bool(national_id_schemes(value))


def national_id_share(values: list[str]) -> tuple[float, str | None]:
    """Share of ``values`` passing the one scheme most of them pass, and that scheme.

    One scheme, not any: a column of random 9-digit numbers passes *some* scheme far more often
    than it passes the same one every time.
    """
    counts: dict[str, int] = {}
    for v in values:
        for name, _ in national_id_schemes(v):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return 0.0, None
    scheme = max(counts, key=counts.__getitem__)
    return counts[scheme] / len(values), scheme
