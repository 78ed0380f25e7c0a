"""Held-out set 27: national ids and IBANs of the new eight, short local phone numbers, and number look-alikes.

Set 26's ids (``heldout26_ids``: stdnum-valid national ids from the row's birth date, IBANs, Luhn cards,
``phonenumbers``-valid phones in mixed layouts, extensions) for its locales. The new eight:

- sr_ME: the JMBG ``DDMMYYYRRBBBK`` (register region 21-29 for Montenegro, 000-499 men, 500-999 women, the mod-11
  check digit; stdnum has no module for it: own rule below); ME IBANs (stdnum's registry);
- es_CU: the carnet de identidad ``YYMMDD`` + five digits (the century in the seventh, the sex in the tenth:
  ``stdnum.cu.ni``); no IBAN in use;
- en_MU: the NID (surname initial, ``DDMMYY``, six digits, check character by ``stdnum.mu.nid``); MU IBANs
  ``MU17BOMM0101101030300200000MUR`` (bank, branch, account, ``000MUR``) with their mod-97 check digits;
- sv_AX: the Finnish HETU ``DDMMYY-NNNC`` (``stdnum.fi.hetu``); FI IBANs;
- en_GI: no national id with a check digit here (a card stands in the notes); GI IBANs ``GI75NWBK...``;
- ky_KG: the 14-digit PIN (sex 1/2, ``DDMMYYYY``, five digits; no published check digit); no IBAN;
- fr_LB: no national number on the identity card; LB IBANs (four-digit bank code, 20-digit account);
- nl_SR: no national id written here; no IBAN.

Phones: ``phonenumbers``-valid numbers of every region (set 26's draw); Åland's ``018 12345`` (five-digit
subscriber part), Bishkek's ``0312 61-23-45``, Beirut's ``01 123456`` and mobile ``03 123456``, Suriname's
six-digit landlines ``471-234``/``471234`` and seven-digit mobiles, Mauritius' seven-digit ``212 3456`` landlines:
each in two or three layouts within a column.
"""

from __future__ import annotations

import datetime as dt
import random
import string

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.cu import ni as cu_ni
from stdnum.fi import hetu
from stdnum.mu import nid as mu_nid

import heldout26_ids as set26

card = set26.card
phone_number = set26.phone_number
write_phone = set26.write_phone
phone_mix = set26.phone_mix
digits_like_phone = set26.digits_like_phone
with_extension = set26.with_extension
postcode_like = set26.postcode_like
ean13 = set26.ean13
PHONE_LAYOUTS = set26.PHONE_LAYOUTS
NEW_IDS = ("sr_ME", "es_CU", "en_MU", "sv_AX", "ky_KG")


def jmbg(dob: dt.date, female: bool, rng: random.Random) -> str:
    """A Montenegrin JMBG: ``DDMMYYY`` (last three digits of the year), region 21-29, serial by sex, check."""
    while True:
        serial = rng.randint(500, 999) if female else rng.randint(0, 499)
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 1000:03d}{rng.randint(21, 29)}{serial:03d}"
        check = jmbg_check(body)
        if check is not None:
            return body + str(check)


def jmbg_check(body: str) -> int | None:
    """The JMBG check digit of its first twelve digits (None when the rule gives 10: that serial is not used)."""
    a = [int(c) for c in body]
    s = sum((7 - i) * (a[i] + a[i + 6]) for i in range(6))
    k = 11 - s % 11
    return None if k == 10 else 0 if k == 11 else k


def jmbg_valid(value: str) -> bool:
    """Whether ``value`` is 13 digits with the JMBG check digit (the rule ``jmbg`` writes by)."""
    return len(value) == 13 and value.isdigit() and jmbg_check(value[:12]) == int(value[12])


def _cu_ci(dob: dt.date, female: bool, rng: random.Random) -> str:
    century = rng.randint(0, 5) if dob.year < 2000 else rng.randint(6, 8)
    sex = rng.choice("13579" if female else "02468")
    value = f"{dob:%y%m%d}{century}{rng.randint(0, 99):02d}{sex}{rng.randint(0, 9)}"
    assert cu_ni.is_valid(value), value
    return value


def _mu_nid(last: str, dob: dt.date, rng: random.Random) -> str:
    body = f"{nid_initial(last)}{dob:%d%m%y}{rng.randint(0, 999999):06d}"
    value = body + mu_nid.calc_check_digit(body)
    assert mu_nid.is_valid(value), value
    return value


def nid_initial(last: str) -> str:
    """The surname's first letter as the Mauritian NID writes it (A-Z, accents dropped)."""
    first = last.strip()[0].upper()
    return {"É": "E", "È": "E", "Ç": "C"}.get(first, first if first in string.ascii_uppercase else "A")


def _hetu(dob: dt.date, rng: random.Random, female: bool) -> str:
    n = rng.randrange(2 if female else 3, 899, 2)
    sign = "-" if dob.year < 2000 else "A"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dob:%d%m%y}{n:03d}") % 31]
    value = f"{dob:%d%m%y}{sign}{n:03d}{check}"
    assert hetu.is_valid(value), value
    return value


def _kg_pin(dob: dt.date, female: bool, rng: random.Random) -> str:
    return f"{1 if female else 2}{dob:%d%m%Y}{rng.randint(0, 99999):05d}"


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, last: str = "", first: str = ""):
    """A national id of ``locale`` (valid by its checker where it has one), or None where the set writes none."""
    if locale == "sr_ME":
        return jmbg(dob, female, rng)
    if locale == "es_CU":
        return _cu_ci(dob, female, rng)
    if locale == "en_MU":
        return _mu_nid(last or "A", dob, rng)
    if locale == "sv_AX":
        return _hetu(dob, rng, female)
    if locale == "ky_KG":
        return _kg_pin(dob, female, rng)
    if locale in ("en_GI", "fr_LB", "nl_SR"):
        return None
    return set26.national_id(locale, rng, dob, female, last, first)


def _with_check(country: str, bban: str) -> str:
    """``country`` + mod-97 check digits + ``bban``, checked by stdnum."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(digits) % 97:02d}{bban}"
    assert stdnum_iban.is_valid(value), value
    return value


def _grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def iban(country: str, rng: random.Random, grouped: bool = False):
    """An IBAN of ``country`` (set 26's; Mauritius, Gibraltar and Lebanon written here with real bank codes),
    or None where the country has none in use (Cuba, Kyrgyzstan, Suriname)."""
    if country in ("CU", "KG", "SR"):
        return None
    if country == "AX":
        country = "FI"
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if country == "MU":
        value = _with_check(
            "MU", f"{rng.choice(('BOMM', 'MCBL', 'SBMM', 'MPCB'))}{digits(2)}{digits(2)}{digits(12)}000MUR"
        )
    elif country == "GI":
        value = _with_check("GI", f"{rng.choice(('NWBK', 'GIBK', 'JYSK'))}{digits(15)}")
    elif country == "LB":
        value = _with_check("LB", f"{rng.choice(('0999', '0014', '0028', '0056'))}{digits(20)}")
    else:
        return set26.iban(country, rng, grouped)
    return _grouped(value) if grouped else value


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id: ``ssn`` in the US and Puerto Rico."""
    return set26.id_entity(locale)


def ax_mobile(rng: random.Random) -> phonenumbers.PhoneNumber:
    """An Åland resident's mobile: Finnish numbering (``040``/``041``/``044``/``045``/``0457`` + 7 digits), what
    ``phone_number`` cannot vary for AX (its example is one fixed number)."""
    while True:
        n = phonenumbers.parse(f"04{rng.choice('01456')}{rng.randint(1000000, 9999999)}", "AX")
        if phonenumbers.is_valid_number(n):
            return n


def short_number(region: str, rng: random.Random) -> str | None:
    """National digits of a valid short-subscriber number: Åland 018 + 5, Bishkek 0312 + 6, Beirut 01 + 6 or
    mobile 03 + 6, Suriname's 6-digit landlines, Mauritius' 7-digit landlines; None elsewhere."""
    for _ in range(40):
        if region == "AX":
            text = f"018{rng.randint(11000, 29999)}"
        elif region == "KG":
            text = f"0312{rng.randint(300000, 699999)}"
        elif region == "LB":
            text = f"0{rng.choice('13')}{rng.randint(200000, 899999)}"
        elif region == "SR":
            text = f"{rng.choice('24')}{rng.randint(10000, 99999)}"
        elif region == "MU":
            text = f"{rng.choice('2468')}{rng.randint(100000, 999999)}"
        else:
            return None
        n = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return text
    return None


def write_short(text: str, region: str, layout: str) -> str:
    """A short local number in ``layout``: ``plain`` (digits), ``intl`` (``+961 1 784 681``) or ``grouped`` as
    the country writes it (``018 20917``, ``0312 61-23-45``, ``01-533685``, ``471-234``, ``212 3456``)."""
    if layout == "plain":
        return text
    if layout == "intl":
        n = phonenumbers.parse(text, region)
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if region == "KG":
        s = text[4:]
        return f"{text[:4]} {s[:2]}-{s[2:4]}-{s[4:]}"
    if region == "LB":
        return f"{text[:2]}-{text[2:]}"
    if region == "SR":
        return f"{text[:3]}-{text[3:]}"
    return f"{text[:3]} {text[3:]}"  # Åland, Mauritius


def has_short(region: str) -> bool:
    """Whether ``short_number`` writes numbers of ``region``."""
    return region in ("AX", "KG", "LB", "SR", "MU")


def square_id(rng: random.Random) -> str:
    """A Square customer id (26 upper-case base-32 characters)."""
    return "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(26))


def uuid4(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (Kobo's ``_uuid``)."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def imei(rng: random.Random) -> str:
    """A phone's IMEI (15 digits, Luhn check): what ODK Collect writes as ``deviceid``."""
    body = [rng.randint(0, 9) for _ in range(14)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(body))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)
