"""Addresses of held-out set 23: Faker's where it has the locale's own address provider, else written here.

Faker falls back to US addresses (``Suite 690``, ``Adamsbury``) for about fifty of the locales: for those this
module holds the country's street pattern, a few real-sounding street names in its language, real towns and the
postcode layout (``#`` a digit, ``A`` a letter; empty where the country's mail uses none), written from the
countries in session 37. ``OWN_STREET_WORDS`` lists the type/unit words a kept street line may share with its fake
without saying anything about the original.
"""

from __future__ import annotations

import random

from faker import Faker
from faker.config import AVAILABLE_LOCALES

# locale -> (street pattern, street names, towns, postcode layout, order of a whole address)
# order: "pc_town" street, postcode town; "town_pc" street, town postcode; "town" street, town.
OWN = {
    "tr_TR": ("{s} No: {n}", ("Atatürk Caddesi", "Cumhuriyet Sokak", "Gül Sokak", "İnönü Bulvarı", "Lale Sokak"),
              ("Ankara", "Bursa", "İzmir", "Eskişehir", "Kayseri"), "#####", "pc_town"),
    "lt_LT": ("{s} {n}", ("Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Ąžuolų g.", "Pušų g."),
              ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"), "LT-#####", "pc_town"),
    "bg_BG": ("ул. „{s}“ № {n}", ("Васил Левски", "Христо Ботев", "Шипка", "Раковски", "Оборище"),
              ("София", "Пловдив", "Варна", "Бургас", "Русе"), "####", "pc_town"),
    "lv_LV": ("{s} {n}", ("Brīvības iela", "Dzirnavu iela", "Ganību dambis", "Liepu iela", "Skolas iela"),
              ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Valmiera"), "LV-####", "town_pc"),
    "fr_BE": ("{s} {n}", ("Rue de la Station", "Avenue Louise", "Chaussée de Wavre", "Rue des Tilleuls",
                          "Rue du Moulin"), ("Liège", "Namur", "Charleroi", "Mons", "Wavre"), "####", "pc_town"),
    "et_EE": ("{s} {n}", ("Pärnu mnt", "Tartu mnt", "Kase tn", "Mere pst", "Vabriku tn"),
              ("Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"), "#####", "pc_town"),
    "it_CH": ("{s} {n}", ("Via Cantonale", "Via San Gottardo", "Via dei Faggi", "Viale Stazione", "Via Nassa"),
              ("Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso"), "6###", "pc_town"),
    "de_LU": ("{n}, {s}", ("rue de la Gare", "Grand-Rue", "route d'Arlon", "rue des Champs", "Kiirchestrooss"),
              ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Ettelbruck", "Diekirch"), "L-####", "pc_town"),
    "is_IS": ("{s} {n}", ("Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bárugata", "Hafnarstræti"),
              ("Reykjavík", "Akureyri", "Kópavogur", "Hafnarfjörður", "Selfoss"), "###", "pc_town"),
    "en_NG": ("{n} {s}", ("Adeola Odeku Street", "Awolowo Road", "Herbert Macaulay Way", "Ogui Road",
                          "Aminu Kano Crescent"), ("Lagos", "Ibadan", "Enugu", "Abuja", "Kano"), "######", "town_pc"),
    "es_VE": ("{s}, Casa N° {n}", ("Av. Francisco de Miranda", "Calle Los Mangos", "Av. Bolívar",
                                  "Calle Real de Sabana Grande",
                                   "Av. Las Delicias"), ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Mérida"),
              "####", "town_pc"),
    "mt_MT": ("{n}, {s}", ("Triq il-Kbira", "Triq San Pawl", "Triq il-Wied", "Triq id-Dawret", "Triq Santa Marija"),
              ("Birkirkara", "Mosta", "Qormi", "Żabbar", "Sliema"), "AAA ####", "town_pc"),
    "en_PK": ("House {n}, {s}", ("Street 12, F-7/2", "Gulberg III Main Boulevard", "Shahrah-e-Faisal",
                                 "Canal View Road", "Mall Road"), ("Lahore", "Karachi", "Islamabad", "Faisalabad",
                                                                   "Multan"), "#####", "town_pc"),
    "ar_EG": ("{n} شارع {s}", ("التحرير", "الجمهورية", "النيل", "الهرم", "طلعت حرب"),
              ("القاهرة", "الإسكندرية", "الجيزة", "المنصورة", "طنطا"), "#####", "town_pc"),
    "uz_UZ": ("{s} ko'chasi, {n}-uy", ("Amir Temur", "Navoiy", "Mustaqillik", "Bobur", "Shota Rustaveli"),
              ("Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon"), "######", "pc_town"),
    "sq_AL": ("Rruga {s}, Nr. {n}", ("e Durrësit", "Myslym Shyri", "Ismail Qemali", "e Kavajës", "Sami Frashëri"),
              ("Tiranë", "Durrës", "Shkodër", "Vlorë", "Elbasan"), "####", "pc_town"),
    "ga_IE": ("{n} {s}", ("Bóthar na Trá", "Sráid Mhór", "Ascaill an Pharóiste", "Bóthar an Mhuilinn", "Cé na Coille"),
              ("Gaillimh", "Corcaigh", "Baile Átha Cliath", "Trá Lí", "Leitir Ceanainn"), "A## A#A#", "town_pc"),
    "si_LK": ("{n}, {s}", ("ගාලු පාර", "මහනුවර පාර", "කොළඹ පාර", "දේවාල පාර", "ස්ටේෂන් පාර"),
              ("කොළඹ", "මහනුවර", "ගාල්ල", "කුරුණෑගල", "මාතර"), "#####", "town_pc"),
    "am_ET": ("{s}, የቤት ቁጥር {n}", ("ቦሌ መንገድ", "ቸርችል ጎዳና", "አፍሪካ ጎዳና", "ደጃች ውቤ መንገድ", "ሰሜን ማዘጋጃ"),
              ("አዲስ አበባ", "ባህር ዳር", "ሀዋሳ", "ጎንደር", "መቀሌ"), "", "town"),
    "ar_SA": ("{n} شارع {s}", ("الملك فهد", "العليا", "الأمير سلطان", "التحلية", "الملك عبدالعزيز"),
              ("الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة"), "#####", "town_pc"),
    "gu_IN": ("{n}, {s}", ("સ્ટેશન રોડ", "ગાંધી માર્ગ", "સરદાર પટેલ રોડ", "નવરંગપુરા", "આશ્રમ રોડ"),
              ("અમદાવાદ", "સુરત", "વડોદરા", "રાજકોટ", "ભાવનગર"), "######", "town_pc"),
    "ha_NG": ("{n} {s}", ("Titin Murtala Mohammed", "Titin Zoo", "Titin Ahmadu Bello", "Titin Bompai", "Titin Gwarzo"),
              ("Kano", "Kaduna", "Katsina", "Sokoto", "Zaria"), "######", "town_pc"),
    "yo_NG": ("{n} {s}", ("Opopona Adeola Odeku", "Opopona Awolowo", "Opopona Ring",
                          "Opopona Bodija", "Opopona Oke-Ado"),
              ("Ìbàdàn", "Èkó", "Abẹ́òkúta", "Òṣogbo", "Ọ̀yọ́"), "######", "town_pc"),
    "ig_NG": ("{n} {s}", ("Ogui Road", "Zik Avenue", "Okpara Avenue", "Wetheral Road", "Aba Road"),
              ("Enugu", "Onitsha", "Owerri", "Aba", "Awka"), "######", "town_pc"),
    "tw_GH": ("{n} {s}", ("Oxford Street", "Liberation Road", "Adum Road", "Ring Road Central", "Kejetia Road"),
              ("Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast"), "AA-###-####", "town_pc"),
    "lb_LU": ("{n}, {s}", ("Haaptstrooss", "Kierchestrooss", "Gaassestrooss", "Bahnhofstrooss", "Millewee"),
              ("Lëtzebuerg", "Esch-Uelzecht", "Ettelbréck", "Dikrech", "Réimech"), "L-####", "pc_town"),
    "el_CY": ("{s} {n}", ("Λεωφόρος Μακαρίου", "Οδός Ερμού", "Οδός Αγίου Ανδρέα",
                          "Λεωφόρος Γρίβα Διγενή", "Οδός Λήδρας"),
              ("Λευκωσία", "Λεμεσός", "Λάρνακα", "Πάφος", "Παραλίμνι"), "####", "pc_town"),
    "de_LI": ("{s} {n}", ("Landstrasse", "Städtle", "Feldkircherstrasse", "Austrasse", "Kirchstrasse"),
              ("Vaduz", "Schaan", "Balzers", "Triesen", "Eschen"), "94##", "pc_town"),
    "ar_AE": ("Villa {n}, {s}", ("Al Wasl Road", "Sheikh Zayed Road", "Al Khail Street", "Jumeirah Street 2",
                                 "Corniche Road"), ("Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman"), "", "town"),
    "ar_JO": ("{n} شارع {s}", ("الجاردنز", "مكة", "الملكة رانيا", "وصفي التل", "الرينبو"),
              ("عمّان", "إربد", "الزرقاء", "العقبة", "السلط"), "#####", "town_pc"),
    "bs_BA": ("{s} {n}", ("Ferhadija", "Titova", "Zmaja od Bosne", "Maršala Tita", "Kralja Tvrtka"),
              ("Sarajevo", "Banja Luka", "Tuzla", "Zenica", "Mostar"), "#####", "pc_town"),
    "or_IN": ("{n}, {s}", ("ଷ୍ଟେସନ ରୋଡ", "ଜନପଥ", "କଟକ ରୋଡ", "ମହାତ୍ମା ଗାନ୍ଧୀ ମାର୍ଗ", "ବଡ଼ ଦାଣ୍ଡ"),
              ("ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ", "ରାଉରକେଲା", "ବାଲେଶ୍ୱର"), "######", "town_pc"),
    "ar_BH": ("منزل {n}، طريق {s}", ("٣٤٢٥", "الشيخ خليفة", "البديع", "الاستقلال", "المعارض"),
              ("المنامة", "المحرق", "الرفاع", "مدينة عيسى", "سترة"), "", "town"),
    "sw_KE": ("{s}, Nyumba Nambari {n}", ("Barabara ya Moi", "Barabara ya Kenyatta", "Ngong Road", "Barabara ya Jogoo",
                                        "Tom Mboya Street"), ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
              "#####", "town_pc"),
    "es_PE": ("{s} {n}", ("Av. Arequipa", "Jr. de la Unión", "Av. Larco", "Calle Los Pinos", "Av. Javier Prado"),
              ("Lima", "Arequipa", "Trujillo", "Cusco", "Piura"), "#####", "town_pc"),
    "ms_MY": ("No. {n}, {s}", ("Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Lorong Mawar 3",
                              "Jalan Sultan Ismail"), ("Kuala Lumpur", "Shah Alam", "Johor Bahru", "Ipoh", "Kuantan"),
              "#####", "pc_town"),
    "kk_KZ": ("{s} көшесі, {n}", ("Абай", "Достық", "Сейфуллин", "Қабанбай батыр", "Әл-Фараби"),
              ("Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтөбе"), "######", "pc_town"),
    "ca_ES": ("{s}, {n}", ("Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Riera",
                           "Rambla Nova"), ("Barcelona", "Girona", "Lleida", "Tarragona", "Vic"), "0####", "pc_town"),
    "sr_RS": ("{s} {n}", ("Кнез Михаилова", "Булевар ослобођења", "Његошева", "Цара Душана", "Таковска"),
              ("Београд", "Нови Сад", "Ниш", "Крагујевац", "Суботица"), "#####", "pc_town"),
    "ro_MD": ("str. {s} {n}", ("Ștefan cel Mare", "Mihai Eminescu", "Alba Iulia", "Ismail", "Columna"),
              ("Chișinău", "Bălți", "Cahul", "Orhei", "Ungheni"), "MD-####", "town_pc"),
    "en_SG": ("Blk {n} {s}", ("Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road", "Jurong West Street 52",
                              "Toa Payoh Lorong 4"), ("Singapore",), "######", "town_pc"),
    "mn_MN": ("{s} гудамж, {n}-р байр", ("Энхтайван", "Сөүлийн", "Бага тойруу", "Чингисийн", "Жамъян гүний"),
              ("Улаанбаатар", "Эрдэнэт", "Дархан", "Чойбалсан", "Мөрөн"), "#####", "town_pc"),
    "es_UY": ("{s} {n}", ("Av. 18 de Julio", "Bulevar Artigas", "Calle Colonia", "Av. Italia", "Calle Canelones"),
              ("Montevideo", "Salto", "Paysandú", "Maldonado", "Rivera"), "#####", "pc_town"),
    "pt_AO": ("{s}, n.º {n}", ("Rua Rainha Ginga", "Avenida 4 de Fevereiro", "Rua Amílcar Cabral", "Rua da Missão",
                               "Avenida Deolinda Rodrigues"), ("Luanda", "Huambo", "Benguela", "Lubango", "Cabinda"),
              "", "town"),
    "en_ZA": ("{n} {s}", ("Jan Smuts Avenue", "Main Road", "Long Street", "Oxford Road", "Church Street"),
              ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha"), "####", "town_pc"),
    "es_EC": ("{s} N{n}-12", ("Av. Amazonas", "Calle Juan León Mera", "Av. 6 de Diciembre", "Calle Guayaquil",
                              "Av. 9 de Octubre"),
                              ("Quito", "Guayaquil", "Cuenca", "Ambato", "Loja"), "######", "town_pc"),
    "es_CR": ("{s}, casa {n}", ("Avenida Central", "Calle 5", "Paseo Colón", "Avenida Segunda", "Calle Los Almendros"),
              ("San José", "Heredia", "Alajuela", "Cartago", "Liberia"), "#####", "town_pc"),
    "es_DO": ("Calle {s} No. {n}", ("El Conde", "Duarte", "Las Mercedes", "Pasteur", "Hermanas Mirabal"),
              ("Santo Domingo", "Santiago de los Caballeros", "La Romana", "Puerto Plata", "San Pedro de Macorís"),
              "#####", "town_pc"),
    "pt_MZ": ("{s}, n.º {n}", ("Avenida Julius Nyerere", "Avenida Eduardo Mondlane", "Rua da Sé", "Avenida 24 de Julho",
                               "Rua dos Lusíadas"),
                               ("Maputo", "Beira", "Nampula", "Matola", "Quelimane"), "####", "town"),
    "sv_FI": ("{s} {n}", ("Mannerheimvägen", "Alexandersgatan", "Skolgatan", "Strandvägen", "Kyrkoesplanaden"),
              ("Helsingfors", "Åbo", "Vasa", "Jakobstad", "Borgå"), "#####", "pc_town"),
    "en_JM": ("{n} {s}", ("Hope Road", "Constant Spring Road", "Barbican Road", "Red Hills Road", "Orange Street"),
              ("Kingston", "Montego Bay", "Spanish Town", "Mandeville", "Ocho Rios"), "", "town"),
    "fr_SN": ("{n}, {s}", ("Avenue Cheikh Anta Diop", "Rue Carnot", "Boulevard de la République", "Rue Moussé Diop",
                           "Avenue Blaise Diagne"), ("Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"),
              "#####", "pc_town"),
    "es_GT": ("{s}-{n}", ("4a. Calle 4", "12 Avenida 8", "6a. Avenida 15", "3a. Calle 10", "7a. Avenida 2",
                         "18 Calle 5", "2a. Avenida 11"),
              ("Ciudad de Guatemala", "Quetzaltenango", "Escuintla", "Antigua Guatemala", "Cobán"), "01###", "town_pc"),
    "es_PY": ("{s} {n}", ("Avda. Mariscal López", "Calle Palma", "Avda. España", "Calle Estrella",
                          "Avda. Eusebio Ayala"),
              ("Asunción", "Ciudad del Este", "Encarnación", "San Lorenzo", "Luque"), "####", "pc_town"),
    "pt_CV": ("{s}, n.º {n}", ("Rua Serpa Pinto", "Avenida Amílcar Cabral", "Rua Andrade Corvo", "Achada Santo António",
                               "Rua de Lisboa"),
                               ("Praia", "Mindelo", "Assomada", "Espargos", "São Filipe"), "####", "pc_town"),
    "ar_OM": ("منزل {n}، سكة {s}", ("٢٣١٤", "١٥٠٢", "الخوض ٧", "٣٨٠٩", "المعبيلة ٨"),
              ("مسقط", "صلالة", "صحار", "نزوى", "صور"), "###", "pc_town"),
    "cy_GB": ("{n} {s}", ("Heol y Bont", "Stryd Fawr", "Ffordd yr Eglwys", "Lôn Glan Môr",
                          "Heol Penrallt", "Maes y Dref"),
              ("Caernarfon", "Aberystwyth", "Bangor", "Pwllheli", "Llanelli", "Dolgellau"), "LL## #AA", "town_pc"),
    "fr_CI": ("{s}, lot {n}", ("Rue des Jardins, Cocody", "Boulevard Latrille", "Rue du Commerce, Plateau",
                               "Avenue Chardy", "Rue Paris Village"), ("Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro",
                                                                       "Korhogo"), "", "town"),
}  # fmt: skip
OWN_STREET_WORDS = frozenset(
    """no caddesi sokak bulvarı g pr al iela dambis mnt tn pst via viale rue route chaussée grand gata av avda calle
    casa n° triq house street road boulevard way crescent avenue titin opopona bóthar sráid ascaill cé rruga nr
    landstrasse strasse villa jalan lorong blk ko'chasi uy carrer passeig rambla str blk casa rua avenida n.º lot
    heol stryd ffordd lôn maes barabara nyumba nambari jr zona a. vägen gatan köshesi көшесі гудамж байр ул № mahalle
    شارع منزل طريق سكة calle""".split()  # noqa: SIM905
)


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (its own)."""
    return locale


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's addresses (Faker has none of its own)."""
    return locale in OWN or locale not in AVAILABLE_LOCALES


def _code(layout: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABDEFHJLNPRSTUW") if c == "A" else c
                   for c in layout)  # fmt: skip


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of ``locale``: Faker's own, else ``OWN``'s (postcode empty where none)."""
    if locale in OWN:
        pattern, streets, towns, layout, _ = OWN[locale]
        street = pattern.format(s=rng.choice(streets), n=rng.randint(1, 180))
        return street, _code(layout, rng) if layout else "", rng.choice(towns)
    if fake is None:  # a locale with neither: Welsh-free English fallback never used by the set's locales
        raise KeyError(locale)
    return fake.street_address(), fake.postcode(), fake.city()


def has_postcodes(locale: str) -> bool:
    """Whether the country's addresses carry a postcode."""
    return not (locale in OWN and not OWN[locale][3])


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """A whole address in one cell, in the country's order, joined by commas or a line break."""
    order = (
        OWN[locale][4]
        if locale in OWN
        else ("town_pc" if locale.split("_")[1] in ("US", "GB", "CA", "AU", "IE", "NZ", "IN", "PH") else "pc_town")
    )
    if order == "town":
        tail = town
    elif order == "town_pc":
        tail = f"{town} {postcode}".strip() if locale.split("_")[1] != "GB" else f"{town}, {postcode}"
    else:
        tail = f"{postcode} {town}".strip()
    sep = rng.choice((", ", ", ", "\n"))
    return f"{street}{sep}{tail}"
