"""PII stage on held-out set 11 (``bench_pii_heldout11_tables.py``, seeds 11001-11002, 36 locales).

Set 11 was written in session 25 by a helper that did not read the PII tests, the earlier held-out
tables, ``docs/pii*.md`` or the detector's internals, and was kept out of the repository until the
end of the session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH``
pointing at an export of that commit) and AFTER (the head at the end), and tuned on never.

The metrics are set 10's, computed by set 10's runner (``bench_pii_heldout10.py``: its column scoring,
"no trace left" text test, fake-validity checks, pooling and replay are imported, not copied); only
what is wired to set 10's tables is written again here: the table loop, the template words of each
note (taken from the note's own template), the pipeline tables and the report. Groups: first 7
(en_US en_GB de_DE fr_FR es_ES it_IT nl_NL), the other 26 of set 10, new 3 (ru_RU bg_BG sl_SI, never
used by any set) and all 36.

The tables are the same on every run (a SHA-256 per locale is printed and kept in the results): the
runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables module draws birth dates before a
fixed date and builds birth-date ids itself.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout11.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout10 as h10
import bench_pii_heldout11_tables as set11
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
GROUPS = (("first 7", set11.FIRST7), ("other 26", set11.OTHER26), ("set-10 33", set11.FIRST7 + set11.OTHER26),
          ("new 3", set11.NEW3), ("all 36", set11.LOCALES))  # fmt: skip
PIPELINE_TABLES = (("en_GB", 11002), ("de_AT", 11001), ("ru_RU", 11001))
_PLACEHOLDER = re.compile(r"\{\w+\}")


def _extend_street_types() -> None:
    """Street-type words of the three new locales (by set 10's own rule) and of the streets built here."""
    saved = h10.set10.LOCALES
    try:
        h10.set10.LOCALES = set11.NEW3
        words = h10._street_type_words()
    finally:
        h10.set10.LOCALES = saved
    built = {"mah", "sok", "pot", "ulica", "ет", "ап", "ул", "g", "pr", "al"}
    scoring.GENERIC = scoring.GENERIC | words | built


_extend_street_types()


def _commit() -> str:
    """The code measured: an export's ``COMMIT`` marker, else the checkout's HEAD."""
    import safe_synthesizer

    src = Path(safe_synthesizer.__file__).resolve().parents[2]
    marker = src / "COMMIT"
    if marker.exists():
        return f"export of {marker.read_text().strip()} at {src}"
    out = subprocess.run(["git", "-C", str(src), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                         check=False)  # fmt: skip
    return f"{out.stdout.strip()} (working tree at {src})"


def _note_words(locale: str, template: str) -> list[str]:
    """The words of the note's own template (not its entities, not the titles)."""
    literals = [p for p in _PLACEHOLDER.split(template) if p]
    if locale in set11.CJK:
        return [w for lit in literals for w in h10._CJK_SPLIT.split(lit) if len(w) > 1]
    titles = {w.lower().rstrip(".") for t in set11.TITLES[set11.LANG[locale]] for w in t.split()}
    return [w for lit in literals for w in scoring._WORDS.findall(lit) if w.lower().rstrip(".") not in titles]


def score_replacement(table: set11.Table, locale: str) -> dict:
    """Free-text recall, words kept, fake validity and cells left after ``replace_pii`` (set 10's rules)."""
    df, labels = table.frame, table.labels
    t0 = time.process_time()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out: dict = {"text": defaultdict(lambda: [0, 0]), "forms": defaultdict(lambda: [0, 0]), "words": [0, 0],
                 "form_words": defaultdict(lambda: [0, 0]), "phone_valid": [0, 0], "postcode_valid": [0, 0],
                 "survivors": {}, "missed_text": [], "left_examples": [],
                 "replace_cpu": round(time.process_time() - t0, 2)}  # fmt: skip
    cjk = locale in set11.CJK
    replaced_notes = result.data[table.notes_column].tolist()
    for replaced, truth, form, template in zip(replaced_notes, table.notes, table.forms, table.templates, strict=True):
        if not form:
            continue
        replaced = "" if replaced is None or (isinstance(replaced, float) and pd.isna(replaced)) else str(replaced)
        for entity, value in truth:
            ok = h10.caught(entity, value, replaced, locale)
            out["text"][entity][0] += ok
            out["text"][entity][1] += 1
            case = ""
            if entity in ("name", "last_name"):
                case = " (lower case)" if value.islower() else " (upper case)" if value.isupper() else ""
            key = f"{form} / {entity}{case}"
            out["forms"][key][0] += ok
            out["forms"][key][1] += 1
            if not ok:
                out["missed_text"].append(f"{entity}: {value!r} in {replaced!r}")
        kept, total = h10._kept_words(_note_words(locale, template), replaced, cjk)
        out["words"][0] += kept
        out["words"][1] += total
        out["form_words"][form][0] += kept
        out["form_words"][form][1] += total
    reg = set11.region(locale)
    for column, label in labels.items():
        if not label or label == "dont_care":
            continue
        left = 0
        for _, b, a in h10._cells(df[column], result.data[column]):
            if b.lower() == a.lower():
                left += 1
                if len(out["left_examples"]) < 30:
                    out["left_examples"].append(f"{label[0]}: {b!r}")
            if label[0] == "phone_number" and h10._valid(b, reg):
                out["phone_valid"][0] += h10._valid(a, reg)
                out["phone_valid"][1] += 1
            if label[0] == "postcode":
                out["postcode_valid"][0] += h10._layout(b) == h10._layout(a)
                out["postcode_valid"][1] += 1
        out["survivors"][label[0]] = out["survivors"].get(label[0], 0) + left
    return out


def run(locales: tuple[str, ...], rows: int) -> dict:
    per: dict[str, dict] = {}
    for locale in locales:
        agg, lists = h10._new_agg(), defaultdict(list)
        shapes: list[str] = []
        digest = hashlib.sha256()  # the same tables BEFORE and AFTER
        cpu0 = h10._cpu_seconds()
        for seed in set11.SEEDS:
            table = set11.heldout11_table(locale, seed, n=rows)
            shapes.append(table.shape)
            digest.update(table.frame.to_csv(index=False).encode() + repr((table.labels, table.notes)).encode())
            for mode in ("shown", "hidden"):
                s = h10.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
                for k in ("hit", "pos", "found", "correct"):
                    agg[mode][k] += s[k]
                for e, (a, b) in s["by_entity"].items():
                    agg[f"{mode}_entity"][e][0] += a
                    agg[f"{mode}_entity"][e][1] += b
                lists[f"{mode}_miss"] += [f"{seed}/{m}" for m in s["miss"]]
                lists[f"{mode}_false"] += [f"{seed}/{m}" for m in s["false"]]
            r = score_replacement(table, locale)
            for key in ("text", "forms", "form_words"):
                for k, (a, b) in r[key].items():
                    agg[key][k][0] += a
                    agg[key][k][1] += b
            for k in ("words", "phone_valid", "postcode_valid"):
                agg[k][0] += r[k][0]
                agg[k][1] += r[k][1]
            for k, v in r["survivors"].items():
                agg["survivors"][k] += v
            lists["missed_text"] += r["missed_text"]
            lists["left_examples"] += r["left_examples"]
        per[locale] = {**h10._summary(agg), **{k: v[:40] for k, v in lists.items()}, "shapes": shapes,
                       "tables_sha256": digest.hexdigest()[:16], "cpu_seconds": round(h10._cpu_seconds() - cpu0, 1),
                       "n_missed_text": len(lists["missed_text"])}  # fmt: skip
        print(locale, {k: v for k, v in per[locale].items() if not isinstance(v, list | dict)}, flush=True)
    return {"locales": per}


def pipeline(workdir: Path, tables: tuple[tuple[str, int], ...] = PIPELINE_TABLES) -> dict:
    """``safe-synthesizer run train`` (1-minute training cap) on set-11 tables, then set 10's replay."""
    exe = Path(sys.executable).with_name("safe-synthesizer")
    report: dict = {}
    workdir.mkdir(parents=True, exist_ok=True)
    for locale, seed in tables:
        table = set11.heldout11_table(locale, seed, n=300)
        tag = f"{locale}_{seed}"
        source, run_path = workdir / f"{tag}.csv", workdir / f"run_{tag}"
        entry: dict = {"shape": table.shape}
        shutil.rmtree(run_path, ignore_errors=True)  # the CLI wants a new or empty run folder
        table.frame.to_csv(source, index=False)
        cmd = [str(exe), "run", "train", "--data-source", str(source), "--run-path", str(run_path),
               "--training__max_training_time", "1", "--force"]  # fmt: skip
        c0 = h10._cpu_seconds()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=1500, env=dict(os.environ))
            entry.update(returncode=proc.returncode, stderr_tail=proc.stderr[-400:])
        except subprocess.TimeoutExpired:
            entry.update(returncode="timeout")
        entry["cpu_seconds_child"] = round(h10._cpu_seconds() - c0, 1)
        entry.update(h10.replay(run_path, table))
        report[tag] = entry
        print(tag, {k: v for k, v in entry.items() if k != "stderr_tail"}, flush=True)
    return report


_INTRO = (
    "Set 11 (`bench_pii_heldout11_tables.py`, seeds 11001-11002, 36 locales: set 10's 33 and ru_RU, bg_BG, sl_SI, "
    "which no set used before) was written in session 25 by a helper that did not read the PII tests, the earlier "
    "held-out tables, `docs/pii*.md` or the detector's internals, and was committed only after the AFTER run: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of six export shapes (university admissions, utility "
    "meter readings, event ticketing, hotel guest register, insurance claims, dental recalls) with column names in "
    "the locale's language or English, prefixed/suffixed and re-cased, values in lower/upper/title case, names with "
    "titles, initials or `Surname, First`, phones in five layouts (national, international, E.164, digits only, "
    "with an extension), national ids with valid check digits (birth-date ids built from a fixed reference date), "
    "look-alike non-PII columns (ticket/meter/policy numbers, room names, 5-digit meter readings, amounts, event "
    "dates), and a notes column of seven genres new to the sets (insurance claim narrative, teacher's note to "
    "parents, hotel front-desk log, job-application cover letter, customer-support e-mail thread, tenancy letter, "
    "social-media DM) in the locale's language. Metrics are set 10's (computed by `bench_pii_heldout10.py`'s own "
    "functions); default config `locales: [en_US]`."
)


def markdown(results: dict) -> str:
    """One run's report: per-locale table, groups, note forms, pipeline, misses."""
    per = results["locales"]
    lines = [f"# PII stage on held-out set 11 ({results.get('label', '')})", "", _INTRO, "",
             (f"Code measured: {results.get('commit')}. {results.get('rows')} rows per table. CPU "
              f"{results.get('cpu_seconds')} s (process + children), load average at start {results.get('load')}."),
             ""]  # fmt: skip
    lines += h10._locale_table(per)
    lines += ["", "| group | " + " | ".join(k.replace("_", " ") for k in h10._GROUP_KEYS) + " |",
              "|" + "---|" * (len(h10._GROUP_KEYS) + 1)]  # fmt: skip
    for title, group in GROUPS:
        group = tuple(x for x in group if x in per)
        if group:
            p = h10._pool(per, group)
            lines.append(f"| {title} | " + " | ".join(h10._f(p[k]) for k in h10._GROUP_KEYS) + " |")
    forms = h10._forms(per)
    if forms:
        lines += ["", "## Free-text recall by note form and entity", "",
                  "| note form / entity | caught | of | recall |", "|---|---|---|---|"]  # fmt: skip
        for key, (a, n) in sorted(forms.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            lines.append(f"| {key} | {a} | {n} | {a / n:.3f} |")
    if results.get("pipeline"):
        lines += ["", "## Pipeline (`safe-synthesizer run train`, 1-minute cap): replay over `transformed_*.csv`", ""]
        lines += h10._pipeline_lines(results["pipeline"])
    lines += ["", "## Misses per locale", "", *h10._misses(per)]
    return "\n".join(lines) + "\n"


def compare(before: dict, after: dict) -> str:
    """The set-11 report: before/after by group with targets, per locale, note forms, pipeline, misses."""
    pb, pa = before["locales"], after["locales"]
    same = all(pb.get(x, {}).get("tables_sha256") == r.get("tables_sha256") for x, r in pa.items())
    lines = ["# Held-out set 11: before and after session 25", "", _INTRO, "",
             (f"- BEFORE: {before.get('commit')}, {len(pb)} locales, CPU {before.get('cpu_seconds')} s "
              f"(process + children), load {before.get('load')}"),
             (f"- AFTER: {after.get('commit')}, {len(pa)} locales, CPU {after.get('cpu_seconds')} s, load "
              f"{after.get('load')}"),
             (f"- rows per table {after.get('rows')}; each run once; same tables both times: {same} "
              "(per-locale SHA-256 of frames, labels and notes)"), "",
             "## By group (before → after; target from issue 11)", ""]  # fmt: skip
    groups = [(t, tuple(x for x in g if x in pa and x in pb)) for t, g in GROUPS]
    groups = [(t, g) for t, g in groups if g]
    pools = [(h10._pool(pb, g), h10._pool(pa, g)) for _, g in groups]
    lines += ["| measure | target | " + " | ".join(t for t, _ in groups) + " |", "|" + "---|" * (len(groups) + 2)]
    for key in h10._GROUP_KEYS:
        target = h10.TARGETS.get(key)
        lines.append(f"| {key.replace('_', ' ')} | {h10._f(target) if target else '-'} | "
                     + " | ".join(h10._arrow(b[key], a[key]) for b, a in pools) + " |")  # fmt: skip
    for e in h10.TEXT_ENTITIES:
        if any(a["text_by_entity"].get(e) is not None for _, a in pools):
            target = h10.TARGETS.get(e, h10.TARGETS["ssn"] if e == "national_id" else None)
            lines.append(f"| text {e.replace('_', ' ')} | {h10._f(target) if target else '-'} | "
                         + " | ".join(h10._arrow(b["text_by_entity"].get(e), a["text_by_entity"].get(e))
                                      for b, a in pools) + " |")  # fmt: skip
    both = {x: pa[x] for x in pa if x in pb}
    lines += ["", f"Column recall by labelled entity, {len(both)} locales (before → after):", "",
              "| column entity | columns | names shown | names hidden |", "|---|---|---|---|"]  # fmt: skip
    for e, (sb, sa, hb, ha) in h10._column_entities({x: pb[x] for x in both}, both).items():
        lines.append(f"| {e} | {sa[1]} | {h10._arrow(h10._ratio(*sb), h10._ratio(*sa))} | "
                     f"{h10._arrow(h10._ratio(*hb), h10._ratio(*ha))} |")  # fmt: skip
    counts = pools[-1][1]["text_counts"]
    lines += ["", (f"Text spans (after): {sum(v[1] for v in counts.values())} "
                   f"({', '.join(f'{e} {v[1]}' for e, v in counts.items())})."), ""]  # fmt: skip
    keys = ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall", "phone_valid",
            "postcode_layout")  # fmt: skip
    lines += ["## Per locale (before → after)", "",
              "| locale | shapes | " + " | ".join(k.replace("_", " ") for k in keys)
              + " | names | surnames | streets | phones | ids | words kept |",
              "|" + "---|" * (len(keys) + 8)]  # fmt: skip
    for locale in pa:
        b, a = pb.get(locale, {}), pa[locale]
        tb, ta = b.get("text_by_entity", {}), a["text_by_entity"]
        nid = "ssn" if locale == "en_US" else "national_id"
        cells = [h10._arrow(b.get(k), a.get(k)) for k in keys]
        text_keys = ("name", "last_name", "street_address", "phone_number", nid)
        cells += [h10._arrow(tb.get(e), ta.get(e)) for e in text_keys]
        cells.append(h10._arrow(b.get("text_words_kept"), a.get("text_words_kept")))
        lines.append(f"| {locale} | {' + '.join(a.get('shapes', []))} | " + " | ".join(cells) + " |")
    lines += ["", "## Per locale, AFTER, every entity", "", *h10._locale_table(pa)]
    fb, fa = h10._forms(pb), h10._forms(pa)
    lines += ["", "## Free-text recall by note form and entity (before → after)", "",
              "| note form / entity | spans | before | after |", "|---|---|---|---|"]  # fmt: skip
    for key, (a, n) in sorted(fa.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        lines.append(f"| {key} | {n} | {h10._f(h10._ratio(*fb.get(key, [0, 0])))} | {h10._f(h10._ratio(a, n))} |")
    words: list[dict[str, list[int]]] = [defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])]
    for src, dst in zip((pb, pa), words, strict=True):
        for r in src.values():
            for form, (k, n) in r.get("form_words", {}).items():
                dst[form][0] += k
                dst[form][1] += n
    lines += ["", "Template words kept by note form (before → after): "
              + "; ".join(f"{form} {h10._arrow(h10._ratio(*words[0][form]), h10._ratio(*v))}"
                          for form, v in sorted(words[1].items())) + "."]  # fmt: skip
    for name, res in (("BEFORE", before), ("AFTER", after)):
        if res.get("pipeline"):
            lines += ["", f"## Pipeline replay, {name} (`safe-synthesizer run train`, 1-minute cap)", "",
                      ("Same row: a labelled cell of `training.csv`/`test.csv`, or a full name, identifier or street "
                       "of the row's note, found as a whole cell or whole word in the same row of the transformed "
                       "file. Anywhere: identifiers, streets and addresses found in any cell of either file."), ""]
            lines += h10._pipeline_lines(res["pipeline"])  # fmt: skip
    lines += ["", "## Misses per locale (AFTER; first examples)", "", *h10._misses(pa)]
    return "\n".join(lines) + "\n"


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers pick from sets: fix their order
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_heldout11")
    parser.add_argument("--label", default="", help="BEFORE / AFTER, written in the title")
    parser.add_argument("--locales", default=",".join(set11.LOCALES), help="comma-separated, or none")
    parser.add_argument("--rows", type=int, default=set11.N_ROWS)
    parser.add_argument("--pipeline", default="", help="work folder: also run the pipeline on three tables")
    parser.add_argument("--pipeline-tables", default="", help="LOCALE:SEED,... instead of the default three")
    parser.add_argument("--compare", default="", help="BEFORE,AFTER result names: write --out as the comparison")
    parser.add_argument("--merge", default="", help="result names of locale subsets run apart: join into --out")
    parser.add_argument("--results-dir", default=str(RESULTS), help="where NAME.json|md go")
    args = parser.parse_args()
    results_dir = Path(args.results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    if args.compare:
        before, after = (json.loads((results_dir / f"{n}.json").read_text()) for n in args.compare.split(","))
        text = compare(before, after)
        atomic_write_text(results_dir / f"{args.out}.md", text)
        print(text)
        return
    if args.merge:
        parts = [json.loads((results_dir / f"{n}.json").read_text()) for n in args.merge.split(",")]
        results = {**parts[0], "locales": {}, "pipeline": {}}
        for part in parts:
            results["locales"].update(part["locales"])
            results["pipeline"].update(part.get("pipeline", {}))
        results["locales"] = {x: results["locales"][x] for x in set11.LOCALES if x in results["locales"]}
        results["cpu_seconds"] = round(sum(p.get("cpu_seconds", 0) for p in parts), 1)
        atomic_write_json(results_dir / f"{args.out}.json", results)
        atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
        return
    import safe_synthesizer

    print("safe_synthesizer from", safe_synthesizer.__file__, flush=True)
    load = [round(x, 1) for x in os.getloadavg()]
    cpu0, t0 = h10._cpu_seconds(), time.perf_counter()
    locales = tuple(x for x in args.locales.split(",") if x and x != "none")
    results = run(locales, args.rows)
    results.update(rows=args.rows, label=args.label, commit=_commit(), load=load)
    atomic_write_json(results_dir / f"{args.out}.json", results)  # kept if the pipeline part fails
    if args.pipeline:
        chosen = tuple((x.split(":")[0], int(x.split(":")[1])) for x in args.pipeline_tables.split(",") if x)
        results["pipeline"] = pipeline(Path(args.pipeline), tables=chosen or PIPELINE_TABLES)
    results.update(cpu_seconds=round(h10._cpu_seconds() - cpu0, 1), seconds=round(time.perf_counter() - t0, 1))
    atomic_write_json(results_dir / f"{args.out}.json", results)
    atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
