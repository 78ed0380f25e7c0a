"""Held-out set 26: people of the eight new locales, and the ways a hand-kept list writes a name.

Set 25's people (``heldout25_people``: Faker where it has the locale, its own lists elsewhere; public functions,
set 26's own seeds) for its 134 locales. Names written here for the new eight, none of them in Faker: South
Tyrolean (``Tschurtschenthaler``, ``Notburga``), Puerto Rican (two surnames, ``Yadiel``, ``Glorimar``), Hong Kong
(``CHAN Tai Man``: surname, then a two-syllable given name, often with an English name in front), Greenlandic
(``Aputsiaq``, ``Pipaluk``; Danish-era surnames ``Kleist``, ``Lynge``), Kosovar Albanian (``Krasniqi``,
``Qëndresa``), Moroccan in French spelling (``Fatima Zahra El Amrani``), Ugandan (``Namutebi``, ``Ssempala``) and
Honduran (two surnames, ``Suyapa``).
"""

from __future__ import annotations

import random

import heldout25_people as set25
import heldout26_language as language

Person = set25.Person

_F, _M = "F", "M"
# (given names, surnames) per new locale; given names carry their sex, as a register would.
_GIVEN = {
    "de_IT": {_F: "Anna Barbara Christine Elisabeth Ingrid Judith Katharina Magdalena Maria Martha Notburga Rosa "  # noqa: SIM905
                  "Sabine Theresia Verena Waltraud Johanna Evi".split(),
              _M: "Alois Andreas Benjamin Florian Franz Georg Hannes Hubert Johann Josef Lukas Manuel Matthias "  # noqa: SIM905
                  "Michael Paul Philipp Simon Zeno".split()},
    "es_PR": {_F: "Carmen Ana María Luz Yolanda Wanda Nilda Migdalia Xiomara Jeannette Zuleyka Keishla Glorimar "  # noqa: SIM905
                  "Marisol Iris Brenda Lizbeth".split(),
              _M: "José Luis Juan Carlos Ángel Miguel Jorge Héctor Edwin Yamil Omar Giovanni Yadiel Jadiel "  # noqa: SIM905
                  "Efraín Ramón".split()},
    "en_HK": {_F: ["Ka Yan", "Wing Yee", "Mei Ling", "Hoi Yan", "Pui Shan", "Yuk Lan", "Suk Fan", "Hiu Tung",
                   "Tsz Ching", "Lok Yi", "Sze Wing", "Man Yee", "Wai Man", "Siu Wai", "Kit Ying"],
              _M: ["Tai Man", "Siu Ming", "Chi Keung", "Ka Ho", "Wai Kit", "Kwok Wing", "Chun Hei", "Man Kit",
                   "Ho Yin", "Kin Wah", "Tsz Hin", "Wing Chung", "Yiu Fai", "Chi Hang", "Ka Lok", "Hon Ming"]},
    "kl_GL": {_F: "Naja Nivi Pipaluk Arnaq Ivalu Paninnguaq Aviaja Bolatta Kirsten Else Karen Ane Sara Tupaarnaq "  # noqa: SIM905
                  "Kiista Nukaaka".split(),
              _M: "Aputsiaq Malik Inuk Kuupik Nukannguaq Pavia Hans Niels Jens Ole Karl Aqqaluk Minik Ujarneq "  # noqa: SIM905
                  "Nuka Inunnguaq Juaaka".split()},
    "sq_XK": {_F: "Albulena Vjosa Teuta Drita Mimoza Blerta Arta Donika Fjolla Rina Leonora Shqipe Vlora Ardita "  # noqa: SIM905
                  "Besa Egzona Lirie Qëndresa".split(),
              _M: "Arben Blerim Driton Fatmir Gëzim Valon Agron Ilir Besnik Labinot Arbër Kushtrim Ardian Shpend "  # noqa: SIM905
                  "Luan Edon".split()},
    "fr_MA": {_F: ["Fatima Zahra", "Khadija", "Salma", "Imane", "Meryem", "Nadia", "Houda", "Asmae", "Sanaa",
                   "Hajar", "Zineb", "Loubna", "Ghizlane", "Najat", "Siham", "Kawtar", "Rim"],
              _M: "Mohamed Youssef Hamza Omar Mehdi Anas Karim Rachid Abdelilah Hicham Said Ayoub Ilyas Othmane "  # noqa: SIM905
                  "Soufiane Adil".split()},
    "en_UG": {_F: "Sarah Grace Patience Prossy Juliet Esther Mercy Sharon Peace Gloria Winnie Florence Harriet "  # noqa: SIM905
                  "Agnes Shamim Brenda Annet".split(),
              _M: "Joseph Moses Brian Ivan Denis Ronald Allan Isaac Emmanuel Robert Godfrey Samuel Hakim Timothy "  # noqa: SIM905
                  "Collins Okot".split()},
    "es_HN": {_F: "María Karla Dania Sandra Lesly Xiomara Wendy Gladys Iris Suyapa Yessenia Glenda Nohemí Rosa "  # noqa: SIM905
                  "Keila Dilcia Ingrid".split(),
              _M: "Juan José Carlos Luis Jorge Marvin Elvin Wilmer Denis Nelson Héctor Oscar Melvin Darwin Erick "  # noqa: SIM905
                  "Kevin".split()},
}  # fmt: skip
_SURNAMES = {
    "de_IT": "Pichler Mair Hofer Gruber Kofler Thaler Oberhofer Gasser Pircher Plattner Egger Kerschbaumer "  # noqa: SIM905
             "Unterhofer Ladurner Obwexer Pfeifer Tschurtschenthaler Mahlknecht Rabanser Demetz Senoner Perathoner "
             "Mitterer Kaserer Prader Frötscher Gamper Trojer Schwienbacher Innerhofer Niederkofler Zelger".split(),
    "es_PR": "Rivera Colón Rodríguez Santiago Torres Ortiz Cruz Vázquez Rosario Figueroa Meléndez Ayala Negrón "  # noqa: SIM905
             "Cintrón Maldonado Quiñones Pagán Otero Irizarry Acevedo Matos Vélez Caraballo Feliciano Lugo Marrero "
             "Serrano Nieves Alicea Báez Camacho Burgos".split(),
    "en_HK": "Chan Wong Lee Cheung Lau Leung Ng Chow Ho Lam Yeung Tsang Tang Kwok Chiu Fung Mak Yip Tse Lo Kwan "  # noqa: SIM905
             "Poon So Tam Luk Choi Yuen Siu Cheng Lai Chu Au".split(),
    "kl_GL": "Kleist Lynge Olsen Berthelsen Petersen Motzfeldt Kristiansen Heilmann Jeremiassen Egede Lyberth "  # noqa: SIM905
             "Rosing Kreutzmann Fleischer Zeeb Hammeken Johansen Frederiksen Nathanielsen Skifte Poulsen Broberg "
             "Chemnitz Kuitse Sandgreen Knudsen Enoksen Eliassen Davidsen Geisler Mathiassen Ostermann".split(),
    "sq_XK": "Krasniqi Gashi Berisha Morina Shala Hoxha Bytyqi Kryeziu Rexhepi Ahmeti Hasani Mustafa Kastrati "  # noqa: SIM905
             "Thaçi Zeqiri Sylejmani Musliu Halili Bajrami Rama Osmani Dervishi Ismaili Kelmendi Selimi Jashari "
             "Limani Hyseni Salihu Avdiu Hajdari Uka".split(),
    "fr_MA": ["El Amrani", "Benali", "Alaoui", "El Idrissi", "Bennani", "Tazi", "Berrada", "Chraibi", "El Fassi",
              "Benjelloun", "Lahlou", "Ouazzani", "Bouzidi", "El Mansouri", "Ait Lahcen", "Amzil", "Boukhari",
              "Cherkaoui", "Daoudi", "El Hachimi", "Filali", "Hajji", "Kettani", "Lamrani", "Naciri", "Rahmouni",
              "Sebti", "Tahiri", "Zerouali", "Bakkali", "Ait Ouahmane", "Moussaoui"],
    "en_UG": "Okello Namutebi Mukasa Nakato Ssempala Kato Nabirye Opio Achieng Wasswa Nansubuga Tumusiime "  # noqa: SIM905
             "Byaruhanga Atuhaire Kiggundu Nalwoga Ochieng Mugisha Namubiru Lubega Kasozi Nakibuuka Akello "
             "Ssekandi Tugume Nakimuli Kyomuhendo Muwanga Ainembabazi Odongo Kisakye Mwesigwa".split(),
    "es_HN": "Hernández López Martínez Rodríguez García Flores Mejía Reyes Cruz Castro Zelaya Ramírez Paz Sánchez "  # noqa: SIM905
             "Aguilar Banegas Maradiaga Osorto Funes Mendoza Ordóñez Velásquez Bonilla Matute Rivera Midence "
             "Canales Varela Suazo Alvarado Núñez Andino".split(),
}  # fmt: skip
# Hong Kong people often put an English given name before the Chinese one (``Peter CHAN Tai Man``).
_HK_ENGLISH = {_F: "Mandy Winnie Karen Cherry Yvonne Fanny Joyce Bonnie Queenie Kitty".split(),  # noqa: SIM905
               _M: "Peter Kelvin Ivan Jacky Alvin Ken Eric Raymond Wilson Dickson".split()}  # fmt: skip  # noqa: SIM905
TWO_SURNAMES = ("es_PR", "es_HN")
# Ugandan women often keep a clan surname and add a married one; Ganda names are given first or last.
_EMAIL_HOSTS = {"de_IT": ("rolmail.net", "gmail.com", "dnet.it", "brennercom.net"), "es_PR": ("gmail.com",
                "hotmail.com", "yahoo.com", "prtc.net"), "en_HK": ("gmail.com", "yahoo.com.hk", "netvigator.com"),
                "kl_GL": ("gmail.com", "greennet.gl", "hotmail.com"), "sq_XK": ("gmail.com", "hotmail.com",
                "ipko.net"), "fr_MA": ("gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr"), "en_UG": ("gmail.com",
                "yahoo.com", "outlook.com"), "es_HN": ("gmail.com", "yahoo.es", "hotmail.com", "tutopia.com")}  # fmt: skip  # noqa: E501


def own(locale: str) -> bool:
    """Whether this module writes the locale's names (the new eight)."""
    return locale in language.NEW8_26


def name_faker(locale: str, seed: int):
    """Set 25's name source for its locales (None for the eight written here)."""
    return None if own(locale) else set25.name_faker(locale, seed)


def person(locale: str, rng: random.Random, fake) -> Person:
    """One person of ``locale`` (sometimes with a middle name, a nickname or a second surname)."""
    if not own(locale):
        return set25.person(locale, rng, fake)
    female = rng.random() < 0.5
    sex = _F if female else _M
    first = rng.choice(_GIVEN[locale][sex])
    last = rng.choice(_SURNAMES[locale])
    if locale in TWO_SURNAMES:
        last = f"{last} {rng.choice([s for s in _SURNAMES[locale] if s != last])}"
    middle = nickname = ""
    if locale == "en_HK" and rng.random() < 0.45:
        nickname = rng.choice(_HK_ENGLISH[sex])
    elif locale in ("de_IT", "en_UG", "kl_GL") and rng.random() < 0.2:
        middle = rng.choice([g for g in _GIVEN[locale][sex] if g != first and " " not in g])
    elif rng.random() < 0.08:
        nickname = first[:3] + ("i" if locale == "de_IT" else "y")
    return Person(first, last, female, middle, nickname)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text (Hong Kong: English name, SURNAME, Chinese name)."""
    if locale == "en_HK":
        return f"{p.nickname + ' ' if p.nickname else ''}{p.last} {p.first}"
    if not own(locale):
        return set25.full(p, locale)
    return f"{p.first} {p.middle + ' ' if p.middle else ''}{p.last}"


def ascii_text(text: str) -> str:
    """``text`` without accents (what an old system or an e-mail address keeps of a name)."""
    return set25.ascii_text(text)


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name (set 25's for its locales)."""
    if not own(locale):
        return set25.email(p, locale, rng)
    first = ascii_text(p.nickname or p.first).lower().replace(" ", "")
    last = ascii_text(p.last.split()[0] if locale in TWO_SURNAMES else p.last).lower().replace(" ", "")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{first}{rng.randint(1, 99)}",
                        f"{first}_{last}{rng.randint(60, 99)}"))  # fmt: skip
    return f"{local}@{rng.choice(_EMAIL_HOSTS[locale])}"


def written(p: Person, locale: str, form: str, lg: str) -> str:
    """``p`` in one cell's written form (set 25's forms): ``natural``, ``comma``, ``initial``, ``nick``,
    ``titled``, ``suffix``, ``upper``, ``lower``, ``ascii``; Hong Kong's own: the surname in capitals."""
    if not own(locale):
        return set25.written(p, locale, form, lg)
    base = full(p, locale)
    if locale == "en_HK":
        caps = f"{p.last.upper()} {p.first}"
        return {"comma": f"{p.last.upper()}, {p.first}" + (f" {p.nickname}" if p.nickname else ""),
                "lower": base.lower(), "upper": base.upper(),
                "titled": f"{title(p, lg)} {caps}"}.get(form, f"{p.nickname + ' ' if p.nickname else ''}{caps}")  # fmt: skip  # noqa: E501
    if form == "comma":
        return f"{p.last}, {p.first}"
    if form == "initial" and p.middle:
        return f"{p.first} {p.middle[0]}. {p.last}"
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
    return base


def title(p: Person, lg: str) -> str:
    """The courtesy title of ``p`` in language ``lg`` (``Herr``/``Frau``, ``Sr.``/``Sra.``, ``Mr``/``Mrs``)."""
    titles = language.TITLES.get(lg) or ()
    titles = titles if len(titles) > 2 and titles[0] != "Dr." else language.TITLES["en"]
    return titles[1 if p.female else 0]


def case_cell(text: str, rng: random.Random, share: float = 0.12) -> str:
    """A name part typed in mixed case by different people (set 25's)."""
    return set25.case_cell(text, rng, share)


def initials(p: Person, locale: str) -> str:
    """``K. Weber``: the given name's initial and the surname (Hong Kong: ``T.M. Chan``)."""
    parts = p.first.split()
    return "".join(x[0] + "." for x in parts) + " " + p.last


def surname(p: Person) -> str:
    """The surname a title goes with (both surnames where a country writes two)."""
    return p.last
