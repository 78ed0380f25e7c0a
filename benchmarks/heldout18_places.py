"""Streets, postcodes and towns of held-out set 18: Faker's where it writes real ones, built from the
language where Faker 40 has none (its English fallback "Jonathan Park", "Port Petertown") or writes no
street line (ja_JP, fa_IR, hi_IN): names of people and places the streets of the country are named after,
the country's street words, its towns and its postcode layout.
"""

from __future__ import annotations

import random

from faker import Faker

# locale -> (street names, layout with {n} number, {s} name, {t} street word, street words, towns, postcode layout
# with 9 for a digit and A for a capital; "" = no postcodes in everyday use)
_BUILT: dict[str, tuple[str, str, tuple[str, ...], str, str]] = {
    "tr_TR": (
        "Atatürk|Cumhuriyet|İnönü|Gazi Osmanpaşa|Fevzi Çakmak|Mimar Sinan|Yunus Emre|Kazım Karabekir",
        "{s} {t} No: {n}",
        ("Caddesi", "Sokak", "Bulvarı"),
        "Kadıköy|Çankaya|Bornova|Nilüfer|Tepebaşı|Seyhan",
        "99999",
    ),
    "lt_LT": (
        "Gedimino|Vytauto|Basanavičiaus|Laisvės|Maironio|Kęstučio|Savanorių|Žalgirio",
        "{s} {t} {n}",
        ("g.", "pr.", "al."),
        "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
        "LT-99999",
    ),
    "bg_BG": (
        "Витоша|Раковски|Шипка|Граф Игнатиев|Цар Симеон|Христо Ботев|Васил Левски|Опълченска",
        "{t} „{s}“ № {n}",
        ("ул.", "бул."),
        "София|Пловдив|Варна|Бургас|Русе|Стара Загора",
        "9999",
    ),
    "lv_LV": (
        "Brīvības|Elizabetes|Tērbatas|Lāčplēša|Krišjāņa Barona|Valdemāra|Dzirnavu|Ģertrūdes",
        "{s} {t} {n}",
        ("iela", "gatve"),
        "Rīga|Daugavpils|Liepāja|Jelgava|Jūrmala|Ventspils",
        "LV-9999",
    ),
    "fr_BE": (
        "de la Loi|Royale|du Midi|des Tanneurs|de Namur|Neuve|de Flandre|Haute",
        "{t} {s} {n}",
        ("Rue", "Avenue", "Chaussée"),
        "Bruxelles|Liège|Namur|Charleroi|Mons|Wavre",
        "9999",
    ),
    "et_EE": (
        "Pärnu|Narva|Tartu|Pikk|Kalevi|Vabaduse|Lai|Kreutzwaldi",
        "{s} {t} {n}",
        ("mnt", "tn", "pst"),
        "Tallinn|Tartu|Pärnu|Narva|Viljandi|Rakvere",
        "99999",
    ),
    "it_CH": (
        "Nassa|Pretorio|Cantonale|San Gottardo|Motta|Canova|Ciseri|Franscini",
        "{t} {s} {n}",
        ("Via", "Viale", "Piazza"),
        "Lugano|Bellinzona|Locarno|Mendrisio|Chiasso|Biasca",
        "9999",
    ),
    "de_LU": (
        "Grand-Rue|Route d'Arlon|Avenue de la Liberté|Rue de Hollerich|Boulevard Royal|Rue des Bains",
        "{n}, {s}",
        ("",),
        "Luxembourg|Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck|Diekirch",
        "L-9999",
    ),
    "is_IS": (
        "Lauga|Skóla|Hverfis|Hafnar|Berg|Frakka|Bræðraborgar|Tryggva",
        "{s}{t} {n}",
        ("vegur", "stígur", "gata"),
        "Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Selfoss|Garðabær",
        "999",
    ),
    "en_NG": (
        "Awolowo|Adeola Odeku|Herbert Macaulay|Ahmadu Bello|Allen|Ogunlana|Bode Thomas|Ozumba Mbadiwe",
        "{n} {s} {t}",
        ("Road", "Street", "Way", "Crescent"),
        "Ikeja|Surulere|Wuse|Garki|Ibadan|Enugu",
        "999999",
    ),
    "yo_NG": (
        "Adebayo|Oluwole|Adetokunbo Ademola|Obafemi Awolowo|Akinola|Ajose Adeogun|Oduduwa|Olorunsogo",
        "{n} {s} {t}",
        ("Street", "Road", "Close", "Avenue"),
        "Ibadan|Abeokuta|Ogbomoso|Osogbo|Ilorin|Akure",
        "999999",
    ),
    "es_VE": (
        "Urdaneta|Francisco de Miranda|Libertador|Bolívar|Andrés Bello|Sucre|Baralt|Las Acacias",
        "{t} {s}, casa {n}",
        ("Avenida", "Calle"),
        "Caracas|Maracaibo|Valencia|Barquisimeto|Mérida|Maracay",
        "9999",
    ),
    "mt_MT": (
        "Merkanti|Repubblika|San Pawl|Kbira|Fra Diegu|Santa Marija|Mons. Panzavecchia|Ġorġ Borg Olivier",
        "{n}, {t} {s}",
        ("Triq il-", "Triq"),
        "Birkirkara|Sliema|Qormi|Żabbar|Naxxar|Rabat",
        "AAA 9999",
    ),
    "en_PK": (
        "Jinnah|Shahrah-e-Faisal|Iqbal|Allama Iqbal|Liaquat|Fatima Jinnah|Sir Syed|Quaid-e-Azam",
        "House {n}, {s} {t}",
        ("Road", "Avenue", "Street"),
        "Lahore|Karachi|Rawalpindi|Faisalabad|Multan|Peshawar",
        "99999",
    ),
    "ar_EG": (
        "التحرير|رمسيس|الهرم|جامعة الدول العربية|شبرا|قصر النيل|محمد فريد|الجلاء",
        "{n} {t} {s}",
        ("شارع",),
        "القاهرة|الجيزة|الإسكندرية|المنصورة|طنطا|أسيوط",
        "99999",
    ),
    "ja_JP": (
        "桜町|本町|緑町|中央|栄町|旭町|若葉|松原",
        "{s}{m}丁目{k}番{n}号",
        ("",),
        "横浜市|札幌市|仙台市|福岡市|川崎市|静岡市",
        "999-9999",
    ),
    "fa_IR": (
        "ولیعصر|آزادی|انقلاب|شریعتی|فردوسی|طالقانی|مطهری|حافظ",
        "{t} {s}، پلاک {n}",
        ("خیابان", "بلوار"),
        "تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
        "9999999999",
    ),
    "az_AZ": (
        "Nizami|Füzuli|Səməd Vurğun|Həsən bəy Zərdabi|Azadlıq|Bülbül|Rəşid Behbudov|Neftçilər",
        "{s} {t} {n}",
        ("küç.", "pr."),
        "Bakı|Gəncə|Sumqayıt|Mingəçevir|Şəki|Lənkəran",
        "AZ9999",
    ),
    "zu_ZA": (
        "Anton Lembede|Dr Pixley KaSeme|Florence Nzama|Sandile Thusi|Inkosi Albert Luthuli|Langalibalele|Bhejane|"
        "Mahatma Gandhi",
        "{n} {s} {t}",
        ("Street", "Road", "Drive"),
        "Durban|Pietermaritzburg|Umlazi|Richards Bay|Newcastle|Ulundi",
        "9999",
    ),
    "hi_IN": (
        "गांधी|नेहरू|सुभाष|पटेल|तिलक|शिवाजी|अंबेडकर|राजेंद्र प्रसाद",
        "{n}, {s} {t}",
        ("मार्ग", "नगर", "रोड"),
        "लखनऊ|जयपुर|भोपाल|पटना|वाराणसी|कानपुर",
        "999999",
    ),
    "uz_UZ": (
        "Amir Temur|Navoiy|Mustaqillik|Bobur|Shota Rustaveli|Afrosiyob|Mirzo Ulug'bek|Abdulla Qodiriy",
        "{s} {t}, {n}-uy",
        ("ko'chasi", "shoh ko'chasi"),
        "Toshkent|Samarqand|Buxoro|Namangan|Andijon|Farg'ona",
        "999999",
    ),
    "sq_AL": (
        "Myslym Shyri|Ismail Qemali|Dëshmorët e Kombit|Sami Frashëri|Bajram Curri|Durrësit|Kavajës|Elbasanit",
        "{t} {s}, nr. {n}",
        ("Rruga", "Bulevardi"),
        "Tiranë|Durrës|Vlorë|Shkodër|Elbasan|Korçë",
        "9999",
    ),
    "ga_IE": (
        "an Droichid|na hEaglaise|an Mhargaidh|Phádraig|an Chaisleáin|na Trá|Bhríde|an tSéipéil",
        "{n} {t} {s}",
        ("Sráid", "Bóthar", "Ascaill"),
        "Gaillimh|An Daingean|Corcaigh|Luimneach|Leitir Ceanainn|Trá Lí",
        "A99 A9A9",
    ),
    "si_LK": (
        "ගාලු|මහනුවර|පන්සල|ධර්මපාල|ආනන්ද|ශ්‍රී සංඝරාජ|මල්වත්ත|පොල්හේන",
        "{n}, {s} {t}",
        ("පාර", "මාවත"),
        "කොළඹ|මහනුවර|ගාල්ල|කුරුණෑගල|මාතර|නුවරඑළිය",
        "99999",
    ),
    "am_ET": (
        "ቸርችል|አፍሪካ|ንግሥት ዘውዲቱ|ደጃች ውቤ|ራስ መኮንን|ቦሌ|ጆሞ ኬንያታ|ቀበና",
        "{s} {t}, የቤት ቁጥር {n}",
        ("መንገድ", "ጎዳና"),
        "አዲስ አበባ|ባሕር ዳር|ጎንደር|መቀሌ|ሐዋሳ|ድሬ ዳዋ",
        "9999",
    ),
    "sw_KE": (
        "Moi|Kenyatta|Haile Selassie|Kimathi|Muindi Mbingu|Tom Mboya|Ngong|Mama Ngina",
        "{s} {t}, Nyumba {n}",
        ("Avenue", "Road", "Street"),
        "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika",
        "99999",
    ),
    "ta_IN": (
        "காந்தி|நேதாஜி|பாரதியார்|காமராஜர்|அண்ணா|வள்ளுவர்|பெரியார்|இளங்கோ",
        "{n}, {s} {t}",
        ("தெரு", "சாலை", "நகர்"),
        "சென்னை|மதுரை|கோயம்புத்தூர்|திருச்சி|சேலம்|தஞ்சாவூர்",
        "999999",
    ),
}
_FAKER_AS = {"sw_KE": "sw", "yo_NG": "yo_NG", "ga_IE": "ga_IE"}

# The street words of the built streets (a kept one is no trace of the original street).
OWN_STREET_WORDS = frozenset(
    w.lower().strip(".,") for _, _, kinds, _, _ in _BUILT.values() for k in kinds for w in k.split() if w
) | {
    "no",
    "nr",
    "casa",
    "house",
    "nyumba",
    "uy",
    "plak",
    "پلاک",
    "丁目",
    "番",
    "号",
    "የቤት",
    "ቁጥር",
}


def _postcode(layout: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if c == "9" else rng.choice("ACDEFHKNPRTVWXY") if c == "A"
                   else c for i, c in enumerate(layout))  # fmt: skip


def faker_locale(locale: str) -> str:
    """The Faker locale a set-18 locale's places come from (Faker has Swahili only as ``sw``)."""
    return _FAKER_AS.get(locale, locale)


class Places:
    """One locale's street lines, postcodes and towns (a Faker seeded from the table's seed)."""

    def __init__(self, locale: str, seed: int) -> None:
        self.locale = locale
        self.rng = random.Random(seed * 7 + 3)
        self.built = _BUILT.get(locale)
        self.faker = Faker(faker_locale(locale))
        self.faker.seed_instance(seed)

    def street(self) -> str:
        """A street line with its house number."""
        if self.built is None:  # en_GB's Faker writes "Flat 68\nGoddard Estate": one line in a cell
            return ", ".join(x.strip() for x in self.faker.street_address().splitlines())
        names, layout, kinds, _, _ = self.built
        n = str(self.rng.randint(1, 40 if self.locale == "ja_JP" else 180))
        line = layout.format(n=n, s=self.rng.choice(names.split("|")), t=self.rng.choice(kinds),
                             m=self.rng.randint(1, 9), k=self.rng.randint(1, 30))  # fmt: skip
        return " ".join(line.replace("il- ", "il-").split())

    def postcode(self) -> str:
        """A postcode in the country's layout ("" where none is in everyday use)."""
        if self.built is None:
            return self.faker.postcode()
        return _postcode(self.built[4], self.rng)

    def town(self) -> str:
        """A town of the country."""
        if self.built is None:
            return self.faker.city()
        return self.rng.choice(self.built[3].split("|"))

    def address(self) -> tuple[str, str, str, str]:
        """(whole address in the country's order, street line, postcode, town)."""
        street, code, town = self.street(), self.postcode(), self.town()
        lang = self.locale.split("_")[0]
        if self.locale in ("en_US", "en_CA", "en_AU", "en_PH"):
            state = self.faker.state_abbr() if hasattr(self.faker, "state_abbr") else ""
            whole = f"{street}, {town}, {state} {code}".replace(" ,", ",")
        elif self.locale in (
            "en_GB",
            "en_IE",
            "ga_IE",
            "en_NG",
            "yo_NG",
            "en_PK",
            "en_NZ",
            "zu_ZA",
            "sw_KE",
            "en_IN",
        ):
            whole = f"{street}, {town} {code}"
        elif lang in ("ja", "zh", "ko"):
            whole = f"〒{code} {town}{street}" if lang == "ja" else f"{town}{street} {code}"
        elif lang in ("ru", "uk", "bg", "fa", "ta", "hi", "si", "am", "ar", "bn", "ne"):
            whole = f"{street}, {town}, {code}"
        else:
            whole = f"{street}, {code} {town}"
        return whole, street, code, town
