"""National personal id numbers of many countries, checked with python-stdnum.

Each scheme is the country's own check (check digits, embedded birth dates, fixed prefixes): the
Dutch BSN, Polish PESEL, Italian codice fiscale, Spanish DNI/NIE, French NIR (INSEE), Swiss AHV,
Swedish personnummer, Austrian SV-Nummer, Danish CPR, Norwegian fødselsnummer, Finnish HETU,
Belgian national number, Brazilian CPF, Czech/Slovak birth number, Turkish TC kimlik, Indian Aadhaar
(Verhoeff), Canadian SIN, Greek AMKA, Romanian CNP, Lithuanian asmens kodas, Estonian isikukood,
Croatian OIB, Ukrainian RNOKPP, Japanese My Number, German tax IdNr, Portuguese NIF, Slovenian EMŠO,
Bulgarian EGN, Hungarian személyi szám and TAJ, Australian TFN, Russian INN, Chinese resident id
(not the Portuguese citizen card: its digits-only form is a Luhn number, which payment cards are
too); plus the UK National Insurance layout (two letters, six digits, one letter), which has no
check digit. US SSNs are
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
    from stdnum.au import tfn
    from stdnum.be import nn
    from stdnum.bg import egn
    from stdnum.br import cpf
    from stdnum.ca import sin
    from stdnum.ch import ssn as ch_ssn
    from stdnum.cz import rc
    from stdnum.de import idnr
    from stdnum.dk import cpr
    from stdnum.ee import ik
    from stdnum.es import dni, nie
    from stdnum.fi import hetu
    from stdnum.fr import nir
    from stdnum.gr import amka
    from stdnum.hr import oib
    from stdnum.in_ import aadhaar
    from stdnum.it import codicefiscale
    from stdnum.jp import in_ as jp_in
    from stdnum.lt import asmens
    from stdnum.mx import curp
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.pl import pesel
    from stdnum.pt import nif
    from stdnum.ro import cnp
    from stdnum.ru import inn
    from stdnum.se import personnummer
    from stdnum.si import emso
    from stdnum.tr import tckimlik
    from stdnum.ua import rntrc

    # Distinctive: a fixed prefix, letters in fixed places, or 13+ characters under a checksum.
    return (
        ("it.codicefiscale", codicefiscale, True), ("ch.ssn", ch_ssn, True), ("fr.nir", nir, True),
        ("es.dni", dni, True), ("es.nie", nie, True), ("fi.hetu", hetu, True),
        ("se.personnummer", personnummer, False), ("pl.pesel", pesel, False), ("nl.bsn", bsn, False),
        ("at.vnr", vnr, False), ("dk.cpr", cpr, False), ("no.fodselsnummer", fodselsnummer, False),
        ("be.nn", nn, False), ("br.cpf", cpf, False), ("mx.curp", curp, True), ("cn.ric", _ChinaRic, True),
        ("cz.rc", rc, False), ("tr.tckimlik", tckimlik, False), ("in.aadhaar", aadhaar, False), ("ca.sin", sin, False),
        ("gr.amka", amka, False), ("ro.cnp", cnp, False), ("lt.asmens", asmens, False), ("ee.ik", ik, False),
        ("hu.szemelyi", _HungarianPersonalId, False), ("de.idnr", idnr, False), ("si.emso", emso, False),
        ("bg.egn", egn, False), ("hr.oib", oib, False), ("ua.rntrc", rntrc, False), ("jp.in", jp_in, False),
        ("pt.nif", nif, False), ("au.tfn", tfn, False), ("hu.taj", _HungarianTaj, False), ("ru.inn", inn, False),
    )  # fmt: skip


# Share of random digit strings of the scheme's length that pass its check (measured on 20,000 draws):
# at 2% or less a bare number in prose that passes is taken for an id without a cue word.
_RANDOM_PASS = {
    "se.personnummer": 0.003, "tr.tckimlik": 0.009, "br.cpf": 0.010, "pl.pesel": 0.018, "cz.rc": 0.018,
    "dk.cpr": 0.032, "in.aadhaar": 0.082, "ca.sin": 0.082, "nl.bsn": 0.092, "gr.amka": 0.004, "ro.cnp": 0.002,
    "lt.asmens": 0.013, "de.idnr": 0.004, "hr.oib": 0.099, "ua.rntrc": 0.099, "jp.in": 0.098, "pt.nif": 0.096,
}  # fmt: skip
_RARE = 0.02
# The way each weak scheme is written (``855230/1234``, ``1234 5678 9012``, ``123.456.789-09``): a number
# in that layout that passes the check is an id even where random digits often pass it.
_LAYOUTS = {
    "cz.rc": re.compile(r"^\d{6}/\d{3,4}$"),
    "in.aadhaar": re.compile(r"^\d{4} \d{4} \d{4}$"),
    "br.cpf": re.compile(r"^\d{3}\.\d{3}\.\d{3}-\d{2}$"),
    "se.personnummer": re.compile(r"^\d{6}[-+]\d{4}$"),
    "dk.cpr": re.compile(r"^\d{6}-\d{4}$"),
    "ca.sin": re.compile(r"^\d{3}-\d{3}-\d{3}$"),
    "jp.in": re.compile(r"^\d{4} \d{4} \d{4}$"),
}
# First two digits of a Chinese resident id: the province of the birth-place code.
_CN_PROVINCES = frozenset(
    f"{n}" for n in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
                     54, 61, 62, 63, 64, 65, 71, 81, 82, 83)
)  # fmt: skip


# Century of the birth year by the Hungarian id's first digit (sex and citizenship at birth).
_HU_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1800, "6": 1800, "7": 1900, "8": 1900}


class _HungarianPersonalId:
    """Hungarian személyi szám: sex/century digit, ``YYMMDD``, a 3-digit serial and a mod-11 check digit
    (weights 1..10 for births before 1997, 10..1 from 1997; a serial whose check would be 10 is unused)."""

    @staticmethod
    def is_valid(value: str) -> bool:
        import datetime as dt

        compact = re.sub(r"[ \-]", "", value)
        if len(compact) != 11 or not compact.isdigit() or compact[0] not in _HU_CENTURY:
            return False
        try:
            born = dt.date(_HU_CENTURY[compact[0]] + int(compact[1:3]), int(compact[3:5]),
                           int(compact[5:7]))  # fmt: skip
        except ValueError:
            return False
        weights = range(1, 11) if born < dt.date(1997, 1, 1) else range(10, 0, -1)
        check = sum(int(d) * w for d, w in zip(compact[:10], weights, strict=True)) % 11
        return check < 10 and check == int(compact[10])


class _HungarianTaj:
    """Hungarian TAJ (social security) number: eight digits weighted 3, 7, 3, 7... and a check digit, the
    weighted sum mod 10 (``862 228 596``). Written in three groups like a phone number, which it is not."""

    @staticmethod
    def is_valid(value: str) -> bool:
        compact = re.sub(r"[ \-]", "", value)
        if len(compact) != 9 or not compact.isdigit():
            return False
        total = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(compact[:8]))
        return total % 10 == int(compact[8])


class _ChinaRic:
    """Chinese resident identity number: 17 digits and an ISO 7064 MOD 11-2 check character (``X`` for
    10), with a real birth date and a province code. stdnum's ``cn.ric`` also wants the county code in
    today's list, but codes retired since a card was issued stay on it for life."""

    @staticmethod
    def is_valid(value: str) -> bool:
        import datetime as dt

        from stdnum.iso7064 import mod_11_2

        compact = value.replace(" ", "").upper()
        if len(compact) != 18 or not compact[:17].isdigit() or compact[:2] not in _CN_PROVINCES:
            return False
        try:
            born = dt.date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14]))
        except ValueError:
            return False
        return dt.date(1900, 1, 1) <= born <= dt.date.today() and mod_11_2.is_valid(compact)


class _PhilippineTin:
    """Philippine Taxpayer Identification Number with its branch code: nine digits, then a three-digit
    branch code that is ``000`` for a person (``0xx`` for a company's branches), written in four groups
    of three (``123-456-789-000``). The nine digits carry no check anyone publishes; the layout and
    the zero-led branch code are the evidence, so it is a column-only scheme (twelve digits grouped
    so read as a phone number of some country, which no country writes its numbers as)."""

    _LAYOUT = re.compile(r"^\d{3}([- ])\d{3}\1\d{3}\1(?:0\d{2}|0{5})$")

    @classmethod
    def is_valid(cls, value: str) -> bool:
        return bool(cls._LAYOUT.match(value.strip()))


# Vietnamese province codes that open a citizen identity card number (CCCD), after the 2008 list.
_VN_PROVINCES = frozenset(
    f"{n:03d}" for n in (1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
                         37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
                         75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96)
)  # fmt: skip


class _VietnamCccd:
    """Vietnamese citizen identity card number (Căn cước công dân): twelve digits, the province code of
    the birth registration, a century and sex digit (0/1 born 1900-1999, 2/3 born 2000-2099), the
    two-digit birth year and a six-digit serial. No check digit: the province list, the century digit
    and a birth year not in the future are the evidence (random twelve digits pass about one time in 50),
    so it is a column-only scheme."""

    @staticmethod
    def is_valid(value: str) -> bool:
        import datetime as dt

        compact = re.sub(r"[ .\-]", "", value)
        if len(compact) != 12 or not compact.isdigit() or compact[:3] not in _VN_PROVINCES or compact[3] not in "0123":
            return False
        year = (1900 if compact[3] in "01" else 2000) + int(compact[4:6])
        return year <= dt.date.today().year


# Taiwanese national id: the letter of the place of first registration counts as two digits.
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


class _TaiwanId:
    """Taiwanese national identification number (``A123456789``): the letter of the place of first
    registration, a sex digit (1/2; 8/9 for residents' newer numbers) and eight digits, the last a check
    digit (the letter's two digits weighted 1 and 9, the next eight 8..1, the check 1: a multiple of 10)."""

    @staticmethod
    def is_valid(value: str) -> bool:
        compact = value.strip().upper()
        if len(compact) != 10 or compact[0] not in _TW_LETTERS or not compact[1:].isdigit() or compact[1] not in "1289":
            return False
        code = _TW_LETTERS[compact[0]]
        total = code // 10 + 9 * (code % 10)
        total += sum(int(d) * w for d, w in zip(compact[1:9], range(8, 0, -1), strict=True)) + int(compact[9])
        return total % 10 == 0


class _PakistanCnic:
    """Pakistani CNIC written as Pakistan writes it, ``42101-0838916-5`` (five, seven and one digits):
    stdnum's check is only the province digit (7 random 13-digit numbers in 10 pass, meter numbers among
    them), so the dashes are the evidence; grouped so it also reads as a phone number."""

    _LAYOUT = re.compile(r"^\d{5}-\d{7}-\d$")

    @classmethod
    def is_valid(cls, value: str) -> bool:
        from stdnum.pk import cnic

        value = value.strip()
        return bool(cls._LAYOUT.match(value)) and cnic.is_valid(value)


class _VenezuelaCedula:
    """Venezuelan cédula de identidad as written, its nationality letter (``V`` Venezuelan, ``E`` foreign)
    before the number in thousands (``V-15.421.628``, ``E-8.190.330``). No check digit is published: the
    letter and the dotted thousands are the evidence, so it is a column-only scheme."""

    _LAYOUT = re.compile(r"^[VE]-?\d{1,2}\.\d{3}\.\d{3}$", re.IGNORECASE)

    @classmethod
    def is_valid(cls, value: str) -> bool:
        return bool(cls._LAYOUT.match(value.strip()))


def text_national_id(value: str) -> str | None:
    """The scheme ``value`` passes if it may be taken for an id in prose without a cue word: a distinctive
    scheme, a weak one written in its own layout (``855230/1234``), or one random digits pass at most
    2% of the time (an 11-digit PESEL). The caller still rules out phone numbers."""
    found = national_id_schemes(value)
    compact = value.strip()
    for name, distinctive in sorted(found, key=lambda s: not s[1]):
        if distinctive or (name in _LAYOUTS and _LAYOUTS[name].match(compact)):
            return name
        if _RANDOM_PASS.get(name, 1.0) <= _RARE and compact.isdigit():
            return name
    return None


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


@lru_cache(maxsize=1)
def _column_schemes() -> tuple[tuple[str, ModuleType], ...]:
    """Schemes of countries without a Faker locale of their own here (Colombian NIT/cédula, New Zealand
    IRD, Irish PPSN, Argentine CUIT, Chilean RUT, Latvian personal code, Icelandic kennitala, Korean
    resident number, Ecuadorian cédula, Philippine TIN, Pakistani CNIC and Venezuelan cédula in their
    layouts). Column-level only: one check digit is passed by one random
    number in ten, which is nothing in prose but a column of them (90% one scheme) is never chance."""
    from stdnum.ar import cuit
    from stdnum.cl import rut
    from stdnum.co import nit
    from stdnum.ec import ci
    from stdnum.id import nik
    from stdnum.ie import pps
    from stdnum.il import idnr as il_idnr
    from stdnum.is_ import kennitala
    from stdnum.kr import rrn
    from stdnum.lv import pvn
    from stdnum.my import nric
    from stdnum.nz import ird
    from stdnum.th import pin
    from stdnum.ve import rif
    from stdnum.za import idnr as za_idnr

    # Indonesian NIK (region, birth date +40 for women), Malaysian NRIC, Thai, South African and Israeli
    # ids, Venezuelan RIF/cédula (``V-12345678-9``), Vietnamese CCCD and Taiwanese ids: random numbers of
    # their length pass at most one time in ten.
    return (
        ("co.nit", nit), ("nz.ird", ird), ("ie.pps", pps), ("ar.cuit", cuit), ("cl.rut", rut), ("lv.pvn", pvn),
        ("is.kennitala", kennitala), ("kr.rrn", rrn), ("ec.ci", ci), ("ph.tin", _PhilippineTin), ("id.nik", nik),
        ("my.nric", nric), ("th.pin", pin), ("za.idnr", za_idnr), ("il.idnr", il_idnr), ("ve.rif", rif),
        ("vn.cccd", _VietnamCccd), ("tw.id", _TaiwanId), ("pk.cnic", _PakistanCnic), ("ve.cedula", _VenezuelaCedula),
    )  # fmt: skip


def column_id_schemes(value: str) -> list[str]:
    """Every scheme ``value`` passes, the column-only ones (:func:`_column_schemes`) and the layout ones
    python-stdnum lacks (:mod:`~safe_synthesizer.pii.column_id_layouts`: a Ghana Card, a Sri Lankan NIC) included."""
    from safe_synthesizer.pii.column_id_layouts import layout_id_schemes

    found = [name for name, _ in national_id_schemes(value)] + layout_id_schemes(value)
    value = value.strip()
    if not _ID_CHARS.match(value) or sum(ch.isdigit() for ch in value) < 6:
        return found
    for name, module in _column_schemes():
        try:
            if module.is_valid(value):
                found.append(name)
        except Exception:  # a scheme that cannot parse the value: not this scheme
            continue
    return found


def national_id_share(values: list[str]) -> tuple[float, str | None]:
    """Share of ``values`` passing the one scheme most of them pass, and that scheme.

    One scheme, not any: a column of random 9-digit numbers passes *some* scheme far more often
    than it passes the same one every time.
    """
    counts: dict[str, int] = {}
    for v in values:
        for name in column_id_schemes(v):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return 0.0, None
    scheme = max(counts, key=counts.__getitem__)
    if scheme not in _GS1_CHECKED and _gtins(values):
        return 0.0, None  # product codes of one maker (a GTIN's 480826... reads as a MyKad birth date)
    return counts[scheme] / len(values), scheme


# Id schemes whose check digit is the GS1 (EAN) one: the Swiss AHV number (756...).
_GS1_CHECKED = frozenset({"ch.ssn"})
# Share of a column's digit strings passing the GS1 check beyond which they are GTINs (random digits: 1 in 10).
GTIN_SHARE = 0.9


def _gtins(values: list[str]) -> bool:
    """Nearly every value is 8, 12, 13 or 14 bare digits ending in its GS1 check digit (barcodes, not ids)."""
    passing = 0
    for v in values:
        digits = v.strip()
        if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
            return False
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
        passing += (10 - total % 10) % 10 == int(digits[-1])
    return passing >= GTIN_SHARE * len(values)
