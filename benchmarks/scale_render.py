"""``results/scale.md`` rendered from ``results/scale.json`` (one section per benchmark key prefix)."""

from __future__ import annotations


def render(data: dict) -> str:
    lines = ["# Scale benchmark (benchmarks/bench_scale.py)", "",
             "Machine: 2 shared cores (load average in the table), 24 GB RAM, no GPU. CPU s is user + system "
             "time of the generating process(es); compare it and the ratios, wall time depends on the load.", ""]
    gen = {k: v for k, v in data.items() if k.startswith("generate/")}
    if gen:
        lines += ["## Generation (Adult model, 15 columns)", "",
                  "| format | processes | rows | wall s | rows/s | CPU s | CPU µs/row | peak RSS MB | file MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(gen, key=lambda k: (k.split("/")[1], k.split("/")[2], int(k.split("/")[3]))):
            _, fmt, procs, rows = key.split("/")
            r = gen[key]
            lines.append(f"| {fmt} | {procs[1:]} | {int(rows):,} | {r['seconds']} | {r['rows_per_second']:,} | "
                         f"{r['cpu_seconds']} | {r['cpu_us_per_row']} | {r['peak_rss_mb']} | {r['file_mb']} | "
                         f"{r['load_average']} |")
        lines.append("")
    cols = {k: v for k, v in data.items() if k.startswith("columns/")}
    if cols:
        lines += ["## Generation vs columns (CSV, one process)", "",
                  "| columns | rows | wall s | rows/s | CPU µs/row | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|"]
        for key in sorted(cols, key=lambda k: int(k.split("/")[1])):
            r = cols[key]
            lines.append(f"| {r['columns']} | {r['rows']:,} | {r['seconds']} | {r['rows_per_second']:,} | "
                         f"{r['cpu_us_per_row']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    prep = {k: v for k, v in data.items() if k.startswith("prepare/")}
    if prep:
        lines += ["## From raw table to training tokens (Adult resampled with noise, cells as text)", "",
                  "Schema inference, typing (apply_schema), codec fit, encoding and the deterministic-pair "
                  "search, CPU s of each in one child process; `before` is the code before the vectorised "
                  "codec (commit 23a1797), run back to back with `after`.", "",
                  "| rows | code | schema | apply | fit | encode | pairs | total CPU s | CPU µs/row | "
                  "bytes/token | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(prep, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r, c = prep[key], prep[key]["steps_cpu_seconds"]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {c['schema']} | {c['apply_schema']} | {c['fit']} | "
                         f"{c['encode']} | {c['pairs']} | {r['total_cpu_seconds']} | {r['cpu_us_per_row']} | "
                         f"{r['token_bytes_per_cell']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    typing = {k: v for k, v in data.items() if k.startswith("prepare-typing/")}
    if typing:
        lines += ["### Typing fast path (apply_schema, data.fast_typing)", "",
                  "`prepare --before-src` with the code before the pyarrow fast path (commit 146a337) as "
                  "`before`, back to back in one session.", "",
                  "| rows | code | schema | apply | fit | encode | pairs | total CPU s | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(typing, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r, c = typing[key], typing[key]["steps_cpu_seconds"]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {c['schema']} | {c['apply_schema']} | {c['fit']} | "
                         f"{c['encode']} | {c['pairs']} | {r['total_cpu_seconds']} | {r['peak_rss_mb']} | "
                         f"{r['load_average']} |")
        lines.append("")
    tr = {k: v for k, v in data.items() if k.startswith("train/")}
    if tr:
        lines += ["## Training (Adult resampled with noise; SQS on Adult's real holdout)", "",
                  "| rows | budget min | train s | CPU s | epochs | steps | records seen | stopped by | "
                  "peak RSS MB (training / with evaluation) | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(tr, key=lambda k: int(k.split("/")[1])):
            r = tr[key]
            lines.append(f"| {r['rows']:,} | {r['budget_minutes']} | {r['train_seconds']} | {r['cpu_seconds']} | "
                         f"{r['epochs']} | {r['steps']} | {r['records_seen']:,} | {r['stopped_by']} | "
                         f"{r['peak_rss_mb_training']} / {r['peak_rss_mb']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    piis = {k: v for k, v in data.items() if k.startswith("pii/")}
    if piis:
        lines += ["## PII stage (Adult resampled + 4 PII columns from 100,000 persons)", "",
                  "`memory` is the former stage (both splits read whole, concatenated, replaced, written); "
                  "`chunked` is `replace_pii_files` (100,000-row chunks, plan on a 100,000-row sample). One "
                  "child process each, back to back; CPU s of the stage itself, peak RSS of the process "
                  "(the imports alone: `RSS before`).", "",
                  "| rows | mode | stage CPU s | CPU µs/row | wall s | RSS before MB | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|"]
        for key in sorted(piis, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "memory")):
            r = piis[key]
            lines.append(f"| {r['rows']:,} | {r['mode']} | {r['cpu_seconds_stage']} | "
                         f"{round(1e6 * r['cpu_seconds_stage'] / r['rows'], 1)} | {r['seconds']} | "
                         f"{r['rss_before_mb']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    runs = {k: v for k, v in data.items() if k.startswith("run/")}
    if runs:
        lines += ["## Whole pipeline (SDK stages of `safe-synthesizer run`; Adult resampled with noise)", "",
                  "CPU s per stage (process_data = read, schema, preflight, split and PII), the peak RSS "
                  "reached by the end of each stage, SQS on the run's own holdout.", "",
                  "| rows | budget min | process_data CPU s (µs/row) | train CPU s | generate CPU s | "
                  "evaluate CPU s | peak RSS MB after data / train / generate / evaluate | train wall s | "
                  "steps | stopped by | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(runs, key=lambda k: int(k.split("/")[1])):
            r = runs[key]
            c, p, w = r["stage_cpu_seconds"], r["peak_rss_mb_after"], r["stage_seconds"]
            lines.append(f"| {r['rows']:,} | {r['budget_minutes']} | {c['process_data']} "
                         f"({round(1e6 * c['process_data'] / r['rows'], 1)}) | {c['train']} | {c['generate']} | "
                         f"{c['evaluate']} | {p['process_data']} / {p['train']} / {p['generate']} / {p['evaluate']} | "
                         f"{w.get('train')} | {r['steps']} | {r['stopped_by']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    lines += _render_out_of_core(data)
    lines += _render_quality(data)
    evals = {k: v for k, v in data.items() if k.startswith("evaluate/")}
    if evals:
        lines += ["## Evaluate stage alone (the `run` benchmark's run folder)", "",
                  "`before`: the training split read whole; `after`: over 64 MB it is read as a uniform "
                  "100,000-row sample by streaming. One child process each, back to back. SQS with one 1,000-row "
                  "reference draw (the evaluation before `reference_draws`): the gap is that draw, see the "
                  "evalnoise section.", "",
                  "| rows | code | stage CPU s | wall s | RSS before MB | peak RSS MB | SQS | load |",
                  "|---|---|---|---|---|---|---|---|"]
        for key in sorted(evals, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r = evals[key]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {r['cpu_seconds_stage']} | {r['seconds']} | "
                         f"{r['rss_before_mb']} | {r['peak_rss_mb']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    return "\n".join(lines)


def _render_out_of_core(data: dict) -> list[str]:
    runs = {k: v for k, v in data.items() if k.startswith("runio/")}
    lines: list[str] = []
    if runs:
        lines += ["## Out-of-core input (whole pipeline, before/after; Adult resampled with noise)", "",
                  "`before`: the table read whole by `inspect_data` and the training split read whole; `after`: "
                  "a file over 64 MB is inspected and split by streaming (data.out_of_core) and trained from its "
                  "file (data.training_file: codec on a 200,000-row sample, tokens memory-mapped). One child "
                  "process each, back to back; peak RSS (ru_maxrss) reached by the end of each stage. A 1-minute "
                  "budget (steps depend on the load) and one 1,000-row reference draw: quality is compared at a "
                  "fixed step budget in the steps section.", "",
                  "| rows | file MB | code | process_data CPU s (µs/row) | train CPU s | generate CPU s | "
                  "evaluate CPU s | peak RSS MB after data / train / generate / evaluate | steps | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(runs, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r = runs[key]
            c, p = r["stage_cpu_seconds"], r["peak_rss_mb_after"]
            lines.append(f"| {r['rows']:,} | {r.get('file_mb')} | {key.split('/')[1]} | {c['process_data']} "
                         f"({round(1e6 * c['process_data'] / r['rows'], 1)}) | {c['train']} | {c['generate']} | "
                         f"{c['evaluate']} | {p['process_data']} / {p['train']} / {p['generate']} / {p['evaluate']} | "
                         f"{r['steps']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    same = data.get("identical/small")
    if same:
        lines += ["## Small table: the same artifacts before and after", "",
                  "2,000 Adult rows, 1 epoch, `data.random_state: 0`, run with the code before the out-of-core "
                  f"change and after: {len(same['files'])} artifacts compared by sha256 (builtin.json and "
                  "evaluation_metrics.json without their timings); differing: "
                  f"{', '.join(same['differ']) or 'none'}.", ""]
    return lines


def _render_quality(data: dict) -> list[str]:
    """The ``steps`` (fixed step budget) and ``evalnoise`` (reference-draw noise) sections."""
    lines: list[str] = []
    steps = {k: v for k, v in data.items() if k.startswith("steps/")}
    if steps:
        lines += ["## Out-of-core quality at a fixed step budget (bench_scale.py steps)", "",
                  "The whole pipeline with exactly the given number of optimiser steps (one epoch cut to that "
                  "many batches, no time budget), same seed (`data.random_state`) per row group: `before` the "
                  "code before the out-of-core change (6b7b08e), `after` the out-of-core code (codec on a "
                  "200,000-record sample), `after-codec-all` the same code with the codec fitted on every "
                  "record. `SQS run` is the pipeline's own score (one reference draw); `SQS common` is the "
                  "same synthetic records scored by one code against 5 disjoint equal-size draws of the run's "
                  "training split (mean ± sd over the draws).", "",
                  "| rows | seed | code | steps | records | codec fit rows | validation loss | process_data CPU s | "
                  "train CPU s | evaluate CPU s | peak RSS MB after data / train / evaluate | SQS run | "
                  "SQS common | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        order = {"before": 0, "after": 1, "after-codec-all": 2}
        for key in sorted(steps, key=lambda k: (int(k.split("/")[2]), int(k.split("/")[4]), order[k.split("/")[1]])):
            r = steps[key]
            c, p = r["stage_cpu_seconds"], r["peak_rss_mb_after"]
            fit = f"{r['codec_fit_rows']:,}" if r.get("codec_fit_rows") else "all (in memory)"
            lines.append(f"| {r['rows']:,} | {r['seed']} | {key.split('/')[1]} | {r['steps']} | {r['records']:,} | "
                         f"{fit} | {r['best_validation_loss']:.3f} | {c['process_data']} | {c['train']} | "
                         f"{c['evaluate']} | {p['process_data']} / {p['train']} / {p['evaluate']} | "
                         f"{r['sqs_run']:.3f} | {r['sqs_common']:.3f} ± {r['sqs_common_sd']:.3f} | "
                         f"{r['load_average']} |")
        lines.append("")
    noise = {k: v for k, v in data.items() if k.startswith("evalnoise/")}
    for key in sorted(noise):
        r = noise[key]
        lines += [f"## Evaluation: training split whole vs streamed sample ({r['training_rows']:,} training rows, "
                  f"{r['synthetic_rows']:,} synthetic records)", "",
                  "One run's synthetic records scored (`evaluate`, quality only) against its training split read "
                  "whole (several evaluation seeds) and read as 100,000-row streamed samples (several sample "
                  "seeds), with one reference draw (the former evaluation) and with the sub-scores averaged "
                  "over up to 5 disjoint draws (`evaluation.sample_sizes.reference_draws`).", "",
                  "| reference draws | whole: SQS | whole: mean ± sd | sampled: SQS | sampled: mean ± sd | CPU s |",
                  "|---|---|---|---|---|---|"]
        for name in sorted(k for k in r if k.startswith("draws")):
            d = r[name]
            whole, sampled = (", ".join(f"{v:.3f}" for v in d[side]) for side in ("whole", "sampled"))
            lines.append(f"| {name[5:]} | {whole} | {d['whole_mean']:.3f} ± {d['whole_sd']:.3f} | {sampled} | "
                         f"{d['sampled_mean']:.3f} ± {d['sampled_sd']:.3f} | {d['cpu_seconds']} |")
        lines.append("")
    return lines

