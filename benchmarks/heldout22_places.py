"""Addresses of held-out set 22: Faker's where it has the locale's own address provider, else written here.

Faker falls back to US addresses for about fifty of the locales (``Suite 690``, ``Adamsbury``): for those
countries this module holds its own street names, street pattern, towns and postcode layout (written from the
country, session 36). Street lines carry the country's street words (``Sokak``, ``iela``, ``Calle``, ``Rruga``,
``gatan``...); ``OWN_STREET_WORDS`` lists the unit/type words a kept line may share with its fake without
saying anything about the original.
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import random

from faker import Faker

# country -> (street pattern, street names, towns, postcode layout: 9 digit, A letter, "" none)
OWN = {
    "TR": ("{s} Sokak No: {n}", "Atatürk|Gül|Menekşe|Papatya|Çınar|Lale|Kavak|Zambak", "Ankara|İzmir|Bursa|Eskişehir|Kayseri|Samsun", "99999"),
    "LT": ("{s} g. {n}", "Gedimino|Vilniaus|Pylimo|Savanorių|Laisvės|Taikos|Žalgirio", "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys", "LT-99999"),
    "BG": ("ул. „{s}“ {n}", "Васил Левски|Шипка|Граф Игнатиев|Раковски|Цар Симеон|Оборище", "София|Пловдив|Варна|Бургас|Русе", "9999"),
    "LV": ("{s} iela {n}", "Brīvības|Elizabetes|Tērbatas|Lāčplēša|Ganību|Valdemāra|Avotu", "Rīga|Daugavpils|Liepāja|Jelgava|Valmiera", "LV-9999"),
    "BE": ("{s} {n}", "Rue de la Station|Avenue Louise|Rue Haute|Chaussée de Wavre|Rue des Alliés|Place du Marché", "Bruxelles|Liège|Namur|Charleroi|Mons|Wavre", "9999"),
    "EE": ("{s} {n}", "Narva mnt|Pärnu mnt|Tartu mnt|Vana-Kalamaja tn|Kreutzwaldi tn|Lille tn", "Tallinn|Tartu|Pärnu|Narva|Viljandi", "99999"),
    "CH": ("{s} {n}", "Via Cantonale|Via Nassa|Via San Gottardo|Via Lugano|Via dei Faggi|Via Ciseri", "Lugano|Bellinzona|Locarno|Mendrisio|Chiasso", "9999"),
    "LU": ("{n}, {s}", "rue de la Gare|route d'Arlon|rue Principale|Grand-Rue|rue de l'Église|avenue de la Liberté", "Luxembourg|Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck", "L-9999"),
    "IS": ("{s} {n}", "Laugavegur|Hverfisgata|Skólavörðustígur|Bankastræti|Suðurgata|Hringbraut", "Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Garðabær", "999"),
    "NG": ("{n} {s}", "Awolowo Road|Adeola Odeku Street|Allen Avenue|Herbert Macaulay Way|Ikorodu Road|Bode Thomas Street", "Lagos|Abuja|Ibadan|Kano|Enugu|Port Harcourt", "999999"),
    "VE": ("Calle {s}, Casa {n}", "Los Mangos|El Carmen|Bolívar|La Paz|Las Acacias|San Rafael", "Caracas|Maracaibo|Valencia|Barquisimeto|Mérida", "9999"),
    "MT": ("{n}, Triq {s}", "il-Kbira|San Pawl|ir-Repubblika|il-Merkanti|tal-Għarus|Santa Lucija", "Birkirkara|Sliema|Mosta|Qormi|Żabbar|Naxxar", "AAA 9999"),
    "PK": ("House {n}, {s}", "Street 12|Jinnah Road|Mall Road|Canal View|Gulberg Road|Shahrah-e-Faisal", "Lahore|Karachi|Islamabad|Faisalabad|Multan", "99999"),
    "EG": ("{n} شارع {s}", "التحرير|الجمهورية|رمسيس|الهرم|صلاح سالم|النيل", "القاهرة|الإسكندرية|الجيزة|المنصورة|أسيوط", "99999"),
    "UZ": ("{s} ko'chasi, {n}", "Amir Temur|Navoiy|Mustaqillik|Bobur|Shota Rustaveli|Chilonzor", "Toshkent|Samarqand|Buxoro|Namangan|Andijon", "999999"),
    "AL": ("Rruga {s}, Nr. {n}", "e Kavajës|Myslym Shyri|Ismail Qemali|Sami Frashëri|e Durrësit|Dëshmorët e Kombit", "Tiranë|Durrës|Vlorë|Shkodër|Elbasan|Korçë", "9999"),
    "IE": ("{n} {s}", "Sráid an Mhuilinn|Bóthar na Trá|Ascaill na Páirce|Sráid Eoin|Bóthar an Chaisleáin", "Baile Átha Cliath|Gaillimh|Corcaigh|Luimneach|Trá Lí", "A99 A9A9"),
    "LK": ("No. {n}, {s}", "Galle Road|Kandy Road|Temple Road|Station Road|Lake Drive|Church Street", "Colombo|Kandy|Galle|Negombo|Jaffna|Matara", "99999"),
    "ET": ("{s}, House No. {n}", "Bole Road|Churchill Avenue|Africa Avenue|Haile Gebreselassie Road|Ras Makonnen Street", "Addis Ababa|Dire Dawa|Bahir Dar|Hawassa|Mekelle", ""),
    "KE": ("{s}, House {n}", "Moi Avenue|Kenyatta Avenue|Ngong Road|Waiyaki Way|Kimathi Street|Argwings Kodhek Road", "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret", "99999"),
    "SA": ("{n} {s}", "طريق الملك فهد|شارع العليا|طريق الملك عبدالله|شارع التحلية|شارع الأمير سلطان", "الرياض|جدة|الدمام|مكة المكرمة|المدينة المنورة", "99999"),
    "IN": ("{n}, {s}", "MG Road|Station Road|Nehru Nagar|Gandhi Chowk|Ashram Road|Janpath", "Ahmedabad|Surat|Vadodara|Bhubaneswar|Cuttack|Rajkot", "999999"),
    "GH": ("{n} {s}", "Oxford Street|Ring Road Central|Liberation Road|Kojo Thompson Road|Spintex Road", "Accra|Kumasi|Tamale|Takoradi|Cape Coast", "AA-999-9999"),
    "CY": ("Οδός {s} {n}", "Μακαρίου Γ΄|Αρχιεπισκόπου Κυπριανού|Ευαγόρου|Στασικράτους|Αγίου Ανδρέα", "Λευκωσία|Λεμεσός|Λάρνακα|Πάφος|Αμμόχωστος", "9999"),
    "LI": ("{s} {n}", "Landstrasse|Städtle|Aeulestrasse|Kirchstrasse|Feldkircherstrasse|Im Rietacker", "Vaduz|Schaan|Triesen|Balzers|Eschen|Mauren", "9499"),
    "AE": ("{s}، فيلا {n}", "شارع الوصل|شارع الشيخ زايد|شارع الجميرا|شارع المطار|شارع الكورنيش", "دبي|أبوظبي|الشارقة|العين|عجمان", ""),
    "JO": ("{n} شارع {s}", "الملكة رانيا|الجاردنز|مكة|وادي صقرة|الرينبو|الأمير محمد", "عمّان|الزرقاء|إربد|العقبة|السلط", "99999"),
    "BA": ("{s} {n}", "Ferhadija|Titova|Maršala Tita|Zmaja od Bosne|Alipašina|Kralja Tvrtka", "Sarajevo|Banja Luka|Tuzla|Zenica|Mostar|Bihać", "99999"),
    "PE": ("{s} {n}", "Av. Arequipa|Jr. de la Unión|Av. Larco|Calle Los Pinos|Av. Brasil|Jr. Huallaga", "Lima|Arequipa|Trujillo|Cusco|Chiclayo|Piura", "99999"),
    "MY": ("No. {n}, {s}", "Jalan Ampang|Jalan Bukit Bintang|Jalan Tun Razak|Lorong Maarof|Jalan SS2/24|Jalan Sultan Ismail", "Kuala Lumpur|Petaling Jaya|Johor Bahru|Ipoh|Shah Alam|George Town", "99999"),
    "KZ": ("ул. {s}, д. {n}", "Абая|Достык|Сатпаева|Толе би|Жибек жолы|Назарбаева", "Алматы|Астана|Шымкент|Караганда|Актобе", "999999"),
    "ES": ("Carrer {s}, {n}", "de Balmes|de Mallorca|Major|de Sant Joan|del Pi|de la Indústria", "Barcelona|Girona|Lleida|Tarragona|Sabadell|Terrassa", "08999"),
    "RS": ("{s} {n}", "Кнеза Милоша|Булевар краља Александра|Немањина|Цара Душана|Вука Караџића|Његошева", "Београд|Нови Сад|Ниш|Крагујевац|Суботица", "99999"),
    "MD": ("str. {s} {n}", "Ștefan cel Mare|Mihai Eminescu|București|Alexandru cel Bun|Ismail|Pușkin", "Chișinău|Bălți|Cahul|Orhei|Ungheni|Soroca", "MD-9999"),
    "SG": ("Blk {n} {s}", "Ang Mo Kio Avenue 3|Tampines Street 21|Bedok North Road|Jurong West Street 42|Toa Payoh Lorong 1", "Singapore", "999999"),
    "MN": ("{s} гудамж, {n}-р байр", "Энх тайвны|Чингисийн|Сөүлийн|Бага тойруу|Их сургуулийн|Жуулчны", "Улаанбаатар|Эрдэнэт|Дархан|Чойбалсан|Мөрөн", "99999"),
    "UY": ("{s} {n}", "Av. 18 de Julio|Bulevar Artigas|Calle Colonia|Av. Rivera|Calle Mercedes|Av. Italia", "Montevideo|Salto|Paysandú|Maldonado|Rivera", "99999"),
    "AO": ("Rua {s}, n.º {n}", "Major Kanhangulo|Rainha Ginga|Amílcar Cabral|Kwame Nkrumah|Comandante Che Guevara", "Luanda|Huambo|Lobito|Benguela|Lubango", ""),
    "ZA": ("{n} {s}", "Jan Smuts Avenue|Voortrekker Road|Long Street|Church Street|Main Road|Rivonia Road", "Johannesburg|Cape Town|Durban|Pretoria|Bloemfontein|Gqeberha", "9999"),
    "EC": ("{s} {n}", "Av. Amazonas|Calle García Moreno|Av. 9 de Octubre|Av. de los Shyris|Calle Junín|Av. Quito", "Quito|Guayaquil|Cuenca|Ambato|Manta|Loja", "999999"),
    "CR": ("{s}, casa {n}", "Avenida Central|Calle 5|Avenida Segunda|Barrio Escalante, calle 33|Paseo Colón", "San José|Heredia|Alajuela|Cartago|Liberia|Puntarenas", "99999"),
    "DO": ("Calle {s} #{n}", "El Conde|Duarte|Las Mercedes|Padre Billini|Max Henríquez Ureña|Gustavo Mejía Ricart", "Santo Domingo|Santiago de los Caballeros|La Romana|San Pedro de Macorís|Puerto Plata", "99999"),
    "MZ": ("Av. {s}, n.º {n}", "Julius Nyerere|24 de Julho|Eduardo Mondlane|Samora Machel|Vladimir Lenine|Karl Marx", "Maputo|Matola|Beira|Nampula|Quelimane|Tete", "9999"),
    "BH": ("مبنى {n}، طريق {s}", "2407|1503|3618|4310|2815|1021", "المنامة|المحرق|الرفاع|مدينة حمد|مدينة عيسى", "999"),
    "FI": ("{s} {n}", "Mannerheimvägen|Alexandersgatan|Skillnaden|Åbovägen|Strandvägen|Kyrkogatan", "Helsingfors|Åbo|Vasa|Jakobstad|Ekenäs|Borgå", "99999"),
    "JM": ("{n} {s}", "Hope Road|Constant Spring Road|Half Way Tree Road|Barbican Road|Old Hope Road|Red Hills Road", "Kingston|Montego Bay|Spanish Town|Portmore|Mandeville|Ocho Rios", ""),
    "SN": ("{s}, villa n° {n}", "Rue Carnot|Avenue Cheikh Anta Diop|Rue Moussé Diop|Boulevard de la République|Cité Keur Gorgui", "Dakar|Thiès|Saint-Louis|Ziguinchor|Kaolack|Rufisque", "99999"),
}  # fmt: skip
OWN_STREET_WORDS = frozenset(
    ["sokak", "no", "g", "iela", "rue", "avenue", "chaussée", "place", "mnt", "tn", "via", "route", "grand-rue", "road", "street", "way", "calle", "casa", "triq", "house", "ko'chasi", "rruga", "nr", "sráid", "bóthar", "ascaill", "drive", "lane", "ul", "ул", "д", "гудамж", "байр", "blk", "av", "jr", "jalan", "lorong", "no.", "str", "carrer", "villa", "calle", "avenida", "paseo", "barrio", "rua", "n.º", "boulevard", "cité", "landstrasse", "städtle", "kirchstrasse", "vägen", "gatan", "strandvägen", "شارع", "طريق", "مبنى", "فيلا", "οδός"]
)  # fmt: skip
_FAKER_OF = {"sw_KE": "en_KE"}


def faker_locale(locale: str) -> str:
    """The Faker locale a locale's names come from (``sw_KE`` -> ``en_KE``)."""
    return _FAKER_OF.get(locale, locale)


def _own_provider(fake: Faker, kind: str, locale: str) -> bool:
    return any(p.__module__ == f"faker.providers.{kind}.{locale}" for p in fake.providers)


def uses_own(locale: str, fake: Faker | None) -> bool:
    """Whether this module writes the locale's addresses (Faker has no address provider of its own for it)."""
    return fake is None or not _own_provider(fake, "address", faker_locale(locale))


def _code(layout: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") if c == "9" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "A" else c
                   for c in layout)  # fmt: skip


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of one home in ``locale``; postcode "" where the country has none here."""
    country = locale.split("_")[1]
    if locale != "ca_ES" and not uses_own(locale, fake):
        street = fake.street_address()
        return street.replace("\n", ", "), fake.postcode(), fake.city()
    pattern, streets, towns, layout = OWN[country]
    n = str(rng.randint(1, 180)) + (rng.choice(("", "", "", "A", "B")) if country in ("NG", "ZA", "JM") else "")
    street = pattern.format(s=rng.choice(streets.split("|")), n=n)
    return street, _code(layout, rng) if layout else "", rng.choice(towns.split("|"))


def has_postcodes(locale: str, fake: Faker | None) -> bool:
    """Whether the locale's homes have postcodes here."""
    country = locale.split("_")[1]
    if locale != "ca_ES" and not uses_own(locale, fake):
        return True
    return bool(OWN[country][3])


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """The address in one cell, as the country writes it (postcode before or after the town)."""
    country = locale.split("_")[1]
    sep = rng.choice((", ", ", ", "\n"))
    if not postcode:
        return f"{street}{sep}{town}"
    if country in (
        "US",
        "CA",
        "AU",
        "GB",
        "IE",
        "NZ",
        "JM",
        "IN",
        "PK",
        "LK",
        "NG",
        "KE",
        "SG",
        "MY",
        "ZA",
        "BR",
        "MX",
        "JP",
        "CN",
        "KR",
    ):
        return f"{street}{sep}{town} {postcode}"
    return f"{street}{sep}{postcode} {town}"
