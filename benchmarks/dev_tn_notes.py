"""Development notes for names and streets in free text (helper TN, session 35): my own templates, not a held-out set.

Letters of parents and relatives (a child's or relative's given name after a kinship word) in ~30
languages and scripts, duty rotas that list lone given names next to full names, lines that open with a
surname in capitals, death notices with ``born on 23-Jan-1988`` dates, and street lines of the less usual
Faker layouts; plus negative letters whose kinship word is followed by no name. Seeds 35xxx.

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tn_notes.py [--seed 35001] [--n 12] [--show]

Recall: a gold value counts when spans of its entity group cover all its letters; false spans: name
spans in the negative letters.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from faker import Faker


def _words(text: str) -> list[str]:
    return text.split()


# Given names of languages Faker has no person provider for (written for this generator).
_KK = _words(
    "Асқар Айгерім Нұрлан Дәулет Ерлан Аружан Мадина Әлихан Жансая Бекзат Ақбота Нұржан Гүлнар Ербол Дана "
    "Санжар Томирис Ержан Әсел Бауыржан"
)
_MS = _words(
    "Ahmad Siti Nurul Aisyah Hafiz Farah Amirul Iskandar Syafiq Zulaikha Haziq Nabilah Irfan Balqis Danish "
    "Hidayah Khairul Sofea Azlan Mardhiah"
)
_FIL = _words(
    "Maricel Jomar Rhea Jerome Princess Jericho Lovely Mark Angelica Rodel Jhoanna Ronnel Kristine Arvin "
    "Charmaine Dindo Joylyn Ramil Mylene Bong"
)
_BS = _words("Amer Lejla Emir Ajla Harun Amina Tarik Selma Kenan Dženana Adnan Merima Haris Esma Edin")
_SQ = _words("Arben Blerina Dritan Elira Gentian Mirela Ilir Jonida Fatmir Anila Besnik Valbona")

# lang: (faker locale or tuple of names, [letters with {g}: the relative's given name])
KIN = {
    "en": (
        "en_GB",
        [
            "Please excuse my daughter {g} from swimming on Thursday, she has a cold.",
            "Our grandson {g} will be collected by his aunt after the match.",
            "I am writing on behalf of my husband {g}, who cannot come to the phone.",
            "My stepson {g} lost his library card last week.",
        ],
    ),
    "de": (
        "de_DE",
        [
            "Sehr geehrte Frau Lehrerin, unser Sohn {g} hat seit gestern Fieber.",
            "Meine Enkelin {g} wird am Freitag von mir abgeholt.",
            "Bitte entschuldigen Sie das Fehlen meiner Tochter {g} am Montag.",
        ],
    ),
    "fr": (
        "fr_FR",
        [
            "Madame, mon fils {g} ne pourra pas venir à l'entraînement mercredi.",
            "Je vous prie d'excuser l'absence de ma petite-fille {g} ce matin.",
            "Notre enfant {g} sera récupéré par sa grand-mère.",
        ],
    ),
    "es": (
        "es_ES",
        [
            "Estimada profesora: mi nieta {g} tiene cita con el dentista el martes.",
            "Le escribo porque nuestro hijo {g} se ha roto el brazo.",
            "Mi esposa {g} recogerá el paquete en la oficina.",
        ],
    ),
    "it": (
        "it_IT",
        [
            "Gentile maestra, mio figlio {g} oggi resterà a casa per febbre.",
            "La nostra nipotina {g} verrà presa dal nonno alle 16.",
            "Scrivo per conto di mia moglie {g}, ricoverata da ieri.",
        ],
    ),
    "nl": (
        "nl_NL",
        [
            "Beste juf, onze dochter {g} is vandaag ziek thuis.",
            "Mijn kleinzoon {g} wordt om drie uur opgehaald door zijn oom.",
            "Ik meld mijn man {g} af voor de cursus van dinsdag.",
        ],
    ),
    "pt": (
        "pt_PT",
        [
            "Bom dia, o meu filho {g} não vai à escola amanhã.",
            "A nossa neta {g} tem consulta no hospital.",
            "Peço desculpa pela falta da minha filha {g}.",
        ],
    ),
    "sv": ("sv_SE", ["Hej! Vår dotter {g} är sjuk idag och stannar hemma.", "Min sambo {g} hämtar paketet."]),
    "da": ("da_DK", ["Kære lærer, vores søn {g} har feber i dag.", "Min datter {g} bliver hentet af sin morfar."]),
    "no": ("no_NO", ["Hei, sønnen vår {g} er syk og blir hjemme.", "Min kone {g} henter pakken på fredag."]),
    "fi": ("fi_FI", ["Hei, poikani {g} on kipeänä tänään.", "Tyttäreni {g} lähtee leirille maanantaina."]),
    "pl": (
        "pl_PL",
        ["Szanowna Pani, mój syn {g} jest dziś chory.", "Proszę usprawiedliwić nieobecność mojej córki {g}."],
    ),
    "cs": ("cs_CZ", ["Dobrý den, náš syn {g} dnes nepřijde do školy.", "Moje dcera {g} má horečku."]),
    "ro": ("ro_RO", ["Bună ziua, fiul meu {g} este bolnav azi.", "Nepoata noastră {g} va fi luată de bunica."]),
    "hr": ("hr_HR", ["Poštovana učiteljice, moj sin {g} danas je bolestan.", "Naša kći {g} ide kod zubara."]),
    "bs": (
        _BS,
        [
            "Poštovani, moja kćerka {g} neće doći u školu.",
            "Naš sin {g} ima temperaturu od jučer.",
            "Molim Vas da opravdate izostanak mog unuka {g}.",
        ],
    ),
    "tr": ("tr_TR", ["Sayın öğretmenim, oğlum {g} bugün hasta.", "Kızımız {g} yarın okula gelemeyecek."]),
    "hu": ("hu_HU", ["Tisztelt Tanárnő! A fiam, {g} ma beteg.", "Unokám {g} pénteken nem jön."]),
    "sq": (_SQ, ["I nderuar mësues, djali im {g} është i sëmurë sot.", "Vajza ime {g} nuk do të vijë nesër."]),
    "ru": (
        "ru_RU",
        [
            "Здравствуйте! Мой сын {g} сегодня заболел.",
            "Прошу отпустить мою дочь {g} с уроков.",
            "Наша внучка {g} будет в школе с понедельника.",
        ],
    ),
    "uk": ("uk_UA", ["Добрий день! Мій син {g} сьогодні хворіє.", "Наша донька {g} не прийде на заняття."]),
    "kk": (
        _KK,
        [
            "Құрметті мұғалім! Ұлым {g} бүгін ауырып қалды.",
            "Қызым {g} ертең сабаққа келмейді.",
            "Немерем {g} дүйсенбіден бастап мектепке барады.",
            "Менің балам {g} дәрігерге барады.",
        ],
    ),
    "el": ("el_GR", ["Αγαπητή κυρία, ο γιος μου {g} είναι άρρωστος σήμερα.", "Η κόρη μας {g} θα λείψει αύριο."]),
    "ar": (
        "ar_SA",
        [
            "السلام عليكم، ابني {g} مريض اليوم ولن يحضر.",
            "أرجو عذر ابنتي {g} عن الغياب يوم الأحد.",
            "حفيدي {g} سيأتي مع جدته.",
            "زوجتي {g} ستستلم الطلب.",
        ],
    ),
    "ms": (
        _MS,
        [
            "Cikgu, anak saya {g} demam hari ini dan tidak dapat hadir.",
            "Mohon maaf, anak perempuan saya {g} ada temujanji di klinik.",
            "Cucu saya {g} akan dijemput oleh datuknya.",
        ],
    ),
    "id": ("id_ID", ["Ibu guru, anak saya {g} sedang sakit.", "Putri kami {g} izin tidak masuk besok."]),
    "fil": (
        _FIL,
        [
            "Magandang araw po, ang anak kong si {g} ay may sakit ngayon.",
            "Hindi po makakapasok ang anak ko na si {g} bukas.",
            "Ang apo kong si {g} ay susunduin ng lola niya.",
        ],
    ),
    "or": ("or_IN", ["ମୋ ପୁଅ {g} ଆଜି ଅସୁସ୍ଥ ଅଛି।", "ମୋ ଝିଅ {g} କାଲି ସ୍କୁଲ ଆସିବ ନାହିଁ।"]),
    "hi": ("hi_IN", ["मेरा बेटा {g} आज बीमार है।", "मेरी बेटी {g} कल स्कूल नहीं आएगी।"]),
    "sw": ("sw", ["Mwalimu, mwanangu {g} ni mgonjwa leo.", "Binti yangu {g} hatakuja kesho."]),
}
# Kinship words followed by no name: every name span here is false.
NEGATIVE = [
    "Please excuse my daughter from swimming, she has a cold.",
    "My son Has been ill since Monday? No: my son has been ill.",
    "Unser Sohn hat seit gestern Fieber.",
    "Meine Tochter geht heute nicht zur Schule.",
    "Mon fils est malade depuis lundi.",
    "Mi hijo no podrá asistir el Martes.",
    "Mio figlio oggi resta a casa.",
    "Onze dochter is vandaag ziek.",
    "Мой сын сегодня заболел.",
    "Наша дочь не придёт в Понедельник.",
    "Ұлым бүгін ауырып қалды.",
    "ابني مريض اليوم ولن يحضر.",
    "أرجو عذر ابنتي عن الغياب.",
    "Anak saya demam hari ini.",
    "Anak saya Sakit hari ini.",
    "Ang anak ko ay may sakit ngayon.",
    "Oğlum bugün hasta.",
    "Moja kćerka neće doći u školu.",
    "ο γιος μου είναι άρρωστος σήμερα.",
    "My son and daughter will both be away; Grandson Care Ltd will collect them.",
    "Son of a gun! Daughter cells divide.",
    "The wife of the mayor, Mother Teresa Hospital, Sister Act tickets.",
    "Our Son Rise program and the Daughters of the Revolution meet on Tuesday.",
]
# {n}: full name, {g}: lone given name; rotas list both side by side.
ROTA = [
    "Rota for the week: Monday {g} and {n}, Tuesday {n}, Wednesday {g}.",
    "Kitchen duty - Mon: {n} / {g}; Tue: {g}, {n}",
    "Drivers this Saturday: {n}, {g}, {n} and {g}.",
    "Dienstplan: Montag {g} und {n}, Dienstag {n}.",
    "Planning : lundi {g} et {n}, mardi {n}.",
    "Turnos: lunes {n} y {g}; martes {g}.",
]
CAPS = [
    "{F} {g}\nRoom 4, arrived 09:10",
    "{F} {g} - seen, discharged",
    "Attendees:\n{F} {g}\n{F} {g}",
    "Ref 7781\n{F} {g}, DOB on file",
]
DOB = [
    "In loving memory of {n}, born on {d} in Leeds, who passed away peacefully.",
    "{n} (born on {d}) died at home on Sunday.",
    "Funeral notice: {n}, born {d}, beloved father.",
]
STREETS = {
    "en_GB": "Our new address is {s}, please update your records.",
    "en_US": "Deliver to {s} after 5pm.",
    "it_IT": "Il nuovo indirizzo è {s}, grazie.",
    "en_AU": "Please send the form to {s}.",
}


def _names(source, fake_cache: dict) -> list[str]:
    if isinstance(source, list):
        return source
    if source not in fake_cache:
        fake = Faker(source)
        fake.seed_instance(35001)
        fake_cache[source] = list(dict.fromkeys(fake.first_name() for _ in range(60)))
    return fake_cache[source]


def _fill(template: str, values: dict[str, list[str]], rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    text, gold, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", template):
        text += template[pos : m.start()]
        key = m.group(1)
        value = rng.choice(values[key])
        group = {"s": "street", "d": "dob"}.get(key, "name")
        gold.append((len(text), len(text) + len(value), group))
        text += value
        pos = m.end()
    return text + template[pos:], gold


def notes(n: int, seed: int) -> list[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(class, language, note, gold spans)."""
    rng = random.Random(seed)
    cache: dict = {}
    out = []
    for lang, (source, templates) in KIN.items():
        for _ in range(n):
            names = _names(source, cache)
            text, gold = _fill(rng.choice(templates), {"g": names}, rng)
            out.append(("kin", lang, text, gold))
    en = Faker("en_US")
    en.seed_instance(seed)
    for _ in range(n * 2):
        full = [f"{en.first_name()} {en.last_name()}" for _ in range(4)]
        text, gold = _fill(rng.choice(ROTA), {"n": full, "g": [en.first_name() for _ in range(4)]}, rng)
        out.append(("rota", "en", text, gold))
        text, gold = _fill(rng.choice(CAPS), {"F": [en.last_name().upper()], "g": [en.first_name()]}, rng)
        out.append(("caps", "en", text, gold))
        day = en.date_of_birth(minimum_age=30, maximum_age=90)
        d = [day.strftime("%d-%b-%Y"), day.strftime("%d %B %Y")]
        text, gold = _fill(rng.choice(DOB), {"n": full, "d": d}, rng)
        out.append(("dob", "en", text, gold))
    for loc, template in STREETS.items():
        fake = Faker(loc)
        fake.seed_instance(seed)
        for _ in range(n):
            text, gold = _fill(template, {"s": [fake.street_address()]}, rng)
            out.append(("street", loc, text, gold))
    return out


_GROUP = {"name": {"name", "first_name", "last_name"}, "street": {"street_address", "address"},
          "dob": {"date_of_birth"}}  # fmt: skip


def _covered(span: tuple[int, int], found: list[tuple[int, int]], text: str) -> bool:
    return all(any(a <= i < b for a, b in found) for i in range(span[0], span[1]) if text[i].isalnum())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=35001)
    parser.add_argument("--n", type=int, default=12)
    parser.add_argument("--show", action="store_true", help="print misses and false spans")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name", "street_address", "date_of_birth", "city"])
    data = notes(args.n, args.seed)
    found_all = det.find_spans([t for _, _, t, _ in data])
    score = defaultdict(lambda: [0, 0])
    false = 0
    for (cls, lang, text, gold), found in zip(data, found_all, strict=True):
        for a, b, group in gold:
            got = [(s.start, s.end) for s in found if s.entity in _GROUP[group]]
            ok = _covered((a, b), got, text)
            for key in (f"{cls}/{group}", f"{cls}/{lang}/{group}"):
                score[key][0] += ok
                score[key][1] += 1
            if not ok and args.show:
                print(f"MISS {cls} {lang} {text[a:b]!r} in {text!r}")
        for s in found:
            if s.entity in _GROUP["name"] and not any(s.start < b and a < s.end for a, b, _ in gold):
                false += 1
                if args.show:
                    print(f"FALSE {cls} {lang} {text[s.start : s.end]!r} in {text!r}")
    neg_false = 0
    for text, found in zip(NEGATIVE, det.find_spans(NEGATIVE), strict=True):
        for s in found:
            if s.entity in _GROUP["name"]:
                neg_false += 1
                if args.show:
                    print(f"NEG {text[s.start : s.end]!r} in {text!r}")
    for key in sorted(score):
        hit, total = score[key]
        print(f"{key:24s} {hit}/{total} = {hit / total:.3f}")
    print(f"false name spans in positive notes: {false}; in negative letters: {neg_false}")


if __name__ == "__main__":
    main()
