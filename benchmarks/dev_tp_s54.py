"""Text phones and national ids of held-out notes that the rules up to session 53 keep (helper TP, session 54).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tp_s54.py --sets 39 --seeds 501-503 [--show] [--misses]

For every note of every locale of each set: the true phone numbers and national ids the pattern rules, the row's own
phones and the table-region rule of session 53 cover (BEFORE, no NER), and with session 54's rules added (AFTER:
:mod:`text_phone_local_numbers` with the table's phone cells, :mod:`text_id_dotted_cues`); the spans of the new
rules that touch no true value of the note are counted as false (``--show`` prints them). A set's seeds are taken
modulo its own number (``--seeds 501-503`` means 39501-39503 for set 39).
"""

from __future__ import annotations

import argparse
import importlib
import types
from collections import Counter

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import TextPiiDetector
from safe_synthesizer.pii.text_phone_table_region import table_phone_regions, table_region_phone_spans
from safe_synthesizer.pii.text_row_values import row_phones, row_value_spans

_WANTED = (E.PHONE_NUMBER, E.NATIONAL_ID)


def _labelled(labels: dict, entity: str) -> list[str]:
    out = []
    for col, lab in labels.items():
        labs = (lab,) if isinstance(lab, str) else (lab or ())
        if labs and labs[0] == entity:
            out.append(col)
    return out


def _new_spans(text: str, found: list[tuple[int, int]], local: object) -> list[tuple[int, int, str]]:
    from safe_synthesizer.pii.text_phone_local_numbers import local_phone_spans

    out = local_phone_spans(text, found, local)  # type: ignore[arg-type]
    try:
        from safe_synthesizer.pii.text_id_dotted_cues import dotted_cue_id_spans
    except ImportError:
        return out
    return out + dotted_cue_id_spans(text, [*found, *((a, b) for a, b, _ in out)])


def _covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
    at = text.find(value)
    if at < 0:
        return True  # not written as is: not scored here
    return any(a <= at + 1 and at + len(value) - 1 <= b for a, b in spans)


def main() -> None:
    from safe_synthesizer.pii.text_phone_local_numbers import local_phones_of

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="39")
    ap.add_argument("--seeds", default="501-503")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    a, _, b = args.seeds.partition("-")
    det = TextPiiDetector({E.PHONE_NUMBER, E.NATIONAL_ID, E.FAX_NUMBER, E.SSN}, region="US")
    hit: Counter[str] = Counter()
    before: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for n in (int(s) for s in args.sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)[:: args.every]
        for locale in locales:
            for seed in range(int(a), int(b or a) + 1):
                try:
                    t = build(locale, n * 1000 + seed, n=args.rows)
                except Exception:  # a set's builder may not cover every shape
                    continue
                cols = _labelled(t.labels, E.PHONE_NUMBER) + _labelled(t.labels, E.FAX_NUMBER)
                plans = [types.SimpleNamespace(column=c, entity=E.PHONE_NUMBER) for c in cols]
                phones = row_phones(t.frame, plans) if plans else None
                values = [v for c in cols for v in t.frame[c].tolist()]
                regions = table_phone_regions([v for v in values if isinstance(v, str)][:240]) if cols else ()
                local = local_phones_of(values, regions) if cols else None
                texts = [x if isinstance(x, str) else "" for x in t.frame[t.notes_column].tolist()]
                found_all = det.find_spans(texts)
                for i, (text, truth) in enumerate(zip(texts, t.notes, strict=True)):
                    if not text:
                        continue
                    spans = [(s.start, s.end) for s in found_all[i] if s.entity in (*_WANTED, E.FAX_NUMBER, E.SSN)]
                    if phones:
                        spans += [(s.start, s.end) for s in row_value_spans(text, None, None, phones[i])]
                    spans += [(x, y) for x, y, _ in table_region_phone_spans(text, spans, regions)]
                    old = list(spans)
                    new = _new_spans(text, spans, local)
                    spans += [(x, y) for x, y, _ in new]
                    for e, v in truth:
                        if e not in _WANTED:
                            continue
                        tot[e] += 1
                        ok = _covered(text, v, spans)
                        hit[e] += ok
                        before[e] += _covered(text, v, old)
                        if not ok and args.misses:
                            print(f"  MISS {locale}/{seed} {e} {v!r} in {text!r} regions={regions}", flush=True)
                    for x, y, e in new:
                        if not any((v and v in text[max(0, x - 2) : y + 2]) or text[x:y] in v for _, v in truth):
                            kinds[e] += 1
                            if args.show:
                                print(f"  FALSE {locale}/{seed} {e} {text[x:y]!r} in {text!r}", flush=True)
            print(f"{n}/{locale}: " + ", ".join(f"{e} {hit[e]}/{tot[e]}" for e in _WANTED), flush=True)
    print("BEFORE: " + ", ".join(f"{e} {before[e]}/{tot[e]} = {before[e] / max(tot[e], 1):.4f}" for e in _WANTED))
    print("AFTER: " + ", ".join(f"{e} {hit[e]}/{tot[e]} = {hit[e] / max(tot[e], 1):.4f}" for e in _WANTED))
    print(f"false new spans: {sum(kinds.values())} {dict(kinds)}")


if __name__ == "__main__":
    main()
