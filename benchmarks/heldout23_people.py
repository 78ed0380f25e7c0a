"""People of held-out set 23: names (Faker's where it has the locale's own, a sibling locale's, or lists written
here), the written forms exports use, and e-mail addresses.

Own lists (session 37, from the countries): Welsh, Guatemalan (Spanish and Maya surnames), Paraguayan (Spanish
and Guaraní-origin surnames), Cape Verdean, Ivorian, Bangladeshi (Latin letters), Omani (Arabic script), Emirati
(Latin letters), Malay, Kazakh and Mongolian (Cyrillic), Serbian (Cyrillic), Catalan, Singaporean, Angolan and
Mozambican, Senegalese, Amharic (Ge'ez), Albanian and Maltese. Spanish speakers carry two surnames in most rows;
Dutch and Belgian surnames keep their particles; some rows have hyphenated double surnames (British, French,
German); Welsh rows have patronymic-looking surnames (``ap Dafydd``) now and then.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker
from faker.config import AVAILABLE_LOCALES

# (female first names, male first names, surnames)
OWN_NAMES = {
    "cy_GB": ("Angharad Bethan Carys Catrin Cerys Eirlys Ffion Gwenllian Heledd Lowri Mererid Nia Rhiannon Siân Tegwen",
              "Aled Bryn Dafydd Dylan Emyr Geraint Gethin Gruffudd Huw Iolo Ioan Llŷr Meirion Rhodri Tomos",
              "Jones Davies Evans Williams Pritchard Parry Bowen Prosser Pugh Lloyd Griffiths Vaughan Llewellyn Hughes "
              "Rees Morgan Powell Jenkins Gwilym Howells"),
    "es_GT": ("María Ana Lucía Mildred Wendy Sucely Brenda Heidy Karla Gabriela Rosa Marleny",
              "José Juan Carlos Luis Edgar Byron Mynor Estuardo Otto Selvin Erick Walter",
              "López García Pérez Hernández Morales Gómez Ajú Xicará Cux Tzoc Chávez Ixcoy Batz Coyoy Orellana "
              "Barrios Sandoval Monterroso"),
    "es_PY": ("María Liz Noelia Fátima Rossana Mirta Nilda Karina Gladys Romina Celeste Araceli",
              "Juan Carlos Derlis Hugo Osvaldo Óscar Nelson Rubén Aníbal Blas Ramón Víctor",
              "Benítez Giménez González Cáceres Ayala Villalba Ortiz Báez Duarte Ojeda Acosta Insfrán Cabañas "
              "Arce Riquelme Galeano Escobar Zárate"),
    "pt_CV": ("Maria Ana Djenifer Edna Jandira Celina Nilda Odete Zulmira Elisângela Carla Ivone",
              "João Manuel Djodje Adilson Nelson Arlindo Elton Hélder Ivanildo Jailson Carlos Orlando",
              "Fernandes Lopes Monteiro Tavares Semedo Varela Andrade Gomes Silva Moreira Rodrigues Spencer Delgado "
              "Furtado Évora"),
    "fr_CI": ("Aya Adjoua Affoué Amenan Fatoumata Mariam Awa Akissi Nadège Clarisse Brigitte Salimata",
              "Kouassi Koffi Yao Kouadio Konan Amadou Moussa Serge Didier Arsène Ibrahim Yacouba",
              "Kouamé N'Guessan Koné Traoré Ouattara Bamba Yao Kouassi Diabaté Touré Coulibaly Gbagbo Aka Zadi "
              "Djédjé Tanoh"),
    "en_BD": ("Nusrat Farzana Sharmin Tahmina Rumana Sadia Nasrin Jannatul Mahmuda Fatema Sabrina Shirin",
              "Md. Rahim, Abdul Karim, Kamrul, Shafiqul, Tanvir, Rakib, Mahmudul, Habibur, Arif, Sohel, Mizanur",
              "Rahman Hossain Islam Ahmed Chowdhury Uddin Akter Sarker Mia Khan Talukder Bhuiyan Haque Alam "
              "Siddique Mollah"),
    "ar_OM": ("فاطمة مريم عائشة شيخة موزة زوينة بثينة خولة أسماء نوال ريا منى",
              "محمد أحمد سالم سعيد خالد سليمان حمد ناصر سيف هلال طارق يوسف",
              "البلوشي الحارثي الهنائي الكندي الرواحي البوسعيدي المعمري السيابي الشكيلي العبري الغافري "
              "الهاشمي الريامي الفارسي"),
    "ar_AE": ("Fatima Mariam Aisha Shamma Mahra Hessa Latifa Noora Alya Sheikha Meera Amna",
              "Mohammed Ahmed Rashid Saeed Khalid Sultan Hamdan Majid Obaid Hamad Saif Omar",
              "Al Mansoori, Al Mazrouei, Al Shamsi, Al Nuaimi, Al Ketbi, Al Falasi, Al Dhaheri, Al Suwaidi, "
              "Al Hammadi, Al Kaabi, Al Marri, Al Qubaisi"),
    "ms_MY": ("Nur Aisyah Siti Nurul Farah Aminah Syafiqah Izzati Hidayah Zulaikha Balqis Najwa",
              "Muhammad Ahmad Mohd Amirul Hafiz Faizal Azman Haziq Zulkifli Iskandar Firdaus Syazwan",
              "bin Abdullah, bin Ismail, bin Hassan, bin Yusof, bin Osman, bin Ibrahim, bin Ahmad, bin Salleh, "
              "bin Rahman, bin Kassim"),
    "kk_KZ": ("Айгерім Әсел Динара Гүлнар Жанар Мадина Аружан Сәуле Ақбота Назерке Дана Балжан",
              "Нұрлан Ерлан Бауыржан Асхат Дәурен Ержан Қанат Серік Айдос Нұрсұлтан Ерболат Тимур",
              "Жақсыбеков Сейітов Омаров Нұрланов Әбенов Қасымов Тұрсынов Мұратов Бекболатов Жұмабаев Серікбаев "
              "Оспанов"),
    "mn_MN": ("Оюунчимэг Сарантуяа Нармандах Болормаа Энхжаргал Анударь Мөнхзул Ариунаа Цэцэгмаа Хулан",
              "Батбаяр Ганбаатар Мөнхбат Эрдэнэбат Төмөрбаатар Болд Сүхбат Баярсайхан Энхтүвшин Тэмүүлэн",
              "Батболд Ганзориг Дорж Лхагва Цэрэн Баатар Энхбаяр Отгонбаяр Пүрэв Жаргал Сүх Нямдорж"),
    "sr_RS": ("Јелена Милица Ивана Марија Драгана Снежана Тамара Јована Бојана Весна",
              "Милош Никола Марко Стефан Душан Небојша Зоран Драган Александар Вук",
              "Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић "
              "Тодоровић Лазић"),
    "ca_ES": ("Montserrat Núria Mercè Laia Marta Anna Roser Carme Júlia Aina Queralt Meritxell",
              "Jordi Pere Joan Josep Oriol Pau Arnau Marc Xavier Albert Jaume Quim",
              "Puig Vila Soler Ferrer Font Serra Riera Vidal Pujol Casals Roca Bosch Mas Camps Sala Prat"),
    "en_SG": ("Wei Ling, Hui Min, Siti Aminah, Priya, Jia Hui, Mei Ling, Nur Hidayah, Kavitha, Xin Yi, Shu Fen",
              "Wei Jie, Jun Hao, Muhammad Faiz, Rajesh, Zhi Hao, Kok Leong, Ravi, Chee Keong, Ahmad Zaki, Arun",
              "Tan Lim Lee Ng Ong Wong Goh Chua Teo Koh Nair Pillai Rahman Yeo Sim"),
    "pt_AO": ("Maria Ana Luzia Domingas Teresa Esperança Conceição Madalena Isabel Joana Paulina",
              "António João Manuel Domingos Francisco Agostinho Adão Pedro Mateus Afonso Nelito",
              "dos Santos, Domingos, Sebastião, Neto, Fernandes, Pereira, Tchissola, Kiala, Mbala, Cassoma, Gaspar"),
    "pt_MZ": ("Maria Ana Fátima Celeste Graça Ivone Lurdes Rosa Amélia Cacilda Helena",
              "João Manuel Armando Alberto Samora Carlos Filipe Ernesto Jaime Lourenço Paulo",
              "Macuácua Sitoe Chissano Mondlane Cossa Nhantumbo Machava Tembe Mabunda Muianga Langa Massingue"),
    "fr_SN": ("Aminata Fatou Awa Mariama Khady Ndèye Coumba Aïssatou Astou Bineta Rokhaya",
              "Mamadou Ousmane Ibrahima Cheikh Moustapha Abdoulaye Modou Serigne Babacar Alioune Pape",
              "Diop Ndiaye Fall Sow Diallo Mbaye Sarr Faye Gueye Ba Cissé Seck Niang Thiam Sy"),
    "am_ET": ("አበበች መሰረት ሕይወት ትዕግስት ብርቱካን ሰላማዊት ፍሬሕይወት ማርታ ቤተልሔም ሜሮን",
              "አበበ ተስፋዬ ዳዊት ሰለሞን ብርሃኑ ኃይሌ ዮሐንስ መኮንን ገብረ ታደሰ",
              "ተፈራ በቀለ ገብሬ ወልደ ሀብተ ጌታቸው ካሳ አለሙ ደምሴ ታምራት"),
    "sq_AL": ("Arta Blerta Drita Elira Flutura Jonida Klea Manjola Rovena Teuta Vjollca",
              "Arben Besnik Dritan Ermal Fatmir Gentian Ilir Klodian Artan Mirel Sokol",
              "Hoxha Shehu Leka Gjoka Dervishi Basha Kola Marku Çela Prifti Duka Meta"),
    "mt_MT": ("Maria Rita Doris Carmen Graziella Marthese Roberta Annalise Josette Rebecca",
              "Joseph, Carmel, Mario, Godfrey, Kevin, Jean Paul, Keith, Reuben, Matthew, Clayton",
              "Borg Camilleri Vella Farrugia Zammit Galea Grech Micallef Attard Spiteri Azzopardi Cassar"),
}  # fmt: skip
# Where Faker lacks the locale (or its names): the Faker locale whose names fit.
SIBLING = {"es_PE": "es_MX", "es_UY": "es_AR", "es_EC": "es_CO", "es_CR": "es_MX", "es_DO": "es_MX",
           "ro_MD": "ro_RO", "sv_FI": "sv_SE", "en_JM": "en_GB", "en_ZA": "en_GB", "sw_KE": "en_KE",
           "lb_LU": "de_DE", "el_CY": "el_GR", "bs_BA": "hr_HR", "fil_PH": "tl_PH", "ar_JO": "ar_SA",
           "ar_BH": "ar_SA", "ar_EG": "ar_SA", "es_VE": "es_CO", "it_CH": "it_IT", "de_LI": "de_AT"}  # fmt: skip
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
TWO_SURNAMES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_VE", "es_PE", "es_UY", "es_EC", "es_CR", "es_DO",
                "es_GT", "es_PY", "ca_ES")  # fmt: skip
HYPHENATED = ("en_GB", "fr_FR", "de_DE", "fr_CA", "de_AT", "en_US", "nl_NL", "cy_GB")
_PARTICLES = frozenset("van von der den de del della di da dos das du la le ten ter ap bin".split())  # noqa: SIM905
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me")
_LOCAL_DOMAINS = {"de": ("web.de", "gmx.de", "t-online.de"), "fr": ("orange.fr", "free.fr", "sfr.fr"),
                  "es": ("telefonica.net", "yahoo.es"), "it": ("libero.it", "virgilio.it", "tiscali.it"),
                  "nl": ("ziggo.nl", "kpnmail.nl", "home.nl"), "en": ("btinternet.com", "sky.com", "aol.com"),
                  "cy": ("btinternet.com", "ntlworld.com"), "pt": ("sapo.pt", "cvtelecom.cv")}  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool


def name_faker(locale: str, seed: int) -> Faker | None:
    """The Faker whose names are the locale's (its own or ``SIBLING``'s), seeded; None where ``OWN_NAMES`` has them."""
    if locale in OWN_NAMES:
        return None
    fl = SIBLING.get(locale, locale)
    if fl not in AVAILABLE_LOCALES:
        return None
    fake = Faker(fl)
    fake.seed_instance(seed)
    return fake


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.split(",")] if "," in text else text.split()


def _own(locale: str, rng: random.Random, female: bool) -> tuple[str, str]:
    fem, male, last = OWN_NAMES[locale]
    first = rng.choice(_split(fem if female else male))
    surname = rng.choice(_split(last))
    if locale == "ms_MY":
        first = f"{first} {rng.choice(_split(fem if female else male))}" if rng.random() < 0.4 else first
        surname = surname.replace("bin ", "binti ") if female else surname
    return first, surname


def person(locale: str, rng: random.Random, fake: Faker | None) -> Person:
    """One person of ``locale``: names from ``OWN_NAMES`` or ``fake``, two surnames, particles, hyphens."""
    female = rng.random() < 0.5
    if locale in OWN_NAMES or fake is None:
        first, last = _own(locale if locale in OWN_NAMES else "cy_GB", rng, female)
    else:
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
    if locale in TWO_SURNAMES and rng.random() < 0.7:
        other = _own(locale, rng, female)[1] if locale in OWN_NAMES else fake.last_name()
        if other != last:
            last = f"{last} {other}"
    elif locale in HYPHENATED and rng.random() < 0.12:
        other = _own(locale, rng, female)[1] if locale in OWN_NAMES else fake.last_name()
        if other != last and " " not in last:
            last = f"{last}-{other}"
    elif locale == "cy_GB" and rng.random() < 0.1:
        last = "ap " + rng.choice(("Dafydd", "Rhys", "Gwilym", "Iorwerth"))
    return Person(first, last, female)


def full(p: Person, locale: str) -> str:
    """The name as the country writes it: family name first in ``FAMILY_FIRST``, without a space in CJK."""
    if locale in NO_SPACE:
        return p.last + p.first
    if locale in FAMILY_FIRST:
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


# Forms a name column takes in an export (one per column).
FORMS = ("natural", "natural", "upper", "lower", "last_first_comma", "upper_last_first", "initial", "title_case")


def _cap(word: str) -> str:
    return word if word.lower() in _PARTICLES else word[:1].upper() + word[1:].lower()


def written(p: Person, locale: str, form: str) -> str:
    """The whole name in ``form`` (CJK, Arabic and Ge'ez names keep their natural form)."""
    natural = full(p, locale)
    if locale in NO_SPACE or not any((c.isalpha() and c.isascii()) or "À" <= c <= "ž" for c in natural):
        return natural
    if form == "upper":
        return natural.upper()
    if form == "lower":
        return natural.lower()
    if form == "last_first_comma":
        return f"{p.last}, {p.first}"
    if form == "upper_last_first":
        return f"{p.last.upper()} {p.first}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "title_case":
        return " ".join("-".join(_cap(w) for w in part.split("-")) for part in natural.split())
    return natural


def ascii_text(text: str) -> str:
    """``text`` without accents and with only letters (for e-mail local parts)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An e-mail of the person: ``first.last``, ``flast`` or ``last.first`` with digits, at a local or big domain."""
    first, last = ascii_text(p.first.split()[0]), ascii_text(p.last.split()[-1])
    if not first or not last:  # non-Latin names: a transliteration is not written here, a handle is
        first, last = rng.choice(("user", "contact", "info", "mail")), str(rng.randint(100, 99999))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}",
                        f"{first}_{last}{rng.randint(1, 99)}",
                        f"{first}{rng.randint(70, 99)}"))  # fmt: skip
    lg = locale.split("_")[0]
    domains = _LOCAL_DOMAINS.get(lg, ()) + _DOMAINS
    return f"{local}@{rng.choice(domains)}"
