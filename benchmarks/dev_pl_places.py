"""Place columns and place look-alikes, column names hidden and shown: session 37 fuzzer of helper PL.

Why: on set 22 (seen) the largest group of hidden-name misses of other locales were town columns of a small
table (a client list of two dozen rows whose people live in a country's five to eight big cities, some cells
``unknown``), and towns no list knew. This fuzzer writes its own tables (own templates and city rounds, seeds
37001+; Faker's address providers for streets, postcodes and the other towns): a client list of one locale with
a name, an e-mail, a phone, a street line, a postcode, a town in one of three layouts (a round of the country's
big cities, a round of Faker towns, one Faker town per row), sometimes a whole address, and look-alikes that are
no personal data: the branch's town (one or two for the table), a piano maker with a serial number, a dog's
name, a cemetery, the country.

Scored: a place column found as its entity (a street line as street_address or address); a look-alike found as
anything is a false column. Names hidden (``c000``...) and shown.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl_places.py [--locales de_DE,sv_SE] [--seeds 37001,37002]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import pandas as pd
from faker import Faker
from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHERS = [
    "da_DK", "no_NO", "sv_SE", "fi_FI", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "bg_BG", "el_GR", "hr_HR",
    "sl_SI", "pt_PT", "pt_BR", "es_MX", "es_AR", "es_CO", "es_CL", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN",
    "de_AT", "de_CH", "fr_CH", "nl_BE", "tr_TR", "uk_UA", "ru_RU", "lt_LT", "lv_LV", "et_EE", "ka_GE", "hy_AM",
    "az_AZ", "vi_VN", "th_TH", "id_ID", "he_IL", "fa_IR",
]  # fmt: skip
LOCALES = FIRST7 + OTHERS
# Big cities where most of a country's clients live (own lists; Faker invents towns for several of these).
BIG_CITIES = {
    "en_US": "New York, Chicago, Houston, Phoenix, Philadelphia, San Antonio, Dallas, Seattle",
    "en_GB": "London, Birmingham, Manchester, Leeds, Glasgow, Liverpool, Bristol, Sheffield",
    "de_DE": "Berlin, Hamburg, München, Köln, Stuttgart, Düsseldorf, Leipzig, Dresden",
    "fr_FR": "Paris, Lyon, Marseille, Toulouse, Nice, Nantes, Lille, Bordeaux",
    "es_ES": "Madrid, Barcelona, Valencia, Sevilla, Zaragoza, Málaga, Bilbao, Murcia",
    "it_IT": "Roma, Milano, Napoli, Torino, Palermo, Genova, Bologna, Firenze",
    "nl_NL": "Amsterdam, Rotterdam, Utrecht, Eindhoven, Groningen, Tilburg, Almere, Breda",
    "pl_PL": "Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Szczecin, Lublin",
    "pt_BR": "São Paulo, Rio de Janeiro, Salvador, Fortaleza, Belo Horizonte, Manaus, Curitiba, Recife",
    "tr_TR": "İstanbul, Ankara, İzmir, Bursa, Antalya, Konya, Adana, Gaziantep",
    "es_MX": "Guadalajara, Monterrey, Puebla, Tijuana, León, Zapopan, Mérida, Querétaro",
    "en_AU": "Sydney, Melbourne, Brisbane, Perth, Adelaide, Canberra, Hobart, Darwin",
    "en_CA": "Toronto, Montreal, Vancouver, Calgary, Ottawa, Edmonton, Winnipeg, Halifax",
    "fi_FI": "Helsinki, Espoo, Tampere, Vantaa, Oulu, Turku, Jyväskylä, Lahti",
    "sv_SE": "Stockholm, Göteborg, Malmö, Uppsala, Västerås, Örebro, Linköping, Helsingborg",
    "cs_CZ": "Praha, Brno, Ostrava, Plzeň, Liberec, Olomouc, Pardubice, Zlín",
}
TOWN_LAYOUTS = ("big city round", "faker round", "one per row")
MAKERS = "Steinway, Yamaha, Bösendorfer, Blüthner, Schimmel, Seiler, Grotrian, Petrof, Kawai, Bechstein, Chappell"
DOGS = "Bella, Max, Luna, Rocky, Nala, Toby, Coco, Milo, Lola, Bruno, Kira, Rex, Maya, Oscar, Lucky, Nina"
CEMETERIES = {
    "nl": "Zorgvlied, De Nieuwe Ooster, Oud Eik en Duinen, Crooswijk, Soestbergen, Westerveld",
    "de": "Ohlsdorf, Waldfriedhof, Südfriedhof, Melaten, Nordfriedhof, Dorotheenstadt",
    "fr": "Père-Lachaise, Montparnasse, Montmartre, Loyasse, Saint-Pierre, Chartreuse",
    "es": "La Almudena, Montjuïc, Poblenou, San Fernando, Torrero, San Rafael",
    "it": "Staglieno, Monumentale, Verano, Certosa, Poggioreale, Trespiano",
    "en": "Highgate, Kensal Green, Brompton, Arnos Vale, Southern, Undercliffe",
}
COUNTRIES = "France, Germany, Spain, Italy, Netherlands, Belgium, Poland, Sweden"
SHOWN = {
    "name": "Client", "email": "Email", "phone": "Phone", "street": "Street", "postcode": "Postcode",
    "town": "Town", "address": "Address", "branch": "Branch", "maker": "Piano make", "serial": "Serial no",
    "dog": "Dog", "cemetery": "Cemetery", "country": "Country",
}  # fmt: skip
PLACE_LABELS = {"city": {"city"}, "street_address": {"street_address", "address"},
                "address": {"address", "street_address"}, "postcode": {"postcode"}}  # fmt: skip


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split(",")]


def _faker(locale: str, seed: int) -> Faker:
    faker = Faker(locale if locale in AVAILABLE_LOCALES else "en_US")
    faker.seed_instance(seed)
    return faker


def _placeholder(rng: random.Random) -> str:
    return rng.choice(("unknown", "-", "n/a", "", "N/K"))


def town_column(rng: random.Random, faker: Faker, locale: str, n: int, layout: str) -> list[str]:
    """``n`` people's towns written in ``layout``; about one in twelve cells not known."""
    if layout == "one per row":
        towns = [faker.city() for _ in range(n)]
    else:
        if layout == "big city round" and locale in BIG_CITIES:
            pool = rng.sample(_split(BIG_CITIES[locale]), rng.randint(4, 7))
        else:
            pool = list(dict.fromkeys(faker.city() for _ in range(rng.randint(4, 7))))
        weights = [rng.randint(1, 6) for _ in pool]
        towns = rng.choices(pool, weights, k=n)
    if rng.random() < 0.4:
        towns = [t.upper() for t in towns]
    return [(_placeholder(rng) if rng.random() < 0.08 else t) for t in towns]


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str], str]:
    """One client list of ``locale``: the table, column -> what it is (``neg ...``: look-alike), town layout."""
    rng = random.Random(f"pl-{seed}-{locale}")
    faker = _faker(locale, seed)
    n = rng.randint(20, 40)
    layout = TOWN_LAYOUTS[(seed + LOCALES.index(locale)) % len(TOWN_LAYOUTS)]
    cols: dict[str, tuple[str, list]] = {
        "name": ("name", [faker.name() for _ in range(n)]),
        "email": ("email", [faker.email() for _ in range(n)]),
        "phone": ("phone", [faker.phone_number() for _ in range(n)]),
        "street": ("street_address", [faker.street_address() for _ in range(n)]),
        "postcode": ("postcode", [faker.postcode() for _ in range(n)]),
        "town": ("city", town_column(rng, faker, locale, n, layout)),
    }
    if rng.random() < 0.3:
        cols["address"] = ("address", [faker.address().replace("\n", ", ") for _ in range(n)])
    branches = list(dict.fromkeys(faker.city() for _ in range(rng.randint(1, 2))))
    cols["branch"] = ("neg branch", rng.choices(branches, k=n))
    makers = rng.sample(_split(MAKERS), rng.randint(4, 6))
    cols["maker"] = ("neg maker", rng.choices(makers, k=n))
    cols["serial"] = ("neg serial", [str(rng.randint(100000, 599999)) for _ in range(n)])
    cols["dog"] = ("neg dog", rng.choices(_split(DOGS), k=n))
    language = locale.split("_")[0]
    cols["cemetery"] = ("neg cemetery", rng.choices(_split(CEMETERIES.get(language, CEMETERIES["en"])), k=n))
    cols["country"] = ("neg country", rng.choices(rng.sample(_split(COUNTRIES), 3), k=n))
    keys = list(cols)
    rng.shuffle(keys)
    frame = pd.DataFrame({k: pd.Series(cols[k][1], dtype=object) for k in keys})
    return frame, {k: cols[k][0] for k in keys}, layout


def run(locales: list[str], seeds: list[int]) -> dict:
    """Per (mode, bucket): [right, total]; and the misses and false columns."""
    params = ReplacePiiParameters()
    buckets = ("city", "street_address", "address", "postcode", "false")
    counts: dict = {m: {b: [0, 0] for b in buckets} for m in ("hidden", "shown")}
    by_layout: dict = {}
    notes: list[str] = []
    for locale in locales:
        for seed in seeds:
            df, labels, layout = build_table(locale, seed)
            for mode in ("hidden", "shown"):
                names = {k: (f"c{i:03d}" if mode == "hidden" else SHOWN[k]) for i, k in enumerate(df.columns)}
                table = df.rename(columns=names)
                plans = {p.column: p for p in plan_columns(table, infer_schema(table), params, seed=0)}
                for key, what in labels.items():
                    plan = plans.get(names[key])
                    got = plan.entity if plan else None
                    if what.startswith("neg "):
                        ok, bucket = got is None, "false"
                    elif what in PLACE_LABELS:
                        ok, bucket = got in PLACE_LABELS[what], what
                    else:
                        continue
                    counts[mode][bucket][0] += ok if bucket != "false" else not ok
                    counts[mode][bucket][1] += 1
                    if what == "city":
                        tally = by_layout.setdefault((mode, layout), [0, 0])
                        tally[0] += ok
                        tally[1] += 1
                    if not ok:
                        notes.append(f"{mode} {locale} {seed} {what!r} ({layout}) -> {got}")
    return {"counts": counts, "by_layout": by_layout, "notes": notes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="37001,37002")
    args = parser.parse_args()
    start = time.process_time()
    out = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    for mode, buckets in out["counts"].items():
        parts = [f"{k} {a}/{b}" for k, (a, b) in buckets.items()]
        print(f"{mode}: " + ", ".join(parts) + " (false: look-alikes taken as anything)")
    for (mode, layout), (a, b) in sorted(out["by_layout"].items()):
        print(f"  town {mode} {layout}: {a}/{b}")
    kinds = Counter(n.split(" -> ")[0].split(" ", 3)[-1] for n in out["notes"])
    print("miss kinds:", dict(kinds))
    for note in out["notes"]:
        print(" ", note)
    print(f"cpu {time.process_time() - start:.1f} s")


if __name__ == "__main__":
    main()
