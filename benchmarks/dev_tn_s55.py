"""Names in notes' frames: sign-offs, time-stamped chat speakers, message heads (helper TN, session 55).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s55.py false --sets 31,...,40 --seeds 501-501
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s55.py reviews
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s55.py recall --set 40 --seeds 40501-40503

The rules measured are the two frame readings ``cued_name_spans`` calls side by side: the sign-off
(:func:`text_name_signoff.signoff_frame_spans`; it left ``note_frame_name_spans`` after session 55) and the chat and
message-head frames (:func:`text_name_note_frames.note_frame_name_spans`); ``false`` and ``reviews`` count each
apart (``signoff`` / ``chat+head``) and together.

``false``: spans of the new rules that touch no true name in the notes of the given sets and seeds (a set's seeds
modulo its number), as written and lower-cased; ``--show N`` prints some. ``reviews``: spans on the review texts
of ``../shared/data/womens_clothing_reviews.csv`` (no people named there). ``recall``: true names of the notes
(every locale of a set, the given seeds) covered by the text detector's spans before and after the wiring
(monkeypatched into ``cued_name_spans`` as the request asks), by where the name stands (frame or sentence); the
table's own people are not used (the rules are text-only).
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_note_frames import note_frame_name_spans
from safe_synthesizer.pii.text_name_signoff import signoff_frame_spans

_NAMES = ("name", "first_name", "last_name")
# The frame readings measured, by the name their counts carry (both run in ``cued_name_spans``).
_RULES = (("signoff", signoff_frame_spans), ("chat+head", note_frame_name_spans))


def frame_spans(text: str) -> list[tuple[int, int, str]]:
    """The spans of both frame readings, as ``cued_name_spans`` adds them."""
    return signoff_frame_spans(text) + note_frame_name_spans(text)


def _covers(spans: list[tuple[int, int, str]], text: str, value: str) -> bool:
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text)]
    return bool(at) and all(any(a <= s and s + len(value) <= b for a, b, _ in spans) for s in at)


def _touches(span: str, names: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or v.lower() in span.lower() or words & set(v.lower().split()) for v in names)


def _frame(value: str, note: str) -> str:
    """Where ``value`` stands in ``note``: its sign-off, a chat stamp, a message head or a sentence."""
    i = note.rfind(value)
    tail = note[i + len(value) :]
    if i > len(note) * 0.4 and re.fullmatch(r"\s*(?:[A-Z]\.|[A-Z]+)?\s*(?:x{1,3})?\s*\)?\.?\s*", tail):
        return "sign-off"
    if re.search(r"\[\d\d?:\d\d\]\s*$", note[:i]):
        return "chat"
    if re.match(r"(?i:sms|txt|vm|text|msg)\b", note) and i < 40:
        return "head"
    return "sentence"


def _tables(n: int, seeds: str, locales: str = ""):
    shapes = importlib.import_module(f"heldout{n}_shapes")
    build = getattr(shapes, f"heldout{n}_table")
    a, _, b = seeds.partition("-")
    for locale in locales.split(",") if locales else shapes.LOCALES:
        for seed in range(int(a), int(b or a) + 1):
            try:
                yield locale, build(locale, seed, n=0)
            except Exception:  # a set's builder may not cover every shape
                continue


def _notes(n: int, seeds: str, locales: str = "") -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(locale, note, truth) of every note of set ``n``'s tables, cached in /tmp (building tables is slow)."""
    path = Path(f"/tmp/tn_s55_notes_{n}_{seeds}_{locales or 'all'}.pkl")
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = [
        (locale, text, list(truth))
        for locale, t in _tables(n, seeds, locales)
        for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True)
        if isinstance(text, str) and text
    ]
    path.write_bytes(pickle.dumps(out))
    return out


def false(sets: str, seeds: str, show: int) -> None:
    a, _, b = seeds.partition("-")
    counts: Counter[str] = Counter()
    shown = 0
    for n in (int(s) for s in sets.split(",")):
        span = f"{n * 1000 + int(a)}-{n * 1000 + int(b or a)}"
        for locale, text, truth in _notes(n, span):
            if True:
                names = [v for e, v in truth if e in _NAMES]
                counts["notes"] += 1
                for variant, body in (("as written", text), ("lower-cased", text.lower())):
                    for rule, spans in _RULES:
                        for s, e, _ in spans(body):
                            hit = _touches(body[s:e], names)
                            counts[f"{variant} {'hit' if hit else 'FALSE'}"] += 1
                            counts[f"{variant} {rule} {'hit' if hit else 'FALSE'}"] += 1
                            if not hit and shown < show:
                                shown += 1
                                where = body[max(0, s - 60) : e + 30]
                                print(f"  FALSE set{n} {locale} {variant} {rule}: {body[s:e]!r} in {where!r}")
        print(n, dict(counts), flush=True)


def reviews(show: int) -> None:
    df = pd.read_csv("../shared/data/womens_clothing_reviews.csv")
    counts: Counter[str] = Counter()
    for col in ("Title", "Review Text"):
        for text in df[col].dropna().astype(str):
            counts["texts"] += 1
            for variant, body in (("as written", text), ("lower-cased", text.lower())):
                for rule, spans in _RULES:
                    for s, e, _ in spans(body):
                        counts[variant] += 1
                        counts[f"{variant} {rule}"] += 1
                        if counts[variant] <= show:
                            print(f"  {variant} {rule}: {body[s:e]!r} in {body[max(0, s - 60) : e + 30]!r}")
    print(dict(counts))


def _wire(on: bool) -> None:
    """Both frame readings in ``cued_name_spans`` as the wiring adds them (``on``), or taken out."""
    from safe_synthesizer.pii import text_cued_names, text_name_pairs

    if not hasattr(_wire, "saved"):
        _wire.saved = text_name_pairs.cued_name_spans  # type: ignore[attr-defined]
    cued = _wire.saved  # type: ignore[attr-defined]
    if hasattr(text_cued_names, "note_frame_name_spans"):  # wired by the lead: switch both off for "before"
        text_cued_names.note_frame_name_spans = note_frame_name_spans if on else (lambda text: [])
        text_cued_names.signoff_frame_spans = signoff_frame_spans if on else (lambda text: [])
        return
    if not on:
        text_name_pairs.cued_name_spans = cued
        return

    def wired(text: str) -> list[tuple[int, int, str]]:
        return cued(text) + frame_spans(text)

    text_name_pairs.cued_name_spans = wired


def recall(n: int, seeds: str, locales: str, show: int) -> None:
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector([E.NAME, E.FIRST_NAME, E.LAST_NAME, E.PHONE_NUMBER, E.EMAIL])
    notes, truths = [], []
    for _, text, truth in _notes(n, seeds, locales):
        notes.append(text)
        truths.append([(e, v) for e, v in truth if e in _NAMES])
    counts: Counter[str] = Counter()
    shown = 0
    found = {}
    for label, on in (("before", False), ("after", True)):
        _wire(on)
        found[label] = det.find_spans(notes)
    _wire(False)
    for k, (text, truth) in enumerate(zip(notes, truths, strict=True)):
        for _, value in truth:
            if value not in text:
                continue
            where = _frame(value, text)
            counts[f"{where} total"] += 1
            for label, spans in found.items():
                ok = all(_covers([(s.start, s.end, s.entity) for s in spans[k]], text, w) for w in value.split())
                counts[f"{where} {label}"] += ok
                if label == "after" and not ok and where != "sentence" and shown < show:
                    shown += 1
                    print(f"  MISS {where} {value!r} in {text[-100:]!r}")
        names = [v for _, v in truth]
        for label, spans in found.items():
            counts[f"false spans {label}"] += sum(
                1 for s in spans[k] if s.entity in _NAMES and not _touches(text[s.start : s.end], names)
            )
    for key, v in sorted(counts.items()):
        print(key, v)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("false", "reviews", "recall"))
    ap.add_argument("--set", type=int, default=40)
    ap.add_argument("--locales", default="")
    ap.add_argument("--sets", default="31,32,33,34,35,36,37,38,39,40")
    ap.add_argument("--seeds", default="501-501")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.mode == "recall":
        recall(args.set, args.seeds, args.locales, args.show)
    elif args.mode == "false":
        false(args.sets, args.seeds, args.show)
    else:
        reviews(args.show)


if __name__ == "__main__":
    main()
