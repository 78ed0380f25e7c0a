"""Places of held-out set 17: street lines, postcodes and towns of each locale.

Faker 40 has its own for most locales; where it prints another country's (US-style ``580 Parsons Gateway``
for tr_TR, lt_LT, bg_BG, lv_LV, fr_BE, et_EE, it_CH, de_LU, is_IS, en_NG, es_VE, mt_MT, en_PK, ar_EG) or
not what the country writes (ja_JP, fa_IR, az_AZ, zu_ZA, hi_IN street lines; Georgian postcodes), they are
built here from the country's street words and the towns people live in.
"""

from __future__ import annotations

import random

from faker import Faker

# locale -> (street patterns with {n} house number and {u} unit, street names, towns, postcode pattern)
# Postcode pattern: ``#`` a digit, ``@`` a capital letter, other characters as written.
_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "tr_TR": (("{s} Cad. No: {n} D: {u}", "{s} Sok. No: {n}", "Cumhuriyet Mah. {s} Cad. No:{n}/{u}"),
              ("Atatürk", "İnönü", "Gazi Mustafa Kemal", "Gül", "Lale", "Menekşe", "Bağdat", "Fevzi Çakmak", "Millet"),
              ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Kayseri", "Eskişehir", "Trabzon"), "#####"),
    "lt_LT": (("{s} g. {n}-{u}", "{s} pr. {n}", "{s} g. {n}"),
              ("Gedimino", "Vytauto", "Laisvės", "Savanorių", "Kęstučio", "Basanavičiaus", "Žalgirio", "Taikos"),
              ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė"), "LT-#####"),
    "bg_BG": (("ул. „{s}“ {n}", "бул. „{s}“ {n}, ет. {u}, ап. {n}", "ж.к. Младост, бл. {n}, вх. Б"),
              ("Васил Левски", "Христо Ботев", "Цар Симеон", "Шипка", "Витоша", "Граф Игнатиев", "Оборище"),
              ("София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен"), "####"),
    "lv_LV": (("{s} iela {n} - {u}", "{s} iela {n}", "{s} gatve {n}"),
              ("Brīvības", "Elizabetes", "Krišjāņa Barona", "Tērbatas", "Lāčplēša", "Dzirnavu", "Valdemāra"),
              ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Valmiera"), "LV-####"),
    "fr_BE": (("Rue {s} {n}", "Avenue {s} {n} bte {u}", "Chaussée {s} {n}"),
              ("de la Station", "des Écoles", "Louise", "de Namur", "du Moulin", "de Waterloo", "Saint-Lambert"),
              ("Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon"), "####"),
    "et_EE": (("{s} mnt {n}-{u}", "{s} tn {n}", "{s} puiestee {n}"),
              ("Pärnu", "Tartu", "Narva", "Vabriku", "Kalda", "Vana-Kalamaja", "Ravala", "Sõpruse"),
              ("Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Kuressaare"), "#####"),
    "it_CH": (("Via {s} {n}", "Via {s} {n}a", "Piazza {s} {n}"),
              ("Cantonale", "San Gottardo", "Nassa", "Ciseri", "Lavizzari", "Pretorio", "Motta", "Trevano"),
              ("Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Biasca", "Ascona"), "6###"),
    "de_LU": (("{n}, rue {s}", "{n}, route {s}", "{n}, avenue {s}"),
              ("de la Gare", "d'Arlon", "de Luxembourg", "Principale", "de l'Église", "des Jardins", "du Marché"),
              ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Mersch"),
                  "L-####"),
    "is_IS": (("{s} {n}", "{s} {n}, íbúð {u}"),
              ("Laugavegur", "Hringbraut", "Skólavörðustígur", "Bústaðavegur", "Hverfisgata", "Sólvallagata"),
              ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Selfoss", "Garðabær"), "###"),
    "en_NG": (("{n} {s} Street", "{n} {s} Road", "Plot {n}, {s} Crescent"),
              ("Adeola Odeku", "Awolowo", "Ahmadu Bello", "Herbert Macaulay", "Allen", "Bode Thomas", "Ogui"),
              ("Lagos", "Abuja", "Ibadan", "Kano", "Enugu", "Port Harcourt", "Abeokuta"), "######"),
    "es_VE": (("Av. {s}, Edif. Residencias {n}, piso {u}", "Calle {s}, Qta. N° {n}", "Av. {s} con Calle {n}"),
              ("Francisco de Miranda", "Urdaneta", "Las Mercedes", "Los Mangos", "Bolívar", "Libertador"),
              ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Mérida", "Cumaná"), "####"),
    "mt_MT": (("{n}, Triq {s}", "Flat {u}, {n}, Triq {s}"),
              ("il-Kbira", "San Pawl", "il-Knisja", "ix-Xatt", "Santa Lucija", "il-Wied", "Melita"),
              ("Valletta", "Sliema", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Naxxar"), "@@@ ####"),
    "ja_JP": (("{s}{u}丁目{n}-{u}", "{s}{u}-{n}-{u}", "{s}{n}番地"),
              ("本町", "中央", "栄町", "旭町", "緑町", "桜木町", "末広町", "若葉"), (), ""),
    "fa_IR": (("خیابان {s}، پلاک {n}", "بلوار {s}، کوچه {u}، پلاک {n}", "میدان {s}، خیابان {u}، پلاک {n}"),
              ("آزادی", "ولیعصر", "انقلاب", "شریعتی", "فردوسی", "بهار", "نیایش", "مطهری"),
              ("تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز"), "##########"),
    "az_AZ": (("{s} küç. {n}, mən. {u}", "{s} pr. {n}", "{s} küçəsi {n}"),
              ("Nizami", "Azadlıq", "Füzuli", "Həsən bəy Zərdabi", "Səməd Vurğun", "Bakıxanov", "Xətai"),
              ("Bakı", "Gəncə", "Sumqayıt", "Mingəçevir", "Şəki", "Lənkəran", "Şirvan"), "AZ####"),
    "en_PK": (("House {n}, Street {u}, {s}", "Flat {u}, Block C, {s}", "{n}-B {s}"),
              ("G-9/2", "Gulberg III", "Model Town", "DHA Phase 5", "Satellite Town", "Johar Town", "F-10/3"),
              ("Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar"), "#####"),
    "ar_EG": (("{n} شارع {s}", "شارع {s} {n}، الدور {u}", "{n} ش {s}، شقة {u}"),
              ("التحرير", "جامعة الدول العربية", "الهرم", "فيصل", "رمسيس", "مصطفى النحاس", "الثورة"),
              ("القاهرة", "الإسكندرية", "الجيزة", "المنصورة", "طنطا", "أسيوط", "الزقازيق"), "#####"),
    "zu_ZA": (("{n} {s} Road", "{n} {s} Street", "{n} {s} Avenue, Unit {u}"),
              ("Florida", "Jan Smuts", "Umgeni", "Problem Mkhize", "Anton Lembede", "Chief Albert Luthuli", "Musgrave"),
              ("Durban", "Pietermaritzburg", "Johannesburg", "Pretoria", "Richards Bay", "Newcastle", "Umlazi"),
                  "####"),
    "hi_IN": (("मकान नं. {n}, {s}", "{n}/{u}, {s}", "फ्लैट {n}, {s}"),
              ("गांधी नगर", "महात्मा गांधी मार्ग", "नेहरू नगर", "शिवाजी नगर", "सुभाष चौक", "राजेंद्र नगर", "लाजपत नगर"),
              (), "######"),
}  # fmt: skip
# Street unit/type words of the streets built here: a kept ``Cad.`` or ``iela`` is no trace of the street.
OWN_STREET_WORDS = frozenset(
    """cad no d sok mah g pr ул бул ет ап ж.к бл вх iela gatve rue avenue bte chaussée mnt tn puiestee via piazza
    route íbúð street road crescent plot av edif residencias piso calle qta con triq flat house block unit
    خیابان پلاک بلوار کوچه میدان küç mən küçəsi شارع ش الدور شقة मकान नं फ्लैट""".split()  # noqa: SIM905
)
_FAKER_FALLBACK = {"it_CH": "it_IT", "es_VE": "es_CO"}


def _pattern(pattern: str, rng: random.Random) -> str:
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTVWZ") if c == "@" else c for c in pattern
    )


def _mt_postcode(rng: random.Random) -> str:
    return rng.choice(("VLT", "SLM", "BKR", "MST", "QRM", "ZBR", "NXR")) + f" {rng.randint(1000, 9999)}"


def place(locale: str, rng: random.Random, fake: Faker) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address in ``locale``."""
    if locale in _OWN:
        patterns, streets, towns, postcode = _OWN[locale]
        n, u = str(rng.randint(1, 148)), str(rng.randint(1, 24))
        street = rng.choice(patterns).format(s=rng.choice(streets), n=n, u=u)
        if locale == "fa_IR" and rng.random() < 0.5:
            street = street.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        town = rng.choice(towns) if towns else fake.city()
        code = _mt_postcode(rng) if locale == "mt_MT" else _pattern(postcode, rng) if postcode else fake.postcode()
        if locale == "hi_IN":
            town = fake.city()
        return street, code, town
    street = " ".join(fake.street_address().replace("\n", ", ").split())
    code = fake.postcode()
    if locale == "ka_GE":
        code = f"0{rng.randint(100, 199)}"
    if locale == "en_IE":
        code = code[:3] + " " + code[3:]
    return street, code, fake.city()


def address_line(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """The whole address on one line, in the order the country writes it."""
    if locale in ("ja_JP",):
        return f"〒{postcode} {town}{street}"
    if locale in ("zh_CN", "zh_TW", "ko_KR"):
        return f"{town}{street} {postcode}" if locale != "ko_KR" else f"{street}, {town} {postcode}"
    if locale in ("en_US", "en_PH", "en_NG", "en_PK", "en_CA", "fr_CA", "en_AU", "en_NZ", "zu_ZA", "en_IN", "hi_IN"):
        return f"{street}, {town} {postcode}" if rng.random() < 0.6 else f"{street}, {town}, {postcode}"
    if locale in ("en_GB", "en_IE", "mt_MT"):
        return f"{street}, {town}, {postcode}"
    if locale in ("fa_IR", "ar_EG", "he_IL"):
        return f"{street}، {town}، {postcode}" if locale != "he_IL" else f"{street}, {town} {postcode}"
    return f"{street}, {postcode} {town}"


def faker_for(locale: str) -> str:
    """The Faker locale that writes ``locale``'s places when Faker has none of its own."""
    return _FAKER_FALLBACK.get(locale, locale)


def landmark(locale: str, rng: random.Random) -> str:
    """A street name of the locale without a house number (venues named after streets use it)."""
    if locale in _OWN:
        return rng.choice(_OWN[locale][1])
    fake = Faker(locale)
    fake.seed_instance(rng.randint(0, 10**6))
    try:
        return fake.street_name()
    except AttributeError:
        return fake.city()
