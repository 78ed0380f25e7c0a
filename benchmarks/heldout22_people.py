"""People of held-out set 22: names (Faker's where it has the locale's own, else a sibling locale's or lists
written here), the forms exports write them in, and e-mail addresses.

Own lists (session 36, from the countries): Catalan, Serbian Cyrillic, Mongolian and Kazakh Cyrillic, Malay,
Filipino, Maltese, Albanian, Amharic (Ge'ez script), Bosnian, Luxembourgish, Singaporean, South African,
Angolan, Mozambican, Finland-Swedish, Senegalese, Jamaican, Ecuadorian, Costa Rican and Dominican names. Spanish
speakers of Spain and the Americas carry two surnames (``García López``) in most rows, Costa Ricans and
Dominicans too; Dutch and Belgian surnames keep their particles (``van der Berg``); some rows have
hyphenated double surnames.
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

from heldout22_places import faker_locale

# locale -> (female first names, male first names, surnames), "|"-separated.
OWN_NAMES = {
    "ca_ES": ("Montserrat|Núria|Laia|Mireia|Roser|Carme|Anna|Marta", "Jordi|Pau|Oriol|Arnau|Xavier|Joan|Marc|Pere",
              "Puig|Vila|Soler|Ferrer|Serra|Font|Roca|Casals|Pujol|Riera|Sala|Vidal"),
    "sr_RS": ("Јелена|Милица|Ана|Драгана|Ивана|Снежана", "Марко|Никола|Душан|Милош|Стефан|Небојша",
              "Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић|Илић|Павловић"),
    "mn_MN": ("Сарантуяа|Оюунчимэг|Болормаа|Наранцэцэг|Энхжаргал|Туяа", "Батбаяр|Ганбаатар|Төмөрбаатар|Мөнхбат|Энхбаяр|Болд",
              "Бат-Эрдэнэ|Доржсүрэн|Ганзориг|Цэрэндорж|Сүхбаатар|Нямдорж"),
    "kk_KZ": ("Айгүл|Динара|Гүлнар|Жанар|Әсел|Мәдина", "Нұрлан|Ерлан|Асқар|Бауыржан|Дәурен|Ержан",
              "Нұрланов|Сейітқали|Жақсыбеков|Омаров|Тоқаев|Сәрсенбаев|Исабеков"),
    "ms_MY": ("Nurul Aina|Siti Aisyah|Farah|Aminah|Zarina|Nor Hayati", "Ahmad Faizal|Muhammad Hafiz|Azman|Khairul|Rizal|Syed Amir",
              "bin Abdullah|bin Ismail|binti Hassan|bin Osman|binti Yusof|bin Rahman"),
    "fil_PH": ("Maricel|Rowena|Jocelyn|Liza|Kristine|Rosario", "Jericho|Ramil|Nestor|Rodel|Jomar|Arnel",
               "Santos|Reyes|Cruz|Bautista|dela Cruz|Villanueva|Mendoza|Aquino|Garcia|Manalo"),
    "mt_MT": ("Maria|Rita|Josette|Doreen|Carmen|Graziella", "Joseph|Mario|Carmel|Anthony|Kurt|Godfrey",
              "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech|Attard|Spiteri"),
    "sq_AL": ("Elira|Arta|Blerina|Mimoza|Drita|Anila", "Arben|Besnik|Gentian|Ilir|Dritan|Ermal",
              "Hoxha|Shehu|Gashi|Kola|Leka|Dervishi|Çela|Basha|Murati"),
    "am_ET": ("ሰላም|ትግስት|መሰረት|ህይወት|ብርቱካን|ፍሬህይወት", "አበበ|ከበደ|ታደሰ|ዳዊት|ተስፋዬ|ሙሉጌታ",
              "በቀለ|ወልደማርያም|ገብረመድህን|ተሾመ|አለሙ|ደምሴ|ሀይሌ"),
    "bs_BA": ("Emina|Lejla|Amra|Selma|Aida|Merima", "Amir|Haris|Emir|Adnan|Kenan|Edin",
              "Hodžić|Begić|Delić|Mehmedović|Hadžić|Kovačević|Hasanović|Omerović"),
    "lb_LU": ("Josiane|Carole|Monique|Nathalie|Claudine|Sandra", "Jang|Marc|Paul|Luc|Romain|Guy",
              "Schmit|Weber|Hoffmann|Wagner|Muller|Kremer|Reuter|Thill|Schroeder"),
    "en_SG": ("Mei Ling|Hui Min|Siti Nurhaliza|Priya|Jia Hui|Xin Yi", "Wei Jie|Kok Leong|Muhammad Firdaus|Rajesh|Jun Hao|Zhi Wei",
              "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Koh|Teo|Pillai|Rahman"),
    "en_ZA": ("Thandiwe|Nomvula|Annelie|Karabo|Lerato|Chantelle", "Sipho|Thabo|Pieter|Johan|Mandla|Riaan",
              "Nkosi|Dlamini|van der Merwe|Botha|Naidoo|Mokoena|Pretorius|Khumalo|Smit"),
    "pt_AO": ("Esperança|Luzia|Teresa|Domingas|Madalena|Filomena", "Manuel|António|Domingos|Adão|Francisco|Mateus",
              "dos Santos|Neto|Lourenço|Manuel|Kiala|Mbala|Tchipango|Gaspar"),
    "pt_MZ": ("Graça|Alice|Celeste|Ilda|Marta|Zaida", "Armando|Joaquim|Filipe|Samora|Hélder|Jacinto",
              "Macuácua|Sitoe|Cossa|Mondlane|Nhantumbo|Chissano|Mabunda|Tembe|Langa"),
    "sv_FI": ("Linnea|Ebba|Maria|Johanna|Annika|Pia", "Johan|Mikael|Henrik|Mats|Anders|Christoffer",
              "Lindholm|Sundström|Nyberg|Holmberg|Westerlund|Björkqvist|Forsman|Granholm|Sjöblom"),
    "fr_SN": ("Fatou|Aïssatou|Awa|Mariama|Khady|Ndèye", "Mamadou|Ousmane|Cheikh|Abdoulaye|Moussa|Ibrahima",
              "Diop|Ndiaye|Fall|Sow|Ba|Diallo|Faye|Sarr|Gueye|Mbaye|Cissé"),
    "en_JM": ("Shanice|Tashana|Kerry-Ann|Latoya|Simone|Nadine", "Kemar|Dwayne|Andre|Rohan|Oneil|Damion",
              "Brown|Campbell|Williams|Clarke|Thompson|Morrison|Grant|McKenzie|Francis"),
    "es_EC": ("María Belén|Gabriela|Verónica|Mishell|Karina|Daniela", "Santiago|Andrés|Jorge|Byron|Xavier|Wilson",
              "Zambrano|Cedeño|Vera|Mendoza|Moreira|Andrade|Guamán|Quishpe|Pazmiño"),
    "es_CR": ("Mariana|Yorleny|Hazel|Raquel|Melissa|Ana Lucía", "Esteban|Randall|Johnny|Alonso|Mauricio|Greivin",
              "Jiménez|Rodríguez|Vargas|Mora|Solís|Chaves|Araya|Quesada|Alvarado"),
    "es_DO": ("Yokasta|Ana Rosa|Yudelka|Milagros|Yajaira|Carolina", "Juan Carlos|Ramón|Wilkin|Franklin|Yunior|Héctor",
              "Peña|Santana|De los Santos|Féliz|Batista|Almonte|Rosario|Báez|Pimentel"),
}  # fmt: skip
_SIBLING = {"en_AU": "en_GB", "en_CA": "en_US", "en_PH": "en_US", "it_CH": "it_IT", "es_VE": "es_CO", "es_PE": "es_MX",
            "es_UY": "es_AR", "ar_EG": "ar_SA", "ar_AE": "ar_SA", "ar_JO": "ar_SA", "ar_BH": "ar_SA", "el_CY": "el_GR",
            "ro_MD": "ro_RO"}  # fmt: skip
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
TWO_SURNAMES = (
    "es_ES",
    "es_MX",
    "es_CO",
    "es_CL",
    "es_AR",
    "es_PE",
    "es_VE",
    "es_UY",
    "es_EC",
    "es_CR",
    "es_DO",
    "ca_ES",
)
_PARTICLES = frozenset("van von der den de del della di da dos das du la le ten ter het 't bin binti".split())  # noqa: SIM905
_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "gmx.net",
    "proton.me",
)
_LOCAL_DOMAINS = {"de": ("web.de", "t-online.de", "gmx.de"), "fr": ("orange.fr", "free.fr", "laposte.net"),
                  "it": ("libero.it", "virgilio.it"), "nl": ("ziggo.nl", "kpnmail.nl"), "es": ("telefonica.net",),
                  "en": ("btinternet.com", "aol.com", "sky.com")}  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    female: bool


def fakers(locale: str, seed: int) -> Faker | None:
    """The seeded Faker of the locale (its own, ``sw_KE`` as ``en_KE``), or None where Faker has none."""
    from faker.config import AVAILABLE_LOCALES

    name = faker_locale(locale)
    if name not in AVAILABLE_LOCALES:
        return None
    fake = Faker(name)
    fake.seed_instance(seed)
    return fake


def _sibling(locale: str, seed: int) -> Faker | None:
    if locale not in _SIBLING:
        return None
    fake = Faker(_SIBLING[locale])
    fake.seed_instance(seed)
    return fake


def person(locale: str, rng: random.Random, fake: Faker | None, sibling: Faker | None = None) -> Person:
    """One person of the locale: own lists, else Faker (the sibling locale's where Faker lacks names)."""
    female = rng.random() < 0.5
    if locale in OWN_NAMES:
        fem, mal, lasts = (x.split("|") for x in OWN_NAMES[locale])
        first = rng.choice(fem if female else mal)
        last = rng.choice(lasts)
        if locale == "ms_MY":  # Malay names carry the father's name, not a surname
            last = last.replace("bin ", "binti ") if female else last.replace("binti ", "bin ")
            last = last + " " + rng.choice(mal)
    else:
        src = sibling or fake
        first = src.first_name_female() if female else src.first_name_male()
        last = src.last_name_female() if female else src.last_name_male()
    if locale in TWO_SURNAMES and rng.random() < 0.7:
        src_last = rng.choice(OWN_NAMES[locale][2].split("|")) if locale in OWN_NAMES else (sibling or fake).last_name()
        if src_last != last:
            last = f"{last} {src_last}"
    elif locale in ("en_GB", "de_DE", "fr_FR", "nl_NL", "en_US") and rng.random() < 0.08:
        other = fake.last_name()
        if other != last and " " not in last:
            last = f"{last}-{other}"
    return Person(first.strip(), last.strip(), female)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it naturally (family name first in hu/ja/zh/ko/vi)."""
    if locale in NO_SPACE:
        return p.last + p.first
    if locale in FAMILY_FIRST:
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


FORMS = (
    "natural",
    "upper",
    "lower",
    "inverted",
    "SURNAME First",
    "initial",
    "title_case_particles",
)


def written(p: Person, locale: str, form: str) -> str:
    """The name in one of ``FORMS`` (CJK and family-first locales keep their natural order)."""
    natural = full(p, locale)
    if locale in FAMILY_FIRST or form == "natural":
        return natural
    if form == "upper":
        return natural.upper()
    if form == "lower":
        return natural.lower()
    if form == "inverted":
        return f"{p.last}, {p.first}"
    if form == "SURNAME First":
        return f"{p.last.upper()} {p.first}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    return natural


def ascii_text(text: str) -> str:
    """``text`` without accents, in ASCII where it can be (e-mail local parts)."""
    out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return out.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d")


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address from the person's name where it is in Latin letters, else from a handle."""
    first = "".join(c for c in ascii_text(p.first).lower() if c.isascii() and c.isalnum())
    core = [w for w in p.last.replace("-", " ").split() if w.lower() not in _PARTICLES] or [p.last]
    last = "".join(c for c in ascii_text(core[0]).lower() if c.isascii() and c.isalnum())
    if not first or not last:
        first, last = (
            rng.choice(("user", "info", "mail", "contact")),
            str(rng.randint(100, 9999)),
        )
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first}",
                        f"{first}_{last}{rng.randint(60, 99)}"))  # fmt: skip
    lg = locale.split("_")[0]
    domain = rng.choice(_DOMAINS + _LOCAL_DOMAINS.get(lg, ()))
    return f"{local}@{domain}"


def sibling_faker(locale: str, seed: int) -> Faker | None:
    """The Faker whose names a locale borrows where Faker has none of its own (``it_CH`` -> ``it_IT``)."""
    return _sibling(locale, seed)
