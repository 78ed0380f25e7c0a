"""Identifiers of held-out set 19: national ids with valid check digits, IBANs, cards and phone numbers.

Written blind in session 33 from the countries' published layouts. Each id is drawn from the caller's
``random.Random`` and kept only when its validator accepts it: python-stdnum's module where it has one (the
check characters are found by trying every candidate), the country's own rule where stdnum has none
(Taiwan, Iran, North Macedonia, Luxembourg, Saudi Arabia), or the layout alone where no check digit is
published (Nigeria, Ghana, Kenya, Sri Lanka...). Ids that embed a birth date and sex take the row's.
Phones are valid numbers of the locale's country (``phonenumbers``): an example number's first digits kept,
the rest drawn until the number is valid. Nothing here reads the clock.
"""

# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped ones)

from __future__ import annotations

import datetime as dt
import importlib
import random
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as stdiban
from stdnum import luhn, verhoeff

D = string.digits
U = string.ascii_uppercase


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _solve(rng: random.Random, make, valid, tries: int = 4000) -> str:
    """``make(rng)`` until ``valid`` accepts it (each id's check characters found by trying)."""
    for _ in range(tries):
        v = make(rng)
        try:
            if valid(v):
                return v
        except Exception:
            continue
    raise RuntimeError("no valid id drawn")


def _std(name: str):
    return importlib.import_module("stdnum." + name).is_valid


def _tail(prefix: str, n: int, chars: str = D):
    """A maker: ``prefix`` + ``n`` drawn characters."""
    return lambda rng: prefix + "".join(rng.choice(chars) for _ in range(n))


def _ymd(d: dt.date, order: str = "ymd") -> str:
    parts = {"y": f"{d.year % 100:02d}", "m": f"{d.month:02d}", "d": f"{d.day:02d}"}
    return "".join(parts[c] for c in order)


def _tw_valid(v: str) -> bool:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    n = codes[v[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(v[1:9], range(8, 0, -1), strict=True))
    return (total + int(v[9])) % 10 == 0


def _ir_valid(v: str) -> bool:
    if not re.fullmatch(r"\d{10}", v) or len(set(v)) == 1:
        return False
    s = sum(int(v[i]) * (10 - i) for i in range(9)) % 11
    return int(v[9]) == (s if s < 2 else 11 - s)


def _embg_valid(v: str) -> bool:
    """Yugoslav-style EMBG (North Macedonia): 13 digits, mod-11 check with weights 7..2 twice."""
    if not re.fullmatch(r"\d{13}", v):
        return False
    s = sum(int(c) * w for c, w in zip(v[:12], (7, 6, 5, 4, 3, 2) * 2, strict=True))
    k = 11 - s % 11
    return k != 10 and int(v[12]) == (0 if k == 11 else k)


def _lu_valid(v: str) -> bool:
    """Luxembourg matricule: yyyymmdd + 3 digits + a Luhn digit + a Verhoeff digit (of the first 11)."""
    d = v.replace(" ", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    return luhn.calc_check_digit(d[:11]) == d[11] and verhoeff.calc_check_digit(d[:11]) == d[12]


def _sa_valid(v: str) -> bool:
    """Saudi national id / iqama: 10 digits, 1 (citizen) or 2 (resident) first, Luhn-checked."""
    return bool(re.fullmatch(r"[12]\d{9}", v)) and luhn.is_valid(v)


def _gb_nino(v: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]", v))


def _taj(v: str) -> bool:
    d = v.replace(" ", "")
    return len(d) == 9 and d.isdigit() and sum(int(x) * (3 if i % 2 == 0 else 7)
                                               for i, x in enumerate(d[:8])) % 10 == int(d[8])  # fmt: skip


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> tuple[str, str]:
    """(id, kind) for a person of ``locale`` born ``dob``; kind ``ssn`` for the US SSN, else ``national_id``."""
    y, yy = dob.year, _ymd(dob, "y")
    sexd = lambda odd: rng.choice("13579" if odd else "02468")  # noqa: E731
    if locale == "en_US":
        v = _solve(rng, lambda r: f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", _std("us.ssn"))
        return v, "ssn"
    table = {
        "en_GB": (lambda r: "".join(r.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + " " + " ".join(_digits(r, 2) for _ in range(3)) + " " + r.choice("ABCD"), _gb_nino),
        "de_DE": (lambda r: r.choice("123456789") + _digits(r, 10), _std("de.idnr")),
        "fr_FR": (lambda r: ("2" if female else "1") + _ymd(dob, "ym") + f"{r.randint(1, 95):02d}" + _digits(r, 6) + _digits(r, 2), _std("fr.nir")),
        "es_ES": (lambda r: _digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"), _std("es.dni")),
        "it_IT": (lambda r: "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(6)) + yy + "ABCDEHLMPRST"[dob.month - 1] + f"{dob.day + (40 if female else 0):02d}" + r.choice("ABCDEFGHILM") + _digits(r, 3) + r.choice(U), _std("it.codicefiscale")),
        "nl_NL": (lambda r: _digits(r, 9), _std("nl.bsn")), "nl_BE": (lambda r: _ymd(dob) + _digits(r, 5), _std("be.nn")),
        "sv_SE": (lambda r: _ymd(dob) + "-" + _digits(r, 4), _std("se.personnummer")),
        "pl_PL": (lambda r: yy + f"{dob.month + (20 if y >= 2000 else 0):02d}" + f"{dob.day:02d}" + _digits(r, 3) + sexd(not female) + _digits(r, 1), _std("pl.pesel")),
        "pt_PT": (lambda r: r.choice("123") + _digits(r, 8), _std("pt.nif")), "da_DK": (lambda r: _ymd(dob, "dmy") + "-" + _digits(r, 4), _std("dk.cpr")),
        "en_AU": (lambda r: _digits(r, 9), _std("au.tfn")), "de_AT": (lambda r: r.choice("123456789") + _digits(r, 3) + " " + _ymd(dob, "dmy"), _std("at.vnr")),
        "fr_CH": (lambda r: "756." + _digits(r, 4) + "." + _digits(r, 4) + "." + _digits(r, 2), _std("ch.ssn")),
        "en_IN": (lambda r: r.choice("23456789") + _digits(r, 3) + " " + _digits(r, 4) + " " + _digits(r, 4), _std("in_.aadhaar")),
        "en_CA": (lambda r: r.choice("12345679") + _digits(r, 2) + " " + _digits(r, 3) + " " + _digits(r, 3), _std("ca.sin")),
        "pt_BR": (lambda r: f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}-{_digits(r, 2)}", _std("br.cpf")),
        "es_MX": (lambda r: "".join(r.choice("BCDFGLMPRSTV") for _ in range(1)) + r.choice("AEIOU") + "".join(r.choice("BCDFGLMPRSTV") for _ in range(2)) + _ymd(dob) + ("M" if female else "H") + r.choice(["DF", "JC", "NL", "PL", "VZ", "GT"]) + "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(3)) + ("0" if y < 2000 else "A") + _digits(r, 1), _std("mx.curp")),
        "cs_CZ": (lambda r: yy + f"{dob.month + (50 if female else 0):02d}" + f"{dob.day:02d}/" + _digits(r, 4), _std("cz.rc")),
        "fi_FI": (lambda r: _ymd(dob, "dmy") + ("-" if y < 2000 else "A") + _digits(r, 2) + sexd(not female) + r.choice(D + "ABCDEFHJKLMNPRSTUVWXY"), _std("fi.hetu")),
        "tr_TR": (lambda r: r.choice("123456789") + _digits(r, 10), _std("tr.tckimlik")), "ja_JP": (lambda r: _digits(r, 12), _std("jp.in_")),
        "zh_CN": (lambda r: r.choice(["110101", "310104", "440305", "510107", "330106"]) + f"{y}" + _ymd(dob, "md") + _digits(r, 2) + sexd(not female) + r.choice(D + "X"), _std("cn.ric")),
        "no_NO": (lambda r: _ymd(dob, "dmy") + (r.choice(["0", "1", "2", "3"]) if y < 2000 else "5") + _digits(r, 1) + sexd(not female) + _digits(r, 2), _std("no.fodselsnummer")),
        "ro_RO": (lambda r: (("2" if female else "1") if y < 2000 else ("6" if female else "5")) + _ymd(dob) + f"{r.randint(1, 46):02d}" + _digits(r, 4), _std("ro.cnp")),
        "el_GR": (lambda r: _ymd(dob, "dmy") + _digits(r, 5), _std("gr.amka")),
        "hu_HU": (lambda r: _digits(r, 3) + " " + _digits(r, 3) + " " + _digits(r, 3), _taj), "sk_SK": (lambda r: yy + f"{dob.month + (50 if female else 0):02d}" + f"{dob.day:02d}/" + _digits(r, 4), _std("sk.rc")),
        "hr_HR": (lambda r: _digits(r, 11), _std("hr.oib")), "de_CH": (lambda r: "756." + _digits(r, 4) + "." + _digits(r, 4) + "." + _digits(r, 2), _std("ch.ssn")),
        "lt_LT": (lambda r: (("4" if female else "3") if y < 2000 else ("6" if female else "5")) + _ymd(dob) + _digits(r, 4), _std("lt.asmens")),
        "uk_UA": (lambda r: _digits(r, 10), _std("ua.rntrc")), "ru_RU": (lambda r: r.choice("1234567") + _digits(r, 11), _std("ru.inn")),
        "bg_BG": (lambda r: yy + f"{dob.month + (40 if y >= 2000 else 0):02d}" + f"{dob.day:02d}" + _digits(r, 2) + sexd(female) + _digits(r, 1), _std("bg.egn")),
        "sl_SI": (lambda r: _ymd(dob, "dm") + f"{y % 1000:03d}" + "50" + f"{r.randint(500 if female else 0, 999 if female else 499):03d}" + _digits(r, 1), _std("si.emso")),
        "en_IE": (lambda r: _digits(r, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"), _std("ie.pps")),
        "lv_LV": (lambda r: _ymd(dob, "dmy") + "-" + ("1" if y < 2000 else "2") + _digits(r, 4), _std("lv.pvn")),
        "es_AR": (lambda r: f"{r.randint(20, 45)}.{_digits(r, 3)}.{_digits(r, 3)}", _std("ar.dni")),
        "es_CO": (lambda r: r.choice("1") + _digits(r, 9), lambda v: v.isdigit() and len(v) == 10),
        "en_NZ": (lambda r: r.choice("1") + _digits(r, 8), _std("nz.ird")),
        "et_EE": (lambda r: (("4" if female else "3") if y < 2000 else ("6" if female else "5")) + _ymd(dob) + _digits(r, 4), _std("ee.ik")),
        "es_CL": (lambda r: f"{r.randint(8, 24)}.{_digits(r, 3)}.{_digits(r, 3)}-" + r.choice(D + "K"), _std("cl.rut")),
        "en_PH": (lambda r: f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}-000", lambda v: True),
        "de_LU": (lambda r: f"{y}{dob.month:02d}{dob.day:02d}" + _digits(r, 5), _lu_valid),
        "is_IS": (lambda r: _ymd(dob, "dmy") + "-" + _digits(r, 3) + ("9" if y < 2000 else "0"), _std("is_.kennitala")),
        "ko_KR": (lambda r: _ymd(dob) + "-" + (("2" if female else "1") if y < 2000 else ("4" if female else "3")) + _digits(r, 6), _std("kr.rrn")),
        "en_NG": (lambda r: _digits(r, 11), lambda v: True), "yo_NG": (lambda r: _digits(r, 11), lambda v: True), "ha_NG": (lambda r: _digits(r, 11), lambda v: True),
        "id_ID": (lambda r: r.choice(["317101", "327301", "357801", "517101"]) + f"{dob.day + (40 if female else 0):02d}" + _ymd(dob, "my") + f"{r.randint(1, 9999):04d}", _std("id.nik")),
        "vi_VN": (lambda r: "0" + f"{r.choice([1, 31, 48, 79, 92]):02d}" + ("1" if female and y < 2000 else "0" if y < 2000 else "3" if female else "2") + yy + _digits(r, 6), lambda v: True),
        "es_VE": (lambda r: "V-" + f"{r.randint(8, 30)}" + _digits(r, 6) + "-" + _digits(r, 1), lambda v: _std("ve.rif")(v.replace("-", ""))),
        "mt_MT": (lambda r: f"{r.randint(1, 9999999)}" + r.choice("MGAPLHBZ"), lambda v: True),
        "zh_TW": (lambda r: r.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO") + ("2" if female else "1") + _digits(r, 8), _tw_valid),
        "he_IL": (lambda r: _digits(r, 9), _std("il.idnr")), "th_TH": (lambda r: r.choice("1358") + _digits(r, 12), _std("th.pin")),
        "az_AZ": (lambda r: "".join(r.choice(D + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)), lambda v: True),
        "ka_GE": (lambda r: "0" + _digits(r, 10), lambda v: True), "fr_DZ": (lambda r: "1" + yy + _digits(r, 15), lambda v: True),
        "fa_IR": (lambda r: _digits(r, 10), _ir_valid), "bn_BD": (lambda r: r.choice("123456789") + _digits(r, 9), lambda v: True),
        "hy_AM": (lambda r: _digits(r, 10), lambda v: True), "ne_NP": (lambda r: f"{r.randint(1, 75):02d}-{r.randint(1, 3):02d}-{yy}-{_digits(r, 5)}", lambda v: True),
        "en_PK": (lambda r: f"{r.choice('34')}{_digits(r, 4)}-{_digits(r, 7)}-{sexd(not female)}", lambda v: True),
        "mk_MK": (lambda r: _ymd(dob, "dm") + f"{y % 1000:03d}" + "41" + f"{r.randint(500 if female else 0, 999 if female else 499):03d}" + _digits(r, 1), _embg_valid),
        "zu_ZA": (lambda r: _ymd(dob) + f"{r.randint(0, 4999) if female else r.randint(5000, 9999):04d}" + "08" + _digits(r, 1), _std("za.idnr")),
        "ar_EG": (lambda r: ("2" if y < 2000 else "3") + _ymd(dob) + r.choice(["01", "02", "21", "88"]) + _digits(r, 3) + sexd(not female) + _digits(r, 1), lambda v: True),
        "uz_UZ": (lambda r: ("4" if female else "3") + _ymd(dob, "dmy") + _digits(r, 7), lambda v: True),
        "sq_AL": (lambda r: r.choice("JIKL") + yy[1] + f"{dob.month + (50 if female else 0):02d}{dob.day:02d}" + _digits(r, 3) + r.choice(U), lambda v: True),
        "ga_IE": (lambda r: _digits(r, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"), _std("ie.pps")),
        "si_LK": (lambda r: f"{y}{dob.timetuple().tm_yday + (500 if female else 0):03d}" + _digits(r, 5), lambda v: True),
        "am_ET": (lambda r: " ".join(_digits(r, 4) for _ in range(4)), lambda v: True), "sw_KE": (lambda r: r.choice("123") + _digits(r, 7), lambda v: True),
        "ar_SA": (lambda r: "1" + _digits(r, 9), _sa_valid), "mr_IN": None, "gu_IN": None, "ta_IN": None, "hi_IN": None,
        "tw_GH": (lambda r: "GHA-" + _digits(r, 9) + "-" + _digits(r, 1), lambda v: True),
        "lb_LU": (lambda r: f"{y}{dob.month:02d}{dob.day:02d}" + _digits(r, 5), _lu_valid),
        "el_CY": (lambda r: f"{r.randint(700000, 1299999)}", lambda v: True),
        "de_LI": (lambda r: f"{r.randint(10000, 999999)}", lambda v: True),
    }  # fmt: skip
    for alias, to in (("fr_CA", "en_CA"), ("fr_BE", "nl_BE"), ("it_CH", "de_CH"), ("mr_IN", "en_IN"),
                      ("gu_IN", "en_IN"), ("ta_IN", "en_IN"), ("hi_IN", "en_IN")):  # fmt: skip
        table[alias] = table[to]
    entry = table.get(locale)
    if entry is None:
        return _digits(rng, 10), "national_id"
    make, valid = entry
    if locale in ("de_LU", "lb_LU"):
        base = make(rng)[:11]
        return f"{base}{luhn.calc_check_digit(base)}{verhoeff.calc_check_digit(base)}", "national_id"
    return _solve(rng, make, valid), "national_id"


def iban(country: str, rng: random.Random) -> str | None:
    """A valid IBAN of ``country`` (stdnum's registry layout and checks), grouped by four; None without IBANs."""
    info = stdiban._ibandb.info(country + "00")
    bban = info[0][1].get("bban") if info and info[0][0] == country else None
    if not bban:
        return None
    parts = re.findall(r"(\d+)!([nac])", bban)

    def make(r: random.Random) -> str:
        body = "".join("".join(r.choice(D if k in "nc" else U) for _ in range(int(n))) for n, k in parts)
        return country + stdiban.calc_check_digits(country + "00" + body) + body

    value = _solve(rng, make, stdiban.is_valid, tries=20000)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def card(rng: random.Random) -> str:
    """A Luhn-valid 16-digit card number (Visa or Mastercard prefix) in groups of four."""
    head = rng.choice(["4", "51", "52", "53", "54", "55"])
    body = head + "".join(rng.choice(D) for _ in range(15 - len(head)))
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


_EXAMPLES: dict[tuple[str, int], str] = {}


def _national_digits(region: str, kind: int) -> str:
    key = (region, kind)
    if key not in _EXAMPLES:
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        _EXAMPLES[key] = str(ex.national_number) if ex else ""
    return _EXAMPLES[key]


def phone(region: str, rng: random.Random, layout: str, mobile: bool = True) -> str:
    """A valid number of ``region`` written in ``layout``: national, intl, e164, digits, dotted, 00, slash."""
    example = _national_digits(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
    if not example:
        example = _national_digits(region, PNT.FIXED_LINE)
    code = phonenumbers.country_code_for_region(region)
    for keep in (3, 2, 1, 0) * 200:
        digits = example[:keep] + "".join(rng.choice(D) for _ in range(len(example) - keep))
        num = phonenumbers.parse(f"+{code}{digits}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:  # pragma: no cover - every region has an example number
        num = phonenumbers.parse(f"+{code}{example}")
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    if layout == "intl":
        return intl
    if layout == "e164":
        return e164
    if layout == "digits":
        return re.sub(r"\D", "", nat)
    if layout == "dotted":
        return ".".join(re.split(r"[\s\-()]+", nat.strip("() "))).strip(".")
    if layout == "00":
        return "00" + intl[1:]
    if layout == "slash" and " " in nat:
        head, rest = nat.split(" ", 1)
        return f"{head}/{rest.replace(' ', '')}"
    return nat
