"""Helper ST (session 53): free-text street recall on held-out notes, and false street spans on a fixed corpus,
with and without this session's street modules (tried by patching ``street_spans`` before the lead wires them):
values after an address label, and unnumbered streets told by their own shape (copied from ``dev_ts_s52``).

Usage (PYTHONPATH=src:benchmarks)::

    python benchmarks/dev_st_s53.py cache 36 rw_RW,fr_YT 36001,36002      # notes and truth -> /tmp/st53/
    python benchmarks/dev_st_s53.py recall 36 rw_RW,fr_YT 36001,36002 [--old | --both] [--show]
    python benchmarks/dev_st_s53.py corpus                                # sets 30-36 notes + reviews -> /tmp/st53/
    python benchmarks/dev_st_s53.py false [--show]                        # street spans the new modules add there

``recall`` runs the whole text detector (rules, gazetteers, NER) and scores with the set's own trace test;
``--old`` stubs the (wired) modules out; ``--both`` scores without them, then with them.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

_DIR = Path("/tmp/st53")
_ENTITIES = ("name", "first_name", "last_name", "street_address", "address", "city", "postcode", "phone_number",
             "email", "state", "national_id", "iban", "credit_debit_card", "date_of_birth")  # fmt: skip


def _new_spans(text: str) -> list[tuple[int, int, str]]:
    from safe_synthesizer.pii.text_street_bare_shapes import bare_shape_street_spans
    from safe_synthesizer.pii.text_street_label_values import label_value_street_spans

    return label_value_street_spans(text) + bare_shape_street_spans(text)


def patch(on: bool) -> None:
    """The modules wired (``on``) or stubbed out (the tree before them): ``street_spans`` imports them per call."""
    import safe_synthesizer.pii.text_street_bare_shapes as bare
    import safe_synthesizer.pii.text_street_label_values as label

    if not hasattr(bare, "_st_real"):
        bare._st_real, label._st_real = bare.bare_shape_street_spans, label.label_value_street_spans
    bare.bare_shape_street_spans = bare._st_real if on else (lambda text: [])
    label.label_value_street_spans = label._st_real if on else (lambda text: [])


def _cache_path(set_no: int, locale: str, seed: int) -> Path:
    return _DIR / f"notes_{set_no}_{locale}_{seed}.json"


def cache(set_no: int, locales: list[str], seeds: list[int]) -> None:
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    _DIR.mkdir(exist_ok=True)
    for locale in locales:
        for seed in seeds:
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


def _score(det, bench, set_no: int, locales: list[str], seeds: list[int], show: bool) -> dict[str, list[int]]:
    per: dict[str, list[int]] = {}
    for locale in locales:
        got = total = 0
        lines = []
        for seed in seeds:
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
                        lines.append(f"   MISS {value!r} in {after!r}")
        if total:
            per[locale] = [got, total]
        if show:
            print("\n".join(dict.fromkeys(lines)))
    return per


def recall(set_no: int, locales: list[str], seeds: list[int], show: bool, both: bool = False) -> None:
    """Street recall of the notes; ``both``: the tree as is, then with the new modules, in one process (the tree
    other helpers edit meanwhile cannot shift one run against the other)."""
    from safe_synthesizer.pii.text_detector import load_text_detector

    bench = importlib.import_module(f"bench_pii_heldout{set_no}")
    det = load_text_detector(_ENTITIES)
    if both:
        patch(False)
    before = _score(det, bench, set_no, locales, seeds, show and not both) if both else None
    if both:
        patch(True)
    after = _score(det, bench, set_no, locales, seeds, show)
    for locale, (got, total) in after.items():
        was = f"{before[locale][0]}/{total} -> " if before else ""
        print(f"{locale}: {was}{got}/{total}")
    total = sum(v[1] for v in after.values())
    was = f"{sum(v[0] for v in before.values())}/{total} -> " if before else ""
    print(f"ALL: {was}{sum(v[0] for v in after.values())}/{total}")


def corpus() -> None:
    """Sets 30-36 notes (seed 1 of each, and 36001-36002 of set 36) and the shared reviews, with labelled streets."""
    import dev_ts_corpus

    _DIR.mkdir(exist_ok=True)
    with open(_DIR / "corpus.jsonl", "w") as fh:
        for src, text, streets in dev_ts_corpus.corpus():
            fh.write(json.dumps({"src": src, "text": text, "truth": streets}, ensure_ascii=False) + "\n")
        import heldout36_shapes as s36

        for locale in s36.LOCALES:
            for seed in (36001,):
                table = s36.heldout36_table(locale, seed)
                for row, (text, truth) in enumerate(zip(table.frame[table.notes_column], table.notes, strict=True)):
                    if isinstance(text, str) and text.strip():
                        streets = [v for e, v in truth if e in ("street_address", "address")]
                        rec = {"src": f"s36/{locale}/{seed}/{row}", "text": text, "truth": streets}
                        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def false(show: bool, extra: list[str]) -> None:
    """Spans the new modules add on the corpus (and on ``extra`` text files, one text a line): labelled or false."""
    rows = [json.loads(line) for line in (_DIR / "corpus.jsonl").read_text().splitlines()]
    for path in extra:
        lines = Path(path).read_text().splitlines()
        rows += [{"src": f"{path}/{i}", "text": t, "truth": []} for i, t in enumerate(lines)]
    added_false: dict[str, int] = {}
    hit = 0
    for rec in rows:
        text = rec["text"]
        for s, e, _ in _new_spans(text):
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


def main() -> None:
    cmd = sys.argv[1]
    if "--old" in sys.argv:
        patch(False)
    if cmd == "corpus":
        corpus()
    elif cmd == "false":
        false("--show" in sys.argv, [a for a in sys.argv[2:] if not a.startswith("--")])
    else:
        set_no, locales = int(sys.argv[2]), sys.argv[3].split(",")
        seeds = [int(s) for s in sys.argv[4].split(",")]
        if cmd == "cache":
            cache(set_no, locales, seeds)
        else:
            recall(set_no, locales, seeds, "--show" in sys.argv, "--both" in sys.argv)


if __name__ == "__main__":
    main()
