"""Development set of helper NI (session 34): national-id columns told from values alone, ids in local notes.

Own generators (seeds 20501+), not taken from the held-out sets: id columns of 20-40 rows for 50 countries,
python-stdnum schemes (through Faker's ``ssn`` where it writes valid ones, else built here with the scheme's
check digit) and layout-only schemes (Nigerian NIN, Ghana Card, Sri Lankan NIC, Maltese id card, Azerbaijani
FIN, Georgian personal number, Saudi id, Emirates ID, PhilSys, MyKad, Kazakh IIN, Mongolian register number,
Bosnian JMBG, Pakistani CNIC, Bangladeshi NID...), written as exports write them (compact, grouped, lower
case, blanks, padded). Each id column sits in a small table beside names and phones, column names hidden.
Negative tables hold id-shaped values that are no personal ids: order refs, staff numbers, sequential ids,
phone numbers of the same countries, SKUs, random account numbers.

Notes: the id after the language's own id words (Arabic, Gujarati, Marathi, Hausa, Twi, Luxembourgish,
Greek, German, Maltese, Azerbaijani, Georgian, Sinhala, Malay, Filipino, Kazakh, Mongolian, Bosnian, Urdu,
Bengali, Swahili, French...), and negatives: order, phone and invoice numbers after the language's words.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_ni_ids.py [--part columns|notes|all] [--show]``;
prints recall per country and false positives per negative kind.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dev_ni_notes as notes

SEED = 20501


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _birth(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 66))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _kz_iin(rng: random.Random) -> str:
    born = _birth(rng)
    century = (3 if born.year < 2000 else 5) + rng.randrange(2)
    body = born.strftime("%y%m%d") + str(century) + _digits(rng, 4)
    while True:
        check = sum(int(d) * w for d, w in zip(body, range(1, 12), strict=True)) % 11
        if check == 10:
            check = sum(int(d) * w for d, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
        if check != 10:
            return body + str(check)
        body = body[:7] + _digits(rng, 4)


def _jmbg(rng: random.Random) -> str:
    while True:
        born = _birth(rng)
        body = born.strftime("%d%m") + f"{born.year % 1000:03d}" + rng.choice(["10", "17", "19", "71", "77"])
        body += _digits(rng, 3)
        rest = 11 - sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest != 10:
            return body + str(0 if rest == 11 else rest)


def _lk_old(rng: random.Random) -> str:
    born = _birth(rng)
    doy = born.timetuple().tm_yday + rng.choice([0, 500])
    return f"{born.year % 100:02d}{doy:03d}{_digits(rng, 4)}{rng.choice('VVVX')}"


def _lk_new(rng: random.Random) -> str:
    born = _birth(rng)
    doy = born.timetuple().tm_yday + rng.choice([0, 500])
    return f"{born.year}{doy:03d}0{_digits(rng, 4)}"


def _mykad(rng: random.Random) -> str:
    born = _birth(rng)
    return f"{born.strftime('%y%m%d')}-{rng.choice(['01', '05', '08', '10', '14', '07', '12'])}-{_digits(rng, 4)}"


def _emirates(rng: random.Random) -> str:
    body = f"784{_birth(rng).year}{_digits(rng, 7)}"
    return f"{body[:3]}-{body[3:7]}-{body[7:]}-{_luhn_digit(body)}"


def _saudi(rng: random.Random) -> str:
    body = rng.choice("1112") + _digits(rng, 8)
    return body + _luhn_digit(body)


def _mongol(rng: random.Random) -> str:
    letters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
    born = _birth(rng)
    month = born.month + (20 if born.year >= 2000 else 0)
    return (
        rng.choice(letters) + rng.choice(letters) + f"{born.year % 100:02d}{month:02d}{born.day:02d}{_digits(rng, 2)}"
    )


def _fin(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(chars) for _ in range(7))


def _stdnum_check(module: str, body: str) -> str:
    import importlib

    mod = importlib.import_module(f"stdnum.{module}")
    return body + str(mod.calc_check_digit(body))


def _aadhaar(rng: random.Random) -> str:
    from stdnum import verhoeff

    body = str(rng.randrange(2, 10)) + _digits(rng, 10)
    full = body + verhoeff.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _dni(rng: random.Random) -> str:
    n = rng.randrange(10**7, 10**8)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _rut(rng: random.Random) -> str:
    from stdnum.cl import rut

    n = str(rng.randrange(5 * 10**6, 25 * 10**6))
    return f"{int(n):,}".replace(",", ".") + "-" + rut.calc_check_digit(n)


def _jp(rng: random.Random) -> str:
    from stdnum.jp import in_

    body = _digits(rng, 11)
    full = body + in_.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _za(rng: random.Random) -> str:
    born = _birth(rng)
    body = born.strftime("%y%m%d") + _digits(rng, 4) + "08"
    return body + _luhn_digit(body)


def _cpr(rng: random.Random) -> str:
    return _birth(rng).strftime("%d%m%y") + "-" + _digits(rng, 4)


def _ghana(rng: random.Random) -> str:
    return f"GHA-{rng.randrange(7, 8)}{_digits(rng, 8)}-{rng.randrange(10)}"


def _malta(rng: random.Random) -> str:
    return f"{rng.randrange(1, 999999):07d}{rng.choice('MMMMMGGAPL')}"


# country -> (locale of the table's names and phones, id maker, Faker ssn locale or None)
COUNTRIES = {
    "NL": ("nl_NL", None, "nl_NL"), "PL": ("pl_PL", None, "pl_PL"), "IT": ("it_IT", None, "it_IT"),
    "FR": ("fr_FR", None, "fr_FR"), "CH": ("de_CH", None, "de_CH"), "SE": ("sv_SE", None, "sv_SE"),
    "FI": ("fi_FI", None, "fi_FI"), "NO": ("no_NO", None, "no_NO"), "TR": ("tr_TR", None, "tr_TR"),
    "CA": ("en_CA", None, "en_CA"), "GR": ("el_GR", None, "el_GR"), "RO": ("ro_RO", None, "ro_RO"),
    "EE": ("et_EE", None, "et_EE"), "HR": ("hr_HR", None, "hr_HR"), "UA": ("uk_UA", None, "uk_UA"),
    "HU": ("hu_HU", None, "hu_HU"), "CN": ("zh_CN", None, "zh_CN"), "TH": ("th_TH", None, "th_TH"),
    "BR": ("pt_BR", None, "pt_BR"), "GB": ("en_GB", None, "en_GB"), "AT": ("de_AT", None, "de_AT"),
    "LV": ("lv_LV", None, "lv_LV"), "AR": ("es_AR", None, "es_AR"), "TW": ("zh_TW", None, "zh_TW"),
    "IL": ("he_IL", None, "he_IL"), "KR": ("ko_KR", None, "ko_KR"),
    "ES": ("es_ES", _dni, None), "IN": ("en_IN", _aadhaar, None), "CL": ("es_CL", _rut, None),
    "JP": ("ja_JP", _jp, None), "ZA": ("en_ZA", _za, None), "DK": ("da_DK", _cpr, None),
    "NG": ("en_NG", lambda r: str(r.randrange(1, 10)) + _digits(r, 10), None),
    "GH": ("en_GH", _ghana, None), "LK": ("si_LK", lambda r: _lk_old(r) if r.random() < 0.5 else _lk_new(r), None),
    "MT": ("mt_MT", _malta, None), "AZ": ("az_AZ", _fin, None),
    "GE": ("ka_GE", lambda r: f"{r.randrange(1, 62):02d}{_digits(r, 9)}", None),
    "SA": ("ar_SA", _saudi, None), "AE": ("ar_AE", _emirates, None),
    "PH": ("en_PH", lambda r: "-".join(_digits(r, 4) for _ in range(3)), None),
    "MY": ("ms_MY", _mykad, None), "KZ": ("kk_KZ", _kz_iin, None), "MN": ("mn_MN", _mongol, None),
    "BA": ("bs_BA", _jmbg, None), "PK": ("en_PK", lambda r: f"{r.randrange(1, 8)}{_digits(r, 4)}-{_digits(r, 7)}-{r.randrange(10)}", None),  # noqa: E501
    "BD": ("bn_BD", lambda r: _digits(r, 10) if r.random() < 0.5 else f"{_birth(r).year}{_digits(r, 13)}", None),
    "KE": ("sw_KE", lambda r: str(r.randrange(10_000_000, 39_999_999)), None),
}  # fmt: skip


def write_variant(value: str, how: str, rng: random.Random) -> str:
    """The id as an export writes it: as issued, without separators, lower case, padded."""
    if how == "compact":
        return "".join(ch for ch in value if ch.isalnum())
    if how == "lower":
        return value.lower()
    if how == "spaced":
        return value.replace("-", " ").replace(".", " ")
    if how == "padded":
        return f" {value} " if rng.random() < 0.5 else value + " "
    return value


HOWS = ("as_issued", "compact", "lower", "spaced", "padded")


def id_values(country: str, rng: random.Random, n: int) -> list[str]:
    """``n`` ids of ``country`` as issued."""
    _, maker, faker_locale = COUNTRIES[country]
    if maker is not None:
        return [maker(rng) for _ in range(n)]
    from faker import Faker

    fake = Faker(faker_locale)
    fake.seed_instance(rng.randrange(10**9))
    return [fake.ssn() for _ in range(n)]


def negative_columns(rng: random.Random, n: int) -> dict[str, list[str]]:
    """Id-shaped columns that are no personal ids."""
    from faker import Faker

    start = rng.randrange(10_000, 900_000)
    phones = {}
    for loc in ("en_NG", "ar_SA", "ka_GE", "az_AZ", "en_PH", "en_IN", "de_DE", "en_PK"):
        try:
            fake = Faker(loc)
            fake.phone_number()
        except AttributeError:
            continue
        fake.seed_instance(rng.randrange(10**9))
        phones[f"phone {loc}"] = [fake.phone_number() for _ in range(n)]
    year = rng.choice([2022, 2023, 2024])
    return {
        "order ref": [f"ORD-{year}-{rng.randrange(1, 99999):05d}" for _ in range(n)],
        "order ref compact": [f"{year}{rng.randrange(1, 9999999):07d}" for _ in range(n)],
        "staff number": [f"E{rng.randrange(1000, 99999)}" for _ in range(n)],
        "staff digits": [str(rng.randrange(100000, 999999)) for _ in range(n)],
        "sequential id": [str(start + i) for i in range(n)],
        "sequential 11": [str(40_000_000_000 + start + i) for i in range(n)],
        "sku": ["".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(7)) for _ in range(n)],
        "account 10": [_digits(rng, 10) for _ in range(n)],
        "account 11": [str(rng.randrange(1, 10)) + _digits(rng, 10) for _ in range(n)],
        "invoice": [f"INV{year}{rng.randrange(1, 12):02d}{rng.randrange(1, 999):04d}" for _ in range(n)],
        "timestamp": [f"{year}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{_digits(rng, 4)}" for _ in range(n)],
        "card 16": [
            _digits(rng, 4) + "-" + _digits(rng, 4) + "-" + _digits(rng, 4) + "-" + _digits(rng, 4) for _ in range(n)
        ],
        **phones,
    }


# Mobiles of countries Faker has no locale for, national or international form.
LOCAL_PHONES = {
    "NG": lambda r: r.choice(["0803", "+234 805 ", "0810", "+234 706 "]) + f"{r.randrange(10**6, 10**7)}",
    "GH": lambda r: r.choice(["024 ", "+233 20 ", "055 "]) + f"{r.randrange(10**6, 10**7)}",
    "KE": lambda r: r.choice(["0712 ", "+254 722 ", "0733 "]) + f"{r.randrange(10**5, 10**6)}",
    "PK": lambda r: r.choice(["0300 ", "+92 321 ", "0345-"]) + f"{r.randrange(10**6, 10**7)}",
    "PH": lambda r: r.choice(["0917 ", "+63 918 ", "0998 "]) + f"{r.randrange(10**6, 10**7)}",
    "LK": lambda r: r.choice(["077 ", "+94 71 ", "076 "]) + f"{r.randrange(10**6, 10**7)}",
    "MT": lambda r: r.choice(["7912 ", "+356 9945 ", "2123 "]) + f"{r.randrange(1000, 10000)}",
    "AE": lambda r: r.choice(["050 ", "+971 55 ", "052 "]) + f"{r.randrange(10**6, 10**7)}",
    "MY": lambda r: r.choice(["012-", "+60 13-", "019-"]) + f"{r.randrange(10**6, 10**7)}",
    "KZ": lambda r: r.choice(["+7 701 ", "8 705 ", "+7 777 "]) + f"{r.randrange(10**6, 10**7)}",
    "MN": lambda r: r.choice(["+976 9911 ", "8811 ", "+976 9505 "]) + f"{r.randrange(1000, 10000)}",
    "BA": lambda r: r.choice(["061 ", "+387 62 ", "065 "]) + f"{r.randrange(10**5, 10**6)}",
}


def _table(country: str, ids: list[str], rng: random.Random):
    import pandas as pd
    from faker import Faker

    locale = COUNTRIES[country][0]
    try:
        fake = Faker(locale)
        fake.phone_number()
        fake.name()
    except AttributeError:
        fake = Faker("en_US")
    fake.seed_instance(rng.randrange(10**9))
    n = len(ids)
    phones = [fake.phone_number() for _ in range(n)]
    if country in LOCAL_PHONES:  # no Faker locale of the country: its own mobiles
        phones = [LOCAL_PHONES[country](rng) for _ in range(n)]
    return pd.DataFrame(
        {
            "c0": [fake.name() for _ in range(n)],
            "c1": phones,
            "c2": ids,
            "c3": [rng.randrange(18, 90) for _ in range(n)],
        }
    )


def _detect(df):
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_detector import detect_columns

    wanted = [E.NAME, E.PHONE_NUMBER, E.NATIONAL_ID, E.SSN, E.TAX_ID, E.CREDIT_DEBIT_CARD, E.POSTCODE, E.IBAN]
    found = detect_columns(df, infer_schema(df), entities=wanted)
    if COUNTRY_PASS:  # the country pass as the lead is asked to wire it into detect_columns
        from safe_synthesizer.pii.column_id_country import country_id_detections

        found.update(country_id_detections(df, found, entities=wanted))
    return found


COUNTRY_PASS = False


ID_ENTITIES = {"national_id", "ssn", "tax_id"}


def run_columns(show: bool) -> None:
    rng = random.Random(SEED)
    caught, total = defaultdict(int), defaultdict(int)
    for country in COUNTRIES:
        for how in HOWS:
            n = rng.randrange(20, 41)
            ids = [write_variant(v, how, rng) for v in id_values(country, rng, n)]
            for i in rng.sample(range(n), k=n // 10):
                ids[i] = ""  # blanks
            found = _detect(_table(country, ids, rng)).get("c2")
            total[country] += 1
            hit = found is not None and found.entity in ID_ENTITIES
            caught[country] += hit
            if show and not hit:
                print(f"  miss {country} {how}: {found.entity if found else None}", ids[:3])
    missed = {c: f"{caught[c]}/{total[c]}" for c in COUNTRIES if caught[c] < total[c]}
    print(f"columns recall {sum(caught.values())}/{sum(total.values())}; countries not all found: {missed}")
    import pandas as pd

    rng = random.Random(SEED + 1)
    false, tried = defaultdict(int), 0
    # Negatives alone (4 rounds), and beside the names and phones of countries with bare-digit ids (2 rounds).
    for country, rounds in ((None, 4), ("NG", 2), ("GE", 2), ("AZ", 2), ("BD", 2), ("SA", 1), ("LK", 1)):
        for _ in range(rounds):
            for kind, values in negative_columns(rng, rng.randrange(20, 41)).items():
                if country is None:
                    df = pd.DataFrame({"c2": values, "c1": [rng.randrange(1, 500) for _ in values]})
                else:
                    df = _table(country, values, rng)
                found = _detect(df).get("c2")
                tried += 1
                if found is not None and found.entity in ID_ENTITIES:
                    false[f"{kind} ({country or 'alone'})"] += 1
                    if show:
                        print(f"  false {kind} ({country}): {found.entity} {found.evidence} {values[:3]}")
    print(f"columns false ids {sum(false.values())}/{tried}: {dict(false)}")


def run_notes(show: bool) -> None:
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_patterns import pattern_spans

    rng = random.Random(SEED + 2)
    caught, total, false, negs = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    for lang, country, text, (start, end), positive in notes.all_notes(rng, id_values):
        spans = [s for s in pattern_spans(text, (), {E.NATIONAL_ID}) if s[2] == E.NATIONAL_ID]
        hit = any(s[0] <= start and s[1] >= end for s in spans)
        overlap = any(s[0] < end and s[1] > start for s in spans)
        if positive:
            total[lang] += 1
            caught[lang] += hit
            if show and not hit:
                print(f"  miss {lang}/{country}: {text!r}")
        else:
            negs[lang] += 1
            false[lang] += overlap
            if show and overlap:
                print(f"  false {lang}: {text!r}")
    missed = {k: f"{caught[k]}/{total[k]}" for k in total if caught[k] < total[k]}
    print(f"notes recall {sum(caught.values())}/{sum(total.values())}; languages not all found: {missed}")
    print(f"notes false ids {sum(false.values())}/{sum(negs.values())}: {dict((k, v) for k, v in false.items() if v)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("columns", "notes", "all"), default="all")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--country-pass", action="store_true", help="add column_id_country's pass after detection")
    args = parser.parse_args()
    global COUNTRY_PASS
    COUNTRY_PASS = args.country_pass
    if args.part in ("columns", "all"):
        run_columns(args.show)
    if args.part in ("notes", "all"):
        run_notes(args.show)


if __name__ == "__main__":
    main()
