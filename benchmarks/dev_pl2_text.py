"""Streets, postcodes and towns inside notes, ~45 locales: session 38 fuzzer of helper PL.

Why: on set 23 (seen) streets in notes were kept in many locales (number-first lines with a hyphenated or
ordinal name, Welsh streets, a bare postcode after a street, a town alone after a street). This fuzzer writes
its own notes (own sentence frames in several languages, seeds 38xxx; Faker's address providers for streets,
postcodes and towns, plus own street lists for forms Faker lacks) and scores each address piece:

- street: the street line is covered (90 % of its characters) by a street_address or address span;
- postcode, town: covered by any place span (street_address, address, postcode, city, state); a town covered by
  a ``name`` span is counted apart (replaced, but with a person's fake);
- false: place spans that touch no address piece (on the frames' own words).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl2_text.py [--seeds 38001,38002] [--locales de_DE,it_IT] [-v]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.pii.text_detector import load_text_detector

LOCALES = [
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "pt_BR", "de_LU", "de_AT", "de_CH",
    "fr_CH", "fr_BE", "nl_BE", "hr_HR", "sl_SI", "es_AR", "es_CL", "es_MX", "es_CO", "ru_RU", "uk_UA", "en_PH",
    "en_IN", "en_AU", "en_NZ", "en_IE", "en_CA", "fr_CA", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "da_DK",
    "sv_SE", "no_NO", "fi_FI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "el_GR", "cy_GB",
]  # fmt: skip
PLACE = {"street_address", "address", "postcode", "city", "state"}
# Own frames per language; {addr} is the address written in one of the layouts below.
FRAMES = {
    "en": [
        "Parcel to be left at {addr} if nobody answers.",
        "Tenant moved to {addr} last spring, deposit returned.",
        "Meet the surveyor outside {addr}; bring the keys.",
        "Correspondence address: {addr}",
        "Lives at {addr}",
    ],
    "de": [
        "Lieferung bitte an {addr} abgeben.",
        "Der Mieter wohnt jetzt in der {addr}, Kaution erstattet.",
        "Neue Anschrift: {addr}",
    ],
    "fr": [
        "Livraison prévue au {addr}, sonner deux fois.",
        "Le locataire demeure {addr} depuis mars.",
        "Adresse de facturation : {addr}",
    ],
    "es": [
        "El paquete se entrega en {addr}, llamar antes.",
        "La inquilina reside en {addr} desde marzo.",
        "Domicilio fiscal: {addr}",
    ],
    "pt": [
        "Entregar a encomenda na {addr}, tocar à campainha.",
        "O inquilino mora na {addr} desde março.",
        "Morada de faturação: {addr}",
    ],
    "it": [
        "Consegnare il pacco in {addr}, suonare due volte.",
        "La signora abita in {addr} da marzo.",
        "Indirizzo di fatturazione: {addr}",
    ],
    "nl": [
        "Pakket afgeven op {addr}, twee keer bellen.",
        "De huurder woont sinds maart aan de {addr}.",
        "Factuuradres: {addr}",
    ],
    "hr": ["Paket dostaviti na adresu {addr}, zvoniti dvaput.", "Stanar živi na adresi {addr} od ožujka."],
    "sl": ["Paket dostavite na naslov {addr}.", "Najemnik stanuje na naslovu {addr} od marca."],
    "ru": ["Доставить посылку по адресу: {addr}.", "Арендатор проживает по адресу {addr} с марта."],
    "uk": ["Доставити посилку за адресою: {addr}.", "Орендар мешкає за адресою {addr} з березня."],
}
# Street forms Faker lacks (own lists): Welsh streets, Luxembourgish number-first lines, Philippine ordinals.
WELSH = ["Maes y Dref", "Heol y Parc", "Ffordd Penrhos", "Stryd Fawr", "Lôn Isaf", "Heol Glyndwr", "Maes Gwyn",
         "Rhodfa'r Môr", "Ffordd y Gogledd", "Lôn Las", "Stryd y Castell", "Heol Hir"]  # fmt: skip
WELSH_TOWNS = ["Caernarfon", "Aberystwyth", "Llandudno", "Bangor", "Pwllheli", "Dolgellau", "Machynlleth"]
LU_STREETS = ["Grand-Rue", "Rue de l'Eglise", "Route d'Arlon", "Rue Principale", "Am Duerf", "Rue du Moulin",
              "Op der Haart", "Rue des Champs", "Bei der Kierch", "Haaptstrooss"]  # fmt: skip
LU_TOWNS = ["Schifflange", "Dudelange", "Ettelbruck", "Diekirch", "Wiltz", "Mersch", "Echternach", "Remich"]


def _language(locale: str) -> str:
    return locale.split("_")[0]


def _faker(locale: str, seed: int) -> Faker:
    faker = Faker(locale if locale in AVAILABLE_LOCALES else "en_GB")
    faker.seed_instance(seed)
    return faker


def _pieces(rng: random.Random, faker: Faker, locale: str) -> tuple[str, str, str]:
    """(street, postcode, town) of one person."""
    if locale == "cy_GB":
        street = f"{rng.randint(1, 99)} {rng.choice(WELSH)}"
        return street, faker.postcode(), rng.choice(WELSH_TOWNS)
    if locale == "de_LU":
        n, name = rng.randint(1, 199), rng.choice(LU_STREETS)
        street = f"{n}, {name}" if rng.random() < 0.5 else f"{name} {n}"
        return street, f"L-{rng.randint(1000, 9999)}", rng.choice(LU_TOWNS)
    if locale == "en_PH" and rng.random() < 0.5:
        kind = rng.choice(["Street", "Avenue", "Highway"])
        street = f"{rng.randint(100, 2999)}{rng.choice(['', 'B', 'A'])} {rng.randint(4, 20)}th {kind}"
        return street, faker.postcode(), faker.city()
    street = faker.street_address()
    town = faker.city()
    if locale == "ru_RU":
        town = town.removeprefix("г. ")
    return street, faker.postcode(), town


def _address(rng: random.Random, locale: str, street: str, postcode: str, town: str) -> tuple[str, list]:
    """The address in one layout and its (kind, piece) list, in the order written."""
    english = _language(locale) in ("en", "cy")
    layouts = ["street, town postcode" if english else "street, postcode town", "street, town", "street, postcode"]
    layout = rng.choice([*layouts, "street"])
    if layout == "street, postcode town":
        return f"{street}, {postcode} {town}", [("street", street), ("postcode", postcode), ("town", town)]
    if layout == "street, town postcode":
        return f"{street}, {town} {postcode}", [("street", street), ("town", town), ("postcode", postcode)]
    if layout == "street, town":
        return f"{street}, {town}", [("street", street), ("town", town)]
    if layout == "street, postcode":
        return f"{street}, {postcode}", [("street", street), ("postcode", postcode)]
    return street, [("street", street)]


def notes(locale: str, seed: int, n: int = 8) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """``n`` notes of ``locale``: (text, [(piece kind, start, end)])."""
    rng = random.Random(f"pl2-{seed}-{locale}")
    faker = _faker(locale, seed)
    frames = FRAMES.get(_language(locale), FRAMES["en"]) + (FRAMES["en"][:2] if rng.random() < 0.3 else [])
    out = []
    for _ in range(n):
        addr, pieces = _address(rng, locale, *_pieces(rng, faker, locale))
        text = rng.choice(frames).format(addr=addr)
        found, pos = [], text.index(addr)
        for kind, piece in pieces:
            start = text.index(piece, pos)
            found.append((kind, start, start + len(piece)))
            pos = start + len(piece)
        out.append((text, found))
    return out


def _covered(spans, start: int, end: int, entities) -> bool:
    chars = set()
    for s in spans:
        if s.entity in entities:
            chars |= set(range(max(start, s.start), min(end, s.end)))
    text_chars = end - start
    return len(chars) >= 0.9 * text_chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="38001,38002")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    det = load_text_detector(["name", "street_address", "address", "postcode", "city", "state", "phone_number"])
    rows = []
    for seed in (int(s) for s in args.seeds.split(",")):
        for locale in args.locales.split(","):
            rows += [(locale, text, pieces) for text, pieces in notes(locale, seed)]
    found = det.find_spans([text for _, text, _ in rows])
    hits, totals, named, false = Counter(), Counter(), Counter(), 0
    per_locale: Counter = Counter()
    for (locale, text, pieces), spans in zip(rows, found, strict=True):
        for kind, start, end in pieces:
            totals[kind] += 1
            entities = {"street_address", "address"} if kind == "street" else PLACE
            if _covered(spans, start, end, entities):
                hits[kind] += 1
            else:
                if kind == "town" and _covered(spans, start, end, {"name"}):
                    named[kind] += 1
                per_locale[locale] += 1
                if args.verbose:
                    print(f"MISS {locale} {kind}: {text[start:end]!r} in {text!r} -> "
                          f"{[(text[s.start:s.end], s.entity) for s in spans]}")  # fmt: skip
        lo, hi = min(p[1] for p in pieces), max(p[2] for p in pieces)
        for s in spans:
            if s.entity in PLACE and (s.end <= lo or s.start >= hi):
                false += 1
                if args.verbose:
                    print(f"FALSE {locale}: {text[s.start : s.end]!r} ({s.entity}) in {text!r}")
    for kind in ("street", "postcode", "town"):
        extra = f" (+{named[kind]} as name)" if named[kind] else ""
        print(f"{kind:9s} {hits[kind]}/{totals[kind]} = {hits[kind] / max(totals[kind], 1):.3f}{extra}")
    print(f"false place spans outside the address: {false}")
    print("misses per locale:", dict(per_locale.most_common()))


if __name__ == "__main__":
    main()
