"""Session 63, helper HD: headers in any dress and role headers whose columns are missed.

``diagnose``: for every shown miss of ``results/pii_heldout48_after.json``, the header's hint today (``cue_hints``),
the truth entity's share by the column judge with and without the hint, and what the table plan gave the column.
``headers``: every header of sets 33-47 and ``/work/shared/data`` whose hint set changes between two trees (run it
twice with another ``PYTHONPATH`` and diff the files).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_hd_s63.py diagnose``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def _misses() -> list[tuple[str, int, str, str]]:
    data = json.loads((HERE / "results" / "pii_heldout48_after.json").read_text())
    out = []
    for locale, v in data["locales"].items():
        for m in v.get("shown_miss", []):
            seed, rest = m.split("/", 1)
            head, tail = rest.rsplit(":", 1)
            truth = tail.split("->")[0]
            out.append((locale, int(seed), head, truth))
    return out


def diagnose() -> None:
    """Per shown miss: the hint, the plan, the cued/plain share of the column judge on the cells as written, and for
    person columns the form-free reader's verdict on the cells undressed by :mod:`column_encoded_cells`."""
    from heldout48_shapes import heldout48_table
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.column_detector import NameStats, entity_score
    from safe_synthesizer.pii.column_encoded_cells import undressed_frame
    from safe_synthesizer.pii.column_form_free_people import judge_form_free
    from safe_synthesizer.pii.column_sample import sample_values
    from safe_synthesizer.pii.cues import cue_hints
    from safe_synthesizer.pii.replace import plan_columns

    plans_cache: dict = {}
    for locale, seed, head, truth in _misses():
        key = (locale, seed)
        if key not in plans_cache:
            t = heldout48_table(locale, seed)
            planned = plan_columns(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
            plans_cache[key] = (t, {p.column: p.entity for p in planned}, undressed_frame(t.frame))
        t, plans, undressed = plans_cache[key]
        s = undressed[head].astype(str)
        hint = sorted(cue_hints(head))
        sample = sample_values(s.where(t.frame[head].notna(), None), 500, 0)
        names = NameStats(sample) if truth in ("name", "first_name", "last_name", "city") else None
        sc = entity_score(truth, sample, True, names)
        sp = entity_score(truth, sample, False, names)
        filled = [v for v in s.tolist() if v.strip()]
        judge = judge_form_free(filled)[1] if truth == "name" else ""
        print(
            f"{locale}\t{seed}\t{head!r}\t{truth}\thint={hint}\tplan={plans.get(head)}\tn={len(filled)}/{len(s)}"
            f"\tcued={sc.share:.2f}\tplain={sp.share:.2f}\tformfree={judge}\t{filled[:3]}"
        )


def headers() -> None:
    from safe_synthesizer.pii.cues import cue_hints

    seen: set[str] = set()
    for n in range(33, 48):
        for path in sorted(HERE.glob(f"heldout{n}_*.py")):
            text = path.read_text()
            import re

            for m in re.finditer(r"""["']([^"'\n]{2,40})["']""", text):
                seen.add(m.group(1))
    for csv in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            seen.update(map(str, pd.read_csv(csv, nrows=0).columns))
        except Exception:
            continue
    for h in sorted(seen):
        print(json.dumps([h, sorted(cue_hints(h))], ensure_ascii=False))


def _tables():
    """(set, locale, seed, table) of sets 33-48: the first 7 at every seed, every other locale at its first seed;
    set 48 also at the unseen seeds 48501-48503 for the first 7."""
    for n in range(33, 49):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        language = importlib.import_module(f"heldout{n}_language")
        build = getattr(shapes, f"heldout{n}_table")
        seeds = tuple(language.SEEDS) if hasattr(language, "SEEDS") else (n * 1000 + 1,)
        if n == 48:
            seeds = (48001, 48002, 48003, 48004, 48005, 48006, 48501, 48502, 48503)
        others = [loc for loc in language.LOCALES if loc not in language.FIRST7][:: max(1, len(language.LOCALES) // 40)]
        for locale in [*language.FIRST7, *others]:
            for seed in seeds if locale in language.FIRST7 else seeds[:1]:
                try:
                    yield n, locale, seed, build(locale, seed)
                except Exception:
                    continue


def table_hints() -> None:
    """Per table header of sets 33-48: its truth label (hints are read apart, per tree: ``hints``)."""
    for n, locale, seed, table in _tables():
        for head in table.frame.columns:
            label = table.labels.get(head)
            print(json.dumps([n, locale, seed, str(head), label], ensure_ascii=False), flush=True)


def hints_of(heads_file: str) -> None:
    """The hint set of every distinct header of ``heads_file`` (``table_hints``' output) in this tree."""
    from safe_synthesizer.pii.cues import cue_hints

    heads = sorted({json.loads(line)[3] for line in Path(heads_file).read_text().splitlines() if line.strip()})
    for head in heads:
        print(json.dumps([head, sorted(cue_hints(head))], ensure_ascii=False))


def plans_of(wanted_file: str) -> None:
    """Column plans of the tables listed in ``wanted_file`` (lines ``set locale seed``)."""
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    wanted = {tuple(line.split()) for line in Path(wanted_file).read_text().splitlines() if line.strip()}
    for n, locale, seed, table in _tables():
        if (str(n), locale, str(seed)) not in wanted:
            continue
        frame = table.frame
        planned = plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)
        for p in planned:
            label = table.labels.get(p.column)
            print(json.dumps([n, locale, seed, p.column, label, p.entity], ensure_ascii=False))


_MEASURED48 = ("te_IN", "ti_ET", "ee_GH", "tn_BW", "ty_PF", "kab_DZ", "haw_US", "co_FR", "sv_SE", "tr_TR", "ko_KR",
               "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE")  # fmt: skip


def _set_tables(which: str):
    """(locale, seed, table) of a named selection: ``seen48`` (set 48's 33 measured locales at their seeds),
    ``unseen48`` (the first 7 at 48501-48503), ``set47`` (set 47's first 7 at 47001-47002)."""
    if which == "set47":
        import heldout47_language as lang47
        import heldout47_shapes as set47

        for locale in lang47.FIRST7:
            for seed in (47001, 47002):
                yield locale, seed, set47.heldout47_table(locale, seed)
        return
    import heldout48_new8 as new48
    import heldout48_shapes as set48

    if which == "unseen48":
        for locale in set48.FIRST7:
            for seed in (48501, 48502, 48503):
                yield locale, seed, set48.heldout48_table(locale, seed)
        return
    for locale in set48.FIRST7:
        for seed in range(48001, 48007):
            yield locale, seed, set48.heldout48_table(locale, seed)
    for locale in new48.NEW8_48:
        for seed in (48001, 48002):
            yield locale, seed, set48.heldout48_table(locale, seed)
    for locale in _MEASURED48:
        yield locale, 48001, set48.heldout48_table(locale, 48001)


def heads(which: str) -> None:
    """Every header of a selection's tables (``[which, locale, seed, header]``), for ``hints`` and the filter."""
    for locale, seed, table in _set_tables(which):
        for head in table.frame.columns:
            print(json.dumps([which, locale, seed, str(head)], ensure_ascii=False))


def score(which: str, only: str = "", modes: tuple[bool, ...] = (False, True)) -> None:
    """Column recall and precision, shown and hidden, per entity, with every miss and false column listed; ``only``:
    a file of ``locale seed`` lines, the tables to score (the others are left out)."""
    import pii_heldout_scoring as scoring

    wanted = {tuple(line.split()) for line in Path(only).read_text().splitlines() if line.strip()} if only else None
    total: dict = {}
    for locale, seed, table in _set_tables(which):
        if wanted is not None and (locale, str(seed)) not in wanted:
            continue
        for hidden in modes:
            out = scoring.score_columns(table.frame, table.labels, hidden, locale, table.notes_column)
            key = "hidden" if hidden else "shown"
            agg = total.setdefault(key, {"hit": 0, "pos": 0, "found": 0, "correct": 0, "by": {}})
            for k in ("hit", "pos", "found", "correct"):
                agg[k] += out[k]
            for entity, (hit, pos) in out["by_entity"].items():
                agg["by"].setdefault(entity, [0, 0])
                agg["by"][entity][0] += hit
                agg["by"][entity][1] += pos
            for m in out["miss"]:
                print(f"MISS {key} {locale} {seed} {m}")
            for f in out["false"]:
                print(f"FALSE {key} {locale} {seed} {f}")
    for key, agg in total.items():
        by = " ".join(f"{e}={h}/{p}" for e, (h, p) in sorted(agg["by"].items()))
        print(f"TOTAL {key} recall {agg['hit']}/{agg['pos']} precision {agg['correct']}/{agg['found']} | {by}")


if __name__ == "__main__":
    if sys.argv[1] == "plans":
        plans_of(sys.argv[2])
    elif sys.argv[1] == "score":
        score(sys.argv[2])
    elif sys.argv[1] == "score_shown":
        score(sys.argv[2], sys.argv[3], (False,))
    elif sys.argv[1] == "heads":
        heads(sys.argv[2])
    elif sys.argv[1] == "hints":
        hints_of(sys.argv[2])
    else:
        {"diagnose": diagnose, "headers": headers, "table_hints": table_hints}[sys.argv[1]]()
