"""Development notes for names in free text of everyday genres (helper TN, session 36): my own templates.

Chat transcripts, delivery instructions, app reviews, classified ads, sign-up forms and SMS, in the
first 7 locales and in mn_MN, sr_RS, pt_AO, en_SG and ro_MD; names as typed (capitalised, all lower
case in the web-form and SMS genres, upper case in some forms). Plus negative notes of the same genres
with no person in them (false name spans are counted there). Seeds 36xxx; not a held-out set.

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tn_genres.py [--seed 36001] [--n 8] [--show] [--fresh]

``--fresh`` draws other names for mn_MN, sr_RS, pt_AO, ro_MD and the Chinese names of en_SG, none of
them in the product's name lists (the default names overlap lists written this session).

Recall: a gold name counts when name spans cover all its letters.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from faker import Faker


def _w(text: str) -> list[str]:
    return text.split()


# Name lists for locales Faker has no person provider for (written for this generator).
OWN = {
    "mn_MN": (
        _w(
            "Батбаяр Оюунчимэг Ганзориг Сарангэрэл Мөнхбат Энхжаргал Тэмүүлэн Ариунаа Болормаа Баярсайхан "
            "Номинцэцэг Түвшинбаяр Хулан Эрдэнэбат Солонго Мягмарсүрэн Алтанцэцэг Батжаргал Уранчимэг Ганбат"
        ),
        # Mongolian writes the father's name in the genitive before the given name.
        _w(
            "Дорж Батын Очирын Пүрэвийн Цэрэнгийн Ганбаатарын Болдын Сүхбаатарын Нямын Дашийн Лхагвын "
            "Жамсрангийн Мөнхийн Баярын Чулууны Энхийн"
        ),
    ),
    "sr_RS": (
        _w(
            "Марко Јована Никола Милица Стефан Ана Душан Теодора Лазар Катарина Небојша Јелена Ђорђе Драгана "
            "Милош Тијана Бранислав Снежана Вук Љиљана"
        ),
        _w(
            "Петровић Јовановић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић "
            "Тодоровић Ђукић Лазић Радосављевић Живковић Бранковић Симић Јанковић Ћирић Вуковић"
        ),
    ),
    "pt_AO": (
        _w(
            "Domingas Filomena Mateus Adérito Esperança Joaquim Isabel Manuel Teresa Bartolomeu Luzia Evaristo "
            "Celestina Venâncio Albertina Lourenço Rosária Cristóvão Madalena Avelino"
        ),
        _w(
            "Quissanga Cassoma Kiala Mbala Lukamba Chipenda Sapalo Dembo Tchiyevo Muondo Capapelo Kaputo "
            "Ngola Cangombe Sakala Kassoma Samakuva Chivukuvuku Cawaia Tchimuku"
        ),
    ),
    "ro_MD": (
        _w(
            "Ion Mihaela Vasile Ecaterina Dumitru Lilia Sergiu Natalia Veaceslav Corina Andrei Olesea Igor "
            "Tatiana Victor Doina Radu Cristina Nicolae Aurelia"
        ),
        _w(
            "Ceban Rusu Cojocaru Munteanu Lungu Popa Țurcanu Bîrcă Guțu Sîrbu Ciobanu Moraru Răileanu Botnari "
            "Rotari Cebotari Negru Plămădeală Grosu Bivol"
        ),
    ),
}
# --fresh: other names of the same locales, none of them written into the name lists of the product
# (text_name_lists, text_name_mongolian, text_name_south_slavic): a check that the rules generalise.
FRESH = {
    "mn_MN": (
        _w(
            "Энхтуяа Мөнхзул Ганчимэг Билгүүн Тэмүүжин Ууганбаяр Хонгорзул Анхбаяр Батхуяг Гэрэлмаа Дөлгөөн "
            "Пүрэвдорж Нандинцэцэг Бүрэнжаргал Лхамсүрэн Сэргэлэн Отгонбаяр Нарантуяа Золжаргал Ихбаяр"
        ),
        _w("Дамдины Төмөрийн Пүрэвдоржийн Батсүхийн Гомбын Самдангийн Жигжидийн Балдангийн Цогтын Энхбатын"),
    ),
    "sr_RS": (
        _w("Владета Радиша Ивана Марија Петар Мирко Горан Драгица Злата Весна Дејан Сања Бојан Маја"),
        _w("Обрадовић Перишић Васић Милетић Костић Савић Гајић Ристић Митровић Лукић"),
    ),
    "pt_AO": (
        _w("Paciência Ilda Emília Amélia Zeferino Alcides Justino Fernando Cândido Graciano"),
        _w("Kalupeteka Cassule Kamalata Chingunji Njinga Sambo Fuakatinu Lumingu Mpinda Kalei"),
    ),
    "ro_MD": (
        _w("Valentin Mihai Octavian Dorin Marin Svetlana Galina Inga Angela Diana"),
        _w("Ursu Rusnac Cucu Căpățînă Ciumac Ababii Paladi Vieru Cazac Bejenari"),
    ),
}
_SG_FRESH_GIVEN2 = _w("Boon Kiat Swee Lan Hui Min Jia Hui Kai Wen Zi Xuan Yu Ting Jun Hao Shi Min Qi Xuan")


# Singapore: Chinese (family first), Malay (bin/binte + father), Indian (s/o, d/o + father).
_SG_FAMILY = _w("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Quek")
_SG_GIVEN2 = _w("Wei Ming Hui Ling Jia Hao Xin Yi Zhi Wei Li Ting Jun Jie Mei Ling Kai Xiang Shu Fen Yong Sheng")
_SG_MALAY_M = _w("Muhammad Ahmad Hafiz Irfan Faizal Azman Syed Rizwan Haikal Zulkifli")
_SG_MALAY_F = _w("Nur Siti Aisyah Farah Nurul Aishah Zarina Hidayah Sofia Liyana")
_SG_INDIAN = _w("Rajesh Priya Suresh Kavitha Arjun Lakshmi Vijay Deepa Ganesh Meena")
_SG_FATHER = _w("Rahman Abdullah Ismail Kumar Raman Osman Hassan Subramaniam Yusof Krishnan")


def _sg_name(rng: random.Random, fresh: bool = False) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        syllables = _SG_FRESH_GIVEN2 if fresh else _SG_GIVEN2
        return f"{rng.choice(_SG_FAMILY)} {rng.choice(syllables)} {rng.choice(syllables)}"
    if kind == 1:
        if rng.random() < 0.5:
            return f"{rng.choice(_SG_MALAY_M)} {rng.choice(_SG_MALAY_M)} bin {rng.choice(_SG_FATHER)}"
        return f"{rng.choice(_SG_MALAY_F)} {rng.choice(_SG_MALAY_F)} binte {rng.choice(_SG_FATHER)}"
    return f"{rng.choice(_SG_INDIAN)} {rng.choice(['s/o', 'd/o'])} {rng.choice(_SG_FATHER)}"


FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
LOCALES = (*FIRST7, "mn_MN", "sr_RS", "pt_AO", "en_SG", "ro_MD")

# Genre templates: {n} a full name, {g} a given name alone. A template's case: "as", "lower" or "upper".
GENRES = {
    "chat": [
        (
            "[14:02] Agent: Can I take the account holder's name?\n"
            "[14:03] Customer: yes it's {n}\n[14:03] Agent: thanks",
            "lower",
        ),
        ("support bot: who am I speaking with?\nyou: {n}\nsupport bot: thanks, one moment", "lower"),
        ("<agent_7> hello, how can I help\n<guest> hi, order placed under {n}, never arrived", "as"),
        ("Chat started 09:14\nVisitor ({n}): my parcel is missing\nOperator: sorry to hear that", "as"),
    ],
    "delivery": [
        ("if not in leave with {n} at number 14, she knows", "lower"),
        ("Driver note: ring twice, parcel for {n}, side door", "as"),
        ("deliver to {n} c/o reception, 3rd floor", "lower"),
        ("Leave it with my neighbour {n} next door if I'm out.", "as"),
    ],
    "review": [
        ("★★★★★ Our rep {n} sorted everything in ten minutes. Thanks {g}!", "as"),
        ("great service, ask for {n} at the till, very patient", "lower"),
        ("1 star. {n} promised a callback and never rang back.", "as"),
    ],
    "classified": [
        ("FOR SALE: pram, hardly used, £40. Collect from {n}, text after 6pm.", "as"),
        ("free sofa must go this weekend, msg {n} for the address", "lower"),
        ("Wanted: piano teacher for 8-year-old. Contact {n}.", "as"),
    ],
    "signup": [
        ("Full name: {n}\nUsername: blue_fox_88\nNewsletter: yes", "as"),
        ("FULL NAME: {n}\nPLAN: FAMILY\nPAYMENT: MONTHLY", "upper"),
        ("name={n}; plan=basic; referrer=none", "lower"),
        ("Registered by: {n} (account owner)", "lower"),
    ],
    "sms": [
        ("hey its {n}, running 10 min late sorry", "lower"),
        ("Hi, this is {n} from the dentist, confirming Tue 3pm.", "as"),
        ("msg from {n}: pls call back re the boiler", "lower"),
        ("{g} here - can you pick up milk", "as"),
    ],
}
NEGATIVE = [
    "[14:02] Agent: Can I take the order number?\n[14:03] Customer: yes it's 88123\n[14:03] Agent: thanks",
    "if not in leave with the neighbour at number 14, she knows",
    "great service, ask for the manager at the till, very patient",
    "free sofa must go this weekend, msg me for the address",
    "hey its me, running 10 min late sorry",
    "msg from the office: pls call back re the boiler",
    "Full name: (not given)\nUsername: blue_fox_88\nNewsletter: yes",
    "deliver to the back door c/o reception, 3rd floor",
    "★★★★★ Our rep sorted everything in ten minutes. Thanks again!",
    "FOR SALE: pram, hardly used, £40. Collect from Leeds, text after 6pm.",
    "1 star. The shop promised a callback and never rang back.",
    "support bot: who am I speaking with?\nyou: just browsing\nsupport bot: thanks, one moment",
    "leave with grace and patience, rose garden gate is open",
    "Registered by: family account (account owner)",
    "name=basic plan; plan=basic; referrer=none",
    "msg from summer camp: pls bring hats and sun cream",
    "deliver to main reception, ask for the duty manager",
    "great app, love the dark mode and the new widgets",
]


def _people(locale: str, rng: random.Random, cache: dict, fresh: bool = False) -> tuple[str, str]:
    """(full name, given name) of the locale."""
    if locale == "en_SG":
        full = _sg_name(rng, fresh)
        return full, rng.choice(_SG_INDIAN + _SG_MALAY_F)
    if locale in OWN:
        given, family = (FRESH if fresh else OWN)[locale]
        g = rng.choice(given)
        if locale == "mn_MN":
            return f"{rng.choice(family)} {g}", rng.choice(given)
        return f"{g} {rng.choice(family)}", rng.choice(given)
    if locale not in cache:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(36000, 36999))
        cache[locale] = fake
    fake = cache[locale]
    return f"{fake.first_name()} {fake.last_name()}", fake.first_name()


def _cased(value: str, case: str) -> str:
    return {"lower": value.lower(), "upper": value.upper()}.get(case, value)


def notes(n: int, seed: int, fresh: bool = False) -> list[tuple[str, str, str, list[tuple[int, int]], str]]:
    """(genre, locale, note, gold name spans, case)."""
    rng = random.Random(seed)
    cache: dict = {}
    out = []
    for locale in LOCALES:
        for genre, templates in GENRES.items():
            for _ in range(n):
                template, case = rng.choice(templates)
                full, given = _people(locale, rng, cache, fresh)
                text, gold, pos = "", [], 0
                for m in re.finditer(r"\{(\w)\}", template):
                    text += template[pos : m.start()]
                    value = _cased(full if m.group(1) == "n" else given, case)
                    gold.append((len(text), len(text) + len(value)))
                    text += value
                    pos = m.end()
                out.append((genre, locale, text + template[pos:], gold, case))
    return out


_NAMES = {"name", "first_name", "last_name"}


def _covered(span: tuple[int, int], found: list[tuple[int, int]], text: str) -> bool:
    return all(any(a <= i < b for a, b in found) for i in range(span[0], span[1]) if text[i].isalnum())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=36001)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--show", action="store_true", help="print misses and false spans")
    parser.add_argument("--fresh", action="store_true", help="names of the same locales that no list holds")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name", "street_address", "city", "phone_number"])
    data = notes(args.n, args.seed, args.fresh)
    found_all = det.find_spans([t for _, _, t, _, _ in data])
    score = defaultdict(lambda: [0, 0])
    false = 0
    for (genre, locale, text, gold, case), found in zip(data, found_all, strict=True):
        got = [(s.start, s.end) for s in found if s.entity in _NAMES]
        for a, b in gold:
            ok = _covered((a, b), got, text)
            group = "first7" if locale in FIRST7 else locale
            for key in (f"genre/{genre}", f"locale/{group}", f"case/{case}", "all"):
                score[key][0] += ok
                score[key][1] += 1
            if not ok and args.show:
                print(f"MISS {genre} {locale} {text[a:b]!r} in {text!r}")
        for s in found:
            if s.entity in _NAMES and not any(s.start < b and a < s.end for a, b in gold):
                false += 1
                if args.show:
                    print(f"FALSE {genre} {locale} {text[s.start : s.end]!r} in {text!r}")
    neg_false = 0
    for text, found in zip(NEGATIVE, det.find_spans(NEGATIVE), strict=True):
        for s in found:
            if s.entity in _NAMES:
                neg_false += 1
                if args.show:
                    print(f"NEG {text[s.start : s.end]!r} in {text!r}")
    for key in sorted(score):
        hit, total = score[key]
        print(f"{key:18s} {hit}/{total} = {hit / total:.3f}")
    print(f"false name spans in positive notes: {false}; in negative notes: {neg_false}")


if __name__ == "__main__":
    main()
