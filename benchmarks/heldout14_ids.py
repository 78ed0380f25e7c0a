# ruff: noqa: E501 - templates and id tables keep one entry per line
"""Set 14's national ids (checked with python-stdnum), IBANs and cards.

Part of ``bench_pii_heldout14_tables`` (split from it by concept; the tables are unchanged).
"""

from __future__ import annotations

import random
import re
from datetime import date

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff

from heldout14_base import region
from heldout14_people import Person, _ascii, _digits


# ---------------------------------------------------------------- national ids (checked with stdnum)
def _first_valid(
    prefix: str, tail: str, validate, rng: random.Random, alphabet: str = "0123456789", suffix: str = ""
) -> str:
    """``prefix`` + the first check string (from ``alphabet``, ``len(tail)`` long) that ``validate`` accepts."""
    n = len(tail)
    start = rng.randrange(len(alphabet) ** n)
    for i in range(len(alphabet) ** n):
        k, s = (start + i) % (len(alphabet) ** n), ""
        for _ in range(n):
            s = alphabet[k % len(alphabet)] + s
            k //= len(alphabet)
        cand = prefix + s + suffix
        try:
            validate(cand)
            return cand
        except Exception:  # stdnum's own errors: the next check string
            continue
    raise ValueError(f"no valid id from {prefix!r}")


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(word: str, first: bool) -> str:
    w = _ascii(word).upper().replace("-", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def national_id(locale: str, p: Person, rng: random.Random) -> str:
    """A national id of the locale for ``p``: a new draw when a serial admits no valid check digit."""
    for _ in range(200):
        try:
            return _national_id(locale, p, rng)
        except ValueError:  # stdnum's errors are ValueErrors too
            continue
    raise ValueError(f"no valid id for {locale}")


def _national_id(locale: str, p: Person, rng: random.Random) -> str:
    """A national id of the locale for person ``p`` (birth-date ids from ``p.dob``), valid by stdnum."""
    import importlib

    d, yy, mm, dd = p.dob, f"{p.dob.year % 100:02d}", f"{p.dob.month:02d}", f"{p.dob.day:02d}"
    c20 = d.year >= 2000

    def mod(name: str):
        return importlib.import_module(f"stdnum.{name}")

    if locale == "en_US":
        while True:
            s = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if mod("us.ssn").is_valid(s):
                return s
    if locale == "en_GB":  # NI number: no stdnum module; prefix letters and suffix by HMRC's rules
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = rng.choice(first) + rng.choice(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return f"{pre} {_digits(rng, 2, False)} {_digits(rng, 2, False)} {_digits(rng, 2, False)} {rng.choice('ABCD')}"
    if locale in ("de_DE",):
        while True:  # 10 digits: one digit twice, eight others once (the IdNr rule), then the check digit
            ds = rng.sample("0123456789", 9)
            ds.append(ds[0])
            rng.shuffle(ds)
            if ds[0] != "0":
                break
        s = _first_valid("".join(ds), "0", mod("de.idnr").validate, rng)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    if locale == "fr_FR":
        pre = f"{2 if p.female else 1}{yy}{mm}{rng.choice(['75', '69', '13', '33', '59', '44'])}{_digits(rng, 3, False)}{_digits(rng, 3)}"
        s = pre + mod("fr.nir").calc_check_digits(pre)
        mod("fr.nir").validate(s)
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
    if locale in ("es_ES",):
        s = _digits(rng, 8, False)
        return s + mod("es.dni").calc_check_digit(s)
    if locale == "it_IT":
        pre = (
            _cf_part(p.last, False)
            + _cf_part(p.first, True)
            + yy
            + _CF_MONTHS[d.month - 1]
            + f"{d.day + (40 if p.female else 0):02d}"
            + rng.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
        )
        s = pre + mod("it.codicefiscale").calc_check_digit(pre)
        mod("it.codicefiscale").validate(s)
        return s
    if locale == "nl_NL":
        return _first_valid(_digits(rng, 8), "0", mod("nl.bsn").validate, rng)
    if locale == "sv_SE":
        pre = yy + mm + dd + _digits(rng, 3, False)
        return f"{pre[:6]}-{pre[6:]}{luhn.calc_check_digit(pre)}"
    if locale == "pl_PL":
        m = d.month + (20 if c20 else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 3, False)}{rng.choice('02468' if p.female else '13579')}"
        return pre + mod("pl.pesel").calc_check_digit(pre)
    if locale in ("pt_PT",):
        pre = rng.choice("12") + _digits(rng, 7, False)
        return pre + mod("pt.nif").calc_check_digit(pre)
    if locale == "da_DK":
        seventh = "4" if c20 else rng.choice("0123")
        return f"{dd}{mm}{yy}-{seventh}{_digits(rng, 3, False)}"
    if locale == "en_AU":
        return _first_valid(_digits(rng, 8), "0", mod("au.tfn").validate, rng)
    if locale == "de_AT":
        pre = str(rng.randint(100, 999))
        s = _first_valid(pre, "0", mod("at.vnr").validate, rng, suffix=dd + mm + yy)
        return f"{s[:4]} {s[4:]}"
    if locale in ("fr_CH", "de_CH", "it_CH"):
        from stdnum import ean

        pre = "756" + _digits(rng, 9, False)
        s = pre + ean.calc_check_digit(pre)
        mod("ch.ssn").validate(s)
        return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
    if locale == "en_IN":
        pre = rng.choice("23456789") + _digits(rng, 10, False)
        s = pre + verhoeff.calc_check_digit(pre)
        mod("in_.aadhaar").validate(s)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if locale in ("en_CA", "fr_CA"):
        pre = rng.choice("1234567") + _digits(rng, 7, False)
        s = pre + luhn.calc_check_digit(pre)
        mod("ca.sin").validate(s)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if locale == "fr_CA" else f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if locale == "pt_BR":
        s = _first_valid(_digits(rng, 9), "00", mod("br.cpf").validate, rng)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if locale == "es_MX":
        pre = (
            _ascii(p.last).upper()[:1]
            + "AEIOU"[rng.randrange(5)]
            + rng.choice("GMRLHS")
            + _ascii(p.first).upper()[:1]
            + yy
            + mm
            + dd
            + ("M" if p.female else "H")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
            + rng.choice("BCDFGLMNRST")
            + rng.choice("BCDFGLMNRST")
            + rng.choice("BCDFGLMNRST")
            + (rng.choice("ABCDEF") if c20 else rng.choice("0123456789"))
        )
        s = pre + mod("mx.curp").calc_check_digit(pre)
        mod("mx.curp").validate(s)
        return s
    if locale in ("cs_CZ", "sk_SK"):
        m = d.month + (50 if p.female else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 3, False)}"
        s = _first_valid(pre, "0", mod("cz.rc" if locale == "cs_CZ" else "sk.rc").validate, rng)
        return f"{s[:6]}/{s[6:]}"
    if locale == "fi_FI":
        pre = f"{dd}{mm}{yy}"
        ind = f"{rng.randint(2, 899):03d}"
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(pre + ind) % 31]
        s = f"{pre}{'A' if c20 else '-'}{ind}{chk}"
        mod("fi.hetu").validate(s)
        return s
    if locale == "tr_TR":
        pre = _digits(rng, 9)
        s = pre + mod("tr.tckimlik").calc_check_digits(pre)
        mod("tr.tckimlik").validate(s)
        return s
    if locale == "ja_JP":
        pre = _digits(rng, 11)
        s = pre + mod("jp.in_").calc_check_digit(pre)
        mod("jp.in_").validate(s)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if locale == "zh_CN":
        pre = rng.choice(["110101", "310104", "440106", "510104", "330106", "420102"]) + f"{d.year}{mm}{dd}"
        pre += _digits(rng, 2, False) + rng.choice("02468" if p.female else "13579")
        return _first_valid(pre, "0", mod("cn.ric").validate, rng, alphabet="0123456789X")
    if locale == "no_NO":
        ind = f"{rng.randint(500, 999) if c20 else rng.randint(0, 499):03d}"
        return _first_valid(f"{dd}{mm}{yy}{ind}", "00", mod("no.fodselsnummer").validate, rng)
    if locale == "ro_RO":
        sex = ("6" if p.female else "5") if c20 else ("2" if p.female else "1")
        pre = f"{sex}{yy}{mm}{dd}{rng.randint(1, 46):02d}{_digits(rng, 3)}"
        s = pre + mod("ro.cnp").calc_check_digit(pre)
        mod("ro.cnp").validate(s)
        return s
    if locale == "el_GR":
        pre = f"{dd}{mm}{yy}{_digits(rng, 4, False)}"
        s = pre + luhn.calc_check_digit(pre)
        mod("gr.amka").validate(s)
        return s
    if locale == "hu_HU":  # TAJ: no stdnum module; weights 3,7 alternating, sum mod 10
        pre = _digits(rng, 8)
        chk = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(pre)) % 10
        s = pre + str(chk)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if locale == "hr_HR":
        return _first_valid(_digits(rng, 10), "0", mod("hr.oib").validate, rng)
    if locale == "lt_LT":
        g = ("6" if p.female else "5") if c20 else ("4" if p.female else "3")
        return _first_valid(f"{g}{yy}{mm}{dd}{_digits(rng, 3, False)}", "0", mod("lt.asmens").validate, rng)
    if locale == "uk_UA":
        days = (d - date(1899, 12, 31)).days
        pre = f"{days:05d}{_digits(rng, 3, False)}{rng.choice('02468' if p.female else '13579')}"
        s = pre + mod("ua.rntrc").calc_check_digit(pre)
        mod("ua.rntrc").validate(s)
        return s
    if locale == "ru_RU":
        pre = rng.choice(["77", "78", "50", "66", "54"]) + _digits(rng, 8, False)
        s = pre + mod("ru.inn").calc_personal_check_digits(pre)
        mod("ru.inn").validate(s)
        return s
    if locale == "bg_BG":
        m = d.month + (40 if c20 else 0)
        pre = f"{yy}{m:02d}{dd}{_digits(rng, 2, False)}{rng.choice('13579' if p.female else '02468')}"
        s = pre + mod("bg.egn").calc_check_digit(pre)
        mod("bg.egn").validate(s)
        return s
    if locale == "sl_SI":
        pre = f"{dd}{mm}{d.year % 1000:03d}50{rng.randint(500, 999) if p.female else rng.randint(0, 499):03d}"
        s = pre + mod("si.emso").calc_check_digit(pre)
        mod("si.emso").validate(s)
        return s
    if locale == "en_IE":
        return _first_valid(
            _digits(rng, 7, False), "A", mod("ie.pps").validate, rng, alphabet="ABCDEFGHIJKLMNOPQRSTUVW"
        )
    if locale in ("nl_BE", "fr_BE"):
        s = _first_valid(f"{yy}{mm}{dd}{_digits(rng, 3, False)}", "00", mod("be.nn").validate, rng)
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if locale == "lv_LV":
        pre = f"{dd}{mm}{yy}{'2' if c20 else '1'}{_digits(rng, 3, False)}"
        s = pre + mod("lv.pvn").calc_check_digit_pers(pre)
        mod("lv.pvn").validate(s)
        return f"{s[:6]}-{s[6:]}"
    if locale == "es_AR":
        pre = rng.choice(["20", "27"]) + _digits(rng, 8)
        s = pre + mod("ar.cuit").calc_check_digit(pre)
        mod("ar.cuit").validate(s)
        return f"{s[:2]}-{s[2:10]}-{s[10:]}"
    if locale == "es_CO":
        pre = _digits(rng, 9)
        s = pre + mod("co.nit").calc_check_digit(pre)
        mod("co.nit").validate(s)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if locale == "en_NZ":
        s = _first_valid(str(rng.randint(10_000_000, 15_000_000)), "0", mod("nz.ird").validate, rng)
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if locale == "et_EE":
        g = ("6" if p.female else "5") if c20 else ("4" if p.female else "3")
        return _first_valid(f"{g}{yy}{mm}{dd}{_digits(rng, 3, False)}", "0", mod("ee.ik").validate, rng)
    if locale == "es_CL":
        pre = str(rng.randint(5_000_000, 25_999_999))
        s = pre + mod("cl.rut").calc_check_digit(pre)
        mod("cl.rut").validate(s)
        return f"{int(pre):,}".replace(",", ".") + "-" + s[-1]
    if locale == "en_PH":  # TIN: no stdnum module, no check digit (9 digits + 3-digit branch code)
        return f"{_digits(rng, 3)}-{_digits(rng, 3, False)}-{_digits(rng, 3, False)}-000"
    if locale == "de_LU":  # matricule: no stdnum module; YYYYMMDD + 3 digits + Luhn digit + Verhoeff digit
        pre = f"{d.year}{mm}{dd}{_digits(rng, 3, False)}"
        s = pre + luhn.calc_check_digit(pre) + verhoeff.calc_check_digit(pre)
        return f"{s[:4]} {s[4:8]} {s[8:11]} {s[11:]}"
    if locale == "is_IS":
        s = _first_valid(
            f"{dd}{mm}{yy}{_digits(rng, 2, False)}", "0", mod("is_.kennitala").validate, rng, suffix="0" if c20 else "9"
        )
        return f"{s[:6]}-{s[6:]}"
    if locale == "ko_KR":
        g = ("4" if p.female else "3") if c20 else ("2" if p.female else "1")
        s = _first_valid(
            f"{yy}{mm}{dd}{g}{rng.randint(0, 96):02d}{_digits(rng, 3, False)}", "0", mod("kr.rrn").validate, rng
        )
        return f"{s[:6]}-{s[6:]}"
    raise KeyError(locale)


# Which stdnum validator checks each locale's id (None: own rule, see ``national_id``).
ID_VALIDATOR = {
    "en_US": "us.ssn",
    "de_DE": "de.idnr",
    "fr_FR": "fr.nir",
    "es_ES": "es.dni",
    "it_IT": "it.codicefiscale",
    "nl_NL": "nl.bsn",
    "sv_SE": "se.personnummer",
    "pl_PL": "pl.pesel",
    "pt_PT": "pt.nif",
    "da_DK": "dk.cpr",
    "en_AU": "au.tfn",
    "de_AT": "at.vnr",
    "fr_CH": "ch.ssn",
    "de_CH": "ch.ssn",
    "it_CH": "ch.ssn",
    "en_IN": "in_.aadhaar",
    "en_CA": "ca.sin",
    "fr_CA": "ca.sin",
    "pt_BR": "br.cpf",
    "es_MX": "mx.curp",
    "cs_CZ": "cz.rc",
    "sk_SK": "sk.rc",
    "fi_FI": "fi.hetu",
    "tr_TR": "tr.tckimlik",
    "ja_JP": "jp.in_",
    "zh_CN": "cn.ric",
    "no_NO": "no.fodselsnummer",
    "ro_RO": "ro.cnp",
    "el_GR": "gr.amka",
    "hr_HR": "hr.oib",
    "lt_LT": "lt.asmens",
    "uk_UA": "ua.rntrc",
    "ru_RU": "ru.inn",
    "bg_BG": "bg.egn",
    "sl_SI": "si.emso",
    "en_IE": "ie.pps",
    "nl_BE": "be.nn",
    "fr_BE": "be.nn",
    "lv_LV": "lv.pvn",
    "es_AR": "ar.cuit",
    "es_CO": "co.nit",
    "en_NZ": "nz.ird",
    "et_EE": "ee.ik",
    "es_CL": "cl.rut",
    "is_IS": "is_.kennitala",
    "ko_KR": "kr.rrn",
    "en_GB": None,
    "hu_HU": None,
    "en_PH": None,
    "de_LU": None,
}


def check_id(locale: str, value: str) -> bool:
    """The id is valid: by stdnum, or by the own rule for the four countries stdnum lacks."""
    import importlib

    name = ID_VALIDATOR[locale]
    if name:
        return importlib.import_module(f"stdnum.{name}").is_valid(value)
    v = re.sub(r"[\s.-]", "", value)
    if locale == "en_GB":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
    if locale == "hu_HU":
        return len(v) == 9 and sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(v[:8])) % 10 == int(v[8])
    if locale == "de_LU":
        return len(v) == 13 and luhn.is_valid(v[:12]) and verhoeff.is_valid(v[:11] + v[12])
    return bool(re.fullmatch(r"\d{12}", v))  # en_PH TIN


# ---------------------------------------------------------------- IBANs (stdnum-valid) and cards
_IBAN_COUNTRY = {
    "GB": "GB",
    "DE": "DE",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "SE": "SE",
    "PL": "PL",
    "PT": "PT",
    "DK": "DK",
    "AT": "AT",
    "CH": "CH",
    "BR": "BR",
    "CZ": "CZ",
    "FI": "FI",
    "TR": "TR",
    "NO": "NO",
    "RO": "RO",
    "GR": "GR",
    "HU": "HU",
    "SK": "SK",
    "HR": "HR",
    "LT": "LT",
    "UA": "UA",
    "BG": "BG",
    "SI": "SI",
    "IE": "IE",
    "BE": "BE",
    "LV": "LV",
    "EE": "EE",
    "LU": "LU",
    "IS": "IS",
}
# BBAN shape per country (n: digits, a: upper letters, c: digits or letters), for the ones Faker cannot give.
_BBAN = {
    "SE": "20n",
    "HU": "24n",
    "HR": "17n",
    "SI": "15n",
    "LT": "16n",
    "LV": "4a13c",
    "EE": "16n",
    "BG": "4a6n8c",
    "IS": "22n",
    "LU": "3n13c",
    "CH": "5n12c",
    "GR": "7n16c",
    "UA": "6n19c",
    "BE": "12n",
    "IE": "4a14n",
    "FI": "14n",
    "SK": "20n",
    "CZ": "20n",
    "RO": "4a16c",
    "TR": "5n1n16c",
    "NO": "11n",
    "DK": "14n",
    "AT": "16n",
    "PL": "24n",
    "DE": "18n",
    "NL": "4a10n",
    "PT": "21n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "IT": "1a10n12c",
    "ES": "20n",
    "BR": "23n1a1c",
}


def make_iban(locale: str, rng: random.Random, fk: Faker) -> str | None:
    """A valid IBAN of the locale's country (None where the country has none)."""
    cc = _IBAN_COUNTRY.get(region(locale))
    if not cc:
        return None
    for _ in range(300):
        if cc == "BE":  # the last two digits: the first ten mod 97
            head = f"{rng.randint(0, 99):03d}" + _digits(rng, 7, False)  # bank codes 000-099 (Fortis, Belfius)
            bban = head + f"{int(head) % 97 or 97:02d}"
            return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if cc == "ES":  # two national check digits in the middle (bank, branch / account)
            head, tail = _digits(rng, 8, False), _digits(rng, 10, False)
            for dc in range(100):
                bban = f"{head}{dc:02d}{tail}"
                s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
                if std_iban.is_valid(s):
                    return s
            continue
        bban = ""
        for n, kind in re.findall(r"(\d+)([nac])", _BBAN[cc]):
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[
                kind
            ]
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(s):
            return s
    raise ValueError(f"no valid IBAN for {cc}")


def make_card(rng: random.Random) -> str:
    kind = rng.randrange(3)
    pre = [
        "4" + _digits(rng, 14, False),
        str(rng.randint(51, 55)) + _digits(rng, 13, False),
        rng.choice(["34", "37"]) + _digits(rng, 12, False),
    ][kind]
    s = pre + luhn.calc_check_digit(pre)
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if kind < 2 else f"{s[:4]} {s[4:10]} {s[10:]}"
