"""Held-out set 24: people (given names, surnames, sex), the written forms of a name, e-mails.

Faker's names where it has the locale; names written here for the eight new locales (Basque, Galician, Frisian,
Breton, Gaelic, Andorran, Salvadoran and Cameroonian names) and for some locales Faker lacks; otherwise a
sibling's. Spanish-speaking countries write two surnames, Dutch and Frisian ones particles (``de Jong``), Gaelic
women ``Nic`` where men have ``Mac``, Cameroonian women ``Ngo``.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker
from faker.config import AVAILABLE_LOCALES

# (male given names, female given names, surnames)
OWN_NAMES = {
    "eu_ES": ("Aitor Iñaki Jon Gorka Unai Mikel Ander Eneko Xabier Iker Joseba Koldo",
              "Ane Maite Nerea Amaia Leire Garazi Itziar Miren Irati Uxue Ainhoa Edurne",
              "Etxeberria Agirre Goikoetxea Urrutia Zubizarreta Arrieta Bengoetxea Larrañaga Iturbe Aranburu "
              "Mendizabal Olaizola Elorza Urkiola Garmendia Azpiazu Lizarraga Uriarte Otxoa Ibarguren"),
    "gl_ES": ("Xosé Xoán Brais Anxo Uxío Roi Iago Martiño Antón Breixo Manuel Ramón",
              "Uxía Iria Antía Sabela Noela Xiana Aldara Carme Maruxa Rosalía Lucía Marta",
              "Castro Vázquez Rodríguez Fernández Pereira Outeiro Seoane Lema Souto Barreiro Rey Varela Piñeiro "
              "Carballo Figueiras Loureiro Mouriño Otero Regueira Domínguez"),
    "fy_NL": ("Sjoerd Wytse Hidde Jelle Tsjerk Sietse Douwe Hessel Binne Anne Sybren Wobbe",
              "Sjoukje Tjitske Baukje Froukje Grytsje Wypkje Aukje Janke Hiske Tryntsje Jitske Akke",
              "de Jong|Hoekstra|Dijkstra|de Vries|Bosma|Wijnja|Hiemstra|Terpstra|Feenstra|Zijlstra|van der Meer|"
              "Sikkema|Postma|Wiersma|Boersma|Kuipers|Tjeerdsma|Rinsma|Haitsma|Algra|van der Veen"),
    "br_FR": ("Yann Erwan Gwenaël Tanguy Loïc Ronan Goulven Maël Tudual Alan Per Yannig",
              "Nolwenn Gwenaëlle Maïwenn Soazig Katell Annaig Morgane Enora Azilis Rozenn Mona Gaïd",
              "Le Gall|Le Goff|Le Bihan|Kerbrat|Le Floc'h|Quéré|Tanguy|Le Roux|Guivarc'h|Le Meur|Morvan|Le Corre|"
              "Kervella|L'Hostis|Le Bris|Jaouen|Le Guen|Cariou|Prigent|Le Duff"),
    "gd_GB": ("Calum Ruairidh Seumas Dòmhnall Iain Ailean Eòghann Tormod Coinneach Aonghas Murchadh Niall",
              "Mòrag Catrìona Seonag Peigi Ealasaid Màiri Oighrig Sìne Raonaid Anna Ceitidh Dolina",
              "MacLeòid|MacDhòmhnaill|MacAoidh|MacNèill|MacIlleathain|MacCoinnich|MacAmhlaigh|MacIomhair|"
              "Moireasdan|Caimbeul|Mac an t-Saoir|Dòmhnallach"),
    "ca_AD": ("Jordi Marc Pau Oriol Arnau Joan Xavier Albert Ferran Gerard",
              "Núria Montserrat Mireia Laia Meritxell Anna Marta Cristina Roser Judit",
              "Areny Tor Pintat Cerqueda Font Riba Pons Naudi Casal Duró Mas Coma Martí Pujol Farràs Rossell "
              "Marticella Calvó Canturri Solà"),
    "es_SV": ("José Carlos Jorge Óscar Mauricio René Wilfredo Edgardo Nelson Salvador Walter Ernesto",
              "María Ana Karla Yesenia Roxana Marta Blanca Sonia Glenda Xiomara Reina Delmy",
              "Hernández López Martínez Rivas Flores Portillo Alvarado Menjívar Quintanilla Orellana Argueta "
              "Campos Chicas Guardado Ayala Ventura Henríquez Escobar Zelaya Mejía"),
    "fr_CM": ("Jean-Pierre Emmanuel Samuel Serge Armand Blaise Hervé Rodrigue Achille Paul",
              "Marie-Claire Brigitte Solange Pélagie Nadège Aïcha Esther Odile Clarisse Bernadette",
              "Mbarga Nkoulou Etoa Ndzana Fouda Tchoupo Kamga Nana Fotso Tchakounté Essomba Abena Onana Mvondo "
              "Atangana Bikoro Nyemb Ekotto Manga Tchatchoua"),
    "ms_MY": ("Ahmad Muhammad Mohd Hafiz Faizal Azman Rizal Syafiq Amirul Kamal",
              "Nur Siti Aisyah Farah Nurul Zulaikha Hidayah Azlina Liyana Syazwani",
              "bin Abdullah|bin Ismail|bin Hassan|bin Ahmad|bin Yusof|bin Osman|bin Rahman|bin Salleh"),
    "sw_KE": ("John Peter James Brian Kevin Dennis Collins Samuel Joseph David",
              "Mary Grace Faith Mercy Esther Joyce Caroline Wanjiru Akinyi Njeri",
              "Otieno Kamau Mwangi Ochieng Wanjiku Kiprono Mutua Njoroge Onyango Kiptoo Wambui Chebet"),
    "ca_ES": ("Jordi Marc Pau Oriol Arnau Joan Xavier Albert Pere Martí",
              "Núria Montserrat Mireia Laia Anna Marta Cristina Roser Judit Mercè",
              "Puig Soler Vila Serra Ferrer Pujol Roca Font Riera Casals Bosch Vidal Camps Sala Bonet Castells"),
    "en_SG": ("Wei Ming Jun Kai Jia Hao Zhi Wei Rajesh Hafiz Daniel Marcus Ethan Ryan",
              "Hui Min Xin Yi Jia Hui Li Ting Priya Nur Rachel Sarah Chloe Michelle",
              "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low"),
    "fr_SN": ("Mamadou Ousmane Cheikh Abdoulaye Moussa Ibrahima Modou Babacar Alioune Serigne",
              "Fatou Aminata Awa Mariama Khady Ndèye Coumba Astou Aïssatou Rokhaya",
              "Diop Ndiaye Fall Sow Ba Sarr Faye Diallo Gueye Mbaye Cissé Seck Thiam Niang Diouf"),
    "fr_CI": ("Kouadio Yao Konan Koffi Serge Didier Franck Ibrahim Adama Moïse",
              "Aya Adjoua Akissi Affoué Mariam Nadège Prisca Estelle Amenan Laetitia",
              "Kouassi Koné Ouattara Traoré Yao Kouamé Bamba Coulibaly N'Guessan Diabaté Touré Kacou"),
    "cy_GB": ("Rhys Dafydd Gareth Huw Iwan Llŷr Owain Gethin Emyr Dylan",
              "Angharad Cerys Ffion Gwenllian Nia Rhiannon Siân Catrin Elin Mererid",
              "Jones Davies Williams Evans Roberts Hughes Lewis Morgan Griffiths Pritchard Llywelyn Prys"),
    "kk_KZ": ("Нұрлан Ерлан Асхат Дәурен Берік Серік Айдос Нұржан", "Айгүл Гүлнар Әйгерім Салтанат Жанар Динара Мөлдір",
              "Ахметов Сәрсенбаев Жақыпов Омаров Нұрланов Қасымов Тоқаев Бекмұхамбетов"),
    "mn_MN": ("Бат-Эрдэнэ Ганбаатар Төмөрбаатар Баярсайхан Энхбаяр Мөнх-Очир",
              "Оюунчимэг Сарантуяа Номин Анужин Батцэцэг",
              "Батболд Ганзориг Цэрэндорж Дорж Сүхбаатар Энхтайван"),
}  # fmt: skip
SIBLING = {"es_PE": "es_MX", "sr_RS": "hr_HR", "ro_MD": "ro_RO", "es_UY": "es_AR", "pt_AO": "pt_PT", "en_ZA": "zu_ZA",
           "es_EC": "es_CO", "es_CR": "es_MX", "es_DO": "es_MX", "pt_MZ": "pt_PT", "sv_FI": "sv_SE", "en_JM": "en_US",
           "es_GT": "es_MX", "es_PY": "es_AR", "pt_CV": "pt_PT", "ar_OM": "ar_SA"}  # fmt: skip
TWO_SURNAMES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_VE", "es_PE", "es_UY", "es_EC", "es_CR", "es_DO",
                "es_GT", "es_PY", "eu_ES", "gl_ES", "es_SV", "ca_ES")  # fmt: skip
HYPHENATED = ("en_GB", "fr_FR", "de_DE", "en_US", "nl_NL", "br_FR")
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com")
_LOCAL = {"de": ("web.de", "gmx.de", "t-online.de"), "fr": ("orange.fr", "free.fr", "laposte.net"),
          "es": ("telefonica.net", "yahoo.es"), "it": ("libero.it", "virgilio.it", "alice.it"),
          "nl": ("ziggo.nl", "kpnmail.nl", "home.nl"), "eu": ("euskaltel.net",), "gl": ("mundo-r.com",),
          "fy": ("ziggo.nl", "planet.nl"), "br": ("wanadoo.fr", "orange.fr"), "gd": ("btinternet.com",),
          "ca": ("andorra.ad",)}  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    female: bool


def name_faker(locale: str, seed: int) -> Faker | None:
    """A Faker of the locale's names (a sibling's where Faker lacks it; None where names are written here)."""
    if locale in OWN_NAMES:
        return None
    loc = SIBLING.get(locale, locale)
    fake = Faker(loc if loc in AVAILABLE_LOCALES else "en_US")
    fake.seed_instance(seed)
    return fake


def _split(text: str) -> list[str]:
    return text.split("|") if "|" in text else text.split()


def person(locale: str, rng: random.Random, fake: Faker | None) -> Person:
    """One person of ``locale``."""
    female = rng.random() < 0.5
    if fake is None:
        males, females, lasts = OWN_NAMES[locale]
        first = rng.choice(_split(females if female else males))
        last = rng.choice(_split(lasts))
        if locale in TWO_SURNAMES:
            last = f"{last} {rng.choice(_split(lasts))}"
        if locale == "gd_GB" and female and last.startswith("Mac"):
            last = "Nic" + last[3:]
        if locale == "fr_CM" and female and rng.random() < 0.3:
            last = f"Ngo {last}"
        return Person(first, last, female)
    first = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name()
    if locale in TWO_SURNAMES and " " not in last:
        last = f"{last} {fake.last_name()}"
    elif locale in HYPHENATED and rng.random() < 0.08:
        last = f"{last}-{fake.last_name()}"
    return Person(first, last, female)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text."""
    if locale in NO_SPACE:
        return p.last + p.first
    if locale in FAMILY_FIRST:
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


FORMS = ("natural", "natural", "natural", "upper", "lower", "last_first_comma", "upper_last_first", "initial")


def written(p: Person, locale: str, form: str) -> str:
    """``p`` in a written form of a cell (``natural``, ``upper``, ``lower``, ``Surname, First``...)."""
    if locale in NO_SPACE or form == "natural":
        return full(p, locale)
    if form == "upper":
        return full(p, locale).upper()
    if form == "lower":
        return full(p, locale).lower()
    if form == "last_first_comma":
        return f"{p.last}, {p.first}"
    if form == "upper_last_first":
        return f"{p.last.upper()} {p.first}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    raise ValueError(form)


def ascii_text(text: str) -> str:
    """``text`` without accents (what an e-mail address keeps of a name)."""
    text = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ß", "ss").replace("ł", "l"))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -"))


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name, at a common or a country's own provider."""
    first = ascii_text(p.first).lower().replace(" ", "")
    last = ascii_text(p.last).lower().replace(" ", "").replace("-", "").replace("'", "")
    if not first or not last:  # a name in another script: a handle of its own
        first, last = rng.choice(("mail", "box", "home", "post", "jp", "star")), str(rng.randint(10, 99999))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}_{last}"))  # fmt: skip
    lg = locale.split("_")[0]
    domain = rng.choice(_DOMAINS + _LOCAL.get(lg, ()) * 2)
    return f"{local}@{domain}"
