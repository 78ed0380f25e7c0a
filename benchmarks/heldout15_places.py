"""Held-out set 15: the streets, towns, postcodes and names that Faker lacks for some locales.

Faker 40 has no own address provider for tr_TR, lt_LT, bg_BG, lv_LV, fr_BE, et_EE, it_CH, de_LU, is_IS,
en_NG, es_VE and mt_MT (it falls back to American streets), and no own names for it_CH, es_VE, mt_MT and
en_PH: ``OWN_ADDRESS`` and ``OWN_NAMES`` give those locales streets, towns, postcodes and names of their
own country, written for this set from the language.
"""

from __future__ import annotations

from random import Random

# --- own streets, towns, postcodes and names (Faker has none of these countries) ---------------------


def _pc_digits(n: int, lo: int = 1):
    def draw(rng: Random) -> str:
        return f"{rng.randint(lo * 10 ** (n - 1), 10**n - 1):0{n}d}"

    return draw


OWN_ADDRESS: dict[str, dict] = {
    "tr_TR": {
        "streets": ["{s} Sokak No: {n}", "{s} Caddesi No:{n} D:{k}", "{s} Sk. No {n}/{k}"],
        "names": [
            "Atatürk",
            "Cumhuriyet",
            "Gazi Osman",
            "Mimar Sinan",
            "Bağdat",
            "Lale",
            "Menekşe",
            "Çınar",
            "Yıldız",
            "Kızılırmak",
            "Nilüfer",
            "Akasya",
        ],
        "towns": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Eskişehir", "Kayseri", "Trabzon"],
        "postcode": _pc_digits(5),
    },
    "lt_LT": {
        "streets": ["{s} g. {n}", "{s} g. {n}-{k}", "{s} pr. {n}"],
        "names": [
            "Gedimino",
            "Vilniaus",
            "Laisvės",
            "Savanorių",
            "Žalgirio",
            "Kęstučio",
            "Taikos",
            "Liepų",
            "Ąžuolyno",
            "Basanavičiaus",
        ],
        "towns": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė"],
        "postcode": lambda rng: f"LT-{rng.randint(10000, 99999)}",
    },
    "bg_BG": {
        "streets": ["ул. {s} {n}", "бул. {s} {n}", "ул. {s} № {n}, ет. {k}"],
        "names": [
            "Раковски",
            "Витоша",
            "Шипка",
            "Гурко",
            "Оборище",
            "Цар Симеон",
            "Васил Левски",
            "Христо Ботев",
            "Алабин",
            "Граф Игнатиев",
        ],
        "towns": ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен"],
        "postcode": _pc_digits(4),
    },
    "lv_LV": {
        "streets": ["{s} iela {n}", "{s} iela {n}-{k}", "{s} gatve {n}"],
        "names": [
            "Brīvības",
            "Elizabetes",
            "Tērbatas",
            "Krišjāņa Barona",
            "Lāčplēša",
            "Dzirnavu",
            "Avotu",
            "Ganību",
            "Ropažu",
            "Maskavas",
        ],
        "towns": ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Valmiera"],
        "postcode": lambda rng: f"LV-{rng.randint(1001, 5799)}",
    },
    "fr_BE": {
        "streets": ["rue {s} {n}", "avenue {s} {n}", "chaussée {s} {n} bte {k}"],
        "names": [
            "de la Loi",
            "Neuve",
            "des Bouchers",
            "Royale",
            "du Midi",
            "Louise",
            "de Namur",
            "Saint-Gilles",
            "de Wavre",
            "des Chartreux",
        ],
        "towns": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Louvain-la-Neuve", "Tournai"],
        "postcode": _pc_digits(4),
    },
    "et_EE": {
        "streets": ["{s} tn {n}", "{s} mnt {n}-{k}", "{s} pst {n}"],
        "names": ["Narva", "Pärnu", "Tartu", "Vabaduse", "Kalevi", "Raekoja", "Pikk", "Lai", "Tammsaare", "Kungla"],
        "towns": ["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Kuressaare"],
        "postcode": _pc_digits(5),
    },
    "it_CH": {
        "streets": ["Via {s} {n}", "Via {s} {n}a", "Piazza {s} {n}"],
        "names": [
            "Nassa",
            "Pretorio",
            "Cantonale",
            "San Gottardo",
            "Canonica",
            "Motta",
            "Ciseri",
            "Vegezzi",
            "Serafino Balestra",
            "Lavizzari",
        ],
        "towns": ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Ascona", "Biasca"],
        "postcode": lambda rng: str(rng.randint(6500, 6999)),
    },
    "de_LU": {
        "streets": ["{n}, rue {s}", "{n}, avenue {s}", "{n}, route {s}"],
        "names": [
            "de la Gare",
            "de la Liberté",
            "d'Arlon",
            "de Hollerich",
            "du Fort Neipperg",
            "Principale",
            "de Luxembourg",
            "des Romains",
            "Jean Jaurès",
        ],
        "towns": [
            "Luxembourg",
            "Esch-sur-Alzette",
            "Differdange",
            "Dudelange",
            "Ettelbruck",
            "Diekirch",
            "Strassen",
            "Mersch",
        ],
        "postcode": lambda rng: f"L-{rng.randint(1000, 9999)}",
    },
    "is_IS": {
        "streets": ["{s} {n}", "{s} {n}b", "{s} {n}, íbúð {k}"],
        "names": [
            "Laugavegur",
            "Hverfisgata",
            "Skólavörðustígur",
            "Bankastræti",
            "Suðurgata",
            "Hringbraut",
            "Miklabraut",
            "Álfheimar",
            "Bólstaðarhlíð",
            "Kárastígur",
        ],
        "towns": ["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Garðabær", "Selfoss", "Mosfellsbær"],
        "postcode": lambda rng: str(rng.choice([101, 103, 105, 107, 108, 200, 210, 220, 270, 600, 800])),
    },
    "en_NG": {
        "streets": ["{n} {s} Street", "{n} {s} Close", "Plot {n}, {s} Crescent", "{n}B {s} Avenue"],
        "names": [
            "Adeola Odeku",
            "Awolowo",
            "Allen",
            "Herbert Macaulay",
            "Ademola Adetokunbo",
            "Bode Thomas",
            "Opebi",
            "Admiralty",
            "Ogunlana",
            "Aminu Kano",
            "Okigwe",
        ],
        "towns": ["Lagos", "Abuja", "Ibadan", "Kano", "Port Harcourt", "Enugu", "Benin City", "Ikeja"],
        "postcode": lambda rng: f"{rng.choice([100, 101, 900, 200, 500, 400])}{rng.randint(1, 299):03d}",
    },
    "es_VE": {
        "streets": ["Av. {s}, Edif. {e}, piso {k}", "Calle {s} con Calle {n}", "Av. {s} N° {n}"],
        "names": [
            "Francisco de Miranda",
            "Libertador",
            "Urdaneta",
            "Bolívar",
            "Sucre",
            "Las Mercedes",
            "Andrés Bello",
            "Baralt",
            "Lecuna",
        ],
        "towns": ["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Mérida", "Puerto La Cruz"],
        "postcode": lambda rng: str(rng.choice([1010, 1050, 1060, 1071, 2001, 3001, 4001, 5101])),
    },
    "mt_MT": {
        "streets": ["{n}, Triq {s}", "Flat {k}, {n}, Triq {s}", "{e}, Triq {s}"],
        "names": [
            "il-Kbira",
            "San Pawl",
            "ir-Repubblika",
            "il-Merkanti",
            "tal-Qroqq",
            "Santa Lucija",
            "il-Wied",
            "Sant' Anna",
            "Manwel Dimech",
            "il-Kungress Ewkaristiku",
        ],
        "towns": ["Valletta", "Sliema", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Naxxar", "Rabat", "Żejtun"],
        "postcode": lambda rng: (
            f"{rng.choice(['BKR', 'SLM', 'MST', 'QRM', 'NXR', 'ZBR', 'VLT'])} {rng.randint(1000, 9999)}"
        ),
    },
}
_BUILDINGS = ["Torre Sur", "Residencias Caroní", "Villa Rosa", "Dar il-Ward", "Ta' Marija", "Edificio Ávila"]

# Street type/unit words of ``OWN_ADDRESS`` streets: a kept one is no trace of the original street.
OWN_STREET_WORDS = frozenset(
    {
        "sokak",
        "sk",
        "caddesi",
        "no",
        "d",
        "g",
        "pr",
        "ул",
        "бул",
        "№",
        "ет",
        "iela",
        "gatve",
        "rue",
        "avenue",
        "chaussée",
        "bte",
        "tn",
        "mnt",
        "pst",
        "via",
        "piazza",
        "route",
        "íbúð",
        "street",
        "close",
        "crescent",
        "plot",
        "av",
        "edif",
        "piso",
        "calle",
        "n°",
        "triq",
        "flat",
        "torre",
        "sur",
        "residencias",
        "villa",
        "dar",
        "il",
        "ta",
        "edificio",
        "de",
        "la",
        "du",
        "des",
        "d'arlon",
        "con",
    }
)


def own_address(locale: str, rng: Random) -> tuple[str, str, str]:
    """(street line, postcode, town) of a locale Faker has no addresses for."""
    spec = OWN_ADDRESS[locale]
    street = rng.choice(spec["streets"]).format(
        s=rng.choice(spec["names"]), n=rng.randint(1, 180), k=rng.randint(1, 12), e=rng.choice(_BUILDINGS)
    )
    return street, spec["postcode"](rng), rng.choice(spec["towns"])


OWN_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # (female first names, male first names, surnames)
    "mt_MT": (
        ["Marija", "Rita", "Graziella", "Charlene", "Doris", "Josette", "Rebecca", "Maria"],
        ["Ġorġ", "Pawlu", "Kurt", "Carmel", "Ramon", "Ġużeppi", "Matthew", "Antoine", "Joseph"],
        [
            "Borg",
            "Camilleri",
            "Vella",
            "Farrugia",
            "Zammit",
            "Galea",
            "Grech",
            "Attard",
            "Spiteri",
            "Azzopardi",
            "Mifsud",
            "Agius",
            "Cassar",
            "Micallef",
            "Caruana",
            "Pace",
            "Debono",
            "Sammut",
            "Schembri",
            "Fenech",
        ],
    ),
    "en_PH": (
        ["Maria", "Rowena", "Lourdes", "Ma. Cristina", "Rhea", "Joy", "Marites", "Analyn", "Jocelyn"],
        ["Juan", "Jose", "Mark Anthony", "Jhon", "Jerome", "Arnel", "Rodel", "Ferdinand", "Romeo"],
        [
            "Santos",
            "Reyes",
            "Cruz",
            "Bautista",
            "Ocampo",
            "Garcia",
            "Mendoza",
            "Torres",
            "Tomas",
            "Andrada",
            "Castillo",
            "Flores",
            "Villanueva",
            "Ramos",
            "Dela Cruz",
            "Macaraeg",
            "Pangilinan",
            "Soriano",
        ],
    ),
    "es_VE": (
        ["María Alejandra", "Yusmary", "Daniela", "Yelitza", "Carolina", "Mariángel", "Oriana", "Gabriela"],
        ["José Gregorio", "Luis", "Yorman", "Carlos Eduardo", "Jesús", "Wilmer", "Andrés", "Richard"],
        [
            "González",
            "Rodríguez",
            "Pérez",
            "Hernández",
            "García",
            "Martínez",
            "Rojas",
            "Díaz",
            "Briceño",
            "Mendoza",
            "Colmenares",
            "Guevara",
            "Carrasquel",
            "Zambrano",
            "Villegas",
        ],
    ),
    "it_CH": (
        ["Chiara", "Giulia", "Martina", "Sara", "Elena", "Francesca", "Laura", "Noemi"],
        ["Luca", "Marco", "Matteo", "Nicola", "Alessandro", "Fabio", "Gianluca", "Mattia"],
        [
            "Bernasconi",
            "Rossi",
            "Ferrari",
            "Pedrazzini",
            "Bianchi",
            "Galli",
            "Crivelli",
            "Fumagalli",
            "Lepori",
            "Molinari",
            "Cattaneo",
            "Moretti",
            "Beffa",
            "Pellandini",
            "Zanetti",
        ],
    ),
}
