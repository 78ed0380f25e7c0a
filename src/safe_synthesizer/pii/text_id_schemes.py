"""National id schemes the column validators lack, for ids written inside free text.

The column validators (:mod:`safe_synthesizer.pii.validators.national_ids`) know the schemes of the
supported locales. A note may carry the id of any country: an Irish PPSN (``3616008CW``), a Latvian
personal code (``270838-18879``), an Icelandic kennitala (``120174-3399``), a Korean resident number
(``800101-1234567``), a Chilean RUT (``12.345.678-5``), an Argentine CUIT (``20-12345678-6``), a Venezuelan
RIF (``V-12345678-9``), an Andorran NRT (``F-114875-B``), a JMBG of the former Yugoslav countries. These
schemes come from ``python-stdnum`` (and the JMBG's mod-11 rule, which stdnum lacks).

A scheme is *distinctive* when random characters rarely pass it in its written layout: a birth date,
a separator in a fixed place and a check digit (``270838-18879``, ``800101-1234567``), or dots and a
dash (``12.345.678-5``). Others (a PPSN, 7 digits and a check letter) are ids only after an id word.

Example::

    extra_id_scheme("270838-18879")  # ('lv.pvn', True)
    extra_id_scheme("3616008CW")     # ('ie.pps', False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.validators.national_ids import national_id_schemes

# Layouts that make a scheme distinctive in prose: the separator in its fixed place.
_DATE_DASH_5 = re.compile(r"^\d{6}-\d{5}$")  # Latvian personal code
_DATE_DASH_4 = re.compile(r"^\d{6}-\d{4}$")  # Icelandic kennitala
_DATE_DASH_7 = re.compile(r"^\d{6}-\d{7}$")  # Korean resident registration number
_RUT = re.compile(r"^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$")  # Chilean RUT
_NRIC = re.compile(r"^\d{6}-\d{2}-\d{4}$")  # Malaysian NRIC
_CNIC = re.compile(r"^\d{5}-\d{7}-\d$")  # Pakistani CNIC
_CUIT = re.compile(r"^(?:20|23|24|27|30|33|34)-\d{8}-\d$")  # Argentine CUIT/CUIL: type prefix, DNI, check
_RIF = re.compile(r"^[VE]-\d{8}-\d$")  # Venezuelan RIF of a person (V: citizen, E: foreigner); J, G are firms
_ID_CHARS = re.compile(r"^[0-9A-Za-z.\-/ ]{6,24}$")
# Layout schemes python-stdnum lacks (column_id_layouts) in the layout they are issued in: a Ghana Card
# ``GHA-712345678-1``, an Emirates ID ``784-1985-1234567-1`` (Luhn), an old Sri Lankan NIC ``853202937V``
# (a real day of the year before the letter): nothing else in prose is written so.
_GHANA_CARD = re.compile(r"^GHA-\d{9}-\d$", re.IGNORECASE)
_EMIRATES_ID = re.compile(r"^784-\d{4}-\d{7}-\d$")
_LK_NIC_OLD = re.compile(r"^\d{9}[VvXx]$")
# An Andorran NRT (tax and resident number) as Andorra writes it, ``F-114875-B``: a letter of the holder's kind
# (F: a resident person), six digits in that kind's range, a control letter; no other id in prose is written so.
_NRT = re.compile(r"^[ACDEFGLOPU]-\d{6}-[A-Z]$")


class _Layout:
    """A scheme of :mod:`~safe_synthesizer.pii.column_id_layouts` with stdnum's ``is_valid`` interface."""

    def __init__(self, name: str) -> None:
        self.name = name

    def is_valid(self, value: str) -> bool:
        from safe_synthesizer.pii.column_id_layouts import layout_id_schemes

        return self.name in layout_id_schemes(value)


class _Jmbg:
    """The JMBG of Serbia, Bosnia, Montenegro and North Macedonia (13 digits: ``DDMMYYYRRBBBK``, mod 11)."""

    @staticmethod
    def is_valid(value: str) -> bool:
        if len(value) != 13 or not value.isdigit():
            return False
        day, month = int(value[:2]), int(value[2:4])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return False
        weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        rest = 11 - sum(int(d) * w for d, w in zip(value[:12], weights, strict=True)) % 11
        return int(value[12]) == (0 if rest > 9 else rest)


@lru_cache(maxsize=1)
def _schemes() -> tuple[tuple[str, ModuleType | type | _Layout, re.Pattern[str] | None], ...]:
    """(name, validator with ``is_valid``, the layout that makes it distinctive or ``None``)."""
    from stdnum.ad import nrt
    from stdnum.ar import cuit
    from stdnum.cl import rut
    from stdnum.ie import pps
    from stdnum.is_ import kennitala
    from stdnum.kr import rrn
    from stdnum.lv import pvn
    from stdnum.my import nric
    from stdnum.pk import cnic
    from stdnum.ve import rif

    return (
        ("lv.pvn", pvn, _DATE_DASH_5), ("is.kennitala", kennitala, _DATE_DASH_4), ("kr.rrn", rrn, _DATE_DASH_7),
        ("cl.rut", rut, _RUT), ("my.nric", nric, _NRIC), ("pk.cnic", cnic, _CNIC), ("ar.cuit", cuit, _CUIT),
        ("ve.rif", rif, _RIF),
        ("gh.card", _Layout("gh.card"), _GHANA_CARD), ("ae.eid", _Layout("ae.eid"), _EMIRATES_ID),
        ("lk.nic", _Layout("lk.nic"), _LK_NIC_OLD), ("ad.nrt", nrt, _NRT),
        ("ie.pps", pps, None),
        ("rs.jmbg", _Jmbg, None),
    )  # fmt: skip


def extra_id_scheme(value: str) -> tuple[str, bool] | None:
    """(scheme, distinctive) of a scheme of this module ``value`` passes, or ``None``."""
    value = value.strip()
    if not _ID_CHARS.match(value) or sum(ch.isdigit() for ch in value) < 6:
        return None
    found = None
    for name, module, layout in _schemes():
        try:
            valid = bool(module.is_valid(value))
        except Exception:  # a scheme that cannot parse the value: not this scheme
            continue
        if valid:
            distinctive = layout is not None and bool(layout.match(value))
            if distinctive:
                return name, True
            found = found or (name, False)
    return found


# Schemes of the column validators whose check alone is weak, in a written layout nothing else uses: the
# Belgian national register number ``YY.MM.DD-SSS.CC`` (a birth date, a serial and a mod-97 check).
_WRITTEN_LAYOUTS = {
    "be.nn": re.compile(r"^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$"),
}


def laid_out_scheme(value: str) -> str | None:
    """A column validator's scheme ``value`` passes and is written in that scheme's own layout
    (``66.01.11-851.18``: a Belgian national number), so no cue word is needed in prose."""
    value = value.strip()
    if not any(layout.match(value) for layout in _WRITTEN_LAYOUTS.values()):
        return None
    for name, _ in national_id_schemes(value):
        if name in _WRITTEN_LAYOUTS and _WRITTEN_LAYOUTS[name].match(value):
            return name
    return None


def any_id_scheme(value: str) -> tuple[str, bool] | None:
    """(scheme, distinctive) of the column validators' schemes, else of this module's."""
    return V.national_id_scheme(value) or extra_id_scheme(value)
