"""Held-out set 51: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- pa_PK (Punjabi in Shahmukhi, Punjab, Pakistan): no fixed family name: a biradari or title before the given name
  (``رانا شاہد محمود`` Rana Shahid Mahmood, ``چوہدری محمد اسلم`` Chaudhry Muhammad Aslam: kept whole), after it
  (``عمران بٹ`` Imran Butt), or a woman with ``بی بی`` (``نسرین بی بی``: kept whole); the romanised name as second
  script; Lahore's ``House No. 45, Street 7`` (a numbered lane: not a street in a note) in ``Block C, Model Town``
  and named roads (``Ferozepur Road``, ``Jail Road``, ``جیل روڈ``); five-digit postcodes (``Lahore 54700``); the
  CNIC (``35202-1234567-1``: the district, the last digit odd for a man); +92 ``42`` lines and ``3xx`` mobiles;
  titles ``محترمہ`` and ``جناب``.
- ta_SG (Tamil in Tamil script, Singapore): a given name and the father's given name (``கவிதா சுப்பிரமணியம்``), the
  father's initial first (``சு. கவிதா``: kept whole), or the registered form in Latin letters ``Kavitha d/o
  Subramaniam`` / ``Muthu s/o Ramasamy`` (kept whole); the child's second name the father's given name; HDB blocks
  (``Blk 623 Jurong West Street 61``, unit ``#05-67``) and named roads (``Race Course Road``); six-digit postcodes;
  the NRIC (``S8812345D``, its check letter); +65 ``6`` lines and ``8``/``9`` mobiles; titles ``திருமதி`` and ``திரு``.
- bua_RU (Buryat in Cyrillic, Buryatia, Russia): Buryat given names of Tibetan and Mongolian origin (``Дашинима``,
  ``Сэсэгма``, ``Баярма``), a Russian-style patronymic from the father's name (``Цыренович``, ``Дашинимаевна``),
  surnames made from a forefather's name (``Доржиев``, ``Цыренова``): surname first as official lists write them
  (``Доржиев Баир Цыренович``: kept whole), given name first, or given name and surname; a child's surname made
  from the father's given name now and then (``Дашинимаев``); Ulan-Ude's ``ул. Ленина, 28, кв. 5`` and streets in
  Buryat (``Ленинэй гудамжа``) with the postcode first; the INN (12 digits, two check digits); +7 ``3012`` lines
  and ``902``/``914``/``924``/``950`` mobiles; the honorific ``Хүндэтэ``.
- ceb_PH (Cebuano, Cebu, Philippines): given names (often two: ``Cherry Mae``, ``Jhon Mark``), the mother's maiden
  surname as middle name, then the father's surname (``Cherry Mae Abellana Cuizon``, ``Cherry Mae A. Cuizon``:
  kept whole); the child's middle name the mother's surname; ``123 Osmeña Boulevard`` in a barangay (``Brgy.
  Lahug``) and ``Purok 3, Sitio Mahayahay`` (not a street in a note); four-digit ZIP codes (``Cebu City 6000``);
  the PhilSys card number (``1234-5678-9012-3456``) or the TIN; +63 ``32`` lines and ``9xx`` mobiles; titles
  ``Ma'am`` and ``Sir``.
- mni_IN (Meitei, Manipur, India; written in Latin letters as records write it): the clan surname (yek salai
  sagei) FIRST, then the given name, then ``Singh`` for a man and ``Devi`` or ``Chanu`` for a woman
  (``Laishram Sanjoy Singh``, ``Ningthoujam Bembem Devi``: kept whole); the child's clan the father's; Imphal's
  leikais and leiraks (``Sagolband Moirang Leirak``) and roads (``Paona Bazar Road``); six-digit PINs; the Aadhaar
  number (12 digits, Verhoeff check); +91 ``385`` lines and mobiles; titles ``Smt.`` and ``Shri``.
- sm_AS (Samoan, American Samoa): Samoan given names and surnames (``Siaosi Faleolo``, ``Salamasina Leiataua``),
  a matai title before the name of some (``Leiataua Siaosi Faleolo``: kept whole); a child's surname the father's
  surname or, as the old custom has it, the father's given name; village addresses (``Fagaima Road, Tafuna``) or
  ``P.O. Box`` (not a street in a note), ``Pago Pago, AS 96799``; the SSN (area ``586``); +1 ``684`` numbers;
  titles ``Tamāitaʻi`` and ``Susuga``.
- nso_ZA (Sepedi, Limpopo, South Africa): an English or a Sepedi given name and a Pedi surname (``Mahlatse
  Mphahlele``, ``Godfrey Lesiba Sekhukhune``); ``12 Thabo Mbeki Street`` in Polokwane and ``Stand No. 1234, Zone
  2`` in Seshego (not a street in a note); four-digit postcodes; the South African id number (the birth date, the
  sex, Luhn); +27 ``15`` lines and mobiles; titles ``Mma`` and ``Rra``.
- nds_DE (Low German, northern Germany): Low German given names (``Hinnerk``, ``Fiete``, ``Gesche``, ``Wiebke``)
  and northern surnames (``Brüning``, ``Oltmanns``, ``Poppinga``); streets in Low German (``Achter de Kark 3``,
  ``Bi de Möhl``, ``Ünnern Diek``), towns in Low German (``Hamborg``, ``Ollnborg``, ``Auerk``); the tax id
  (Steuer-IdNr., 11 digits, its check digit); +49 ``40``/``421``/``441`` lines and ``15x``/``16x``/``17x`` mobiles;
  titles ``Fru`` and ``Herr``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.iso7064 import mod_11_10

NEW8_51 = ("pa_PK", "ta_SG", "bua_RU", "ceb_PH", "mni_IN", "sm_AS", "nso_ZA", "nds_DE")
LANG51 = {"pa_PK": "pnb", "ta_SG": "ta", "bua_RU": "bua", "ceb_PH": "ceb", "mni_IN": "mni", "sm_AS": "sm",
          "nso_ZA": "nso", "nds_DE": "nds"}  # fmt: skip
NOT_LATIN = ("pa_PK", "ta_SG", "bua_RU")
OWN_NAME: tuple[str, ...] = ()
STREET_WORDS = frozenset({"house", "no.", "street", "road", "block", "روڈ", "گلی", "نمبر", "blk", "avenue", "drive",
                          "ул.", "пр.", "гудамжа", "кв.", "д.", "boulevard", "brgy.", "purok", "sitio", "leirak",
                          "leikai", "p.o.", "box", "stand", "zone", "achter", "de", "diek", "weg", "straat",
                          "straße", "ring"})  # fmt: skip

_PA_MEN = (("محمد اسلم", "Muhammad Aslam"), ("غلام رسول", "Ghulam Rasool"), ("اللہ دتہ", "Allah Ditta"),
           ("شاہد محمود", "Shahid Mahmood"), ("عمران", "Imran"), ("محمد بوٹا", "Muhammad Boota"), ("طارق", "Tariq"),
           ("نوید", "Naveed"), ("عرفان", "Irfan"))  # fmt: skip
_PA_WOMEN = (("نسرین", "Nasreen"), ("رضیہ", "Razia"), ("شمیم", "Shamim"), ("کوثر", "Kausar"), ("فرزانہ", "Farzana"),
             ("صغراں", "Sughran"), ("نادیہ", "Nadia"), ("عائشہ", "Ayesha"))  # fmt: skip
_PA_CASTE = (("رانا", "Rana"), ("چوہدری", "Chaudhry"), ("ملک", "Malik"), ("میاں", "Mian"))
_PA_AFTER = (("بٹ", "Butt"), ("گجر", "Gujjar"), ("آرائیں", "Arain"), ("ورک", "Virk"), ("چیمہ", "Cheema"), ("قریشی", "Qureshi"),
             ("شیخ", "Sheikh"), ("باجوہ", "Bajwa"))  # fmt: skip
_TA_MEN = (("முத்து", "Muthu"), ("ராஜேஷ்", "Rajesh"), ("சுரேஷ்", "Suresh"), ("கணேசன்", "Ganesan"), ("அருண்", "Arun"),
           ("விஜய்", "Vijay"), ("செல்வம்", "Selvam"), ("பாலா", "Bala"))  # fmt: skip
_TA_WOMEN = (("கவிதா", "Kavitha"), ("பிரியா", "Priya"), ("லட்சுமி", "Lakshmi"), ("மீனா", "Meena"), ("தேவி", "Devi"),
             ("சரஸ்வதி", "Saraswathy"), ("ரம்யா", "Ramya"), ("வசந்தி", "Vasanthi"))  # fmt: skip
_TA_FATHER = (("ராமசாமி", "Ramasamy", "இரா."), ("சுப்பிரமணியம்", "Subramaniam", "சு."), ("கிருஷ்ணன்", "Krishnan", "கி."),
              ("நடராஜன்", "Nadarajan", "ந."), ("பழனியப்பன்", "Palaniappan", "ப."), ("வேலு", "Velu", "வே."),
              ("மாரிமுத்து", "Marimuthu", "மா."))  # fmt: skip
_BUA_MEN = (("Баир", "Bair"), ("Дашинима", "Dashinima"), ("Цыренжап", "Tsyrenzhap"), ("Баясхалан", "Bayaskhalan"),
            ("Жаргал", "Zhargal"), ("Доржо", "Dorzho"), ("Батор", "Bator"), ("Солбон", "Solbon"))  # fmt: skip
_BUA_WOMEN = (("Сэсэг", "Seseg"), ("Туяна", "Tuyana"), ("Аюна", "Ayuna"), ("Дарима", "Darima"), ("Янжима", "Yanzhima"),
              ("Баярма", "Bayarma"), ("Оюна", "Oyuna"), ("Сэсэгма", "Sesegma"))  # fmt: skip
# A father's name, his son's and daughter's patronymic, and the surname made from it.
_BUA_PAT = {"Баир": ("Баирович", "Баировна", "Баиров"), "Дашинима": ("Дашинимаевич", "Дашинимаевна", "Дашинимаев"),
            "Цыренжап": ("Цыренжапович", "Цыренжаповна", "Цыренжапов"), "Баясхалан": ("Баясхаланович", "Баясхалановна", "Баясхаланов"),
            "Жаргал": ("Жаргалович", "Жаргаловна", "Жаргалов"), "Доржо": ("Доржиевич", "Доржиевна", "Доржиев"),
            "Батор": ("Баторович", "Баторовна", "Баторов"), "Солбон": ("Солбонович", "Солбоновна", "Солбонов")}  # fmt: skip
_BUA_SUR = (("Цыренов", "Tsyrenov"), ("Доржиев", "Dorzhiev"), ("Бадмаев", "Badmaev"), ("Дашиев", "Dashiev"),
            ("Базаров", "Bazarov"), ("Очиров", "Ochirov"), ("Намсараев", "Namsaraev"), ("Жамсуев", "Zhamsuev"),
            ("Аюшеев", "Ayusheev"), ("Балданов", "Baldanov"))  # fmt: skip
_BUA_LAT = {"Баиров": "Bairov", "Дашинимаев": "Dashinimaev", "Цыренжапов": "Tsyrenzhapov", "Баясхаланов": "Bayaskhalanov",
            "Жаргалов": "Zhargalov", "Доржиев": "Dorzhiev", "Баторов": "Batorov", "Солбонов": "Solbonov"}  # fmt: skip
_CEB = (("Cherry Mae", "Rowena", "Marites", "Jennylyn", "Kristine Joy", "Rhea", "Lovely", "Maria Luisa", "Grace"),
        ("Jhon Mark", "Rolando", "Ariel", "Jerome", "Kenneth", "Ramil", "Junrey", "Jose Mari", "Dindo"),
        ("Cabahug", "Alfafara", "Ouano", "Cuizon", "Abellana", "Cañete", "Tecson", "Pacaña", "Bacalso", "Ybañez",
         "Laurente", "Rosales", "Gullas", "Lapitan", "Sarmiento", "Villanueva", "Sanchez", "Baguio"))  # fmt: skip
_MNI = (("Bembem", "Thoibi", "Sanatombi", "Memcha", "Ibemhal", "Linthoi", "Sushila", "Ranjana", "Premila"),
        ("Sanjoy", "Ibomcha", "Tomba", "Ibohal", "Rajen", "Premananda", "Bijoy", "Ranjit", "Herojit"),
        ("Laishram", "Ningthoujam", "Thokchom", "Khumanthem", "Wahengbam", "Huidrom", "Sorokhaibam", "Yumnam",
         "Konthoujam", "Oinam", "Moirangthem", "Elangbam", "Kshetrimayum", "Thounaojam"))  # fmt: skip
_SM = (("Malia", "Losa", "Salamasina", "Fetu", "Mele", "Sina", "Leilani", "Faʻamoana", "Tinā"),
       ("Siaosi", "Ioane", "Faʻafetai", "Tavita", "Pita", "Sione", "Mikaele", "Lemalu", "Tauese"),
       ("Faleolo", "Leiataua", "Tuiasosopo", "Sunia", "Amituanai", "Falaniko", "Tulafono", "Salaveʻa", "Moliga",
        "Aumavae", "Lealaiauloto", "Fuimaono", "Tago", "Pulu"),
       ("Leiataua", "Tuiasosopo", "Fuimaono", "Aumua", "Lutu", "Mauga", "Galeai", "Sotoa"))  # fmt: skip
_NSO = (("Mahlatse", "Karabo", "Lerato", "Refilwe", "Mmapula", "Kgaugelo", "Naledi", "Mmathapelo", "Grace", "Precious"),
        ("Tshepo", "Kgothatso", "Lesiba", "Mpho", "Thabang", "Lehlogonolo", "Tebogo", "Godfrey", "Lucky", "Gift"),
        ("Mphahlele", "Sekhukhune", "Mashaba", "Maloka", "Mothapo", "Ledwaba", "Makgoba", "Mokgohloa", "Seanego",
         "Ramokgopa", "Masemola", "Moloto", "Phasha", "Kekana", "Maake"))  # fmt: skip
_NDS = (("Gesche", "Wiebke", "Antje", "Frauke", "Meike", "Imke", "Hilke", "Silke", "Tomke"),
        ("Hinnerk", "Jan", "Klaas", "Fiete", "Hein", "Jürn", "Tönjes", "Gerd", "Harm"),
        ("Brüning", "Harms", "Hinrichs", "Janssen", "Ehlers", "Meyerdierks", "Tiedemann", "Oltmanns", "Gerdes",
         "Poppinga", "Bruns", "Ahlers", "Sievers", "Lüders", "Wübbena", "Heeren"))  # fmt: skip
_MAIL = {
    "pa_PK": ("gmail.com", "yahoo.com", "hotmail.com"), "ta_SG": ("gmail.com", "singnet.com.sg", "yahoo.com.sg"),
    "bua_RU": ("mail.ru", "yandex.ru", "inbox.ru"), "ceb_PH": ("gmail.com", "yahoo.com", "yahoo.com.ph"),
    "mni_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"), "sm_AS": ("gmail.com", "hotmail.com", "blueskynet.as"),
    "nso_ZA": ("gmail.com", "webmail.co.za", "vodamail.co.za"), "nds_DE": ("web.de", "gmx.de", "t-online.de"),
}  # fmt: skip
_PLANS = {
    "pa_PK": (("4235xxxxxx", "4237xxxxxx", "4236xxxxxx"), ("300xxxxxxx", "321xxxxxxx", "333xxxxxxx", "345xxxxxxx", "301xxxxxxx")),
    "ta_SG": (("62xxxxxx", "63xxxxxx", "67xxxxxx"), ("8xxxxxxx", "9xxxxxxx")),
    "bua_RU": (("30122xxxxx", "30124xxxxx", "30126xxxxx"), ("902xxxxxxx", "914xxxxxxx", "924xxxxxxx", "950xxxxxxx")),
    "ceb_PH": (("322xxxxxx", "323xxxxxx", "324xxxxxx"), ("917xxxxxxx", "918xxxxxxx", "995xxxxxxx", "927xxxxxxx", "922xxxxxxx")),
    "mni_IN": (("3852xxxxxx", "3854xxxxxx"), ("94360xxxxx", "70050xxxxx", "60090xxxxx", "98xxxxxxxx")),
    "sm_AS": (("684633xxxx", "684699xxxx", "684688xxxx"), ("684733xxxx", "684258xxxx", "684252xxxx")),
    "nso_ZA": (("1529xxxxx", "1526xxxxx", "1530xxxxx"), ("72xxxxxxx", "82xxxxxxx", "76xxxxxxx", "71xxxxxxx", "83xxxxxxx")),
    "nds_DE": (("40xxxxxxxx", "421xxxxxx", "441xxxxxx"), ("151xxxxxxxx", "160xxxxxxx", "170xxxxxxxx", "176xxxxxxxx")),
}  # fmt: skip
_CC = {"PK": 92, "SG": 65, "RU": 7, "PH": 63, "IN": 91, "AS": 1, "ZA": 27, "DE": 49}


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


def place(locale: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "pa_PK":
        town, town_pa, pc, area = rng.choice((("Lahore", "لاہور", "54700", "Block C, Model Town"), ("Lahore", "لاہور", "54000", "Gulberg III"),
                                              ("Lahore", "لاہور", "54770", "Johar Town"), ("Lahore", "لاہور", "54810", "Samanabad"),
                                              ("Gujranwala", "گوجرانوالہ", "52250", "Satellite Town"), ("Sialkot", "سیالکوٹ", "51310", "Cantt")))  # fmt: skip
        k = rng.random()
        if k < 0.35:
            return f"House No. {r(1, 400)}, Street {r(1, 30)}", pc, town, area
        if k < 0.7:
            road = rng.choice(("Ferozepur Road", "Jail Road", "Main Boulevard", "Multan Road", "Davis Road", "Allama Iqbal Road"))
            return f"{r(1, 250)}-{rng.choice('ABCDEF')} {road}", pc, town, area
        road = rng.choice(("فیروزپور روڈ", "جیل روڈ", "ملتان روڈ", "مال روڈ", "علامہ اقبال روڈ"))
        return f"مکان نمبر {r(1, 400)}، {road}", pc, town_pa, ""
    if locale == "ta_SG":
        if rng.random() < 0.6:
            street, blk_lo = rng.choice((("Jurong West Street 61", 600), ("Woodlands Drive 14", 500), ("Tampines Street 81", 800),
                                         ("Ang Mo Kio Avenue 6", 600), ("Yishun Ring Road", 200), ("Serangoon North Avenue 1", 500),
                                         ("Bukit Batok West Avenue 6", 100)))  # fmt: skip
            blk = blk_lo + r(1, 99)
            pc = f"{rng.choice(('64', '73', '52', '56', '76', '55', '65'))}0{blk % 1000:03d}"
            return f"Blk {blk} {street}", pc, "Singapore", f"#{r(2, 16):02d}-{r(10, 400)}"
        road = rng.choice(("Race Course Road", "Rowell Road", "Buffalo Road", "Dunlop Street", "Serangoon Road", "Desker Road",
                           "Kerbau Road", "Syed Alwi Road"))  # fmt: skip
        return f"{r(1, 200)} {road}", f"2{r(0, 1)}{r(7000, 8999)}", "Singapore", ""
    if locale == "bua_RU":
        town, pc = rng.choice((("Улан-Удэ", f"6700{r(0, 49):02d}"), ("Улан-Удэ", "670000"), ("Кяхта", "671840"),
                               ("Гусиноозёрск", "671160"), ("Северобайкальск", "671700"), ("Закаменск", "671950")))  # fmt: skip
        flat = f", кв. {r(1, 140)}" if rng.random() < 0.6 else ""
        if rng.random() < 0.3:
            road = rng.choice(("Ленинэй гудамжа", "Ранжуровай гудамжа", "Сэсэгэй гудамжа", "Хоца Намсараевай гудамжа"))
            return f"{road}, {r(1, 90)}{flat}", pc, town, ""
        road = rng.choice(("ул. Ленина", "ул. Бабушкина", "ул. Жамсуева", "ул. Ключевская", "ул. Хоца Намсараева",
                           "пр. Строителей", "ул. Сахьяновой", "ул. Ербанова"))  # fmt: skip
        return f"{road}, {r(1, 120)}{flat}", pc, town, ""
    if locale == "ceb_PH":
        town, pc = rng.choice((("Cebu City", "6000"), ("Mandaue City", "6014"), ("Lapu-Lapu City", "6015"), ("Talisay City", "6045"),
                               ("Danao City", "6004"), ("Toledo City", "6038")))  # fmt: skip
        brgy = f"Brgy. {rng.choice(('Lahug', 'Mabolo', 'Guadalupe', 'Talamban', 'Banilad', 'Basak', 'Pardo', 'Tisa'))}"
        if rng.random() < 0.3:
            return f"Purok {r(1, 7)}, Sitio {rng.choice(('Mahayahay', 'Lubi', 'Kalubihan', 'Riverside', 'Bagong Silang'))}", pc, town, brgy
        road = rng.choice(("Osmeña Boulevard", "Gorordo Avenue", "M.J. Cuenco Avenue", "Colon Street", "A.S. Fortuna Street",
                           "V. Rama Avenue", "Sanciangko Street", "Juana Osmeña Street"))  # fmt: skip
        return f"{r(1, 900)} {road}", pc, town, brgy
    if locale == "mni_IN":
        town, pc = rng.choice((("Imphal", "795001"), ("Imphal", "795004"), ("Imphal", "795005"), ("Thoubal", "795138"),
                               ("Bishnupur", "795126"), ("Kakching", "795103")))  # fmt: skip
        if rng.random() < 0.6:
            leikai = rng.choice(("Sagolband", "Uripok", "Keishampat", "Thangmeiband", "Khurai", "Singjamei", "Wangkhei"))
            lane = rng.choice(("Moirang Leirak", "Khaidem Leikai", "Leimajam Leikai", "Lourembam Leikai", "Sangomsang Leirak",
                               "Thokchom Leikai"))  # fmt: skip
            return f"{leikai} {lane}", pc, town, ""
        road = rng.choice(("Paona Bazar Road", "Thangal Bazar Road", "Keishampat Road", "Airport Road", "Kwakeithel Road",
                           "Sagolband Road"))  # fmt: skip
        return f"House No. {r(1, 200)}, {road}", pc, town, ""
    if locale == "sm_AS":
        village = rng.choice(("Tafuna", "Nuʻuuli", "Pago Pago", "Fagatogo", "Leone", "Aua", "Iliʻili", "Mapusaga", "Malaeimi"))
        if rng.random() < 0.35:
            return f"P.O. Box {r(100, 6999)}", "96799", "Pago Pago", ""
        road = rng.choice(("Fagaima Road", "Ottoville Road", "Route 1", "Mapusaga Road", "Airport Road", "Ili'ili Road"))
        return f"{road}, {village}", "96799", "Pago Pago", ""
    if locale == "nso_ZA":
        town, pc = rng.choice((("Polokwane", "0699"), ("Polokwane", "0700"), ("Seshego", "0742"), ("Mankweng", "0727"),
                               ("Lebowakgomo", "0737"), ("Tzaneen", "0850"), ("Mokopane", "0600"), ("Burgersfort", "1150")))  # fmt: skip
        if town in ("Seshego", "Mankweng", "Lebowakgomo") and rng.random() < 0.6:
            return f"Stand No. {r(100, 9999)}, Zone {r(1, 8)}", pc, town, ""
        road = rng.choice(("Thabo Mbeki Street", "Grobler Street", "Landdros Maré Street", "Biccard Street",
                           "Hans van Rensburg Street", "Nelson Mandela Drive", "Dorp Street", "Schoeman Street"))  # fmt: skip
        return f"{r(1, 180)} {road}", pc, town, ""
    if locale == "nds_DE":
        town, pc = rng.choice((("Hamborg", "22041"), ("Hamborg", "21073"), ("Bremen", "28195"), ("Ollnborg", "26122"), ("Leer", "26789"),
                               ("Husum", "25813"), ("Auerk", "26603"), ("Kiel", "24103")))  # fmt: skip
        road = rng.choice(("Achter de Kark", "Bi de Möhl", "Ünnern Diek", "Achtern Diek", "Oll Dörp", "An'n Karkhoff",
                           "Lütt Moor", "Op'n Kamp", "Vör de Döör"))  # fmt: skip
        return f"{road} {r(1, 60)}{rng.choice(('', '', '', 'a', 'b'))}", pc, town, ""
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "pa_PK":
        if between:
            return f"{street}, {between}, {town} {postcode}"
        return f"{street}، {town}"
    if locale == "ta_SG":
        return f"{street}, {between}, Singapore {postcode}" if between else f"{street}, Singapore {postcode}"
    if locale == "bua_RU":
        return f"{postcode}, г. {town}, {street}" if rng_free_city(town) else f"{postcode}, {town}, {street}"
    if locale == "ceb_PH":
        return f"{street}, {between}, {town} {postcode}"
    if locale == "mni_IN":
        return f"{street}, {town} - {postcode}, Manipur"
    if locale == "sm_AS":
        return f"{street}, {town}, AS {postcode}"
    if locale == "nso_ZA":
        return f"{street}, {town}, {postcode}"
    return f"{street}, {postcode} {town}"


def rng_free_city(town: str) -> bool:
    """Ulan-Ude is written with ``г.`` (a city) in Russian addresses; the others too, but a village would not be."""
    return town in ("Улан-Удэ", "Кяхта", "Гусиноозёрск", "Северобайкальск", "Закаменск")


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _nric(dob: dt.date, rng: random.Random) -> str:
    prefix = "T" if dob.year >= 2000 else "S"
    digits = f"{dob.year % 100:02d}{rng.randint(0, 99999):05d}" if dob.year >= 1968 else f"{rng.choice('01')}{rng.randint(0, 999999):06d}"
    s = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix == "T" else 0)
    return f"{prefix}{digits}{'JZIHGFEDCBA'[s % 11]}"


def _inn(rng: random.Random) -> str:
    d = [0, 3, *(rng.randint(0, 9) for _ in range(8))]
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w2, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def _aadhaar(rng: random.Random) -> str:
    body = f"{rng.randint(2, 9)}{rng.randint(0, 10**10 - 1):010d}"
    full = body + verhoeff.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _za_id(dob: dt.date, female: bool, rng: random.Random) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{seq:04d}08"
    return body + luhn.calc_check_digit(body)


def _steuer_id(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        counts = [body.count(d) for d in set(body) if body.count(d) > 1]
        if len(counts) == 1 and counts[0] in (2, 3):
            s = "".join(map(str, body))
            return s + mod_11_10.calc_check_digit(s)


_CNIC_DISTRICT = {"Lahore": "35202", "Gujranwala": "34101", "Sialkot": "34603", "لاہور": "35202"}


def _nid(p: types.SimpleNamespace, rng: random.Random) -> str | None:
    r = rng.randint
    loc, dob = p.locale, p.dob
    if loc == "pa_PK":
        last = r(0, 4) * 2 + (0 if p.female else 1)
        return f"{_CNIC_DISTRICT.get(p.town, '35202')}-{r(1000000, 9999999)}-{last}"
    if loc == "ta_SG":
        return _nric(dob, rng)
    if loc == "bua_RU":
        return _inn(rng)
    if loc == "ceb_PH":
        if rng.random() < 0.6:
            return f"{r(1000, 9999)}-{r(0, 9999):04d}-{r(0, 9999):04d}-{r(0, 9999):04d}"
        return f"{r(100, 999)}-{r(0, 999):03d}-{r(0, 999):03d}-000"
    if loc == "mni_IN":
        return _aadhaar(rng)
    if loc == "sm_AS":
        return f"586-{r(1, 99):02d}-{r(1, 9999):04d}"
    if loc == "nso_ZA":
        return _za_id(dob, p.female, rng)
    if loc == "nds_DE":
        return _steuer_id(rng)
    return None


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 50's people (``alt``: the romanised name of a
    not-Latin one; ``first_r`` / ``last_r``: the romanised given name and surname; ``father``: the father's given name
    where names carry it; ``kind``: how the name is built; ``middle``: a Cebuano middle name)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt, script, father, kind, middle, ini = None, "", "", "", "", ""
    if locale == "pa_PK":
        first, first_r = rng.choice(_PA_WOMEN if female else _PA_MEN)
        k = rng.random()
        if female and k < 0.4:
            last, last_r = "بی بی", "Bibi"
            full, alt, kind = f"{first} بی بی", f"{first_r} Bibi", "bibi"
        elif not female and k < 0.45:
            last, last_r = rng.choice(_PA_CASTE)
            full, alt, kind = f"{last} {first}", f"{last_r} {first_r}", "title_before"
        else:
            last, last_r = rng.choice(_PA_AFTER)
            full, alt, kind = f"{first} {last}", f"{first_r} {last_r}", "after"
        script = "Arab"
    elif locale == "ta_SG":
        first, first_r = rng.choice(_TA_WOMEN if female else _TA_MEN)
        fa, fa_r, ini = rng.choice(_TA_FATHER)
        father = fa
        k = rng.random()
        if k < 0.35:
            full = f"{first_r} {'d/o' if female else 's/o'} {fa_r}"
            first, last, first_r, last_r, kind = first_r, fa_r, first_r, fa_r, "so_do"
            alt = None
        elif k < 0.65:
            last, last_r = ini, fa_r[0] + "."
            full, alt, kind = f"{ini} {first}", f"{fa_r[0]}. {first_r}", "initial"
        else:
            last, last_r = fa, fa_r
            full, alt, kind = f"{first} {fa}", f"{first_r} {fa_r}", "father"
        script = "Taml"
    elif locale == "bua_RU":
        first, first_r = rng.choice(_BUA_WOMEN if female else _BUA_MEN)
        sur = rng.choice(_BUA_SUR)
        last, last_r = sur[0] + ("а" if female else ""), sur[1] + ("a" if female else "")
        father = rng.choice(list(_BUA_PAT))
        pat = _BUA_PAT[father][1 if female else 0]
        k = rng.random()
        if k < 0.35:
            full, kind = f"{last} {first} {pat}", "surname_first"
        elif k < 0.6:
            full, kind = f"{first} {pat} {last}", "patronymic"
        else:
            full, kind = f"{first} {last}", "plain"
        alt = f"{first_r} {last_r}"
        script = "Cyrl"
    elif locale == "ceb_PH":
        first = rng.choice(_CEB[0] if female else _CEB[1])
        last, middle = rng.sample(_CEB[2], 2)
        k = rng.random()
        if k < 0.45:
            full, kind = f"{first} {middle[0]}. {last}", "mi"
        elif k < 0.7:
            full, kind = f"{first} {middle} {last}", "middle"
        else:
            full, kind = f"{first} {last}", "plain"
        first_r, last_r = first, last
    elif locale == "mni_IN":
        first = rng.choice(_MNI[0] if female else _MNI[1])
        last = rng.choice(_MNI[2])
        tail = rng.choice(("Devi", "Chanu")) if female else "Singh"
        full, kind = f"{last} {first} {tail}", tail
        first_r, last_r = first, last
    elif locale == "sm_AS":
        first = rng.choice(_SM[0] if female else _SM[1])
        last = rng.choice(_SM[2])
        if not child and rng.random() < 0.25:
            matai = rng.choice([m for m in _SM[3] if m != last])
            full, kind = f"{matai} {first} {last}", "matai"
        else:
            full, kind = f"{first} {last}", "plain"
        first_r, last_r = first, last
    else:
        women, men, surnames = _NSO if locale == "nso_ZA" else _NDS
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        full = f"{first} {last}"
        if locale == "nso_ZA" and first in ("Grace", "Precious", "Godfrey", "Lucky", "Gift") and rng.random() < 0.5:
            second = rng.choice(women[:8] if female else men[:7])
            full = f"{first} {second} {last}"
        first_r, last_r = first, last
    tail = _ascii(last_r.split()[-1]) if last_r and last_r != first_r and kind not in ("bibi", "initial") else ""
    head = _ascii(first_r.split()[0]) or "user"
    mail_local = f"{head}{rng.choice(('.', '_', '')) if tail else ''}{tail}" + rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    p = _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=None, iban=None, locale=locale,
        script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, kind=kind, middle=middle, ini=ini,
        between=between,
    )  # fmt: skip
    p.nid = _nid(p, rng)
    if child and locale in ("pa_PK", "bua_RU", "ceb_PH"):  # the CNIC at 18; no INN or TIN asked of a child
        p.nid = None
    return p


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (pa_PK: the father's biradari; ta_SG: the father's given
    name second, his initial first or ``s/o``/``d/o``; bua_RU: the father's surname or a surname made from his given
    name, the patronymic from his name; ceb_PH: the father's surname, the mother's as middle name; mni_IN: the
    father's clan; sm_AS: the father's surname or his given name; nso_ZA, nds_DE: the father's surname; where names
    come from the father and the parent is the mother, the child's own name, but the Cebuano middle name)."""
    loc, v = kid.locale, dict(vars(kid))
    if loc == "ceb_PH":
        if parent.female:
            full = f"{kid.first} {parent.last[0]}. {kid.last}" if kid.kind == "mi" else f"{kid.first} {parent.last} {kid.last}"
            v.update(middle=parent.last, full=full if kid.kind != "plain" else kid.full)
        else:
            mid = kid.middle if kid.middle != parent.last else ""
            full = {"mi": f"{kid.first} {mid[:1]}. {parent.last}", "middle": f"{kid.first} {mid} {parent.last}"}.get(kid.kind, f"{kid.first} {parent.last}")
            v.update(last=parent.last, last_r=parent.last, full=full if mid or kid.kind == "plain" else f"{kid.first} {parent.last}")
        return _ns(**v)
    if parent.female:
        return kid
    if loc == "pa_PK":
        if parent.kind == "after":
            v.update(last=parent.last, last_r=parent.last_r, full=f"{kid.first} {parent.last}", alt=f"{kid.first_r} {parent.last_r}", kind="after")
        elif parent.kind == "title_before" and not kid.female:
            v.update(last=parent.last, last_r=parent.last_r, full=f"{parent.last} {kid.first}", alt=f"{parent.last_r} {kid.first_r}", kind="title_before")
        return _ns(**v)
    if loc == "ta_SG":
        fa, fa_r = parent.first, parent.first_r
        ini = fa_r[0] + "."
        if kid.kind == "so_do":
            v.update(last=fa_r, last_r=fa_r, full=f"{kid.first_r} {'d/o' if kid.female else 's/o'} {fa_r}", father=fa)
        elif kid.kind == "initial" and parent.kind != "so_do":
            tini = next((t[2] for t in _TA_FATHER if t[1] == fa_r), None)
            if tini is None:
                v.update(last=fa, last_r=fa_r, full=f"{kid.first} {fa}", alt=f"{kid.first_r} {fa_r}", kind="father", father=fa)
            else:
                v.update(last=tini, last_r=ini, full=f"{tini} {kid.first}", alt=f"{ini} {kid.first_r}", father=fa)
        elif parent.kind != "so_do":
            v.update(last=fa, last_r=fa_r, full=f"{kid.first} {fa}", alt=f"{kid.first_r} {fa_r}", kind="father", father=fa)
        else:  # a father registered in Latin letters: the child too
            v.update(first=kid.first_r, last=fa_r, last_r=fa_r, full=f"{kid.first_r} {'d/o' if kid.female else 's/o'} {fa_r}",
                     alt=None, kind="so_do", father=fa)  # fmt: skip
        return _ns(**v)
    if loc == "bua_RU":
        pat = _BUA_PAT.get(parent.first)
        if pat is None:
            return kid
        made = random.Random(kid.full + parent.full).random() < 0.3
        base = pat[2] if made else parent.last.removesuffix("а")
        base_r = _BUA_LAT[pat[2]] if made else parent.last_r.removesuffix("a")
        last, last_r = base + ("а" if kid.female else ""), base_r + ("a" if kid.female else "")
        p2 = pat[1 if kid.female else 0]
        full = {"surname_first": f"{last} {kid.first} {p2}", "patronymic": f"{kid.first} {p2} {last}"}.get(kid.kind, f"{kid.first} {last}")
        v.update(last=last, last_r=last_r, father=parent.first, full=full, alt=f"{kid.first_r} {last_r}")
        return _ns(**v)
    if loc == "mni_IN":
        v.update(last=parent.last, last_r=parent.last, full=f"{parent.last} {kid.first} {kid.kind}")
        return _ns(**v)
    if loc == "sm_AS":
        old = random.Random(kid.full + parent.full).random() < 0.3
        last = parent.first if old else parent.last
        v.update(last=last, last_r=last, full=f"{kid.first} {last}")
        return _ns(**v)
    if loc == "nso_ZA":
        v.update(last=parent.last, last_r=parent.last, full=kid.full.rsplit(" ", 1)[0] + f" {parent.last}")
        return _ns(**v)
    v.update(last=parent.last, last_r=parent.last, full=f"{kid.first} {parent.last}")
    return _ns(**v)
