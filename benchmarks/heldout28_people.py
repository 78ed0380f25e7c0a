"""Held-out set 28: people of the eight new locales, and the ways an export writes a name.

Set 27's people (``heldout27_people``: public functions, set 28's own seeds) for its 150 locales. Names written here
for the new eight, none of them in Faker: Réunionese (``Payet``, ``Hoarau``, ``Grondin``, Tamil-Malbar ``Virapoullé``,
``Marie-Josée``), Nicaraguan (two surnames, ``Yaoska``, ``Xiomara``), Belarusian in Cyrillic (``Лукашэвіч``, ``Алесь``,
a patronymic as middle name), Trinidadian (``Maharaj``, ``Ramdial``, ``Ali``, ``Chin Lee``, ``Sabga``), Bruneian
Malay (``Haji Abdul Rahman bin Pehin ...``, ``Nurul Aqilah binti ...``), Tunisian in French spelling (``Ben
Salah``, ``Trabelsi``, ``Mohamed Amine``), Fijian (``Ratu``, ``Qarase``, ``Naidu``, ``Prasad``) and Curaçaoan
(``Martina``, ``Rosaria``, ``Maduro``, ``Jasmijn``, ``Shurendy``).

Besides set 27's written forms, the registry form ``LAST First`` (the surname in capitals first, as a hotel's
police register or a civil registry writes it), initials with the surname, and a household label.
"""

from __future__ import annotations

import random
import unicodedata

import heldout27_people as set27

Person = set27.Person

_GIVEN = {
    "fr_RE": ("Marie-Josée Nadège Sabrina Gisèle Murielle Josiane Maéva Leïla Sandrine Jocelyne Marie-Claude Laëtitia "
              "Océane Annie-Claude Ginette Priscilla",
              "Jean-Claude Jean-Hugues Dimitri Teddy Johnny Jean-Marc Yannick Mickaël Daniel Ludovic Hervé Giovanni "
              "Jean-Yves Fabrice Samuel Didier"),
    "es_NI": ("Yaoska Xiomara Maritza Scarleth Yahoska Jessenia Ruth Auxiliadora Fátima Karla Ingrid Darling Martha "
              "Rosa Yamileth Heysel",
              "Bayardo Róger Wilmer Denis Orlando Álvaro Marvin Norlan Ervin Francisco Byron Julio Ismael Yader "
              "Danilo Ramón"),
    "be_BY": ("Алеся Вольга Наталля Таццяна Ганна Марына Святлана Яўгенія Вераніка Юлія Кацярына Ірына Людміла "
              "Дар'я Аляксандра Надзея",
              "Алесь Андрэй Сяргей Аляксандр Дзмітрый Уладзімір Мікалай Павел Віктар Максім Ігар Юрый Васіль "
              "Міхаіл Янка Кірыл"),
    "en_TT": ("Savitri Anjali Kamla Shivani Candice Keisha Nadia Roxanne Chrystal Latoya Indira Sharda Marsha "
              "Allison Kerry-Ann Renée",
              "Rajesh Anand Deoraj Ravi Kwesi Marlon Keston Dwayne Jerome Shiva Akeem Kenneth Brent Nigel Vishnu "
              "Rondell"),
    "ms_BN": ("Nurul Siti Norhayati Dayang Aqilah Nur Hajah Rosnah Zaitun Faridah Hjh Noorliza Salmah Syazwani "
              "Rafidah Liyana Amal",
              "Muhammad Mohd Abdul Awang Hafiz Haziq Pengiran Haji Amirul Rosli Azman Hamdan Khairul Syafiq "
              "Ismail Yusof"),
    "fr_TN": ("Amira Salma Ons Rim Nour Ines Mariem Asma Fatma Sirine Olfa Hela Emna Leila Yosra Khadija",
              "Mohamed Amine Ahmed Youssef Skander Mehdi Wassim Hamza Karim Anis Slim Nabil Hichem Bilel Aymen "
              "Sami Riadh"),
    "en_FJ": ("Adi Litia Mereoni Salote Ana Kalesi Sereana Vani Priya Shalini Nirmala Sunita Losana Akanisi Mere "
              "Kelera",
              "Ratu Josefa Semi Epeli Ilisoni Viliame Tevita Jone Pita Ravinesh Sanjay Rohit Anil Vikash Waisale "
              "Apenisa"),
    "nl_CW": ("Jasmijn Shurenska Yudelka Gisela Mirna Jeanette Zuleika Sharline Ruthmila Angelique Nathaly Ivette "
              "Suhendra Chanella Xiomara Norca",
              "Shurendy Giovanni Jurick Ronald Raymond Kenrick Gilbert Edsel Stanley Dunchi Jandino Ruthmilo "
              "Roderick Sidney Quincy Glenn"),
}  # fmt: skip
_SURNAMES = {
    "fr_RE": "Payet Hoarau Grondin Fontaine Rivière Técher Boyer Robert Lauret Dijoux Morel Nativel Virapoullé "
             "Ramassamy Maillot Lebon Turpin Clain Begue Mussard Bègue Cadet Sautron Nassibou Hoareau Ah-Woane "
             "Thiaw-Kine Latchimy Moutoussamy Baret",
    "es_NI": "Chamorro Ortega Sandino Téllez Gutiérrez Lacayo Cuadra Somarriba Mairena Obando Urbina Aráuz "
             "Zeledón Blandón Castellón Sequeira Baltodano Jarquín Membreño Pastora Rugama Tinoco Vanegas "
             "Zamora Moncada Argüello Bermúdez Pallais Rivas Sevilla",
    "be_BY": "Лукашэвіч Караткевіч Багдановіч Шушкевіч Мядзведзь Новік Ковалеў Жук Сакалоў Кляўко Бондар "
             "Шыманскі Ярмоленка Грыцук Мельнік Лявончык Казлоўскі Зайцаў Козел Пракаповіч Сцяпанаў Дзямідаў "
             "Кавалёнак Санько Быкаў Тарасевіч Цярэшка Рудзько Пашкевіч Гурыновіч",
    "en_TT": "Maharaj Ramdial Persad Ali Mohammed Ramnarine Seepersad Baptiste Joseph Charles Williams Chin Lee "
             "Ramkissoon Sabga Aboud Mahabir Boodram Rampersad De Freitas Gomes Fortune Greenidge Sookdeo "
             "Ramlogan Khan Beharry Hosein Jagessar La Foucade",
    "ms_BN": "Abdullah Hamid Ahmad Omar Yaakub Hassan Tahir Ismail Salleh Matusin Besar Bakar Jaafar Daud "
             "Metussin Sulaiman Ibrahim Mohammad Jumat Kassim Latip Basir Tuah Damit Sabtu Ali Mahmud Ariffin "
             "Kamis Bolkiah",
    "fr_TN": "Ben Salah Trabelsi Gharbi Hammami Jlassi Mejri Ben Ali Ayari Dridi Khelifi Chaabane Bouazizi "
             "Sassi Ben Amor Mansouri Chebbi Zouari Ferjani Bouguerra Haddad Baccouche Mzali Ben Youssef "
             "Karoui Sfar Belhaj Laabidi Tlili Masmoudi Nasri",
    "en_FJ": "Qarase Rabuka Bainimarama Tuisawau Nailatikau Vosanibola Ratuvou Tikoduadua Naidu Prasad Singh "
             "Chand Reddy Kumar Lal Narayan Sharma Vuniwaqa Delaibatiki Waqanivalu Seruvatu Koroi Tabua "
             "Nawalowalo Gounder Ali Raj Mudaliar Baleilevuka Lomaloma",
    "nl_CW": "Martina Rosaria Maduro Jesurun Capriles Pieternella Isenia Godett Wiels Rijna Francisca Koeiman "
             "Daal Girigorie Cijntje Sulvaran Bernardina Zimmerman Leito Martis Statia Cordilia Winklaar "
             "Anthonia Lasten Juliana Schotborgh Evertsz Senior Doran",
}  # fmt: skip
# Surnames of two words (``Ben Salah``, ``Chin Lee``, ``De Freitas``, ``La Foucade``): kept together.
_TWO_WORD = ("Ben ", "Chin ", "De ", "La ")
TWO_SURNAMES = ("es_NI",)
NEW = tuple(_GIVEN)
_NICK = {"fr_RE": ("Jojo", "Titi", "Ti-Jean", "Nono"), "es_NI": ("Chepe", "Chente", "Chayo", "Lupita"),
         "be_BY": ("Саша", "Алеся", "Дзіма", "Косця"), "en_TT": ("Bunny", "Sonny", "Ravi", "Tanty"),
         "ms_BN": ("Along", "Adik", "Ijat", "Mimi"), "fr_TN": ("Mimi", "Hamma", "Nounou", "Sassou"),
         "en_FJ": ("Bui", "Ta", "Sunny", "Pita"), "nl_CW": ("Shon", "Chichi", "Boy", "Nena")}  # fmt: skip
_EMAIL_HOSTS = {"fr_RE": ("orange.fr", "wanadoo.fr", "gmail.com", "zeop.re"), "es_NI": ("gmail.com", "yahoo.es",
                "hotmail.com", "claro.com.ni"), "be_BY": ("tut.by", "mail.ru", "gmail.com", "yandex.by"),
                "en_TT": ("gmail.com", "hotmail.com", "tstt.net.tt", "yahoo.com"), "ms_BN": ("gmail.com",
                "brunet.bn", "hotmail.com", "yahoo.com"), "fr_TN": ("gmail.com", "topnet.tn", "yahoo.fr",
                "planet.tn"), "en_FJ": ("gmail.com", "connect.com.fj", "yahoo.com", "usp.ac.fj"),
                "nl_CW": ("gmail.com", "hotmail.com", "onenet.cw", "gmail.com")}  # fmt: skip
# Belarusian Cyrillic in Latin letters (the official 2007 romanisation, simplified) for e-mail addresses.
_TRANSLIT = dict(zip("абвгдеёжзійклмнопрстуўфхцчшыьэюя'", ["a", "b", "v", "h", "d", "ie", "io", "zh", "z", "i",
                 "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "u", "f", "ch", "c", "ch", "sh", "y", "",
                 "e", "iu", "ia", ""], strict=True))  # fmt: skip


def own(locale: str) -> bool:
    """Whether this module writes the locale's names (the new eight)."""
    return locale in _GIVEN


def name_faker(locale: str, seed: int):
    """Set 27's name source for its locales (None for the eight written here)."""
    return None if own(locale) else set27.name_faker(locale, seed)


def _surname_of(locale: str, rng: random.Random, female: bool) -> str:
    words = _SURNAMES[locale].split()
    merged: list[str] = []
    for w in words:  # ``Ben Salah`` is one surname
        if merged and any(merged[-1] + " " == p for p in _TWO_WORD):
            merged[-1] += " " + w
        else:
            merged.append(w)
    last = rng.choice(merged)
    if locale == "be_BY" and female:  # Belarusian surnames take a feminine form: -аў -> -ава, -скі -> -ская
        for end, fem in (("аў", "ава"), ("оў", "ова"), ("еў", "ева"), ("ёў", "ёва"), ("скі", "ская"), ("цкі", "цкая")):
            if last.endswith(end):
                return last[: -len(end)] + fem
    return last


def person(locale: str, rng: random.Random, fake) -> Person:
    """One person of ``locale`` (sometimes with a middle name or patronymic, a nickname or a second surname)."""
    if not own(locale):
        return set27.person(locale, rng, fake)
    female = rng.random() < 0.5
    first = rng.choice(_GIVEN[locale][0 if female else 1].split())
    last = _surname_of(locale, rng, female)
    middle = ""
    if locale == "be_BY" and rng.random() < 0.6:  # patronymic from a father's given name
        father = rng.choice(_GIVEN[locale][1].split())
        soft = father.endswith(("й", "ь"))  # Сяргей -> Сяргеевіч, Іван -> Іванавіч
        middle = (father[:-1] if soft else father) + ("е" if soft else "а") + ("ўна" if female else "віч")
    elif locale == "ms_BN":  # ``bin``/``binti`` and the father's name
        father = rng.choice(_GIVEN[locale][1].split())
        last = f"{'binti' if female else 'bin'} {father} {last}" if rng.random() < 0.5 else last
    elif locale in TWO_SURNAMES:
        last = f"{last} {_surname_of(locale, rng, female)}"
    elif rng.random() < 0.15:
        middle = rng.choice(_GIVEN[locale][0 if female else 1].split())
    nick = rng.choice(_NICK[locale]) if rng.random() < 0.08 else ""
    return Person(first, last, female, middle, nick)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text."""
    if not own(locale):
        return set27.full(p, locale)
    return " ".join(x for x in (p.first, p.middle, p.last) if x)


def ascii_text(text: str) -> str:
    """``text`` without accents (what an old system or an e-mail address keeps of a name)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(c.lower(), c.lower()) for c in text)


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name (set 27's for its locales)."""
    if not own(locale):
        return set27.email(p, locale, rng)
    first = _latin(p.first) if locale == "be_BY" else ascii_text(p.first).lower()
    last = _latin(p.last.split()[-1]) if locale == "be_BY" else ascii_text(p.last.split()[-1]).lower()
    first, last = first.replace("-", "").replace("'", ""), last.replace("-", "").replace("'", "")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(1, 99)}",
                        f"{last}.{first}", f"{first}_{last}"))  # fmt: skip
    return f"{local}@{rng.choice(_EMAIL_HOSTS[locale])}"


def title(p: Person, lg: str) -> str:
    """The courtesy title of ``p`` in language ``lg`` (set 27's; Belarusian and Bruneian Malay written here)."""
    if lg == "be":
        return "спадарыня" if p.female else "спадар"
    if lg == "ms":
        return "Dayang" if p.female else "Awang"
    return set27.title(p, lg)


def surname(p: Person) -> str:
    """The surname a title goes with (set 27's)."""
    return set27.surname(p)


def written(p: Person, locale: str, form: str, lg: str) -> str:
    """``p`` in one cell's written form: set 27's forms (``natural``, ``comma``, ``initial``, ``nick``, ``titled``,
    ``upper``, ``lower``, ``ascii``) and the registry's ``last_first`` (``PAYET Marie-Josée``)."""
    if form == "last_first":
        return f"{p.last.upper()} {' '.join(x for x in (p.first, p.middle) if x)}"
    if not own(locale):
        return set27.written(p, locale, form, lg)
    name = full(p, locale)
    if form == "comma":
        return f"{p.last}, {' '.join(x for x in (p.first, p.middle) if x)}"
    if form == "initial":
        return initials(p, locale)
    if form == "nick" and p.nickname:
        return f'{p.first} "{p.nickname}" {p.last}'
    if form == "titled":
        return f"{title(p, lg)} {name}"
    if form == "upper":
        return name.upper()
    if form == "lower":
        return name.lower()
    if form == "ascii":
        return ascii_text(name)
    return name


def initials(p: Person, locale: str) -> str:
    """``K. Weber``: the given name's initial and the surname (set 27's for its locales)."""
    if not own(locale):
        return set27.initials(p, locale)
    first = "-".join(w[0] + "." for w in p.first.split("-"))
    return f"{first} {p.last}"


def case_cell(text: str, rng: random.Random, share: float = 0.12) -> str:
    """A name part typed in mixed case by different people (set 27's)."""
    return set27.case_cell(text, rng, share)


def household(a: Person, b: Person | None, locale: str, lg: str) -> str:
    """A household's label on an invitation list: ``Marie & Jean Payet``, or the one person (a wedding's
    addressee line)."""
    if b is None:
        return full(a, locale)
    joiner = {"en": "&", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en", "pt": "e"}.get(lg, "&")
    if a.last == b.last:
        return f"{a.first} {joiner} {b.first} {a.last}"
    return f"{full(a, locale)} {joiner} {full(b, locale)}"
