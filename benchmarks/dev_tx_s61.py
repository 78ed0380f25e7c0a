"""Helper TX, session 61: person names in held-out notes (name / first_name / last_name spans), missed and false.

``misses``: every name a note of a held-out table holds (the builder's truth) and the replaced note still shows,
with the original note; per locale counts. ``spans``: the spans a name reader function finds in the notes of a
set's tables that no truth value of the note covers (false spans), for the false-positive check.

Run: ``cd /work/main && PYTHONPATH=SRC:benchmarks .venv/bin/python benchmarks/dev_tx_s61.py misses --set 46
--locales en_US,fr_FR --seeds 46001`` (no ``--seeds``: the set's own seeds).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter

import pandas as pd

NAME_ENTITIES = ("name", "first_name", "last_name")


def _runner(number: int):
    return importlib.import_module(f"bench_pii_heldout{number}")


def _table(number: int, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{number}_shapes")
    return getattr(shapes, f"heldout{number}_table")(locale, seed)


def _seeds(number: int, locale: str) -> list[int]:
    language = importlib.import_module(f"heldout{number}_language")
    if hasattr(language, "seeds_for"):
        return list(language.seeds_for(locale))
    return list(language.SEEDS[:1])


def _replace(table) -> list[str]:
    import pii_heldout_scoring as shared

    result = shared.replace_pii(table.frame, shared.infer_schema(table.frame), shared.ReplacePiiParameters(), seed=0)
    out = []
    for v in result.data[table.notes_column].tolist():
        out.append("" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
    return out


def misses(number: int, locales: list[str], seeds: list[int] | None) -> dict:
    """Per locale: name spans caught / total by entity, and every miss with its original note."""
    runner = _runner(number)
    per: dict = {}
    for locale in locales:
        hit, total, rows = Counter(), Counter(), []
        for seed in seeds or _seeds(number, locale):
            table = _table(number, locale, seed)
            replaced = _replace(table)
            originals = table.frame[table.notes_column].tolist()
            for original, new, truth, form in zip(originals, replaced, table.notes, table.forms, strict=True):
                if not form:
                    continue
                for entity, value in truth:
                    if entity not in NAME_ENTITIES:
                        continue
                    ok = runner.caught(entity, value, new, locale)
                    hit[entity] += ok
                    total[entity] += 1
                    if not ok:
                        rows.append({"seed": seed, "entity": entity, "value": value, "note": str(original)})
        per[locale] = {"hit": dict(hit), "total": dict(total), "missed": rows}
        print(locale, dict(hit), dict(total), file=sys.stderr, flush=True)
    return per


def _readers():
    from safe_synthesizer.pii.text_name_any_case_slots import any_case_slot_spans
    from safe_synthesizer.pii.text_name_asides import aside_free_name_spans
    from safe_synthesizer.pii.text_name_caps_arguments import caps_argument_spans
    from safe_synthesizer.pii.text_name_class_prefixes import class_prefix_name_spans
    from safe_synthesizer.pii.text_name_lower_full_subjects import lower_full_subject_spans

    def marks(text: str) -> list:
        return [s for s in any_case_slot_spans(text) if s[0] and text[s[0] - 1] in "^~"]

    return {
        "asides": aside_free_name_spans,
        "caps_arguments": caps_argument_spans,
        "lower_full": lower_full_subject_spans,
        "class_prefix": class_prefix_name_spans,
        "caret_tilde_signoff": marks,
    }


def _truth_spans(text: str, truth) -> list[tuple[int, int, str]]:
    out = []
    for entity, value in truth:
        start = text.find(value)
        while value and start >= 0:
            out.append((start, start + len(value), entity))
            start = text.find(value, start + 1)
    return out


def false_spans(notes: list[tuple[str, list]], label: str) -> dict:
    """Spans of each reader (and the case echoes of the truth's own name spans) that cover no truth value."""
    from safe_synthesizer.pii.text_name_case_echoes import case_echo_spans
    from safe_synthesizer.pii.text_name_half_spans import half_span_names

    readers = _readers()
    found: dict = {k: [] for k in [*readers, "case_echoes", "half_spans"]}
    counts = Counter()
    for text, truth in notes:
        spans = _truth_spans(text, truth)
        names = [s for s in spans if s[2] in NAME_ENTITIES]
        outputs = {k: f(text) for k, f in readers.items()}
        outputs["case_echoes"] = case_echo_spans(text, names) if names else []
        # One-word names as a reader finds them alone (a family name, a given name): what the widening adds beyond.
        halves = [
            (a, b, "first_name" if e == "first_name" else "last_name") for a, b, e in names if " " not in text[a:b]
        ]
        outputs["half_spans"] = half_span_names(text, halves) if halves else []
        for k, out in outputs.items():
            for a, b, _ in out:
                counts[k] += 1
                if k == "half_spans":
                    # False when the widened span reaches a word no truth value covers.
                    inside = [(s, e) for s, e, _ in spans if s < b and a < e]
                    if not inside or min(s for s, _ in inside) > a or max(e for _, e in inside) < b:
                        found[k].append(f"{label}: {text[a:b]!r} in {text[:160]!r}")
                    continue
                if not any(s < b and a < e for s, e, _ in spans):
                    found[k].append(f"{label}: {text[a:b]!r} in {text[:160]!r}")
    return {"counts": dict(counts), "false": found}


def held_out_notes(number: int, locales: list[str], seed: int | None) -> list[tuple[str, list]]:
    out = []
    for locale in locales:
        for s in [seed] if seed else _seeds(number, locale)[:1]:
            table = _table(number, locale, s)
            texts = table.frame[table.notes_column].tolist()
            for text, truth in zip(texts, table.notes, strict=True):
                if isinstance(text, str) and text.strip():
                    out.append((text, truth))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["misses", "false"])
    ap.add_argument("--set", type=int, default=46)
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--out", default="")
    ap.add_argument("--sets", default="")
    ap.add_argument("--shared", action="store_true")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",") if s] or None
    if args.mode == "false":
        _false(args)
        return
    res = misses(args.set, args.locales.split(","), seeds)
    hit = sum(sum(v["hit"].values()) for v in res.values())
    total = sum(sum(v["total"].values()) for v in res.values())
    print(f"names caught {hit}/{total}", flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)


def _false(args) -> None:
    """``--set 33,34,...`` held-out notes of ``--locales`` (``all:K``: every K-th locale of the set), and
    ``--shared``: the clothing reviews of ``/work/shared/data``."""
    report: dict = {}
    for number in [int(x) for x in str(args.sets).split(",") if x]:
        language = importlib.import_module(f"heldout{number}_language")
        if args.locales.startswith("all:"):
            step = int(args.locales.split(":")[1])
            locales = list(dict.fromkeys([*language.LOCALES[:7], *language.LOCALES[::step]]))
        else:
            locales = [x for x in args.locales.split(",") if x in language.LOCALES]
        seed = int(args.seeds) if args.seeds else None
        res = false_spans(held_out_notes(number, locales, seed), f"set{number}")
        report[number] = res
        print(number, res["counts"], {k: len(v) for k, v in res["false"].items()}, flush=True)
    if args.shared:
        reviews = pd.read_csv("/work/shared/data/womens_clothing_reviews.csv")
        texts = [t for c in ("Title", "Review Text") if c in reviews for t in reviews[c].dropna().astype(str)]
        res = false_spans([(t, []) for t in texts], "reviews")
        report["reviews"] = res
        print("reviews", res["counts"], {k: len(v) for k, v in res["false"].items()}, flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
