"""Development notes for names in free text (helper TN, session 37): my own templates and seeds 37xxx.

Pharmacy notes, school messages, classified ads, customer-service chats, parish records and
marketplace messages in the first 7 locales and in is_IS, pl_PL, id_ID, es_VE and mt_MT. Names come
in the forms free text writes them: capitalised (``{n}``), all lower case (``{l}``), a given name alone
(``{g}``), an initial and a surname (``{i}``), the surname in capitals first (``{c}``), a surname
alone after a title (``{s}``). Negative notes of the same genres hold no person (false name spans
are counted there). Not a held-out set: tune on it.

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tn_parish.py [--seed 37001] [--n 6] [--show]

Recall: a gold name counts when name spans cover all its letters.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from faker import Faker

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
LOCALES = (*FIRST7, "is_IS", "pl_PL", "id_ID", "es_VE", "mt_MT")
# Faker has no person provider for these: names written for this generator.
OWN = {
    "es_VE": (
        [
            "José Gregorio",
            "María Alejandra",
            "Yusmary",
            "Luis Eduardo",
            "Dayana",
            "Wilmer",
            "Yoselin",
            "Jhonny",
            "Carmen Elena",
            "Freddy",
            "Genesis",
            "Rafael",
            "Oriana",
            "Nelson",
            "Marbelys",
            "Darwin",
        ],
        [
            "Pérez",
            "Rodríguez",
            "González",
            "Hernández",
            "Márquez",
            "Guzmán",
            "Briceño",
            "Villalobos",
            "Urdaneta",
            "Chacón",
            "Salazar",
            "Quintero",
            "Rangel",
            "Colmenares",
            "Barrios",
            "Useche",
        ],
    ),
    "mt_MT": (
        [
            "Joseph",
            "Carmel",
            "Rita",
            "Godfrey",
            "Doris",
            "Kurt",
            "Nicole",
            "Antoine",
            "Marthese",
            "Rodianne",
            "Jean Paul",
            "Simone",
            "Ivan",
            "Josianne",
        ],
        [
            "Borg",
            "Camilleri",
            "Vella",
            "Farrugia",
            "Zammit",
            "Galea",
            "Grech",
            "Micallef",
            "Azzopardi",
            "Pace",
            "Cassar",
            "Xuereb",
            "Spiteri",
            "Sciberras",
        ],
    ),
}
_ADDR = {
    "en_US": ("418 Cedar Ct, Dayton OH 45402", "(937) 555-0147"),
    "en_GB": ("12 Wren Close, Stockport SK4 2JD", "07700 900461"),
    "de_DE": ("Lindenweg 14, 34117 Kassel", "0561 7723410"),
    "fr_FR": ("7 rue des Lilas, 69003 Lyon", "06 41 22 87 19"),
    "es_ES": ("Calle Mayor 23, 2º B, 47001 Valladolid", "612 448 309"),
    "it_IT": ("Via Garibaldi 41, 10122 Torino", "347 118 2290"),
    "nl_NL": ("Kerkstraat 8, 3811 CV Amersfoort", "06 48213370"),
    "is_IS": ("Laugavegur 61, 101 Reykjavík", "862 4410"),
    "pl_PL": ("ul. Lipowa 9/4, 20-020 Lublin", "601 224 718"),
    "id_ID": ("Jl. Kenanga No. 12, Bandung 40115", "0812-2231-4456"),
    "es_VE": ("Av. Bolívar, Edif. Caroní, piso 3, Valencia", "0414-552-3318"),
    "mt_MT": ("45, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1302", "7942 1180"),
}
# {n} full name, {l} full name in lower case, {g} a given name alone, {i} initial + surname,
# {c} SURNAME Given, {s} a surname after a title; {a} an address, {p} a phone number.
GENRES = {
    "pharmacy": [
        "Rx ready for collection: {l}, {a}, tel {p}. Amoxicillin 500 mg x 21.",
        "Repeat prescription signed by Dr {s}; patient {i}, please check allergies.",
        "Dispensed to {c} (ID seen). Counselled on dosage.",
        "Delivery round: {l} at {a} - leave with neighbour if out.",
        "Call-back requested by {n} about the inhaler, ring {p}.",
    ],
    "school": [
        "Dear Mrs {s},\n{g} has settled in well this term and now reads on her own. Kind regards, class teacher",
        "Dear Mr {s},\n{g} was absent on Monday and Tuesday; please send a note.",
        "Trip to the science museum: forms still missing for {n} and {l}.",
        "Reading group B: {i}, {n}. Group C: {i}.",
        "Pick-up change: {g} will be collected by grandad today.",
    ],
    "classified": [
        "FOR SALE: child's bike, 20 in, good brakes. Ask for {l} on {p}.",
        "Sold to {i} on Saturday, paid in cash, receipt sent.",
        "Lost cat near the park, answers to Tiger. Owner {n}, {p}.",
        "Room to let, {a}. Viewings via {c} only.",
    ],
    "chat": [
        "Agent: the account holder is {l}, born 1984-02-11, correct?\nCustomer: yes that's right",
        "Customer: the parcel was for {n} and {l}, same address\nAgent: noted, thanks",
        "Agent: I've added {i} as a second user.\nCustomer: great",
        "Customer: please update the name to {c}\nAgent: done",
    ],
    "parish": [
        "Baptism register no. 118: {c}, born 4 May 2019; parents {n} and {l}; godparent {i}.",
        "Marriage banns: {n} of this parish and {i} of St Mary's.",
        "Burial: {c}, aged 87, {a}. Officiant Rev. {s}.",
        "Confirmation list: {n}, {l}, {i}.",
    ],
    "marketplace": [
        "Buyer: {l}, {a}, phone {p}. Item: lamp, collected.",
        "Seller {i} says the sofa is still available.",
        "Hi {g}, is the pram still for sale? I can come Sunday.",
        "Shipping label: {c}\n{a}\n{p}",
    ],
}
NEGATIVE = [
    "Rx ready for collection: front desk, 418 Cedar Ct, tel (937) 555-0147. Amoxicillin 500 mg x 21.",
    "Repeat prescription signed by the duty doctor; patient stable, please check allergies.",
    "Delivery round: green bins at the back - leave with neighbour if out.",
    "Dear parents,\nThe class has settled in well this term and now reads on its own. Kind regards",
    "Trip to the science museum: forms still missing for two pupils and one teacher.",
    "Pick-up change: the minibus will be collected by the driver today.",
    "FOR SALE: child's bike, 20 in, good brakes. Ask for details on (937) 555-0147.",
    "Sold to the first caller on Saturday, paid in cash, receipt sent.",
    "Agent: the account holder is the company, registered 1984-02-11, correct?\nCustomer: yes that's right",
    "Customer: the parcel was for the office and the shop, same address\nAgent: noted, thanks",
    "Customer: please update the name to the new trading name\nAgent: done",
    "Baptism register no. 118: entries for May 2019 were checked; parents and godparents signed.",
    "Confirmation list: closed, see vestry notice.",
    "Buyer: collected in person, phone first. Item: lamp, collected.",
    "Shipping label: PRIORITY\nfragile glass\nthis side up",
    "great lamp, would buy again, fast post and kind seller",
    "rose gold frame, love the colour, grace and style for little money",
    "Lieferadresse: bitte hinten, Lindenweg 14, 34117 Kassel",
]


class _People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}

    def pick(self, locale: str) -> tuple[str, str]:
        """(given names, surname(s)) of the locale."""
        if locale in OWN:
            given, family = OWN[locale]
            last = self.rng.choice(family)
            if locale == "es_VE" and self.rng.random() < 0.6:
                last += " " + self.rng.choice(family)
            return self.rng.choice(given), last
        if locale not in self.fakers:
            fake = Faker(locale)
            fake.seed_instance(self.rng.randrange(37000, 37999))
            self.fakers[locale] = fake
        fake = self.fakers[locale]
        given, last = fake.first_name(), fake.last_name()
        if locale == "es_ES" and self.rng.random() < 0.5:
            last += " " + fake.last_name()
        if locale == "de_DE" and self.rng.random() < 0.15:
            last = "von " + last
        return given, last


def _form(kind: str, given: str, last: str) -> str:
    if kind == "n":
        return f"{given} {last}"
    if kind == "l":
        return f"{given} {last}".lower()
    if kind == "g":
        return given
    if kind == "i":
        return f"{given[0]}. {last}"
    if kind == "c":
        return f"{last.upper()} {given}"
    return last  # "s"


def notes(n: int, seed: int) -> list[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(genre, locale, note, gold name spans with their form letter)."""
    rng = random.Random(seed)
    people = _People(rng)
    out = []
    for locale in LOCALES:
        address, phone = _ADDR[locale]
        for genre, templates in GENRES.items():
            for _ in range(n):
                template = rng.choice(templates)
                text, gold, pos = "", [], 0
                for m in re.finditer(r"\{(\w)\}", template):
                    text += template[pos : m.start()]
                    kind = m.group(1)
                    if kind in "ap":
                        text += address if kind == "a" else phone
                    else:
                        value = _form(kind, *people.pick(locale))
                        gold.append((len(text), len(text) + len(value), kind))
                        text += value
                    pos = m.end()
                out.append((genre, locale, text + template[pos:], gold))
    return out


_NAMES = {"name", "first_name", "last_name"}


def _covered(a: int, b: int, found: list[tuple[int, int]], text: str) -> bool:
    return all(any(x <= i < y for x, y in found) for i in range(a, b) if text[i].isalnum())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=37001)
    parser.add_argument("--n", type=int, default=6)
    parser.add_argument("--show", action="store_true", help="print misses and false spans")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name", "street_address", "city", "phone_number"])
    data = notes(args.n, args.seed)
    found_all = det.find_spans([t for _, _, t, _ in data])
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false = 0
    for (genre, locale, text, gold), found in zip(data, found_all, strict=True):
        got = [(s.start, s.end) for s in found if s.entity in _NAMES]
        for a, b, kind in gold:
            ok = _covered(a, b, got, text)
            group = "first7" if locale in FIRST7 else locale
            for key in (f"genre/{genre}", f"locale/{group}", f"form/{kind}", "all"):
                score[key][0] += ok
                score[key][1] += 1
            if not ok and args.show:
                print(f"MISS {kind} {locale} {text[a:b]!r} in {text!r}")
        for s in found:
            if s.entity in _NAMES and not any(s.start < b and a < s.end for a, b, _ in gold):
                false += 1
                if args.show:
                    print(f"FALSE {locale} {text[s.start : s.end]!r} in {text!r}")
    neg_false = 0
    for text, found in zip(NEGATIVE, det.find_spans(NEGATIVE), strict=True):
        for s in found:
            if s.entity in _NAMES:
                neg_false += 1
                if args.show:
                    print(f"NEG {text[s.start : s.end]!r} in {text!r}")
    for key in sorted(score):
        hit, total = score[key]
        print(f"{key:20s} {hit}/{total} = {hit / total:.3f}")
    print(f"false name spans in positive notes: {false}; in negative notes: {neg_false}")


if __name__ == "__main__":
    main()
