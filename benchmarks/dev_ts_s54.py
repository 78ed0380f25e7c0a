"""Helper TS (session 54): free-text street recall on held-out notes, and false street spans on a fixed corpus,
with and without this session's street module (tried by patching ``text_patterns.street_spans`` before the lead
wires it): landmark and village addresses after a placing cue (``text_street_cued_places``).

Usage (PYTHONPATH=src:benchmarks)::

    python benchmarks/dev_ts_s54.py cache 39 all [39001,39002]     # notes and truth -> /tmp/ts54/ (set's seeds)
    python benchmarks/dev_ts_s54.py recall 39 all [seeds] [--both] [--show]
    python benchmarks/dev_ts_s54.py false [--show] [files...]      # spans the new module adds on /tmp/st53 corpus

``recall`` runs the whole text detector (rules, gazetteers, NER) and scores with the set's own trace test;
``--both`` scores without the new module, then with it, in one process.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

_DIR = Path("/tmp/ts54")
_ENTITIES = ("name", "first_name", "last_name", "street_address", "address", "city", "postcode", "phone_number",
             "email", "state", "national_id", "iban", "credit_debit_card", "date_of_birth")  # fmt: skip


def _new_spans(text: str) -> list[tuple[int, int, str]]:
    import safe_synthesizer.pii.text_street_cued_places as cued

    return getattr(cued, "_ts_real", cued.cued_place_street_spans)(text)


def patch(on: bool) -> None:
    """The module wired (``on``, as the lead wired it in ``street_spans``) or stubbed out (the tree before it):
    ``street_spans`` imports ``cued_place_street_spans`` per call, so patching that name unwires it."""
    import safe_synthesizer.pii.text_street_cued_places as cued

    if not hasattr(cued, "_ts_real"):
        cued._ts_real = cued.cued_place_street_spans
    cued.cued_place_street_spans = cued._ts_real if on else (lambda text: [])


def _cache_path(set_no: int, locale: str, seed: int) -> Path:
    return _DIR / f"notes_{set_no}_{locale}_{seed}.json"


def _locales(set_no: int, arg: str) -> list[str]:
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    return list(shapes.LOCALES) if arg == "all" else arg.split(",")


def _seeds(set_no: int, locale: str, seeds: list[int] | None) -> list[int]:
    if seeds:
        return seeds
    language = importlib.import_module(f"heldout{set_no}_language")
    return list(language.seeds_for(locale))


def cache(set_no: int, locales: list[str], seeds: list[int] | None) -> None:
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    _DIR.mkdir(exist_ok=True)
    for locale in locales:
        for seed in _seeds(set_no, locale, seeds):
            path = _cache_path(set_no, locale, seed)
            if path.exists():
                continue
            try:
                table = build(locale, seed)
            except Exception as exc:  # a locale a set does not have
                print("skip", locale, seed, type(exc).__name__)
                continue
            notes = [n if isinstance(n, str) else "" for n in table.frame[table.notes_column].tolist()]
            path.write_text(json.dumps({"notes": notes, "truth": table.notes}, ensure_ascii=False))


def _score(det, bench, set_no, locales, seeds, show: bool, misses: list[str]) -> dict[str, list[int]]:
    per: dict[str, list[int]] = {}
    for locale in locales:
        got = total = 0
        for seed in _seeds(set_no, locale, seeds):
            path = _cache_path(set_no, locale, seed)
            if not path.exists():
                continue
            data = json.loads(path.read_text())
            found = det.find_spans(data["notes"])
            for note, spans, truth in zip(data["notes"], found, data["truth"], strict=True):
                after = note
                for s in sorted(spans, key=lambda s: -s.start):
                    after = after[: s.start] + "<" + s.entity + ">" + after[s.end :]
                for entity, value in truth:
                    if entity != "street_address":
                        continue
                    total += 1
                    ok = bench.caught(entity, value, after, locale)
                    got += ok
                    if not ok:
                        misses.append(f"{locale}\t{value!r}\t{note!r}\t{after!r}")
        if total:
            per[locale] = [got, total]
    return per


def recall(set_no: int, locales: list[str], seeds: list[int] | None, show: bool, both: bool) -> None:
    from safe_synthesizer.pii.text_detector import load_text_detector

    bench = importlib.import_module(f"bench_pii_heldout{set_no}")
    det = load_text_detector(_ENTITIES)
    before = None
    old: list[str] = []
    new: list[str] = []
    if both:
        patch(False)
        before = _score(det, bench, set_no, locales, seeds, False, old)
        patch(True)
    after = _score(det, bench, set_no, locales, seeds, show, new)
    for locale, (got, total) in after.items():
        if (before and before[locale][0] != got) or got < total:
            was = f"{before[locale][0]}/{total} -> " if before else ""
            print(f"{locale}: {was}{got}/{total}")
    total = sum(v[1] for v in after.values())
    was = f"{sum(v[0] for v in before.values())}/{total} -> " if before else ""
    print(f"ALL: {was}{sum(v[0] for v in after.values())}/{total}")
    if show:
        for line in new:
            print("  MISS", line)
        if both:
            for line in sorted(set(new) - set(old)):
                print("  NEW MISS", line)
            for line in sorted(set(old) - set(new)):
                print("  FIXED", line)


def false(show: bool, extra: list[str]) -> None:
    """Spans the new module adds (not overlapping the old ones) on the corpus and ``extra`` files."""
    from safe_synthesizer.pii.text_streets import _overlaps, street_spans

    patch(False)  # street_spans without the module: what it adds is what overlaps none of those
    rows = [json.loads(line) for line in Path("/tmp/st53/corpus.jsonl").read_text().splitlines()]
    for path in extra:
        lines = Path(path).read_text().splitlines()
        rows += [{"src": f"{path}/{i}", "text": t, "truth": []} for i, t in enumerate(lines)]
    added_false: dict[str, int] = {}
    hit = 0
    for rec in rows:
        text = rec["text"]
        new = _new_spans(text)
        if not new:
            continue
        old = street_spans(text)
        for s, e, k in new:
            if _overlaps((s, e, k), old):
                continue
            span = text[s:e]
            ok = any(span in v or v in span or set(span.split()) & set(v.split()) for v in rec["truth"])
            group = rec["src"].split("/")[0]
            if ok:
                hit += 1
            else:
                added_false[group] = added_false.get(group, 0) + 1
                if show:
                    print("  FALSE", rec["src"], repr(span), "|", text[:220].replace("\n", " / "))
    print(f"texts {len(rows)}; new spans on a labelled street {hit}; false {sum(added_false.values())} {added_false}")


def cover(set_no: int, locales: list[str], seeds: list[int] | None, show: bool) -> None:
    """A fast proxy of ``recall`` (no NER, no other entities): labelled streets that ``street_spans`` covers whole,
    without and with the module; and the street spans the module adds that overlap no labelled street."""
    from safe_synthesizer.pii.text_streets import street_spans

    counts = {False: 0, True: 0}
    total = added_false = 0
    for locale in locales:
        for seed in _seeds(set_no, locale, seeds):
            path = _cache_path(set_no, locale, seed)
            if not path.exists():
                continue
            data = json.loads(path.read_text())
            for note, truth in zip(data["notes"], data["truth"], strict=True):
                values = [v for e, v in truth if e == "street_address" and v in note]
                spans = {}
                for on in (False, True):
                    patch(on)
                    spans[on] = street_spans(note)
                for value in values:
                    i = note.index(value)
                    total += 1
                    for on in (False, True):
                        counts[on] += any(s <= i and i + len(value) <= e for s, e, _ in spans[on])
                    if show and not any(s <= i and i + len(value) <= e for s, e, _ in spans[True]):
                        print("  MISS", locale, repr(value), "|", note[:160])
                for s, e, _ in spans[True]:
                    if (s, e) in [(a, b) for a, b, _ in spans[False]]:
                        continue
                    if not any(note.find(v) < e and s < note.find(v) + len(v) for v in values):
                        added_false += 1
                        if show:
                            print("  ADDED-UNLABELLED", locale, repr(note[s:e]), "|", note[:160])
    print(f"streets in notes {total}: covered {counts[False]} -> {counts[True]}; added spans on no label {added_false}")


def main() -> None:
    cmd = sys.argv[1]
    if cmd == "false":
        false("--show" in sys.argv, [a for a in sys.argv[2:] if not a.startswith("--")])
        return
    set_no = int(sys.argv[2])
    locales = _locales(set_no, sys.argv[3])
    args = [a for a in sys.argv[4:] if not a.startswith("--")]
    seeds = [int(s) for s in args[0].split(",")] if args else None
    if cmd == "cache":
        cache(set_no, locales, seeds)
    elif cmd == "cover":
        cover(set_no, locales, seeds, "--show" in sys.argv)
    else:
        recall(set_no, locales, seeds, "--show" in sys.argv, "--both" in sys.argv)


if __name__ == "__main__":
    main()
