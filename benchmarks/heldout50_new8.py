"""Held-out set 50: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- kn_IN (Kannada in Kannada script, Karnataka, India): a third with the initials of the home village and the
  father's name FIRST (``ಎಚ್. ಎಸ್. ರಮೇಶ್`` H. S. Ramesh: kept whole), a third with the father's given name second
  (``ಕಾವ್ಯ ಮಂಜುನಾಥ್`` Kavya Manjunath), a third with a family or caste name (``ಗೌಡ`` Gowda, ``ಹೆಗ್ಡೆ`` Hegde); a
  child's second name its father's given name; Bengaluru's ``No. 24, 3rd Cross, 5th Main`` (numbered crosses and
  mains: not a street in a note) in ``Jayanagar 4th Block`` and named roads (``Bull Temple Road``, ``Sampige
  Road``); six-digit PINs (``Bengaluru 560011``); the PAN (``ABCPG1234K``: the fourth letter P, the fifth the
  surname's initial); +91 ``80``/``821``/``824`` lines and ``9``/``8``/``7``/``6`` mobiles; titles ``ಶ್ರೀಮತಿ`` and
  ``ಶ್ರೀ``.
- ba_RU (Bashkir in Cyrillic, Bashkortostan, Russia): the given name, the father's given name with ``улы`` (son of)
  or ``ҡыҙы`` (daughter of), then the surname (``Айрат Рәшит улы Ғәлиев``: kept whole), a quarter surname first as
  official lists write them (``Ғәлиев Айрат Рәшит улы``), a quarter given name and surname; a woman's surname in
  ``-а``; streets in Bashkir (``Ленин урамы, 12, кв. 45``, ``Салауат Юлаев проспекты``, ``Мостай Кәрим урамы``:
  streets named after people) with the postcode FIRST (``450077, Өфө, ...``), towns ``Өфө``, ``Стәрлетамаҡ``,
  ``Салауат``; the SNILS (``123-456-789 64``, its check number); +7 ``347`` lines and ``917``/``927``/``937``
  mobiles; the honorific ``Хөрмәтле``.
- yue_HK (Cantonese in Chinese characters, Hong Kong): the surname first and a two-character given name
  (``陳大文`` Chan Tai Man), the romanised name in the Hong Kong way with an English name now and then (``Peter CHAN
  Tai Man``); ``Flat 12B, 8/F, Wing On Building, 123 Nathan Road, Yau Ma Tei, Kowloon`` or in characters
  (``九龍油麻地彌敦道123號永安大廈8樓B室``); no postcode; the HKID (``A123456(7)``, its check digit); +852 eight-digit
  ``2``/``3`` lines and ``5``/``6``/``9`` mobiles; titles after the surname (``陳太``, ``陳生``).
- ban_ID (Balinese, Bali, Indonesia): no family name: ``I`` (men) or ``Ni`` (women), the birth-order name
  (``Wayan``/``Putu``/``Gede``, ``Made``/``Kadek``/``Nengah``, ``Nyoman``/``Komang``, ``Ketut``) and the own name
  (``I Wayan Sudirta``, ``Ni Made Ayu Kartika``: kept whole), caste titles for some (``Ida Bagus``, ``Ida Ayu``,
  ``Anak Agung``, ``Gusti Ayu``) handed from the father; ``Jl. Teuku Umar No. 88`` (streets named after heroes and
  kings) and ``Br. Kelod, Desa Peliatan`` (a banjar: not a street in a note); five-digit postcodes (``Denpasar
  80113``); the NIK (16 digits: the region, the birth date, 40 added to a woman's day); +62 ``361`` lines and
  ``812``/``813``/``821``/``878`` mobiles; titles ``Ibu`` and ``Bapak``.
- yua_MX (Yucatec Maya, Yucatán, Mexico): a Spanish given name and two surnames, Maya ones among them (``Wilberth
  Canul Pech``, ``Candelaria Euán Chí``), a child with the father's first surname and the mother's first surname;
  Mérida's numbered streets with their cross streets (``Calle 60 No. 491 x 57 y 59``: not a street in a note) in a
  ``Col.`` and named ones (``Paseo de Montejo 485``); ``C.P. 97000``; the CURP (18 letters and digits, its check
  digit); +52 ``999``/``985``/``986`` numbers; titles ``Sra.`` and ``Sr.``.
- ki_KE (Kikuyu, central Kenya): a Christian name, a Kikuyu name and the father's name as surname (``John Kamau
  Njoroge``: kept whole), or a Christian and a Kikuyu name (``Grace Wanjiku``); a child's surname its father's
  Kikuyu name; ``P.O. Box 1234-00100, Nairobi`` (not a street in a note) or a building and a road (``Mugo Court,
  Ngong Road``, ``Kimathi Street``); five-digit postal codes; the national id (8 digits); +254 ``20``/``61`` lines
  and ``7xx`` mobiles; titles ``Mrs`` and ``Mr``.
- gv_IM (Manx, Isle of Man): Manx given names and surnames (``Illiam Quayle``, ``Voirrey Kermode``, ``Orry
  Qualtrough``); Douglas, Ramsey, Peel streets and house names (``Thie Veg, Ballaugh Road``), postcodes ``IM1 2EA``;
  the Isle of Man national insurance number (``MA 12 34 56 A``); +44 ``1624`` lines and ``7624`` mobiles.
- fur_IT (Friulian, Friuli, Italy): Italian and Friulian given names (``Pieri``, ``Zuan``, ``Checo``, ``Marie``,
  ``Ane``) and Friulian surnames (``Tonutti``, ``Del Fabbro``, ``Cescutti``, ``Di Bert``); streets and towns in
  Friulian (``vie Mercatovecchio, 12``, ``place Libertât``, ``33100 Udin (UD)``, ``Cividât``, ``Tumieç``); the
  Italian codice fiscale (with its check letter); +39 ``0432``/``0434`` lines and ``3xx`` mobiles; titles ``Siore``
  and ``Siôr``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_50 = ("kn_IN", "ba_RU", "yue_HK", "ban_ID", "yua_MX", "ki_KE", "gv_IM", "fur_IT")
LANG50 = {x: x.split("_")[0] for x in NEW8_50}
NOT_LATIN = ("kn_IN", "ba_RU", "yue_HK")
# Where a child keeps a name of its own (no surname handed down): Bali.
OWN_NAME: tuple[str, ...] = ("ban_ID",)
STREET_WORDS = frozenset({"no.", "cross", "main", "road", "block", "урамы", "проспекты", "кв.", "flat", "building",
                          "street", "jl.", "br.", "desa", "calle", "x", "y", "col.", "paseo", "avenida", "p.o.",
                          "box", "court", "avenue", "vie", "place", "borc", "strada", "lane"})  # fmt: skip

_KN_MEN = (("ರಮೇಶ್", "Ramesh"), ("ಮಂಜುನಾಥ್", "Manjunath"), ("ಶಿವಕುಮಾರ್", "Shivakumar"), ("ನಾಗರಾಜ್", "Nagaraj"),
           ("ಪ್ರಕಾಶ್", "Prakash"), ("ಗಿರೀಶ್", "Girish"), ("ಕಿರಣ್", "Kiran"), ("ವೆಂಕಟೇಶ್", "Venkatesh"))  # fmt: skip
_KN_WOMEN = (("ಲಕ್ಷ್ಮಿ", "Lakshmi"), ("ಸುಮಾ", "Suma"), ("ಕಾವ್ಯ", "Kavya"), ("ಪೂಜಾ", "Pooja"), ("ರಶ್ಮಿ", "Rashmi"),
             ("ಅನಿತಾ", "Anitha"), ("ಶ್ವೇತಾ", "Shwetha"), ("ದೀಪಾ", "Deepa"))  # fmt: skip
_KN_FAM = (("ಗೌಡ", "Gowda"), ("ಹೆಗ್ಡೆ", "Hegde"), ("ಶೆಟ್ಟಿ", "Shetty"), ("ರಾವ್", "Rao"), ("ಭಟ್", "Bhat"), ("ನಾಯಕ್", "Naik"),
           ("ಕುಲಕರ್ಣಿ", "Kulkarni"), ("ಪಾಟೀಲ್", "Patil"))  # fmt: skip
_KN_INI = (("ಎಚ್. ಎಸ್.", "H. S."), ("ಬಿ. ಆರ್.", "B. R."), ("ಕೆ. ಎಂ.", "K. M."), ("ಎಂ. ಎನ್.", "M. N."),
           ("ಟಿ. ಕೆ.", "T. K."), ("ಎಸ್. ಪಿ.", "S. P."))  # fmt: skip
_BA_MEN = (("Айрат", "Airat"), ("Салауат", "Salawat"), ("Ильдар", "Ildar"), ("Азат", "Azat"), ("Рөстәм", "Rustam"),
           ("Ринат", "Rinat"), ("Урал", "Ural"), ("Тимур", "Timur"))  # fmt: skip
_BA_WOMEN = (("Гөлнара", "Gulnara"), ("Әлфиә", "Alfiya"), ("Айгөл", "Aigul"), ("Ләйсән", "Laysan"), ("Зөһрә", "Zuhra"),
             ("Гүзәл", "Guzel"), ("Динара", "Dinara"), ("Юлиә", "Yulia"))  # fmt: skip
_BA_FATHER = ("Рәшит", "Фәрит", "Рауил", "Миңлебай", "Илдус", "Марат", "Ринат", "Салауат")
_BA_SUR = (("Ғәлиев", "Galiev"), ("Йосопов", "Yusupov"), ("Хәсәнов", "Khasanov"), ("Әхмәтов", "Akhmetov"),
           ("Шәрипов", "Sharipov"), ("Ибраһимов", "Ibragimov"), ("Мостафин", "Mustafin"), ("Яҡупов", "Yakupov"),
           ("Абдуллин", "Abdullin"))  # fmt: skip
_YUE_SUR = (("陳", "Chan"), ("李", "Lee"), ("張", "Cheung"), ("黃", "Wong"), ("何", "Ho"), ("林", "Lam"), ("梁", "Leung"),
            ("吳", "Ng"), ("劉", "Lau"), ("鄭", "Cheng"))  # fmt: skip
_YUE_MEN = (("志明", "Chi Ming"), ("家豪", "Ka Ho"), ("偉強", "Wai Keung"), ("俊傑", "Chun Kit"), ("國華", "Kwok Wah"),
            ("子軒", "Tsz Hin"), ("大文", "Tai Man"))  # fmt: skip
_YUE_WOMEN = (("美玲", "Mei Ling"), ("嘉欣", "Ka Yan"), ("詠詩", "Wing Sze"), ("淑儀", "Suk Yee"), ("曉彤", "Hiu Tung"),
              ("佩珊", "Pui Shan"))  # fmt: skip
_YUE_EN = (("Peter", "Kelvin", "Raymond", "Eric", "Samuel"), ("Mandy", "Winnie", "Karen", "Cherry", "Joyce"))
_BAN_ORDER = (("Wayan", "Putu", "Gede"), ("Made", "Kadek", "Nengah"), ("Nyoman", "Komang"), ("Ketut",))
_BAN_MEN = ("Sudirta", "Budiarta", "Suardana", "Arya", "Adi Putra", "Dharma", "Mertha", "Sukadana", "Agus Wirawan")
_BAN_WOMEN = ("Ayu Kartika", "Sri Wahyuni", "Dewi", "Puspita", "Sukerni", "Ariani", "Wulandari", "Ayu Lestari")
_BAN_CASTE = (("Ida Bagus", "Ida Ayu"), ("Anak Agung", "Anak Agung Ayu"), ("Gusti Ngurah", "Gusti Ayu"))
_YUA_MEN = ("José", "Juan", "Manuel", "Felipe", "Jacinto", "Gaspar", "Wilberth", "Russell", "Mario")
_YUA_WOMEN = ("María", "Guadalupe", "Leydi", "Wendy", "Marisol", "Rosalía", "Candelaria", "Anabel")
_YUA_SUR = ("Canul", "Chan", "Pech", "Uc", "Puc", "May", "Cocom", "Dzib", "Tun", "Euán", "Ek", "Poot", "Balam",
            "Cauich", "Chí", "Ku", "Caamal", "Couoh", "Kantún", "Yam", "Pérez", "Sosa", "Cetina", "González")  # fmt: skip
_KI_CHR = (("Mary", "Grace", "Esther", "Jane", "Lucy", "Margaret", "Faith"),
           ("John", "Peter", "Joseph", "Samuel", "James", "Daniel", "Stephen"))  # fmt: skip
_KI_KIK = (("Wanjiku", "Wambui", "Nyambura", "Wairimu", "Njeri", "Wanjiru", "Muthoni", "Wangari", "Nyokabi"),
           ("Kamau", "Njoroge", "Mwangi", "Kariuki", "Githinji", "Macharia", "Gitau", "Kimani", "Ndung'u", "Wainaina"))  # fmt: skip
_GV = (("Voirrey", "Breesha", "Aalin", "Ealish", "Moirrey", "Sarah", "Jane", "Kirree"),
       ("Illiam", "Juan", "Orry", "Fynlo", "Colum", "Stephen", "David", "Tomas"),
       ("Quayle", "Kermode", "Corlett", "Qualtrough", "Kinvig", "Cregeen", "Faragher", "Quilliam", "Callister", "Kelly",
        "Costain", "Crellin", "Quirk", "Clague", "Teare", "Kneale", "Kewley", "Shimmin"))  # fmt: skip
_FUR = (("Elena", "Chiara", "Giulia", "Francesca", "Paola", "Marie", "Ane", "Line", "Catine"),
        ("Pietro", "Giovanni", "Daniele", "Luca", "Stefano", "Pieri", "Zuan", "Checo", "Meni"),
        ("Tonutti", "Del Fabbro", "Zanier", "Cescutti", "Puntel", "Copetti", "Missana", "Di Bert", "Cragnolini",
         "Tomasin", "Bulfon", "Pitton", "Petris", "Candotti", "Sgubin", "Iob"))  # fmt: skip
_MAIL = {
    "kn_IN": ("gmail.com", "yahoo.co.in", "rediffmail.com"), "ba_RU": ("mail.ru", "yandex.ru", "bk.ru"),
    "yue_HK": ("gmail.com", "yahoo.com.hk", "netvigator.com"), "ban_ID": ("gmail.com", "yahoo.co.id"),
    "yua_MX": ("gmail.com", "hotmail.com", "yahoo.com.mx"), "ki_KE": ("gmail.com", "yahoo.com"),
    "gv_IM": ("manx.net", "gmail.com", "hotmail.co.uk"), "fur_IT": ("libero.it", "gmail.com", "alice.it"),
}  # fmt: skip
_PLANS = {
    "kn_IN": (("802xxxxxxx", "804xxxxxxx", "82124xxxxx", "82424xxxxx"), ("94xxxxxxxx", "98xxxxxxxx", "81xxxxxxxx", "76xxxxxxxx", "63xxxxxxxx")),
    "ba_RU": (("3472xxxxxx", "3473xxxxxx"), ("917xxxxxxx", "927xxxxxxx", "937xxxxxxx", "987xxxxxxx")),
    "yue_HK": (("2xxxxxxx", "3xxxxxxx"), ("5xxxxxxx", "6xxxxxxx", "9xxxxxxx")),
    "ban_ID": (("3612xxxxx", "3614xxxxx", "3617xxxxx"), ("812xxxxxxxx", "813xxxxxxx", "821xxxxxxxx", "878xxxxxxxx")),
    "yua_MX": (("9999xxxxxx", "9992xxxxxx", "9858xxxxxx"), ("9991xxxxxx", "9993xxxxxx", "9861xxxxxx")),
    "ki_KE": (("202xxxxxx", "203xxxxxx", "61203xxxx"), ("70xxxxxxx", "71xxxxxxx", "72xxxxxxx", "79xxxxxxx")),
    "gv_IM": (("16246xxxxx", "16248xxxxx"), ("76244xxxxx", "76245xxxxx")),
    "fur_IT": (("0432xxxxxx", "0434xxxxxx", "043373xxxx"), ("33xxxxxxxx", "34xxxxxxxx", "32xxxxxxxx")),
}  # fmt: skip
_CC = {"IN": 91, "RU": 7, "HK": 852, "ID": 62, "MX": 52, "KE": 254, "IM": 44, "IT": 39}


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


_HK_ROADS = (("Nathan Road", "彌敦道", "Yau Ma Tei", "油麻地", "Kowloon", "九龍"),
             ("Nathan Road", "彌敦道", "Mong Kok", "旺角", "Kowloon", "九龍"),
             ("Argyle Street", "亞皆老街", "Mong Kok", "旺角", "Kowloon", "九龍"),
             ("Shanghai Street", "上海街", "Yau Ma Tei", "油麻地", "Kowloon", "九龍"),
             ("Hennessy Road", "軒尼詩道", "Wan Chai", "灣仔", "Hong Kong", "香港"),
             ("King's Road", "英皇道", "North Point", "北角", "Hong Kong", "香港"),
             ("Des Voeux Road Central", "德輔道中", "Central", "中環", "Hong Kong", "香港"),
             ("Castle Peak Road", "青山公路", "Tsuen Wan", "荃灣", "New Territories", "新界"),
             ("Tai Po Road", "大埔道", "Sham Shui Po", "深水埗", "Kowloon", "九龍"))  # fmt: skip
_HK_BLDG = (("Wing On Building", "永安大廈"), ("Fook Hing Mansion", "福興大廈"), ("Kam Fung Court", "金鳳閣"),
            ("Hoi Tat Building", "海達大廈"), ("Lee Garden House", "利園大廈"))  # fmt: skip


def place(locale: str, rng: random.Random, hint: str = "") -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "kn_IN":
        town, pc, area = rng.choice((("Bengaluru", "560011", "Jayanagar 4th Block"), ("Bengaluru", "560004", "Basavanagudi"),
                                     ("Bengaluru", "560003", "Malleshwaram"), ("Bengaluru", "560010", "Rajajinagar"),
                                     ("Mysuru", "570001", "Chamarajapuram"), ("Mangaluru", "575001", "Hampankatta"),
                                     ("Hubballi", "580020", "Vidyanagar")))  # fmt: skip
        if town == "Bengaluru" and rng.random() < 0.5:
            ords = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "11th", "14th")
            return f"No. {r(1, 240)}, {rng.choice(ords)} Cross, {rng.choice(ords)} Main", pc, town, area
        road = {"Bengaluru": ("Bull Temple Road", "Sampige Road", "Dr. Rajkumar Road", "Kanakapura Road", "Margosa Road"),
                "Mysuru": ("Sayyaji Rao Road", "Chamaraja Double Road"), "Mangaluru": ("Falnir Road", "Balmatta Road"),
                "Hubballi": ("Koppikar Road", "Deshpande Nagar Road")}[town]  # fmt: skip
        return f"#{r(1, 300)}, {rng.choice(road)}", pc, town, area
    if locale == "ba_RU":
        town, pc = rng.choice((("Өфө", f"4500{r(10, 99)}"), ("Өфө", f"4501{r(0, 12):02d}"), ("Стәрлетамаҡ", f"4531{r(0, 30):02d}"),
                               ("Салауат", f"4532{r(50, 65)}"), ("Нефтекама", "452680"), ("Белорет", "453500")))  # fmt: skip
        road = rng.choice(("Ленин урамы", "Зәки Вәлиди урамы", "Мостай Кәрим урамы", "Октябрь проспекты",
                           "Салауат Юлаев проспекты", "Киров урамы", "Бәхетле урамы"))  # fmt: skip
        flat = f", кв. {r(1, 180)}" if rng.random() < 0.6 else ""
        return f"{road}, {r(1, 120)}{flat}", pc, town, ""
    if locale == "yue_HK":
        en, zh, dist, dist_zh, area, area_zh = rng.choice(_HK_ROADS)
        b, b_zh = rng.choice(_HK_BLDG)
        n, fl, flat = r(1, 480), r(1, 30), rng.choice("ABCDEFGH")
        if rng.random() < 0.35:
            return f"{zh}{n}號", "", area_zh + dist_zh, f"{b_zh}{fl}樓{flat}室"
        return f"{n} {en}", "", f"{dist}, {area}", f"Flat {r(1, 30)}{flat}, {fl}/F, {b}"
    if locale == "ban_ID":
        town, pc = rng.choice((("Denpasar", "80113"), ("Denpasar", "80234"), ("Denpasar", "80228"), ("Gianyar", "80571"),
                               ("Singaraja", "81116"), ("Tabanan", "82121"), ("Badung", "80361")))  # fmt: skip
        if rng.random() < 0.3:
            return (
                f"Br. {rng.choice(('Kelod', 'Kaja', 'Tengah', 'Kangin'))}, Desa {rng.choice(('Peliatan', 'Mas', 'Sibang Kaja', 'Kerobokan', 'Batuan'))}",
                pc,
                town,
                "",
            )
        road = rng.choice(("Jl. Teuku Umar", "Jl. Gatot Subroto Barat", "Jl. Hayam Wuruk", "Jl. Gajah Mada",
                           "Jl. Danau Tamblingan", "Jl. Raya Ubud", "Jl. Bypass Ngurah Rai", "Jl. Udayana"))  # fmt: skip
        return f"{road} No. {r(1, 250)}", pc, town, ""
    if locale == "yua_MX":
        town, pc, col = rng.choice((("Mérida", "97000", "Centro"), ("Mérida", "97070", "Col. García Ginerés"),
                                    ("Mérida", "97100", "Col. Itzimná"), ("Mérida", "97130", "Col. México"),
                                    ("Valladolid", "97780", "Centro"), ("Tizimín", "97700", "Centro"),
                                    ("Progreso", "97320", "Centro")))  # fmt: skip
        if rng.random() < 0.65:
            s = r(1, 70) * 2
            return f"Calle {s} No. {r(100, 599)}{rng.choice(('', '', '-A', '-B'))} x {s - 3} y {s - 1}", pc, town, col
        road = rng.choice(
            ("Paseo de Montejo", "Avenida Itzáes", "Avenida Colón", "Avenida Cupules", "Prolongación Paseo de Montejo")
        )
        return f"{road} {r(100, 599)}", pc, town, col
    if locale == "ki_KE":
        town, pc = rng.choice((("Nairobi", "00100"), ("Nairobi", "00200"), ("Thika", "01000"), ("Nyeri", "10100"),
                               ("Murang'a", "10200"), ("Kiambu", "00900"), ("Karatina", "10101")))  # fmt: skip
        if rng.random() < 0.4:
            return f"P.O. Box {r(10, 9999)}", pc, town, ""
        road = rng.choice(("Ngong Road", "Kimathi Street", "Kiambu Road", "Thika Road", "Moi Avenue", "Gakere Road",
                           "Kenyatta Avenue", "Biashara Street"))  # fmt: skip
        if rng.random() < 0.5:
            bl = rng.choice(("Mugo Court", "Kirinyaga Flats", "Wambugu House", "Muthaiga Heights", "Karuri Plaza"))
            return f"{bl}, {road}", pc, town, ""
        return road, pc, town, ""
    if locale == "gv_IM":
        town, pcd = rng.choice((("Douglas", "IM1"), ("Douglas", "IM2"), ("Onchan", "IM3"), ("Peel", "IM5"),
                                ("Ramsey", "IM8"), ("Castletown", "IM9"), ("Port Erin", "IM9")))  # fmt: skip
        pc = f"{pcd} {r(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        road = rng.choice(("Strand Street", "Athol Street", "Finch Road", "Bucks Road", "Peel Road", "Parliament Street",
                           "Ballaugh Road", "Arbory Street", "Bay View Road", "Tynwald Street"))  # fmt: skip
        if rng.random() < 0.3:
            return f"{rng.choice(('Thie Veg', 'Thie Ain', 'Ballacurrey', 'Cronk Aashag'))}, {road}", pc, town, ""
        return f"{r(1, 140)} {road}", pc, town, ""
    if locale == "fur_IT":
        town, pc, prov = rng.choice((("Udin", "33100", "UD"), ("Udin", "33100", "UD"), ("Cividât", "33043", "UD"),
                                     ("Pordenon", "33170", "PN"), ("Tumieç", "33028", "UD"), ("Spilimberc", "33097", "PN"),
                                     ("Codroip", "33033", "UD"), ("Glemone", "33013", "UD")))  # fmt: skip
        road = rng.choice(("vie Mercatovecchio", "place Libertât", "vie Aquilee", "vie Cividât", "borc Grazan",
                           "vie dai Cjapelârs", "vie Roma", "place San Jacum"))  # fmt: skip
        return f"{road}, {r(1, 90)}", pc, town, prov
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "ba_RU":
        return f"{postcode}, {town}, {street}"
    if locale == "yue_HK":
        if between.endswith("室"):
            return f"{town}{street}{between}"
        return f"{between}, {street}, {town}"
    if locale == "yua_MX":
        return f"{street}, {between}, C.P. {postcode}, {town}, Yuc."
    if locale == "ki_KE":
        if street.startswith("P.O. Box"):
            return f"{street}-{postcode}, {town}"
        return f"{street}, {town}"
    if locale == "fur_IT":
        return f"{street}, {postcode} {town} ({between})"
    if locale == "ban_ID":
        return f"{street}, {town} {postcode}, Bali"
    return ", ".join(x for x in (street, between, f"{town} {postcode}".strip()) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _snils(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(9)]
    body[0] = rng.randint(1, 9)
    s = sum(d * (9 - i) for i, d in enumerate(body))
    c = s if s < 100 else 0 if s in (100, 101) else s % 101
    c = 0 if c == 100 else c
    d = "".join(map(str, body))
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def _hkid(rng: random.Random) -> str:
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = [rng.randint(0, 9) for _ in range(6)]
    s = 9 * 36 + 8 * (ord(letter) - 55) + sum(d * (7 - i) for i, d in enumerate(digits))
    c = (11 - s % 11) % 11
    return f"{letter}{''.join(map(str, digits))}({'A' if c == 10 else c})"


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_CURP_BAD = frozenset(
    [
        "BACA",
        "BAKA",
        "BUEI",
        "BUEY",
        "CACA",
        "CACO",
        "CAGA",
        "CAGO",
        "CAKA",
        "CAKO",
        "COGE",
        "COGI",
        "COJA",
        "COJE",
        "COJI",
        "COJO",
        "COLA",
        "CULO",
        "FALO",
        "FETO",
        "GETA",
        "GUEI",
        "GUEY",
        "JETA",
        "JOTO",
        "KACA",
        "KACO",
        "KAGA",
        "KAGO",
        "KAKA",
        "KAKO",
        "KOGE",
        "KOGI",
        "KOJA",
        "KOJE",
        "KOJI",
        "KOJO",
        "KOLA",
        "KULO",
        "LILO",
        "LOCA",
        "LOCO",
        "LOKA",
        "LOKO",
        "MAME",
        "MAMO",
        "MEAR",
        "MEAS",
        "MEON",
        "MIAR",
        "MION",
        "MOCO",
        "MOKO",
        "MULA",
        "MULO",
        "NACA",
        "NACO",
        "PEDA",
        "PEDO",
        "PENE",
        "PIPI",
        "PITO",
        "POPO",
        "PUTA",
        "PUTO",
        "QULO",
        "RATA",
        "ROBA",
        "ROBE",
        "ROBO",
        "RUIN",
        "SENO",
        "TETA",
        "VACA",
        "VAGA",
        "VAGO",
        "VAKA",
        "VUEI",
        "VUEY",
        "WUEI",
        "WUEY",
    ]
)


def _up(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.upper()) if c.isalpha() and c.isascii())


def _curp(first: str, pat: str, mat: str, dob: dt.date, female: bool, rng: random.Random) -> str:
    p, m, g = _up(pat.split()[0]), _up(mat.split()[0]), _up(first.split()[0])
    if g in ("MARIA", "JOSE") and len(first.split()) > 1:
        g = _up(first.split()[1])
    vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    body = (f"{p[0]}{vowel}{m[0]}{g[0]}{dob:%y%m%d}{'M' if female else 'H'}YN{cons(p)}{cons(m)}{cons(g)}"
            f"{'0' if dob.year < 2000 else 'A'}")  # fmt: skip
    if body[:4] in _CURP_BAD:  # an unseemly word: the second letter becomes X
        body = body[0] + "X" + body[2:]
    s = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17,
                                                            19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))  # fmt: skip
_CF_TOWN = {"Udin": "L483", "Cividât": "C758", "Pordenon": "G888", "Tumieç": "L195", "Spilimberc": "I904",
            "Codroip": "C817", "Glemone": "D962"}  # fmt: skip


def _cf(first: str, last: str, dob: dt.date, female: bool, town: str) -> str:
    def part(w: str, given: bool) -> str:
        w = _up(w)
        cons = [c for c in w if c not in "AEIOU"]
        vows = [c for c in w if c in "AEIOU"]
        if given and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]

    body = (f"{part(last, False)}{part(first, True)}{dob:%y}{'ABCDEHLMPRST'[dob.month - 1]}"
            f"{dob.day + (40 if female else 0):02d}{_CF_TOWN.get(town, 'L483')}")  # fmt: skip
    s = 0
    for i, c in enumerate(body):
        s += _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return body + chr(65 + s % 26)


def _nid(p: types.SimpleNamespace, rng: random.Random) -> str | None:
    r = rng.randint
    loc, dob = p.locale, p.dob
    if loc == "kn_IN":
        surname = p.last_r if p.last_r and p.last_r[0].isalpha() and "." not in p.last_r else p.first_r
        return (f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}P{surname[0].upper()}"
                f"{r(0, 9999):04d}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")  # fmt: skip
    if loc == "ba_RU":
        return _snils(rng)
    if loc == "yue_HK":
        return _hkid(rng)
    if loc == "ban_ID":
        reg = rng.choice(("5171", "5104", "5108", "5102", "5103"))
        return f"{reg}{r(1, 8):02d}{dob.day + (40 if p.female else 0):02d}{dob:%m%y}{r(1, 999):04d}"
    if loc == "yua_MX":
        pat, mat = p.last.split(" ", 1) if " " in p.last else (p.last, "X")
        return _curp(p.first, pat, mat, dob, p.female, rng)
    if loc == "ki_KE":
        return str(r(20000000, 39999999))
    if loc == "gv_IM":
        return f"MA {r(10, 99)} {r(10, 99)} {r(10, 99)} {rng.choice('ABCD')}"
    if loc == "fur_IT":
        return _cf(p.first, p.last, dob, p.female, p.town)
    return None


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def _ban_name(female: bool, rng: random.Random, caste: str = "", order: int | None = None) -> tuple[str, str, int]:
    k = rng.randint(0, 3) if order is None else order
    birth = rng.choice([x for x in _BAN_ORDER[k] if not (female and x == "Gede")])
    own = rng.choice(_BAN_WOMEN if female else _BAN_MEN)
    if caste:
        c = dict(_BAN_CASTE)[caste] if female else caste
        return f"{c} {birth} {own}", own, k
    return f"{'Ni' if female else 'I'} {birth} {own}", own, k


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 49's people (``alt``: the romanised name of a
    not-Latin one; ``first_r`` / ``last_r``: the romanised given name and surname; ``father``: the father's given name
    where names carry it; ``sur``: the surname's pair where it has a man's and a woman's form; ``caste``: a Balinese
    caste title)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt, script, father, sur, caste, order, kind = None, "", "", None, "", 0, ""
    if locale == "kn_IN":
        first, first_r = rng.choice(_KN_WOMEN if female else _KN_MEN)
        k = rng.random()
        if k < 0.33:
            last, last_r = rng.choice(_KN_INI)
            full, alt, kind = f"{last} {first}", f"{last_r} {first_r}", "initials"
        elif k < 0.66:
            fa, fa_r = rng.choice([m for m in _KN_MEN if m[0] != first])
            last, last_r, father = fa, fa_r, fa
            full, alt, kind = f"{first} {fa}", f"{first_r} {fa_r}", "father"
        else:
            last, last_r = rng.choice(_KN_FAM)
            full, alt, kind = f"{first} {last}", f"{first_r} {last_r}", "family"
        script = "Knda"
    elif locale == "ba_RU":
        first, first_r = rng.choice(_BA_WOMEN if female else _BA_MEN)
        sur = rng.choice(_BA_SUR)
        last = sur[0] + ("а" if female else "")
        last_r = sur[1] + ("a" if female else "")
        father = rng.choice(_BA_FATHER)
        kin = "ҡыҙы" if female else "улы"
        k = rng.random()
        if k < 0.5:
            full, kind = f"{first} {father} {kin} {last}", "patronymic"
        elif k < 0.75:
            full, kind = f"{last} {first} {father} {kin}", "surname_first"
        else:
            full, kind = f"{first} {last}", "plain"
        alt = f"{first_r} {last_r}"
        script = "Cyrl"
    elif locale == "yue_HK":
        last, last_r = rng.choice(_YUE_SUR)
        first, first_r = rng.choice(_YUE_WOMEN if female else _YUE_MEN)
        full = f"{last}{first}"
        en = rng.choice(_YUE_EN[0 if female else 1]) if rng.random() < 0.4 else ""
        alt = f"{en + ' ' if en else ''}{last_r.upper()} {first_r}"
        script = "Hant"
    elif locale == "ban_ID":
        caste = rng.choice([c[0] for c in _BAN_CASTE]) if rng.random() < 0.2 else ""
        full, own, order = _ban_name(female, rng, caste)
        first = last = full
        first_r, last_r = own, full
    else:
        if locale == "yua_MX":
            first = rng.choice(_YUA_WOMEN if female else _YUA_MEN)
            last = f"{rng.choice(_YUA_SUR)} {rng.choice(_YUA_SUR)}"
            full = f"{first} {last}"
        elif locale == "ki_KE":
            first = rng.choice(_KI_CHR[0 if female else 1])
            kik = rng.choice(_KI_KIK[0 if female else 1])
            if rng.random() < 0.4:
                last, full = kik, f"{first} {kik}"
            else:
                last = rng.choice(_KI_KIK[1])
                full, father = f"{first} {kik} {last}", kik
        else:
            women, men, surnames = _GV if locale == "gv_IM" else _FUR
            first = rng.choice(women if female else men)
            last = rng.choice(surnames)
            full = f"{first} {last}"
        first_r, last_r = first, last
    tail = _ascii(last_r.split()[-1]) if last_r != first_r and locale != "ban_ID" else ""
    head = _ascii(first_r.split()[0]) or "user"
    mail_local = f"{head}{rng.choice(('.', '_', '')) if tail else ''}{tail}" + rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    p = _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=None, iban=None, locale=locale,
        script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, sur=sur, caste=caste, order=order,
        kind=kind, between=between,
    )  # fmt: skip
    p.nid = _nid(p, rng)
    if child and locale in ("kn_IN", "ki_KE", "gv_IM"):  # issued to adults (Kenya's id at 18, the NI number at 16)
        p.nid = None
    return p


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (kn_IN: the father's given name second, or the father's
    initials or family name; ba_RU: the father's given name with ``улы``/``ҡыҙы`` and the surname in the child's
    gender; yue_HK, gv_IM, fur_IT, ki_KE: the father's surname (ki_KE: his Kikuyu name); ban_ID: no name handed down,
    only the father's caste title; yua_MX: the father's first surname then the mother's first surname; where the
    parent is the mother and names come from the father, the child's own name)."""
    loc, v = kid.locale, dict(vars(kid))
    if loc == "yua_MX":
        pat, _, mat = kid.last.partition(" ")
        last = f"{pat} {parent.last.split(' ')[0]}" if parent.female else f"{parent.last.split(' ')[0]} {mat}"
        v.update(last=last, last_r=last, full=f"{kid.first} {last}")
        return _ns(**v)
    if parent.female:
        return kid
    if loc == "kn_IN":
        if parent.kind == "father" or kid.first == parent.first:
            last, last_r = parent.first, parent.first_r
            v.update(
                last=last,
                last_r=last_r,
                father=last,
                full=f"{kid.first} {last}",
                alt=f"{kid.first_r} {last_r}",
                kind="father",
            )
        elif parent.kind == "initials":
            v.update(
                last=parent.last,
                last_r=parent.last_r,
                full=f"{parent.last} {kid.first}",
                alt=f"{parent.last_r} {kid.first_r}",
                kind="initials",
            )
        else:
            v.update(
                last=parent.last,
                last_r=parent.last_r,
                full=f"{kid.first} {parent.last}",
                alt=f"{kid.first_r} {parent.last_r}",
                kind="family",
            )
        return _ns(**v)
    if loc == "ba_RU":
        kin = "ҡыҙы" if kid.female else "улы"
        last = parent.sur[0] + ("а" if kid.female else "")
        last_r = parent.sur[1] + ("a" if kid.female else "")
        full = f"{kid.first} {parent.first} {kin} {last}" if kid.kind != "plain" else f"{kid.first} {last}"
        v.update(
            last=last, last_r=last_r, sur=parent.sur, father=parent.first, full=full, alt=f"{kid.first_r} {last_r}"
        )
        return _ns(**v)
    if loc == "yue_HK":
        v.update(last=parent.last, last_r=parent.last_r, full=f"{parent.last}{kid.first}",
                 alt=f"{parent.last_r.upper()} {kid.first_r}")  # fmt: skip
        return _ns(**v)
    if loc == "ban_ID":
        if not parent.caste:
            return kid
        rng = random.Random(kid.full)
        full, own, _order = _ban_name(kid.female, rng, parent.caste, kid.order)
        v.update(first=full, last=full, full=full, first_r=own, last_r=full, caste=parent.caste)
        return _ns(**v)
    if loc == "ki_KE":
        last = parent.father or parent.last
        v.update(last=last, last_r=last, full=f"{kid.first} {last}")
        return _ns(**v)
    v.update(last=parent.last, last_r=parent.last_r, full=f"{kid.first} {parent.last}")
    return _ns(**v)
