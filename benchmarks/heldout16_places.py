"""Places of held-out set 16: street lines, postcodes, towns and whole addresses per locale.

Faker 40 draws them where it has the country's own address provider. Where it has none (tr_TR lt_LT bg_BG
lv_LV fr_BE et_EE it_CH de_LU is_IS en_NG es_VE mt_MT) or where its values are not what the country
prints (ja_JP street lines mixing English, fa_IR and az_AZ streets, ka_GE five-digit postcodes), they are
built here from the language: a few real street names and towns, the country's street words and its
postcode layout.
"""

from __future__ import annotations

import random
import string

from faker import Faker

# locale: (street names, street line layout, towns, postcode layout: 9 a digit, @ a capital, others as written)
OWN: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str]] = {
    "tr_TR": (
        (
            "Atatürk",
            "Cumhuriyet",
            "İnönü",
            "Gazi Mustafa Kemal",
            "Fevzi Çakmak",
            "Menekşe",
            "Lale",
            "Çınar",
            "Barış",
            "Yıldız",
        ),
        "{name} {kind} No:{no}",
        ("İstanbul", "Ankara", "İzmir", "Bursa", "Eskişehir", "Konya", "Trabzon", "Kayseri", "Mersin", "Samsun"),
        "99999",
    ),
    "lt_LT": (
        (
            "Gedimino",
            "Vilniaus",
            "Laisvės",
            "Savanorių",
            "Ąžuolyno",
            "Liepų",
            "Sodų",
            "Kalvarijų",
            "Žalgirio",
            "Taikos",
        ),
        "{name} {kind} {no}",
        ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena"),
        "LT-99999",
    ),
    "bg_BG": (
        (
            "Витоша",
            "Цар Симеон",
            "Шипка",
            "Раковски",
            "Граф Игнатиев",
            "Васил Левски",
            "Оборище",
            "Христо Ботев",
            "Оп. Соболев",
            "Гурко",
        ),
        "{kind} „{name}“ {no}",
        ("София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Велико Търново"),
        "9999",
    ),
    "lv_LV": (
        (
            "Brīvības",
            "Elizabetes",
            "Krišjāņa Barona",
            "Tērbatas",
            "Lāčplēša",
            "Avotu",
            "Maskavas",
            "Kalnciema",
            "Dzirnavu",
            "Ganību",
        ),
        "{name} {kind} {no}",
        ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera"),
        "LV-9999",
    ),
    "fr_BE": (
        (
            "de la Station",
            "du Moulin",
            "des Écoles",
            "Haute",
            "de Namur",
            "Saint-Lambert",
            "du Tilleul",
            "des Alouettes",
            "de la Loi",
            "Royale",
        ),
        "{kind} {name} {no}",
        ("Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon"),
        "9999",
    ),
    "et_EE": (
        ("Tartu", "Narva", "Pärnu", "Kalda", "Männi", "Kase", "Mustamäe", "Sõpruse", "Vabriku", "Lille"),
        "{name} {kind} {no}",
        ("Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi", "Rakvere", "Kuressaare", "Haapsalu"),
        "99999",
    ),
    "it_CH": (
        (
            "Cantonale",
            "San Gottardo",
            "Besso",
            "Trevano",
            "dei Faggi",
            "Nassa",
            "Lugano",
            "Locarno",
            "al Lido",
            "delle Scuole",
        ),
        "{kind} {name} {no}",
        ("Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Biasca", "Ascona", "Giubiasco"),
        "6999",
    ),
    "de_LU": (
        (
            "de la Gare",
            "d'Esch",
            "de Luxembourg",
            "Principale",
            "des Champs",
            "du Moulin",
            "Grand-Rue",
            "de Hollerich",
            "Mühlenweg",
            "Kierchestrooss",
        ),
        "{no}, {kind} {name}",
        ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Wiltz", "Echternach"),
        "L-9999",
    ),
    "is_IS": (
        ("Lauga", "Hverfis", "Skóla", "Bergstaða", "Njáls", "Grettis", "Hring", "Kópavogs", "Suðurlands", "Reykja"),
        "{name}{kind} {no}",
        ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Garðabær", "Selfoss", "Ísafjörður", "Egilsstaðir"),
        "999",
    ),
    "en_NG": (
        (
            "Adeola Odeku",
            "Awolowo",
            "Herbert Macaulay",
            "Ahmadu Bello",
            "Allen",
            "Adetokunbo Ademola",
            "Ogunlana",
            "Agege Motor",
            "Ikorodu",
            "Opebi",
        ),
        "{no} {name} {kind}",
        ("Lagos", "Ikeja", "Abuja", "Ibadan", "Port Harcourt", "Kano", "Enugu", "Benin City", "Abeokuta"),
        "999999",
    ),
    "es_VE": (
        (
            "Francisco de Miranda",
            "Libertador",
            "Urdaneta",
            "Bolívar",
            "Los Próceres",
            "Las Mercedes",
            "Andrés Bello",
            "Baralt",
            "Sucre",
            "El Parque",
        ),
        "{kind} {name}, {no}",
        ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Mérida", "Puerto La Cruz", "San Cristóbal"),
        "9999",
    ),
    "mt_MT": (
        (
            "ir-Repubblika",
            "il-Kbira",
            "San Pawl",
            "il-Mithna",
            "tal-Ħamrun",
            "Sant'Anna",
            "il-Kappillan Mifsud",
            "tal-Għajn",
            "id-Dejqa",
            "il-Wied",
        ),
        "{no}, {kind} {name}",
        ("Valletta", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Sliema", "Naxxar", "Rabat", "Victoria"),
        "@@@ 9999",
    ),
    "az_AZ": (
        (
            "Nizami",
            "Füzuli",
            "Səməd Vurğun",
            "Azadlıq",
            "Neftçilər",
            "Xətai",
            "Hüseyn Cavid",
            "Bülbül",
            "Üzeyir Hacıbəyov",
            "Rəşid Behbudov",
        ),
        "{name} {kind} {no}",
        ("Bakı", "Gəncə", "Sumqayıt", "Mingəçevir", "Şəki", "Lənkəran", "Şirvan", "Quba"),
        "AZ9999",
    ),
    "fa_IR": (
        ("ولیعصر", "انقلاب", "آزادی", "شریعتی", "فردوسی", "مطهری", "بهار", "سعدی", "حافظ", "گلستان"),
        "{kind} {name}، پلاک {no}",
        ("تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "رشت", "یزد"),
        "99999-99999",
    ),
}
_KINDS = {
    "tr_TR": ("Caddesi", "Sokak", "Bulvarı"),
    "lt_LT": ("g.", "pr."),
    "bg_BG": ("ул.", "бул."),
    "lv_LV": ("iela",),
    "fr_BE": ("rue", "avenue", "chaussée"),
    "et_EE": ("tn", "tänav", "mnt"),
    "it_CH": ("via", "viale"),
    "de_LU": ("rue", "route", "avenue"),
    "is_IS": ("gata", "vegur", "braut"),
    "en_NG": ("Street", "Road", "Close", "Crescent"),
    "es_VE": ("Avenida", "Calle", "Av."),
    "mt_MT": ("Triq",),
    "az_AZ": ("küç.", "küçəsi", "prospekti"),
    "fa_IR": ("خیابان", "بلوار", "کوچه"),
}
_MT_LOCALITY = ("VLT", "BKR", "MST", "QRM", "ZBR", "SLM", "NXR", "RBT", "VCT")


def _code(layout: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(string.digits) if c == "9" else rng.choice(string.ascii_uppercase) if c == "@" else c for c in layout
    )


class Places:
    """Street lines, postcodes and towns of one locale, drawn from one table's random generator."""

    def __init__(self, locale: str, rng: random.Random, seed: int) -> None:
        self.locale, self.rng = locale, rng
        self.fake = Faker(locale)
        self.fake.seed_instance(seed)

    def street(self) -> str:
        """A street line: the street and its house number in the country's order."""
        loc, rng = self.locale, self.rng
        if loc in OWN:
            names, layout, _, _ = OWN[loc]
            no = str(rng.randrange(1, 180)) + (
                rng.choice(("", "", "", "A", "B")) if loc not in ("fa_IR", "bg_BG") else ""
            )
            return layout.format(name=rng.choice(names), kind=rng.choice(_KINDS[loc]), no=no)
        if loc == "ja_JP":
            f = self.fake
            return f"{f.town()}{rng.randrange(1, 9)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
        if loc == "ko_KR":
            return self.fake.road_address() if hasattr(self.fake, "road_address") else self.fake.street_address()
        return self.fake.street_address().replace("\n", " ")

    def town(self) -> str:
        """A town of the country."""
        if self.locale in OWN:
            return self.rng.choice(OWN[self.locale][2])
        if self.locale == "ja_JP":
            return self.fake.prefecture() + self.fake.city()
        if self.locale == "fa_IR":
            return self.rng.choice(OWN["fa_IR"][2])
        return self.fake.city()

    def postcode(self, town: str = "") -> str:
        """A postcode in the country's layout."""
        loc, rng = self.locale, self.rng
        if loc == "mt_MT":
            return f"{rng.choice(_MT_LOCALITY)} {rng.randrange(1000, 9999)}"
        if loc in OWN:
            return _code(OWN[loc][3], rng)
        if loc == "ka_GE":
            return f"{rng.randrange(1, 7)}{rng.randrange(0, 1000):03d}"
        if loc == "el_GR":
            return f"{rng.randrange(100, 860)} {rng.randrange(0, 100):02d}"
        if loc == "hu_HU":
            return str(rng.randrange(1011, 9985))
        if loc == "pt_BR":
            d = _code("99999999", rng)
            return f"{d[:5]}-{d[5:]}"
        if loc == "ja_JP":
            return _code("999-9999", rng)
        return self.fake.postcode()

    def region(self) -> str:
        """A state, province or county (a "don't care" column: no one is told apart by it)."""
        for attr in ("state", "administrative_unit", "province", "region", "county"):
            fn = getattr(self.fake, attr, None)
            if fn is not None:
                try:
                    return fn()
                except (AttributeError, TypeError):
                    continue
        return self.town()

    def full(self, street: str, postcode: str, town: str) -> str:
        """The whole address in the country's order (postcode before the town in most of Europe, after
        it in the anglophone and Asian countries, in front for Japan)."""
        loc = self.locale
        if loc == "ja_JP":
            return f"〒{postcode} {town}{street}"
        if loc in ("zh_CN", "zh_TW"):
            return f"{town}{street} {postcode}"
        if loc == "ko_KR":
            return f"{street} ({postcode})"
        if loc in ("en_US", "en_PH", "en_AU", "en_CA", "fr_CA"):
            if loc == "en_PH":
                return f"{street}, {town} {postcode}"
            state = self.fake.state_abbr() if loc == "en_US" else self.region()
            return f"{street}, {town}, {state} {postcode}"
        if loc in (
            "en_GB",
            "en_IE",
            "en_NZ",
            "en_IN",
            "en_NG",
            "mt_MT",
            "lv_LV",
            "th_TH",
            "vi_VN",
            "id_ID",
            "es_VE",
            "fa_IR",
            "he_IL",
            "ka_GE",
            "az_AZ",
            "uk_UA",
            "ru_RU",
            "es_CO",
            "es_AR",
        ):
            return f"{street}, {town} {postcode}" if loc not in ("ru_RU", "uk_UA") else f"{postcode}, {town}, {street}"
        return f"{street}, {postcode} {town}"
