"""Streets, postcodes and towns of held-out set 21.

Faker 40 writes its own for most locales. Where its address provider is the English fallback ("825 Garrett
Circles") or the locale has no Faker, they are built here (``OWN``): the street line's pattern (``{n}`` a house
number, ``{s}`` a street name with its street word), street names the country's streets carry, towns people live
in and the postcode layout (``#`` a digit, ``?`` a capital; empty where the country writes none). Written from
general knowledge of each country in session 35, not from any earlier set.
"""

from __future__ import annotations

import random

from faker import Faker

OWN: dict[str, tuple[str, str, str, str]] = {
    "tr_TR": (
        "{s} No:{n}",
        "Atatürk Caddesi|Cumhuriyet Caddesi|Gül Sokak|Menekşe Sokak|İnönü Bulvarı|Lale Sokak",
        "Ankara|İzmir|Bursa|Eskişehir|Antalya|Kayseri",
        "#####",
    ),
    "lt_LT": (
        "{s} {n}",
        "Gedimino pr.|Savanorių pr.|Vilniaus g.|Liepų g.|Ąžuolyno g.|Taikos pr.",
        "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys",
        "LT-#####",
    ),
    "bg_BG": (
        "{s} {n}",
        "ул. Иван Вазов|бул. Витоша|ул. Шипка|ул. Раковски|бул. България|ул. Цар Симеон",
        "София|Пловдив|Варна|Бургас|Русе",
        "####",
    ),
    "lv_LV": (
        "{s} {n}",
        "Brīvības iela|Elizabetes iela|Lāčplēša iela|Dzirnavu iela|Kalnciema iela|Ganību dambis",
        "Rīga|Daugavpils|Liepāja|Jelgava|Valmiera",
        "LV-####",
    ),
    "fr_BE": (
        "{s} {n}",
        "Rue de la Station|Avenue Louise|Rue des Tilleuls|Chaussée de Wavre|Rue du Moulin|Place Saint-Lambert",
        "Liège|Namur|Charleroi|Mons|Wavre|Bruxelles",
        "####",
    ),
    "et_EE": (
        "{s} {n}",
        "Pärnu mnt|Narva mnt|Tartu mnt|Vabriku tn|Kase tn|Mere pst",
        "Tallinn|Tartu|Pärnu|Narva|Viljandi",
        "#####",
    ),
    "it_CH": (
        "{s} {n}",
        "Via Nassa|Via Cantonale|Via San Gottardo|Via alla Chiesa|Viale Stazione|Via Trevano",
        "Lugano|Bellinzona|Locarno|Mendrisio|Chiasso",
        "####",
    ),
    "de_LU": (
        "{n}, {s}",
        "rue de la Gare|route d'Arlon|rue Principale|avenue de la Liberté|rue des Prés|Grand-Rue",
        "Luxembourg|Esch-sur-Alzette|Differdange|Ettelbruck|Mersch",
        "L-####",
    ),
    "de_LI": (
        "{s} {n}",
        "Landstrasse|Äulestrasse|Herrengasse|Im Rietacker|Feldkircherstrasse|Zollstrasse",
        "Vaduz|Schaan|Balzers|Triesen|Eschen|Mauren",
        "94##",
    ),
    "lb_LU": (
        "{n}, {s}",
        "rue de l'Église|route de Longwy|rue du Fort|rue de Hollerich|rue des Jardins|Montée de la Pétrusse",
        "Luxembourg|Dudelange|Wiltz|Diekirch|Remich",
        "L-####",
    ),
    "is_IS": (
        "{s} {n}",
        "Laugavegur|Hverfisgata|Skólavörðustígur|Bankastræti|Álfheimar|Hringbraut",
        "Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Selfoss",
        "###",
    ),
    "en_NG": (
        "{n} {s}",
        "Awolowo Road|Adeola Odeku Street|Allen Avenue|Herbert Macaulay Way|Ogunlana Drive|Aminu Kano Crescent",
        "Lagos|Ibadan|Abuja|Port Harcourt|Enugu",
        "######",
    ),
    "es_VE": (
        "{s}, casa {n}",
        "Avenida Bolívar|Calle Los Mangos|Avenida Urdaneta|Calle El Carmen|Avenida Libertador",
        "Caracas|Maracaibo|Valencia|Barquisimeto|Mérida",
        "####",
    ),
    "mt_MT": (
        "{n}, {s}",
        "Triq il-Kbira|Triq San Pawl|Triq il-Mithna|Triq ir-Repubblika|Triq Santa Marija|Triq il-Kappella",
        "Birkirkara|Mosta|Qormi|Żabbar|Sliema|Naxxar",
        "??? ####",
    ),
    "en_PK": (
        "House {n}, {s}",
        "Street 12 F-7/2|Jinnah Road|Mall Road|Canal View Road|Shahrah-e-Faisal|Gulberg Main Boulevard",
        "Lahore|Karachi|Islamabad|Rawalpindi|Faisalabad|Multan",
        "#####",
    ),
    "ar_EG": (
        "{n} {s}",
        "شارع التحرير|شارع الهرم|شارع النيل|شارع جامعة الدول العربية|شارع رمسيس|شارع الثورة",
        "القاهرة|الإسكندرية|الجيزة|المنصورة|أسيوط",
        "#####",
    ),
    "uz_UZ": (
        "{s}, {n}-uy",
        "Amir Temur ko'chasi|Navoiy ko'chasi|Mustaqillik shoh ko'chasi|Bobur ko'chasi|Olmazor ko'chasi",
        "Toshkent|Samarqand|Buxoro|Namangan|Andijon",
        "######",
    ),
    "sq_AL": (
        "{s}, Nr. {n}",
        "Rruga e Durrësit|Rruga Myslym Shyri|Rruga e Kavajës|Bulevardi Zogu I|Rruga Sami Frashëri",
        "Tiranë|Durrës|Vlorë|Shkodër|Elbasan|Korçë",
        "####",
    ),
    "yo_NG": (
        "{n} {s}",
        "Bodija Road|Ring Road|Oke-Ado Street|Mokola Road|Iwo Road|Oyo Road",
        "Ibadan|Abeokuta|Osogbo|Akure|Ilorin|Ogbomosho",
        "######",
    ),
    "ga_IE": (
        "{n} {s}",
        "Bóthar na Trá|Sráid an Droichid|Bóthar an Chaisleáin|Sráid Mhór|Bóthar na Coille",
        "Gaillimh|Leitir Ceanainn|An Daingean|Béal an Mhuirthead|Cathair na Mart",
        "???",
    ),
    "si_LK": (
        "{n}, {s}",
        "Galle Road|Kandy Road|Temple Road|Station Road|Lake Drive|Hospital Road",
        "Colombo|Kandy|Galle|Negombo|Kurunegala|Matara",
        "#####",
    ),
    "am_ET": (
        "{s}, House No. {n}",
        "Bole Road|Churchill Avenue|Africa Avenue|Haile Gebreselassie Road|Mexico Square Road",
        "Addis Ababa|Bahir Dar|Hawassa|Mekelle|Adama|Gondar",
        "####",
    ),
    "sw_KE": (
        "{s}, House {n}",
        "Ngong Road|Moi Avenue|Kenyatta Avenue|Waiyaki Way|Tom Mboya Street|Jogoo Road",
        "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika",
        "#####",
    ),
    "ar_SA": (
        "{n} {s}",
        "طريق الملك فهد|شارع العليا|طريق الملك عبدالعزيز|شارع التحلية|شارع الأمير سلطان",
        "الرياض|جدة|الدمام|مكة المكرمة|المدينة المنورة",
        "#####",
    ),
    "gu_IN": (
        "{n}, {s}",
        "Ashram Road|C G Road|Ring Road|Station Road|Relief Road|Race Course Road",
        "Ahmedabad|Surat|Vadodara|Rajkot|Bhavnagar|Gandhinagar",
        "######",
    ),
    "ha_NG": (
        "{n} {s}",
        "Zaria Road|Murtala Mohammed Way|Ahmadu Bello Way|Bompai Road|Kofar Mata Road",
        "Kano|Kaduna|Katsina|Zaria|Sokoto|Bauchi",
        "######",
    ),
    "tw_GH": (
        "{n} {s}",
        "Prempeh II Street|Harper Road|Asafo Road|Lake Road|Adum Road|Bantama High Street",
        "Kumasi|Accra|Obuasi|Sunyani|Techiman|Konongo",
        "",
    ),
    "el_CY": (
        "{s} {n}",
        "Λεωφόρος Μακαρίου|Οδός Ερμού|Οδός Ανεξαρτησίας|Λεωφόρος Γρίβα Διγενή|Οδός Αγίου Ανδρέα",
        "Λευκωσία|Λεμεσός|Λάρνακα|Πάφος|Παραλίμνι",
        "####",
    ),
    "ar_AE": (
        "Villa {n}, {s}",
        "Al Wasl Road|Jumeirah Street|Al Khaleej Road|Sheikh Zayed Road|Al Muroor Road|Corniche Road",
        "Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|Ras Al Khaimah",
        "",
    ),
    "ar_JO": (
        "{s}، بناية {n}",
        "شارع الملكة رانيا|شارع المدينة المنورة|شارع وصفي التل|شارع الجاردنز|شارع مكة",
        "عمان|إربد|الزرقاء|العقبة|السلط",
        "#####",
    ),
    "bs_BA": (
        "{s} {n}",
        "Ferhadija|Titova|Zmaja od Bosne|Maršala Tita|Ulica Mehmeda Spahe|Kralja Tvrtka",
        "Sarajevo|Tuzla|Zenica|Mostar|Bihać",
        "#####",
    ),
    "or_IN": (
        "{n}, {s}",
        "Janpath|Cuttack Road|Station Square Road|Sahid Nagar Main Road|Jayadev Vihar Road",
        "Bhubaneswar|Cuttack|Rourkela|Berhampur|Puri|Sambalpur",
        "######",
    ),
    "es_PE": (
        "{s} {n}",
        "Av. Arequipa|Jr. de la Unión|Av. Javier Prado|Calle Los Pinos|Av. Brasil|Jr. Ayacucho",
        "Lima|Arequipa|Trujillo|Cusco|Chiclayo|Piura",
        "#####",
    ),
    "ms_MY": (
        "{n}, {s}",
        "Jalan Ampang|Jalan Tun Razak|Jalan Bukit Bintang|Jalan Merdeka|Lorong Cempaka|Jalan Mawar",
        "Kuala Lumpur|Shah Alam|Johor Bahru|Ipoh|Kuching|Seremban",
        "#####",
    ),
    "kk_KZ": (
        "{s}, {n}",
        "Абай даңғылы|Достық даңғылы|Төле би көшесі|Сейфуллин көшесі|Қабанбай батыр даңғылы",
        "Алматы|Астана|Шымкент|Қарағанды|Ақтөбе",
        "######",
    ),
    "ca_ES": (
        "{s}, {n}",
        "Carrer Major|Carrer de la Font|Passeig de Gràcia|Carrer de Sant Pere|Rambla Nova|Carrer del Carme|"
        "Avinguda Diagonal",
        "Barcelona|Girona|Lleida|Tarragona|Sabadell|Terrassa|Vic|Manresa",
        "#####",
    ),
    "sr_RS": (
        "{s} {n}",
        "Булевар ослобођења|Кнеза Михаила|Улица Немањина|Цара Душана|Булевар краља Александра|Улица Вука Караџића",
        "Београд|Нови Сад|Ниш|Крагујевац|Суботица",
        "#####",
    ),
    "ro_MD": (
        "{s} {n}",
        "bd. Ștefan cel Mare|str. Mihai Eminescu|str. Alba Iulia|bd. Dacia|str. București|str. Columna",
        "Chișinău|Bălți|Orhei|Cahul|Ungheni|Soroca",
        "MD-####",
    ),
    "en_SG": (
        "Blk {n} {s}",
        "Ang Mo Kio Avenue 3|Tampines Street 21|Bedok North Road|Jurong West Street 42|Toa Payoh Lorong 1|"
        "Yishun Ring Road",
        "Singapore",
        "######",
    ),
    "mn_MN": (
        "{s}, {n}-р байр",
        "Энхтайваны өргөн чөлөө|Сөүлийн гудамж|Бага тойруу|Чингисийн өргөн чөлөө|Нарны зам",
        "Улаанбаатар|Дархан|Эрдэнэт|Чойбалсан|Мөрөн",
        "#####",
    ),
    "es_UY": (
        "{s} {n}",
        "Av. 18 de Julio|Bulevar Artigas|Calle Colonia|Av. Rivera|Calle Sarandí|Av. Italia",
        "Montevideo|Salto|Paysandú|Maldonado|Las Piedras|Rivera",
        "#####",
    ),
    "pt_AO": (
        "{s}, n.º {n}",
        "Rua Rainha Ginga|Avenida 4 de Fevereiro|Rua Major Kanhangulo|Rua da Missão|Avenida Deolinda Rodrigues",
        "Luanda|Benguela|Huambo|Lubango|Lobito|Cabinda",
        "",
    ),
    "en_ZA": (
        "{n} {s}",
        "Jan Smuts Avenue|Main Road|Voortrekker Road|Church Street|Long Street|Beach Road|Oxford Road",
        "Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Bloemfontein|Soweto",
        "####",
    ),
}
# Street and unit words of ``OWN`` that say nothing about a street (a kept ``Triq`` or ``Blk`` is no trace).
OWN_STREET_WORDS = frozenset(
    [
        "caddesi",
        "sokak",
        "bulvarı",
        "no",
        "pr",
        "g",
        "iela",
        "tn",
        "mnt",
        "pst",
        "ул",
        "бул",
        "rue",
        "route",
        "avenue",
        "place",
        "chaussée",
        "via",
        "viale",
        "grand-rue",
        "casa",
        "calle",
        "avenida",
        "triq",
        "house",
        "street",
        "road",
        "drive",
        "crescent",
        "way",
        "ko'chasi",
        "uy",
        "rruga",
        "bulevardi",
        "nr",
        "bóthar",
        "sráid",
        "villa",
        "blk",
        "lorong",
        "jalan",
        "av",
        "jr",
        "carrer",
        "passeig",
        "rambla",
        "avinguda",
        "str",
        "bd",
        "n.º",
        "rua",
        "ring",
        "boulevard",
        "square",
        "даңғылы",
        "көшесі",
        "улица",
        "булевар",
        "байр",
        "гудамж",
        "өргөн",
        "чөлөө",
        "шарع",
        "شارع",
        "طريق",
        "بناية",
        "οδός",
        "λεωφόρος",
    ]
)
_FAKER_OF = {"sw_KE": "en_KE"}


def faker_locale(locale: str) -> str:
    """The Faker locale whose providers a locale's tables use (its own; Kenyan English for sw_KE)."""
    return _FAKER_OF.get(locale, locale)


def _code(layout: str, rng: random.Random) -> str:
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "?" else c for c in layout
    )


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of ``locale``: Faker's, or built from ``OWN``."""
    if locale in OWN or fake is None:
        pattern, streets, towns, code = OWN[locale]
        street = pattern.format(n=rng.randint(1, 180), s=rng.choice(streets.split("|")))
        town = rng.choice(towns.split("|"))
        if locale == "ro_MD":
            code = "MD-" + {"Chișinău": "20", "Bălți": "31"}.get(town, "3" + str(rng.randint(1, 9))) + "##"
        return street, _code(code, rng), town
    if locale == "ja_JP":  # Faker's ja_JP street line is "417 山田 Street": the block address instead
        return f"{fake.town()}{fake.chome()}{fake.ban()}{fake.gou()}", fake.postcode(), fake.city()
    street = fake.street_address()
    try:
        postcode = fake.postcode()
    except AttributeError:
        postcode = ""
    try:
        town = fake.city()
    except AttributeError:
        town = fake.city_name()
    return street.replace("\n", ", "), postcode, town


def has_postcodes(locale: str) -> bool:
    """Whether the country writes postcodes (Ghana, the Emirates and Angola here do not)."""
    return not (locale in OWN and not OWN[locale][3])


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """Street, postcode and town in the order the country writes them (one cell)."""
    if locale in ("en_US", "en_PH", "en_CA", "en_AU", "en_SG", "en_ZA", "en_NZ", "en_IN", "en_IE", "en_NG"):
        sep = rng.choice((", ", "\n"))
        return f"{street}{sep}{town} {postcode}".strip() if postcode else f"{street}{sep}{town}"
    if locale in ("en_GB",):
        return rng.choice(("{s}, {t}, {p}", "{s}\n{t}\n{p}", "{s}, {t} {p}")).format(s=street, t=town, p=postcode)
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR"):
        return f"{postcode} {town}{street}".strip()
    if not postcode:
        return f"{street}, {town}"
    return rng.choice(("{s}, {p} {t}", "{s} - {p} {t}", "{s}\n{p} {t}")).format(s=street, p=postcode, t=town)
