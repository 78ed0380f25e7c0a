"""Held-out set 54: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- ml_AE (Malayalam, Keralites in Dubai's Al Qusais, Karama, Deira and Bur Dubai, Sharjah's Al Taawun and Rolla, Abu
  Dhabi): no family names: the given name and the father's (``Suresh Rajan``: kept whole), the house name's and the
  father's initials before the given name (``K. R. Suresh``: kept whole), the UAE visa's given name, father's name
  and house name (``Suresh Rajan Kizhakkethil``: kept whole) or in Malayalam script (``സുരേഷ് രാജൻ``: kept whole);
  ``Flat 304, Al Shaiba Tower, Al Taawun Street``, no postcode; the Emirates ID (``784-1985-1234567-1``, Luhn);
  +971 ``5x`` mobiles and ``4``/``6``/``2`` lines; an AE IBAN; titles ``ശ്രീമതി``/``ശ്രീ`` or ``Mrs``/``Mr``.
- ko_JP (Korean, Zainichi in Osaka's Ikuno ward, Kawasaki's Sakuramoto, Tokyo's Higashi-Nippori, Japan): the Korean
  name in kanji (``金英哲``: kept whole), the Japanese alias (tsūmei) in kanji surname first (``金本 英哲``: kept
  whole), the Korean reading in katakana (``キム・ヨンチョル``: kept whole), in Hangul (``김영철``: kept whole) or
  romanised given name first (``Young-chul Kim``); ``〒544-0034 大阪府大阪市生野区桃谷3丁目5-12``; the My Number
  (12 digits, its check digit); +81 ``6``/``44``/``3`` lines and ``90``/``80``/``70`` mobiles; titles after the
  name (``様``, ``씨``) or ``Ms``/``Mr``.
- am_US (Amharic, Ethiopians in Silver Spring MD, Alexandria and Arlington VA, Washington DC, Seattle, USA): no
  family names: the given name and the father's given name (``Abebe Kebede``, the father's name taken as a last
  name by US forms; addressed by the given name: ``Ato Abebe``), with the grandfather's (``Abebe Kebede Tessema``:
  kept whole) or in Ge'ez script (``አበበ ከበደ``: kept whole); a child's second name its father's given name;
  ``8515 Piney Branch Rd Apt 302, Silver Spring, MD 20901``; the SSN or the A-number; +1 ``301``/``240``/``703``/
  ``571``/``202``/``206`` numbers of the town; titles ``ወ/ሮ``/``አቶ`` or ``W/ro``/``Ato`` before the given name.
- zh_ID (Chinese, Chinese Indonesians in Jakarta's Glodok, Pluit and Kelapa Gading, Medan, Pontianak, Singkawang,
  Indonesia): the Indonesian name with an adopted surname (``Hendra Gunawan``, ``Lina Halim``), one name only
  (``Susanti``: kept whole), the Chinese name in Han characters (``吴明辉``: kept whole) or in the old Hokkien
  spelling (``Go Beng Hoei``: kept whole); the child's surname the father's; ``Jl. Pintu Besar Selatan No. 45, RT
  004/RW 006, Pinangsia, Jakarta Barat 11110``; the NIK (16 digits, the birth day plus 40 for a woman); +62 ``8xx``
  mobiles and ``21``/``61``/``561`` lines; titles ``先生``/``女士`` after a Han name or ``Bapak``/``Ibu``.
- vi_AU (Vietnamese, Cabramatta and Bankstown NSW, Footscray, Springvale and St Albans VIC, Inala QLD, Australia):
  the surname first with diacritics (``Nguyễn Văn Hùng``: kept whole), reordered for Australian forms without them
  (``Hung Van Nguyen``, ``Hung Nguyen``) or with an English given name (``Kevin Minh Tran``); addressed by the given
  name (``Ông Hùng``); ``12/34 John St, Cabramatta NSW 2166``; the TFN or the Medicare number (check digits); +61
  ``4xx`` mobiles and ``2``/``3``/``7`` lines; titles ``Bà``/``Ông`` or ``Mrs``/``Mr``.
- bn_IN (Bengali, Kolkata, Howrah, Siliguri, Durgapur, India): the surname anglicised (``Sourav Chatterjee``) or
  in its Sanskrit form (``Sourav Chattopadhyay``), in Bengali script (``সৌরভ চট্টোপাধ্যায়``: kept whole), Muslim
  names with ``Md.``/``Sk.`` or ``Khatun``/``Begum`` (``Md. Rafiqul Islam``: kept whole); ``23/1B, Lake Road,
  Kolkata - 700029``; Aadhaar (Verhoeff) or PAN; +91 ``6-9`` mobiles and ``33``/``353``/``343`` lines; titles
  ``শ্রীমতী``/``শ্রী`` or ``Smt.``/``Sri``.
- tr_DE (Turkish, Berlin's Kreuzberg and Neukölln, Cologne's Keupstraße, Duisburg-Marxloh, Mannheim's Jungbusch,
  Germany): Turkish spelling (``Ayşe Yılmaz``), without the Turkish letters (``Ayse Yilmaz``), in the German
  passport's transliteration (``Oezlem Oeztuerk``), double given names (``Mehmet Ali Demir``), a married woman's
  double surname (``Ayşe Yılmaz-Kaya``); addressed ``Ayşe Hanım``/``Mehmet Bey``; ``Kottbusser Damm 12, 10967
  Berlin``; the Steuer-ID or the TC Kimlik No; +49 numbers; a DE IBAN; titles ``Frau``/``Herr``.
- ar_MA (Arabic, Casablanca, Rabat, Fès, Marrakech, Tangier, Morocco): the French transliteration (``Fatima Zahra
  Bennani``, ``Youssef Ait Benhaddou``), the administrative form surname first in capitals (``BENNANI Fatima
  Zahra``: kept whole) or in Arabic script (``فاطمة الزهراء بناني``: kept whole); ``12, Rue Ibnou Mounir, Maârif,
  Casablanca 20330`` (``N° 34, Rue 12, Hay Al Massira``: a numbered street, not a street in a note); the CIN
  (``BE712345``); +212 ``6``/``7`` mobiles and ``5xx`` lines; titles ``السيدة``/``السيد`` or ``Mme``/``M.``.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.de import idnr
from stdnum.jp import in_ as jp_in
from stdnum.tr import tckimlik

NEW8_54 = ("ml_AE", "ko_JP", "am_US", "zh_ID", "vi_AU", "bn_IN", "tr_DE", "ar_MA")
LANG54 = {"ml_AE": "ml-AE", "ko_JP": "ko-JP", "am_US": "am-US", "zh_ID": "zh-ID", "vi_AU": "vi-AU", "bn_IN": "bn-IN",
          "tr_DE": "tr-DE", "ar_MA": "ar-MA"}  # fmt: skip
NOT_LATIN = ("ml_AE", "ko_JP", "am_US", "zh_ID", "bn_IN", "ar_MA")
STREET_WORDS = frozenset({"flat", "street", "road", "st", "rd", "ave", "dr", "pde", "blvd", "pike", "way", "s", "e", "w", "n",
                          "nw", "apt", "jl.", "no.", "rt", "rw", "丁目", "straße", "damm", "allee", "rue", "avenue", "boulevard",
                          "derb", "hay", "n°", "sarani", "lane", "sector"})  # fmt: skip

# ml_AE: (Malayalam, Latin)
_ML_MEN = (("സുരേഷ്", "Suresh"), ("രാജേഷ്", "Rajesh"), ("അനിൽ", "Anil"), ("ബിജു", "Biju"), ("ഷിജു", "Shiju"), ("സന്തോഷ്", "Santhosh"),
           ("പ്രദീപ്", "Pradeep"), ("ജിജോ", "Jijo"), ("ഷാജി", "Shaji"), ("അഷ്റഫ്", "Ashraf"), ("നൗഷാദ്", "Noushad"), ("ഫൈസൽ", "Faisal"),
           ("രാജൻ", "Rajan"), ("വർഗീസ്", "Varghese"), ("മാത്യു", "Mathew"), ("കുഞ്ഞുമുഹമ്മദ്", "Kunhimuhammed"))  # fmt: skip
_ML_WOMEN = (("ശ്രീജ", "Sreeja"), ("ബിന്ദു", "Bindu"), ("രമ്യ", "Ramya"), ("ദിവ്യ", "Divya"), ("ജിഷ", "Jisha"), ("സുമി", "Sumi"),
             ("ഷെറിൻ", "Sherin"), ("ഫാത്തിമ", "Fathima"), ("ആൻസി", "Ancy"), ("ലക്ഷ്മി", "Lakshmi"))  # fmt: skip
_ML_HOUSE = ("Kizhakkethil", "Puthenveettil", "Valiyaparambil", "Thekkumkattil", "Manjaly", "Cheruvathoor", "Ayyappath", "Eranholi",
             "Pulikkal", "Kottarathil")  # fmt: skip
# ko_JP: (kanji, hangul, katakana Korean reading, alias surname, romanised)
_KJ_SUR = (("金", "김", "キム", "金本", "Kim"), ("金", "김", "キム", "金田", "Kim"), ("李", "이", "イ", "宮本", "Lee"), ("朴", "박", "パク", "新井", "Park"),
           ("崔", "최", "チェ", "山本", "Choi"), ("鄭", "정", "チョン", "松本", "Jung"), ("高", "고", "コ", "高山", "Ko"), ("姜", "강", "カン", "西原", "Kang"),
           ("趙", "조", "チョ", "夏山", "Cho"), ("尹", "윤", "ユン", "平沼", "Yun"), ("張", "장", "チャン", "張本", "Jang"), ("梁", "양", "ヤン", "梁川", "Yang"))  # fmt: skip
_KJ_MEN = (("英哲", "영철", "ヨンチョル", "Young-chul"), ("成浩", "성호", "ソンホ", "Sung-ho"), ("正一", "정일", "チョンイル", "Jung-il"),
           ("光男", "광남", "クァンナム", "Kwang-nam"), ("泰植", "태식", "テシク", "Tae-sik"), ("在勲", "재훈", "チェフン", "Jae-hoon"),
           ("東春", "동춘", "トンチュン", "Dong-chun"))  # fmt: skip
_KJ_WOMEN = (("順子", "순자", "スンジャ", "Soon-ja"), ("美和", "미화", "ミファ", "Mi-hwa"), ("貞子", "정자", "チョンジャ", "Jung-ja"),
             ("春美", "춘미", "チュンミ", "Chun-mi"), ("明美", "명미", "ミョンミ", "Myung-mi"), ("英姫", "영희", "ヨンヒ", "Young-hee"))  # fmt: skip
# am_US: (Ge'ez, Latin)
_AM_MEN = (("አበበ", "Abebe"), ("ከበደ", "Kebede"), ("ተስፋዬ", "Tesfaye"), ("ዳዊት", "Dawit"), ("ሰለሞን", "Solomon"), ("ብርሃኑ", "Berhanu"),
           ("ግርማ", "Girma"), ("ዮሐንስ", "Yohannes"), ("መስፍን", "Mesfin"), ("ታደሰ", "Tadesse"), ("ኃይሉ", "Hailu"), ("ወንድወሰን", "Wondwossen"),
           ("አለማየሁ", "Alemayehu"), ("በቀለ", "Bekele"), ("ተሰማ", "Tessema"))  # fmt: skip
_AM_WOMEN = (("መሰረት", "Meseret"), ("ሜሮን", "Meron"), ("ቤተልሔም", "Bethlehem"), ("ትዕግሥት", "Tigist"), ("ሰላማዊት", "Selamawit"),
             ("ፍሬሕይወት", "Frehiwot"), ("አልማዝ", "Almaz"), ("ዘውዲቱ", "Zewditu"), ("ሕይወት", "Hiwot"), ("ማህሌት", "Mahlet"))  # fmt: skip
# zh_ID: (Han, Hokkien, Indonesian surnames)
_ZI_SUR = (("陈", "Tan", ("Tanoto", "Tanudjaja")), ("林", "Lim", ("Halim", "Salim")), ("黄", "Oei", ("Wijaya", "Widjaja")),
           ("吴", "Go", ("Gunawan", "Gozali")), ("郭", "Kwee", ("Kusuma", "Kurniawan")), ("李", "Lie", ("Lesmana", "Liman")),
           ("刘", "Lauw", ("Lukito", "Laurens")), ("郑", "The", ("Tedja", "Tedjakusuma")), ("王", "Ong", ("Wongso", "Onggo")),
           ("许", "Kho", ("Kosasih", "Kohar")), ("蔡", "Tjoa", ("Tjandra", "Tjahjadi")))  # fmt: skip
_ZI_MEN_HAN = (
    ("明辉", "Beng Hoei"),
    ("国华", "Kok Hoa"),
    ("德胜", "Tek Seng"),
    ("建成", "Kian Seng"),
    ("福来", "Hok Lay"),
    ("金龙", "Kim Liong"),
)
_ZI_WOMEN_HAN = (
    ("丽华", "Lie Hwa"),
    ("美玲", "Bie Ling"),
    ("秀英", "Siu Eng"),
    ("玉兰", "Giok Lan"),
    ("淑芬", "Siok Hoen"),
    ("月娥", "Gwat Nio"),
)
_ZI_MEN = ("Budi", "Hendra", "Rudy", "Sugiarto", "Yohanes", "Michael", "Kevin", "Hartono", "Andi", "Felix", "Sutrisno")
_ZI_WOMEN = (
    "Lina",
    "Susanti",
    "Linda",
    "Meliana",
    "Yuliana",
    "Jessica",
    "Fransiska",
    "Veronika",
    "Lenny",
    "Sherly",
    "Widya",
)
# vi_AU: (with diacritics, without)
_VI_SUR = (("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham"), ("Huỳnh", "Huynh"), ("Hoàng", "Hoang"), ("Võ", "Vo"),
           ("Đặng", "Dang"), ("Bùi", "Bui"), ("Đỗ", "Do"), ("Ngô", "Ngo"), ("Dương", "Duong"), ("Lý", "Ly"))  # fmt: skip
_VI_MID_M = (("Văn", "Van"), ("Minh", "Minh"), ("Quốc", "Quoc"), ("Đức", "Duc"), ("Hữu", "Huu"))
_VI_MID_F = (("Thị", "Thi"), ("Ngọc", "Ngoc"), ("Thanh", "Thanh"), ("Thu", "Thu"), ("Kim", "Kim"))
_VI_MEN = (("Hùng", "Hung"), ("Dũng", "Dung"), ("Tuấn", "Tuan"), ("Long", "Long"), ("Phúc", "Phuc"), ("Khoa", "Khoa"), ("Thành", "Thanh"),
           ("Quang", "Quang"), ("Nam", "Nam"), ("Bảo", "Bao"))  # fmt: skip
_VI_WOMEN = (("Lan", "Lan"), ("Hương", "Huong"), ("Linh", "Linh"), ("Trang", "Trang"), ("Mai", "Mai"), ("Thảo", "Thao"), ("Hoa", "Hoa"),
             ("Phương", "Phuong"), ("Vy", "Vy"), ("Hạnh", "Hanh"))  # fmt: skip
_VI_ENG_M = ("Kevin", "David", "Tony", "Peter", "Michael", "Jason", "Andrew", "Danny")
_VI_ENG_F = ("Jenny", "Tracy", "Vivian", "Kathy", "Linda", "Michelle", "Amy", "Cindy")
# bn_IN: given (Bengali, Latin); surnames (Bengali, anglicised, Sanskrit form)
_BN_MEN = (("সৌরভ", "Sourav"), ("অরিন্দম", "Arindam"), ("সুব্রত", "Subrata"), ("দেবাশিস", "Debashis"), ("অমিত", "Amit"), ("প্রসেনজিৎ", "Prosenjit"),
           ("তাপস", "Tapas"), ("রাজীব", "Rajib"), ("সঞ্জয়", "Sanjay"), ("অভিজিৎ", "Avijit"))  # fmt: skip
_BN_WOMEN = (("সুদেষ্ণা", "Sudeshna"), ("মৌমিতা", "Moumita"), ("রূপা", "Rupa"), ("শর্মিষ্ঠা", "Sharmistha"), ("পাপিয়া", "Papia"),
             ("অনন্যা", "Ananya"), ("দেবযানী", "Debjani"), ("মিতালী", "Mitali"), ("তনুশ্রী", "Tanushree"))  # fmt: skip
_BN_SUR = (("চট্টোপাধ্যায়", "Chatterjee", "Chattopadhyay"), ("বন্দ্যোপাধ্যায়", "Banerjee", "Bandyopadhyay"), ("মুখোপাধ্যায়", "Mukherjee", "Mukhopadhyay"),
           ("গঙ্গোপাধ্যায়", "Ganguly", "Gangopadhyay"), ("ভট্টাচার্য", "Bhattacharjee", "Bhattacharya"), ("ঘোষ", "Ghosh", "Ghosh"), ("বসু", "Bose", "Basu"),
           ("দত্ত", "Dutta", "Datta"), ("সেনগুপ্ত", "Sengupta", "Sengupta"), ("মিত্র", "Mitra", "Mitra"), ("সরকার", "Sarkar", "Sarkar"), ("রায়", "Roy", "Ray"))  # fmt: skip
_BN_MUSLIM_M = (("মোঃ রফিকুল ইসলাম", "Md. Rafiqul Islam"), ("শেখ আব্দুল করিম", "Sk. Abdul Karim"), ("মোঃ সহিদুল হক", "Md. Sahidul Haque"),
                ("শেখ আনোয়ার হোসেন", "Sk. Anwar Hossain"))  # fmt: skip
_BN_MUSLIM_F = (
    ("নাসিমা খাতুন", "Nasima Khatun"),
    ("রেহানা বেগম", "Rehana Begum"),
    ("সাবিনা ইয়াসমিন", "Sabina Yasmin"),
    ("আমিনা বিবি", "Amina Bibi"),
)
# tr_DE
_TR_MEN = (
    "Mehmet",
    "Mustafa",
    "Ahmet",
    "Hüseyin",
    "Hasan",
    "İbrahim",
    "Murat",
    "Emre",
    "Yusuf",
    "Serkan",
    "Gökhan",
    "Ömer",
    "Kemal",
    "Cem",
)
_TR_WOMEN = (
    "Ayşe",
    "Fatma",
    "Emine",
    "Hatice",
    "Zeynep",
    "Elif",
    "Derya",
    "Gülay",
    "Sevgül",
    "Özlem",
    "Büşra",
    "Merve",
)
_TR_SECOND_M = ("Ali", "Can", "Emin", "Kaan")
_TR_SECOND_F = ("Nur", "Gül", "Sultan")
_TR_SUR = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç",
           "Aslan", "Çetin", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Güler")  # fmt: skip
# ar_MA: (Arabic, French transliteration)
_MA_MEN = (("محمد", "Mohamed"), ("يوسف", "Youssef"), ("عبد الله", "Abdellah"), ("رشيد", "Rachid"), ("سعيد", "Said"), ("مصطفى", "Mustapha"),
           ("عبد الرحيم", "Abderrahim"), ("حمزة", "Hamza"), ("إدريس", "Driss"), ("هشام", "Hicham"), ("كريم", "Karim"))  # fmt: skip
_MA_WOMEN = (("فاطمة الزهراء", "Fatima Zahra"), ("خديجة", "Khadija"), ("سناء", "Sanaa"), ("نادية", "Nadia"), ("مريم", "Meryem"),
             ("حنان", "Hanane"), ("سكينة", "Sakina"), ("إيمان", "Imane"), ("لطيفة", "Latifa"))  # fmt: skip
_MA_SUR = (("العمراني", "El Amrani"), ("بناني", "Bennani"), ("العلوي", "Alaoui"), ("الإدريسي", "El Idrissi"), ("التازي", "Tazi"), ("برادة", "Berrada"),
           ("الفاسي", "El Fassi"), ("آيت بن حدو", "Ait Benhaddou"), ("أوعلي", "Ouali"), ("بوزيد", "Bouzid"), ("الشرقاوي", "Cherkaoui"),
           ("الزياني", "Ziani"), ("الصقلي", "Sqalli"))  # fmt: skip
_MAIL = {
    "ml_AE": ("gmail.com", "yahoo.co.in", "hotmail.com", "rediffmail.com"), "ko_JP": ("docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"),
    "am_US": ("gmail.com", "yahoo.com", "hotmail.com"), "zh_ID": ("gmail.com", "yahoo.co.id", "hotmail.com"),
    "vi_AU": ("gmail.com", "bigpond.com", "hotmail.com", "outlook.com"), "bn_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "tr_DE": ("gmail.com", "web.de", "gmx.de", "hotmail.de"), "ar_MA": ("gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr"),
}  # fmt: skip
_CC = {"AE": 971, "JP": 81, "US": 1, "ID": 62, "AU": 61, "IN": 91, "DE": 49, "MA": 212}


def region(locale: str) -> str:
    """The phone and IBAN country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


# (landline patterns, mobile patterns) per town; ``x`` a random digit.
_PLANS = {
    "Dubai": (("4xxxxxxx",), ("50xxxxxxx", "52xxxxxxx", "55xxxxxxx", "56xxxxxxx")),
    "Sharjah": (("6xxxxxxx",), ("50xxxxxxx", "54xxxxxxx", "55xxxxxxx", "58xxxxxxx")),
    "Abu Dhabi": (("2xxxxxxx",), ("50xxxxxxx", "52xxxxxxx", "56xxxxxxx")),
    "大阪市生野区": (("67xxxxxxx", "66xxxxxxx"), ("90xxxxxxxx", "80xxxxxxxx", "70xxxxxxxx")),
    "川崎市川崎区": (("442xxxxxx", "443xxxxxx"), ("90xxxxxxxx", "80xxxxxxxx", "70xxxxxxxx")),
    "荒川区": (("33xxxxxxx", "38xxxxxxx"), ("90xxxxxxxx", "80xxxxxxxx", "70xxxxxxxx")),
    "Silver Spring": (("301xxxxxxx", "240xxxxxxx"),) * 2, "Alexandria": (("703xxxxxxx", "571xxxxxxx"),) * 2,
    "Arlington": (("703xxxxxxx", "571xxxxxxx"),) * 2, "Washington": (("202xxxxxxx",),) * 2, "Seattle": (("206xxxxxxx",),) * 2,
    "Jakarta Barat": (("215xxxxxxx", "216xxxxxxx"), ("812xxxxxxxx", "813xxxxxxxx", "878xxxxxxxx", "857xxxxxxxx")),
    "Jakarta Utara": (("216xxxxxxx", "214xxxxxxx"), ("812xxxxxxxx", "817xxxxxxxx", "896xxxxxxxx")),
    "Medan": (("614xxxxxx", "617xxxxxx"), ("812xxxxxxxx", "813xxxxxxxx", "852xxxxxxxx")),
    "Pontianak": (("5617xxxxx",), ("812xxxxxxxx", "852xxxxxxxx", "896xxxxxxxx")),
    "Singkawang": (("5626xxxxx",), ("812xxxxxxxx", "852xxxxxxxx")),
    "NSW": (("297xxxxxx", "296xxxxxx"), ("4xxxxxxxx",)), "VIC": (("39xxxxxxx", "38xxxxxxx"), ("4xxxxxxxx",)),
    "QLD": (("33xxxxxxx", "32xxxxxxx"), ("4xxxxxxxx",)),
    "Kolkata": (("332xxxxxxx", "334xxxxxxx"), ("9xxxxxxxxx", "8xxxxxxxxx", "7xxxxxxxxx", "6xxxxxxxxx")),
    "Howrah": (("332xxxxxxx", "336xxxxxxx"), ("9xxxxxxxxx", "8xxxxxxxxx", "7xxxxxxxxx")),
    "Siliguri": (("3532xxxxxx", "3535xxxxxx"), ("9xxxxxxxxx", "8xxxxxxxxx", "7xxxxxxxxx")),
    "Durgapur": (("3432xxxxxx", "3435xxxxxx"), ("9xxxxxxxxx", "8xxxxxxxxx", "7xxxxxxxxx")),
    "Berlin": (("30xxxxxxxx",), ("151xxxxxxxx", "152xxxxxxxx", "160xxxxxxx", "170xxxxxxx", "176xxxxxxxx", "157xxxxxxxx")),
    "Köln": (("221xxxxxxx",), ("151xxxxxxxx", "162xxxxxxx", "172xxxxxxx", "177xxxxxxxx")),
    "Duisburg": (("203xxxxxxx",), ("151xxxxxxxx", "163xxxxxxx", "173xxxxxxx", "178xxxxxxxx")),
    "Mannheim": (("621xxxxxxx",), ("151xxxxxxxx", "171xxxxxxx", "179xxxxxxxx")),
    "Casablanca": (("522xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")), "Rabat": (("537xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")),
    "Fès": (("535xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")), "Marrakech": (("524xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")),
    "Tanger": (("539xxxxxx",), ("6xxxxxxxx", "7xxxxxxxx")),
}  # fmt: skip


def number(locale: str, rng: random.Random, mobile: bool, town: str) -> phonenumbers.PhoneNumber:
    """A number of the town's plan, valid for the locale's region by ``phonenumbers``."""
    reg = region(locale)
    pats = _PLANS[town][1 if mobile else 0]
    for _ in range(2000):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.parse(f"+{_CC[reg]}{digits}")
        if not (phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(num, reg)):
            continue
        kind = phonenumbers.number_type(num)
        if mobile and kind not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            continue
        return num
    raise ValueError((locale, town))


def place(locale: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them; for the phone plan the town key is in ``between`` after ``|`` where it differs."""
    r = rng.randint
    if locale == "ml_AE":
        town, area, road = rng.choice((("Dubai", "Al Qusais 2", "Damascus Street"), ("Dubai", "Deira", "Al Muraqqabat Road"),
                                       ("Dubai", "Deira", "Naif Road"), ("Dubai", "Bur Dubai", "Khalid Bin Al Waleed Road"),
                                       ("Dubai", "Karama", "Kuwait Road"), ("Sharjah", "Al Taawun", "Al Taawun Street"),
                                       ("Sharjah", "Rolla", "Al Arouba Street"), ("Sharjah", "Al Nahda", "Al Wahda Street"),
                                       ("Abu Dhabi", "Al Markaziyah", "Hamdan Street"), ("Abu Dhabi", "Tourist Club Area", "Electra Street")))  # fmt: skip
        bldg = rng.choice(("Al Shaiba Tower", "Al Ghurair Building", "Lulu Building", "Al Mulla Residence", "Rose Tower", "Al Qasimia Building",
                           "Gulf Pearl Tower", "Al Attar Tower", "Al Saqr Building", "Bu Haleeba Building"))  # fmt: skip
        return f"Flat {r(1, 24)}{r(0, 1)}{r(1, 9)}, {bldg}, {road}", "", town, area
    if locale == "ko_JP":
        pref, ward, chome, pc = rng.choice((("大阪府", "大阪市生野区", "桃谷", "544-0034"), ("大阪府", "大阪市生野区", "鶴橋", "544-0031"),
                                            ("大阪府", "大阪市生野区", "勝山北", "544-0033"), ("大阪府", "大阪市生野区", "桃谷", "544-0034"),
                                            ("神奈川県", "川崎市川崎区", "桜本", "210-0833"), ("東京都", "荒川区", "東日暮里", "116-0014")))  # fmt: skip
        c, b, g = r(1, 5), r(1, 28), r(1, 20)
        street = f"{chome}{c}丁目{b}-{g}" if rng.random() < 0.6 else f"{chome}{c}-{b}-{g}"
        return (
            street,
            pc,
            ward,
            pref
            + (
                f"|{rng.choice(('コーポ桃谷', 'ハイツ鶴橋', 'メゾン桜本', '第二清風荘'))} {r(1, 3)}0{r(1, 8)}"
                if rng.random() < 0.4
                else "|"
            ),
        )
    if locale == "am_US":
        town, st, roads, pcs = rng.choice((("Silver Spring", "MD", ("Piney Branch Rd", "Georgia Ave", "University Blvd E", "Colesville Rd", "Flower Ave"), ("20901", "20910", "20903")),
                                           ("Alexandria", "VA", ("Seminary Rd", "N Beauregard St", "Duke St", "S Reynolds St"), ("22304", "22311", "22312")),
                                           ("Arlington", "VA", ("Columbia Pike", "S George Mason Dr", "S Walter Reed Dr"), ("22204", "22206")),
                                           ("Washington", "DC", ("9th St NW", "U St NW", "Georgia Ave NW", "14th St NW"), ("20001", "20009", "20011")),
                                           ("Seattle", "WA", ("Rainier Ave S", "S Othello St", "Martin Luther King Jr Way S"), ("98118", "98144"))))  # fmt: skip
        unit = rng.choice(
            ("", f"Apt {r(1, 9)}{r(0, 1)}{r(1, 9)}", f"#{r(101, 820)}", f"Apt {r(1, 12)}{rng.choice('ABCD')}")
        )
        return f"{r(100, 9999)} {rng.choice(roads)}", rng.choice(pcs), town, f"{unit}|{st}"
    if locale == "zh_ID":
        town, kel, road, pc = rng.choice((("Jakarta Barat", "Pinangsia", "Jl. Pintu Besar Selatan", "11110"), ("Jakarta Barat", "Glodok", "Jl. Pancoran", "11120"),
                                          ("Jakarta Barat", "Mangga Besar", "Jl. Hayam Wuruk", "11180"), ("Jakarta Barat", "Krukut", "Jl. Gajah Mada", "11140"),
                                          ("Jakarta Utara", "Pluit", "Jl. Pluit Karang Ayu", "14450"), ("Jakarta Utara", "Kelapa Gading Barat", "Jl. Boulevard Raya", "14240"),
                                          ("Medan", "Kesawan", "Jl. Asia", "20212"), ("Medan", "Petisah Tengah", "Jl. Semarang", "20112"),
                                          ("Pontianak", "Darat Sekip", "Jl. Gajah Mada", "78117"), ("Pontianak", "Tengah", "Jl. Tanjungpura", "78117"),
                                          ("Singkawang", "Pasiran", "Jl. Diponegoro", "79123")))  # fmt: skip
        return (
            f"{road} No. {r(1, 240)}{rng.choice(('', '', 'A', 'B'))}",
            pc,
            town,
            f"RT {r(1, 15):03d}/RW {r(1, 12):03d}|{kel}",
        )
    if locale == "vi_AU":
        sub, st, roads, pc = rng.choice((("Cabramatta", "NSW", ("John St", "Park Rd", "Railway Pde", "Hughes St", "Cabramatta Rd E"), "2166"),
                                         ("Canley Vale", "NSW", ("Canley Vale Rd", "Bareena St"), "2166"), ("Bankstown", "NSW", ("Chapel Rd", "Restwell St"), "2200"),
                                         ("Footscray", "VIC", ("Hopkins St", "Barkly St", "Nicholson St"), "3011"), ("Springvale", "VIC", ("Buckingham Ave", "Springvale Rd"), "3171"),
                                         ("St Albans", "VIC", ("Main Rd E", "Alfrieda St"), "3021"), ("Inala", "QLD", ("Inala Ave", "Wirraway Pde"), "4077")))  # fmt: skip
        n = r(1, 220)
        return (
            (f"{r(1, 24)}/{n} {rng.choice(roads)}" if rng.random() < 0.45 else f"{n} {rng.choice(roads)}"),
            pc,
            sub,
            st,
        )
    if locale == "bn_IN":
        town, area, road, pc = rng.choice((("Kolkata", "Ballygunge", "Lake Road", "700029"), ("Kolkata", "", "Rash Behari Avenue", "700026"),
                                           ("Kolkata", "Tollygunge", "Prince Anwar Shah Road", "700033"), ("Kolkata", "Kalighat", "Raja Basanta Roy Road", "700029"),
                                           ("Kolkata", "Shyambazar", "Bidhan Sarani", "700004"), ("Kolkata", "Dum Dum", "Jessore Road", "700028"),
                                           ("Howrah", "Salkia", "G.T. Road (North)", "711106"), ("Siliguri", "", "Hill Cart Road", "734001"),
                                           ("Durgapur", "Benachity", "Nachan Road", "713213")))  # fmt: skip
        num = rng.choice(
            (
                f"{r(1, 160)}",
                f"{r(1, 90)}/{r(1, 9)}{rng.choice('ABC')}",
                f"P-{r(1, 300)}",
                f"{r(1, 120)}{rng.choice('ABCD')}",
            )
        )
        return f"{num}, {road}", pc, town, area
    if locale == "tr_DE":
        road, pc, town = rng.choice((("Kottbusser Damm", "10967", "Berlin"), ("Oranienstraße", "10999", "Berlin"), ("Sonnenallee", "12045", "Berlin"),
                                     ("Karl-Marx-Straße", "12043", "Berlin"), ("Adalbertstraße", "10999", "Berlin"), ("Hermannstraße", "12049", "Berlin"),
                                     ("Keupstraße", "51063", "Köln"), ("Berliner Straße", "51063", "Köln"), ("Weseler Straße", "47169", "Duisburg"),
                                     ("Kaiser-Wilhelm-Straße", "47169", "Duisburg"), ("Jungbuschstraße", "68159", "Mannheim")))  # fmt: skip
        return f"{road} {r(1, 180)}{rng.choice(('', '', '', 'a', 'b'))}", pc, town, ""
    # ar_MA
    town, quart, road, pc = rng.choice((("Casablanca", "Maârif", "Rue Ibnou Mounir", "20330"), ("Casablanca", "Maârif", "Boulevard Zerktouni", "20330"),
                                        ("Casablanca", "Palmier", "Rue Soumaya", "20340"), ("Casablanca", "Racine", "Boulevard d'Anfa", "20050"),
                                        ("Rabat", "Agdal", "Rue Oued Baht", "10090"), ("Rabat", "Hassan", "Avenue Mohammed V", "10020"),
                                        ("Fès", "Ville Nouvelle", "Avenue Hassan II", "30000"), ("Fès", "Médina", "Derb Lamtiyine", "30110"),
                                        ("Marrakech", "Guéliz", "Rue de Yougoslavie", "40000"), ("Marrakech", "Hay Al Massira", "Rue {k}", "40140"),
                                        ("Tanger", "Centre", "Rue de Fès", "90000")))  # fmt: skip
    if "{k}" in road:
        return f"N° {r(1, 200)}, Rue {r(1, 40)}, Hay Al Massira", pc, town, ""
    n = r(1, 180)
    return (
        (f"N° {n}, {road}" if rng.random() < 0.4 else f"{n}, {road}" if not road.startswith("Derb") else f"{n} {road}"),
        pc,
        town,
        quart,
    )


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "ml_AE":
        return f"{street}, {between}, {town}, UAE"
    if locale == "ko_JP":
        pref, _, bldg = between.partition("|")
        return f"〒{postcode} {pref}{town}{street}" + (f" {bldg}" if bldg else "")
    if locale == "am_US":
        unit, _, st = between.partition("|")
        return f"{street}{' ' + unit if unit else ''}, {town}, {st} {postcode}"
    if locale == "zh_ID":
        rt, _, kel = between.partition("|")
        return f"{street}, {rt}, {kel}, {town} {postcode}"
    if locale == "vi_AU":
        return f"{street}, {town} {between} {postcode}"
    if locale == "bn_IN":
        return ", ".join(x for x in (street, between) if x) + f", {town} - {postcode}"
    if locale == "tr_DE":
        return f"{street}, {postcode} {town}"
    return ", ".join(x for x in (street, between) if x) + f", {town} {postcode}"


def _plan_town(locale: str, town: str, between: str) -> str:
    return {"vi_AU": between}.get(locale, town)


def _ascii(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
        if c.isalnum() and c.isascii()
    ).lower()


def _unaccent(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _de_translit(text: str) -> str:
    """A Turkish name as a German passport or register writes it (``ö`` -> ``oe``, ``ü`` -> ``ue``, the rest without
    the Turkish letters)."""
    for a, b in (("Ö", "Oe"), ("ö", "oe"), ("Ü", "Ue"), ("ü", "ue")):
        text = text.replace(a, b)
    return _unaccent(text)


def _emirates_id(dob: dt.date, rng: random.Random) -> str:
    body = f"784{dob.year}{rng.randint(0, 9999999):07d}"
    return f"784-{dob.year}-{body[7:]}-{luhn.calc_check_digit(body)}"


def _my_number(rng: random.Random) -> str:
    body = f"{rng.randint(1, 9)}{rng.randint(0, 9999999999):010d}"
    full = body + jp_in.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _a_number(rng: random.Random) -> str:
    return (
        f"A{rng.randint(10000000, 220000000):09d}" if rng.random() < 0.6 else f"A{rng.randint(10000000, 99999999):08d}"
    )


_NIK_AREA = {
    "Jakarta Barat": "3174",
    "Jakarta Utara": "3175",
    "Medan": "1275",
    "Pontianak": "6171",
    "Singkawang": "6172",
}


def _nik(dob: dt.date, female: bool, town: str, rng: random.Random) -> str:
    day = dob.day + (40 if female else 0)
    return f"{_NIK_AREA[town]}{rng.randint(1, 8):02d}{day:02d}{dob:%m%y}{rng.randint(1, 999):04d}"


def _tfn(rng: random.Random) -> str:
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        for last in range(10):
            if sum(a * b for a, b in zip(w, [*d, last], strict=True)) % 11 == 0:
                s = "".join(map(str, [*d, last]))
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def _medicare(rng: random.Random) -> str:
    d = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(a * b for a, b in zip((1, 3, 7, 9, 1, 3, 7, 9), d, strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + str(rng.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def medicare_valid(x: str) -> bool:
    """An Australian Medicare card number's check digit (10 digits, spaces ignored)."""
    d = x.replace(" ", "")
    if not re.fullmatch(r"[2-6]\d{9}", d):
        return False
    return sum(a * int(b) for a, b in zip((1, 3, 7, 9, 1, 3, 7, 9), d[:8], strict=True)) % 10 == int(d[8])


def _aadhaar(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(2, 9)}{rng.randint(0, 99999999999):011d}"[:11]
        full = body + verhoeff.calc_check_digit(body)
        if full != full[::-1]:
            return f"{full[:4]} {full[4:8]} {full[8:]}"


def _pan(last_r: str, rng: random.Random) -> str:
    a = "ABCDEFGHJKLMNPRSTUVWXYZ"
    initial = (_ascii(last_r)[:1] or "k").upper()
    return f"{''.join(rng.choice(a) for _ in range(3))}P{initial}{rng.randint(1, 9999):04d}{rng.choice(a)}"


def _steuer_id(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1, 9)}{rng.randint(0, 999999999):09d}"
        for c in "0123456789":
            if idnr.is_valid(body + c):
                return f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:]}{c}"


def _tc_kimlik(rng: random.Random) -> str:
    body = f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}"
    return body + tckimlik.calc_check_digits(body)


_CIN = {"Casablanca": ("B", "BE", "BH", "BK", "BJ"), "Rabat": ("A", "AB", "AE"), "Fès": ("C", "CD"), "Marrakech": ("E", "EE"),
        "Tanger": ("K", "KB")}  # fmt: skip


def _cin(town: str, rng: random.Random) -> str:
    pre = rng.choice(_CIN[town])
    return (
        f"{pre}{rng.randint(1000, 999999):0{7 - len(pre)}d}"
        if len(pre) == 1
        else f"{pre}{rng.randint(1000, 999999):06d}"
    )


def _iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def _nid(p: types.SimpleNamespace, rng: random.Random) -> str | None:
    loc = p.locale
    if loc == "ml_AE":
        return _emirates_id(p.dob, rng)
    if loc == "ko_JP":
        return _my_number(rng)
    if loc == "am_US":
        return _ssn(rng) if rng.random() < 0.7 else _a_number(rng)
    if loc == "zh_ID":
        return _nik(p.dob, p.female, p.town, rng)
    if loc == "vi_AU":
        return _tfn(rng) if rng.random() < 0.6 else _medicare(rng)
    if loc == "bn_IN":
        return _aadhaar(rng) if rng.random() < 0.65 else _pan(p.last_r, rng)
    if loc == "tr_DE":
        return _steuer_id(rng) if rng.random() < 0.6 else _tc_kimlik(rng)
    return _cin(p.town, rng)


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 53's people (``alt``: the name in the other script
    where there is one; ``first_r`` / ``last_r``: the romanised given name and surname; ``father``: the father's
    given name where names carry it; ``kind``: how the name is built; ``address_by``: the name a title goes with
    where the place uses the given name: ``given``)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt, script, father, kind, extra = None, "", "", "", {}
    if locale == "ml_AE":
        g = rng.choice(_ML_WOMEN if female else _ML_MEN)
        fa = rng.choice([m for m in _ML_MEN if m != g])
        house = rng.choice(_ML_HOUSE)
        k = rng.random()
        first, first_r, last, last_r = g[1], g[1], fa[1], fa[1]
        if k < 0.35:
            full, alt, kind = f"{g[1]} {fa[1]}", f"{g[0]} {fa[0]}", "father"
        elif k < 0.55:
            full, alt, kind = f"{house[0]}. {fa[1][0]}. {g[1]}", f"{g[0]} {fa[0]}", "initials"
        elif k < 0.75:
            full, alt, kind = f"{g[1]} {fa[1]} {house}", f"{g[0]} {fa[0]}", "visa"
            last = house
        else:
            full, alt, kind, script = f"{g[0]} {fa[0]}", f"{g[1]} {fa[1]}", "malayalam", "Mlym"
            first, last = g[0], fa[0]
        father = fa[1]
        extra = {"house": house, "g": g}
    elif locale == "ko_JP":
        sur = rng.choice(_KJ_SUR)
        giv = rng.choice(_KJ_WOMEN if female else _KJ_MEN)
        k = rng.random()
        first_r, last_r = giv[3], sur[4]
        if k < 0.25:
            first, last, full, alt, kind, script = (
                giv[0],
                sur[0],
                f"{sur[0]}{giv[0]}",
                f"{sur[3]} {giv[0]}",
                "hanja",
                "Hani",
            )
        elif k < 0.5:
            first, last, full, alt, kind, script = (
                giv[0],
                sur[3],
                f"{sur[3]} {giv[0]}",
                f"{sur[0]}{giv[0]}",
                "tsumei",
                "Hani",
            )
        elif k < 0.65:
            first, last, full, alt, kind, script = (
                giv[2],
                sur[2],
                f"{sur[2]}・{giv[2]}",
                f"{sur[0]}{giv[0]}",
                "kana",
                "Kana",
            )
        elif k < 0.8:
            first, last, full, alt, kind, script = (
                giv[1],
                sur[1],
                f"{sur[1]}{giv[1]}",
                f"{sur[0]}{giv[0]}",
                "hangul",
                "Hang",
            )
        else:
            first, last, full, alt, kind = giv[3], sur[4], f"{giv[3]} {sur[4]}", f"{sur[0]}{giv[0]}", "roman"
        extra = {"sur": sur, "giv": giv}
    elif locale == "am_US":
        g = rng.choice(_AM_WOMEN if female else _AM_MEN)
        fa = rng.choice([m for m in _AM_MEN if m != g])
        gf = rng.choice([m for m in _AM_MEN if m != fa])
        k = rng.random()
        first_r, last_r = g[1], fa[1]
        if k < 0.45:
            first, last, full, alt, kind = g[1], fa[1], f"{g[1]} {fa[1]}", f"{g[0]} {fa[0]}", "two"
        elif k < 0.7:
            first, last, full, alt, kind = g[1], gf[1], f"{g[1]} {fa[1]} {gf[1]}", f"{g[0]} {fa[0]} {gf[0]}", "three"
        else:
            first, last, full, alt, kind, script = g[0], fa[0], f"{g[0]} {fa[0]}", f"{g[1]} {fa[1]}", "geez", "Ethi"
        father = fa[1]
        extra = {"g": g, "fa": fa, "gf": gf, "address_by": "given"}
    elif locale == "zh_ID":
        sur = rng.choice(_ZI_SUR)
        han = rng.choice(_ZI_WOMEN_HAN if female else _ZI_MEN_HAN)
        indo_sur = rng.choice(sur[2])
        indo = rng.choice(_ZI_WOMEN if female else _ZI_MEN)
        k = rng.random()
        first_r, last_r = indo, indo_sur
        if k < 0.45:
            first, last, full, alt, kind = indo, indo_sur, f"{indo} {indo_sur}", f"{sur[0]}{han[0]}", "indo"
        elif k < 0.55:
            first, last, full, alt, kind = indo, indo, indo, f"{sur[0]}{han[0]}", "single"
        elif k < 0.8:
            first, last, full, alt, kind, script = (
                han[0],
                sur[0],
                f"{sur[0]}{han[0]}",
                f"{indo} {indo_sur}",
                "han",
                "Hani",
            )
        else:
            first, last, full, alt, kind = han[1], sur[1], f"{sur[1]} {han[1]}", f"{sur[0]}{han[0]}", "hokkien"
            first_r, last_r = han[1], sur[1]
        extra = {"sur": sur, "han": han, "indo_sur": indo_sur}
    elif locale == "vi_AU":
        sur = rng.choice(_VI_SUR)
        mid = rng.choice(_VI_MID_F if female else _VI_MID_M)
        giv = rng.choice(_VI_WOMEN if female else _VI_MEN)
        eng = rng.choice(_VI_ENG_F if female else _VI_ENG_M)
        k = rng.random()
        first_r, last_r = giv[1], sur[1]
        if k < 0.3:
            first, last, full, kind = giv[0], sur[0], f"{sur[0]} {mid[0]} {giv[0]}", "viet"
            extra = {"address_by": "given"}
        elif k < 0.55:
            first, last, full, kind = giv[1], sur[1], f"{giv[1]} {mid[1]} {sur[1]}", "anglo"
        elif k < 0.8:
            first, last, full, kind = giv[1], sur[1], f"{giv[1]} {sur[1]}", "short"
        else:
            first, last, full, kind = eng, sur[1], f"{eng} {giv[1]} {sur[1]}", "english"
            first_r = eng
        extra = {**extra, "sur": sur, "mid": mid, "giv": giv, "eng": eng}
    elif locale == "bn_IN":
        k = rng.random()
        if k < 0.18:
            bn, lat = rng.choice(_BN_MUSLIM_F if female else _BN_MUSLIM_M)
            first, last, full, alt, kind = lat, lat, lat, bn, "muslim"
            first_r, last_r = lat.split()[-2] if lat.split()[0] in ("Md.", "Sk.") else lat.split()[0], lat.split()[-1]
            if rng.random() < 0.35:
                first, last, full, alt, script, kind = bn, bn, bn, lat, "Beng", "muslim_bn"
            extra = {}
        else:
            g = rng.choice(_BN_WOMEN if female else _BN_MEN)
            s = rng.choice(_BN_SUR)
            first_r, last_r = g[1], s[1]
            if k < 0.5:
                first, last, full, alt, kind = g[1], s[1], f"{g[1]} {s[1]}", f"{g[0]} {s[0]}", "anglo"
            elif k < 0.72:
                first, last, full, alt, kind = g[1], s[2], f"{g[1]} {s[2]}", f"{g[0]} {s[0]}", "sanskrit"
                last_r = s[2]
            else:
                first, last, full, alt, kind, script = g[0], s[0], f"{g[0]} {s[0]}", f"{g[1]} {s[1]}", "bengali", "Beng"
            extra = {"g": g, "s": s}
    elif locale == "tr_DE":
        g = rng.choice(_TR_WOMEN if female else _TR_MEN)
        s = rng.choice(_TR_SUR)
        k = rng.random()
        if k < 0.15:
            g = f"{g} {rng.choice(_TR_SECOND_F if female else _TR_SECOND_M)}"
        sur = s
        if female and rng.random() < 0.15:
            sur = f"{s}-{rng.choice([x for x in _TR_SUR if x != s])}"
        k = rng.random()
        if k < 0.45:
            first, last, kind = g, sur, "turkish"
        elif k < 0.75:
            first, last, kind = _unaccent(g), _unaccent(sur), "ascii"
        else:
            first, last, kind = _de_translit(g), _de_translit(sur), "german"
        full = f"{first} {last}"
        first_r, last_r = _unaccent(first), _unaccent(last)
        extra = {"s": s, "g": g, "address_by_tr": True}
    else:  # ar_MA
        g = rng.choice(_MA_WOMEN if female else _MA_MEN)
        s = rng.choice(_MA_SUR)
        k = rng.random()
        first_r, last_r = g[1], s[1]
        if k < 0.5:
            first, last, full, alt, kind = g[1], s[1], f"{g[1]} {s[1]}", f"{g[0]} {s[0]}", "fr"
        elif k < 0.7:
            first, last, full, alt, kind = g[1], s[1].upper(), f"{s[1].upper()} {g[1]}", f"{g[0]} {s[0]}", "admin"
        else:
            first, last, full, alt, kind, script = g[0], s[0], f"{g[0]} {s[0]}", f"{g[1]} {s[1]}", "arabic", "Arab"
        extra = {"g": g, "s": s}
    tail = _ascii(last_r.split()[-1]) if last_r and last_r != first_r else ""
    head = _ascii(first_r.split()[0]) or "user"
    mail_local = f"{head}{rng.choice(('.', '_', '')) if tail else ''}{tail}" + rng.choice(
        ("", str(rng.randint(1, 99)), str(dob.year))
    )
    street, postcode, town, between = place(locale, rng)
    plan_town = _plan_town(locale, town, between)
    p = _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True, plan_town),
        landline=number(locale, rng, False, plan_town), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=None, iban=None, locale=locale,
        script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, kind=kind, grand="",
        between=between, extra=extra,
    )  # fmt: skip
    p.nid = _nid(p, rng)
    if child and locale in ("ml_AE", "bn_IN") and rng.random() < 0.5:
        p.nid = None
    if locale == "tr_DE" and rng.random() < 0.6:
        p.iban = _iban(
            "DE",
            f"{rng.choice(('10050000', '37050198', '35050000', '67050505', '10070024'))}{rng.randint(0, 9999999999):010d}",
        )
    elif locale == "ml_AE" and rng.random() < 0.5:
        p.iban = _iban("AE", f"{rng.choice(('033', '026', '035', '030'))}{rng.randint(0, 10**16 - 1):016d}")
    return p


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (ml_AE, am_US: the father's given name as the second
    name; ko_JP, zh_ID, vi_AU, bn_IN, tr_DE, ar_MA: the father's surname, in the child's own form); where the parent
    is the mother, the child's own name."""
    loc, v = kid.locale, dict(vars(kid))
    if parent.female:
        return kid
    if loc == "ml_AE":
        fa_r = parent.first_r
        fa_m = next((m[0] for m in _ML_MEN if m[1] == fa_r), "")
        g = kid.extra["g"]
        house = parent.extra.get("house", kid.extra["house"])
        if not fa_m:
            return kid
        forms = {"father": (f"{g[1]} {fa_r}", f"{g[0]} {fa_m}", fa_r), "initials": (f"{house[0]}. {fa_r[0]}. {g[1]}", f"{g[0]} {fa_m}", fa_r),
                 "visa": (f"{g[1]} {fa_r} {house}", f"{g[0]} {fa_m}", house), "malayalam": (f"{g[0]} {fa_m}", f"{g[1]} {fa_r}", fa_m)}  # fmt: skip
        full, alt, last = forms[kid.kind]
        v.update(full=full, alt=alt, last=last, last_r=fa_r, father=fa_r, extra={**kid.extra, "house": house})
        return _ns(**v)
    if loc == "am_US":
        fa = parent.extra["g"]
        gf = parent.extra["fa"]
        g = kid.extra["g"]
        forms = {"two": (fa[1], f"{g[1]} {fa[1]}", f"{g[0]} {fa[0]}"), "three": (gf[1], f"{g[1]} {fa[1]} {gf[1]}", f"{g[0]} {fa[0]} {gf[0]}"),
                 "geez": (fa[0], f"{g[0]} {fa[0]}", f"{g[1]} {fa[1]}")}  # fmt: skip
        last, full, alt = forms[kid.kind]
        v.update(last=last, last_r=fa[1], full=full, alt=alt, father=fa[1], extra={**kid.extra, "fa": fa, "gf": gf})
        return _ns(**v)
    if loc == "ko_JP":
        sur, giv = parent.extra["sur"], kid.extra["giv"]
        forms = {"hanja": (sur[0], f"{sur[0]}{giv[0]}", f"{sur[3]} {giv[0]}"), "tsumei": (sur[3], f"{sur[3]} {giv[0]}", f"{sur[0]}{giv[0]}"),
                 "kana": (sur[2], f"{sur[2]}・{giv[2]}", f"{sur[0]}{giv[0]}"), "hangul": (sur[1], f"{sur[1]}{giv[1]}", f"{sur[0]}{giv[0]}"),
                 "roman": (sur[4], f"{giv[3]} {sur[4]}", f"{sur[0]}{giv[0]}")}  # fmt: skip
        last, full, alt = forms[kid.kind]
        v.update(last=last, last_r=sur[4], full=full, alt=alt, extra={**kid.extra, "sur": sur})
        return _ns(**v)
    if loc == "zh_ID":
        sur, indo_sur, han = parent.extra["sur"], parent.extra["indo_sur"], kid.extra["han"]
        indo = kid.first_r if kid.kind != "hokkien" else kid.extra.get("indo", kid.first_r)
        if kid.kind == "indo":
            v.update(last=indo_sur, last_r=indo_sur, full=f"{kid.first} {indo_sur}", alt=f"{sur[0]}{han[0]}")
        elif kid.kind == "single":
            v.update(alt=f"{sur[0]}{han[0]}")
        elif kid.kind == "han":
            v.update(last=sur[0], last_r=indo_sur, full=f"{sur[0]}{han[0]}", alt=f"{indo} {indo_sur}")
        else:
            v.update(last=sur[1], last_r=sur[1], full=f"{sur[1]} {han[1]}", alt=f"{sur[0]}{han[0]}")
        v["extra"] = {**kid.extra, "sur": sur, "indo_sur": indo_sur}
        return _ns(**v)
    if loc == "vi_AU":
        sur = parent.extra["sur"]
        e = kid.extra
        forms = {"viet": (sur[0], f"{sur[0]} {e['mid'][0]} {e['giv'][0]}"), "anglo": (sur[1], f"{e['giv'][1]} {e['mid'][1]} {sur[1]}"),
                 "short": (sur[1], f"{e['giv'][1]} {sur[1]}"), "english": (sur[1], f"{e['eng']} {e['giv'][1]} {sur[1]}")}  # fmt: skip
        last, full = forms[kid.kind]
        v.update(last=last, last_r=sur[1], full=full, extra={**e, "sur": sur})
        return _ns(**v)
    if loc == "bn_IN":
        if "s" not in parent.extra or "g" not in kid.extra:
            return kid
        s, g = parent.extra["s"], kid.extra["g"]
        forms = {"anglo": (s[1], f"{g[1]} {s[1]}", f"{g[0]} {s[0]}"), "sanskrit": (s[2], f"{g[1]} {s[2]}", f"{g[0]} {s[0]}"),
                 "bengali": (s[0], f"{g[0]} {s[0]}", f"{g[1]} {s[1]}")}  # fmt: skip
        last, full, alt = forms[kid.kind]
        v.update(
            last=last, last_r=s[2] if kid.kind == "sanskrit" else s[1], full=full, alt=alt, extra={**kid.extra, "s": s}
        )
        return _ns(**v)
    if loc == "tr_DE":
        s = parent.extra["s"]
        last = {"turkish": s, "ascii": _unaccent(s), "german": _de_translit(s)}[kid.kind]
        v.update(last=last, last_r=_unaccent(last), full=f"{kid.first} {last}", extra={**kid.extra, "s": s})
        return _ns(**v)
    if loc == "ar_MA":
        s, g = parent.extra["s"], kid.extra["g"]
        forms = {"fr": (s[1], f"{g[1]} {s[1]}", f"{g[0]} {s[0]}"), "admin": (s[1].upper(), f"{s[1].upper()} {g[1]}", f"{g[0]} {s[0]}"),
                 "arabic": (s[0], f"{g[0]} {s[0]}", f"{g[1]} {s[1]}")}  # fmt: skip
        last, full, alt = forms[kid.kind]
        v.update(last=last, last_r=s[1], full=full, alt=alt, extra={**kid.extra, "s": s})
        return _ns(**v)
    return kid


def emirates_id_valid(x: str) -> bool:
    """An Emirates ID's layout and Luhn check digit."""
    return bool(re.fullmatch(r"784-\d{4}-\d{7}-\d", x)) and luhn.is_valid(x.replace("-", ""))


def nik_valid(x: str) -> bool:
    """An NIK's layout and birth date (the day plus 40 for a woman)."""
    if not re.fullmatch(r"\d{16}", x):
        return False
    d = int(x[6:8])
    d = d - 40 if d > 40 else d
    try:
        dt.date(2000, int(x[8:10]), d)
    except ValueError:
        return False
    return True
