"""Development notes for lone given names a cue marks (helper TX, session 44): set 29's tables at OTHER seeds and my
own templates (not a held-out set), before and after :mod:`text_name_given_cues`.

Two measures of name recall in free text (a gold name counts when spans of any entity cover all its letters):

1. ``heldout29_shapes.heldout29_table(locale, seed)`` at seeds 29501+ (set 29 used 29001-29006): its notes with
   their truth, in the first 7 and other locales;
2. my own notes in en de fr es it nl (kids' lists, bracketed relations, role nouns, "prefers to be called", a
   subject before a verb of contact, a signature after ``//``), filled with Faker given names of the locale, and
   negative notes whose capitalised words are no person (every name span there is false).

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tx_notes.py [--after] [--seeds 29501-29504] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))

NAMES = {"name", "first_name", "last_name"}
LOCALES29 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_AU", "de_AT", "es_MX", "pt_BR",
             "sv_SE", "pl_PL", "en_IE", "fr_BE")  # fmt: skip
OWN = {
    "en_GB": [
        "Grandchildren: {g} and {g}. Birthday cards in May.",
        "Kids {g}, {g} & {g} - all allergic to nuts",
        "Lift home arranged with {g} (her daughter), 07 May.",
        "Please phone {g} (neighbour) if no answer.",
        "Nurse {g} visited, dressing changed.",
        "Escort {g} will meet the coach at the pier.",
        "Likes to be called {g}, not by her full name.",
        "{g} rang twice about the refund.\n// {g}",
        "Account on hold. {g} promised to pay by the 30th.",
        "Passenger {g} (age 9) travels alone.",
    ],
    "de_DE": [
        "Kinder: {g} und {g}. Geburtstag im Juli.",
        "Rückruf an {g} (Tochter) wegen Termin.",
        "Betreuerin {g} holt die Medikamente ab.",
        "{g} ruft morgen zurück wegen Rechnung 4471.",
        "Möchte {g} genannt werden.",
        "Enkel {g} und {g} kommen mit.",
        "Schlüssel bei {g} (Nachbarin) -- {g}",
    ],
    "fr_FR": [
        "Enfants : {g} et {g}.",
        "Appeler {g} (voisine) si absent.",
        "Se fait appeler {g} à l'accueil.",
        "{g} rappellera demain pour la facture.",
        "Aidante {g} passe le mardi.",
        "Petits-enfants {g}, {g} et {g}",
    ],
    "es_ES": [
        "Hijos: {g} y {g}.",
        "Recoge {g} (hija) los viernes.",
        "Prefiere que le llamen {g}.",
        "{g} llamará mañana por la factura.",
        "Cuidadora {g} viene los lunes.",
        "Nietos {g} y {g}, sin alergias",
    ],
    "it_IT": [
        "Figli: {g} e {g}.",
        "Ritira {g} (badante) il giovedì.",
        "Si fa chiamare {g}.",
        "{g} richiamerà per la fattura.",
        "Nipoti {g}, {g} e {g}.",
    ],
    "nl_NL": [
        "Kinderen: {g} en {g}.",
        "Bel {g} (buurvrouw) bij geen gehoor.",
        "Roepnaam {g}.",
        "{g} belt terug over factuur 3381.",
        "Kleinkinderen {g} en {g} komen mee.",
    ],
}
NEGATIVE = [
    "Kids: Menu B and dessert.",
    "Children: None.",
    "Customer Service (team) will reply.",
    "Met at the May fair.",
    "Holiday in Florence (family) booked.",
    "Victoria line strike - late.",
    "Will called back at noon.",
    "Hope says it all. Great dress!",
    "Contact Sales (via email).",
    "Driver Side mirror broken.",
    "Known as the best cafe in town.",
    "Goes by Bus 42.",
    "-- Monday",
    "Sons: 2, Daughters: 1",
    "Nurse Practitioner review due.",
    "Grace period ends Friday.",
    "Child Benefit (family) claimed.",
    "Great fit, true to size. Summer says this is her favourite.",
    "Amazon says delivered. // TODO",
    "Patient Portal (family) access granted.",
    "Parents Evening on Thursday.",
]


def _own_notes(locale: str, seed: int) -> list[tuple[str, list[tuple[int, int]]]]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    out = []
    for template in OWN[locale]:
        text, gold, pos = "", [], 0
        for m in re.finditer(r"\{g\}", template):
            text += template[pos : m.start()]
            name = fake.first_name().split()[0]
            gold.append((len(text), len(text) + len(name)))
            text += name
            pos = m.end()
        out.append((text + template[pos:], gold))
    return out


def _covered(span: tuple[int, int], found: list[tuple[int, int]], text: str) -> bool:
    return all(any(a <= i < b for a, b in found) for i in range(*span) if text[i].isalpha())


def _set29(det_of, locales, seeds, show: bool) -> dict:
    import heldout29_shapes as set29

    out = defaultdict(lambda: [0, 0])
    for locale in locales:
        det = det_of(locale)
        for seed in seeds:
            t = set29.heldout29_table(locale, seed)
            if t.notes_column is None:
                continue
            texts = [str(x) for x in t.frame[t.notes_column]]
            rows = [(i, x) for i, x in enumerate(texts) if t.notes[i]]
            spans = det.find_spans([x for _, x in rows])
            for (i, text), found in zip(rows, spans, strict=True):
                found = [(s.start, s.end) for s in found]
                for entity, value in t.notes[i]:
                    if entity != "name" or value not in text:
                        continue
                    a = text.index(value)
                    ok = _covered((a, a + len(value)), found, text)
                    key = (locale, t.forms[i])
                    out[key][0] += ok
                    out[key][1] += 1
                    if show and not ok:
                        print(f"MISS29 {locale} {seed} {value!r} in {text!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--after", action="store_true", help="add text_name_given_cues to the name rules")
    parser.add_argument("--seeds", default="29501-29504")
    parser.add_argument("--locales", default=",".join(LOCALES29))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    import safe_synthesizer.pii.text_detector as td

    if args.after:
        from safe_synthesizer.pii.text_name_given_cues import given_cue_spans

        base = td.name_pair_spans
        td.name_pair_spans = lambda text: base(text) + given_cue_spans(text)
    dets = {}

    def det_of(locale: str):
        region = locale.split("_")[1]
        if region not in dets:
            dets[region] = td.load_text_detector(["name", "first_name", "last_name", "phone_number"], region=region)
        return dets[region]

    lo, hi = (int(x) for x in args.seeds.split("-"))
    res = _set29(det_of, args.locales.split(","), range(lo, hi + 1), args.show)
    by_form = defaultdict(lambda: [0, 0])
    for (_locale, form), (hit, n) in res.items():
        by_form[form][0] += hit
        by_form[form][1] += n
    hit, n = sum(v[0] for v in res.values()), sum(v[1] for v in res.values())
    print(f"set29 tables seeds {args.seeds}: name recall {hit}/{n} = {hit / max(n, 1):.3f}")
    for form, (h, m) in sorted(by_form.items()):
        print(f"  {form:22} {h}/{m} = {h / max(m, 1):.3f}")
    hit = n = 0
    for locale in OWN:
        notes = [x for seed in range(lo, hi + 1) for x in _own_notes(locale, seed)]
        spans = det_of(locale).find_spans([t for t, _ in notes])
        for (text, gold), found in zip(notes, spans, strict=True):
            found = [(s.start, s.end) for s in found if s.entity in NAMES]
            for g in gold:
                ok = _covered(g, found, text)
                hit, n = hit + ok, n + 1
                if args.show and not ok:
                    print(f"MISS {locale} {text[g[0] : g[1]]!r} in {text!r}")
    print(f"own notes: name recall {hit}/{n} = {hit / max(n, 1):.3f}")
    false = 0
    for text, found in zip(NEGATIVE, det_of("en_GB").find_spans(NEGATIVE), strict=True):
        for s in found:
            if s.entity in NAMES:
                false += 1
                if args.show:
                    print(f"FALSE {text[s.start : s.end]!r} in {text!r}")
    print(f"negative notes: {false} false name spans in {len(NEGATIVE)} notes")


if __name__ == "__main__":
    main()
