"""Held-out set 29: people of the eight new locales, and the ways an export writes a name.

Set 28's people (``heldout28_people``: public functions, set 29's own seeds) for its 158 locales. Names written here
for the new eight, none of them in Faker: Transylvanian Hungarian (``Kovács``, ``Szilágyi``, ``Boglárka``, ``Levente``:
the surname first when written in Hungarian order), Kuwaiti in Arabic script (a given name, the father's name and the
family name ``العنزي``), Setswana (``Kagiso``, ``Onalenna``, ``Mosweu``, ``Kgosidintsi``), Malagasy (``Hery``,
``Voahangy``, ``Randrianarisoa``, ``Razafindrakoto``), Romansh (``Gian-Reto``, ``Mengia``, ``Cathomen``,
``Derungs``), Timorese (``Xanana``, ``Filomena``, ``da Costa Soares``, ``Belo``), Belizean (``Shanice``, ``Cayetano``,
``Usher``, ``Friesen``, ``Arzu``) and Somali (``Hodan Abdi Warsame``: given name, father's, grandfather's).

Forms a cell may take: ``natural``, ``comma`` (``Last, First``), ``initial`` (``K. Weber``), ``nick`` (a nickname in
quotes), ``titled``, ``upper``, ``lower``, ``ascii`` (an old system's), ``last_first`` (``WEBER Klaus``),
``suffix`` (``Jr.``, ``Sr.``, ``III`` where the language writes them) and ``hungarian`` (surname first).
"""

from __future__ import annotations

import random
import unicodedata

import heldout28_people as set28
from heldout28_people import Person

_GIVEN = {
    "hu_RO": ("Levente", "Boglárka", "Csaba", "Enikő", "Attila", "Réka", "Zsolt", "Tünde", "Szabolcs", "Emese",
              "Botond", "Hajnalka", "Lehel", "Csilla", "Előd", "Noémi", "Huba", "Orsolya", "Barna", "Ildikó",
              "Gergő", "Kinga", "Árpád", "Melinda", "Zoltán", "Timea", "Ákos", "Anikó", "Hunor", "Izabella"),
    "ar_KW": ("محمد", "عبدالله", "فهد", "خالد", "مشاري", "بدر", "يوسف", "سعود", "ناصر", "حمد", "طلال", "عبدالعزيز",
              "جاسم", "فيصل", "ضاري", "فاطمة", "نورة", "مريم", "دانة", "شيخة", "لولوة", "حصة", "منيرة", "أسماء",
              "غدير", "بشاير", "رهف", "العنود", "هيا", "دلال"),
    "en_BW": ("Kagiso", "Onalenna", "Tebogo", "Mpho", "Lesego", "Boitumelo", "Kefilwe", "Thato", "Oratile", "Neo",
              "Keabetswe", "Goitseone", "Tshepo", "Masego", "Kgomotso", "Tumelo", "Gaone", "Bame", "Refilwe",
              "Kabo", "Naledi", "Omphile", "Tlotlo", "Dineo", "Kelebogile", "Mothusi", "Ame", "Phenyo", "Lorato",
              "Katlego"),
    "fr_MG": ("Hery", "Voahangy", "Fanja", "Lalao", "Mamy", "Tiana", "Haja", "Nirina", "Rivo", "Soa", "Andry",
              "Fenosoa", "Hasina", "Mialy", "Toky", "Rado", "Vola", "Naina", "Tahina", "Fara", "Njaka", "Onja",
              "Lova", "Ravo", "Sitraka", "Mahefa", "Fitiavana", "Bako", "Zo", "Holy"),
    "rm_CH": ("Gian", "Duri", "Curdin", "Men", "Flurin", "Gion", "Reto", "Claudio", "Mario", "Ursin", "Andri",
              "Luregn", "Giachen", "Corsin", "Gian-Reto", "Flurina", "Mengia", "Ladina", "Seraina", "Annina",
              "Chatrina", "Curdina", "Uorschla", "Madlaina", "Anna-Barla", "Cilgia", "Martina", "Nicole", "Romana",
              "Tina"),
    "pt_TL": ("Xanana", "Mari", "Domingos", "Filomena", "Agostinho", "Ermelinda", "Jacinto", "Rosalina", "Aniceto",
              "Madalena", "Lourenço", "Natalina", "Florentino", "Bendita", "Abílio", "Graciana", "Januário",
              "Olinda", "Sebastião", "Ilda", "Zeferino", "Cipriana", "Estanislau", "Delfina", "Mateus", "Lídia",
              "Ananias", "Joaquina", "Marçal", "Teresinha"),
    "en_BZ": ("Shanice", "Dwayne", "Keisha", "Marlon", "Tanisha", "Delroy", "Cayetano", "Yesenia", "Wilfredo",
              "Maribel", "Kenrick", "Shantel", "Abraham", "Aganetha", "Johan", "Elfrieda", "Garfield", "Roxanne",
              "Ismael", "Lucrecia", "Tyrone", "Kimani", "Reymundo", "Nehemiah", "Janelle", "Luz", "Everal",
              "Sheneil", "Orlando", "Dahlia"),
    "so_SO": ("Hodan", "Faadumo", "Sahra", "Ayaan", "Hibo", "Nimco", "Ifrah", "Shukri", "Sagal", "Ubah",
              "Maryan", "Xaliimo", "Hamdi", "Idil", "Ladan", "Abdirahman", "Mohamed", "Cabdi", "Xasan", "Bashiir",
              "Mukhtaar", "Liibaan", "Guuleed", "Yuusuf", "Cali", "Faarax", "Jaamac", "Abdiqani", "Khadar",
              "Warsame"),
}  # fmt: skip
_SURNAMES = {
    "hu_RO": ("Kovács", "Szilágyi", "Fazakas", "Bíró", "Kelemen", "Demeter", "Csiki", "Székely", "Bartha", "Lőrincz",
              "Pál", "Fülöp", "Gáspár", "Kányádi", "Benedek", "Ambrus", "Orbán", "Sándor", "Tamás", "Antal",
              "Veress", "Farkas", "Nagy-Bakk", "Balázs", "Józsa", "Miklós", "Kozma", "Ferencz", "Szőcs", "Vass"),
    "ar_KW": ("العنزي", "المطيري", "العجمي", "الرشيدي", "الشمري", "الكندري", "الهاجري", "العتيبي", "الظفيري",
              "الدوسري", "الصباح", "الغانم", "المرزوق", "البحر", "الخرافي", "الصقر", "الفضلي", "العوضي", "الشطي",
              "القطان", "الرومي", "الحمد", "البدر", "الساير", "الملا", "بهبهاني", "الكوت", "الجسار", "العيسى",
              "الوزان"),
    "en_BW": ("Mosweu", "Kgosidintsi", "Molefe", "Seretse", "Masire", "Ntsima", "Kebonang", "Sebina", "Motlhabane",
              "Gaolathe", "Dikgang", "Mmusi", "Tshekedi", "Modise", "Sekgoma", "Ramotswa", "Moatlhodi", "Segokgo",
              "Keitseng", "Matlhare", "Pule", "Bogatsu", "Nkwe", "Kgathi", "Letsholo", "Mokgethi", "Radipati",
              "Mooketsi", "Baitshepi", "Gabaake"),
    "fr_MG": ("Randrianarisoa", "Razafindrakoto", "Rakotomalala", "Rasoanaivo", "Andrianina", "Rakotonirina",
              "Ravelomanana", "Andriamahefa", "Ramanantsoa", "Razanamparany", "Rabemananjara", "Randriamampionona",
              "Rasolofoniaina", "Rajaonarison", "Andrianjafy", "Ratsimbazafy", "Rakotoarisoa", "Raharimalala",
              "Ranaivoson", "Rafanomezantsoa", "Rabearivelo", "Andriantsitohaina", "Razafimahatratra", "Rasamimanana",
              "Ralambomanana", "Rakotovao", "Randriamiarana", "Rajaofera", "Raveloson", "Rahantanirina"),
    "rm_CH": ("Caduff", "Casutt", "Cathomen", "Cavigelli", "Derungs", "Maissen", "Tuor", "Venzin", "Cadruvi",
              "Bundi", "Tschurr", "Sialm", "Arpagaus", "Capaul", "Cathrein", "Candinas", "Caminada", "Berther",
              "Decurtins", "Giger", "Janett", "Padrun", "Bezzola", "Tönz", "Vieli", "Lombriser", "Cantieni",
              "Florin", "Schmed", "Camenisch"),
    "pt_TL": ("da Costa", "Soares", "Belo", "Guterres", "Ximenes", "Pereira", "Alves", "da Silva", "Martins",
              "dos Santos", "Amaral", "Freitas", "Carvalho", "Fernandes", "Gusmão", "Ramos-Horta", "Lobato", "Sarmento",
              "Mau-Lear", "Lay", "Pinto", "Boavida", "do Rosário", "Tilman", "Bere", "Lopes", "Noronha", "Menezes",
              "Correia", "Cabral"),
    "en_BZ": ("Usher", "Young", "Arzu", "Martinez", "Flowers", "Gillett", "Castillo", "Friesen", "Reimer", "Penner",
              "Cayetano", "Palacio", "Nunez", "Requena", "Gentle", "Staine", "Lovell", "Ysaguirre", "Chun", "Mahung",
              "Faber", "Belisle", "Gomez", "Pou", "Hyde", "Waight", "Tillett", "Lizama", "Neal", "Dueck"),
    "so_SO": ("Abdi Warsame", "Mohamed Farah", "Cali Jaamac", "Xasan Nuur", "Axmed Cilmi", "Yuusuf Guuleed",
              "Ismaaciil Aadan", "Cabdulle Faarax", "Shire Dahir", "Maxamuud Cawil", "Nuur Jimcaale", "Aadan Ciise",
              "Xuseen Samatar", "Ibraahim Geedi", "Cumar Barre", "Jibriil Xirsi", "Siyaad Hiiraale", "Muuse Bihi",
              "Faarax Kaahin", "Ducaale Good", "Warsame Qorane", "Daahir Riyaale", "Aw Cali", "Olad Hiiraan",
              "Galaal Yare", "Hersi Keenadiid", "Abokor Dheere", "Ciise Gaboobe", "Bile Roble", "Qaasim Nuur"),
}  # fmt: skip
_NICK = {"en_BZ": ("Bigs", "Nesha", "Junie", "Ras"), "en_BW": ("KG", "Tebza", "Mpz"), "rm_CH": ("Duri", "Gianin"),
         "hu_RO": ("Csabi", "Zsolti", "Bogi", "Réka"), "pt_TL": ("Maun", "Bi", "Tio"), "fr_MG": ("Bebe", "Koto"),
         "so_SO": ("Dheere", "Yare", "Gaab"), "ar_KW": ("بو فهد", "أم محمد")}  # fmt: skip
# Where the given-name list is ordered by sex: (first index of the women, women first).
_SEXED = {"ar_KW": (15, False), "rm_CH": (15, False), "so_SO": (15, True)}
_SUFFIX = {"en": ("Jr.", "Sr.", "III"), "es": ("Jr.",), "pt": ("Júnior", "Filho")}
_TITLE_OWN = {"rm": ("Signur", "Dunna"), "so": ("Mudane", "Marwo"), "ar": ("السيد", "السيدة"), "hu": ("úr", "asszony")}
_HOSTS = {"hu_RO": ("gmail.com", "yahoo.com", "freemail.hu", "rdslink.ro"), "ar_KW": ("gmail.com", "hotmail.com"),
          "en_BW": ("gmail.com", "yahoo.co.uk", "btc.bw"), "fr_MG": ("gmail.com", "yahoo.fr", "moov.mg"),
          "rm_CH": ("bluewin.ch", "gmail.com", "rumantsch.ch"), "pt_TL": ("gmail.com", "yahoo.com"),
          "en_BZ": ("gmail.com", "btl.net", "yahoo.com"),
          "so_SO": ("gmail.com", "hotmail.com", "hormuud.so")}  # fmt: skip
_LATIN_KW = {"محمد": "mohammad", "عبدالله": "abdullah", "فهد": "fahad", "خالد": "khaled", "فاطمة": "fatima",
             "نورة": "noura", "مريم": "maryam",
             "العنزي": "alenezi", "المطيري": "almutairi", "العجمي": "alajmi"}  # fmt: skip


def own(locale: str) -> bool:
    """Whether this module writes the locale's names (the new eight)."""
    return locale in _GIVEN


def name_faker(locale: str, seed: int):
    """Set 28's name source for its locales (None for the eight written here)."""
    return None if own(locale) else set28.name_faker(locale, seed)


def person(locale: str, rng: random.Random, fake) -> Person:
    """One person of ``locale`` (sometimes with a middle name, a nickname or, in Kuwait, the father's name)."""
    if not own(locale):
        return set28.person(locale, rng, fake)
    given = _GIVEN[locale]
    if locale in _SEXED:
        split, women_first = _SEXED[locale]
        female = rng.random() < 0.5
        first = rng.choice(given[:split] if female == women_first else given[split:])
    else:
        first, female = rng.choice(given), rng.random() < 0.5
    middle = ""
    if locale == "ar_KW":
        middle = rng.choice(given[:15])  # the father's name (the list's men)
    elif rng.random() < 0.15 and locale != "so_SO":
        middle = rng.choice([g for g in given if g != first])
    nickname = rng.choice(_NICK[locale]) if rng.random() < 0.08 else ""
    return Person(first, rng.choice(_SURNAMES[locale]), female, middle, nickname)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text (Hungarian: the surname first)."""
    if not own(locale):
        return set28.full(p, locale)
    if locale == "hu_RO":
        return f"{p.last} {p.first}"
    return " ".join(x for x in (p.first, p.middle, p.last) if x)


def ascii_text(text: str) -> str:
    """``text`` without accents (what an old system or an e-mail address keeps of a name)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name (set 28's for its locales)."""
    if not own(locale):
        return set28.email(p, locale, rng)
    first = _LATIN_KW.get(p.first, "") if locale == "ar_KW" else p.first
    last = _LATIN_KW.get(p.last, "") if locale == "ar_KW" else p.last.split()[-1]
    first, last = (ascii_text(x).lower().replace(" ", "").replace("'", "") for x in (first, last))
    user = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[:1]}{last}",
                       f"{last}.{first}"]) if first and last else f"user{rng.randint(1000, 99999)}"  # fmt: skip
    return f"{user}@{rng.choice(_HOSTS[locale])}"


def title(p: Person, lg: str) -> str:
    """The courtesy title of ``p`` in ``lg`` (set 28's; Romansh, Somali, Kuwaiti Arabic and Hungarian here)."""
    if lg in _TITLE_OWN:
        return _TITLE_OWN[lg][1 if p.female else 0]
    return set28.title(p, lg)


def surname(p: Person) -> str:
    """The surname a title goes with."""
    return p.last


def titled(p: Person, lg: str) -> str:
    """Title and surname as the language puts them (``Kovács úr``, ``Mudane Warsame``, ``Mrs Molefe``)."""
    if lg == "hu":
        return f"{p.last} {title(p, lg)}"
    return f"{title(p, lg)} {p.last}"


def written(p: Person, locale: str, form: str, lg: str, rng: random.Random | None = None) -> str:
    """``p`` in one cell's written form (module docstring); CJK and scripts without case keep theirs."""
    name = full(p, locale)
    if form == "comma":
        return f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle and locale != "ar_KW" else "")
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "nick" and p.nickname:
        return f'{p.first} "{p.nickname}" {p.last}'
    if form == "titled":
        return f"{title(p, lg)} {name}" if lg != "hu" else f"{name} {title(p, lg)}"
    if form == "upper":
        return name.upper()
    if form == "lower":
        return name.lower()
    if form == "ascii":
        return ascii_text(name)
    if form == "last_first":
        return f"{p.last.upper()} {p.first}"
    if form == "suffix" and lg in _SUFFIX and rng is not None:
        return f"{name} {rng.choice(_SUFFIX[lg])}"
    return name


def initials(p: Person) -> str:
    """``K. Weber``: the given name's initial and the surname."""
    return f"{p.first[0]}. {p.last}"


def case_cell(text: str, rng: random.Random, share: float = 0.12) -> str:
    """A name part typed in mixed case by different people (set 28's)."""
    return set28.case_cell(text, rng, share)
