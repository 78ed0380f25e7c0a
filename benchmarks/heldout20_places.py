"""Streets, postcodes and towns of held-out set 20.

Faker 40 writes its own for most locales. Where its address provider is the English fallback ("825 Garrett
Circles", "Port Taylorside") or the locale has no Faker at all, they are built here from the country (``OWN``):
its street pattern (``{n}`` house number, ``{s}`` a street name, ``{w}`` its street word), names its streets
carry, towns people live in and its postcode layout (``#`` a digit, ``?`` a capital; empty where the country
writes none). Written from general knowledge of each country in session 34, not from any earlier set.
"""

from __future__ import annotations

import random

from faker import Faker

# locale -> (street pattern, street names, street words, towns, postcode layout)
OWN: dict[str, tuple[str, str, str, str, str]] = {
    "tr_TR": ("{s} {w} No:{n}", "Atatürk|Cumhuriyet|İnönü|Gazi|Menekşe|Kızılay|Lale", "Caddesi|Sokak|Bulvarı",
              "İzmir|Bursa|Eskişehir|Kadıköy|Çankaya|Antalya", "#####"),
    "lt_LT": ("{s} {w} {n}", "Gedimino|Vilniaus|Savanorių|Laisvės|Pilies|Žalgirio", "g.|pr.",
              "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys", "LT-#####"),
    "bg_BG": ("{w} „{s}“ {n}", "Витоша|Шипка|Раковски|Графа|Цар Симеон|Оборище", "ул.|бул.",
              "София|Пловдив|Варна|Бургас|Русе", "####"),
    "lv_LV": ("{s} {w} {n}", "Brīvības|Krišjāņa Barona|Elizabetes|Tērbatas|Ganību|Lāčplēša", "iela",
              "Rīga|Daugavpils|Liepāja|Jelgava|Jūrmala", "LV-####"),
    "fr_BE": ("{w} {s} {n}", "de la Loi|des Champs|Royale|du Midi|de Namur|Haute", "Rue|Avenue|Chaussée",
              "Liège|Namur|Charleroi|Mons|Bruxelles", "####"),
    "et_EE": ("{s} {w} {n}", "Narva|Pärnu|Tartu|Kalevi|Mustamäe|Sõpruse", "mnt|tn|pst",
              "Tallinn|Tartu|Pärnu|Narva|Viljandi", "#####"),
    "it_CH": ("{w} {s} {n}", "Cattori|San Gottardo|Nassa|Lavizzari|Besso|Canonica", "Via|Viale",
              "Lugano|Bellinzona|Locarno|Mendrisio|Chiasso", "6###"),
    "de_LU": ("{n}, {w} {s}", "de la Gare|Principale|de Luxembourg|des Champs|du Moulin", "rue|route",
              "Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck|Diekirch", "L-####"),
    "lb_LU": ("{n}, {w} {s}", "de la Gare|Principale|d'Arlon|de Longwy|Beck", "rue|route|avenue",
              "Lëtzebuerg|Esch-Uelzecht|Déifferdeng|Mersch|Wooltz", "L-####"),
    "is_IS": ("{s}{w} {n}", "Lauga|Skóla|Hverfis|Bræðraborgar|Hring|Ásvalla", "vegur|gata|braut",
              "Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Selfoss", "###"),
    "en_NG": ("{n} {s} {w}", "Adeola Odeku|Awolowo|Herbert Macaulay|Ahmadu Bello|Allen|Ogunlana", "Street|Road|Way",
              "Ikeja|Surulere|Ibadan|Enugu|Port Harcourt|Abuja", "######"),
    "yo_NG": ("{n} {s} {w}", "Adebayo|Olowu|Ogunlana|Akinola|Bode Thomas|Oduduwa", "Street|Road|Close",
              "Ibadan|Abeokuta|Ogbomosho|Osogbo|Ikeja", "######"),
    "ha_NG": ("{n} {s} {w}", "Murtala Mohammed|Zaria|Bompai|Ibrahim Taiwo|Gidan Dan Hausa|Sultan", "Road|Street",
              "Kano|Kaduna|Katsina|Sokoto|Zaria", "######"),
    "es_VE": ("{w} {s}, {w2} {n}", "Francisco de Miranda|Libertador|Urdaneta|Bolívar|Sucre|Las Mercedes",
              "Av.|Calle", "Caracas|Maracaibo|Valencia|Barquisimeto|Maracay", "####"),
    "mt_MT": ("{n}, {w} {s}", "San Pawl|Repubblika|tal-Imdina|il-Kbira|Santa Marija|tal-Kappillan", "Triq",
              "Birkirkara|Mosta|Qormi|Żabbar|Sliema|Naxxar", "??? ####"),
    "en_PK": ("House {n}, {w} {s}", "Jinnah|Allama Iqbal|Mall|Shahrah-e-Faisal|Canal|Ferozepur", "Street|Road",
              "Lahore|Karachi|Rawalpindi|Faisalabad|Multan", "#####"),
    "ar_EG": ("{n} {w} {s}", "التحرير|الهرم|جامعة الدول العربية|رمسيس|شبرا|النيل", "شارع",
              "القاهرة|الجيزة|الإسكندرية|المنصورة|طنطا", "#####"),
    "uz_UZ": ("{s} {w}, {n}-uy", "Amir Temur|Navoiy|Mustaqillik|Bobur|Shota Rustaveli|Chilonzor", "ko'chasi",
              "Toshkent|Samarqand|Buxoro|Namangan|Andijon", "######"),
    "sq_AL": ("{w} {s}, Nr. {n}", "Myslym Shyri|Dëshmorët e Kombit|Ismail Qemali|Sami Frashëri|Kavajës", "Rruga",
              "Tiranë|Durrës|Shkodër|Vlorë|Elbasan", "####"),
    "ga_IE": ("{n} {w} {s}", "na Siopaí|an Droichid|Mhór|an tSéipéil|na hAbhann", "Sráid|Bóthar",
              "Gaillimh|Corcaigh|Luimneach|Trá Lí|Daingean", "?## ?#?#"),
    "si_LK": ("{n} {s} {w}", "ගාලු|මහනුවර|හයිලෙවල්|ධර්මපාල|ආනන්ද කුමාරස්වාමි|බෞද්ධාලෝක", "පාර|මාවත",
              "කොළඹ|මහනුවර|ගාල්ල|කුරුණෑගල|මාතර", "#####"),
    "am_ET": ("{s} {w} {n}", "ቦሌ|አፍሪካ|ቸርቸል|ንግሥት ኤልሳቤጥ|ደጎል|ሰሜን", "መንገድ|ጎዳና",
              "አዲስ አበባ|ባሕር ዳር|ጎንደር|መቀሌ|ሐዋሳ", "####"),
    "sw_KE": ("{s} {w}, Nyumba {n}", "Moi|Kenyatta|Ngong|Haile Selassie|Tom Mboya|Kimathi", "Avenue|Road|Street",
              "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret", "#####"),
    "ar_SA": ("{n} {w} {s}", "الملك فهد|العليا|التحلية|الأمير سلطان|الملك عبدالعزيز|الستين", "طريق|شارع",
              "الرياض|جدة|الدمام|مكة المكرمة|المدينة المنورة", "#####"),
    "gu_IN": ("{n}, {s} {w}", "આશ્રમ|સી. જી.|ગાંધી|સરદાર પટેલ|નેહરુ|સ્ટેશન", "રોડ|માર્ગ",
              "અમદાવાદ|સુરત|વડોદરા|રાજકોટ|ભાવનગર", "######"),
    "tw_GH": ("{n} {s} {w}", "Oxford|Kwame Nkrumah|Liberation|Ring|Asafo|Adum", "Street|Road|Avenue",
              "Kumasi|Accra|Takoradi|Cape Coast|Koforidua", "??-###-####"),
    "el_CY": ("{w} {s} {n}", "Μακαρίου|Αρχιεπισκόπου Κυπριανού|Λήδρας|Γρίβα Διγενή|Ανεξαρτησίας", "Λεωφόρος|Οδός",
              "Λευκωσία|Λεμεσός|Λάρνακα|Πάφος|Παραλίμνι", "####"),
    "de_LI": ("{s}{w} {n}", "Haupt|Land|Kirch|Feld|Schloss|Au", "strasse|gasse|weg",
              "Vaduz|Schaan|Triesen|Balzers|Eschen", "94##"),
    "ar_AE": ("Villa {n}, {s} {w}", "Al Wasl|Jumeirah|Al Khaleej|Sheikh Zayed|Al Muroor|Hamdan", "Street|Road",
              "Dubai|Abu Dhabi|Sharjah|Al Ain|Ajman", ""),
    "ar_JO": ("{w} {s}، بناية {n}", "الملكة رانيا|المدينة المنورة|وصفي التل|الجاردنز|مكة|الأردن", "شارع",
              "عمان|إربد|الزرقاء|العقبة|السلط", "#####"),
    "bs_BA": ("{s} {n}", "Ferhadija|Titova|Zmaja od Bosne|Maršala Tita|Obala Kulina bana|Branilaca grada", "",
              "Sarajevo|Tuzla|Zenica|Mostar|Bihać", "7####"),
    "or_IN": ("{n}, {s} {w}", "ଜନପଥ|ସତ୍ୟନଗର|ଗଡ଼କଣା|ସହିଦ ନଗର|ନୟାପଲ୍ଲୀ|ବଡ଼ବଜାର", "ରୋଡ|ମାର୍ଗ",
              "ଭୁବନେଶ୍ୱର|କଟକ|ପୁରୀ|ସମ୍ବଲପୁର|ବ୍ରହ୍ମପୁର", "75####"),
    "es_PE": ("{w} {s} {n}", "Arequipa|Javier Prado|José Larco|Brasil|Grau|Los Olivos", "Av.|Jr.|Calle",
              "Lima|Miraflores|Arequipa|Trujillo|Cusco|Chiclayo", "15###"),
    "ms_MY": ("No. {n}, {w} {s}", "Ampang|Tun Razak|Bukit Bintang|Sultan Ismail|Kenanga|Mawar", "Jalan|Lorong",
              "Kuala Lumpur|Petaling Jaya|Shah Alam|Johor Bahru|Ipoh", "#####"),
    "kk_KZ": ("{s} {w}, {n}", "Абай|Достық|Сейфуллин|Тәуелсіздік|Кенесары|Жібек жолы", "көшесі|даңғылы",
              "Алматы|Астана|Шымкент|Қарағанды|Ақтөбе", "A##?#?#"),
}  # fmt: skip
OWN["es_VE"] = ("{w} {s}, casa {n}", *OWN["es_VE"][1:])
# Street words of the streets built here: a kept ``Jalan`` or ``көшесі`` is no trace of the original street.
OWN_STREET_WORDS = frozenset(
    w.lower().strip(".,") for v in OWN.values() for w in v[2].replace("|", " ").split()
) | frozenset("no nr villa house casa nyumba uy bagian бинаси بناية".split())  # noqa: SIM905
_FAKER_OF = {"sw_KE": "en_KE", "fil_PH": "fil_PH"}


def faker_locale(locale: str) -> str:
    """The Faker locale whose providers a locale's tables use (its own; Kenyan English for sw_KE)."""
    return _FAKER_OF.get(locale, locale)


def _fill(layout: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if c == "?" else c
                   for c in layout)  # fmt: skip


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of ``locale``: Faker's, or built from ``OWN``."""
    if locale in OWN:
        pattern, streets, words, towns, code = OWN[locale]
        w = rng.choice(words.split("|"))
        street = pattern.format(n=rng.randint(1, 180), s=rng.choice(streets.split("|")), w=w, w2="casa")
        return " ".join(street.split()), _fill(code, rng), rng.choice(towns.split("|"))
    assert fake is not None
    if locale == "ja_JP":  # Faker's ja_JP street_address mixes English ("697 木村 Street")
        return f"{fake.town()}{fake.chome()}{fake.ban()}{fake.gou()}", fake.zipcode(), fake.city()
    street = " ".join(fake.street_address().replace("\n", " ").split())
    postcode = fake.postcode() if hasattr(fake, "postcode") else ""
    return street, postcode, fake.city()


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """Street, postcode and town in the order the country writes them (one cell)."""
    if locale in ("en_US", "en_CA", "fr_CA", "en_AU", "en_PH", "fil_PH"):
        return f"{street}, {town} {postcode}".strip()
    if locale in ("en_GB", "en_IE", "ga_IE", "en_NZ"):
        return rng.choice((f"{street}, {town}, {postcode}", f"{street}\n{town}\n{postcode}"))
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR"):
        return f"{postcode} {town}{street}"
    if not postcode:
        return f"{street}, {town}"
    return rng.choice((f"{street}, {postcode} {town}", f"{street}; {postcode} {town}", f"{street} - {postcode} {town}"))
