"""Development notes for names and birth dates in free text (helper TN, session 38): my own templates.

Tenancy references, school-trip consent forms, church banns, vet visit notes, courier chats, hospital
discharge letters and job applications, in the first 7 locales and 11 others. Name forms:

- ``b``: a given name alone as the subject in brackets or after a role noun (``pupil Ffion (Year 5)``);
- ``i``: an initial and a surname after a greeting, "I," or "undersigned" (``Dear K. Varga``);
- ``v``: ``Surname, Given`` after a verb phrase (``handed to Tamm, Liis``);
- ``c``: a full name in capitals;
- ``d``: a birth date with the month written in the locale's language after its birth word.

Negative notes: the same genres with ordinary capitalised words, brands and dates that are no birth date.
Seeds 38xxx (tune on 38001, check on 38002+).

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tn2_forms.py [--seed 38001] [--n 3] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from faker import Faker

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHERS = ("cy_GB", "hu_HU", "et_EE", "is_IS", "sl_SI", "lv_LV", "lt_LT", "de_CH", "it_CH", "fr_CH", "de_LU")
LOCALES = FIRST7 + OTHERS

# Welsh names (Faker has no cy_GB person provider): written for this generator.
_CY_GIVEN = "Carys Dafydd Eleri Gethin Heledd Iestyn Llinos Macsen Nia Osian Rhiannon Sioned Tegid Mererid".split()  # noqa: SIM905
_CY_LAST = "Puw Prys Gruffudd Llwyd Parri Tudur Rhydderch Bowen Watcyn Powys Rees Meredudd".split()  # noqa: SIM905

# Birth word + month names per language: (birth phrase, months January..December, layout)
# layout: "dmy" day month year, "ymd" year month day; {d} {m} {y}.
_DOB = {
    "en": ("date of birth", "January February March April May June July August September October November December",
           "{d} {m} {y}"),
    "de": ("geboren am", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "{d}. {m} {y}"),
    "fr": ("né(e) le", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "{d} {m} {y}"),
    "es": ("fecha de nacimiento", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
           "diciembre", "{d} de {m} de {y}"),
    "it": ("nato/a il", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
           "dicembre", "{d} {m} {y}"),
    "nl": ("geboren op", "januari februari maart april mei juni juli augustus september oktober november december",
           "{d} {m} {y}"),
    "cy": ("ganwyd", "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
           "{d} {m} {y}"),
    "hu": ("született", "január február március április május június július augusztus szeptember október "
           "november december", "{y}. {m} {d}."),
    "et": ("sünniaeg", "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november "
           "detsember", "{d}. {m} {y}"),
    "is": ("fæðingardagur", "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
           "{d}. {m} {y}"),
    "sl": ("rojen(a)", "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra "
           "decembra", "{d}. {m} {y}"),
    "lv": ("dzimšanas datums", "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī "
           "novembrī decembrī", "{y}. gada {d}. {m}"),
    "lt": ("gimimo data", "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
           "lapkričio gruodžio", "{y} m. {m} {d} d."),
    "lb": ("gebuer den", "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember",
           "{d}. {m} {y}"),
}  # fmt: skip
_LANG = {
    "en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl",
    "cy_GB": "cy", "hu_HU": "hu", "et_EE": "et", "is_IS": "is", "sl_SI": "sl", "lv_LV": "lv", "lt_LT": "lt",
    "de_CH": "de", "it_CH": "it", "fr_CH": "fr", "de_LU": "lb",
}  # fmt: skip

GENRES = {
    "tenancy_reference": [
        "Tenancy reference: {v} rented flat 3 from us for four years, rent always on time.",
        "Reference request. Dear {i}, we write about the tenancy at Old Mill Court ({d}).",
        "LANDLORD REFERENCE FOR {c}. Deposit returned in full, no damage recorded.",
    ],
    "trip_consent": [
        "Trip consent slip: pupil {b} (Year 5) may travel by coach to the Science Museum.",
        "I, {i}, give permission for the zoo visit on Friday. Packed lunch: yes.",
        "Consent form returned by {v}; allergy card attached, inhaler in bag.",
    ],
    "church_banns": [
        "Banns of marriage: {c} of this parish and a bachelor of St Anne's, first time of asking.",
        "Parish office: banns read for {i}; certificate to be collected after Evensong.",
        "Baptism preparation: candidate {b} (infant), godparents to attend on Sunday.",
    ],
    "vet_visit": [
        "Vet visit: Labrador Biscuit brought in by owner {b} (teenager), booster given.",
        "Owner {v} called back about the Whiskas diet sheet; cat eating again.",
        "Dear {i}, Pepper is due her rabies booster next month.",
    ],
    "courier_chat": [
        "Courier: left the Amazon parcel with neighbour ({b} signed on the tablet).",
        "[10:42] driver: handed to {v} at the side gate, photo taken.",
        "RETURN TO DEPOT - recipient {c} not at home, card left.",
    ],
    "discharge_letter": [
        "Discharge summary. Patient {i}, {d}, admitted with chest pain, troponin normal.",
        "Ward 7 discharge: {v} discharged home with Ramipril, GP to review in two weeks.",
        "Paediatric ward: patient {b} (age 6) discharged with Calpol as needed.",
    ],
    "job_application": [
        "Application for the Warehouse Supervisor post. Undersigned {i}, {d}, available from June.",
        "Shortlist: {v} (forklift licence), interview Tuesday at Tesco Park Royal.",
        "CANDIDATE {c} - references received, Excel test 34/40.",
    ],
}
NEGATIVE = [
    "Trip consent slip: pupils (Year 5) travel by coach to the Science Museum on 12 March 2025.",
    "Vet visit: Labrador brought in (Biscuit wagged all the way), booster given; next visit 3 June 2026.",
    "Courier: left the Amazon parcel with reception (Security signed on the tablet).",
    "Discharge summary. Patient (Ward 7) admitted with chest pain; Ramipril, GP to review.",
    "Banns of marriage: couple of this parish (Victoria Road), first time of asking on 14 September 2025.",
    "Shortlist: Warehouse Supervisor post (Forklift licence), interview Tuesday at Tesco Park Royal.",
    "Dear Customer, your Whiskas order ships on 5 October 2025.",
    "Consent form returned by Reception; allergy card attached, Ventolin inhaler in bag.",
    "Agorwyd y siop ar 12 Mawrth 2020 yn Aberystwyth.",
    "A busz 2025. március 12. indul Szegedről.",
    "Koosolek toimub 2. detsember 2025 Tartus.",
    "Sanāksme notiks 2025. gada 7. novembrī Rīgā.",
]


class _People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}

    def pick(self, locale: str) -> tuple[str, str]:
        if locale == "cy_GB":
            return self.rng.choice(_CY_GIVEN), self.rng.choice(_CY_LAST)
        if locale not in self.fakers:
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(self.rng.randrange(10**6))
        f = self.fakers[locale]
        return f.first_name(), f.last_name()


def _dob(locale: str, rng: random.Random) -> tuple[str, int, int]:
    """(birth phrase + date, start of the date in it, end)."""
    cue, months, layout = _DOB[_LANG[locale]]
    month = months.split()[rng.randrange(12)]
    date = layout.format(d=rng.randint(1, 28), m=month, y=rng.randint(1940, 2005))
    text = f"{cue} {date}"
    return text, len(cue) + 1, len(text)


def _form(kind: str, given: str, last: str) -> str:
    if kind == "b":
        return given
    if kind == "i":
        return f"{given[0]}. {last}"
    if kind == "v":
        return f"{last}, {given}"
    return f"{given} {last}".upper()  # "c"


def notes(n: int, seed: int) -> list[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(genre, locale, note, gold spans with their form letter)."""
    rng = random.Random(seed)
    people = _People(rng)
    out = []
    for locale in LOCALES:
        for genre, templates in GENRES.items():
            for _ in range(n):
                template = rng.choice(templates)
                text, gold, pos = "", [], 0
                for m in re.finditer(r"\{(\w)\}", template):
                    text += template[pos : m.start()]
                    kind = m.group(1)
                    if kind == "d":
                        value, a, b = _dob(locale, rng)
                        gold.append((len(text) + a, len(text) + b, kind))
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
    parser.add_argument("--seed", type=int, default=38001)
    parser.add_argument("--n", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print misses and false spans")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name", "street_address", "city", "date_of_birth"])
    data = notes(args.n, args.seed)
    found_all = det.find_spans([t for _, _, t, _ in data])
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false = 0
    for (genre, locale, text, gold), found in zip(data, found_all, strict=True):
        for a, b, kind in gold:
            wanted = {"date_of_birth"} if kind == "d" else _NAMES
            got = [(s.start, s.end) for s in found if s.entity in wanted]
            ok = _covered(a, b, got, text)
            group = "first7" if locale in FIRST7 else "other"
            for key in (f"genre/{genre}", f"locale/{locale}", f"group/{group}", f"form/{kind}", "all"):
                score[key][0] += ok
                score[key][1] += 1
            if not ok and args.show:
                print(f"MISS {kind} {locale} {text[a:b]!r} in {text!r}")
        for s in found:
            if s.entity in _NAMES | {"date_of_birth"} and not any(s.start < b and a < s.end for a, b, _ in gold):
                false += 1
                if args.show:
                    print(f"FALSE {locale} {s.entity} {text[s.start : s.end]!r} in {text!r}")
    neg_false = 0
    for text, found in zip(NEGATIVE, det.find_spans(NEGATIVE), strict=True):
        for s in found:
            if s.entity in _NAMES | {"date_of_birth"}:
                neg_false += 1
                if args.show:
                    print(f"NEG {s.entity} {text[s.start : s.end]!r} in {text!r}")
    for key in sorted(score):
        hit, total = score[key]
        print(f"{key:28s} {hit}/{total} = {hit / total:.3f}")
    print(f"false name/dob spans in positive notes: {false}; in negative notes: {neg_false}")


if __name__ == "__main__":
    main()
