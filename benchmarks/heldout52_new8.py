"""Held-out set 52: people, addresses, ids, phones and e-mails of the eight locales no set used (eight language and
country pairs new to the sets), written from the places' own customs (none of these names or streets is taken
from Faker).

- zh_MY (Chinese in Han characters, Penang, Kuala Lumpur and the Klang valley, Malaysia): the surname first, a
  two-character given name (``陈伟明``: kept whole), the registered romanised name in the dialect's spelling,
  surname first (``Tan Wei Ming``, ``Khoo Siew Eng``: kept whole), an English name before it (``Jason Tan Wei
  Ming``: kept whole) or the English name and the surname (``Jason Tan``); the other script as second script; the
  child's surname the father's; ``No. 23, Jalan Burma``, ``12, Lorong Kulit 3``, ``No. 8, Jalan SS 2/24, Taman
  Bahagia`` with the five-digit postcode before the town (``10050 George Town, Pulau Pinang``); the MyKad number
  (``850412-07-5331``: the birth date, the state of birth, the last digit odd for a man); +60 ``4``/``3``/``5`` lines
  and ``1x`` mobiles; titles ``Madam`` and ``Mr``.
- ar_IL (Arabic, Nazareth, Umm al-Fahm, Haifa, Sakhnin, Tayibe: Arab citizens of Israel): a given name and the
  family name (``أحمد زعبي``) or the given name, the father's and the family name (``أحمد محمود زعبي``: kept
  whole); the romanised name as second script; the child's middle name the father's given name, its family name
  his; streets named after people (``شارع بولس السادس``, ``شارع توفيق زياد``) or a quarter and a house number
  (``حي الصفافرة 17``: not a street in a note), seven-digit postcodes; the Israeli identity number (nine digits,
  Luhn); +972 ``4``/``9`` lines and ``5x`` mobiles; titles ``السيدة`` and ``السيد``.
- yi_US (Yiddish in Hebrew letters, Williamsburg and Borough Park in Brooklyn, Monsey and Kiryas Joel, New York):
  Hasidic given names in Yiddish spelling and surnames (``יואל ווייס``, ``חיה פריעדמאן``), with the father's name
  (``יואל בן משה ווייס``, ``חיה בת אברהם ווייס``: kept whole) or in English letters (``Joel Weiss``, the Yiddish
  form as second script); the child's surname the father's; ``123 Lee Ave`` and the same in Yiddish letters
  (``123 לי עוו.``), ZIP codes ``11211``, ``11219``, ``10952``, ``10950``; the SSN; +1 ``718``/``845`` lines and
  ``347``/``917``/``929`` mobiles; titles ``מרת`` and ``ר'``.
- su_ID (Sundanese, Bandung and West Java, Indonesia): no family names: one name (``Dadang``: kept whole) or two
  given names (``Asep Saepudin``, ``Euis Komalasari``), now and then with the father's name after ``bin``/``binti``
  (``Ujang bin Dadang``: kept whole); the child's names its own; ``Jl. Dipati Ukur No. 35``, ``Gg. Sukarasa II No.
  5`` (an alley: not a street in a note) with ``RT 02/RW 05``, the kelurahan and kecamatan, five-digit postcodes;
  the NIK (16 digits: the regency, the birth date with 40 added to a woman's day, a serial); +62 ``22`` lines and
  ``8xx`` mobiles; titles ``Bu`` and ``Pak``.
- hu_RS (Hungarian, Subotica/Szabadka and the north of Vojvodina, Serbia): the Hungarian order, surname first
  (``Kovács János``: kept whole), the Serbian documents' order (``János Kovács``), a married woman as her husband's
  wife (``Kovács Jánosné``: kept whole); the Serbian Cyrillic spelling as second script (``Јанош Ковач``); the
  child's surname the father's; streets in Hungarian named after people (``Petőfi Sándor utca 12``, ``Kossuth Lajos
  utca 5``) and in Serbian (``Matije Korvina 7``, ``Korzo 8``), the postcode first in Hungarian (``24000
  Szabadka``); the JMBG (13 digits: the birth date, region 80-89, the sex, mod 11); +381 ``24``/``21`` lines and
  ``6x`` mobiles; titles ``Mrs`` and ``Mr``.
- as_IN (Assamese in the Assamese script, Guwahati and upper Assam, India): a given name and a surname in Assamese
  script (``ৰাজীৱ বৰুৱা``, ``প্ৰিয়ংকা গগৈ``: kept whole) or in Latin letters (``Rajib Baruah``), the other as second
  script; the child's surname the father's; ``House No. 14, Zoo Road, Rajgarh``, ``R.G. Baruah Road``, ``জু ৰোড``
  and ``House No. 5, Bylane 3, Chandmari`` (a bylane: not a street in a note), six-digit PINs (``Guwahati -
  781003``); the Aadhaar number (Verhoeff) or the PAN (its fifth letter the surname's); +91 ``361`` lines and
  mobiles; titles ``শ্ৰীমতী`` and ``শ্ৰী``.
- so_KE (Somali, Eastleigh in Nairobi, Garissa, Wajir and Mandera, Kenya): no family names: the given name, the
  father's given name and the grandfather's (``Abdi Hassan Farah``: kept whole) or the given name and the father's
  (``Hodan Ali``); a child's second and third names its father's first two; ``Plot 45, Kismayu Road`` (a plot: the
  road in a note), ``General Waruinge Street``, ``1st Avenue, Eastleigh`` and the postal address ``P.O. Box
  1234-70100, Garissa``; the Kenyan identity card number (eight digits) or the KRA PIN (``A012345678Z``); +254
  ``20``/``46`` lines and ``7xx``/``11x`` mobiles; titles ``Marwo`` and ``Mudane``.
- vi_CZ (Vietnamese, Prague's Libuš (SAPA), Cheb, Plzeň and Ústí nad Labem, Czech Republic): the surname first with
  a middle name (``Nguyễn Văn Hùng``, ``Trần Thị Lan``: kept whole), as a Czech register writes it, given names
  first without marks (``Van Hung Nguyen``) or in Vietnamese order without marks (``Nguyen Van Hung``: kept whole),
  a child born there with a Czech given name (``David Nguyen``, ``Tereza Pham``); the child's surname the father's;
  Czech streets named after people (``Palackého 22``, ``Masarykova 3``) and ``Libušská 319/126`` with the postcode
  (``142 00 Praha 4``); the birth number (rodné číslo, the month plus 50 for a woman, divisible by 11); +420 ``2``/
  ``354`` lines and ``6xx``/``7xx`` mobiles; titles ``paní`` and ``pan``.
"""
# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers
from stdnum import luhn, verhoeff

NEW8_52 = ("zh_MY", "ar_IL", "yi_US", "su_ID", "hu_RS", "as_IN", "so_KE", "vi_CZ")
LANG52 = {"zh_MY": "zh-MY", "ar_IL": "ar-IL", "yi_US": "yi", "su_ID": "su", "hu_RS": "hu-RS", "as_IN": "as",
          "so_KE": "so-KE", "vi_CZ": "vi-CZ"}  # fmt: skip
NOT_LATIN = ("zh_MY", "ar_IL", "yi_US", "as_IN")
STREET_WORDS = frozenset({"no.", "jalan", "lorong", "lebuh", "taman", "jl.", "gg.", "rt", "rw", "kel.", "kec.", "شارع",
                          "حي", "ave", "st", "rd", "dr", "עוו.", "סט.", "utca", "út", "tér", "ulica", "trg", "put",
                          "house", "road", "bylane", "ৰোড", "path", "plot", "street", "avenue", "p.o.", "box",
                          "náměstí", "třída"})  # fmt: skip

_ZH_SUR = (("陈", "Tan"), ("林", "Lim"), ("李", "Lee"), ("黄", "Wong"), ("张", "Teoh"), ("王", "Ong"), ("吴", "Goh"),
           ("刘", "Lau"), ("蔡", "Chua"), ("郑", "Cheng"), ("许", "Koh"), ("谢", "Cheah"), ("杨", "Yeoh"), ("邱", "Khoo"))  # fmt: skip
_ZH_MEN = (("伟明", "Wei Ming"), ("志强", "Chee Keong"), ("家豪", "Kah Hoe"), ("俊杰", "Choon Kiat"), ("文华", "Boon Hua"),
           ("国荣", "Kok Weng"), ("振华", "Chin Wah"), ("建国", "Kian Kok"))  # fmt: skip
_ZH_WOMEN = (("美玲", "Mei Ling"), ("秀英", "Siew Eng"), ("丽芬", "Lay Hoon"), ("慧敏", "Hui Min"), ("雪梅", "Suat Moi"),
             ("佩珊", "Pei San"), ("嘉欣", "Kah Yan"), ("玉莲", "Geok Lian"))  # fmt: skip
_ZH_EN = (("Jason", "Kelvin", "Alvin", "Jimmy", "Eddie", "Vincent", "Desmond"),
          ("Michelle", "Jessica", "Karen", "Vivian", "Joanne", "Grace", "Cindy"))  # fmt: skip
_AR_MEN = (("أحمد", "Ahmad"), ("محمد", "Mohammad"), ("خالد", "Khaled"), ("سامي", "Sami"), ("جريس", "Jiries"),
           ("إلياس", "Elias"), ("يوسف", "Yousef"), ("عمر", "Omar"), ("وسيم", "Wasim"), ("محمود", "Mahmoud"))  # fmt: skip
_AR_WOMEN = (("سهى", "Suha"), ("رنا", "Rana"), ("منى", "Muna"), ("هبة", "Hiba"), ("ريم", "Reem"), ("سماح", "Samah"),
             ("عبير", "Abeer"), ("نسرين", "Nisreen"), ("لينا", "Lina"))  # fmt: skip
_AR_FAM = (("زعبي", "Zoabi"), ("طاطور", "Tatour"), ("جبارين", "Jabareen"), ("محاجنة", "Mahajna"), ("إغبارية", "Ighbariyeh"),
           ("خطيب", "Khatib"), ("عودة", "Odeh"), ("سليمان", "Suleiman"), ("مصالحة", "Masalha"), ("ناطور", "Natour"),
           ("أبو ريا", "Abu Raya"), ("شحادة", "Shehadeh"), ("حداد", "Haddad"))  # fmt: skip
_YI_MEN = (("יואל", "Joel"), ("משה", "Moshe"), ("אברהם", "Abraham"), ("יעקב", "Jacob"), ("שמעון", "Simon"),
           ("מרדכי", "Mordechai"), ("חיים", "Chaim"), ("אהרן", "Aaron"))  # fmt: skip
_YI_WOMEN = (("חיה", "Chaya"), ("רחל", "Rachel"), ("מלכה", "Malky"), ("פערל", "Pearl"), ("גיטי", "Gitty"),
             ("שיינדי", "Shaindy"), ("פריידי", "Fraidy"), ("רייזי", "Raizy"), ("לאה", "Leah"))  # fmt: skip
_YI_SUR = (("ווייס", "Weiss"), ("קליין", "Klein"), ("שווארץ", "Schwartz"), ("פריעדמאן", "Friedman"), ("גרינפעלד", "Greenfeld"),
           ("טייטלבוים", "Teitelbaum"), ("דייטש", "Deutsch"), ("לאנדאו", "Landau"), ("פאללאק", "Pollak"), ("ראטה", "Roth"),
           ("בראך", "Brach"), ("ליכטענשטיין", "Lichtenstein"), ("גאלדבערגער", "Goldberger"))  # fmt: skip
_SU = (("Euis", "Neng", "Cucu", "Imas", "Ai", "Lilis", "Yeni", "Enok", "Entin", "Nining", "Teti", "Iis"),
       ("Komalasari", "Sumarni", "Masitoh", "Nurhayati", "Rosita", "Rahmawati", "Kurniasih", "Hasanah", "Sulastri",
        "Marlina", "Wulandari", "Juariah"),
       ("Asep", "Ujang", "Dadang", "Cecep", "Deden", "Jajang", "Endang", "Dede", "Agus", "Iwan", "Yayan", "Ade"),
       ("Saepudin", "Suryana", "Supriatna", "Hidayat", "Sutisna", "Rohman", "Kurniawan", "Hermawan", "Setiawan", "Sopian",
        "Mulyana", "Gunawan"))  # fmt: skip
# Hungarian name -> its Serbian Cyrillic spelling.
_HU_MEN = {"János": "Јанош", "István": "Иштван", "László": "Ласло", "Zoltán": "Золтан", "Attila": "Атила", "Tibor": "Тибор",
           "Csaba": "Чаба", "Ferenc": "Ференц", "Sándor": "Шандор"}  # fmt: skip
_HU_WOMEN = {"Erzsébet": "Ержебет", "Ilona": "Илона", "Katalin": "Каталин", "Mária": "Марија", "Éva": "Ева", "Tímea": "Тимеа",
             "Edit": "Едит", "Andrea": "Андреа", "Hajnalka": "Хајналка"}  # fmt: skip
_HU_SUR = {"Kovács": "Ковач", "Szabó": "Сабо", "Tóth": "Тот", "Horváth": "Хорват", "Varga": "Варга", "Nagy": "Нађ", "Kiss": "Киш",
           "Molnár": "Молнар", "Németh": "Немет", "Farkas": "Фаркаш", "Balogh": "Балог", "Pap": "Пап", "Juhász": "Јухас",
           "Bognár": "Богнар", "Vörös": "Вереш"}  # fmt: skip
_AS_MEN = (("ৰাজীৱ", "Rajib"), ("দীপক", "Dipak"), ("প্ৰণৱ", "Pranab"), ("জয়ন্ত", "Jayanta"), ("বিকাশ", "Bikash"),
           ("হিমাংশু", "Himangshu"), ("মৃদুল", "Mridul"), ("ভাস্কৰ", "Bhaskar"))  # fmt: skip
_AS_WOMEN = (("প্ৰিয়ংকা", "Priyanka"), ("অনুপমা", "Anupama"), ("মামণি", "Mamoni"), ("জোনালী", "Jonali"), ("ৰশ্মি", "Rashmi"),
             ("নীলিমা", "Nilima"), ("পাপৰি", "Papori"), ("মিতালী", "Mitali"))  # fmt: skip
_AS_SUR = (("বৰুৱা", "Baruah"), ("গগৈ", "Gogoi"), ("শইকীয়া", "Saikia"), ("বৰা", "Bora"), ("হাজৰিকা", "Hazarika"), ("কলিতা", "Kalita"),
           ("ডেকা", "Deka"), ("শৰ্মা", "Sarma"), ("চলিহা", "Chaliha"), ("ফুকন", "Phukan"), ("বৰদলৈ", "Bordoloi"), ("তালুকদাৰ", "Talukdar"),
           ("মহন্ত", "Mahanta"))  # fmt: skip
_SO_MEN = ("Abdi", "Hassan", "Mohamed", "Ahmed", "Ibrahim", "Abdullahi", "Yusuf", "Farah", "Ali", "Adan", "Hussein", "Omar",
           "Maalim", "Osman")  # fmt: skip
_SO_WOMEN = ("Fatuma", "Hodan", "Amina", "Halima", "Sahra", "Khadija", "Ifrah", "Ubah", "Ruqiya", "Sadia", "Deeqa")
_VI_SUR = (("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham"), ("Hoàng", "Hoang"), ("Vũ", "Vu"),
           ("Đặng", "Dang"), ("Bùi", "Bui"), ("Đỗ", "Do"), ("Ngô", "Ngo"))  # fmt: skip
_VI_MEN = (("Hùng", "Hung"), ("Dũng", "Dung"), ("Tuấn", "Tuan"), ("Long", "Long"), ("Nam", "Nam"), ("Sơn", "Son"),
           ("Cường", "Cuong"), ("Hải", "Hai"))  # fmt: skip
_VI_WOMEN = (("Lan", "Lan"), ("Hương", "Huong"), ("Mai", "Mai"), ("Hoa", "Hoa"), ("Thảo", "Thao"), ("Linh", "Linh"),
             ("Trang", "Trang"), ("Ngân", "Ngan"))  # fmt: skip
_VI_MID = ((("Văn", "Van"), ("Đức", "Duc"), ("Minh", "Minh"), ("Quang", "Quang")),
           (("Thị", "Thi"), ("Ngọc", "Ngoc"), ("Thu", "Thu"), ("Thanh", "Thanh")))  # fmt: skip
_VI_CZ = (("David", "Tomáš", "Jan", "Daniel", "Martin", "Filip"), ("Tereza", "Anna", "Kateřina", "Natálie", "Eliška", "Lucie"))
_MAIL = {
    "zh_MY": ("gmail.com", "yahoo.com.my", "hotmail.com"), "ar_IL": ("gmail.com", "walla.co.il", "hotmail.com"),
    "yi_US": ("gmail.com", "yahoo.com", "aol.com"), "su_ID": ("gmail.com", "yahoo.co.id", "ymail.com"),
    "hu_RS": ("gmail.com", "eunet.rs", "freemail.hu"), "as_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "so_KE": ("gmail.com", "yahoo.com", "hotmail.com"), "vi_CZ": ("seznam.cz", "gmail.com", "email.cz"),
}  # fmt: skip
_PLANS = {
    "zh_MY": (("42xxxxxx", "46xxxxxx", "32xxxxxxx", "36xxxxxxx", "52xxxxxx"), ("12xxxxxxx", "16xxxxxxx", "17xxxxxxx", "19xxxxxxx", "11xxxxxxxx")),
    "ar_IL": (("46xxxxxx", "49xxxxxx", "48xxxxxx", "97xxxxxx"), ("50xxxxxxx", "52xxxxxxx", "54xxxxxxx", "53xxxxxxx")),
    "yi_US": (("718387xxxx", "718853xxxx", "718963xxxx", "845782xxxx", "845356xxxx"), ("3475xxxxxx", "9176xxxxxx", "9292xxxxxx", "3478xxxxxx")),
    "su_ID": (("227xxxxxx", "222xxxxxx", "2225xxxxx"), ("812xxxxxxxx", "813xxxxxxxx", "821xxxxxxxx", "852xxxxxxxx", "857xxxxxxxx", "878xxxxxxxx")),
    "hu_RS": (("245xxxxx", "248xxxxx", "214xxxxxx"), ("64xxxxxxx", "63xxxxxxx", "60xxxxxxx", "65xxxxxxx", "69xxxxxxx")),
    "as_IN": (("3612xxxxxx", "3762xxxxxx", "3732xxxxxx"), ("94350xxxxx", "98640xxxxx", "70020xxxxx", "88110xxxxx", "96780xxxxx")),
    "so_KE": (("202xxxxxx", "203xxxxxx", "462xxxxx"), ("72xxxxxxx", "71xxxxxxx", "70xxxxxxx", "79xxxxxxx", "11xxxxxxx")),
    "vi_CZ": (("2xxxxxxxx", "354xxxxxx", "37xxxxxxx", "47xxxxxxx"), ("60xxxxxxx", "72xxxxxxx", "77xxxxxxx", "73xxxxxxx")),
}  # fmt: skip
_CC = {"MY": 60, "IL": 972, "US": 1, "ID": 62, "RS": 381, "IN": 91, "KE": 254, "CZ": 420}


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
    if locale == "zh_MY":
        town, pc, state = rng.choice((("George Town", "10050", "Pulau Pinang"), ("George Town", "10200", "Pulau Pinang"),
                                      ("Air Itam", "11500", "Pulau Pinang"), ("Kuala Lumpur", "52100", "W.P. Kuala Lumpur"),
                                      ("Petaling Jaya", "47300", "Selangor"), ("Ipoh", "30250", "Perak"), ("Klang", "41400", "Selangor")))  # fmt: skip
        if town == "Petaling Jaya" and rng.random() < 0.7:
            return f"No. {r(1, 90)}, Jalan SS {r(2, 4)}/{r(10, 70)}", pc, town, f"Taman Bahagia|{state}"
        road = rng.choice({"George Town": ("Jalan Burma", "Lebuh Chulia", "Lorong Kulit 3", "Jalan Macalister", "Lebuh Carnarvon", "Jalan Sultan Ahmad Shah"),
                           "Air Itam": ("Jalan Air Itam", "Jalan Thean Teik", "Lorong Pasar"),
                           "Kuala Lumpur": ("Jalan Kepong", "Jalan Ipoh", "Jalan Petaling", "Jalan Sultan", "Jalan Tun H.S. Lee"),
                           "Ipoh": ("Jalan Sultan Iskandar", "Jalan Bendahara", "Jalan Leong Sin Nam"),
                           "Klang": ("Jalan Meru", "Jalan Kapar", "Lorong Batu Nilam 4"),
                           "Petaling Jaya": ("Jalan Templer", "Jalan Gasing")}[town])  # fmt: skip
        return (f"No. {r(1, 250)}, {road}" if rng.random() < 0.6 else f"{r(1, 250)}, {road}"), pc, town, f"|{state}"
    if locale == "ar_IL":
        town, town_ar, pc = rng.choice((("Nazareth", "الناصرة", f"16{r(100, 199)}0{r(1, 9)}"), ("Umm al-Fahm", "أم الفحم", f"30{r(100, 199)}0{r(1, 9)}"),
                                        ("Haifa", "حيفا", f"33{r(100, 299)}0{r(1, 9)}"), ("Sakhnin", "سخنين", f"30{r(800, 899)}0{r(1, 9)}"),
                                        ("Tayibe", "الطيبة", f"40{r(400, 499)}0{r(1, 9)}"), ("Shefa-Amr", "شفاعمرو", f"20{r(200, 299)}0{r(1, 9)}")))  # fmt: skip
        if rng.random() < 0.3:
            quarter = rng.choice(("حي الصفافرة", "حي الكروم", "حي عين ابراهيم", "حي الميدان", "حي الشرقي", "حي بئر الأمير"))
            return f"{quarter} {r(1, 90)}", pc, town_ar, ""
        road = rng.choice(("شارع بولس السادس", "شارع توفيق زياد", "شارع الخوري", "شارع عباس", "شارع المطران", "شارع الجليل",
                           "شارع السوق", "شارع صلاح الدين", "شارع البشارة"))  # fmt: skip
        return f"{road} {r(1, 120)}", pc, town_ar, ""
    if locale == "yi_US":
        area = rng.choice((("Brooklyn", "ברוקלין", "NY", ("11211", "11206", "11249"),
                            (("Lee Ave", "לי עוו."), ("Bedford Ave", "בעדפארד עוו."), ("Division Ave", "דיוויזשן עוו."), ("Rutledge St", "ראטלעדזש סט."),
                             ("Ross St", "ראס סט."), ("Hooper St", "הופער סט."), ("Wilson St", "ווילסאן סט."), ("Keap St", "קיפ סט."))),
                           ("Brooklyn", "ברוקלין", "NY", ("11219", "11204"),
                            (("13th Ave", "13טע עוו."), ("48th St", "48סטע סט."), ("50th St", "50סטע סט."), ("New Utrecht Ave", "ניו יוטרעכט עוו."))),
                           ("Monsey", "מאנסי", "NY", ("10952",), (("Maple Ave", "מעיפל עוו."), ("Carlton Rd", "קארלטאן ראוד"), ("Route 59", "רוט 59"))),
                           ("Monroe", "קרית יואל", "NY", ("10950",), (("Forest Rd", "פארעסט ראוד"), ("Bakertown Rd", "בעיקערטאון ראוד"), ("Van Buren Dr", "ווען בורען דרייוו")))))  # fmt: skip
        town, town_yi, st, pcs, roads = area
        road, road_yi = rng.choice(roads)
        n = r(1, 1800) if town == "Brooklyn" else r(1, 120)
        if rng.random() < 0.25 and road != "Route 59":
            return f"{n} {road_yi}", rng.choice(pcs), town_yi, ""
        return f"{n} {road}", rng.choice(pcs), town, st
    if locale == "su_ID":
        town, pc, kel, kec = rng.choice((("Bandung", "40132", "Lebakgede", "Coblong"), ("Bandung", "40135", "Dago", "Coblong"),
                                         ("Bandung", "40161", "Sukagalih", "Sukajadi"), ("Bandung", "40264", "Cijagra", "Lengkong"),
                                         ("Cimahi", "40512", "Cibabat", "Cimahi Utara"), ("Garut", "44151", "Sukamentri", "Garut Kota"),
                                         ("Tasikmalaya", "46115", "Empangsari", "Tawang"), ("Sumedang", "45311", "Regol Wetan", "Sumedang Selatan")))  # fmt: skip
        rt = f"RT {r(1, 12):02d}/RW {r(1, 15):02d}"
        if rng.random() < 0.3:
            return f"Gg. {rng.choice(('Sukarasa', 'Kuningan', 'Sekeloa', 'Cisitu', 'Haji Umar'))} {rng.choice(('I', 'II', 'III', 'IV'))} No. {r(1, 60)}", pc, town, f"{rt}, Kel. {kel}, Kec. {kec}"
        road = rng.choice(("Jl. Dipati Ukur", "Jl. Ir. H. Juanda", "Jl. Cihampelas", "Jl. Terusan Jakarta", "Jl. Pasteur", "Jl. Setiabudi",
                           "Jl. Sukajadi", "Jl. Siliwangi", "Jl. Otto Iskandardinata", "Jl. Cikutra"))  # fmt: skip
        return f"{road} No. {r(1, 300)}", pc, town, f"{rt}, Kel. {kel}, Kec. {kec}"
    if locale == "hu_RS":
        town_hu, town_sr, pc = rng.choice((("Szabadka", "Subotica", "24000"), ("Zenta", "Senta", "24400"), ("Magyarkanizsa", "Kanjiža", "24420"),
                                           ("Topolya", "Bačka Topola", "24300"), ("Ada", "Ada", "24430"), ("Óbecse", "Bečej", "21220")))  # fmt: skip
        if rng.random() < 0.6:
            road = rng.choice(("Petőfi Sándor utca", "Kossuth Lajos utca", "Ady Endre utca", "Zentai út", "Szent István utca",
                               "Arany János utca", "Dózsa György utca", "Korzó"))  # fmt: skip
            return f"{road} {r(1, 80)}{rng.choice(('', '', '', '/a', '/b'))}", pc, town_hu, "hu"
        road = rng.choice(("Matije Korvina", "Korzo", "Trg slobode", "Karađorđev put", "Petefi Šandora", "Maksima Gorkog", "Age Mamužića"))
        return f"{road} {r(1, 80)}", pc, town_sr, "sr"
    if locale == "as_IN":
        town, pc = rng.choice((("Guwahati", "781003"), ("Guwahati", "781005"), ("Guwahati", "781006"), ("Guwahati", "781024"),
                               ("Jorhat", "785001"), ("Dibrugarh", "786001"), ("Tezpur", "784001"), ("Nagaon", "782001")))  # fmt: skip
        k = rng.random()
        if k < 0.3:
            return f"House No. {r(1, 60)}, Bylane {r(1, 9)}", pc, town, rng.choice(("Chandmari", "Rajgarh", "Zoo Tiniali", "Beltola", "Ulubari"))
        if k < 0.5:
            road = rng.choice(("জু ৰোড", "জি. এছ. ৰোড", "এ. টি. ৰোড", "ৰাজগড় ৰোড"))
            return f"ঘৰ নং {r(1, 200)}, {road}", pc, town, ""
        road = rng.choice(("Zoo Road", "R.G. Baruah Road", "G.S. Road", "A.T. Road", "Rajgarh Road", "K.C. Choudhury Road",
                           "Beltola-Basistha Road", "Bhaskar Nagar Road"))  # fmt: skip
        return f"House No. {r(1, 200)}, {road}", pc, town, rng.choice(("", "Rajgarh", "Ulubari", "Chandmari", "Silpukhuri"))
    if locale == "so_KE":
        town, pc = rng.choice((("Nairobi", "00610"), ("Nairobi", "00610"), ("Garissa", "70100"), ("Wajir", "70200"), ("Mandera", "70300"),
                               ("Isiolo", "60300")))  # fmt: skip
        box = f"P.O. Box {r(10, 9999)}-{pc}"
        if town == "Nairobi":
            if rng.random() < 0.4:
                return f"{rng.choice(('1st', '2nd', '6th', '8th', '12th'))} Avenue, Eastleigh", pc, town, box
            road = rng.choice(("General Waruinge Street", "Juja Road", "Jam Street", "Kipande Road"))
        else:
            road = rng.choice(("Kismayu Road", "Kenyatta Avenue", "Lamu Road", "Wajir Road", "Hospital Road"))
        return f"Plot {r(1, 400)}, {road}", pc, town, box
    if locale == "vi_CZ":
        town, pc = rng.choice((("Praha 4", "142 00"), ("Praha 4", "142 00"), ("Cheb", "350 02"), ("Plzeň", "301 00"),
                               ("Ústí nad Labem", "400 01"), ("Sokolov", "356 01"), ("Varnsdorf", "407 47")))  # fmt: skip
        if town == "Praha 4" and rng.random() < 0.5:
            return f"Libušská {r(200, 330)}/{r(1, 140)}", pc, town, ""
        road = rng.choice(("Palackého", "Masarykova", "Husova", "Komenského", "Evropská", "Pražská", "Americká", "Svobody", "Žižkova"))
        return f"{road} {r(1, 2500)}/{r(1, 60)}" if rng.random() < 0.5 else f"{road} {r(1, 90)}", pc, town, ""
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "zh_MY":
        area, _, state = between.partition("|")
        return ", ".join(x for x in (street, area, f"{postcode} {town}", state) if x)
    if locale == "ar_IL":
        return f"{street}، {town} {postcode}"
    if locale == "yi_US":
        if not between:
            return f"{street}, {town}"
        return f"{street}, {town}, {between} {postcode}"
    if locale == "su_ID":
        return f"{street}, {between}, {town} {postcode}"
    if locale == "hu_RS":
        return f"{postcode} {town}, {street}" if between == "hu" else f"{street}, {postcode} {town}"
    if locale == "as_IN":
        return ", ".join(x for x in (street, between, f"{town} - {postcode}", "Assam") if x)
    if locale == "so_KE":
        return f"{street}, {between}, {town}"
    return f"{street}, {postcode} {town}"


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D")) if c.isalnum() and c.isascii()).lower()


def _mykad(dob: dt.date, female: bool, town: str, rng: random.Random) -> str:
    pb = {"George Town": "07", "Air Itam": "07", "Kuala Lumpur": "14", "Petaling Jaya": "10", "Ipoh": "08", "Klang": "10"}.get(town, "07")
    last = rng.randint(0, 4) * 2 + (0 if female else 1)
    return f"{dob:%y%m%d}-{pb}-{rng.randint(0, 999):03d}{last}"


def _il_id(rng: random.Random) -> str:
    body = f"{rng.randint(0, 3)}{rng.randint(0, 9999999):07d}"
    return body + luhn.calc_check_digit(body)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 666)])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _nik(dob: dt.date, female: bool, town: str, rng: random.Random) -> str:
    reg = {"Bandung": "3273", "Cimahi": "3277", "Garut": "3205", "Tasikmalaya": "3278", "Sumedang": "3211"}[town]
    day = dob.day + (40 if female else 0)
    return f"{reg}{rng.randint(1, 30):02d}{day:02d}{dob:%m%y}{rng.randint(1, 999):04d}"


def _jmbg(dob: dt.date, female: bool, rng: random.Random) -> str:
    while True:
        body = f"{dob:%d%m}{dob.year % 1000:03d}{rng.choice(('80', '82', '82', '81', '85'))}{rng.randint(500, 999) if female else rng.randint(0, 499):03d}"
        d = [int(c) for c in body]
        m = 11 - sum(w * (d[i] + d[i + 6]) for i, w in enumerate((7, 6, 5, 4, 3, 2))) % 11
        if m == 10:
            continue
        return body + str(0 if m == 11 else m)


def _aadhaar(rng: random.Random) -> str:
    body = f"{rng.randint(2, 9)}{rng.randint(0, 10**10 - 1):010d}"
    full = body + verhoeff.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _pan(last_r: str, rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(3)) + "P" + last_r[0].upper() + f"{rng.randint(1, 9999):04d}" + rng.choice(letters)


def _rc(dob: dt.date, female: bool, rng: random.Random) -> str:
    head = f"{dob.year % 100:02d}{dob.month + (50 if female else 0):02d}{dob.day:02d}"
    while True:
        tail = f"{rng.randint(0, 999):03d}"
        n = int(head + tail)
        check = (-n * 10) % 11
        if check < 10:
            return f"{head}/{tail}{check}"


def _nid(p: types.SimpleNamespace, rng: random.Random) -> str | None:
    r = rng.randint
    loc, dob = p.locale, p.dob
    if loc == "zh_MY":
        return _mykad(dob, p.female, p.town, rng)
    if loc == "ar_IL":
        return _il_id(rng)
    if loc == "yi_US":
        return _ssn(rng)
    if loc == "su_ID":
        return _nik(dob, p.female, p.town, rng)
    if loc == "hu_RS":
        return _jmbg(dob, p.female, rng)
    if loc == "as_IN":
        return _aadhaar(rng) if rng.random() < 0.6 else _pan(p.last_r, rng)
    if loc == "so_KE":
        return f"{r(20000000, 39999999)}" if rng.random() < 0.7 else f"A{r(0, 999999999):09d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    if loc == "vi_CZ":
        return _rc(dob, p.female, rng)
    return None


def _ns(**kw) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 51's people (``alt``: the name in the other script;
    ``first_r`` / ``last_r``: the romanised given name and surname; ``father``: the father's given name where names
    carry it; ``grand``: a Somali's third name; ``kind``: how the name is built)."""
    female = rng.random() < 0.5
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    alt, script, father, kind, grand = None, "", "", "", ""
    if locale == "zh_MY":
        (sur, sur_r), (giv, giv_r) = rng.choice(_ZH_SUR), rng.choice(_ZH_WOMEN if female else _ZH_MEN)
        eng = rng.choice(_ZH_EN[1 if female else 0])
        k = rng.random()
        first_r, last_r = giv_r, sur_r
        if k < 0.35:
            first, last, full, alt, kind, script = giv, sur, f"{sur}{giv}", f"{sur_r} {giv_r}", "hanzi", "Hani"
        elif k < 0.65:
            first, last, full, alt, kind = giv_r, sur_r, f"{sur_r} {giv_r}", f"{sur}{giv}", "roman"
        elif k < 0.85:
            first, last, full, alt, kind = eng, sur_r, f"{eng} {sur_r} {giv_r}", f"{sur}{giv}", "english"
            first_r = eng
        else:
            first, last, full, alt, kind = eng, sur_r, f"{eng} {sur_r}", f"{sur}{giv}", "eng_short"
            first_r = eng
        father = giv
    elif locale == "ar_IL":
        first, first_r = rng.choice(_AR_WOMEN if female else _AR_MEN)
        last, last_r = rng.choice(_AR_FAM)
        father, fa_r = rng.choice(_AR_MEN)
        if rng.random() < 0.4:
            full, alt, kind = f"{first} {father} {last}", f"{first_r} {fa_r} {last_r}", "triple"
        else:
            full, alt, kind = f"{first} {last}", f"{first_r} {last_r}", "plain"
        script = "Arab"
    elif locale == "yi_US":
        first, first_r = rng.choice(_YI_WOMEN if female else _YI_MEN)
        last, last_r = rng.choice(_YI_SUR)
        father, _ = rng.choice(_YI_MEN)
        k = rng.random()
        if k < 0.3:
            first, last, full, alt, kind = first_r, last_r, f"{first_r} {last_r}", f"{first} {last}", "english"
        elif k < 0.45:
            full, alt, kind = f"{first} {'בת' if female else 'בן'} {father} {last}", f"{first_r} {last_r}", "ben"
            script = "Hebr"
        else:
            full, alt, kind = f"{first} {last}", f"{first_r} {last_r}", "yid"
            script = "Hebr"
    elif locale == "su_ID":
        first = rng.choice(_SU[0] if female else _SU[2])
        second = rng.choice(_SU[1] if female else _SU[3])
        father = rng.choice(_SU[2])
        k = rng.random()
        if k < 0.25:
            last, full, kind = first, first, "one"
        elif k < 0.35:
            last, full, kind = father, f"{first} {'binti' if female else 'bin'} {father}", "bin"
        else:
            last, full, kind = second, f"{first} {second}", "two"
        first_r, last_r = first, last
    elif locale == "hu_RS":
        names = _HU_WOMEN if female else _HU_MEN
        first = rng.choice(list(names))
        last = rng.choice(list(_HU_SUR))
        k = rng.random()
        if female and not child and k < 0.15:
            husband = rng.choice(list(_HU_MEN))
            full, kind, father = f"{last} {husband}né", "ne", husband
            alt = None
        elif k < 0.6:
            full, kind = f"{last} {first}", "hu"
            alt = f"{_HU_SUR[last]} {names[first]}"
        else:
            full, kind = f"{first} {last}", "sr"
            alt = f"{names[first]} {_HU_SUR[last]}"
        first_r, last_r = first, last
    elif locale == "as_IN":
        first, first_r = rng.choice(_AS_WOMEN if female else _AS_MEN)
        last, last_r = rng.choice(_AS_SUR)
        if rng.random() < 0.6:
            full, alt, kind, script = f"{first} {last}", f"{first_r} {last_r}", "assamese", "Beng"
        else:
            first, last = first_r, last_r
            full, alt, kind = f"{first_r} {last_r}", None, "latin"
    elif locale == "so_KE":
        first = rng.choice(_SO_WOMEN if female else _SO_MEN)
        father, grand = rng.sample(_SO_MEN, 2)
        if rng.random() < 0.6:
            last, full, kind = grand, f"{first} {father} {grand}", "three"
        else:
            last, full, kind = father, f"{first} {father}", "two"
        first_r, last_r = first, last
    else:  # vi_CZ
        (sur, sur_a) = rng.choice(_VI_SUR)
        (giv, giv_a) = rng.choice(_VI_WOMEN if female else _VI_MEN)
        (mid, mid_a) = rng.choice(_VI_MID[1 if female else 0])
        k = rng.random()
        if child and k < 0.6:
            first = rng.choice(_VI_CZ[1 if female else 0])
            last, full, kind = sur_a, f"{first} {sur_a}", "czech"
        elif k < 0.45:
            first, last, full, kind = giv, sur, f"{sur} {mid} {giv}", "vn"
        elif k < 0.75:
            first, last, full, kind = f"{mid_a} {giv_a}", sur_a, f"{mid_a} {giv_a} {sur_a}", "cz_order"
        else:
            first, last, full, kind = giv_a, sur_a, f"{sur_a} {mid_a} {giv_a}", "ascii"
        first_r, last_r = _ascii(first).title() if kind == "vn" else first, sur_a
        father = mid
    tail = _ascii(last_r.split()[-1]) if last_r and last_r != first_r and kind not in ("one",) else ""
    head = _ascii(first_r.split()[0]) or "user"
    mail_local = f"{head}{rng.choice(('.', '_', '')) if tail else ''}{tail}" + rng.choice(("", str(rng.randint(1, 99))))
    street, postcode, town, between = place(locale, rng)
    p = _ns(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=None, iban=None, locale=locale,
        script=script, alt=alt, first_r=first_r, last_r=last_r, father=father, kind=kind, grand=grand,
        between=between,
    )  # fmt: skip
    p.nid = _nid(p, rng)
    if child and locale in ("so_KE", "as_IN", "ar_IL"):  # the card at 16 or 18; no PAN asked of a child
        p.nid = None
    return p


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named as the place names a parent's child (zh_MY, yi_US, hu_RS, as_IN, vi_CZ: the father's
    surname; ar_IL: the father's family name, his given name as middle name; so_KE: the father's given name and his
    father's after the child's; su_ID: no family name, a ``bin``/``binti`` the father's given name; where names come
    from the father and the parent is the mother, the child's own name)."""
    loc, v = kid.locale, dict(vars(kid))
    if parent.female:
        return kid
    if loc == "zh_MY":
        sur = next((s for s in _ZH_SUR if parent.last in s), None)
        if sur is None:
            return kid
        hz, ro = sur
        giv = kid.father
        giv_r = next((g[1] for g in (*_ZH_MEN, *_ZH_WOMEN) if g[0] == giv), kid.first_r)
        if kid.kind == "hanzi":
            v.update(last=hz, last_r=ro, full=f"{hz}{giv}", alt=f"{ro} {giv_r}")
        elif kid.kind == "roman":
            v.update(last=ro, last_r=ro, full=f"{ro} {giv_r}", alt=f"{hz}{giv}")
        elif kid.kind == "english":
            v.update(last=ro, last_r=ro, full=f"{kid.first} {ro} {giv_r}", alt=f"{hz}{giv}")
        else:
            v.update(last=ro, last_r=ro, full=f"{kid.first} {ro}", alt=f"{hz}{giv}")
        return _ns(**v)
    if loc == "ar_IL":
        fam = next((f for f in _AR_FAM if parent.last in f), None)
        if fam is None:
            return kid
        if kid.kind == "triple":
            v.update(last=fam[0], last_r=fam[1], father=parent.first, full=f"{kid.first} {parent.first} {fam[0]}",
                     alt=f"{kid.first_r} {parent.first_r} {fam[1]}")  # fmt: skip
        else:
            v.update(last=fam[0], last_r=fam[1], father=parent.first, full=f"{kid.first} {fam[0]}", alt=f"{kid.first_r} {fam[1]}")
        return _ns(**v)
    if loc == "yi_US":
        sur = next((s for s in _YI_SUR if parent.last in s), None)
        if sur is None:
            return kid
        fa = next((m[0] for m in _YI_MEN if parent.first in m), kid.father)
        if kid.kind == "english":
            v.update(last=sur[1], last_r=sur[1], full=f"{kid.first} {sur[1]}", alt=f"{kid.alt.split()[0]} {sur[0]}", father=fa)
        elif kid.kind == "ben":
            v.update(last=sur[0], last_r=sur[1], full=f"{kid.first} {'בת' if kid.female else 'בן'} {fa} {sur[0]}",
                     alt=f"{kid.first_r} {sur[1]}", father=fa)  # fmt: skip
        else:
            v.update(last=sur[0], last_r=sur[1], full=f"{kid.first} {sur[0]}", alt=f"{kid.first_r} {sur[1]}", father=fa)
        return _ns(**v)
    if loc == "su_ID":
        if kid.kind == "bin":
            v.update(last=parent.first, father=parent.first, full=f"{kid.first} {'binti' if kid.female else 'bin'} {parent.first}")
            return _ns(**v)
        return kid
    if loc == "hu_RS":
        sur = parent.last
        names = _HU_WOMEN if kid.female else _HU_MEN
        if kid.kind == "ne" or sur not in _HU_SUR:
            return kid
        if kid.kind == "hu":
            v.update(last=sur, last_r=sur, full=f"{sur} {kid.first}", alt=f"{_HU_SUR[sur]} {names[kid.first]}")
        else:
            v.update(last=sur, last_r=sur, full=f"{kid.first} {sur}", alt=f"{names[kid.first]} {_HU_SUR[sur]}")
        return _ns(**v)
    if loc == "as_IN":
        sur = next((s for s in _AS_SUR if parent.last in s), None)
        if sur is None:
            return kid
        if kid.kind == "assamese":
            v.update(last=sur[0], last_r=sur[1], full=f"{kid.first} {sur[0]}", alt=f"{kid.first_r} {sur[1]}")
        else:
            v.update(last=sur[1], last_r=sur[1], full=f"{kid.first} {sur[1]}")
        return _ns(**v)
    if loc == "so_KE":
        fa, gr = parent.first, (parent.full.split()[1] if len(parent.full.split()) > 1 else parent.last)
        if kid.kind == "three":
            v.update(last=gr, last_r=gr, father=fa, grand=gr, full=f"{kid.first} {fa} {gr}")
        else:
            v.update(last=fa, last_r=fa, father=fa, grand=gr, full=f"{kid.first} {fa}")
        return _ns(**v)
    if loc == "vi_CZ":
        sur = next((s for s in _VI_SUR if parent.last in s), None)
        if sur is None:
            return kid
        if kid.kind == "vn":
            v.update(last=sur[0], last_r=sur[1], full=f"{sur[0]} {kid.full.split(' ', 1)[1]}")
        elif kid.kind == "czech" or kid.kind == "cz_order":
            v.update(last=sur[1], last_r=sur[1], full=f"{kid.first} {sur[1]}")
        else:
            v.update(last=sur[1], last_r=sur[1], full=f"{sur[1]} {kid.full.split(' ', 1)[1]}")
        return _ns(**v)
    return kid
