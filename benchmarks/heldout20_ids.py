"""Identifiers of held-out set 20: national ids with valid check digits, IBANs, cards, phones in export layouts.

Written blind in session 34 from the countries' published layouts. A national id is a pattern (``{d3}`` three
random digits, ``{yy}``/``{mm}``/``{dd}``/``{yyyy}`` the row's birth date, ``{L}`` a capital, ``{s}`` a
sex/century digit from ``SEX``, ``?`` a check character) whose check characters are searched until the
validator accepts it: python-stdnum's module where it has the country's, else the country's rule written here
(UK NI letters, Hungarian TAJ, Kazakh IIN, Bosnian JMBG, Emirates ID by Luhn). A locale without a pattern has
no id column (its notes name a card instead). IBANs are built from stdnum's registry (the country's BBAN
structure) and must pass ``stdnum.iban.is_valid`` (national checks included); cards pass Luhn. Phones are
valid numbers of the locale's country (``phonenumbers``), then written in an export layout: national, bare
digits, no trunk 0, international without ``+``, E.164, with an extension, or as a number (int, or float with
``.0`` when the column has gaps). Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, numdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import gb_nino_valid, hu_taj_valid

D, U = string.digits, string.ascii_uppercase


def _kz_iin(v: str) -> bool:
    """Kazakh IIN: 12 digits, YYMMDD, century/sex digit 1-6, check by weights 1..11 (then 3..11,1,2) mod 11."""
    d = v.replace(" ", "")
    if len(d) != 12 or not d.isdigit() or d[6] not in "123456":
        return False
    n = [int(x) for x in d]
    c = sum(n[i] * (i + 1) for i in range(11)) % 11
    if c == 10:
        c = sum(n[i] * ((i + 2) % 11 + 1) for i in range(11)) % 11
    return c != 10 and c == n[11]


def _jmbg(v: str) -> bool:
    """Yugoslav JMBG (Bosnia): 13 digits DDMMYYY RR BBB K, K = 11 - (weighted sum mod 11), 10/11 -> 0."""
    if len(v) != 13 or not v.isdigit():
        return False
    w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    m = 11 - sum(int(a) * b for a, b in zip(v, w, strict=False)) % 11
    return (0 if m > 9 else m) == int(v[12])


def _emirates(v: str) -> bool:
    """Emirates ID: 784-YYYY-NNNNNNN-C, the 15 digits pass Luhn."""
    d = v.replace("-", "")
    return len(d) == 15 and d.startswith("784") and luhn.is_valid(d)


def _std(name: str) -> Callable[[str], bool]:
    return importlib.import_module("stdnum." + name).is_valid


# locale -> (pattern, validator, the id's own name in the country). ``{s}``: see ``SEX``.
IDS: dict[str, tuple[str, Callable[[str], bool], str]] = {
    "en_US": ("{d3}-{d2}-{d4}", _std("us.ssn"), "SSN"),
    "en_GB": ("{nino}{d2} {d2} {d2} {AD}", gb_nino_valid, "NI number"),
    "de_DE": ("{nz}{d9}?", _std("de.idnr"), "Steuer-ID"),
    "fr_FR": ("{s}{yy}{mm}{dep}{d3}{d3}??", _std("fr.nir"), "n° de sécurité sociale"),
    "es_ES": ("{d8}?", _std("es.dni"), "DNI"),
    "it_IT": ("{cf}?", _std("it.codicefiscale"), "codice fiscale"),
    "nl_NL": ("{nz}{d7}?", _std("nl.bsn"), "BSN"),
    "sv_SE": ("{yy}{mm}{dd}-{d3}?", _std("se.personnummer"), "personnummer"),
    "pl_PL": ("{yy}{plmm}{dd}{d4}?", _std("pl.pesel"), "PESEL"),
    "pt_PT": ("{s}{d7}?", _std("pt.nif"), "NIF"),
    "da_DK": ("{dd}{mm}{yy}-{d3}?", _std("dk.cpr"), "CPR-nr."),
    "en_AU": ("{nz}{d7}?", _std("au.tfn"), "TFN"),
    "de_AT": ("{nz}{d2}?{dd}{mm}{yy}", _std("at.vnr"), "SV-Nummer"),
    "fr_CH": ("756.{d4}.{d4}.{d1}?", _std("ch.ssn"), "n° AVS"),
    "de_CH": ("756.{d4}.{d4}.{d1}?", _std("ch.ssn"), "AHV-Nr."),
    "it_CH": ("756.{d4}.{d4}.{d1}?", _std("ch.ssn"), "n. AVS"),
    "en_IN": ("{s}{d3} {d4} {d3}?", _std("in_.aadhaar"), "Aadhaar"),
    "or_IN": ("{s}{d3} {d4} {d3}?", _std("in_.aadhaar"), "ଆଧାର"),
    "en_CA": ("{s}{d2} {d3} {d2}?", _std("ca.sin"), "SIN"),
    "fr_CA": ("{s}{d2} {d3} {d2}?", _std("ca.sin"), "NAS"),
    "pt_BR": ("{d3}.{d3}.{d3}-??", _std("br.cpf"), "CPF"),
    "cs_CZ": ("{yy}{czmm}{dd}/{d3}?", _std("cz.rc"), "rodné číslo"),
    "sk_SK": ("{yy}{czmm}{dd}/{d3}?", _std("sk.rc"), "rodné číslo"),
    "fi_FI": ("{dd}{mm}{yy}{fic}{d3}?", _std("fi.hetu"), "henkilötunnus"),
    "tr_TR": ("{nz}{d8}??", _std("tr.tckimlik"), "T.C. Kimlik No"),
    "ja_JP": ("{d4} {d4} {d3}?", _std("jp.in_"), "マイナンバー"),
    "zh_CN": ("{cnarea}{yyyy}{mm}{dd}{d3}?", _std("cn.ric"), "身份证号"),
    "no_NO": ("{dd}{mm}{yy}{d3}??", _std("no.fodselsnummer"), "fødselsnummer"),
    "ro_RO": ("{s}{yy}{mm}{dd}{rojud}{d3}?", _std("ro.cnp"), "CNP"),
    "el_GR": ("{dd}{mm}{yy}{d4}?", _std("gr.amka"), "ΑΜΚΑ"),
    "hr_HR": ("{nz}{d9}?", _std("hr.oib"), "OIB"),
    "lt_LT": ("{s}{yy}{mm}{dd}{d3}?", _std("lt.asmens"), "asmens kodas"),
    "uk_UA": ("{nz}{d8}?", _std("ua.rntrc"), "РНОКПП"),
    "ru_RU": ("{nz}{d9}??", _std("ru.inn"), "ИНН"),
    "bg_BG": ("{yy}{bgmm}{dd}{d3}?", _std("bg.egn"), "ЕГН"),
    "sl_SI": ("{dd}{mm}{yyy}50{d3}?", _std("si.emso"), "EMŠO"),
    "en_IE": ("{d7}?", _std("ie.pps"), "PPS number"),
    "ga_IE": ("{d7}?", _std("ie.pps"), "Uimhir PSP"),
    "nl_BE": ("{yy}.{mm}.{dd}-{d3}.??", _std("be.nn"), "rijksregisternummer"),
    "fr_BE": ("{yy}.{mm}.{dd}-{d3}.??", _std("be.nn"), "n° de registre national"),
    "lv_LV": ("{dd}{mm}{yy}-{lvc}{d3}?", _std("lv.pvn"), "personas kods"),
    "en_NZ": ("{nz}{d7}?", _std("nz.ird"), "IRD number"),
    "et_EE": ("{s}{yy}{mm}{dd}{d3}?", _std("ee.ik"), "isikukood"),
    "es_AR": ("20-{d8}-?", _std("ar.cuit"), "CUIT"),
    "hu_HU": ("{d3} {d3} {d2}?", hu_taj_valid, "TAJ szám"),
    "is_IS": ("{dd}{mm}{yy}-{d2}?9", _std("is_.kennitala"), "kennitala"),
    "he_IL": ("{d8}?", _std("il.idnr"), "מספר זהות"),
    "es_CL": ("{d2}.{d3}.{d3}-?", _std("cl.rut"), "RUT"),
    "ko_KR": ("{yy}{mm}{dd}-{krs}{d5}?", _std("kr.rrn"), "주민등록번호"),
    "th_TH": ("{s}{d11}?", _std("th.pin"), "เลขประจำตัวประชาชน"),
    "zu_ZA": ("{yy}{mm}{dd}{d4}08?", _std("za.idnr"), "ID number"),
    "en_PK": ("{d5}-{d7}-{d1}", _std("pk.cnic"), "CNIC"),
    "es_VE": ("V{d8}?", _std("ve.rif"), "RIF"),
    "es_MX": ("{L4}{yy}{mm}{dd}{mxs}DF{C3}0?", _std("mx.curp"), "CURP"),
    "kk_KZ": ("{yy}{mm}{dd}{kzs}{d4}?", _kz_iin, "ЖСН"),
    "bs_BA": ("{dd}{mm}{yyy}17{d3}?", _jmbg, "JMBG"),
    "ar_AE": ("784-{yyyy}-{d7}-?", _emirates, "Emirates ID"),
    "es_PE": ("{d8}", _std("pe.cui"), "DNI"),
    "ms_MY": ("{yy}{mm}{dd}-{mystate}-{d4}", _std("my.nric"), "No. MyKad"),
    "id_ID": ("{idarea}{dd}{mm}{yy}{d4}", _std("id.nik"), "NIK"),
}  # fmt: skip
_CF_MONTHS = "ABCDEHLMPRST"
_CF_PLACES = ("H501", "F205", "L219", "A944", "F839", "G273", "D612", "L736")


def _letters(word: str, n: int) -> str:
    w = "".join(c for c in word.upper() if c.isalpha() and c in U) or "XXX"
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    return (cons + vow + ["X"] * 3)[:n]


def _fill(token: str, rng: random.Random, dob: dt.date, female: bool, names: tuple[str, str]) -> str:
    """One ``{token}`` of an id pattern."""
    if token[0] == "d" and token[1:].isdigit():
        return "".join(rng.choice(D) for _ in range(int(token[1:])))
    y = dob.year
    fixed = {
        "yy": f"{y % 100:02d}", "yyyy": str(y), "yyy": f"{y % 1000:03d}", "mm": f"{dob.month:02d}",
        "dd": f"{dob.day:02d}", "nz": rng.choice("123456789"), "AD": rng.choice("ABCD"),
        "plmm": f"{dob.month + (20 if y >= 2000 else 0):02d}", "czmm": f"{dob.month + (50 if female else 0):02d}",
        "bgmm": f"{dob.month + (40 if y >= 2000 else 0):02d}", "fic": "A" if y >= 2000 else "-",
        "lvc": "2" if y >= 2000 else "1", "krs": ("4" if female else "3") if y >= 2000 else ("2" if female else "1"),
        "kzs": ("6" if female else "5") if y >= 2000 else ("4" if female else "3"), "mxs": "M" if female else "H",
        "dep": rng.choice(("75", "69", "13", "33", "59", "44", "31")), "rojud": rng.choice(("12", "40", "22", "35")),
        "cnarea": rng.choice(("110101", "310104", "440305", "510107", "330106")),
        "mystate": rng.choice(("14", "10", "01", "07", "08")), "idarea": rng.choice(("317101", "327301", "357801")),
        "nino": rng.choice(("AB", "CE", "JK", "PR", "SW", "TN", "HZ", "MA")),
        "L4": "".join(_letters(names[1], 2) + _letters(names[1][1:] or "X", 1) + _letters(names[0], 1)),
        "C3": "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)), "L": rng.choice(U),
        "cf": "".join(_letters(names[1], 3) + _letters(names[0], 3)) + f"{y % 100:02d}" + _CF_MONTHS[dob.month - 1]
        + f"{dob.day + (40 if female else 0):02d}" + rng.choice(_CF_PLACES),
    }  # fmt: skip
    if token == "s":
        return rng.choice(SEX.get("_", "123"))
    return fixed[token]


SEX = {"_": "123456789"}
_SEX_BY_LOCALE = {
    "fr_FR": lambda f, y: "2" if f else "1",
    "ro_RO": lambda f, y: ("6" if f else "5") if y >= 2000 else ("2" if f else "1"),
    "lt_LT": lambda f, y: ("6" if f else "5") if y >= 2000 else ("4" if f else "3"),
    "et_EE": lambda f, y: ("6" if f else "5") if y >= 2000 else ("4" if f else "3"),
    "pt_PT": lambda f, y: "12"[f],
    "en_IN": lambda f, y: "2345"[y % 4],
    "or_IN": lambda f, y: "6789"[y % 4],
    "en_CA": lambda f, y: "1256"[y % 4],
    "fr_CA": lambda f, y: "2456"[y % 4],
    "th_TH": lambda f, y: "1358"[y % 4],
}


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, names: tuple[str, str]) -> str | None:
    """A valid national id of ``locale`` for a person born ``dob`` (None: no pattern for the country).

    ``names`` (first, last) feed the Italian codice fiscale and Mexican CURP letters."""
    if locale not in IDS:
        return None
    pattern, valid, _ = IDS[locale]
    for _ in range(3000):
        out, i = "", 0
        while i < len(pattern):
            if pattern[i] == "{":
                j = pattern.index("}", i)
                token = pattern[i + 1 : j]
                if token == "s" and locale in _SEX_BY_LOCALE:
                    out += _SEX_BY_LOCALE[locale](female, dob.year)
                else:
                    out += _fill(token, rng, dob, female, names)
                i = j + 1
            else:
                out += pattern[i]
                i += 1
        holes = [k for k, c in enumerate(out) if c == "?"]
        alphabet = D + (U if locale in ("es_ES", "it_IT", "en_IE", "ga_IE", "fi_FI", "es_CL") else "")
        if locale == "es_CL":
            alphabet = D + "K"
        for combo in itertools.product(alphabet, repeat=len(holes)):
            chars = list(out)
            for k, c in zip(holes, combo, strict=True):
                chars[k] = c
            value = "".join(chars)
            if valid(value):
                return value
    raise ValueError(f"no valid id for {locale}")


def id_name(locale: str) -> str:
    """The national id's own name in the country (``card number`` where none)."""
    return IDS[locale][2] if locale in IDS else "card number"


_IBAN_DB = numdb.get("iban")


def iban(country: str, rng: random.Random) -> str | None:
    """A valid IBAN of ``country`` (stdnum's BBAN structure, national checks passed), None where none."""
    info = dict(_IBAN_DB.info(country)[0][1]) if _IBAN_DB.info(country) else {}
    structure = info.get("bban")
    if not structure:
        return None
    for _ in range(3000):
        bban = ""
        for count, kind in re.findall(r"(\d+)!([nac])", structure):
            chars = {"n": D, "a": U, "c": D + U}[kind]
            bban += "".join(rng.choice(chars) for _ in range(int(count)))
        raw = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        value = f"{country}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(value):
            return value
    return None


def card(rng: random.Random) -> str:
    """A 16-digit card number (Visa or Mastercard prefix) that passes Luhn."""
    body = rng.choice(("4", "51", "52", "53", "54", "55"))
    body += "".join(rng.choice(D) for _ in range(15 - len(body)))
    return body + luhn.calc_check_digit(body)


def _national_digits(region: str, mobile: bool) -> str:
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    return str(ex.national_number)


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A valid number of ``region``: an example number's first digits kept, the rest drawn until valid."""
    base = _national_digits(region, mobile)
    cc = str(phonenumbers.country_code_for_region(region))
    for _ in range(300):  # most digits drawn: numbers of the whole national plan, not one exchange
        digits = base[: max(1, len(base) - 8)] + "".join(rng.choice(D) for _ in range(min(8, len(base) - 1)))
        n = phonenumbers.parse("+" + cc + digits)
        want = (phonenumbers.PhoneNumberType.MOBILE,) if mobile else (phonenumbers.PhoneNumberType.FIXED_LINE,)
        if (
            phonenumbers.is_valid_number(n)
            and phonenumbers.region_code_for_number(n) == region
            and (phonenumbers.number_type(n) in (*want, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))
        ):
            return n
    keep = max(2, len(base) - 6)
    for _ in range(400):
        digits = base[:keep] + "".join(rng.choice(D) for _ in range(len(base) - keep))
        n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + digits)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return n
    return phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + base)


LAYOUTS = ("national", "bare", "no_trunk", "intl_no_plus", "e164", "intl", "extension", "int", "float", "two")


def write_phone(n: phonenumbers.PhoneNumber, layout: str, rng: random.Random, other=None) -> object:
    """``n`` as an export writes it in ``layout`` (``int``/``float``: the national significant number as a
    number, the leading zero lost; ``two``: ``n`` and ``other`` in one cell)."""
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(n, fmt.NATIONAL)
    nsn = phonenumbers.national_significant_number(n)
    if layout == "national":
        return national
    if layout == "bare":
        return "".join(c for c in national if c.isdigit())
    if layout == "no_trunk":
        return nsn
    if layout == "intl_no_plus":
        return f"{n.country_code}{nsn}"
    if layout == "e164":
        return phonenumbers.format_number(n, fmt.E164)
    if layout == "intl":
        return phonenumbers.format_number(n, fmt.INTERNATIONAL)
    if layout == "extension":
        return f"{national} {rng.choice(('ext.', 'x', 'ext', 'Ext.'))} {rng.randint(10, 899)}"
    if layout == "int":
        return int(nsn)
    if layout == "float":
        return float(nsn)
    sep = rng.choice((" / ", "; ", " or ", ", "))
    second = phonenumbers.format_number(other, fmt.NATIONAL) if other is not None else national
    return national + sep + second
