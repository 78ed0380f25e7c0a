"""Person-name columns in scripts and locales without Faker name lists (session 36, helper SN): recall, false columns.

Why: the locales new to a set (Serbian Cyrillic, Mongolian, Kazakh, Catalan, Singapore, Angola, South Africa, the
Emirates) bring first-name, surname and full-name columns whose words no Faker list holds, and mainframe headers
(``CUST-FORENM``, ``CUST-SURNM``, ``AGT-NM``). This generator writes, for about 30 locales, one table per seed with a
given-name column, a surname column beside it, a full-name column (another person), and look-alikes that must stay
untouched: product names with a given name, pets named like people, a few staff names repeated on most rows (a
category), firms with a surname, towns. Names of locales Faker lacks come from the short lists below (written
here, from common names of each country); the others from Faker. Seeds 36xxx, no template from the held-out sets.

From seed 36004 on, the tables hold full names only (no given-name or surname column), and from the style
``seed % 3 == 1`` on, family names are written in capitals.

Each table is planned with its column names shown (mainframe-like or local headers, alternating by seed) and
hidden (``c000``...). Recall counts person columns planned as a person entity (first/last must not swap; a full
name may be ``name``); a look-alike counts as false when any entity is planned for it.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_sn_names.py [--locales sr_RS,mn_MN] [--seeds 36001,36002] [--misses]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

# Locales Faker has no person list for: (given names, family names, towns, firm words).
OWN: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "sr_RS": (
        [
            "Никола",
            "Марко",
            "Душан",
            "Милош",
            "Стефан",
            "Јована",
            "Милица",
            "Ивана",
            "Драгана",
            "Весна",
            "Бранко",
            "Зоран",
            "Горан",
            "Снежана",
            "Мирјана",
            "Ненад",
            "Дејан",
            "Тијана",
            "Јелена",
            "Александар",
            "Небојша",
            "Слободан",
            "Љиљана",
            "Ђорђе",
            "Вук",
            "Сава",
            "Теодора",
            "Катарина",
        ],
        [
            "Јовановић",
            "Петровић",
            "Николић",
            "Марковић",
            "Ђорђевић",
            "Стојановић",
            "Илић",
            "Станковић",
            "Павловић",
            "Милошевић",
            "Томић",
            "Поповић",
            "Симић",
            "Лазић",
            "Костић",
            "Ристић",
            "Живковић",
            "Милетић",
            "Васић",
            "Тодоровић",
            "Радовановић",
            "Обрадовић",
        ],
        [
            "Београд",
            "Нови",
            "Сад",
            "Ниш",
            "Крагујевац",
            "Суботица",
            "Зрењанин",
            "Панчево",
            "Чачак",
            "Краљево",
            "Ваљево",
        ],
        "д.о.о.",
    ),
    "mn_MN": (
        [
            "Бат-Эрдэнэ",
            "Ганбаатар",
            "Сүхбаатар",
            "Тэмүүжин",
            "Энхбаяр",
            "Болд",
            "Мөнхбат",
            "Батбаяр",
            "Оюунчимэг",
            "Цэцэг",
            "Номин",
            "Сарангэрэл",
            "Энхжаргал",
            "Алтанцэцэг",
            "Мөнхтуяа",
            "Туяа",
            "Хулан",
            "Ариунаа",
            "Баярмаа",
            "Дэлгэрмаа",
            "Төмөрбаатар",
            "Ганзориг",
            "Эрдэнэбат",
        ],
        [
            "Баатар",
            "Дорж",
            "Ганбат",
            "Батсүх",
            "Лхагва",
            "Очир",
            "Пүрэв",
            "Жаргал",
            "Нямдорж",
            "Сүрэн",
            "Цэрэн",
            "Болдбаатар",
            "Дамдин",
            "Мягмар",
            "Гомбо",
            "Түмэн",
            "Батжаргал",
            "Энхтөр",
            "Чулуун",
            "Мөнх",
        ],
        ["Улаанбаатар", "Дархан", "Эрдэнэт", "Чойбалсан", "Мөрөн", "Ховд", "Өлгий", "Баянхонгор"],
        "ХХК",
    ),
    "kk_KZ": (
        [
            "Асхат",
            "Нұрлан",
            "Ерлан",
            "Дәурен",
            "Бауыржан",
            "Айгерім",
            "Әсел",
            "Гүлнар",
            "Жанар",
            "Мәдина",
            "Арман",
            "Ерболат",
            "Қайрат",
            "Сәуле",
            "Динара",
            "Аружан",
            "Нұржан",
            "Тимур",
            "Айдос",
            "Ботагөз",
            "Ләззат",
            "Мұхтар",
            "Серік",
            "Жандос",
        ],
        [
            "Серікбаев",
            "Жұмабеков",
            "Нұрланов",
            "Қасымов",
            "Ахметов",
            "Оспанов",
            "Сәрсенбаев",
            "Әбдірахманов",
            "Төлеуов",
            "Бекмұхамбетов",
            "Ибраев",
            "Жақсыбеков",
            "Мұқанов",
            "Сейітов",
            "Есенов",
            "Байжанов",
            "Құдайбергенов",
            "Тұрсынов",
        ],
        ["Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Тараз", "Павлодар", "Өскемен"],
        "ЖШС",
    ),
    "ca_ES": (
        [
            "Jordi",
            "Pere",
            "Joan",
            "Arnau",
            "Pau",
            "Oriol",
            "Marc",
            "Ferran",
            "Xavier",
            "Queralt",
            "Montserrat",
            "Núria",
            "Laia",
            "Mireia",
            "Roser",
            "Meritxell",
            "Aina",
            "Mercè",
            "Carme",
            "Neus",
            "Eulàlia",
            "Jaume",
            "Quim",
            "Biel",
            "Gemma",
            "Txell",
        ],
        [
            "Puig",
            "Pujol",
            "Vila",
            "Serra",
            "Ferrer",
            "Sala",
            "Soler",
            "Roca",
            "Casals",
            "Riera",
            "Font",
            "Vidal",
            "Bosch",
            "Coll",
            "Camps",
            "Mas",
            "Prat",
            "Costa",
            "Roig",
            "Batlle",
            "Planas",
            "Sabaté",
            "Oliveras",
            "Fàbregas",
            "Puigdemont",
            "Canals",
        ],
        ["Girona", "Lleida", "Tarragona", "Manresa", "Vic", "Reus", "Olot", "Figueres", "Sabadell", "Terrassa"],
        "SL",
    ),
    "en_SG": (
        [
            "Wei Ling",
            "Hui Min",
            "Jia Hui",
            "Zhi Hao",
            "Jun Jie",
            "Siti Aishah",
            "Nur Aisyah",
            "Muhammad Faiz",
            "Ahmad Firdaus",
            "Priya",
            "Kavitha",
            "Arjun",
            "Ravi",
            "Li Ting",
            "Xin Yi",
            "Kai Wen",
            "Farah",
            "Hafiz",
            "Deepa",
            "Suresh",
            "Mei Ling",
            "Yong Sheng",
        ],
        [
            "Tan",
            "Lim",
            "Lee",
            "Ng",
            "Ong",
            "Wong",
            "Goh",
            "Chua",
            "Chan",
            "Koh",
            "Teo",
            "Ang",
            "Yeo",
            "Tay",
            "Ho",
            "Low",
            "Toh",
            "Pillai",
            "Nair",
            "Rahman",
            "Abdullah",
            "Ismail",
            "Krishnan",
            "Subramaniam",
        ],
        ["Tampines", "Jurong West", "Woodlands", "Bedok", "Ang Mo Kio", "Yishun", "Sengkang", "Punggol", "Clementi"],
        "Pte Ltd",
    ),
    "pt_AO": (
        [
            "Manuel",
            "Madalena",
            "Domingas",
            "António",
            "Joaquim",
            "Francisca",
            "Teresa",
            "Adão",
            "Isabel",
            "Fernando",
            "Eduardo",
            "Luzia",
            "Esperança",
            "Graciano",
            "Celestino",
            "Albertina",
            "Domingos",
            "Filomena",
            "Justino",
            "Mateus",
            "Rosa",
            "Benvinda",
        ],
        [
            "Lourenço",
            "Mateta",
            "Quissanga",
            "Neto",
            "Kiala",
            "Pedro",
            "Sebastião",
            "Domingos",
            "Cassoma",
            "Tchipilica",
            "Muteka",
            "Cangombe",
            "Lutonda",
            "Bumba",
            "Capita",
            "Chilala",
            "Nzinga",
            "Mbala",
            "Kalandula",
            "Sambo",
            "Manuel",
            "Cristóvão",
        ],
        ["Luanda", "Huambo", "Lobito", "Benguela", "Lubango", "Malanje", "Namibe", "Cabinda", "Uíge", "Saurimo"],
        "Lda",
    ),
    "en_ZA": (
        [
            "Anele",
            "Sibusiso",
            "Thabo",
            "Lerato",
            "Nomvula",
            "Zanele",
            "Sipho",
            "Themba",
            "Lindiwe",
            "Bongani",
            "Pieter",
            "Johan",
            "Annelie",
            "Riaan",
            "Francois",
            "Marius",
            "Busisiwe",
            "Mpho",
            "Kagiso",
            "Naledi",
            "Ayanda",
            "Lwazi",
            "Thandeka",
            "Zodwa",
        ],
        [
            "Pillay",
            "Botha",
            "Mokoena",
            "Nkosi",
            "Dlamini",
            "Ndlovu",
            "van der Merwe",
            "Venter",
            "Naidoo",
            "Khumalo",
            "Mthembu",
            "Pretorius",
            "Nel",
            "Coetzee",
            "Mahlangu",
            "Zulu",
            "Sithole",
            "Joubert",
            "Govender",
            "Mabaso",
            "du Plessis",
        ],
        ["Soweto", "Durban", "Pietermaritzburg", "Polokwane", "Bloemfontein", "Stellenbosch", "Mthatha", "Kimberley"],
        "(Pty) Ltd",
    ),
    "ar_AE": (
        [
            "محمد",
            "أحمد",
            "خالد",
            "سعيد",
            "راشد",
            "حمدان",
            "سلطان",
            "مريم",
            "فاطمة",
            "عائشة",
            "شمة",
            "ميثاء",
            "حصة",
            "عبدالله",
            "منصور",
            "هند",
            "نورة",
            "سالم",
        ],
        [
            "المنصوري",
            "الكعبي",
            "الظاهري",
            "النعيمي",
            "الشامسي",
            "المزروعي",
            "الهاملي",
            "الفلاسي",
            "السويدي",
            "المهيري",
            "الرميثي",
            "القبيسي",
        ],
        ["دبي", "أبوظبي", "الشارقة", "العين", "عجمان", "رأس الخيمة", "الفجيرة", "أم القيوين"],
        "ذ.م.م",
    ),
}
FAKER_LOCALES = [
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "cs_CZ", "tr_TR", "ro_RO", "hu_HU",
    "bg_BG", "uk_UA", "ru_RU", "el_GR", "da_DK", "fi_FI", "lt_LT", "id_ID", "mk_MK", "zu_ZA", "pt_BR", "hr_HR",
]  # fmt: skip
LOCALES = list(OWN) + FAKER_LOCALES
SEEDS = (36001, 36002, 36003, 36004, 36005, 36006)
SOLO_FROM = 36004  # from this seed on, tables hold full names only

PETS = "Biscuit Duke Luna Max Bella Charlie Daisy Rocky Molly Oscar Tigger Bailey Coco Ruby Milo Rosie Buster Lucky"
PRODUCTS = ("chair", "lamp", "sofa", "desk", "rug")
# Headers: (mainframe-like, local-ish) per role.
HEADERS = {
    "first": ("CLT-FORENM", "given"),
    "last": ("CLT-SURNM", "family"),
    "full": ("EMRG-CNTCT-NM", "contact_person"),
    "agent": ("AGT-NM", "agent"),
    "pet": ("PET-NM", "pet"),
    "product": ("PROD-DESC", "product"),
    "staff": ("STAFF-ASSGN", "handled_by"),
    "firm": ("SUPPL-NM", "supplier"),
    "town": ("DEPOT-TWN", "depot"),
}
PERSON = {"first": ("first_name",), "last": ("last_name",), "full": ("name",), "agent": ("name",)}


def _people(locale: str, rng: random.Random) -> tuple[list[str], list[str], list[str], str]:
    if locale in OWN:
        return OWN[locale]
    fake = Faker(locale)
    fake.seed_instance(rng.randint(0, 10**6))
    firsts = list({fake.first_name() for _ in range(80)})
    lasts = list({fake.last_name() for _ in range(80)})
    towns = list({fake.city() for _ in range(20)})
    return firsts, lasts, towns, "Ltd"


def _case(value: str, style: int) -> str:
    return value.upper() if style == 1 else value


def build_table(locale: str, seed: int, rows: int = 24) -> tuple[pd.DataFrame, dict[str, str]]:
    """One table of ``rows`` people of ``locale`` and its look-alikes; labels map column -> role."""
    rng = random.Random(seed * 7919 + sum(map(ord, locale)))
    firsts, lasts, towns, firm = _people(locale, rng)
    style = seed % 3  # 0: as written, 1: upper-case surnames, 2: as written
    staff = [f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(3)]
    cols: dict[str, list[str]] = defaultdict(list)
    for i in range(rows):
        first, last = rng.choice(firsts), rng.choice(lasts)
        cols["id"].append(f"R{seed % 100:02d}{i:04d}")
        cols["first"].append(first)
        cols["last"].append(_case(last, style))
        other = f"{rng.choice(firsts)} {_case(rng.choice(lasts), style)}"
        cols["full"].append(other if seed % 2 else f"{_case(rng.choice(lasts), style)} {rng.choice(firsts)}")
        cols["agent"].append(f"{rng.choice(firsts)} {rng.choice(lasts)}")
        cols["pet"].append(rng.choice(PETS.split() + firsts[:3]))
        cols["product"].append(f"{rng.choice(firsts)} {rng.choice(PRODUCTS)} {rng.randint(2, 9)}")
        cols["staff"].append(rng.choice(staff))
        cols["firm"].append(f"{rng.choice(lasts)} {firm}")
        cols["town"].append(rng.choice(towns))
        cols["visits"].append(str(rng.randint(1, 12)))
    if seed >= SOLO_FROM:
        # Tables with a full-name column and no given-name or surname column beside it.
        del cols["first"], cols["last"]
    shown = seed % 2 == 1
    names = {k: (HEADERS[k][0] if shown else HEADERS[k][1]) if k in HEADERS else k for k in cols}
    df = pd.DataFrame({names[k]: v for k, v in cols.items()})
    labels = {names[k]: k for k in cols}
    return df, labels


def run(locales: list[str], seeds: tuple[int, ...], show_misses: bool) -> None:
    params = ReplacePiiParameters()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # mode -> [hit, person cols, false, lookalikes]
    per_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for locale in locales:
        for seed in seeds:
            df, labels = build_table(locale, seed)
            for mode in ("shown", "hidden"):
                frame = df if mode == "shown" else df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
                plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), params, seed=0)}
                for i, column in enumerate(df.columns):
                    role = labels[column]
                    entity = plans.get(column if mode == "shown" else f"c{i:03d}")
                    if role in PERSON:
                        ok = entity in PERSON[role] or (role in ("full", "agent") and entity in ("name",))
                        tally[mode][0] += ok
                        tally[mode][1] += 1
                        if mode == "hidden":
                            per_locale[locale][0] += ok
                            per_locale[locale][1] += 1
                        if not ok:
                            misses.append(
                                f"{mode} {locale}/{seed} {column}:{role}->{entity} e.g. {df[column].iloc[0]!r}"
                            )
                    elif role not in ("id", "visits"):
                        tally[mode][3] += 1
                        # Free text is scanned span by span; a depot town read as a town is no harm.
                        harmless = (None, "free_text", "city", "state") if role == "town" else (None, "free_text")
                        if entity not in harmless:
                            tally[mode][2] += 1
                            misses.append(f"FALSE {mode} {locale}/{seed} {column}:{role}->{entity}")
    for mode, (hit, n, false, looks) in tally.items():
        print(f"{mode}: person recall {hit}/{n} = {hit / max(n, 1):.3f}; false columns {false}/{looks}")
    print("hidden recall per locale:", {k: f"{a}/{b}" for k, (a, b) in per_locale.items()})
    if show_misses:
        print("\n".join(misses))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--seeds", default=",".join(map(str, SEEDS)))
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    run(args.locales.split(","), tuple(int(s) for s in args.seeds.split(",")), args.misses)


if __name__ == "__main__":
    main()
