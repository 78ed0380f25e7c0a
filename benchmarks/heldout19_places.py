"""Streets, postcodes and towns of held-out set 19.

Faker 40 writes its own for most locales; where it prints its English fallback ("825 Garrett Circles",
"Port Taylorside") or no real street line, they are built here from the country: the street pattern it writes
(number before or after, its street word), names streets there are named after, towns people live in and the
postcode layout (``#`` a digit, ``?`` a capital). Written from general knowledge of each country, not from any
earlier set.
"""

# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped ones)

from __future__ import annotations

import random

from faker import Faker

# locale -> (street patterns, street names, towns, postcode layouts); {s} a name, {n} a house number.
OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "tr_TR": (("{s} Caddesi No:{n}", "{s} Sokak No: {n}/3"), ("Atatürk", "Cumhuriyet", "Bağdat", "Gazi Osman Paşa", "Menekşe", "Kızılay"), ("Kadıköy", "Çankaya", "Bornova", "Nilüfer", "Muratpaşa"), ("#####",)),
    "lt_LT": (("{s} g. {n}", "{s} pr. {n}-12"), ("Gedimino", "Vilniaus", "Savanorių", "Žalgirio", "Kęstučio", "Liepų"), ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"), ("LT-#####",)),
    "bg_BG": (("ул. „{s}“ № {n}", "бул. „{s}“ {n}"), ("Витоша", "Граф Игнатиев", "Шипка", "Раковски", "Цар Симеон", "Васил Левски"), ("София", "Пловдив", "Варна", "Бургас", "Русе"), ("####",)),
    "lv_LV": (("{s} iela {n}", "{s} gatve {n}-4"), ("Brīvības", "Dzirnavu", "Elizabetes", "Lāčplēša", "Tērbatas", "Valdemāra"), ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Valmiera"), ("LV-####",)),
    "fr_BE": (("rue {s} {n}", "avenue {s} {n}/2", "chaussée de {s} {n}"), ("de la Loi", "Royale", "du Midi", "Louise", "Haecht", "des Wallons"), ("Liège", "Namur", "Charleroi", "Mons", "Wavre"), ("####",)),
    "et_EE": (("{s} tn {n}", "{s} mnt {n}-7"), ("Pärnu", "Narva", "Tartu", "Kaupmehe", "Vabriku", "Sõpruse"), ("Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"), ("#####",)),
    "it_CH": (("Via {s} {n}", "Viale {s} {n}"), ("Nassa", "Cantonale", "San Gottardo", "Motta", "Besso", "Lugano"), ("Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso"), ("6###",)),
    "de_LU": (("{n}, rue {s}", "{n} route de {s}"), ("de la Gare", "Principale", "d'Arlon", "de Luxembourg", "des Prés", "de Hollerich"), ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck"), ("L-####",)),
    "lb_LU": (("{n}, {s}", "{s} {n}"), ("Gaass", "Haaptstrooss", "Kierchestrooss", "Schoulstrooss", "Bahnhofstrooss", "Millewee"), ("Lëtzebuerg", "Esch-Uelzecht", "Déifferdeng", "Diddeleng", "Ettelbréck", "Wolz"), ("L-####",)),
    "is_IS": (("{s} {n}", "{s}gata {n}"), ("Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bárugata", "Hringbraut", "Sæbraut"), ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Selfoss"), ("###",)),
    "en_NG": (("{n} {s} Street", "{n} {s} Crescent"), ("Adeola Odeku", "Awolowo", "Allen", "Ikorodu", "Ahmadu Bello", "Okpara"), ("Lagos", "Ibadan", "Enugu", "Port Harcourt", "Abuja"), ("######",)),
    "yo_NG": (("{n} Òpópó {s}", "{n} {s} Street"), ("Adékúnlé", "Ọbáfẹ́mi Awólọ́wọ̀", "Òkè-Àdó", "Bódìjà", "Ìdúmọ̀ta", "Mọ́kọ́là"), ("Ìbàdàn", "Èkó", "Abẹ́òkúta", "Òṣogbo", "Àkúrẹ́"), ("######",)),
    "ha_NG": (("Titin {s} Na {n}", "{n} {s} Road"), ("Murtala Mohammed", "Zaria", "Bompai", "Sabon Gari", "Ibrahim Taiwo", "Gidan Dabino"), ("Kano", "Kaduna", "Katsina", "Sokoto", "Zariya"), ("######",)),
    "es_VE": (("Av. {s}, Edif. {n}", "Calle {s} con Av. {n}"), ("Francisco de Miranda", "Urdaneta", "Libertador", "Bolívar", "Las Delicias", "Sucre"), ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Mérida"), ("####",)),
    "mt_MT": (("{n}, Triq {s}", "Triq {s}, {n}"), ("il-Kbira", "San Pawl", "ir-Repubblika", "il-Mitħna", "Santa Luċija", "il-Knisja"), ("Birkirkara", "Qormi", "Żabbar", "Mosta", "Naxxar"), ("??? ####",)),
    "en_PK": (("House {n}, Street {s}", "{n} {s} Road"), ("Jinnah", "Mall", "Shahrah-e-Faisal", "Allama Iqbal", "Ferozepur", "University"), ("Lahore", "Karachi", "Islamabad", "Faisalabad", "Multan"), ("#####",)),
    "ar_EG": (("{n} شارع {s}", "شارع {s} رقم {n}"), ("التحرير", "الهرم", "جامعة الدول العربية", "طلعت حرب", "رمسيس", "الثورة"), ("القاهرة", "الجيزة", "الإسكندرية", "المنصورة", "طنطا"), ("#####",)),
    "ar_SA": (("{n} شارع {s}", "طريق {s}، مبنى {n}"), ("الملك فهد", "العليا", "التحلية", "الأمير سلطان", "الستين", "الملك عبدالعزيز"), ("الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة"), ("#####",)),
    "uz_UZ": (("{s} ko'chasi, {n}-uy", "{s} mahallasi, {n}"), ("Amir Temur", "Navoiy", "Mustaqillik", "Bobur", "Shota Rustaveli", "Chilonzor"), ("Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon"), ("######",)),
    "sq_AL": (("Rruga {s}, Nr. {n}", "Rr. {s} {n}"), ("Myslym Shyri", "Durrësit", "Kavajës", "Elbasanit", "Barrikadave", "Sami Frashëri"), ("Tiranë", "Durrës", "Vlorë", "Shkodër", "Korçë"), ("####",)),
    "ga_IE": (("{n} Sráid {s}", "{n} Bóthar {s}"), ("an Mhuilinn", "na Siopaí", "Mhic Easmainn", "Phádraig", "na hAbhann", "an Chaisleáin"), ("Gaillimh", "Baile Átha Cliath", "Corcaigh", "Trá Lí", "Leitir Ceanainn"), ("?## ?#?#",)),
    "si_LK": (("{n}, {s} පාර", "{n}/2, {s} මාවත"), ("ගාලු", "මහනුවර", "ධර්මපාල", "ආනන්ද", "පැපිලියාන", "හයිලෙවල්"), ("කොළඹ", "මහනුවර", "ගාල්ල", "කුරුණෑගල", "නුගේගොඩ"), ("#####",)),
    "am_ET": (("{s} መንገድ ቁጥር {n}", "ቤት ቁጥር {n}, {s}"), ("ቦሌ", "መስቀል አደባባይ", "ፒያሳ", "ካዛንቺስ", "አራት ኪሎ", "መገናኛ"), ("አዲስ አበባ", "ባሕር ዳር", "ጎንደር", "መቀሌ", "ሐዋሳ"), ("####",)),
    "sw_KE": (("{s} Road, Nyumba {n}", "{n} {s} Avenue"), ("Moi", "Kenyatta", "Ngong", "Jogoo", "Tom Mboya", "Kimathi"), ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"), ("#####",)),
    "gu_IN": (("{n}, {s} સોસાયટી", "{n}, {s} માર્ગ"), ("સરદાર પટેલ", "ગાંધી", "નવરંગપુરા", "આશ્રમ", "સી.જી.", "પાલડી"), ("અમદાવાદ", "સુરત", "વડોદરા", "રાજકોટ", "ભાવનગર"), ("######",)),
    "tw_GH": (("{n} {s} Street", "{s} Road, House {n}"), ("Oxford", "Kwame Nkrumah", "Adum", "Asafo", "Prempeh II", "Liberation"), ("Kumasi", "Accra", "Obuasi", "Techiman", "Koforidua"), ("??-###-####",)),
    "el_CY": (("Οδός {s} {n}", "{s} {n}, Διαμ. 2"), ("Μακαρίου", "Λήδρας", "Γρίβα Διγενή", "Αρχιεπισκόπου Κυπριανού", "Ευαγόρου", "Στασικράτους"), ("Λευκωσία", "Λεμεσός", "Λάρνακα", "Πάφος", "Παραλίμνι"), ("####",)),
    "de_LI": (("{s} {n}", "{s}strasse {n}"), ("Städtle", "Landstrasse", "Äulestrasse", "Kirchstrasse", "Feldkircher", "Zollstrasse"), ("Vaduz", "Schaan", "Balzers", "Triesen", "Eschen"), ("94##",)),
    "ja_JP": (("{s}{n}丁目{n}-{n}",), ("本町", "栄町", "中央", "緑町", "旭町", "宮前"), ("横浜市", "札幌市", "福岡市", "仙台市", "名古屋市"), ("###-####",)),
}  # fmt: skip
# Street-type and unit words of the streets built here: a kept one is no trace of the original street.
OWN_STREET_WORDS = frozenset(
    """caddesi sokak no g. g pr. pr ул ул. бул бул. iela gatve rue avenue chaussée route tn mnt via viale gata
    street crescent road òpópó titin na av. av edif. edif calle con triq house شارع رقم طريق مبنى ko'chasi
    mahallasi rruga rr. rr nr. nr sráid bóthar පාර මාවත መንገድ ቁጥር ቤት nyumba avenue સોસાયટી માર્ગ οδός διαμ.
    διαμ strasse 丁目 gaass""".split()  # noqa: SIM905
)


def _fill(layout: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTVWXY") if c == "?" else c
                   for c in layout)  # fmt: skip


def faker_locale(locale: str) -> str:
    """The Faker locale used for a locale's places (its own, or the nearest one Faker has)."""
    return {"sw_KE": "en_KE"}.get(locale, locale)


def place(locale: str, rng: random.Random, fake: Faker) -> tuple[str, str, str]:
    """(street line, postcode, town) of ``locale``: Faker's where it writes real ones, else built here."""
    if locale in OWN:
        patterns, names, towns, codes = OWN[locale]
        n = lambda: str(rng.randint(1, 160))  # noqa: E731
        street = rng.choice(patterns).replace("{s}", rng.choice(names))
        while "{n}" in street:
            street = street.replace("{n}", n(), 1)
        return street, _fill(rng.choice(codes), rng), rng.choice(towns)
    return fake.street_address(), fake.postcode(), fake.city()


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """The address as the country writes it on one line (or two, joined by a line break)."""
    if locale in ("en_US", "en_CA", "en_PH", "en_AU"):
        return f"{street}, {town} {postcode}"
    if locale in ("en_GB", "en_IE", "ga_IE", "en_NZ", "en_IN", "en_NG", "en_PK", "tw_GH", "sw_KE"):
        return f"{street}\n{town}\n{postcode}" if rng.random() < 0.3 else f"{street}, {town}, {postcode}"
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR"):
        return f"〒{postcode} {town}{street}" if locale == "ja_JP" else f"{postcode} {town} {street}"
    if locale in ("ar_SA", "ar_EG", "fa_IR", "he_IL"):
        return f"{street}، {town} {postcode}" if locale != "he_IL" else f"{street}, {town} {postcode}"
    return f"{street}, {postcode} {town}" if rng.random() < 0.7 else f"{street}\n{postcode} {town}"
