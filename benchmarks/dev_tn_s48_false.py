"""False name spans of session 48's new text-name rules over the notes of sets 30-33 (helper TN, session 48).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s48_false.py [--seed 1] [--show 20]

Builds one table per locale of each set (its notes carry their truth), runs ``signed_name_spans``,
``verb_subject_spans``, ``role_unlisted_spans`` and ``foreign_script_name_spans`` on every note and counts spans
that touch no true person name (false) and spans on a true name (hit).
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

from safe_synthesizer.pii.text_name_foreign_script import foreign_script_name_spans
from safe_synthesizer.pii.text_name_role_unlisted import role_unlisted_spans
from safe_synthesizer.pii.text_name_signed import signed_name_spans
from safe_synthesizer.pii.text_name_verb_subject import verb_subject_spans

RULES = {
    "signed": signed_name_spans,
    "verb_subject": verb_subject_spans,
    "role_unlisted": role_unlisted_spans,
    "foreign_script": foreign_script_name_spans,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    shown = 0
    for n in (30, 31, 32, 33):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in shapes.LOCALES:
            try:
                t = build(locale, 48000 + args.seed, n=40)
            except Exception as exc:  # a set's builder may not cover every shape at 40 rows
                counts["build_error"] += 1
                print("skip", n, locale, type(exc).__name__)
                continue
            for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                if not isinstance(text, str) or not text:
                    continue
                names = [v for e, v in truth if e in ("name", "first_name", "last_name")]
                for rule, fn in RULES.items():
                    for a, b, _ in fn(text):
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
