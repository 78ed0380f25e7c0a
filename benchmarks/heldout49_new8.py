"""Held-out set 49: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- ur_PK (Urdu in Perso-Arabic script, Pakistan): a given name (``محمد عمران`` Muhammad Imran, ``عائشہ`` Ayesha)
  and a family or caste name (``قریشی`` Qureshi, ``اعوان`` Awan), a woman now and then with her father's or husband's
  given name in its place (``عائشہ عمران``), a child with its father's given name as second name about half the time;
  the romanised second script; addresses as exports write them in Latin letters (``House 12, Street 5, G-9/3``: not a
  street in a note; ``45-B, Jail Road``); five-digit postcodes (``Lahore 54000``); the CNIC (``35202-1234567-1``,
  the last digit odd for men, even for women); +92 ``42``/``51``/``21`` lines and ``3xx`` mobiles; titles
  ``محترمہ`` and ``جناب``.
- ml_IN (Malayalam in Malayalam script, Kerala, India): the given name and the father's given name (``ശ്രീജ
  സുരേഷ്`` Sreeja Suresh), a third of them with the house name FIRST (``പുത്തൻവീട്ടിൽ ജോസഫ്`` Puthenveettil Joseph:
  kept whole); romanised now and then with initials first (``P. Joseph``); a child's second name is its father's
  given name; ``TC 25/1234, Vanchiyoor`` (Thiruvananthapuram's town-survey numbers: not a street in a note),
  ``Puthenveettil House, Kakkanad`` (a house name: not a street in a note), ``38/1021, Chittoor Road``; six-digit
  PINs (``Kochi 682030``); the Aadhaar number (12 digits in fours, Verhoeff check); +91 ``484``/``471`` lines and
  ``9``/``8``/``7`` mobiles; titles ``ശ്രീമതി`` and ``ശ്രീ``.
- hy_IR (Armenian in Armenian script, Tehran and Isfahan, Iran): ``Անահիտ Պետրոսյան`` Anahit Petrosian; ``No. 12,
  Khaghani St., Majidiyeh`` (the number first after ``No.``) and New Julfa's ``Nazar Ave.``; ten-digit postcodes
  written ``11369-45311``; the Iranian national code (10 digits, mod-11 check); +98 ``21``/``31`` lines and ``9xx``
  mobiles; titles ``տիկին`` and ``պարոն``.
- sah_RU (Yakut in Cyrillic, Sakha, Russia): the given name, the patronymic, then the surname (``Сардаана Петровна
  Иванова``: kept whole), a woman's surname in ``-а``, a child's patronymic from the father's given name;
  ``ул. Ленина, д. 12, кв. 4`` and the postcode LAST (``г. Якутск, 677000``), villages ``с. Майя``; the Russian
  passport of the republic (``98 12 345678``); +7 ``4112`` lines and ``914``/``924``/``964`` mobiles.
- bm_ML (Bambara, Mali): the given name and the clan name (jamu: ``Aminata Traoré``, ``Seydou Keïta``); a woman keeps
  her jamu, a child takes its father's; Bamako's ``Rue 310, Porte 45`` (numbered streets and doors: not a street in
  a note) in a quarter (``Hamdallaye ACI 2000``), named avenues (``Avenue de l'OUA``) and ``B.P.`` boxes; no
  postcode, no id; +223 ``20`` lines and ``6x``/``7x`` mobiles; titles ``Mme`` and ``M.`` (French the language of
  record).
- ve_ZA (Tshivenda, Limpopo, South Africa): ``Lufuno Mudau``, ``Takalani Netshitenzhe``; ``Stand 1234, Block G``
  (never a street in a note) in ``Thohoyandou``, a few roads (``12 Mphephu Street``); four-digit postcodes
  (``Thohoyandou 0950``); the South African ID number (13 digits: the birth date, Luhn); +27 ``15`` lines and
  ``7x``/``8x``/``6x`` mobiles; the respect prefix ``Vho`` as the title for both.
- ch_GU (Chamorro, Guam): ``Josefina Quinata``, ``Vicente Leon Guerrero`` (two-word surnames), the middle initial
  often in the name (``Juan C. Taitano``: kept whole); ``123 Chalan San Antonio``, ``Route 16`` (a road number:
  not a street in a note), villages with ZIPs (``Dededo, GU 96929``); no national id; +1 ``671`` numbers; titles
  ``Señora`` and ``Señot``.
- oc_FR (Occitan, Languedoc and Gascony, France): ``Joan Delpech``, ``Margarida Rouquette`` with Occitan given
  names; streets in Occitan (``12 carrièra del Taur``, ``plaça de la Comèdia``) and towns in Occitan with French
  postcodes (``31000 Tolosa``, ``34000 Montpelhièr``); the French identity card (9 letters and digits); +33
  ``5``/``4`` lines and ``6``/``7`` mobiles; titles ``Dòna`` and ``Sénher``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_49 = ("ur_PK", "ml_IN", "hy_IR", "sah_RU", "bm_ML", "ve_ZA", "ch_GU", "oc_FR")
LANG49 = {x: x.split("_")[0] for x in NEW8_49}
NOT_LATIN = ("ur_PK", "ml_IN", "hy_IR", "sah_RU")
# Where a child keeps a name of its own (no surname handed down): none in set 49.
OWN_NAME: tuple[str, ...] = ()
STREET_WORDS = frozenset({"house", "street", "road", "no.", "st.", "ave.", "blvd.", "ул.", "пр.", "д.", "кв.", "rue",
                          "porte", "avenue", "boulevard", "stand", "block", "chalan", "route", "drive", "carrièra",
                          "plaça", "camin", "avenguda", "baloard", "tc"})  # fmt: skip

_UR_MEN = (("محمد عمران", "Muhammad Imran"), ("علی رضا", "Ali Raza"), ("عثمان", "Usman"), ("بلال", "Bilal"),
           ("فیصل", "Faisal"), ("حسن", "Hassan"), ("کامران", "Kamran"), ("زاہد", "Zahid"))  # fmt: skip
_UR_WOMEN = (("عائشہ", "Ayesha"), ("فاطمہ", "Fatima"), ("صائمہ", "Saima"), ("نازیہ", "Nazia"), ("رابعہ", "Rabia"),
             ("سدرہ", "Sidra"), ("ثنا", "Sana"), ("مہوش", "Mehwish"))  # fmt: skip
_UR_FAM = (("خان", "Khan"), ("ملک", "Malik"), ("قریشی", "Qureshi"), ("بٹ", "Butt"), ("چوہدری", "Chaudhry"),
           ("شیخ", "Sheikh"), ("اعوان", "Awan"), ("راجپوت", "Rajput"), ("گیلانی", "Gillani"))  # fmt: skip
_ML_MEN = (("രാജൻ", "Rajan"), ("അനിൽ", "Anil"), ("സുരേഷ്", "Suresh"), ("ജോസഫ്", "Joseph"), ("മാത്യു", "Mathew"),
           ("ബിജു", "Biju"), ("ഷാജി", "Shaji"), ("വിനോദ്", "Vinod"), ("ഹരികൃഷ്ണൻ", "Harikrishnan"))  # fmt: skip
_ML_WOMEN = (("ശ്രീജ", "Sreeja"), ("അനു", "Anu"), ("ലക്ഷ്മി", "Lakshmi"), ("മറിയം", "Mariyam"), ("ദിവ്യ", "Divya"),
             ("രമ്യ", "Remya"), ("സിനി", "Sini"), ("ബിന്ദു", "Bindu"))  # fmt: skip
_ML_HOUSE = (("പുത്തൻവീട്ടിൽ", "Puthenveettil"), ("തെക്കേടത്ത്", "Thekkedath"), ("കളരിക്കൽ", "Kalarickal"),
             ("മണ്ണിൽ", "Mannil"), ("കോയിക്കൽ", "Koickal"), ("വടക്കേടത്ത്", "Vadakkedath"))  # fmt: skip
_HY_MEN = (("Արամ", "Aram"), ("Վազգեն", "Vazgen"), ("Ռոբերտ", "Robert"), ("Հովհաննես", "Hovhannes"),
           ("Սարգիս", "Sargis"), ("Գևորգ", "Gevorg"), ("Արմեն", "Armen"), ("Էդմոնդ", "Edmond"))  # fmt: skip
_HY_WOMEN = (("Անահիտ", "Anahit"), ("Լուսինե", "Lusine"), ("Մարիամ", "Mariam"), ("Նարինե", "Narine"),
             ("Սիրան", "Siran"), ("Հասմիկ", "Hasmik"), ("Գոհար", "Gohar"), ("Ժաննա", "Zhanna"))  # fmt: skip
_HY_SUR = (("Պետրոսյան", "Petrosian"), ("Հակոբյան", "Hakobian"), ("Մինասյան", "Minasian"),
           ("Բաղդասարյան", "Baghdasarian"), ("Գրիգորյան", "Grigorian"), ("Ավետիսյան", "Avetisian"),
           ("Սարգսյան", "Sargsian"), ("Մարտիրոսյան", "Martirosian"), ("Աբրահամյան", "Abrahamian"))  # fmt: skip
_SAH_MEN = (("Айсен", "Aisen"), ("Мичил", "Michil"), ("Уйгун", "Uigun"), ("Тимир", "Timir"), ("Дьулус", "Dyulus"),
            ("Николай", "Nikolai"), ("Петр", "Petr"), ("Эрчим", "Erchim"))  # fmt: skip
_SAH_WOMEN = (("Сардаана", "Sardaana"), ("Айыына", "Aiyyna"), ("Туйаара", "Tuyaara"), ("Нюргуяна", "Nyurguyana"),
              ("Сахаайа", "Sakhaaya"), ("Куннэй", "Kunnei"), ("Айталина", "Aitalina"))  # fmt: skip
_SAH_PATR = {"Айсен": ("Айсенович", "Айсеновна"), "Мичил": ("Мичилович", "Мичиловна"), "Уйгун": ("Уйгунович", "Уйгуновна"),
             "Тимир": ("Тимирович", "Тимировна"), "Дьулус": ("Дьулусович", "Дьулусовна"),
             "Николай": ("Николаевич", "Николаевна"), "Петр": ("Петрович", "Петровна"), "Эрчим": ("Эрчимович", "Эрчимовна")}  # fmt: skip
_SAH_SUR = (("Иванов", "Ivanov"), ("Винокуров", "Vinokurov"), ("Сивцев", "Sivtsev"), ("Кычкин", "Kychkin"),
            ("Слепцов", "Sleptsov"), ("Атласов", "Atlasov"), ("Егоров", "Yegorov"), ("Павлов", "Pavlov"),
            ("Готовцев", "Gotovtsev"))  # fmt: skip
_NAMES = {
    "bm_ML": (("Aminata", "Fatoumata", "Kadiatou", "Mariam", "Awa", "Oumou", "Djeneba", "Assitan", "Rokia"),
              ("Moussa", "Seydou", "Bakary", "Mamadou", "Oumar", "Adama", "Souleymane", "Drissa", "Modibo"),
              ("Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Dembélé", "Sangaré", "Diakité", "Doumbia", "Koné",
               "Sidibé", "Touré")),
    "ve_ZA": (("Lufuno", "Mulalo", "Phathutshedzo", "Tshifhiwa", "Azwinndini", "Vhutshilo", "Mpho", "Ndivhuwo"),
              ("Rudzani", "Mashudu", "Khathutshelo", "Takalani", "Livhuwani", "Tshilidzi", "Fulufhelo", "Ndamulelo"),
              ("Mudau", "Netshitenzhe", "Ramabulana", "Nemavhola", "Tshivhase", "Mphephu", "Nemukula", "Ravele",
               "Makhado", "Munyai", "Nethengwe")),
    "ch_GU": (("Maria", "Rosa", "Carmen", "Dolores", "Josefina", "Teresita", "Ana", "Remedios"),
              ("Jesus", "Juan", "Vicente", "Joaquin", "Francisco", "Jose", "Ignacio", "Antonio"),
              ("Cruz", "Santos", "Taitano", "Quinata", "Camacho", "Aguon", "Leon Guerrero", "San Nicolas",
               "Pangelinan", "Sablan", "Blas", "Charfauros", "Mendiola")),
    "oc_FR": (("Maria", "Joana", "Margarida", "Anna", "Clara", "Mirelha", "Cristina", "Loïsa"),
              ("Joan", "Pèire", "Guilhèm", "Ramon", "Bernat", "Jòrdi", "Loís", "Andrieu"),
              ("Delpech", "Rouquette", "Boudou", "Carrière", "Lafon", "Escarpit", "Serres", "Malaterre", "Vidal",
               "Fabre", "Cabanas", "Roqueta")),
}  # fmt: skip
_MAIL = {
    "ur_PK": ("gmail.com", "yahoo.com", "hotmail.com"), "ml_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "hy_IR": ("gmail.com", "yahoo.com", "chmail.ir"), "sah_RU": ("mail.ru", "yandex.ru", "list.ru"),
    "bm_ML": ("gmail.com", "yahoo.fr", "orangemali.net"), "ve_ZA": ("gmail.com", "webmail.co.za", "vodamail.co.za"),
    "ch_GU": ("gmail.com", "yahoo.com", "guam.net"), "oc_FR": ("orange.fr", "free.fr", "laposte.net"),
}  # fmt: skip
_PLANS = {
    "ur_PK": (("423xxxxxxx", "513xxxxxx", "2134xxxxxx"), ("300xxxxxxx", "321xxxxxxx", "333xxxxxxx", "345xxxxxxx")),
    "ml_IN": (("4842xxxxxx", "4712xxxxxx", "4872xxxxxx"), ("94xxxxxxxx", "98xxxxxxxx", "81xxxxxxxx", "79xxxxxxxx")),
    "hy_IR": (("2188xxxxxx", "2177xxxxxx", "3136xxxxxx"), ("912xxxxxxx", "935xxxxxxx", "919xxxxxxx")),
    "sah_RU": (("41124xxxxx", "41123xxxxx"), ("914xxxxxxx", "924xxxxxxx", "964xxxxxxx")),
    "bm_ML": (("2022xxxx", "2029xxxx"), ("76xxxxxx", "66xxxxxx", "79xxxxxx", "65xxxxxx")),
    "ve_ZA": (("159xxxxxx", "155xxxxxx"), ("82xxxxxxx", "72xxxxxxx", "76xxxxxxx", "61xxxxxxx")),
    "ch_GU": (("671477xxxx", "671472xxxx"), ("671688xxxx", "671483xxxx", "671787xxxx")),
    "oc_FR": (("561xxxxxx", "467xxxxxx", "559xxxxxx"), ("6xxxxxxxx", "7xxxxxxxx")),
}  # fmt: skip
_CC = {"PK": 92, "IN": 91, "IR": 98, "RU": 7, "ML": 223, "ZA": 27, "GU": 1, "FR": 33}


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the locale's plan, valid for its region by ``phonenumbers``."""
    reg = region(locale)
    pats = _PLANS[locale][1 if mobile else 0]
    for _ in range(600):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.parse(f"+{_CC[reg]}{digits}")
        if phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(num, reg):
            return num
    raise ValueError(locale)


def place(locale: str, rng: random.Random, house: str = "") -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "ur_PK":
        town, pc = rng.choice((("Lahore", "54000"), ("Lahore", "54660"), ("Islamabad", "44000"), ("Karachi", "75500"),
                               ("Rawalpindi", "46000"), ("Faisalabad", "38000")))  # fmt: skip
        if town == "Islamabad" or rng.random() < 0.3:
            sector = (
                rng.choice(("G-9/3", "F-7/2", "I-8/4", "G-11/1"))
                if town == "Islamabad"
                else rng.choice(("Gulberg III", "Model Town", "Johar Town"))
            )
            return f"House {r(1, 900)}, Street {r(1, 60)}", pc, town, sector
        road = rng.choice(("Jail Road", "Mall Road", "Ferozepur Road", "Shahrah-e-Faisal", "Murree Road", "Canal Bank Road",
                           "Allama Iqbal Road"))  # fmt: skip
        return f"{r(1, 300)}-{rng.choice('ABCDE')}, {road}", pc, town, ""
    if locale == "ml_IN":
        town, pc = rng.choice((("Kochi", "682030"), ("Kochi", "682024"), ("Thiruvananthapuram", "695035"),
                               ("Thiruvananthapuram", "695014"), ("Thrissur", "680001"), ("Kottayam", "686001")))  # fmt: skip
        k = rng.random()
        if town == "Thiruvananthapuram" and k < 0.4:
            return f"TC {r(1, 50)}/{r(100, 2999)}", pc, town, rng.choice(("Vanchiyoor", "Pettah", "Kowdiar", "Pattom"))
        if house and k < 0.7:
            return f"{house} House", pc, town, rng.choice(("Kakkanad", "Edappally", "Vyttila", "Kaloor", "Nattakom"))
        road = rng.choice(
            ("Chittoor Road", "MG Road", "Banerji Road", "Palace Road", "Sasthamangalam Road", "Market Road")
        )
        return f"{r(1, 60)}/{r(100, 2999)}, {road}", pc, town, ""
    if locale == "hy_IR":
        town, pc = rng.choice((("Tehran", f"1{r(1000, 9999)}-{r(10000, 99999)}"), ("Tehran", f"1{r(1000, 9999)}-{r(10000, 99999)}"),
                               ("Isfahan", f"8{r(1000, 9999)}-{r(10000, 99999)}")))  # fmt: skip
        if town == "Tehran":
            road = rng.choice(
                ("Khaghani St.", "Ghavam-ol-Saltaneh St.", "Mirza-ye Shirazi St.", "Narmak Ave.", "Vahidiyeh St.")
            )
            area = rng.choice(("Majidiyeh", "Narmak", "Vahidiyeh", ""))
        else:
            road, area = rng.choice(("Nazar Ave.", "Khaghani St.", "Jolfa Sq.")), "New Julfa"
        return f"No. {r(1, 180)}, {road}", pc, town, area
    if locale == "sah_RU":
        town, pc = rng.choice((("г. Якутск", "677000"), ("г. Якутск", "677008"), ("г. Якутск", "677027"),
                               ("с. Майя", "678070"), ("с. Чурапча", "678670"), ("г. Нерюнгри", "678960")))  # fmt: skip
        road = rng.choice(("ул. Ленина", "ул. Кирова", "ул. Ойунского", "ул. Орджоникидзе", "пр. Ленина",
                           "ул. Кулаковского", "ул. Лермонтова"))  # fmt: skip
        flat = f", кв. {r(1, 140)}" if rng.random() < 0.55 else ""
        return f"{road}, д. {r(1, 90)}{flat}", pc, town, ""
    if locale == "bm_ML":
        town = rng.choice(("Bamako", "Bamako", "Bamako", "Ségou", "Sikasso", "Kayes"))
        k = rng.random()
        if k < 0.2:
            return f"B.P. {r(100, 4999)}", "", town, ""
        if k < 0.65 and town == "Bamako":
            q = rng.choice(("Hamdallaye ACI 2000", "Badalabougou", "Magnambougou", "Lafiabougou", "Kalaban Coura"))
            return f"Rue {r(10, 480)}, Porte {r(1, 300)}", "", town, q
        road = rng.choice(("Avenue de l'OUA", "Boulevard du Peuple", "Avenue Cheick Zayed", "Route de Koulikoro",
                           "Avenue Modibo Keïta"))  # fmt: skip
        return road, "", town, ""
    if locale == "ve_ZA":
        town, pc = rng.choice((("Thohoyandou", "0950"), ("Thohoyandou", "0950"), ("Sibasa", "0970"),
                               ("Makhado", "0920"), ("Musina", "0900")))  # fmt: skip
        if rng.random() < 0.45:
            return f"Stand {r(100, 4999)}, Block {rng.choice('ABCDFGHJ')}", pc, town, ""
        road = rng.choice(("Mphephu Street", "Punda Maria Road", "Makhado Street", "Mvudi Road", "Tshivhase Street",
                           "Sibasa Road"))  # fmt: skip
        return f"{r(1, 250)} {road}", pc, town, ""
    if locale == "ch_GU":
        town, pc = rng.choice((("Dededo", "96929"), ("Yigo", "96929"), ("Tamuning", "96913"), ("Hagåtña", "96910"),
                               ("Mangilao", "96913"), ("Barrigada", "96913"), ("Agat", "96915"), ("Sinajana", "96910")))  # fmt: skip
        if rng.random() < 0.2:
            return f"Route {rng.choice((1, 3, 4, 8, 10, 16))}", pc, town, ""
        road = rng.choice(("Chalan San Antonio", "Chalan Santo Papa", "Chalan Pasaheru", "Chalan Kanton Tasi",
                           "Marine Corps Drive", "Chalan Ayuyu", "Chalan Lujana"))  # fmt: skip
        return f"{r(100, 999)} {road}", pc, town, ""
    if locale == "oc_FR":
        town, pc = rng.choice((("Tolosa", "31000"), ("Tolosa", "31400"), ("Montpelhièr", "34000"), ("Albi", "81000"),
                               ("Rodés", "12000"), ("Pau", "64000"), ("Carcassona", "11000")))  # fmt: skip
        road = rng.choice(("carrièra del Taur", "carrièra de la Pomme", "plaça de la Comèdia", "camin de Sant Martin",
                           "avenguda de Lodèva", "baloard de Strasborg", "carrièra dels Teulièrs"))  # fmt: skip
        return f"{r(1, 120)} {road}", pc, town, ""
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "sah_RU":
        return f"{street}, {town}, {postcode}"
    if locale == "ch_GU":
        return f"{street}, {town}, GU {postcode}"
    if locale == "oc_FR":
        return f"{street}, {postcode} {town}"
    if locale == "hy_IR":
        return ", ".join(x for x in (street, between, town, f"Postal code {postcode}") if x)
    return ", ".join(x for x in (street, between, f"{town} {postcode}".strip()) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


_VD = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
       (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
       (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
       (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))  # fmt: skip
_VP = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
       (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
       (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))  # fmt: skip
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff(body: str) -> str:
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return str(_VINV[c])


def _luhn(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return str((10 - total % 10) % 10)


def _nid(locale: str, dob: dt.date, female: bool, rng: random.Random) -> str | None:
    r = rng.randint
    if locale == "ur_PK":
        last = rng.choice("2468") if female else rng.choice("13579")
        return f"{rng.choice(('35202', '61101', '42101', '37405'))}-{r(0, 9999999):07d}-{last}"
    if locale == "ml_IN":
        body = str(r(2, 9)) + "".join(str(r(0, 9)) for _ in range(10))
        s = body + _verhoeff(body)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if locale == "hy_IR":
        body = [r(0, 9) for _ in range(9)]
        rem = sum(d * (10 - i) for i, d in enumerate(body)) % 11
        return "".join(map(str, body)) + str(rem if rem < 2 else 11 - rem)
    if locale == "sah_RU":
        return f"98 {r(3, 24):02d} {r(0, 999999):06d}"
    if locale == "ve_ZA":
        body = f"{dob:%y%m%d}{r(0, 4999) if female else r(5000, 9999):04d}08"
        return body + _luhn(body)
    if locale == "oc_FR":
        abc = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice(abc) for _ in range(8))
    return None


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 48's people (``alt``: the romanised name of a
    not-Latin one; ``first_r``: the romanised given name; ``father``: the father's given name or patronymic where
    names carry it; ``sur``: the surname's pair where it has a man's and a woman's form)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt = None
    script = ""
    father = ""
    sur = None
    house = ""
    if locale == "ur_PK":
        first, first_r = rng.choice(_UR_WOMEN if female else _UR_MEN)
        if female and not child and rng.random() < 0.35:  # the father's or husband's given name as second name
            last, last_r = rng.choice(_UR_MEN)
        else:
            last, last_r = rng.choice(_UR_FAM)
        full, alt = f"{first} {last}", f"{first_r} {last_r}"
        script = "Arab"
    elif locale == "ml_IN":
        first, first_r = rng.choice(_ML_WOMEN if female else _ML_MEN)
        fa, fa_r = rng.choice([m for m in _ML_MEN if m[0] != first])
        father = fa
        hs, hs_r = rng.choice(_ML_HOUSE)
        house = hs_r
        if rng.random() < 0.33:  # the house name first
            last, last_r = hs, hs_r
            full, alt = f"{hs} {first}", f"{hs_r} {first_r}"
        else:
            last, last_r = fa, fa_r
            full = f"{first} {fa}"
            alt = f"{first_r} {fa_r}" if rng.random() < 0.6 else f"{fa_r[0]}. {first_r}"
        script = "Mlym"
    elif locale == "hy_IR":
        first, first_r = rng.choice(_HY_WOMEN if female else _HY_MEN)
        last, last_r = rng.choice(_HY_SUR)
        full, alt = f"{first} {last}", f"{first_r} {last_r}"
        script = "Armn"
    elif locale == "sah_RU":
        first, first_r = rng.choice(_SAH_WOMEN if female else _SAH_MEN)
        sur = rng.choice(_SAH_SUR)
        patr = _SAH_PATR[rng.choice(_SAH_MEN)[0]]
        last = sur[0] + ("а" if female else "")
        last_r = sur[1] + ("a" if female else "")
        father = patr[1] if female else patr[0]
        full, alt = f"{first} {father} {last}", f"{first_r} {last_r}"
        script = "Cyrl"
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        full, first_r, last_r = f"{first} {last}", first, last
        if locale == "ch_GU" and rng.random() < 0.3:
            full = f"{first} {rng.choice('ABCDFGLMPQRST')}. {last}"
    tail = _ascii(last_r.split()[-1]) if last_r != first_r else ""
    mail_local = f"{_ascii(first_r.split()[0])}{rng.choice(('.', '_', '')) if tail else ''}{tail}"
    mail_local += rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng, house)
    return _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=_nid(locale, dob, female, rng),
        iban=None, locale=locale, script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, sur=sur,
    )  # fmt: skip


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (ur_PK: the father's given name or his family name; ml_IN:
    the father's given name as second name, or the house name first; sah_RU: the surname in the child's gender and a
    patronymic from the father; bm_ML, ve_ZA, ch_GU, oc_FR: the father's surname or clan name; where the parent is
    the mother and names come from the father, the child's own name)."""
    loc = kid.locale
    v = vars(kid)
    if parent.female and loc in ("ur_PK", "ml_IN", "sah_RU", "bm_ML"):
        return kid
    if loc == "ur_PK":
        if parent.last_r in [m[1] for m in _UR_MEN] or kid.first == parent.first:
            return kid
        if len(kid.first) % 2:
            last, last_r = parent.first, parent.first_r
        else:
            last, last_r = parent.last, parent.last_r
        return _ns(
            **{**v, "last": last, "last_r": last_r, "full": f"{kid.first} {last}", "alt": f"{kid.first_r} {last_r}"}
        )
    if loc == "ml_IN":
        if kid.first == parent.first:
            return kid
        if kid.full.startswith(kid.last):  # house name first: the father's house
            hs = parent.last if parent.full.startswith(parent.last) else kid.last
            hs_r = parent.last_r if parent.full.startswith(parent.last) else kid.last_r
            return _ns(**{**v, "last": hs, "last_r": hs_r, "full": f"{hs} {kid.first}", "alt": f"{hs_r} {kid.first_r}"})
        return _ns(**{**v, "last": parent.first, "last_r": parent.first_r, "father": parent.first,
                      "full": f"{kid.first} {parent.first}", "alt": f"{kid.first_r} {parent.first_r}"})  # fmt: skip
    if loc == "sah_RU":
        last = parent.sur[0] + ("а" if kid.female else "")
        last_r = parent.sur[1] + ("a" if kid.female else "")
        patr = _SAH_PATR[parent.first][1 if kid.female else 0]
        return _ns(**{**v, "last": last, "last_r": last_r, "sur": parent.sur, "father": patr,
                      "full": f"{kid.first} {patr} {last}", "alt": f"{kid.first_r} {last_r}"})  # fmt: skip
    if loc == "hy_IR":
        return _ns(**{**v, "last": parent.last, "last_r": parent.last_r, "full": f"{kid.first} {parent.last}",
                      "alt": f"{kid.first_r} {parent.last_r}"})  # fmt: skip
    if loc in ("oc_FR", "ch_GU", "ve_ZA") and parent.female and len(kid.first) % 3 == 0:
        return kid  # the father's surname, not the mother's own
    return _ns(**{**v, "last": parent.last, "last_r": parent.last_r, "full": f"{kid.first} {parent.last}"})
