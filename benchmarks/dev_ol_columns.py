"""Values-only column fuzzer beyond the first seven locales (s35, helper OL).

Why: with column names hidden, towns, postcodes, first and last names, street lines, whole addresses and
birth dates of small locales and non-Latin scripts are found far less often than those of the first seven
locales. This fuzzer writes person tables (membership-register style: 18-36 rows) whose columns carry no
useful name (``f01``...), for about sixty locales: Arabic, Cyrillic, Odia/Devanagari, Thai, CJK, Greek,
Georgian, Armenian, Hebrew scripts and Latin ones of small countries, plus hand lists for three locales Faker
lacks (kk_KZ, ms_MY, es_PE). Kinds: town, postcode (the country's shapes, some with a country prefix such as
``D-12345`` or ``SI-1000``), first name, last name, whole name, street line, whole address, birth date
(several layouts, adults only), and look-alikes that must stay unplanned (codes, amounts, product names,
branch towns repeated by many rows, visit dates, firm names). Values come from Faker and the lists below;
nothing comes from the held-out sets. Seeds 35001+.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_ol_columns.py [--locales ar_AE,kk_KZ] [--seeds 35001]
        [--misses] [--shown]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRST = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
NEW = ["ar_AE", "ar_JO", "bs_BA", "or_IN", "fil_PH", "es_PE", "ms_MY", "kk_KZ"]
OTHER = [
    "ar_EG", "ar_PS", "ar_BH", "ar_DZ", "sr_BA", "hr_HR", "sl_SI", "sk_SK", "hu_HU", "ro_RO", "lt_LT", "lv_LV",
    "et_EE", "ru_RU", "uk_UA", "uz_UZ", "bg_BG", "hi_IN", "ta_IN", "bn_BD", "ne_NP", "tl_PH", "en_PH", "id_ID",
    "vi_VN", "th_TH", "zh_CN", "zh_TW", "ja_JP", "ko_KR", "el_GR", "ka_GE", "hy_AM", "he_IL", "fa_IR", "tr_TR",
    "az_AZ", "pt_PT", "pt_BR", "es_AR", "es_CO", "es_MX", "de_AT", "de_CH", "fr_CH", "nl_BE", "da_DK", "no_NO",
    "fi_FI", "pl_PL", "cs_CZ", "mt_MT", "en_NZ", "en_IE", "zu_ZA",
]  # fmt: skip
LOCALES = FIRST + NEW + OTHER
GROUPS = {"first7": FIRST, "new8": NEW, "other": OTHER}

# Locales Faker lacks: which Faker locale lends the layout, and own short lists of names and places.
STAND_IN = {"kk_KZ": "ru_RU", "ms_MY": "id_ID", "es_PE": "es_CO"}
OWN = {
    "kk_KZ": {
        "first": "Айгерим Нұрлан Ерлан Гүлнар Асқар Жанар Қайрат Динара Бауыржан Әсел Ержан Мадина Серік Айжан",
        "last": "Жақсылықов Нұрпейісова Сәрсенбаев Омарова Қасымов Бекова Тоқаев Ахметова Сұлтанов Жұмабаева",
        "town": "Алматы Астана Шымкент Қарағанды Ақтөбе Тараз Павлодар Өскемен Семей Атырау Қостанай Орал",
        "street": "Абай Достық Сейфуллин Төле би Жамбыл Әуезов Назарбаев Гоголь Байтұрсынұлы Қабанбай батыр",
        "road": "көшесі даңғылы",
        "postcode": lambda r: (
            f"{r.choice(('A', 'Z', 'T', 'R', 'M'))}{r.randint(10, 99)}{r.choice('ABCDEFGHK')}"
            f"{r.randint(0, 9)}{r.choice('ABCDEFGHKPT')}{r.randint(0, 9)}"
        ),
    },
    "ms_MY": {
        "first": "Ahmad Nurul Siti Muhammad Aisyah Farid Hafiz Zulkifli Azlina Roslan Syafiq Nor Faridah Amirul",
        "last": "Abdullah Ismail Osman Hassan Yusof Rahman Ibrahim Salleh Ahmad Hamzah Kamaruddin Mohd Nor",
        "town": "Shah Alam|Petaling Jaya|Ipoh|Johor Bahru|Kuantan|Kota Bharu|Seremban|Melaka|Alor Setar|Kuching",
        "street": "Jalan Ampang|Jalan Tun Razak|Jalan Sultan Ismail|Lorong Maarof|Jalan Bukit Bintang|Jalan SS2/24",
        "road": "",
        "postcode": lambda r: f"{r.randint(1, 98):02d}{r.randint(0, 999):03d}",
    },
    "es_PE": {
        "first": "Luis Rosa Jorge Carmen Miguel Ana Jhon Yessenia Wilmer Maritza Edwin Lucía Percy Flor",
        "last": "Quispe Mamani Huamán Flores Condori Chávez Ramos Vásquez Rojas Mendoza Ccori Huarcaya",
        "town": "Lima|Arequipa|Trujillo|Chiclayo|Piura|Cusco|Huancayo|Iquitos|Tacna|Puno|Ayacucho|Cajamarca",
        "street": "Av. Arequipa|Jr. de la Unión|Av. Javier Prado|Calle Los Olivos|Jr. Huallaga|Av. Grau",
        "road": "",
        "postcode": lambda r: f"{r.choice(('15', '04', '13', '14', '20', '08', '12'))}{r.randint(0, 999):03d}",
    },
}
# Country prefixes written before postcodes in some exports (share of such tables is set below).
PREFIX = {"de_DE": "D", "sl_SI": "SI", "de_AT": "A", "de_CH": "CH", "fr_FR": "F", "it_IT": "I", "hr_HR": "HR",
          "lt_LT": "LT", "lv_LV": "LV", "sk_SK": "SK", "cs_CZ": "CZ", "bs_BA": "BA", "pl_PL": "PL", "hu_HU": "H",
          "ro_RO": "RO", "fi_FI": "FI", "da_DK": "DK", "no_NO": "N", "et_EE": "EE", "pt_PT": "P", "bg_BG": "BG",
          "nl_BE": "B", "es_ES": "E", "nl_NL": "NL", "sr_BA": "BA"}  # fmt: skip
ACCEPT = {
    "name": ("name",),
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "street": ("street_address", "address"),
    "address": ("address", "street_address"),
    "town": ("city",),
    "postcode": ("postcode",),
    "dob": ("date_of_birth",),
    "near": (),
    "skip": (),
}


def _split(text: str) -> list[str]:
    return text.split("|") if "|" in text else text.split()


def adult_birth(rng: random.Random) -> date:
    return date(2026, 1, 1) - timedelta(days=rng.randint(19 * 365, 88 * 365))


def visit(rng: random.Random) -> date:
    return date(2024, 3, 1) + timedelta(days=rng.randint(0, 500))


def dob_layouts(locale: str) -> dict[str, Callable[[date], str]]:
    """Birth-date layouts of exports: numeric with several separators, ISO with time, two-digit years."""
    out: dict[str, Callable[[date], str]] = {
        "iso": lambda d: d.isoformat(),
        "dd/mm/yyyy": lambda d: d.strftime("%d/%m/%Y"),
        "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
        "yyyymmdd": lambda d: d.strftime("%Y%m%d"),
        "mm-dd-yy": lambda d: d.strftime("%m-%d-%y"),
        "iso T": lambda d: d.strftime("%Y-%m-%dT00:00:00"),
    }
    if locale in ("ja_JP", "zh_CN", "zh_TW"):
        out["cjk"] = lambda d: f"{d.year}年{d.month}月{d.day}日"
    if locale == "ko_KR":
        out["korean"] = lambda d: f"{d.year}년 {d.month}월 {d.day}일"
    if locale == "fa_IR":
        out["yyyy/mm/dd"] = lambda d: d.strftime("%Y/%m/%d")
    return out


class Maker:
    """Value makers of one locale (Faker, or a stand-in layout with own lists)."""

    def __init__(self, locale: str, seed: int, rng: random.Random) -> None:
        self.locale, self.rng = locale, rng
        self.faker = Faker(STAND_IN.get(locale, locale))
        self.faker.seed_instance(seed)
        self.own = OWN.get(locale)

    def first(self) -> str:
        return self.rng.choice(_split(self.own["first"])) if self.own else self.faker.first_name()

    def last(self) -> str:
        return self.rng.choice(_split(self.own["last"])) if self.own else self.faker.last_name()

    def name(self) -> str:
        if self.own and self.locale == "ms_MY":
            link = self.rng.choice(("bin", "binti"))
            return f"{self.first()} {link} {self.last()}"
        if self.own and self.locale == "es_PE":
            return f"{self.first()} {self.last()} {self.last()}"
        return f"{self.first()} {self.last()}" if self.own else self.faker.name()

    def town(self) -> str:
        return self.rng.choice(_split(self.own["town"])) if self.own else self.faker.city()

    def postcode(self) -> str:
        if self.own:
            return self.own["postcode"](self.rng)
        return self.faker.postcode()

    def street(self) -> str:
        if not self.own:
            return self.faker.street_address()
        road = self.rng.choice(_split(self.own["street"]))
        if self.locale == "kk_KZ":
            return f"{road} {self.rng.choice(_split(self.own['road']))}, {self.rng.randint(1, 240)}"
        if self.locale == "ms_MY":
            return f"No. {self.rng.randint(1, 90)}, {road}"
        return f"{road} {self.rng.randint(100, 2999)}"

    def region(self) -> str:
        """A province or state where Faker has one, else a second town (a district column)."""
        for attr in ("administrative_unit", "state", "province", "region", "prefecture"):
            if not self.own and hasattr(self.faker, attr):
                try:
                    return str(getattr(self.faker, attr)())
                except (AttributeError, TypeError):
                    continue
        return self.town()

    def address(self) -> str:
        if not self.own:
            return self.faker.address().replace("\n", ", ")
        return f"{self.street()}, {self.postcode()} {self.town()}"


def layouts(m: Maker, rng: random.Random, prefixed: bool) -> dict[str, tuple[str, Callable[[], str]]]:
    """label -> (kind, value maker)."""
    f = m.faker
    prefix = PREFIX.get(m.locale)
    out: dict[str, tuple[str, Callable[[], str]]] = {
        "town": ("town", m.town),
        "postcode": ("postcode", m.postcode),
        "first name": ("first", m.first),
        "last name": ("last", m.last),
        "whole name": ("name", m.name),
        "name last, first": ("name", lambda: f"{m.last()}, {m.first()}"),
        "street line": ("street", m.street),
        "address": ("address", m.address),
        "town upper": ("town", lambda: m.town().upper()),
    }
    if prefix and prefixed:
        out["postcode prefixed"] = ("postcode", lambda: f"{prefix}-{m.postcode()}")
    dob = dob_layouts(m.locale)
    for label in rng.sample(sorted(dob), 2 if rng.random() < 0.3 else 1):
        out[f"dob {label}"] = ("dob", lambda w=dob[label]: w(adult_birth(rng)))
    branches = [m.town() for _ in range(3)]
    letters = "ABCDEFGHKMPRSTX"
    skus = [f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(100, 9999)}" for _ in range(6)]
    out.update({
        "near code": ("near", lambda: rng.choice(skus)),
        "near amount": ("near", lambda: f"{rng.randint(5, 9000)}.{rng.randint(0, 99):02d}"),
        "near product": ("near", lambda: f"{f.word().capitalize()} {rng.choice(('S', 'X', 'Go', 'Air'))} "
                                         f"{rng.randint(3, 40)}"),
        "near branch": ("near", lambda: rng.choice(branches)),
        "near visit": ("near", lambda: visit(rng).strftime("%d/%m/%Y")),
        "near count": ("near", lambda: str(rng.randint(1, 60))),
        "near firm": ("near", f.company),
    })  # fmt: skip
    issued = [rng.randint(10000, 80000)]  # invoice numbers issued in turn, a few apart
    out["near invoice"] = ("near", lambda: str(issued.append(issued[-1] + rng.randint(1, 9)) or issued[-1]))
    return out


def build_table(locale: str, seed: int, rows: int = 0) -> tuple[pd.DataFrame, dict[str, tuple[str, str]]]:
    """(frame with values-only column names, column -> (label, kind)) of one locale."""
    rng = random.Random(f"ol-{seed}-{locale}")
    maker = Maker(locale, seed, rng)
    n = rows or rng.randint(18, 36)
    cols, labels = {}, {}
    made = layouts(maker, rng, prefixed=rng.random() < 0.7)
    # People's address parts sit together, in the orders exports use; a region may sit between town and code.
    code = "postcode prefixed" if "postcode prefixed" in made and rng.random() < 0.5 else "postcode"
    order = rng.choice(
        (
            ("street line", code, "town"),
            ("street line", "town", code),
            (code, "town"),
            ("town", code),
            ("street line", "town", "region", code),
            ("town", "region", code),
        )
    )
    made.pop("postcode prefixed" if code == "postcode" else "postcode", None)  # one postcode column a table
    if "region" in order:
        made["region"] = ("skip", lambda: maker.region())
    block = [(label, made.pop(label)) for label in order]
    items = list(made.items())
    rng.shuffle(items)
    at = rng.randint(0, len(items))
    items[at:at] = block
    for i, (label, (kind, make)) in enumerate(items):
        name = f"f{i + 1:02d}"
        cols[name] = [make() for _ in range(n)]
        labels[name] = (label, kind)
    return pd.DataFrame(cols), labels


SHOWN = {"name": "full name", "first": "first name", "last": "last name", "street": "street", "address": "address",
         "town": "city", "postcode": "postcode", "dob": "date of birth"}  # fmt: skip


def run(locales: list[str], seeds: list[int], shown: bool, rows: int = 0) -> tuple[dict, list[str]]:
    """(locale, kind) -> [ok, columns], plus the misses."""
    params = ReplacePiiParameters()
    out: dict = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for seed in seeds:
        for locale in locales:
            df, labels = build_table(locale, seed, rows)
            if shown:
                df = df.set_axis([f"{SHOWN.get(labels[c][1], labels[c][0][5:])} {c}" for c in df.columns], axis=1)
                labels = dict(zip(df.columns, labels.values(), strict=True))
            plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), params, seed=0)}
            for column in df.columns:
                label, kind = labels[column]
                if kind == "skip":
                    continue
                entity = plans.get(column)
                near = kind == "near"
                ok = entity not in (None, "free_text") if near else entity in ACCEPT[kind]
                out[(locale, kind)][0] += ok
                out[(locale, kind)][1] += 1
                if near == ok:
                    misses.append(f"{seed} {locale} {label!r} -> {entity}: {df[column].iloc[:3].tolist()}")
    return out, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="35001")
    parser.add_argument("--shown", action="store_true", help="give the columns plain names instead")
    parser.add_argument("--rows", type=int, default=0, help="rows per table (default 18-36 at random)")
    parser.add_argument("--misses", action="store_true", help="list every miss and false column")
    args = parser.parse_args()
    locales = args.locales.split(",")
    result, misses = run(locales, [int(s) for s in args.seeds.split(",")], args.shown, args.rows)
    kinds = [k for k in ACCEPT if k not in ("near", "skip")] + ["near"]
    print(f"{'group':8} " + " ".join(f"{k:>9}" for k in kinds) + "   recall  (near = false columns)")
    for group, members in GROUPS.items():
        cells, hit, n = [], 0, 0
        for kind in kinds:
            ok = sum(v[0] for (loc, k), v in result.items() if k == kind and loc in members and loc in locales)
            tot = sum(v[1] for (loc, k), v in result.items() if k == kind and loc in members and loc in locales)
            cells.append(f"{ok:>4}/{tot:<4}")
            if kind != "near":
                hit, n = hit + ok, n + tot
        if n:
            print(f"{group:8} " + " ".join(cells) + f"   {hit / n:.3f}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
