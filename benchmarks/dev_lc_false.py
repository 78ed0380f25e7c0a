"""Dev (helper LC, session 51): false spans of the lower-case cue rules (offices, alias phrases, deposits).

Runs :func:`lower_office_spans`, :func:`lower_alias_spans` and :func:`lower_deposit_spans` on

- the notes of held-out sets 30-36 (one table per locale, seed 50000 + ``--seed``, 40 rows), as written and
  all in lower case (streets, towns and firms lose their capitals): a span that shares no word with a true person
  name of its note is false;
- the women's clothing reviews of the shared data (English prose with no people of the table): every span counts;
- cue stress text: each cue phrase of the rules followed by three random words of Faker's word list of its
  language (lorem ``word_list`` of de/fr/es/it/nl/pl/da/en), ``--pairs`` per cue: every span counts.

No NER runs; the counts are what the rules alone would add.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_false.py [--sets 30,31,32,33,34,35,36] [--show 20]
"""

from __future__ import annotations

import argparse
import importlib
import random
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_lower_alias import lower_alias_spans
from safe_synthesizer.pii.text_name_lower_deposit import lower_deposit_spans
from safe_synthesizer.pii.text_name_lower_offices import lower_office_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RULES = {"office": lower_office_spans, "alias": lower_alias_spans, "deposit": lower_deposit_spans}
# Cue phrases per language for the stress text.
STRESS = {
    "en_US": ("Chair", "winner", "Treasurer:", "occupant", "ran as", "known as", "entered as", "aka", "registered as"),
    "de_DE": ("Paket bei", "abgegeben bei", "Vorsitzende", "Schlüssel liegt bei", "angemeldet als"),
    "fr_FR": ("Colis déposé chez", "laissé chez", "Présidente", "déposé chez", "trésorier"),
    "es_ES": ("Paquete dejado con", "entregado con", "presidente", "dejado con"),
    "it_IT": ("Pacco lasciato da", "lasciato da", "consegnato da", "presidente"),
    "nl_NL": ("Pakket afgegeven bij", "afgegeven bij", "voorzitter", "achtergelaten bij"),
    "pl_PL": ("przewodniczący", "zostawiona u"),
    "da_DK": ("pakken afleveret hos", "formand"),
}


def _rules(text: str) -> dict[str, list[tuple[int, int, str]]]:
    return {name: rule(text) for name, rule in RULES.items()}


def _sets(args: argparse.Namespace, counts: Counter[str], shown: list[int]) -> None:
    for n in (int(s) for s in args.sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in shapes.LOCALES:
            try:
                t = build(locale, 50000 + args.seed, n=40)
            except Exception:  # a set's builder may not cover every shape at 40 rows
                counts["build_error"] += 1
                continue
            for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                if not isinstance(text, str) or not text:
                    continue
                names = [v.lower() for e, v in truth if e in ("name", "first_name", "last_name")]
                words = {w for v in names for w in v.split()}
                for kind, note in (("sets", text), ("sets-lowered", text.lower())):
                    for rule, found in _rules(note).items():
                        for a, b, _ in found:
                            span = note[a:b].lower()
                            hit = bool(set(span.split()) & words)
                            counts[f"{kind} {rule} {'hit' if hit else 'false'}"] += 1
                            if not hit and shown[0] < args.show:
                                shown[0] += 1
                                print(
                                    f"  FALSE {kind} {n} {locale} {rule}: {note[a:b]!r} in {note[max(0, a - 60) : b + 30]!r}"  # noqa: E501
                                )


def _reviews(args: argparse.Namespace, counts: Counter[str]) -> None:
    reviews = pd.read_csv(DATA / "womens_clothing_reviews.csv")
    texts = [t for col in ("Title", "Review Text") for t in reviews[col].dropna().astype(str).tolist()]
    counts["reviews texts"] = len(texts)
    for text in texts:
        for rule, found in _rules(text).items():
            for a, b, _ in found:
                counts[f"reviews {rule} false"] += 1
                print(f"  REVIEW {rule}: {text[a:b]!r} in {text[max(0, a - 60) : b + 30]!r}")
    # the same reviews all in lower case (chat style): every span still counts as false
    for text in texts:
        for rule, found in _rules(text.lower()).items():
            counts[f"reviews lowercased {rule} false"] += len(found)
            for a, b, _ in found:
                print(f"  REVIEW-LOWER {rule}: {text.lower()[a:b]!r} in {text.lower()[max(0, a - 60) : b + 30]!r}")


def _stress(args: argparse.Namespace, counts: Counter[str]) -> None:
    rng = random.Random(args.seed)
    for locale, cues in STRESS.items():
        module = importlib.import_module(f"faker.providers.lorem.{locale}")
        words = [w.lower() for w in module.Provider.word_list]
        for cue in cues:
            for _ in range(args.pairs):
                a, b, c = rng.sample(words, 3)
                text = f"{cue} {a} {b} {c}."
                counts[f"stress {locale} texts"] += 1
                for rule, found in _rules(text).items():
                    for a, b, _ in found:
                        counts[f"stress {rule} false"] += 1
                        print(f"  STRESS {locale} {rule}: {text!r} -> {text[a:b]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--pairs", type=int, default=400)
    ap.add_argument("--sets", default="30,31,32,33,34,35,36")
    ap.add_argument("--parts", default="sets,reviews,stress")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    shown = [0]
    parts = args.parts.split(",")
    if "stress" in parts:
        _stress(args, counts)
    if "reviews" in parts:
        _reviews(args, counts)
    if "sets" in parts:
        _sets(args, counts, shown)
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
