"""Development notes of the lead, session 34: my own genres and seeds, not a held-out set.

Twelve English note genres that no held-out set used (court listing, wedding RSVP, veterinary record,
dog-walking booking, rent-arrears letter, card chargeback dispute, cover letter, voicemail transcript,
police incident log, school-trip consent slip, chat export, lost-property log) and two local genres in
German, French, Spanish, Italian and Dutch (tenancy notice, doctor's referral), filled with Faker values of
the first seven locales. Scored on the text detector's spans:

    PYTHONPATH=src .venv/bin/python benchmarks/dev_lead_notes.py [--seed 20601] [--n 40] [--show]

A value counts as found when detected spans cover every letter and digit of it.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL"}
DATE_LAYOUT = {"en_US": "%m/%d/%Y", "en_GB": "%d/%m/%Y", "de_DE": "%d.%m.%Y", "fr_FR": "%d/%m/%Y",
               "es_ES": "%d/%m/%Y", "it_IT": "%d/%m/%Y", "nl_NL": "%d-%m-%Y"}  # fmt: skip

# ruff: noqa: E501  (note templates: one per line reads better than wrapped ones)
ENGLISH = {
    "court listing": "Case 24/{ref} {upper} v. Northfield Council. Defendant born {dob}, of {street}. Counsel: {name2}.",
    "wedding rsvp": "RSVP: {name} + guest will attend. Dietary: none. Reach us on {phone} or {email}.",
    "vet record": "Owner {name} (tel {phone}) brought Biscuit, 4 yrs. Owner address {street}. Vaccinated today.",
    "dog walking": "Booking #{ref}: walks Mon/Wed for {name}, key with neighbour {name2}, {street}. Pay to {iban}.",
    "rent arrears": "Dear {name}, your rent account for {street} is 2 months in arrears. Call {phone} today.",
    "chargeback": "Dispute opened by {name} (DOB {dob}) on card {card}; contact {email}, ref {ref}.",
    "cover letter": "I am {name}, born {dob}, and I apply for the role of clerk. My phone is {phone}; my email is {email}.",
    "voicemail": "Voicemail 09:14 - hi this is {lower} calling back about the boiler, my number is {phone}, thanks bye",
    "incident log": "INC-{ref}: caller {name} ({phone}) reports bike stolen outside {street}. ID seen: {id}.",
    "trip consent": "I, {name}, parent of Sam (born {dob}), consent to the trip. Emergency: {name2} {phone}.",
    "chat export": "[12/03, 18:22] {name}: my new address is {street}\n[12/03, 18:23] {name2}: noted, email {email}",
    "lost property": "Found: black wallet, card {card}, ID {id}. Owner {name} informed by phone {phone}.",
}
LOCAL = {
    "de": (
        "Kündigung: Hiermit kündige ich, {name}, geb. {dob}, die Wohnung {street} fristgerecht. Tel. {phone}.",
        "Überweisung für {name} (geboren am {dob}), wohnhaft {street}. Rückfragen: {phone} oder {email}.",
    ),
    "fr": (
        "Résiliation : je soussigné(e) {name}, né(e) le {dob}, résilie le bail du {street}. Tél. {phone}.",
        "Adressé au Dr {name2} pour {name}, né(e) le {dob}, domicilié(e) {street}. Contact : {phone}, {email}.",
    ),
    "es": (
        "Rescisión: yo, {name}, nacido el {dob}, rescindo el contrato de {street}. Teléfono {phone}.",
        "Derivación de {name} (fecha de nacimiento {dob}), domicilio {street}. Contacto: {phone} o {email}.",
    ),
    "it": (
        "Disdetta: io sottoscritto {name}, nato il {dob}, disdico il contratto di {street}. Tel. {phone}.",
        "Impegnativa per {name} (nato il {dob}), residente in {street}. Recapiti: {phone}, {email}.",
    ),
    "nl": (
        "Opzegging: hierbij zeg ik, {name}, geboren {dob}, de huur van {street} op. Tel. {phone}.",
        "Verwijzing voor {name} (geboren op {dob}), wonend {street}. Contact: {phone} of {email}.",
    ),
}
ENTITY = {"name": "name", "name2": "name", "upper": "name", "lower": "name", "phone": "phone_number",
          "email": "email", "street": "street_address", "dob": "date_of_birth", "iban": "iban",
          "card": "credit_debit_card", "id": "national_id"}  # fmt: skip


def _values(fake: Faker, locale: str, rng: random.Random) -> dict[str, str]:
    name = f"{fake.first_name()} {fake.last_name()}"
    national = fake.ssn() if locale in ("en_US", "en_GB", "nl_NL", "es_ES", "it_IT", "fr_FR") else ""
    return {
        "name": name, "name2": f"{fake.first_name()} {fake.last_name()}", "upper": name.upper(), "lower": name.lower(),
        "phone": fake.phone_number(), "email": fake.email(), "street": fake.street_address(),
        "dob": fake.date_of_birth(minimum_age=18, maximum_age=90).strftime(DATE_LAYOUT[locale]),
        "iban": fake.iban(), "card": fake.credit_card_number(), "id": national, "ref": str(rng.randint(1000, 99999)),
    }  # fmt: skip


def notes(locale: str, n: int, seed: int) -> list[tuple[str, str, list[tuple[str, str, int]]]]:
    """``n`` notes per genre: (genre, text, [(entity, value, start)])."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    genres = dict(ENGLISH)
    if not locale.startswith("en"):
        lang = locale[:2]
        genres = {f"{lang}: {i}": t for i, t in enumerate(LOCAL[lang])} | genres
    out = []
    for genre, template in genres.items():
        for _ in range(n):
            values = _values(fake, locale, rng)
            if "{id}" in template and not values["id"]:
                continue
            text, truth, rest = "", [], template
            while "{" in rest:
                head, _, tail = rest.partition("{")
                key, _, rest = tail.partition("}")
                text += head
                if key in ENTITY:
                    truth.append((ENTITY[key], values[key], len(text)))
                text += values[key]
            out.append((genre, text + rest, truth))
    return out


def _covered(start: int, value: str, spans: list[tuple[int, int]], text: str) -> bool:
    return all(any(a <= i < b for a, b in spans) for i in range(start, start + len(value)) if text[i].isalnum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20601)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    entities = sorted(set(ENTITY.values()) | {"first_name", "last_name", "address", "ssn"})
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for locale in args.locales.split(","):
        detector = load_text_detector(entities, region=REGION[locale])
        rows = notes(locale, args.n, args.seed)
        found = detector.find_spans([t for _, t, _ in rows])
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (genre, text, truth), spans in zip(rows, found, strict=True):
            ranges = [(s.start, s.end) for s in spans]
            for entity, value, start in truth:
                ok = _covered(start, value, ranges, text)
                for key in (entity, f"{genre} / {entity}"):
                    per[key][0] += ok
                    per[key][1] += 1
                total[entity][0] += ok
                total[entity][1] += 1
                if not ok and args.show:
                    print(f"  {locale} {genre} {entity}: {value!r} in {text!r}")
        worst = sorted((c / n, k, c, n) for k, (c, n) in per.items() if "/" in k and c < n)[:6]
        line = " ".join(f"{k}={c}/{n}" for k, (c, n) in sorted(per.items()) if "/" not in k)
        print(f"{locale}: {line}")
        for _, k, c, n in worst:
            print(f"    {k}: {c}/{n}")
    print("all:", " ".join(f"{k}={c}/{n} ({c / n:.3f})" for k, (c, n) in sorted(total.items())))


if __name__ == "__main__":
    main()
