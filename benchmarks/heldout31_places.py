"""Held-out set 31: addresses, national ids and IBANs of the eight new locales (``heldout31_new8`` has their people).

Addresses as each place writes them: Palestine's ``شارع الإرسال، عمارة 12`` and the town (no postcode written), the
Maldives' ward, house name and street ``H. Maavehi, Majeedhee Magu, Malé 20063``, Phnom Penh's ``#12, St. 294,
Sangkat Tonle Bassac`` and ``Khan Chamkarmon`` (6-digit postcodes seldom), Lilongwe's ``Area 47, Plot 47/3/215`` or
a quarter and house number elsewhere in Malawi (no postcodes), Manx ``12 Ballaquayle Road, Douglas IM2 4NA``,
Tajik ``кӯч. Рӯдакӣ 45, хонаи 12`` with ``734xxx`` postcodes, Bajan ``Lot 12, Sunset Crest`` with the parish and a
``BB23027`` postcode, and Yangon's ``No. 45, Bogyoke Aung San Road, Pabedan Township`` (5-digit postcodes seldom).

Ids: the Palestinian id card number with its Luhn check digit; the Maldivian ``A123456``, Cambodia's 9 digits,
Malawi's 8 letters and digits, the Manx NI number ``MA123456A``, Tajikistan's 9-digit taxpayer number, Barbados'
``YYMMDD-XXXX`` and Myanmar's NRC ``12/OuKaMa(N)123456`` without a public check digit. IBANs: PS only here.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban as stdnum_iban
from stdnum import luhn

_PS_TOWNS = [
    ("رام الله", "Ramallah"),
    ("نابلس", "Nablus"),
    ("الخليل", "Hebron"),
    ("بيت لحم", "Bethlehem"),
    ("جنين", "Jenin"),
    ("طولكرم", "Tulkarm"),
    ("أريحا", "Jericho"),
    ("البيرة", "Al-Bireh"),
]
_PS_STREETS = [
    ("شارع الإرسال", "Al-Irsal St."),
    ("شارع القدس", "Al-Quds St."),
    ("شارع الجامعة", "University St."),
    ("شارع عين مصباح", "Ein Misbah St."),
    ("شارع النهضة", "Al-Nahda St."),
    ("شارع فيصل", "Faisal St."),
    ("شارع عمان", "Amman St."),
    ("شارع الشهداء", "Al-Shuhada St."),
]
_MV_HOUSES = [
    "Maavehi",
    "Kanmathee",
    "Fehi Villa",
    "Hiyaa",
    "Sosun Villa",
    "Dhoorihaa",
    "Roanuge",
    "Finifenmaage",
    "Nooranmaage",
    "Asurumaage",
    "Sea Breeze",
    "Blue Lagoon",
    "Alivaage",
    "Handhuvaree",
]
_MV_STREETS = [
    "Majeedhee Magu",
    "Sosun Magu",
    "Chaandhanee Magu",
    "Orchid Magu",
    "Ameenee Magu",
    "Fareedhee Magu",
    "Buruzu Magu",
    "Janavaree Hingun",
    "Haveeree Hingun",
    "Kuda Hithigas Magu",
]
_KH_PLACES = [
    ("Boeung Keng Kang 1", "Chamkarmon"),
    ("Tonle Bassac", "Chamkarmon"),
    ("Toul Tom Poung 2", "Chamkarmon"),
    ("Phsar Thmei 3", "Daun Penh"),
    ("Wat Phnom", "Daun Penh"),
    ("Teuk Laak 1", "Toul Kork"),
    ("Boeung Kak 2", "Toul Kork"),
    ("Chak Angre Leu", "Meanchey"),
    ("Tuol Sangkae", "Russey Keo"),
]
_MW_AREAS = ["Area 47", "Area 18", "Area 25", "Area 49", "Area 10", "Area 3", "Area 36"]
_MW_TOWNS = ["Blantyre", "Mzuzu", "Zomba", "Limbe", "Kasungu"]
_MW_QUARTERS = ["Chilomoni", "Ndirande", "Namiwawa", "Katoto", "Chikanda", "Sunnyside", "Mandala"]
_IM_STREETS = [
    "Ballaquayle Road",
    "Bucks Road",
    "Victoria Street",
    "Athol Street",
    "Peel Road",
    "Circular Road",
    "Woodbourne Road",
    "Alexander Drive",
    "Ballabrooie Way",
    "Glencrutchery Road",
    "Arbory Road",
    "Droghadfayle Road",
    "Ballanard Road",
    "Saddle Road",
    "Tromode Road",
]
_IM_TOWNS = [
    ("Douglas", (1, 2)),
    ("Onchan", (3,)),
    ("Laxey", (4,)),
    ("Peel", (5,)),
    ("Ramsey", (8,)),
    ("Castletown", (9,)),
    ("Port Erin", (9,)),
    ("Port St Mary", (9,)),
    ("Ballasalla", (9,)),
]
_TJ_STREETS = [
    "Рӯдакӣ",
    "Айнӣ",
    "Исмоили Сомонӣ",
    "Бохтар",
    "Шотемур",
    "Мирзо Турсунзода",
    "Н. Қарабоев",
    "Ҳофизи Шерозӣ",
]
_TJ_TOWNS = [
    ("Душанбе", "734"),
    ("Хуҷанд", "735700"),
    ("Бохтар", "735140"),
    ("Кӯлоб", "735360"),
    ("Истаравшан", "735600"),
]
_BB_PARISH = [
    ("St. Michael", "BB11"),
    ("Christ Church", "BB15"),
    ("St. James", "BB24"),
    ("St. Philip", "BB18"),
    ("St. George", "BB19"),
    ("St. Thomas", "BB22"),
    ("St. Peter", "BB26"),
    ("St. Lucy", "BB28"),
]
_BB_STREETS = [
    "Bay Street",
    "Rockley Terrace",
    "Brittons Hill",
    "Sunset Crest",
    "Wildey Main Road",
    "Highway 7",
    "Worthing Main Road",
    "Black Rock Main Road",
    "Passage Road",
    "Lodge Hill",
]
_MM_STREETS = [
    "Bogyoke Aung San Road",
    "Anawrahta Road",
    "Maha Bandula Road",
    "Pyay Road",
    "Kabar Aye Pagoda Road",
    "35th Street",
    "Bo Aung Kyaw Street",
    "Inya Road",
    "Thein Phyu Road",
]
_MM_TOWNSHIPS = [("Pabedan", "PaBaTa", "11143"), ("Bahan", "BaHaNa", "11201"), ("Kamayut", "KaMaYa", "11041"),
                 ("Mayangone", "MaYaKa", "11061"), ("Lanmadaw", "LaMaNa", "11131"),
                 ("North Okkalapa", "OuKaMa", "11031"),
                 ("Thingangyun", "ThaGaKa", "11071")]  # fmt: skip
STREET_WORDS = frozenset({"st", "street", "road", "magu", "hingun", "sangkat", "khan", "area", "plot", "box", "lot",
                          "кӯч", "хонаи", "ш", "township", "شارع", "عمارة", "no", "bldg", "gap", "terrace", "drive",
                          "way", "p.o", "hill", "villa", "main", "highway"})  # fmt: skip


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street line, postcode, town): postcode "" where the place writes none (Palestine, Malawi) or seldom does."""
    if locale == "ar_PS":
        (town, _), (street, _) = rng.choice(_PS_TOWNS), rng.choice(_PS_STREETS)
        return f"{street}، عمارة {rng.randint(1, 60)}", "", town
    if locale == "dv_MV":
        ward = rng.choice(["H.", "M.", "Ma.", "G."])
        line = f"{ward} {rng.choice(_MV_HOUSES)}, {rng.choice(_MV_STREETS)}"
        return line, f"20{rng.randint(0, 3)}{rng.randint(10, 99)}", "Malé"
    if locale == "km_KH":
        sangkat, khan = rng.choice(_KH_PLACES)
        line = f"#{rng.randint(1, 240)}{rng.choice(['', '', 'E', 'Eo'])}, St. {rng.randint(2, 600)}, Sangkat {sangkat}"
        return line, f"120{rng.randint(100, 999)}" if rng.random() < 0.3 else "", f"Khan {khan}, Phnom Penh"
    if locale == "en_MW":
        if rng.random() < 0.6:
            area = rng.choice(_MW_AREAS)
            return f"{area}, Plot {area.split()[1]}/{rng.randint(1, 9)}/{rng.randint(10, 600)}", "", "Lilongwe"
        return f"{rng.choice(_MW_QUARTERS)}, House No. {rng.randint(1, 400)}", "", rng.choice(_MW_TOWNS)
    if locale == "en_IM":
        town, districts = rng.choice(_IM_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"IM{rng.choice(districts)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return f"{rng.randint(1, 160)} {rng.choice(_IM_STREETS)}", pc, town
    if locale == "tg_TJ":
        town, pc = rng.choice(_TJ_TOWNS)
        pc = pc if len(pc) == 6 else f"{pc}{rng.randint(0, 0)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        return f"кӯч. {rng.choice(_TJ_STREETS)} {rng.randint(1, 120)}, хонаи {rng.randint(1, 90)}", pc, town
    if locale == "en_BB":
        parish, pre = rng.choice(_BB_PARISH)
        line = rng.choice([f"#{rng.randint(1, 80)} {rng.choice(_BB_STREETS)}", f"Lot {rng.randint(1, 200)}, "
                           f"{rng.choice(_BB_STREETS)}",
                           f"Gap {rng.randint(1, 9)}, {rng.choice(_BB_STREETS)}"])  # fmt: skip
        return line, f"{pre}{rng.randint(0, 9)}{rng.randint(10, 99)}", parish
    township, _, pc = rng.choice(_MM_TOWNSHIPS)
    line = f"No. {rng.randint(1, 300)}, {rng.choice(_MM_STREETS)}, {township} Township"
    return line, pc if rng.random() < 0.3 else "", "Yangon"


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale == "ar_PS":
        return f"{town}، {street}"
    if locale == "tg_TJ":
        return f"{postcode}, ш. {town}, {street}"
    if locale == "en_BB":
        return f"{street}, {town} {postcode}"
    return ", ".join(x for x in (street, f"{town} {postcode}".strip()) if x)


def ps_id(rng: random.Random) -> str:
    """A Palestinian id card number: 9 digits, the last a Luhn check digit."""
    body = f"{rng.choice('4899')}{rng.randint(0, 9999999):07d}"
    return body + luhn.calc_check_digit(body)


def ps_id_valid(value: str) -> bool:
    """The Luhn check of a 9-digit id card number."""
    return len(value) == 9 and value.isdigit() and luhn.is_valid(value)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """A national id of a new locale (module docstring); every one of the eight has one."""
    if locale == "ar_PS":
        return ps_id(rng)
    if locale == "dv_MV":
        return f"A{rng.randint(0, 399999):06d}"
    if locale == "km_KH":
        return f"0{rng.randint(10000000, 99999999)}"
    if locale == "en_MW":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    if locale == "en_IM":
        return f"MA{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
    if locale == "tg_TJ":
        return f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9)}"
    if locale == "en_BB":
        return f"{dob:%y%m%d}-{rng.randint(0, 9999):04d}"
    township = rng.choice(_MM_TOWNSHIPS)[1]
    return f"12/{township}(N){rng.randint(0, 999999):06d}"


def iban(country: str, rng: random.Random, grouped: bool = False) -> str | None:
    """A Palestinian IBAN (``PSkk BANK`` + 21 digits) with its check digits; None in the six without IBANs."""
    if country != "PS":
        return None
    bban = rng.choice(["PALS", "ARAB", "QUDS", "PIBC"]) + "".join(str(rng.randint(0, 9)) for _ in range(21))
    value = f"PS00{bban}"
    value = f"PS{stdnum_iban.calc_check_digits(value)}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value
