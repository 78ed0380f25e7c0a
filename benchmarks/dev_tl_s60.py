"""Dev measure for helper TL (session 60): a note finder's hits on the truth of held-out notes and its false spans.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_tl_s60.py MODULE:FUNC [set45|unseen|set44|old] [locales|all]
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
    mod, func = sys.argv[1].split(":")
    finder = getattr(importlib.import_module(mod), func)
    which = sys.argv[2] if len(sys.argv) > 2 else "set45"
    locales = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] != "all" else _locales()
    hits = false = n = 0
    cost = 0.0
    with_people = "--people" in sys.argv
    for loc, t in tables(which, locales):
        people = people_of(t) if with_people else None
        for text, truth in notes_of(t):
            n += 1
            t0 = time.process_time()
            spans = finder(text, people) if with_people else finder(text)
            spans = [(s.start, s.end, s.entity) if hasattr(s, "start") else s for s in spans]
            cost += time.process_time() - t0
            values = [str(v) for e, v in truth if e in ("name", "last_name", "street_address", "first_name")]
            for a, b, e in spans:
                got = text[a:b]
                if any(got in v or v in got for v in values) or any(
                    w in v.split() for v in values for w in got.split()
                ):
                    hits += 1
                    if "-h" in sys.argv:
                        print("HIT", loc, repr(got), "|", text[:140].replace("\n", " "))
                else:
                    false += 1
                    if "-v" in sys.argv:
                        print("FALSE", loc, repr(got), e, "|", text[:160].replace("\n", " "))
    print(
        f"{which}: notes {n} spans on truth {hits} false {false} cost {cost:.2f}s ({cost / max(n, 1) * 1e4:.2f}s/10k)"
    )


if __name__ == "__main__":
    main()
