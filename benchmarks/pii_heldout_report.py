"""Markdown reports of the held-out PII runners (sets 9-11): one run, and a before/after comparison.

What differs between sets (title, introduction, groups of locales, which metrics they compare with)
comes from the set's :class:`pii_heldout_scoring.HeldoutSet`; the rates from ``pii_heldout_rates``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from pii_heldout_rates import _GROUP_KEYS, TARGETS, TEXT_ENTITIES, _pool, _ratio

if TYPE_CHECKING:
    from pii_heldout_scoring import HeldoutSet


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _locale_table(per: dict) -> list[str]:
    cols = ["shapes", "col recall shown", "col prec shown", "col recall hidden", "col prec hidden", "text recall"]
    cols += [e.replace("_", " ") for e in TEXT_ENTITIES]
    cols += ["words kept", "phone valid", "postcode layout", "cells left"]
    lines = ["| locale | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for locale, r in per.items():
        t = r["text_by_entity"]
        cells = [r["recall_shown"], r["precision_shown"], r["recall_hidden"], r["precision_hidden"], r["text_recall"]]
        cells += [t.get(e) for e in TEXT_ENTITIES] + [r["text_words_kept"], r["phone_valid"], r["postcode_layout"]]
        lines.append(f"| {locale} | {' + '.join(r.get('shapes', []))} | " + " | ".join(_f(c) for c in cells)
                     + f" | {sum(r['survivors'].values())} |")  # fmt: skip
    return lines


def _forms(per: dict) -> dict[str, list[int]]:
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in per.values():
        for key, (a, n) in r.get("forms", {}).items():
            forms[key][0] += a
            forms[key][1] += n
    return forms


def _pipeline_lines(pipe: dict) -> list[str]:
    lines = ["| table | shape | exit | CPU s | files | values checked | same row | anywhere | examples |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for tag, r in pipe.items():
        lines.append(f"| {tag} | {r.get('shape')} | {r.get('returncode')} | {r.get('cpu_seconds_child')} | "
                     f"{r.get('files')} | {sum(r.get('checked', {}).values())} | {r.get('same_row')} | "
                     f"{r.get('anywhere')} | {r.get('same_row_examples')} {r.get('anywhere_examples')} |")  # fmt: skip
    return lines


def _misses(per: dict) -> list[str]:
    lines = []
    for locale, r in per.items():
        lines.append(f"- **{locale}** ({' + '.join(r.get('shapes', []))}): shown missed {r.get('shown_miss', [])[:8]}; "
                     f"shown false {r.get('shown_false', [])[:6]}; hidden missed {r.get('hidden_miss', [])[:8]}; "
                     f"hidden false {r.get('hidden_false', [])[:6]}; cells left {r['survivors']} e.g. "
                     f"{r.get('left_examples', [])[:3]}; text misses {r.get('n_missed_text', 0)}")  # fmt: skip
        for m in r.get("missed_text", [])[:4]:
            lines.append(f"  - text kept {m[:260]!s}")
    return lines


def markdown(results: dict, spec: HeldoutSet) -> str:
    """One run's report: per-locale table, groups, note forms, pipeline, misses."""
    per = results["locales"]
    title = f"# PII stage on held-out set {spec.number} ({results.get('label', '')})"
    if spec.intro:
        lines = [title, "", spec.intro, "",
                 (f"Code measured: {results.get('commit')}. {results.get('rows')} rows per table. CPU "
                  f"{results.get('cpu_seconds')} s (process + children), load average at start {results.get('load')}."),
                 ""]  # fmt: skip
    else:
        lines = [title, "",
                 (f"Tables `bench_pii_heldout{spec.number}_tables.py` (seeds {list(spec.tables.SEEDS)}, "
                  f"{len(per)} locales, {results['rows']} rows per table, one export shape per table, default config "
                  f"`locales: [en_US]`). Metrics as {spec.metrics_as}. "
                  f"Code measured: {results.get('commit')}. CPU {results.get('cpu_seconds')} s (process + children), "
                  f"load average at start {results.get('load')}."), ""]  # fmt: skip
    lines += _locale_table(per)
    lines += ["", "| group | " + " | ".join(k.replace("_", " ") for k in _GROUP_KEYS) + " |",
              "|" + "---|" * (len(_GROUP_KEYS) + 1)]  # fmt: skip
    for title, group in spec.groups:
        group = tuple(x for x in group if x in per)
        if group:
            p = _pool(per, group)
            lines.append(f"| {title} | " + " | ".join(_f(p[k]) for k in _GROUP_KEYS) + " |")
    forms = _forms(per)
    if forms:
        scope = "" if spec.locale_counts else " (all locales)"
        lines += ["", f"## Free-text recall by note form and entity{scope}", "",
                  "| note form / entity | caught | of | recall |", "|---|---|---|---|"]  # fmt: skip
        for key, (a, n) in sorted(forms.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            lines.append(f"| {key} | {a} | {n} | {a / n:.3f} |")
    if results.get("pipeline"):
        lines += ["", "## Pipeline (`safe-synthesizer run train`, 1-minute cap): replay over `transformed_*.csv`", ""]
        lines += _pipeline_lines(results["pipeline"])
    lines += ["", "## Misses per locale", "", *_misses(per)]
    return "\n".join(lines) + "\n"


def _column_entities(pb: dict, pa: dict) -> dict[str, tuple[list[int], ...]]:
    """Per labelled column entity: (shown before, shown after, hidden before, hidden after) [hit, of]."""
    out: dict[str, tuple[list[int], ...]] = defaultdict(lambda: ([0, 0], [0, 0], [0, 0], [0, 0]))
    for i, (per, mode) in enumerate(((pb, "shown"), (pa, "shown"), (pb, "hidden"), (pa, "hidden"))):
        for r in per.values():
            for e, (a, n) in r["counts"].get(f"{mode}_entity", {}).items():
                out[e][i][0] += a
                out[e][i][1] += n
    return dict(sorted(out.items()))


def _arrow(b, a) -> str:
    return f"{_f(b)} → {_f(a)}"


def compare(before: dict, after: dict, spec: HeldoutSet) -> str:
    """The set's report: before/after by group with targets, per locale, note forms, misses, pipeline."""
    pb, pa = before["locales"], after["locales"]
    every = f"all {len(spec.tables.LOCALES)}"
    n_b, n_a = (f"{len(pb)} locales, ", f"{len(pa)} locales, ") if spec.locale_counts else ("", "")
    lines = [spec.compare_title, "", spec.compare_intro, "",
             (f"- BEFORE: {before.get('commit')}, {n_b}CPU {before.get('cpu_seconds')} s (process + children), load "
             f"{before.get('load')}"), (f"- AFTER: {after.get('commit')}, {n_a}CPU {after.get('cpu_seconds')} s, load "
             f"{after.get('load')}"), (f"- rows per table {after.get('rows')}; each run once; same tables both times: "
             f"{all(pb.get(x, {}).get('tables_sha256') == r.get('tables_sha256') for x, r in pa.items())} "
             "(per-locale SHA-256 of frames, labels and notes)"), "",
             "## By group (before → after; target from issue 11)", "",
             ]  # fmt: skip
    groups = [(t, tuple(x for x in g if x in pa and x in pb)) for t, g in spec.groups]
    groups = [(t, g) for t, g in groups if g]
    pools = [(_pool(pb, g), _pool(pa, g)) for _, g in groups]
    lines += ["| measure | target | " + " | ".join(t for t, _ in groups) + " |", "|" + "---|" * (len(groups) + 2)]
    for key in _GROUP_KEYS:
        target = TARGETS.get(key)
        lines.append(f"| {key.replace('_', ' ')} | {_f(target) if target else '-'} | "
                     + " | ".join(_arrow(b[key], a[key]) for b, a in pools) + " |")  # fmt: skip
    for e in TEXT_ENTITIES:
        if any(a["text_by_entity"].get(e) is not None for _, a in pools):
            target = TARGETS.get(e, TARGETS["ssn"] if e == "national_id" else None)
            lines.append(f"| text {e.replace('_', ' ')} | {_f(target) if target else '-'} | "
                         + " | ".join(_arrow(b["text_by_entity"].get(e), a["text_by_entity"].get(e)) for b, a in pools)
                         + " |")  # fmt: skip
    if spec.locale_counts:  # over the locales both runs have
        both = {x: pa[x] for x in pa if x in pb}
        entities = _column_entities({x: pb[x] for x in both}, both)
        heading = f"Column recall by labelled entity, {len(both)} locales (before → after):"
    else:
        entities = _column_entities(pb, pa)
        heading = f"Column recall by labelled entity, {every} locales (before → after; hits of columns):"
    lines += ["", heading, "", "| column entity | columns | names shown | names hidden |", "|---|---|---|---|"]
    for e, (shown_b, shown_a, hidden_b, hidden_a) in entities.items():
        lines.append(f"| {e} | {shown_a[1]} | {_arrow(_ratio(*shown_b), _ratio(*shown_a))} | "
                     f"{_arrow(_ratio(*hidden_b), _ratio(*hidden_a))} |")  # fmt: skip
    counts = pools[-1][1]["text_counts"]
    scope = "" if spec.locale_counts else f"{every}, "
    lines += ["", (f"Text spans ({scope}after): {sum(v[1] for v in counts.values())} "
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
        cells = [_arrow(b.get(k), a.get(k)) for k in keys]
        cells += [_arrow(tb.get(e), ta.get(e)) for e in ("name", "last_name", "street_address", "phone_number", nid)]
        cells.append(_arrow(b.get("text_words_kept"), a.get("text_words_kept")))
        lines.append(f"| {locale} | {' + '.join(a.get('shapes', []))} | " + " | ".join(cells) + " |")
    lines += ["", "## Per locale, AFTER, every entity", "", *_locale_table(pa)]
    fb, fa = _forms(pb), _forms(pa)
    scope = "" if spec.locale_counts else f"{every} locales; "
    lines += ["", f"## Free-text recall by note form and entity ({scope}before → after)", "",
              "| note form / entity | spans | before | after |", "|---|---|---|---|"]  # fmt: skip
    for key, (a, n) in sorted(fa.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        bb = fb.get(key, [0, 0])
        lines.append(f"| {key} | {n} | {_f(_ratio(*bb))} | {_f(_ratio(a, n))} |")
    words_b: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    words_a: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for src, dst in ((pb, words_b), (pa, words_a)):
        for r in src.values():
            for form, (k, n) in r.get("form_words", {}).items():
                dst[form][0] += k
                dst[form][1] += n
    lines += ["", "Template words kept by note form (before → after): "
              + "; ".join(f"{form} {_arrow(_ratio(*words_b[form]), _ratio(*v))}" for form, v in sorted(words_a.items()))
              + "."]  # fmt: skip
    either = "either file" if spec.locale_counts else "either transformed file"
    for name, res in (("BEFORE", before), ("AFTER", after)):
        if res.get("pipeline"):
            lines += ["", f"## Pipeline replay, {name} (`safe-synthesizer run train`, 1-minute cap)", "",
                      ("Same row: a labelled cell of `training.csv`/`test.csv`, or a full name, identifier or street "
                      "of the row's note, found as a whole cell or whole word in the same row of the transformed file. "
                      f"Anywhere: identifiers, streets and addresses found in any cell of {either}."), ""]
            lines += _pipeline_lines(res["pipeline"])  # fmt: skip
    lines += ["", "## Misses per locale (AFTER; first examples)", "", *_misses(pa)]
    return "\n".join(lines) + "\n"

