"""False name spans of session 50's text-name changes over the notes of sets 30-35 (helper TN, session 50).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s50_false.py [--seed 1] [--show 20]

Builds one table per locale of each set (its notes carry their truth) and runs, on every note, the rules this
session changed or added: ``signoff_name_spans`` (single dash, particles), ``signed_name_spans`` (short thanks,
a lone given name at the end), and on the spans of ``name_pair_spans`` the particle tails, the repeated given
names and the list-inversion cut (the spans it adds). Counts spans that touch no true person name (false) and
spans on a true name (hit). No NER runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

from safe_synthesizer.pii.text_name_list_inversion import without_list_inversions
from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_particle_tails import with_particle_tails
from safe_synthesizer.pii.text_name_repeated_given import repeated_given_spans
from safe_synthesizer.pii.text_name_signed import signed_name_spans
from safe_synthesizer.pii.text_name_signoff import signoff_name_spans


def _rules(text: str) -> dict[str, list[tuple[int, int, str]]]:
    pairs = name_pair_spans(text)
    tails = [s for s in with_particle_tails(text, pairs) if s not in pairs]
    cut = [s for s in without_list_inversions(text, pairs) if s not in pairs]
    return {
        "signoff": signoff_name_spans(text),
        "signed": signed_name_spans(text),
        "particle_tails": tails,
        "repeated_given": repeated_given_spans(text, pairs),
        "inversion_cut": cut,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--sets", default="30,31,32,33,34,35")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    shown = 0
    for n in (int(s) for s in args.sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in shapes.LOCALES:
            try:
                t = build(locale, 50000 + args.seed, n=40)
            except Exception as exc:  # a set's builder may not cover every shape at 40 rows
                counts["build_error"] += 1
                print("skip", n, locale, type(exc).__name__)
                continue
            for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                if not isinstance(text, str) or not text:
                    continue
                names = [v for e, v in truth if e in ("name", "first_name", "last_name")]
                for rule, found in _rules(text).items():
                    for a, b, _ in found:
                        span = text[a:b]
                        hit = any(span in v or v in span or set(span.split()) & set(v.split()) for v in names)
                        counts[f"{rule} {'hit' if hit else 'false'}"] += 1
                        if not hit and shown < args.show:
                            shown += 1
                            print(f"  FALSE set{n} {locale} {rule}: {span!r} in {text[max(0, a - 60) : b + 30]!r}")
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
