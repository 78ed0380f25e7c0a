"""Dev measure for helper TL (session 60): a note finder's hits on the truth of held-out notes and its false spans.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_tl_s60.py MOD:FUNC[+MOD:FUNC...] [set45|unseen|set44|old|older]
[locales|all] (MOD under safe_synthesizer.pii; a finder with a ``people`` argument gets the table's name words)
Prints counts only; with -v the false spans, with -h the hits (terminal only; the notes are synthetic).
"""

from __future__ import annotations

import importlib
import sys
import time

NEW8 = ["ay_BO", "mg_MG", "sd_PK", "ckb_IQ", "ln_CD", "ny_MW", "gil_KI", "tet_TL"]
FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]


def _locales() -> list[str]:
    with open("/work/s60docs/part_c2.txt") as fh:
        part = fh.read().strip().split(",")
    return FIRST7 + part + NEW8


def tables(which: str, locales: list[str]):
    if which in ("set45", "unseen"):
        import heldout45_shapes as m

        for loc in locales:
            if which == "unseen":
                seeds = (45501, 45502, 45503) if loc in NEW8 or loc in FIRST7 else (45501,)
            else:
                seeds = range(45001, 45007) if loc in FIRST7 else (45001, 45002) if loc in NEW8 else (45001,)
            for s in seeds:
                yield loc, m.heldout45_table(loc, s)
    else:
        sets = {"set44": (44,), "old": (41, 42, 43), "older": (33, 35, 37, 39)}[which]
        for n in sets:
            m = importlib.import_module(f"heldout{n}_shapes")
            build = getattr(m, f"heldout{n}_table")
            for loc in locales:
                try:
                    yield loc, build(loc, n * 1000 + 1)
                except Exception as exc:
                    print("skip", n, loc, type(exc).__name__, file=sys.stderr)


def notes_of(t):
    texts = t.frame[t.notes_column].tolist()
    for text, truth in zip(texts, t.notes, strict=False):
        if isinstance(text, str) and text:
            yield text, list(truth or [])


def people_of(t):
    """The table's name words as the engine builds them, from the columns its truth labels as names."""
    import types

    from safe_synthesizer.pii.text_name_table_people import table_people
    from safe_synthesizer.pii.text_replace import row_names

    plans = [types.SimpleNamespace(column=c, entity=lab[0]) for c, lab in t.labels.items()
             if isinstance(lab, tuple) and lab[0] in ("name", "first_name", "last_name")]  # fmt: skip
    return table_people(row_names(t.frame, plans)) if plans else {}


def main() -> None:
    finders = []
    for spec in sys.argv[1].split("+"):
        mod, func = spec.split(":")
        finders.append(getattr(importlib.import_module(f"safe_synthesizer.pii.{mod}"), func))
    which = sys.argv[2] if len(sys.argv) > 2 else "set45"
    locales = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] != "all" else _locales()
    counts = {f.__name__: [0, 0, 0.0] for f in finders}  # hits, false, cpu seconds
    n = 0
    for loc, t in tables(which, locales):
        people = people_of(t)
        for text, truth in notes_of(t):
            n += 1
            values = [str(v) for e, v in truth if e in ("name", "last_name", "street_address", "first_name")]
            for finder in finders:
                t0 = time.process_time()
                takes_people = "people" in finder.__code__.co_varnames[: finder.__code__.co_argcount]
                spans = finder(text, people) if takes_people else finder(text)
                counts[finder.__name__][2] += time.process_time() - t0
                for span in spans:
                    a, b, e = (span.start, span.end, span.entity) if hasattr(span, "start") else span
                    got = text[a:b]
                    hit = any(got in v or v in got for v in values) or any(
                        w in v.split() for v in values for w in got.split()
                    )
                    counts[finder.__name__][0 if hit else 1] += 1
                    if ("-h" in sys.argv and hit) or ("-v" in sys.argv and not hit):
                        tag = "HIT" if hit else "FALSE"
                        print(tag, finder.__name__, loc, repr(got), e, "|", text[:160].replace("\n", " "))
    for name, (hits, false, cost) in counts.items():
        per_10k = cost / max(n, 1) * 1e4
        print(f"{which} {name}: notes {n} spans on truth {hits} false {false} cost {cost:.2f}s ({per_10k:.2f}s/10k)")


if __name__ == "__main__":
    main()
