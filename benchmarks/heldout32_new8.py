"""Held-out set 32: people, addresses, national ids and phones of the eight new locales, written from the places'
own customs (none of these names or streets is in Faker).

People: Lao (``Souksavanh Phommachanh``; a fifth in Lao script ``ສຸກສະຫວັນ ພົມມະຈັນ``), Jersey (Jersey-French
surnames ``Le Sueur``, ``de Gruchy``, and the island's Portuguese and Polish families), Yemeni (given, father's,
grandfather's and family name in Arabic script ``محمد عبدالله صالح الأهدل``, or Latin ``Al-Ahdal``), Papua New Guinean
(``Grace Kila``, ``Samuel Morea``), New Caledonian (Kanak ``Wamytan``, Caldoche ``Frogier``, Wallisian
``Taofifenua``), Zimbabwean (Shona and Ndebele: ``Tendai Moyo``, ``Nokuthula Ncube``), Guyanese (``Ravi Persaud``,
``Shondell Griffith``) and Afghan (Pashto in Arabic script ``زلمی احمدزی`` or Latin ``Zalmai Ahmadzai``).

Ids: Zimbabwe's ``63-123456 F 42`` (district, serial, the check letter: the digits mod 23 into
``ZABCDEFGHJKLMNPQRSTVWXY``, then the district of origin), New Caledonia's French NIR with its key (``stdnum.fr.nir``),
the rest without a public check digit (Laos 12 digits, Jersey ``JY123456A``, Yemen 11 digits, PNG 10 digits, Guyana
9 digits, the e-Tazkira ``1399-0401-12345``). IBANs: GB ones for Jersey only.
"""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata

from stdnum.fr import nir

from heldout28_ids import iban as _iban28

_S = str.split
GIVEN = {
    "lo_LA": (_S("Souksavanh Khamphone Bounmy Sengphet Somphone Keo Douangchanh Khamla Bouasone Phetsamone Outhai"),
              _S("Vilayphone Manivone Chanthala Viengkham Latsamy Malaythong Noy Saysamone Phonesavanh Davone")),
    "en_JE": (_S("Oliver Thomas Jack Harry Philip Edward Daniel João Tomasz Graham Clive"),
              _S("Charlotte Amelia Sophie Emily Lucy Rosemary Ana Marta Jennifer Elaine Gemma")),
    "ar_YE": (_S("محمد أحمد علي عبدالله صالح يحيى عبدالرحمن فيصل هشام ياسر"),
              _S("فاطمة أروى بلقيس سمية نجلاء هدى عائشة أمل سبأ رحمة")),
    "en_PG": (_S("John Peter Michael Joseph Samuel Vagi Kila Boio Lahui James Dika"),
              _S("Mary Grace Agnes Esther Ruth Dulcie Kila Loa Hane Lucy Naomi")),
    "fr_NC": (_S("Jean-Pierre Wilfried Kévin Teddy Yannick Petelo Sione Alexis Roch Emmanuel"),
              _S("Marie-Claude Océane Anaïs Sandrine Lucienne Malia Elisa Déwé Wakaïe Cindy")),
    "sn_ZW": (_S("Tendai Tatenda Farai Tinashe Kudakwashe Tafadzwa Tapiwa Tonderai Simbarashe Sipho Blessing"),
              _S("Rutendo Chiedza Nyasha Rumbidzai Vimbai Chipo Ropafadzo Nokuthula Thandiwe Precious")),
    "en_GY": (_S("Ravi Devendra Kwame Ryan Andrew Deodat Ameer Rohan Troy Shawn Nandkumar"),
              _S("Shivani Anjali Shondell Tiffany Nalini Roxanne Bibi Keisha Savitri Omattie")),
    "ps_AF": (_S("احمد محمد عبدالله نجیب زلمی حمید ولي خالد ګل اجمل"),
              _S("شبنم ملالۍ فرشته مریم نازنین شکیلا زرغونه پلوشه ګلالۍ")),
}  # fmt: skip
FAMILY = {
    "lo_LA": _S("Phommachanh Sisoulath Vongsavath Keomany Inthavong Phanthavong Sengsouriya Douangpanya Luangrath "
                "Chanthavong Xayavong Phimmasone Souvannavong Khounvilay Vilaysack Thammavong Bounphanh"),
    "en_JE": ["Le Sueur", "Le Cornu", "de Gruchy", "Renouf", "Vibert", "Pallot", "Le Brocq", "Mourant", "Falle",
              "Le Maistre", "Hamon", "Le Quesne", "Journeaux", "Querée", "Gallichan", "Le Marquand", "Baudains",
              "de la Haye", "Le Feuvre", "de Freitas", "Gouveia", "Nowak", "Ahier"],
    "ar_YE": _S("الأهدل باوزير الشميري العولقي الصبري المقطري الحكيمي العمودي الزبيري الأرياني المخلافي السقاف"),
    "en_PG": _S("Kila Namaliu Kaupa Aisi Wari Morea Maru Lahui Kapi Tamate Pokawin Yauka Siaguru Koim Mondo Gelu "
                "Nou Aihi"),
    "fr_NC": _S("Wamytan Gorodey Néaoutyine Wapotro Kaloï Poigoune Waïa Ounou Wéa Hnawia Taofifenua Tuakoifenua "
                "Muliakaaka Frogier Lafleur Lèques Bouquet Nguyen Sarimin"),
    "sn_ZW": _S("Moyo Ncube Sibanda Dube Mpofu Chikwanha Mutasa Makoni Mhlanga Nyathi Zvobgo Chiweshe Mupfumira "
                "Gumbo Mlambo Chigumba Madziva Marufu Shumba"),
    "en_GY": ["Persaud", "Ramdass", "Singh", "Khan", "Bacchus", "Griffith", "Jagdeo", "Ramotar", "Hinds",
              "Fraser", "Mohamed", "Baksh", "Sookram", "Ramnarine", "Da Silva", "Fernandes", "Chung", "Marslow"],
    "ps_AF": _S("احمدزی پوپلزی نورزی ستانکزی هوتک کریمي شېرزاد مومند صافي وردګ بارکزی یوسفزی شینواري"),
}  # fmt: skip
# Latin spellings (Yemen, Afghanistan) and Lao-script ones, in the order of the lists above.
LATIN = {
    "محمد": "Mohammed", "أحمد": "Ahmed", "علي": "Ali", "عبدالله": "Abdullah", "صالح": "Saleh", "يحيى": "Yahya",
    "عبدالرحمن": "Abdulrahman", "فيصل": "Faisal", "هشام": "Hisham", "ياسر": "Yasser", "فاطمة": "Fatima",
    "أروى": "Arwa", "بلقيس": "Balqees", "سمية": "Sumaya", "نجلاء": "Najla", "هدى": "Huda", "عائشة": "Aisha",
    "أمل": "Amal", "سبأ": "Saba", "رحمة": "Rahma", "الأهدل": "Al-Ahdal", "باوزير": "Bawazir", "الشميري": "Al-Shamiri",
    "العولقي": "Al-Awlaqi", "الصبري": "Al-Sabri", "المقطري": "Al-Maqtari", "الحكيمي": "Al-Hakimi",
    "العمودي": "Al-Amoudi", "الزبيري": "Al-Zubairi", "الأرياني": "Al-Eryani", "المخلافي": "Al-Mikhlafi",
    "السقاف": "Al-Saqqaf", "احمد": "Ahmad", "نجیب": "Najib", "زلمی": "Zalmai", "حمید": "Hamid", "ولي": "Wali",
    "خالد": "Khalid", "ګل": "Gul", "اجمل": "Ajmal", "شبنم": "Shabnam", "ملالۍ": "Malalai", "فرشته": "Fereshta",
    "مریم": "Maryam", "نازنین": "Nazanin", "شکیلا": "Shakila", "زرغونه": "Zarghona", "پلوشه": "Palwasha",
    "ګلالۍ": "Gulalai", "احمدزی": "Ahmadzai", "پوپلزی": "Popalzai", "نورزی": "Noorzai", "ستانکزی": "Stanikzai",
    "هوتک": "Hotak", "کریمي": "Karimi", "شېرزاد": "Sherzad", "مومند": "Mohmand", "صافي": "Safi", "وردګ": "Wardak",
    "بارکزی": "Barakzai", "یوسفزی": "Yousafzai", "شینواري": "Shinwari",
}  # fmt: skip
LAO = dict(zip(_S("Souksavanh Khamphone Bounmy Vilayphone Manivone Chanthala Phommachanh Sisoulath Vongsavath "
                  "Keomany Inthavong"),
               _S("ສຸກສະຫວັນ ຄຳພອນ ບຸນມີ ວິໄລພອນ ມະນີວອນ ຈັນທະລາ ພົມມະຈັນ ສີສຸລາດ ວົງສະຫວາດ ແກ້ວມະນີ ອິນທະວົງ"),
               strict=True))  # fmt: skip
ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com")


@dataclasses.dataclass
class Person:
    """One person of a new locale: names as the locale writes them, and in Latin letters (e-mail)."""

    first: str
    last: str
    female: bool
    middle: str = ""
    latin_first: str = ""
    latin_last: str = ""
    script: str = ""


def person(locale: str, rng: random.Random) -> Person:
    """One person of a new locale (Yemen: father's and grandfather's names as middle; Laos: Lao script at times)."""
    female = rng.random() < 0.5
    first = rng.choice(GIVEN[locale][female])
    last = rng.choice(FAMILY[locale])
    middle = ""
    if locale == "ar_YE":
        middle = " ".join(rng.sample(GIVEN[locale][0], 2))
    p = Person(first, last, female, middle, LATIN.get(first, first), LATIN.get(last, last))
    if locale == "lo_LA" and first in LAO and last in LAO and rng.random() < 0.5:
        p.first, p.last, p.script = LAO[first], LAO[last], "lao"
    if locale in ("ar_YE", "ps_AF"):
        p.script = "arabic"
        if rng.random() < 0.3:  # an NGO's or a bank's system keeps the Latin spelling
            p.first, p.last, p.script = p.latin_first, p.latin_last, ""
            p.middle = " ".join(LATIN.get(w, w) for w in middle.split())
    return p


def full(p: Person) -> str:
    """The name as running text writes it (Yemen: all four parts)."""
    return " ".join(x for x in (p.first, p.middle, p.last) if x)


def email(p: Person, rng: random.Random) -> str:
    """An address made from the name's Latin spelling."""
    first, last = (
        re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", x.lower())) for x in (p.latin_first, p.latin_last)
    )
    local = rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}"))
    return f"{local}@{rng.choice(_MAIL)}"


_LA_BAN = _S("Sisavath Thongkhankham Phonxay Nongbone Saphanthong Dongpalane Sokpaluang Hatsady Anou Chommany")
_LA_DISTRICT = _S("Chanthabouly Sisattanak Xaysetha Sikhottabong")
_LA_ROAD = ["Rue Samsenthai", "Avenue Lane Xang", "Rue Setthathirath", "Thadeua Road", "Souphanouvong Road"]
_JE_ROAD = [
    "La Rue de la Pointe",
    "Colomberie",
    "Great Union Road",
    "La Route de St Aubin",
    "Le Mont Cochon",
    "Bath Street",
    "La Rue des Vaux",
    "Rouge Bouillon",
    "La Grande Route de St Jean",
    "David Place",
]
_JE_HOUSE = ["Les Fontaines", "Beau Séjour", "La Chaumière", "Clos du Buisson", "Le Douet", "Sea View"]
_JE_PARISH = ["St Helier", "St Saviour", "St Brelade", "St Ouen", "Trinity", "Grouville", "St Clement"]
_YE_ROAD = [
    ("شارع حدة", "Hadda Street"),
    ("شارع الزبيري", "Al-Zubairi Street"),
    ("شارع الستين", "Sixty Street"),
    ("شارع تعز", "Taiz Street"),
    ("شارع الملكة أروى", "Queen Arwa Street"),
    ("شارع جمال", "Jamal Street"),
]
_YE_TOWN = [("صنعاء", "Sana'a"), ("عدن", "Aden"), ("تعز", "Taiz"), ("المكلا", "Mukalla"), ("إب", "Ibb")]
_PG_SUBURB = _S("Boroko Gordons Hohola Gerehu Waigani Tokarara Korobosea Kila Erima")
_PG_TOWN = [("Port Moresby", "111"), ("Lae", "411"), ("Mount Hagen", "281"), ("Madang", "511"), ("Goroka", "441")]
_NC_ROAD = [
    "rue Jean Jaurès",
    "rue de Sébastopol",
    "rue Georges Clemenceau",
    "promenade Roger Laroque",
    "rue Anatole France",
    "avenue du Maréchal Foch",
    "rue Paul Bouquet",
    "route de l'Anse Vata",
]
_NC_TOWN = [
    ("Nouméa", "98800"),
    ("Dumbéa", "98835"),
    ("Le Mont-Dore", "98809"),
    ("Païta", "98890"),
    ("Koné", "98860"),
    ("Bourail", "98870"),
]
_ZW_ROAD = [
    "Samora Machel Avenue",
    "Fife Street",
    "Herbert Chitepo Street",
    "Josiah Tongogara Avenue",
    "Leopold Takawira Street",
    "Nelson Mandela Avenue",
]
_ZW_SUBURB = [
    ("Budiriro 5", "Harare"),
    ("Zengeza 3", "Chitungwiza"),
    ("Mbare", "Harare"),
    ("Nkulumane", "Bulawayo"),
    ("Sakubva", "Mutare"),
    ("Mkoba 12", "Gweru"),
    ("Rujeko", "Masvingo"),
]
_GY_AREA = [
    ("Campbellville", "Georgetown"),
    ("Kitty", "Georgetown"),
    ("Albouystown", "Georgetown"),
    ("Mahaicony, East Coast Demerara", ""),
    ("Stanleytown", "New Amsterdam"),
    ("Turkeyen", "Greater Georgetown"),
    ("Canal No. 1, West Bank Demerara", ""),
    ("Corriverton", "Berbice"),
]
_GY_ROAD = ["Public Road", "Middle Street", "Brickdam", "Sheriff Street", "Vlissengen Road", "Section K"]
_AF_AREA = [
    ("وزیر اکبر خان", "Wazir Akbar Khan", "۱۰"),
    ("کارته سه", "Karte Se", "۶"),
    ("شهر نو", "Shahr-e Naw", "۴"),
    ("خیرخانه", "Khair Khana", "۱۱"),
    ("مکرویان", "Macroyan", "۹"),
]
_AF_TOWN = [("کابل", "Kabul"), ("کندهار", "Kandahar"), ("جلال آباد", "Jalalabad"), ("هرات", "Herat")]
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# Street and unit words of the new places: a kept one says nothing about the original street.
STREET_WORDS = frozenset({"ban", "unit", "house", "rue", "avenue", "road", "street", "lot", "section", "stand",
                          "plot", "allotment", "bp", "flat", "route", "promenade", "شارع", "عمارة", "شقة", "سړک",
                          "کور", "ناحیه", "bldg", "apt", "district", "box", "p.o"})  # fmt: skip


def place(locale: str, rng: random.Random, script: str = "") -> tuple[str, str, str]:
    """(street line, postcode, town): postcode "" where the place writes none (Yemen, Zimbabwe, Guyana) or seldom
    does (Laos, PNG, Afghanistan)."""
    n = rng.randint(1, 140)
    if locale == "lo_LA":
        town = rng.choice(("Vientiane Capital", "Luang Prabang", "Pakse", "Savannakhet"))
        street = (f"Ban {rng.choice(_LA_BAN)}, Unit {rng.randint(1, 30)}, House {rng.randint(1, 300):03d}"
                  if rng.random() < 0.7 else f"{n} {rng.choice(_LA_ROAD)}")  # fmt: skip
        return street, f"0{rng.randint(1, 9)}000" if rng.random() < 0.2 else "", town
    if locale == "en_JE":
        if rng.random() < 0.35:
            street = f"{rng.choice(_JE_HOUSE)}, {rng.choice(_JE_ROAD)}"
        else:
            street = f"{n} {rng.choice(_JE_ROAD)}"
        return street, f"JE{rng.randint(1, 3)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", rng.choice(_JE_PARISH)  # fmt: skip
    if locale == "ar_YE":
        road, town = rng.choice(_YE_ROAD), rng.choice(_YE_TOWN)
        if script == "arabic":
            return f"{road[0]}، عمارة {rng.randint(1, 60)}، شقة {rng.randint(1, 12)}", "", town[0]
        return f"{road[1]}, Bldg {rng.randint(1, 60)}, Apt {rng.randint(1, 12)}", "", town[1]
    if locale == "en_PG":
        town, code = rng.choice(_PG_TOWN)
        street = f"Section {rng.randint(1, 400)}, Lot {rng.randint(1, 60)}, {rng.choice(_PG_SUBURB)}"
        if rng.random() < 0.25:
            street = f"Allotment {rng.randint(1, 60)}, Section {rng.randint(1, 400)}, {rng.choice(_PG_SUBURB)}"
        return street, code if rng.random() < 0.25 else "", town
    if locale == "fr_NC":
        town, code = rng.choice(_NC_TOWN)
        street = f"{n} {rng.choice(_NC_ROAD)}"
        if rng.random() < 0.25:
            street = f"lot {rng.randint(1, 200)}, lotissement {rng.choice(('Ondémia', 'Koutio', 'Tina', 'Auteuil'))}"
        return street, code, town
    if locale == "sn_ZW":
        if rng.random() < 0.5:
            suburb, town = rng.choice(_ZW_SUBURB)
            return f"Stand {rng.randint(100, 9999)}, {suburb}", "", town
        return f"{n} {rng.choice(_ZW_ROAD)}", "", rng.choice(("Harare", "Bulawayo", "Mutare", "Gweru"))
    if locale == "en_GY":
        area, town = rng.choice(_GY_AREA)
        road = rng.choice(_GY_ROAD)
        street = f"Lot {n} {road}, {area}" if road != "Section K" else f"Lot {n} Section K, {area}"
        return street, "", town or "Georgetown"
    area, town = rng.choice(_AF_AREA), rng.choice(_AF_TOWN)
    house, road = rng.randint(1, 90), rng.randint(1, 30)
    pc = f"10{rng.randint(1, 9):02d}" if rng.random() < 0.15 else ""
    if script == "arabic":
        line = f"کور {house}، سړک {road}، {area[0]}، ناحیه {area[2]}"
        return (line.translate(_FA_DIGITS) if rng.random() < 0.4 else line), pc, town[0]
    return f"House {house}, Street {road}, {area[1]}", pc, town[1]


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale in ("ar_YE", "ps_AF") and any("\u0600" <= c <= "\u06ff" for c in street):
        return f"{town}، {street}"
    if locale == "fr_NC":
        return f"{street}, {postcode} {town}"
    if locale == "en_JE":
        return f"{street}, {town}, Jersey {postcode}"
    return ", ".join(x for x in (street, town, postcode) if x)


def zw_check(digits: str) -> str:
    """The check letter of a Zimbabwean national id: the district and serial digits mod 23."""
    return ZW_LETTERS[int(digits) % 23]


def national_id(locale: str, rng: random.Random, dob, female: bool) -> str:
    """A national id of a new locale (module docstring)."""
    if locale == "sn_ZW":
        district, serial = f"{rng.choice((8, 13, 22, 29, 48, 58, 63, 75)):02d}", f"{rng.randint(0, 9999999):07d}"
        serial = serial[1:] if rng.random() < 0.4 else serial
        return f"{district}-{serial} {zw_check(district + serial)} {rng.choice((8, 13, 22, 29, 48, 63)):02d}"
    if locale == "fr_NC":
        born = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}"
        body = f"{born}988{rng.randint(1, 30):02d}{rng.randint(1, 999):03d}"
        return f"{body}{nir.calc_check_digits(body)}"
    if locale == "en_JE":
        return f"JY{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
    if locale == "ps_AF":
        return f"{rng.choice((1398, 1399, 1400, 1401))}-{rng.randint(1, 3400):04d}-{rng.randint(0, 99999):05d}"
    width = {"lo_LA": 12, "ar_YE": 11, "en_PG": 10, "en_GY": 9}[locale]
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(width - 1))


def iban(locale: str, rng: random.Random) -> str | None:
    """An IBAN (Jersey banks write GB ones); None in the seven places without IBANs in use."""
    return _iban28("GB", rng) if locale == "en_JE" else None
