"""Held-out set 53: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- ta_MY (Tamil, Kuala Lumpur's Brickfields and Sentul, Klang, Ipoh: Malaysian Indians): no family names: the given
  name and the father's given name, with ``a/l`` (anak lelaki) or ``a/p`` (anak perempuan) between them as the
  MyKad writes it (``Murugan a/l Subramaniam``, ``Kavitha a/p Rajendran``: kept whole), the father's initial first
  (``S. Murugan``: kept whole), the two names bare (``Murugan Subramaniam``: kept whole) or in Tamil script
  (``முருகன் சுப்பிரமணியம்``: kept whole), the other script as second script; a child's second name the father's
  given name; ``No. 12, Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur``; the MyKad (``850412-14-5331``);
  +60 ``3``/``5`` lines and ``1x`` mobiles; titles ``திருமதி``/``திரு`` or ``Mdm``/``Mr``.
- pa_CA (Punjabi, Brampton in Ontario and Surrey in British Columbia, Canada: Sikh names): the given name (the same
  for men and women: ``Gurpreet``, ``Harpreet``), ``Singh`` for a man and ``Kaur`` for a woman, and the clan name
  (``Harjit Singh Sandhu``, ``Simran Kaur Dhillon``: kept whole), without the clan name (``Harjit Singh``: kept
  whole), without ``Singh``/``Kaur`` (``Harjit Sandhu``) or in Gurmukhi (``ਹਰਜੀਤ ਸਿੰਘ ਸੰਧੂ``: kept whole); the
  child's clan name the father's; ``23 Sandalwood Pkwy E, Brampton, ON L6Z 1Y5``, ``12850 80 Ave, Surrey, BC V3W
  3A8``; the SIN (Luhn); +1 ``905``/``289``/``604``/``778`` numbers; titles ``ਸ੍ਰੀਮਤੀ``/``ਸ੍ਰੀ`` or ``Mrs.``/``Mr.``.
- ko_CN (Korean, Yanbian in Jilin, China: Chaoxianzu): the surname first in Hangul (``김철수``: kept whole), in Han
  characters as the hukou writes it (``金哲洙``: kept whole) or in pinyin (``Jin Zhezhu``: kept whole), the other
  script as second script; the child's surname the father's; ``光明街123号`` or ``광명거리 123호`` in Yanji,
  Tumen, Longjing, Hunchun, Helong with the six-digit postcode (``133000``); the resident identity number (18
  digits: the county, the birth date, a serial odd for a man, a check character); +86 ``433`` lines and ``13x``/
  ``15x``/``18x`` mobiles; titles after the name (``선생``/``녀사``, ``先生``/``女士``).
- ja_BR (Japanese, Liberdade in São Paulo, Mogi das Cruzes, Registro, Londrina, Maringá, Brazil: Nikkei): a
  Brazilian given name, a Japanese one and the surname (``Paulo Hiroshi Tanaka``: kept whole), the Japanese given
  name and the surname (``Hiroshi Tanaka``), Okinawan surnames (``Higa``, ``Oshiro``, ``Miyagi``), the name in Han
  characters surname first (``田中博``: kept whole) or in katakana (``タナカ パウロ``: kept whole); the child's
  surname the father's; ``Rua Galvão Bueno, 470 - Liberdade, São Paulo - SP, 01506-000``; the CPF; +55 ``11``,
  ``43``, ``44`` numbers; titles ``Sra.``/``Sr.`` or ``様`` after a Japanese-script name.
- ps_PK (Pashto, Peshawar, Mardan, Charsadda, Nowshera, Mingora, Pakistan): no family names: the given name and
  ``Khan`` (``Gul Khan``: kept whole), the given name and the tribe (``Nazia Afridi``), both (``Imran Khan
  Khattak``: kept whole), a woman's given name and ``Bibi`` (``Shabana Bibi``: kept whole), in Latin letters or in
  Pashto script (``ګل خان``, ``نازیه افریدی``: kept whole), the other as second script; a child's tribe its
  father's; ``House No. 12, Street 5, Sector F-7, Hayatabad`` (a numbered street: not a street in a note),
  ``House No. 45, University Road`` with the five-digit postcode; the CNIC (``17301-1234567-1``, the last digit odd
  for a man); +92 ``91`` lines and ``3xx`` mobiles; titles ``محترمه``/``محترم`` or ``Mrs``/``Mr``.
- ru_LV (Russian, Riga's Maskavas forštate, Purvciems, Ķengarags and Daugavpils, Latvia): the name in Cyrillic
  (``Иван Петров``: kept whole), with the patronymic (``Иван Сергеевич Петров``: kept whole), as the Latvian
  passport spells it with Latvian endings (``Ivans Petrovs``, ``Jeļena Smirnova``) or transliterated (``Ivan
  Petrov``), the other as second script; the child's surname the father's (in the child's gender) and its patronymic
  from his name; ``Maskavas iela 250-12, Rīga, LV-1003``; the personal code (``161175-19997``, with its check
  digit); +371 ``67``/``65`` lines and ``2x`` mobiles; titles ``г-жа``/``г-н`` or ``Ms``/``Mr``.
- es_US (Spanish, East Los Angeles, Houston's East End, Little Havana in Miami, Pilsen in Chicago, San Antonio,
  USA: Hispanic Americans): two given names and two surnames (``María Guadalupe Hernández López``: kept whole),
  the surnames joined by a hyphen without accents as US forms force (``Jose Hernandez-Garcia``), one given name and
  one surname with or without accents (``María López``, ``Maria Lopez``); the child's first surname the father's;
  ``1234 E Cesar E Chavez Ave Apt 4B, Los Angeles, CA 90033``; the SSN or the ITIN; +1 ``323``/``213``/``713``/
  ``305``/``773``/``210`` numbers matching the city; titles ``Sra.``/``Sr.``.
- ms_SG (Malay, Bedok, Tampines, Jurong West, Woodlands, Pasir Ris, Yishun, Singapore): no family names: the given
  name(s), ``bin`` or ``binte`` (the Singapore spelling) and the father's given name(s) (``Muhammad Hafiz bin
  Rahmat``, ``Nurul Huda binte Ismail``: kept whole), or without the patronym (``Muhammad Hafiz``: kept whole); a
  child's patronym its father's given name; an HDB block (``Blk 123 Bedok North Ave 3``), the unit (``#05-67``) and
  the six-digit postcode (``Singapore 460123``, its last three digits the block's); the NRIC (``S8512345D``/``T…``,
  with its check letter); +65 ``6`` lines and ``8``/``9`` mobiles; titles ``Puan``/``Encik``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers
from stdnum import luhn
from stdnum.br import cpf

NEW8_53 = ("ta_MY", "pa_CA", "ko_CN", "ja_BR", "ps_PK", "ru_LV", "es_US", "ms_SG")
LANG53 = {"ta_MY": "ta-MY", "pa_CA": "pa-CA", "ko_CN": "ko-CN", "ja_BR": "ja-BR", "ps_PK": "ps", "ru_LV": "ru-LV",
          "es_US": "es-US", "ms_SG": "ms-SG"}  # fmt: skip
NOT_LATIN = ("ta_MY", "pa_CA", "ko_CN", "ja_BR", "ps_PK", "ru_LV")
STREET_WORDS = frozenset({"no.", "jalan", "lorong", "pkwy", "dr", "rd", "st", "ave", "e", "w", "s", "n", "街", "路", "号",
                          "거리", "로", "호", "rua", "av.", "avenida", "house", "street", "road", "sector", "phase", "iela",
                          "ул.", "blk", "apt", "blvd", "ring"})  # fmt: skip

_TA_MEN = (("முருகன்", "Murugan"), ("ராஜேந்திரன்", "Rajendran"), ("சுப்பிரமணியம்", "Subramaniam"), ("கணேசன்", "Ganesan"),
           ("சரவணன்", "Saravanan"), ("குமார்", "Kumar"), ("அருண்", "Arun"), ("செல்வம்", "Selvam"), ("மணியம்", "Maniam"),
           ("கிருஷ்ணன்", "Krishnan"), ("ராமசாமி", "Ramasamy"), ("முனியாண்டி", "Muniandy"))  # fmt: skip
_TA_WOMEN = (("கவிதா", "Kavitha"), ("பிரியா", "Priya"), ("லட்சுமி", "Letchumy"), ("தேவி", "Devi"), ("மீனா", "Meena"),
             ("சாந்தி", "Santhi"), ("வள்ளி", "Valli"), ("ரேவதி", "Revathi"), ("தமிழ்செல்வி", "Thamilselvi"))  # fmt: skip
_PA_GIVEN = (("ਗੁਰਪ੍ਰੀਤ", "Gurpreet", 2), ("ਹਰਜੀਤ", "Harjit", 0), ("ਜਸਵਿੰਦਰ", "Jaswinder", 2), ("ਮਨਪ੍ਰੀਤ", "Manpreet", 2),
             ("ਅਮਰਜੀਤ", "Amarjit", 0), ("ਬਲਵਿੰਦਰ", "Balwinder", 0), ("ਸੁਖਵਿੰਦਰ", "Sukhwinder", 2), ("ਕੁਲਦੀਪ", "Kuldeep", 0),
             ("ਰਾਜਵੀਰ", "Rajveer", 0), ("ਸਿਮਰਨ", "Simran", 1), ("ਨਵਜੋਤ", "Navjot", 2), ("ਹਰਪ੍ਰੀਤ", "Harpreet", 2),
             ("ਜਸਲੀਨ", "Jasleen", 1), ("ਰਮਨਦੀਪ", "Ramandeep", 2), ("ਪਰਮਜੀਤ", "Paramjit", 2))  # fmt: skip
_PA_CLAN = (("ਢਿੱਲੋਂ", "Dhillon"), ("ਸੰਧੂ", "Sandhu"), ("ਗਰੇਵਾਲ", "Grewal"), ("ਸਿੱਧੂ", "Sidhu"), ("ਗਿੱਲ", "Gill"), ("ਬਰਾੜ", "Brar"),
            ("ਮਾਨ", "Mann"), ("ਚਾਹਲ", "Chahal"), ("ਧਾਲੀਵਾਲ", "Dhaliwal"), ("ਰੰਧਾਵਾ", "Randhawa"), ("ਬੈਂਸ", "Bains"), ("ਜੌਹਲ", "Johal"))  # fmt: skip
_KO_SUR = (("김", "金", "Jin"), ("리", "李", "Li"), ("박", "朴", "Piao"), ("최", "崔", "Cui"), ("정", "郑", "Zheng"), ("강", "姜", "Jiang"),
           ("조", "赵", "Zhao"), ("윤", "尹", "Yin"), ("한", "韩", "Han"), ("허", "许", "Xu"), ("남", "南", "Nan"), ("현", "玄", "Xuan"))  # fmt: skip
_KO_MEN = (("철수", "哲洙", "Zhezhu"), ("영호", "英浩", "Yinghao"), ("성민", "成民", "Chengmin"), ("광철", "光哲", "Guangzhe"),
           ("동철", "东哲", "Dongzhe"), ("명수", "明洙", "Mingzhu"), ("룡남", "龙男", "Longnan"), ("춘식", "春植", "Chunzhi"))  # fmt: skip
_KO_WOMEN = (("명숙", "明淑", "Mingshu"), ("영희", "英姬", "Yingji"), ("춘화", "春花", "Chunhua"), ("순자", "顺子", "Shunzi"),
             ("미란", "美兰", "Meilan"), ("향란", "香兰", "Xianglan"), ("옥순", "玉顺", "Yushun"), ("은희", "银姬", "Yinji"))  # fmt: skip
_JA_SUR = (("田中", "タナカ", "Tanaka"), ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("山本", "ヤマモト", "Yamamoto"),
           ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("渡辺", "ワタナベ", "Watanabe"), ("高橋", "タカハシ", "Takahashi"),
           ("伊藤", "イトウ", "Ito"), ("松本", "マツモト", "Matsumoto"), ("比嘉", "ヒガ", "Higa"), ("大城", "オオシロ", "Oshiro"),
           ("宮城", "ミヤギ", "Miyagi"), ("木村", "キムラ", "Kimura"))  # fmt: skip
_JA_MEN = (("博", "ヒロシ", "Hiroshi"), ("武", "タケシ", "Takeshi"), ("健二", "ケンジ", "Kenji"), ("実", "ミノル", "Minoru"),
           ("明", "アキラ", "Akira"), ("正男", "マサオ", "Massao"), ("義雄", "ヨシオ", "Yoshio"))  # fmt: skip
_JA_WOMEN = (("由紀", "ユキ", "Yuki"), ("恵美", "エミ", "Emi"), ("恵子", "ケイコ", "Keiko"), ("真由美", "マユミ", "Mayumi"),
             ("富子", "トミコ", "Tomiko"), ("幸子", "サチコ", "Sachiko"))  # fmt: skip
_BR_MEN = (("Paulo", "パウロ"), ("Ricardo", "リカルド"), ("Marcelo", "マルセロ"), ("Roberto", "ロベルト"), ("Jorge", "ジョルジ"), ("Fernando", "フェルナンド"))
_BR_WOMEN = (("Mariana", "マリアナ"), ("Cristina", "クリスチーナ"), ("Juliana", "ジュリアナ"), ("Patrícia", "パトリシア"), ("Lúcia", "ルシア"), ("Sandra", "サンドラ"))
_PS_MEN = (("محمد", "Muhammad"), ("ګل", "Gul"), ("اسماعیل", "Ismail"), ("نور", "Noor"), ("عمران", "Imran"), ("وقار", "Waqar"),
           ("ظاهر", "Zahir"), ("جمال", "Jamal"), ("فضل", "Fazal"), ("بخت", "Bakht"), ("شاه", "Shah"))  # fmt: skip
_PS_WOMEN = (("ملالۍ", "Malalai"), ("زرمینه", "Zarmina"), ("شبانه", "Shabana"), ("نازیه", "Nazia"), ("فرزانه", "Farzana"),
             ("ګلالۍ", "Gulalai"), ("سمینه", "Samina"))  # fmt: skip
_PS_TRIBE = (("افریدی", "Afridi"), ("یوسفزی", "Yousafzai"), ("خټک", "Khattak"), ("مهمند", "Mohmand"), ("شینواری", "Shinwari"),
             ("بنګښ", "Bangash"), ("اورکزی", "Orakzai"), ("مروت", "Marwat"))  # fmt: skip
# (Cyrillic, Latvian passport, English transliteration, patronymic stem)
_RU_MEN = (("Иван", "Ivans", "Ivan", "Иванович"), ("Сергей", "Sergejs", "Sergey", "Сергеевич"), ("Алексей", "Aleksejs", "Aleksey", "Алексеевич"),
           ("Дмитрий", "Dmitrijs", "Dmitriy", "Дмитриевич"), ("Андрей", "Andrejs", "Andrey", "Андреевич"), ("Николай", "Nikolajs", "Nikolay", "Николаевич"),
           ("Владимир", "Vladimirs", "Vladimir", "Владимирович"), ("Юрий", "Jurijs", "Yuriy", "Юрьевич"))  # fmt: skip
_RU_WOMEN = (("Ольга", "Olga", "Olga"), ("Наталья", "Natālija", "Natalya"), ("Елена", "Jeļena", "Elena"), ("Татьяна", "Tatjana", "Tatyana"),
             ("Ирина", "Irina", "Irina"), ("Светлана", "Svetlana", "Svetlana"), ("Анна", "Anna", "Anna"), ("Марина", "Marina", "Marina"))  # fmt: skip
# (Cyrillic m, Cyrillic f, Latvian m, Latvian f, English m)
_RU_SUR = (("Петров", "Петрова", "Petrovs", "Petrova", "Petrov"), ("Кузнецов", "Кузнецова", "Kuzņecovs", "Kuzņecova", "Kuznetsov"),
           ("Смирнов", "Смирнова", "Smirnovs", "Smirnova", "Smirnov"), ("Иванов", "Иванова", "Ivanovs", "Ivanova", "Ivanov"),
           ("Соколов", "Соколова", "Sokolovs", "Sokolova", "Sokolov"), ("Попов", "Попова", "Popovs", "Popova", "Popov"),
           ("Волков", "Волкова", "Volkovs", "Volkova", "Volkov"), ("Морозов", "Морозова", "Morozovs", "Morozova", "Morozov"),
           ("Лебедев", "Лебедева", "Ļebedevs", "Ļebedeva", "Lebedev"), ("Фёдоров", "Фёдорова", "Fjodorovs", "Fjodorova", "Fedorov"))  # fmt: skip
_ES_MEN = ("José Luis", "Juan Carlos", "Jesús", "Luis", "Miguel Ángel", "Jonathan", "Kevin", "Francisco", "Héctor", "Ramón")
_ES_WOMEN = ("María Guadalupe", "Ana", "Rosa", "Carmen", "Yesenia", "Brenda", "María Elena", "Leticia", "Verónica", "Marisol")
_ES_SUR = ("Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores",
           "Torres", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Ortiz")  # fmt: skip
_MS_MEN = ("Muhammad Hafiz", "Mohamed Faizal", "Ahmad Firdaus", "Muhammad Irfan", "Mohd Rizal", "Hairul", "Muhammad Danial", "Zulkifli")
_MS_WOMEN = ("Nurul Huda", "Siti Aishah", "Nur Syafiqah", "Noraini", "Farah Nadiah", "Zarina", "Nur Ain", "Siti Khadijah")
_MS_FATHER = ("Rahmat", "Ismail", "Abdullah", "Osman", "Ibrahim", "Salleh", "Jaafar", "Hamid", "Mohamed Yusof", "Abdul Rahman")
_MAIL = {
    "ta_MY": ("gmail.com", "yahoo.com", "hotmail.com"), "pa_CA": ("gmail.com", "hotmail.com", "outlook.com"),
    "ko_CN": ("qq.com", "163.com", "naver.com"), "ja_BR": ("gmail.com", "uol.com.br", "terra.com.br"),
    "ps_PK": ("gmail.com", "yahoo.com", "hotmail.com"), "ru_LV": ("inbox.lv", "gmail.com", "mail.ru"),
    "es_US": ("gmail.com", "yahoo.com", "hotmail.com"), "ms_SG": ("gmail.com", "hotmail.com", "singnet.com.sg"),
}  # fmt: skip
_PLANS = {
    "ta_MY": (("3xxxxxxxx", "33xxxxxxx", "5xxxxxxx"), ("12xxxxxxx", "16xxxxxxx", "17xxxxxxx", "19xxxxxxx", "11xxxxxxxx")),
    "ko_CN": (("4332xxxxxxx", "4333xxxxxxx", "4335xxxxxxx"), ("13xxxxxxxxx", "15xxxxxxxxx", "18xxxxxxxxx")),
    "ps_PK": (("915xxxxxx", "912xxxxxx", "917xxxxxx"), ("30xxxxxxxx", "31xxxxxxxx", "33xxxxxxxx", "34xxxxxxxx", "32xxxxxxxx")),
    "ru_LV": (("67xxxxxx", "654xxxxx"), ("2xxxxxxx",)),
    "ms_SG": (("6xxxxxxx",), ("8xxxxxxx", "9xxxxxxx")),
}  # fmt: skip
_AREA = {"Brampton": ("905", "289", "365"), "Surrey": ("604", "778", "236"), "São Paulo": ("11",), "Mogi das Cruzes": ("11",),
         "Registro": ("13",), "Londrina": ("43",), "Maringá": ("44",), "Los Angeles": ("323", "213"), "Houston": ("713", "832"),
         "Miami": ("305", "786"), "Chicago": ("773", "312"), "San Antonio": ("210",)}  # fmt: skip
_CC = {"MY": 60, "CA": 1, "CN": 86, "BR": 55, "PK": 92, "LV": 371, "US": 1, "SG": 65}


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def number(locale: str, rng: random.Random, mobile: bool, town: str = "") -> phonenumbers.PhoneNumber:
    """A number of the locale's plan, valid for its region by ``phonenumbers`` (in the Americas, of the town's
    area codes)."""
    reg = region(locale)
    if locale in _PLANS:
        pats = _PLANS[locale][1 if mobile else 0]
    elif locale == "ja_BR":
        pats = tuple(f"{a}9xxxxxxxx" if mobile else f"{a}3xxxxxxx" for a in _AREA[town])
    else:
        pats = tuple(f"{a}xxxxxxx" for a in _AREA[town])
    for _ in range(800):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.parse(f"+{_CC[reg]}{digits}")
        if not (phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(num, reg)):
            continue
        kind = phonenumbers.number_type(num)
        if mobile and kind not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            continue
        return num
    raise ValueError(locale)


def place(locale: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "ta_MY":
        road, area, pc, town, state = rng.choice((("Jalan Tun Sambanthan", "Brickfields", "50470", "Kuala Lumpur", ""),
                                                  ("Jalan Sentul", "Sentul", "51000", "Kuala Lumpur", ""),
                                                  ("Jalan Ipoh", "Batu", "51200", "Kuala Lumpur", ""),
                                                  ("Lorong Sungai Pinang 2", "Taman Sri Andalas", "41200", "Klang", "Selangor"),
                                                  ("Jalan Tengku Kelana", "", "41000", "Klang", "Selangor"),
                                                  ("Jalan Kampar", "", "30250", "Ipoh", "Perak"),
                                                  ("Jalan Sungai Pari", "Buntong", "30100", "Ipoh", "Perak")))  # fmt: skip
        return (f"No. {r(1, 220)}, {road}" if rng.random() < 0.6 else f"{r(1, 220)}, {road}"), pc, town, f"{area}|{state}"
    if locale == "pa_CA":
        if rng.random() < 0.55:
            road = rng.choice(("Sandalwood Pkwy E", "Bovaird Dr W", "Queen St E", "Countryside Dr", "Mayfield Rd", "Castlemore Rd", "Great Lakes Dr"))
            pc = f"L{rng.choice(('6P', '6R', '6X', '6Z', '7A'))} {r(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{r(0, 9)}"
            return f"{r(1, 160)} {road}", pc, "Brampton", "ON"
        n_ave, n_st = r(64, 96), r(120, 152)
        road = rng.choice((f"{n_ave} Ave", f"{n_st} St", "King George Blvd", "Scott Rd"))
        pc = f"V{rng.choice(('3W', '3S', '4N', '3X'))} {r(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{r(0, 9)}"
        return f"{r(12, 14)}{r(100, 999)} {road}", pc, "Surrey", "BC"
    if locale == "ko_CN":
        town = rng.choice((("延吉市", "연길시", "133000"), ("延吉市", "연길시", "133000"), ("图们市", "도문시", "133100"),
                           ("龙井市", "룡정시", "133400"), ("珲春市", "훈춘시", "133300"), ("和龙市", "화룡시", "133500")))  # fmt: skip
        road = rng.choice((("光明街", "광명거리"), ("人民路", "인민로"), ("河南街", "하남거리"), ("公园路", "공원로"), ("新兴街", "신흥거리"),
                           ("局子街", "국자거리"), ("延西街", "연서거리")))  # fmt: skip
        n = r(1, 260)
        if rng.random() < 0.35:
            return f"{road[1]} {n}호", town[2], town[1], "ko"
        return f"{road[0]}{n}号", town[2], town[0], "zh"
    if locale == "ja_BR":
        k = rng.random()
        if k < 0.55:
            road, pc = rng.choice((("Rua Galvão Bueno", "01506-000"), ("Rua dos Estudantes", "01505-000"), ("Rua Tomás Gonzaga", "01506-020"),
                                   ("Rua da Glória", "01510-000"), ("Rua Conselheiro Furtado", "01511-000"), ("Avenida da Liberdade", "01502-001")))  # fmt: skip
            return f"{road}, {r(10, 990)}", pc, "São Paulo", "Liberdade"
        town, roads, pcs = rng.choice((("Mogi das Cruzes", ("Rua Ipiranga", "Rua Dr. Deodato Wertheimer", "Avenida Japão"), ("08710-", "08780-")),
                                       ("Registro", ("Rua Shitiro Maeji", "Avenida Clara Gianotti de Souza"), ("11900-",)),
                                       ("Londrina", ("Rua Sergipe", "Avenida Higienópolis", "Rua Belo Horizonte"), ("86010-", "86015-")),
                                       ("Maringá", ("Avenida Brasil", "Rua Néo Alves Martins", "Avenida Tiradentes"), ("87013-", "87020-"))))  # fmt: skip
        return f"{rng.choice(roads)}, {r(10, 2400)}", f"{rng.choice(pcs)}{r(0, 999):03d}", town, rng.choice(("Centro", "", "Vila Oliveira", "Jardim"))
    if locale == "ps_PK":
        town, pc = rng.choice((("Peshawar", "25000"), ("Peshawar", "25100"), ("Peshawar", "25120"), ("Mardan", "23200"),
                               ("Charsadda", "24420"), ("Nowshera", "24100"), ("Mingora", "19130")))  # fmt: skip
        if town == "Peshawar" and rng.random() < 0.4:
            return f"House No. {r(1, 300)}, Street {r(1, 14)}, Sector {rng.choice('DEFGHJKL')}-{r(1, 9)}", pc, town, f"Phase {r(1, 7)}, Hayatabad"
        road = rng.choice({"Peshawar": ("University Road", "Dalazak Road", "Warsak Road", "Kohat Road", "Charsadda Road", "Jamrud Road"),
                           "Mardan": ("Bank Road", "Nowshera Road", "Swabi Road"), "Charsadda": ("Tangi Road", "Mardan Road"),
                           "Nowshera": ("G.T. Road", "Shobra Road"), "Mingora": ("Saidu Sharif Road", "Makan Bagh Road")}[town])  # fmt: skip
        return f"House No. {r(1, 400)}, {road}", pc, town, rng.choice(("", "Gulbahar", "Tehkal", "Faqirabad")) if town == "Peshawar" else ""
    if locale == "ru_LV":
        if rng.random() < 0.8:
            road, pc = rng.choice((("Maskavas iela", "LV-1003"), ("Maskavas iela", "LV-1019"), ("Brīvības iela", "LV-1010"), ("Lāčplēša iela", "LV-1011"),
                                   ("Gogoļa iela", "LV-1050"), ("Purvciema iela", "LV-1035"), ("Dzelzavas iela", "LV-1084"), ("Kaņiera iela", "LV-1063"),
                                   ("Ķengaraga iela", "LV-1063"), ("Krasta iela", "LV-1003")))  # fmt: skip
            town = "Rīga"
        else:
            road, pc = rng.choice((("Rīgas iela", "LV-5401"), ("Viestura iela", "LV-5401"), ("18. novembra iela", "LV-5401"), ("Cietokšņa iela", "LV-5401")))
            town = "Daugavpils"
        return f"{road} {r(1, 250)}-{r(1, 90)}", pc, town, ""
    if locale == "es_US":
        town, st, roads, pcs = rng.choice((("Los Angeles", "CA", ("E Cesar E Chavez Ave", "S Soto St", "Whittier Blvd", "N Broadway", "E Olympic Blvd"), ("90033", "90023", "90022", "90031")),
                                           ("Houston", "TX", ("Navigation Blvd", "Harrisburg Blvd", "Telephone Rd", "Canal St"), ("77011", "77012", "77003")),
                                           ("Miami", "FL", ("SW 8th St", "W Flagler St", "NW 7th St", "SW 27th Ave"), ("33135", "33130", "33125")),
                                           ("Chicago", "IL", ("S Blue Island Ave", "W 18th St", "W Cermak Rd", "S Ashland Ave"), ("60608", "60623")),
                                           ("San Antonio", "TX", ("W Commerce St", "S Zarzamora St", "Guadalupe St", "Culebra Rd"), ("78237", "78207", "78228"))))  # fmt: skip
        unit = rng.choice(("", "", f"Apt {r(1, 12)}{rng.choice('ABCD')}", f"#{r(101, 420)}"))
        return f"{r(100, 4999)} {rng.choice(roads)}", rng.choice(pcs), town, f"{unit}|{st}"
    # ms_SG
    road, sector = rng.choice((("Bedok North Ave 3", "46"), ("Bedok Reservoir Rd", "47"), ("Tampines St 21", "52"), ("Tampines Ave 9", "52"),
                               ("Jurong West St 52", "64"), ("Woodlands Dr 14", "73"), ("Pasir Ris Dr 6", "51"), ("Yishun Ring Rd", "76"),
                               ("Eunos Crescent", "40")))  # fmt: skip
    blk = r(101, 899)
    return f"Blk {blk} {road}", f"{sector}0{blk:03d}", "Singapore", f"#{r(2, 16):02d}-{r(1, 400):02d}"


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "ta_MY":
        area, _, state = between.partition("|")
        return ", ".join(x for x in (street, area, f"{postcode} {town}", state) if x)
    if locale == "pa_CA":
        return f"{street}, {town}, {between} {postcode}"
    if locale == "ko_CN":
        if between == "ko":
            return f"길림성 연변조선족자치주 {town} {street} ({postcode})"
        return f"吉林省延边朝鲜族自治州{town}{street} {postcode}"
    if locale == "ja_BR":
        return f"{street}" + (f" - {between}" if between else "") + f", {town} - " + ("SP" if town in ("São Paulo", "Mogi das Cruzes", "Registro") else "PR") + f", {postcode}"
    if locale == "ps_PK":
        return ", ".join(x for x in (street, between, f"{town} {postcode}") if x)
    if locale == "ru_LV":
        return f"{street}, {town}, {postcode}"
    if locale == "es_US":
        unit, _, st = between.partition("|")
        return f"{street}{' ' + unit if unit else ''}, {town}, {st} {postcode}"
    return f"{street}, {between}, {town} {postcode}"


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _mykad(dob: dt.date, female: bool, town: str, rng: random.Random) -> str:
    pb = {"Kuala Lumpur": "14", "Klang": "10", "Ipoh": "08"}.get(town, "14")
    last = rng.randint(0, 4) * 2 + (0 if female else 1)
    return f"{dob:%y%m%d}-{pb}-{rng.randint(0, 999):03d}{last}"


def _sin(rng: random.Random) -> str:
    body = f"{rng.randint(1, 7)}{rng.randint(0, 9999999):07d}"
    full = body + luhn.calc_check_digit(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _cn_ric(dob: dt.date, female: bool, town: str, rng: random.Random) -> str:
    area = {"延吉市": "222401", "연길시": "222401", "图们市": "222402", "도문시": "222402", "珲春市": "222404", "훈춘시": "222404",
            "龙井市": "222405", "룡정시": "222405", "和龙市": "222406", "화룡시": "222406"}[town]  # fmt: skip
    seq = f"{rng.randint(0, 99):02d}{rng.choice('02468') if female else rng.choice('13579')}"
    body = f"{area}{dob:%Y%m%d}{seq}"
    s = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(body))
    return body + "0123456789X"[(12 - s % 11) % 11]


def _cpf(rng: random.Random) -> str:
    body = f"{rng.randint(0, 999999999):09d}"
    full = body + cpf._calc_check_digits(body)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"


def _cnic(female: bool, town: str, rng: random.Random) -> str:
    dist = {"Peshawar": "17301", "Mardan": "16101", "Charsadda": "17101", "Nowshera": "17201", "Mingora": "15602"}[town]
    last = rng.choice("2468") if female else rng.choice("13579")
    return f"{dist}-{rng.randint(0, 9999999):07d}-{last}"


def _lv_code(dob: dt.date, rng: random.Random) -> str:
    century = "1" if dob.year < 2000 else "2"
    while True:
        body = f"{dob:%d%m%y}{century}{rng.randint(0, 999):03d}"
        s = sum(w * int(c) for w, c in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), body, strict=True))
        check = (1101 - s) % 11
        if check < 10:
            return f"{body[:6]}-{body[6:]}{check}"


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice((70, 71, 72, 73, 78, 80, 81, 83, 85, 88, 90, 91, 92, 94, 95, 96, 97, 98, 99))}-{rng.randint(1, 9999):04d}"


def _nric(dob: dt.date, rng: random.Random) -> str:
    prefix = "T" if dob.year >= 2000 else "S"
    digits = f"{dob.year % 100:02d}{rng.randint(0, 99999):05d}" if rng.random() < 0.8 else f"{rng.randint(0, 9999999):07d}"
    s = sum(w * int(c) for w, c in zip((2, 7, 6, 5, 4, 3, 2), digits, strict=True)) + (4 if prefix == "T" else 0)
    return f"{prefix}{digits}{'JZIHGFEDCBA'[s % 11]}"


def nric_valid(x: str) -> bool:
    """An NRIC's check letter (S and T series)."""
    if len(x) != 9 or x[0] not in "ST" or not x[1:8].isdigit():
        return False
    s = sum(w * int(c) for w, c in zip((2, 7, 6, 5, 4, 3, 2), x[1:8], strict=True)) + (4 if x[0] == "T" else 0)
    return x[8] == "JZIHGFEDCBA"[s % 11]


def lv_valid(x: str) -> bool:
    """A Latvian personal code's check digit (the old form)."""
    d = x.replace("-", "")
    if len(d) != 11 or not d.isdigit():
        return False
    s = sum(w * int(c) for w, c in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), d[:10], strict=True))
    return (1101 - s) % 11 == int(d[10])


def _nid(p: types.SimpleNamespace, rng: random.Random) -> str | None:
    loc, dob = p.locale, p.dob
    if loc == "ta_MY":
        return _mykad(dob, p.female, p.town, rng)
    if loc == "pa_CA":
        return _sin(rng)
    if loc == "ko_CN":
        return _cn_ric(dob, p.female, p.town, rng)
    if loc == "ja_BR":
        return _cpf(rng)
    if loc == "ps_PK":
        return _cnic(p.female, p.town, rng)
    if loc == "ru_LV":
        return _lv_code(dob, rng)
    if loc == "es_US":
        return _ssn(rng) if rng.random() < 0.75 else _itin(rng)
    return _nric(dob, rng)


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 52's people (``alt``: the name in the other script;
    ``first_r`` / ``last_r``: the romanised given name and surname; ``father``: the father's given name where names
    carry it; ``kind``: how the name is built)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt, script, father, kind, extra = None, "", "", "", {}
    if locale == "ta_MY":
        first, first_r = rng.choice(_TA_WOMEN if female else _TA_MEN)
        father, father_r = rng.choice(_TA_MEN)
        last, last_r = father_r, father_r
        k = rng.random()
        alp = f"{first_r} {'a/p' if female else 'a/l'} {father_r}"
        if k < 0.4:
            full, alt, kind = alp, f"{first} {father}", "alp"
        elif k < 0.55:
            full, alt, kind = f"{father_r[0]}. {first_r}", f"{first} {father}", "initial"
        elif k < 0.7:
            full, alt, kind = f"{first_r} {father_r}", f"{first} {father}", "two"
        else:
            full, alt, kind, script = f"{first} {father}", alp, "tamil", "Taml"
            last = father
        first = first if kind == "tamil" else first_r
        extra = {"father_ta": father}
    elif locale == "pa_CA":
        choices = [g for g in _PA_GIVEN if g[2] == 2 or g[2] == (1 if female else 0)]
        first_g, first_r, _ = rng.choice(choices)
        clan_g, clan_r = rng.choice(_PA_CLAN)
        mid_r, mid_g = ("Kaur", "ਕੌਰ") if female else ("Singh", "ਸਿੰਘ")
        k = rng.random()
        last_r = clan_r
        if k < 0.4:
            first, last, full, alt, kind = first_r, clan_r, f"{first_r} {mid_r} {clan_r}", f"{first_g} {mid_g} {clan_g}", "three"
        elif k < 0.55:
            first, last, full, alt, kind = first_r, mid_r, f"{first_r} {mid_r}", f"{first_g} {mid_g}", "singh"
            last_r = mid_r
        elif k < 0.75:
            first, last, full, alt, kind = first_r, clan_r, f"{first_r} {clan_r}", f"{first_g} {clan_g}", "plain"
        else:
            first, last, full, alt, kind, script = first_g, clan_g, f"{first_g} {mid_g} {clan_g}", f"{first_r} {mid_r} {clan_r}", "gurmukhi", "Guru"
        extra = {"clan": (clan_g, clan_r)}
    elif locale == "ko_CN":
        sur = rng.choice(_KO_SUR)
        giv = rng.choice(_KO_WOMEN if female else _KO_MEN)
        k = rng.random()
        first_r, last_r = giv[2], sur[2]
        if k < 0.45:
            first, last, full, alt, kind, script = giv[0], sur[0], f"{sur[0]}{giv[0]}", f"{sur[1]}{giv[1]}", "hangul", "Hang"
        elif k < 0.75:
            first, last, full, alt, kind, script = giv[1], sur[1], f"{sur[1]}{giv[1]}", f"{sur[0]}{giv[0]}", "han", "Hani"
        else:
            first, last, full, alt, kind = giv[2], sur[2], f"{sur[2]} {giv[2]}", f"{sur[1]}{giv[1]}", "pinyin"
        extra = {"sur": sur, "giv": giv}
    elif locale == "ja_BR":
        sur = rng.choice(_JA_SUR)
        giv = rng.choice(_JA_WOMEN if female else _JA_MEN)
        br = rng.choice(_BR_WOMEN if female else _BR_MEN)
        k = rng.random()
        last_r = sur[2]
        if k < 0.35:
            first, last, full, alt, kind = br[0], sur[2], f"{br[0]} {giv[2]} {sur[2]}", f"{sur[0]}{giv[0]}", "three"
            first_r = br[0]
        elif k < 0.65:
            first, last, full, alt, kind = giv[2], sur[2], f"{giv[2]} {sur[2]}", f"{sur[0]}{giv[0]}", "plain"
            first_r = giv[2]
        elif k < 0.85:
            first, last, full, alt, kind, script = giv[0], sur[0], f"{sur[0]}{giv[0]}", f"{giv[2]} {sur[2]}", "kanji", "Hani"
            first_r = giv[2]
        else:
            first, last, full, alt, kind, script = br[1], sur[1], f"{sur[1]} {br[1]}", f"{br[0]} {sur[2]}", "kana", "Kana"
            first_r = br[0]
        extra = {"sur": sur, "giv": giv, "br": br}
    elif locale == "ps_PK":
        first_p, first_r = rng.choice(_PS_WOMEN if female else _PS_MEN)
        tribe_p, tribe_r = rng.choice(_PS_TRIBE)
        k = rng.random()
        latin_form = rng.random() < 0.6
        if female:
            if k < 0.45:
                parts, kind = ((first_p, "بی بی"), (first_r, "Bibi")), "bibi"
            else:
                parts, kind = ((first_p, tribe_p), (first_r, tribe_r)), "tribe"
        elif k < 0.35:
            parts, kind = ((first_p, "خان"), (first_r, "Khan")), "khan"
        elif k < 0.65:
            parts, kind = ((first_p, tribe_p), (first_r, tribe_r)), "tribe"
        else:
            parts, kind = ((first_p, "خان", tribe_p), (first_r, "Khan", tribe_r)), "khan_tribe"
        ps, lat = " ".join(parts[0]), " ".join(parts[1])
        first_r, last_r = parts[1][0], parts[1][-1]
        if latin_form:
            first, last, full, alt = parts[1][0], parts[1][-1], lat, ps
        else:
            first, last, full, alt, script = parts[0][0], parts[0][-1], ps, lat, "Arab"
        extra = {"tribe": (tribe_p, tribe_r)}
    elif locale == "ru_LV":
        g = rng.choice(_RU_WOMEN if female else _RU_MEN)
        s = rng.choice(_RU_SUR)
        fa = rng.choice(_RU_MEN)
        patr = fa[3] if not female else fa[3].replace("ович", "овна").replace("евич", "евна").replace("ьевич", "ьевна")
        sur_c, sur_l = (s[1], s[3]) if female else (s[0], s[2])
        sur_e = s[4] + ("a" if female else "")
        k = rng.random()
        first_r, last_r = g[2], sur_e
        if k < 0.3:
            first, last, full, alt, kind, script = g[0], sur_c, f"{g[0]} {sur_c}", f"{g[1]} {sur_l}", "cyr", "Cyrl"
        elif k < 0.45:
            first, last, full, alt, kind, script = g[0], sur_c, f"{g[0]} {patr} {sur_c}", f"{g[1]} {sur_l}", "cyr_patr", "Cyrl"
        elif k < 0.8:
            first, last, full, alt, kind = g[1], sur_l, f"{g[1]} {sur_l}", f"{g[0]} {sur_c}", "lv"
        else:
            first, last, full, alt, kind = g[2], sur_e, f"{g[2]} {sur_e}", f"{g[0]} {sur_c}", "en"
        father = fa[0]
        extra = {"sur": s, "g": g, "patr": patr}
    elif locale == "es_US":
        giv = rng.choice(_ES_WOMEN if female else _ES_MEN)
        s1, s2 = rng.sample(_ES_SUR, 2)
        k = rng.random()
        if k < 0.3:
            first, last, full, kind = giv, s1, f"{giv} {s1} {s2}", "two_two"
        elif k < 0.55:
            g1 = _unaccent(giv.split()[0])
            first, last, full, kind = g1, f"{_unaccent(s1)}-{_unaccent(s2)}", f"{g1} {_unaccent(s1)}-{_unaccent(s2)}", "hyphen"
        elif k < 0.8:
            first, last, full, kind = giv.split()[0], s1, f"{giv.split()[0]} {s1}", "plain"
        else:
            first, last, full, kind = _unaccent(giv.split()[0]), _unaccent(s1), f"{_unaccent(giv.split()[0])} {_unaccent(s1)}", "ascii"
        first_r, last_r = _unaccent(first), _unaccent(last)
        extra = {"s1": s1, "s2": s2}
    else:  # ms_SG
        first = rng.choice(_MS_WOMEN if female else _MS_MEN)
        father = rng.choice(_MS_FATHER)
        if rng.random() < 0.7:
            full, kind, last = f"{first} {'binte' if female else 'bin'} {father}", "bin", father
        else:
            full, kind, last = first, "given", first.split()[-1]
        first_r, last_r = first.split()[0] if first.split()[0] not in ("Muhammad", "Mohamed", "Mohd", "Nur", "Nurul", "Siti") else first.split()[-1], last
    tail = _ascii(last_r.split()[-1]) if last_r and last_r != first_r else ""
    head = _ascii(first_r.split()[0]) or "user"
    mail_local = f"{head}{rng.choice(('.', '_', '')) if tail else ''}{tail}" + rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    p = _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True, town),
        landline=number(locale, rng, False, town), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=None, iban=None, locale=locale,
        script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, kind=kind, grand="",
        between=between, extra=extra,
    )  # fmt: skip
    p.nid = _nid(p, rng)
    if child and locale in ("ps_PK", "pa_CA") and rng.random() < 0.7:  # the card at 18; few children have a SIN
        p.nid = None
    return p


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (ta_MY, ms_SG: the father's given name after ``a/l``,
    ``a/p``, ``bin``, ``binte``; pa_CA: the father's clan name; ko_CN, ja_BR: the father's surname; ps_PK: the
    father's tribe; ru_LV: the father's surname in the child's gender and the patronymic from his name; es_US: the
    father's first surname first); where the parent is the mother, the child's own name."""
    loc, v = kid.locale, dict(vars(kid))
    if parent.female:
        return kid
    if loc == "ta_MY":
        fa_r = parent.first_r
        fa_t = next((m[0] for m in _TA_MEN if m[1] == fa_r), kid.extra["father_ta"])
        own_t = kid.alt.split()[0] if kid.kind != "tamil" else kid.first
        own_r = kid.first_r
        rel = "a/p" if kid.female else "a/l"
        forms = {"alp": (f"{own_r} {rel} {fa_r}", f"{own_t} {fa_t}"), "initial": (f"{fa_r[0]}. {own_r}", f"{own_t} {fa_t}"),
                 "two": (f"{own_r} {fa_r}", f"{own_t} {fa_t}"), "tamil": (f"{own_t} {fa_t}", f"{own_r} {rel} {fa_r}")}  # fmt: skip
        full, alt = forms[kid.kind]
        v.update(full=full, alt=alt, last=fa_t if kid.kind == "tamil" else fa_r, last_r=fa_r, father=fa_t)
        return _ns(**v)
    if loc == "pa_CA":
        cg, cr = parent.extra["clan"]
        if kid.kind == "singh":
            return kid
        mid_r, mid_g = ("Kaur", "ਕੌਰ") if kid.female else ("Singh", "ਸਿੰਘ")
        fg = kid.alt.split()[0] if kid.kind != "gurmukhi" else kid.first
        fr = kid.first_r
        if kid.kind == "three":
            v.update(last=cr, last_r=cr, full=f"{fr} {mid_r} {cr}", alt=f"{fg} {mid_g} {cg}")
        elif kid.kind == "plain":
            v.update(last=cr, last_r=cr, full=f"{fr} {cr}", alt=f"{fg} {cg}")
        else:
            v.update(last=cg, last_r=cr, full=f"{fg} {mid_g} {cg}", alt=f"{fr} {mid_r} {cr}")
        return _ns(**v)
    if loc == "ko_CN":
        sur, giv = parent.extra["sur"], kid.extra["giv"]
        if kid.kind == "hangul":
            v.update(last=sur[0], last_r=sur[2], full=f"{sur[0]}{giv[0]}", alt=f"{sur[1]}{giv[1]}")
        elif kid.kind == "han":
            v.update(last=sur[1], last_r=sur[2], full=f"{sur[1]}{giv[1]}", alt=f"{sur[0]}{giv[0]}")
        else:
            v.update(last=sur[2], last_r=sur[2], full=f"{sur[2]} {giv[2]}", alt=f"{sur[1]}{giv[1]}")
        return _ns(**v)
    if loc == "ja_BR":
        sur, giv, br = parent.extra["sur"], kid.extra["giv"], kid.extra["br"]
        if kid.kind == "three":
            v.update(last=sur[2], last_r=sur[2], full=f"{br[0]} {giv[2]} {sur[2]}", alt=f"{sur[0]}{giv[0]}")
        elif kid.kind == "plain":
            v.update(last=sur[2], last_r=sur[2], full=f"{giv[2]} {sur[2]}", alt=f"{sur[0]}{giv[0]}")
        elif kid.kind == "kanji":
            v.update(last=sur[0], last_r=sur[2], full=f"{sur[0]}{giv[0]}", alt=f"{giv[2]} {sur[2]}")
        else:
            v.update(last=sur[1], last_r=sur[2], full=f"{sur[1]} {br[1]}", alt=f"{br[0]} {sur[2]}")
        return _ns(**v)
    if loc == "ps_PK":
        tp, tr = parent.extra["tribe"]
        if kid.kind != "tribe" and kid.kind != "khan_tribe":
            return kid
        latin = kid.script == ""
        if kid.kind == "tribe":
            lat, ps = f"{kid.first_r} {tr}", f"{kid.alt.split()[0] if latin else kid.first} {tp}"
        else:
            lat, ps = f"{kid.first_r} Khan {tr}", f"{kid.alt.split()[0] if latin else kid.first} خان {tp}"
        v.update(last=tr if latin else tp, last_r=tr, full=lat if latin else ps, alt=ps if latin else lat, extra={"tribe": (tp, tr)})
        return _ns(**v)
    if loc == "ru_LV":
        s, g = parent.extra["sur"], kid.extra["g"]
        fa = parent.extra["g"]
        patr = fa[3] if not kid.female else fa[3].replace("ович", "овна").replace("евич", "евна")
        sur_c, sur_l = (s[1], s[3]) if kid.female else (s[0], s[2])
        sur_e = s[4] + ("a" if kid.female else "")
        forms = {"cyr": (sur_c, f"{g[0]} {sur_c}", f"{g[1]} {sur_l}"), "cyr_patr": (sur_c, f"{g[0]} {patr} {sur_c}", f"{g[1]} {sur_l}"),
                 "lv": (sur_l, f"{g[1]} {sur_l}", f"{g[0]} {sur_c}"), "en": (sur_e, f"{g[2]} {sur_e}", f"{g[0]} {sur_c}")}  # fmt: skip
        last, full, alt = forms[kid.kind]
        v.update(last=last, last_r=sur_e, full=full, alt=alt, father=fa[0], extra={**kid.extra, "sur": s, "patr": patr})
        return _ns(**v)
    if loc == "es_US":
        s1 = parent.extra["s1"]
        s2 = kid.extra["s2"] if kid.extra["s2"] != s1 else kid.extra["s1"]
        giv = kid.first
        if kid.kind == "two_two":
            v.update(last=s1, full=f"{giv} {s1} {s2}")
        elif kid.kind == "hyphen":
            v.update(last=f"{_unaccent(s1)}-{_unaccent(s2)}", full=f"{giv} {_unaccent(s1)}-{_unaccent(s2)}")
        elif kid.kind == "plain":
            v.update(last=s1, full=f"{giv} {s1}")
        else:
            v.update(last=_unaccent(s1), full=f"{giv} {_unaccent(s1)}")
        v.update(last_r=_unaccent(v["last"]), extra={"s1": s1, "s2": s2})
        return _ns(**v)
    if loc == "ms_SG":
        if kid.kind != "bin":
            return kid
        fa = parent.first
        v.update(last=fa, father=fa, full=f"{kid.first} {'binte' if kid.female else 'bin'} {fa}")
        return _ns(**v)
    return kid
