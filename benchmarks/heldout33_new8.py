"""Held-out set 33: people, addresses, national ids, phones and IBANs of the eight locales no set used, written
from the places' own customs (none of these names or streets is in Faker).

- ar_QA (Qatar: ``محمد علي الكواري`` or Latin ``Mohammed Al-Kuwari``, and the expatriate majority ``Rajesh Nair``,
  ``Maria Santos``; ``Building 14, Street 850, Zone 56`` blue-plate addresses, no postcode; the 11-digit QID
  ``28963412345`` (century, birth year, nationality code, serial); QA IBANs with their mod-97 check);
- dz_BT (Bhutan: two given names and no family name ``Karma Wangchuk``, ``Sonam Choden``; ``House No. 12,
  Changzamtog, Thimphu``, 5-digit postcodes seldom; the 11-digit citizenship id number);
- en_BM (Bermuda: ``Outerbridge``, ``Furbert``, house names, parishes, ``HM 12`` postcodes; no national id);
- pap_AW (Aruba: ``Croes``, ``Geerman``, ``Kock``; ``Caya Frans Figaroa 23, Noord``, no postcodes; the
  ``persoonsnummer`` of the birth date and two digits);
- en_LR (Liberia: ``Musu Kollie``, ``Varney Flomo``; ``Duport Road, Paynesville``, landmarks; 4-digit postcodes
  seldom; the NIR number ``1234-5678-90``);
- to_TO (Tonga: ``Sione Tupou``, ``'Ana Latu``; villages, ``Taufa'ahau Road``; no postcode; no national id written);
- ar_LY (Libya: ``محمد الطاهر الورفلي`` or ``Al-Warfalli``; ``شارع عمر المختار، طرابلس``; no postcode; the 12-digit
  national number (1/2 for the sex, the birth year, a serial); LY IBANs with their mod-97 check);
- fr_BJ (Benin: ``Koffi Houngbédji``, ``Fifamè Adjovi``; ``Carré 1234, maison Dossou, Akpakpa``; no postcode; the
  10-digit NPI).
"""

from __future__ import annotations

import datetime as dt
import random
import types

import heldout28_ids as ids28

NEW8_33 = ("ar_QA", "dz_BT", "en_BM", "pap_AW", "en_LR", "to_TO", "ar_LY", "fr_BJ")
REGION = {"ar_QA": "QA", "dz_BT": "BT", "en_BM": "BM", "pap_AW": "AW", "en_LR": "LR", "to_TO": "TO", "ar_LY": "LY",
          "fr_BJ": "BJ"}  # fmt: skip

_S = str.split
GIVEN = {
    "ar_QA": _S("Mohammed Abdulla Khalid Hamad Jassim Fahad Noora Maryam Aisha Hessa Latifa Sara Tamim Saud Ali"),
    "dz_BT": _S("Karma Sonam Pema Tshering Ugyen Kinley Dechen Jigme Sangay Tandin Dorji Yeshi Nima Chimi Phub"),
    "en_BM": _S("Kevin Shawnette Dwayne Latoya Everard Renee Marcus Kimberley Troy Ebony Cordell Alana Jahkeel"),
    "pap_AW": _S("Gregory Mireille Jhonny Ruthmilda Glenbert Shurenska Edwin Giselle Ricardo Yanelly Marlon Xiomara"),
    "en_LR": _S("Musu Comfort Blessing Emmanuel Prince Famatta Kebeh Jallah Varney Korto Mamie Augustine Siaffa"),
    "to_TO": _S("Sione Mele Viliami Losana Siaosi 'Ana Tevita Salote Pita Lesieli Semisi Kalolaine Sitani Fifita"),
    "ar_LY": _S("Mohamed Abdelrahman Osama Ahmed Khaled Salem Fatima Hana Amira Asma Najla Tarek Mabrouk Ibrahim"),
    "fr_BJ": _S("Koffi Ablawa Sèna Romaric Gildas Fifamè Akouavi Comlan Rachidatou Ghislain Mahougnon Bienvenu"),
}
FAMILY = {
    "ar_QA": _S("Al-Kuwari Al-Marri Al-Sulaiti Al-Naimi Al-Hajri Al-Mohannadi Al-Khulaifi Al-Emadi Al-Dosari"),
    "dz_BT": _S("Wangchuk Choden Dorji Yangzom Tshomo Wangmo Pelden Namgyel Tenzin Lhamo Zangpo Dema Gyeltshen"),
    "en_BM": _S("Outerbridge Trott Tucker Darrell Simmons Burch DeSilva Pitcher Furbert Lightbourne Astwood Swan"),
    "pap_AW": _S("Croes Kock Maduro Geerman Wever Tromp Arends Lacle Oduber Ras Werleman Dijkhoff Thiel Figaroa"),
    "en_LR": _S("Kollie Flomo Kpoto Tarr Zinnah Kamara Gbassie Toe Wleh Kromah Sumo Dolo Sackor Gaye Togba"),
    "to_TO": _S("Tupou Fifita Taufa Kioa Vea Latu Fonua Havili Vaipulu Moala Lolohea Tonga Fusitu'a Ma'u Hufanga"),
    "ar_LY": _S("Al-Warfalli Elmisrati Ben-Ghalbon Abushagur Al-Zawi Al-Tarhouni Elbarouni Al-Obeidi Swehli"),
    "fr_BJ": _S("Houngbédji Adjovi Ahouansou Dossou Agbodjan Zinsou Gbaguidi Tchobo Akpovi Sossou Kpadonou"),
}
ARABIC = {
    "given": _S("محمد عبدالله خالد حمد جاسم فهد نورة مريم عائشة سالم أحمد فاطمة هناء إبراهيم طارق"),
    "ar_QA": _S("الكواري المري السليطي النعيمي الهاجري المهندي الخليفي العمادي الدوسري"),
    "ar_LY": _S("الورفلي المصراتي الزوي الترهوني الباروني العبيدي السويحلي أبوشاقور القماطي"),
}
_EXPAT = (_S("Rajesh Anil Suresh Maria Joy Ramesh Bikash Grace Shafeeq Joseph"),
          _S("Nair Kumar Pillai Santos Reyes Thapa Gurung Rahman Varghese Mendoza"))  # fmt: skip
_FEMALE = set(_S("Noora Maryam Aisha Hessa Latifa Sara Sonam Pema Dechen Chimi Shawnette Latoya Renee Kimberley Ebony "
                 "Alana Mireille Ruthmilda Shurenska Giselle Yanelly Xiomara Musu Comfort Blessing Famatta Kebeh "
                 "Korto Mamie Mele Losana 'Ana Salote Lesieli Kalolaine Fatima Hana Amira Asma Najla Ablawa Sèna "
                 "Fifamè Akouavi Rachidatou Maria Joy Grace"))  # fmt: skip
_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")


def person(locale: str, rng: random.Random) -> types.SimpleNamespace:
    """One person of a new locale with set 32's person fields (``first``, ``last``, ``full``, ``female``, ``dob``,
    ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``, ``iban``)."""
    first, last = rng.choice(GIVEN[locale]), rng.choice(FAMILY[locale])
    script = ""
    if locale == "ar_QA" and rng.random() < 0.35:
        first, last = rng.choice(_EXPAT[0]), rng.choice(_EXPAT[1])
    elif locale in ("ar_QA", "ar_LY") and rng.random() < 0.3:
        first, last, script = rng.choice(ARABIC["given"]), rng.choice(ARABIC[locale]), "arab"
    female = first in _FEMALE or (script == "arab" and first in ("نورة", "مريم", "عائشة", "فاطمة", "هناء"))
    full = f"{first} {rng.choice(ARABIC['given'])} {last}" if script else f"{first} {last}"
    dob = dt.date(2026, 6, 1) - dt.timedelta(days=rng.randint(18 * 365, 88 * 365))
    region = REGION[locale]
    mobile = ids28.phone_number(region, rng, True)
    landline = ids28.phone_number(region, rng, False) or mobile
    street, postcode, town = place(locale, rng, script)
    latin_first = first.lower().replace("'", "") if not script else rng.choice(("m", "a", "k", "s"))
    latin_last = last.lower().replace("'", "").replace("-", "") if not script else f"user{rng.randint(10, 999)}"
    mail = rng.choice((f"{latin_first}.{latin_last}", f"{latin_first}{latin_last}{rng.randint(1, 99)}",
                       f"{latin_first[0]}{latin_last}"))  # fmt: skip
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob, email=f"{mail}@{rng.choice(_MAIL)}",
        mobile=mobile, landline=landline, street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town), nid=national_id(locale, rng, dob, female),
        iban=iban(locale, rng), locale=locale, script=script,
    )  # fmt: skip


_TOWNS = {
    "ar_QA": _S("Doha Al-Rayyan Al-Wakrah Al-Khor Umm-Salal Lusail"),
    "dz_BT": _S("Thimphu Paro Phuentsholing Punakha Wangdue Gelephu Trongsa"),
    "en_BM": ["Pembroke HM", "Paget PG", "Devonshire DV", "Warwick WK", "Smith's FL", "Sandys MA", "Hamilton HM"],
    "pap_AW": _S("Oranjestad Noord Paradera Santa-Cruz San-Nicolas Savaneta"),
    "en_LR": _S("Monrovia Paynesville Gbarnga Buchanan Kakata Harper Ganta"),
    "to_TO": ["Nuku'alofa", "Kolofo'ou", "Ha'ateiho", "Neiafu", "Pangai", "Mu'a", "Kolomotu'a"],
    "ar_LY": _S("Tripoli Benghazi Misrata Zawiya Bayda Sabha Tobruk"),
    "fr_BJ": ["Cotonou", "Porto-Novo", "Abomey-Calavi", "Parakou", "Bohicon", "Ouidah", "Lokossa"],
}
_ROADS = {
    "dz_BT": _S("Changzamtog Motithang Babesa Olakha Taba Norzin Chubachu Hejo Dechencholing"),
    "en_BM": ["Middle Road", "Harbour Road", "South Road", "North Shore Road", "Spanish Point Road", "Cedar Avenue"],
    "pap_AW": ["Caya Frans Figaroa", "Seroe Blanco", "Pos Chiquito", "Caya Betico Croes", "Bubali", "Tanki Leendert"],
    "en_LR": ["Duport Road", "Carey Street", "Tubman Boulevard", "Old Road", "Somalia Drive", "Camp Johnson Road"],
    "to_TO": ["Taufa'ahau Road", "Vuna Road", "Hala Tupou", "Fatafehi Road", "Mateialona Road", "Hala Loto"],
    "fr_BJ": ["Akpakpa", "Fidjrossè", "Cadjèhoun", "Gbégamey", "Zogbo", "Agla", "Houéyiho", "Sikècodji"],
}
_HOUSES = ("Sea Breeze", "Cedar Hill", "Longtail Cottage", "Aster Lodge", "Windward", "Palmetto House")
_LY_ROADS = ("شارع عمر المختار", "شارع الجمهورية", "شارع النصر", "حي الأندلس", "شارع جمال عبد الناصر")
_LY_LATIN = ("Omar Al-Mukhtar Street", "Hay Al-Andalus", "Gargaresh Road", "Jamahiriya Street", "Dahra")
_LY_TOWN_AR = {"Tripoli": "طرابلس", "Benghazi": "بنغازي", "Misrata": "مصراتة"}
STREET_WORDS = frozenset({"zone", "street", "building", "house", "no", "flat", "caya", "carré", "maison", "lot",
                          "road", "hala", "شارع", "حي", "rue", "seroe", "tanki"})  # fmt: skip


def place(locale: str, rng: random.Random, script: str = "") -> tuple[str, str, str]:
    """(street line, postcode, town); postcode "" where the place writes none (Qatar, Aruba, Tonga, Libya, Benin)
    or seldom does (Bhutan, Liberia)."""
    town = rng.choice(_TOWNS[locale]).replace("-", " ")
    n = rng.randint(1, 240)
    pc = ""
    if locale == "ar_QA":
        street = f"Building {n}, Street {rng.randint(200, 990)}, Zone {rng.randint(1, 98)}"
    elif locale == "dz_BT":
        street = f"{rng.choice(('House No.', 'Flat', 'Bldg'))} {n}, {rng.choice(_ROADS[locale])}"
        pc = f"{rng.choice((11, 12, 13, 21, 31))}{rng.randint(1, 9):03d}" if rng.random() < 0.25 else ""
    elif locale == "en_BM":
        street = f"{n} {rng.choice(_ROADS[locale])}"
        if rng.random() < 0.3:
            street = f"{rng.choice(_HOUSES)}, {street}"
        town, code = town.rsplit(" ", 1)
        pc = f"{code} {rng.randint(1, 20):02d}"
    elif locale == "ar_LY":
        if script:
            town = _LY_TOWN_AR.get(town, "طرابلس")
            street = f"{rng.choice(_LY_ROADS)}، مبنى {n}"
        else:
            street = f"{rng.choice(_LY_LATIN)}, Bldg {n}"
    elif locale == "fr_BJ":
        street = rng.choice(
            (
                f"Carré {rng.randint(100, 3999)}, maison {rng.choice(FAMILY[locale])}",
                f"Lot {rng.randint(10, 2999)}",
                f"rue {rng.randint(1, 12)}.{rng.randint(1, 299):03d}",
            )
        )
        street = f"{street}, {rng.choice(_ROADS[locale])}"
    elif locale == "pap_AW":
        street = f"{rng.choice(_ROADS[locale])} {n}{rng.choice(('', '', '-A', 'B'))}"
    elif locale == "en_LR":
        street = rng.choice((f"{rng.choice(_ROADS[locale])}", f"{n} {rng.choice(_ROADS[locale])}"))
        pc = "1000" if rng.random() < 0.2 else ""
    else:  # Tonga
        street = rng.choice((f"{rng.choice(_ROADS[locale])}", f"Lot {n}, {rng.choice(_ROADS[locale])}"))
    return street, pc, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale == "en_BM":
        return f"{street}, {town} {postcode}"
    if locale == "ar_LY" and any("\u0600" <= c <= "\u06ff" for c in street):
        return f"{street}، {town}"
    return ", ".join(x for x in (street, f"{postcode} {town}".strip()) if x)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """A national id of a new locale (module docstring); "" where none is written (Bermuda, Tonga)."""
    if locale == "ar_QA":
        nationality = rng.choice((634, 356, 608, 524, 818))
        return f"{2 if dob.year < 2000 else 3}{dob.year % 100:02d}{nationality}{rng.randint(0, 99999):05d}"
    if locale == "dz_BT":
        return f"1{rng.randint(0, 2)}{rng.randint(0, 999999999):09d}"
    if locale == "pap_AW":
        return f"{dob:%Y%m%d}{rng.randint(10, 99)}"
    if locale == "en_LR":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}-{rng.randint(0, 99):02d}"
    if locale == "ar_LY":
        return f"{2 if female else 1}{dob.year}{rng.randint(0, 9999999):07d}"
    if locale == "fr_BJ":
        return f"{rng.randint(1, 9)}{rng.randint(0, 999999999):09d}"
    return ""


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban(locale: str, rng: random.Random) -> str | None:
    """An IBAN with its mod-97 check (Qatar, Libya); None where IBANs are not in use."""
    if locale == "ar_QA":
        bank = rng.choice(("QNBA", "DOHB", "CBQA", "QIBK", "MARK"))
        return _iban("QA", bank + "".join(rng.choice("0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(21)))
    if locale == "ar_LY":
        return _iban("LY", "".join(str(rng.randint(0, 9)) for _ in range(21)))
    return None
