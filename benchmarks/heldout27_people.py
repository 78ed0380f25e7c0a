"""Held-out set 27: people of the eight new locales, and the ways a hand-kept list writes a name.

Set 26's people (``heldout26_people``: public functions, set 27's own seeds) for its 142 locales. Names written here
for the new eight, none of them in Faker: Montenegrin (``Šćepanović``, ``Balša``, Albanian ``Gjokaj``), Cuban (two
surnames, ``Yoandri``, ``Yusimí``), Mauritian (``Ramgoolam``, ``Ah-Kee``, ``Li Kwong Ken``, ``Marie-Claire``),
Åland Swedish (``Häggblom``, ``Börje``), Gibraltarian (``Montegriffo``, ``Picardo``, ``Bossano``), Kyrgyz in
Cyrillic (``Жээнбеков``/``Жээнбекова`` by sex, a patronymic as middle name), Lebanese in French spelling
(``Abi Nader``, ``Bou Saab``, ``Charbel``) and Surinamese (``Tjon A Fong``, ``Kromodimedjo``, ``Soekhradj``).
"""

from __future__ import annotations

import random

import heldout26_people as set26

Person = set26.Person
_F, _M = "F", "M"

_GIVEN = {
    "sr_ME": {_F: "Milica Jelena Ana Marija Jovana Tijana Ivana Dragana Sanja Maja Nataša Vesna Biljana Danijela "
              "Katarina Teodora Anđela Sara Nevena Mirjana Slađana Gordana Snežana Ljiljana",
              _M: "Marko Nikola Stefan Luka Milan Petar Vuk Nemanja Dejan Milo Vladimir Željko Aleksandar Dragan "
              "Boško Radovan Miloš Predrag Darko Igor Andrija Filip Vasilije Balša"},
    "es_CU": {_F: "Yamilé Yaneisy Dayana Yusimí Odalys Marisleydis Yanelis Mayelín Arletis Zulema Daimí Lisandra "
              "Yordanka Mildred Caridad Niurka Yaritza Dianelys Yunisleidy Maité",
              _M: "Yoandri Yunier Osvaldo Reinier Yasmany Orlando Raúl Ernesto Yosvany Alexei Dairon Yordanis "
              "Leonel Maikel Adonis Yusniel Lázaro Rolando Humberto Eliecer"},
    "en_MU": {_F: "Priya Anjali Devika Kavita Shakuntala Nirmala Marie-Claire Stéphanie Josiane Nathalie Jessica "
              "Mélanie Aisha Nazia Farhana Sabrina Vanessa Sandrine Reshma Poonam Laetitia Cindy",
              _M: "Ravi Vikash Rajesh Anil Prakash Dev Jean-Claude Jean-Marc Patrick Stephan Fabrice Ludovic Yusuf "
              "Imran Nadeem Kevin Yannick Jérôme Ashwin Navin Sunil Pravind Kersley Kugan"},
    "sv_AX": {_F: "Anna Maria Emma Sara Linnea Ida Elin Johanna Frida Malin Camilla Ebba Alva Wilma Agnes Signe "
              "Stina Birgitta Gunilla Ulla",
              _M: "Johan Erik Anders Mikael Jonas Jesper Oskar Viktor Kim Mats Stefan Henrik Joel Niklas Fredrik "
              "Börje Göran Ingmar Rasmus Edvin"},
    "en_GI": {_F: "Maria Rebecca Gemma Sarah Jennifer Rachel Lourdes Pilar Natalie Michelle Kim Stephanie Julie "
              "Caroline Charlene Rosemarie Shirley Sonia Amanda Lianne",
              _M: "John Joseph Christian Albert Peter Michael Kevin Fabian Julian Nicholas Gareth Daniel Steven "
              "Ernest Charles Gilbert Louis Keith Dylan Mark"},
    "ky_KG": {_F: "Айгерим Айпери Гулнара Жылдыз Нургуль Чолпон Бермет Асель Динара Калыйкан Айзада Мээрим Назира "
              "Толгонай Бактыгул Элнура Жаркын Салтанат Айжан Нуриза",
              _M: "Бакыт Азамат Нурлан Улан Эрлан Канат Марат Тимур Айбек Бекжан Жоомарт Сагынбек Талант Эмиль "
              "Нурбек Алмаз Курманбек Жыргалбек Медер Ислам"},
    "fr_LB": {_F: "Rania Maya Nadine Rita Carla Joëlle Lara Zeina Hala Nour Yasmina Myriam Dima Lina Rima "
              "Christelle Nayla Samar Mireille Hiba",
              _M: "Georges Elie Charbel Fadi Karim Rami Ziad Nabil Walid Samir Tony Joseph Marwan Hassan Ali Khalil "
              "Antoine Pierre Jad Bassam"},
    "nl_SR": {_F: "Shanti Reshma Soenita Anjali Sharmila Devika Wendy Ingrid Mavis Gracia Stephanie Saskia Suparni "
              "Wagiyem Xiomara Rachelle Kimberley Naomi Priscilla Latoya Gail Chandra",
              _M: "Rishi Ramesh Soeresh Anand Dewanand Ronald Ricardo Dennis Iwan Glenn Errol Harvey Sugiman Paiman "
              "Kenneth Clifton Marciano Radjesh Roy Armand"},
}  # fmt: skip
_SURNAMES = {
    "sr_ME": "Vujović|Popović|Radović|Vuković|Đukanović|Šćepanović|Perović|Bulatović|Marković|Kalezić|Lekić|"
    "Ivanović|Pejović|Jovanović|Vujošević|Knežević|Bošković|Raičević|Medojević|Đurović|Mijatović|Krivokapić|"
    "Nikolić|Kovačević|Vukčević|Lakićević|Drašković|Šaranović|Bećirović|Hodžić|Gjokaj|Nikaj",
    "es_CU": "Rodríguez|Pérez|González|Hernández|García|Fernández|Martínez|Díaz|López|Sánchez|Álvarez|Castillo|"
    "Cabrera|Valdés|Leyva|Rivero|Batista|Acosta|Suárez|Castro|Quintana|Mesa|Cárdenas|Betancourt|Fajardo|Placeres|"
    "Montes de Oca|Echevarría|Céspedes|Guerra|Portuondo|Despaigne",
    "en_MU": "Ramgoolam|Jugnauth|Bérenger|Duval|Ramsamy|Appadoo|Seeburn|Boodhoo|Ramful|Beeharry|Gungah|Dookhun|"
    "Jhurry|Soobrayen|Moutou|Lagesse|Rivet|Maurel|Desvaux|Ah-Kee|Li Kwong Ken|Ah-Chuen|Hossenbux|Peerbux|Jeetah|"
    "Mohabeer|Sewtohul|Pillay|Naiken|Virahsawmy|Curpen|Laridon",
    "sv_AX": "Eriksson|Karlsson|Mattsson|Lindqvist|Sundberg|Jansson|Gustafsson|Andersson|Nordlund|Holmström|"
    "Lundberg|Fellman|Sjöblom|Danielsson|Mörn|Ekblom|Söderlund|Häggblom|Flöjt|Carlsson|Nordberg|Eklund|Jakobsson|"
    "Öberg|Wikström|Sjölund|Granlund|Lindholm|Karlström|Blomqvist",
    "en_GI": "Bossano|Caruana|Picardo|Garcia|Hassan|Vasquez|Netto|Montegriffo|Cortes|Feetham|Linares|Bruzon|"
    "Sacramento|Isola|Azopardi|Santos|Holliday|Reyes|Origo|Hernandez|Mascarenhas|Canepa|Pitaluga|Baglietto|Danino|"
    "Benady|Levy|Olivero|Gomez|Ferrary|Balban|Chipolina",
    "ky_KG": "Асанов|Токтогулов|Жумабаев|Осмонов|Абдылдаев|Сыдыков|Мамытов|Турдубаев|Эсенбаев|Кадыров|"
    "Иманалиев|Алыбаев|Султанов|Омуралиев|Жээнбеков|Орозбеков|Чотонов|Шаршеналиев|Мукашев|Исаков|Байтемиров|"
    "Бекбоев|Усубалиев|Калыков|Намазбеков|Дуйшеев|Кенешбеков|Сатыбалдиев|Акматов|Бейшеналиев",
    "fr_LB": "Khoury|Haddad|Gemayel|Frangieh|Aoun|Salameh|Nassar|Saad|Karam|Abi Nader|Abou Jaoude|Bou Saab|Chami|"
    "Daher|Fakhoury|Ghanem|Hajj|Issa|Kassab|Makhlouf|Moussa|Nahas|Rizk|Sfeir|Tabet|Zein|Azar|Eid|Najjar|Mansour|"
    "Sleiman|El Khoury",
    "nl_SR": "Ramdin|Sardjoe|Kartosen|Pinas|Tjon A Fong|Soekhradj|Ramsaran|Jagessar|Mangal|Biharie|Kromodimedjo|"
    "Soemodikromo|Kasanpawiro|Wongsoredjo|Amatdjais|Pawirodirjo|Brunings|Sedney|Fernandes|Naarendorp|Ashruf|"
    "Lachmon|Jadnanansing|Sewdien|Moestadja|Abeleven|Linger|Chin A Lin|Lie A Kwie|Vinkwolk|Aloema|Doekhie",
}  # fmt: skip
_NICK = {"es_CU": {"Yoandri": "Yoyo", "Lázaro": "Lacho", "Caridad": "Cachita"},
         "en_GI": {"Joseph": "Joe", "Nicholas": "Nicky", "Rosemarie": "Rosie", "Albert": "Bertie"},
         "nl_SR": {"Dewanand": "Dewa", "Sharmila": "Sharm", "Kenneth": "Kenny"},
         "fr_LB": {"Georges": "Joe", "Charbel": "Chacha"}}  # fmt: skip
_EMAIL_HOSTS = {"sr_ME": ("t-com.me", "gmail.com", "hotmail.com"), "es_CU": ("nauta.cu", "infomed.sld.cu", "gmail.com"),
                "en_MU": ("intnet.mu", "gmail.com", "yahoo.com"), "sv_AX": ("aland.net", "gmail.com", "ax.nu"),
                "en_GI": ("gibtelecom.net", "gmail.com", "hotmail.co.uk"),
                "ky_KG": ("mail.ru", "gmail.com", "inbox.ru"),
                "fr_LB": ("idm.net.lb", "gmail.com", "hotmail.com"),
                "nl_SR": ("sr.net", "gmail.com", "hotmail.com")}  # fmt: skip
TWO_SURNAMES = ("es_CU",)
NEW = tuple(_GIVEN)
# Kyrgyz Cyrillic as an e-mail address writes it (the soft and hard signs dropped).
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya n o u".split(),  # noqa: SIM905
        strict=True,
    )
)


def own(locale: str) -> bool:
    """Whether this module writes the locale's names (the new eight)."""
    return locale in _GIVEN


def name_faker(locale: str, seed: int):
    """Set 26's name source for its locales (None for the eight written here)."""
    return None if own(locale) else set26.name_faker(locale, seed)


def person(locale: str, rng: random.Random, fake) -> Person:
    """One person of ``locale`` (sometimes with a middle name or patronymic, a nickname or a second surname)."""
    if not own(locale):
        return set26.person(locale, rng, fake)
    female = rng.random() < 0.5
    first = rng.choice(_GIVEN[locale][_F if female else _M].split())
    last = rng.choice(_SURNAMES[locale].split("|"))
    middle = ""
    if locale == "ky_KG":
        last = last + "а" if female else last
        if rng.random() < 0.6:  # a patronymic from a father's given name
            father = rng.choice(_GIVEN[locale][_M].split())
            stem, ending = (father[:-1], "ев") if father.endswith("ь") else (father, "ов")
            middle = stem + ending + ("на" if female else "ич")
    elif locale in TWO_SURNAMES:
        second = rng.choice(_SURNAMES[locale].split("|"))
        last = f"{last} {second}" if second != last else last
    elif rng.random() < 0.15:
        middle = rng.choice(_GIVEN[locale][_F if female else _M].split())
    if locale == "sv_AX" and rng.random() < 0.08:
        last = f"{last}-{rng.choice(_SURNAMES[locale].split('|'))}"
    nickname = _NICK.get(locale, {}).get(first, "") if rng.random() < 0.5 else ""
    return Person(first=first, last=last, female=female, middle=middle, nickname=nickname)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text."""
    if not own(locale):
        return set26.full(p, locale)
    return f"{p.first} {p.last}"


def ascii_text(text: str) -> str:
    """``text`` without accents (what an old system or an e-mail address keeps of a name)."""
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "".join(_TRANSLIT.get(c.lower(), c).replace("-", "") for c in text)
    return set26.ascii_text(text)


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name (set 26's for its locales; transliterated in Kyrgyzstan)."""
    if not own(locale):
        return set26.email(p, locale, rng)
    first = ascii_text(p.first).lower().replace(" ", "").replace("'", "")
    last = ascii_text(p.last.split()[0]).lower().replace("'", "").replace("-", "")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first}"))
    return f"{local}@{rng.choice(_EMAIL_HOSTS[locale])}"


def title(p: Person, lg: str) -> str:
    """The courtesy title of ``p`` in language ``lg`` (set 26's, Montenegrin and Kyrgyz/Russian written here)."""
    if lg == "sr":
        return "g-đa" if p.female else "g."
    if lg == "ru":
        return "г-жа" if p.female else "г-н"
    return set26.title(p, lg)


def written(p: Person, locale: str, form: str, lg: str) -> str:
    """``p`` in one cell's written form (set 26's forms: ``natural``, ``comma``, ``initial``, ``nick``,
    ``titled``, ``suffix``, ``upper``, ``lower``, ``ascii``); the new eight by the same rules here."""
    if not own(locale):
        return set26.written(p, locale, form, lg)
    base = f"{p.first} {p.last}"
    if form == "comma":
        return f"{p.last}, {p.first}"
    if form == "initial":
        return f"{p.first} {p.middle[0]}. {p.last}" if p.middle else f"{p.first[0]}. {p.last}"
    if form == "nick" and p.nickname:
        return f'{p.first} "{p.nickname}" {p.last}'
    if form == "titled":
        return f"{title(p, lg)} {base}"
    if form == "upper":
        return base.upper()
    if form == "lower":
        return base.lower()
    if form == "ascii":
        return ascii_text(base)
    if form == "patronymic" and p.middle:
        return f"{p.last} {p.first} {p.middle}"
    return base


def case_cell(text: str, rng: random.Random, share: float = 0.12) -> str:
    """A name part typed in mixed case by different people (set 26's)."""
    return set26.case_cell(text, rng, share)


def initials(p: Person, locale: str) -> str:
    """``K. Weber``: the given name's initial and the surname."""
    if not own(locale):
        return set26.initials(p, locale)
    return f"{p.first[0]}. {p.last}"


def surname(p: Person) -> str:
    """The surname a title goes with (set 26's)."""
    return set26.surname(p)
