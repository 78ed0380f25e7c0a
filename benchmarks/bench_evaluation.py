"""Evaluation benchmark on Adult: wall time of ``evaluate`` at full size, the sanity orderings of
SQS and DPS at full size, and the HTML report's size and render time.

Cases (training = ``adult_train.csv``, 26,049 rows; holdout = ``adult_holdout.csv``, 6,512 rows):
- ``copy``: the training table with its rows shuffled (26,049 rows) - the timing case of the target;
- ``noisy_copy``: each training row with numeric jitter (10 % of a std) and 10 % of categories redrawn;
- ``real_sample``: first half of the holdout as "synthetic", second half as holdout (independent);
- ``shuffled_columns``: every training column permuted independently (26,049 rows);
- ``uniform``: every column uniform over its training range / categories (26,049 rows).

Run: ``.venv/bin/python benchmarks/bench_evaluation.py`` -> ``benchmarks/results/evaluation.json``
and ``evaluation.md``. Timings vary with the load of the shared 2-core machine (recorded).
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.report import ReportContext, write_report
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
TARGET_SECONDS = 60.0


def cases(train: pd.DataFrame, holdout: pd.DataFrame, seed: int = 0) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    rng = np.random.default_rng(seed)
    numeric = [c for c in train.columns if train[c].dtype.kind in "iu"]
    noisy = train.copy()
    for c in train.columns:
        if c in numeric:
            noisy[c] = (train[c] + rng.normal(0, 0.1 * train[c].std(), len(train))).round().astype(int)
        else:
            redraw = rng.random(len(train)) < 0.1
            noisy.loc[redraw, c] = rng.choice(train[c].to_numpy(), int(redraw.sum()))
    uniform = pd.DataFrame(
        {
            c: rng.integers(train[c].min(), train[c].max() + 1, len(train))
            if c in numeric
            else rng.choice(sorted(train[c].unique()), len(train))
            for c in train.columns
        }
    )
    half = len(holdout) // 2
    return {
        "copy": (train.sample(frac=1.0, random_state=seed).reset_index(drop=True), holdout),
        "noisy_copy": (noisy, holdout),
        "real_sample": (holdout.iloc[:half].reset_index(drop=True), holdout.iloc[half:].reset_index(drop=True)),
        "shuffled_columns": (pd.DataFrame({c: rng.permutation(train[c].to_numpy()) for c in train.columns}), holdout),
        "uniform": (uniform, holdout),
    }


def browser_render_seconds(path: Path) -> dict | None:
    """Load the report in headless Chromium and read the page's own render timer (None if absent)."""
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1800",
    ):
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = shutil.which("chromium")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        started = time.perf_counter()
        driver.get(path.as_uri())
        for _ in range(1200):
            if driver.execute_script("return document.body && document.body.dataset.rendered || null"):
                break
            time.sleep(0.05)
        wall = time.perf_counter() - started
        return {
            "load_and_render_s": round(wall, 2),
            "plotly_render_ms": int(driver.execute_script("return document.body.dataset.renderMs || -1")),
            "charts": int(driver.execute_script("return document.querySelectorAll('.chart').length")),
        }
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> int:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    train = pd.read_csv(DATA / "adult_train.csv")
    holdout = pd.read_csv(DATA / "adult_holdout.csv")
    schema = infer_schema(train)
    rows = {}
    copy_result = None
    for name, (synthetic, test) in cases(train, holdout).items():
        cpu0, t0 = time.process_time(), time.perf_counter()
        result = evaluate(train, synthetic, test, schema=schema)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        rows[name] = {
            "synthetic_rows": len(synthetic),
            "holdout_rows": len(test),
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "stage_s": {k: round(v, 2) for k, v in result.timings.items()},
            "sqs": result.sqs,
            "sqs_grade": result.sqs_grade,
            "dps": result.dps,
            "dps_grade": result.dps_grade,
            "sub_scores": result.sub_scores,
            "mia": result.mia,
            "aia": result.aia,
            "copy_protection": result.copy_protection,
            "exact_match_rate": result.copying.exact_match_synthetic,
            "dcr_share": result.copying.dcr_share,
            "utility": result.utility.to_dict() if result.utility else None,
        }
        print(f"{name}: {wall:.1f}s SQS {result.sqs:.2f} DPS {result.dps:.2f}", flush=True)
        if name == "copy":
            copy_result = result
    # report of the realistic case (independent sample) plus its render time
    report_dir = Path(tempfile.mkdtemp(prefix="bench-eval-"))
    synthetic, test = cases(train, holdout)["real_sample"]
    real = evaluate(train, synthetic, test, schema=schema)
    t0 = time.perf_counter()
    path = write_report(real, report_dir / "evaluation_report.html", context=ReportContext(title="Adult benchmark"))
    report = {"write_s": round(time.perf_counter() - t0, 2), "file_bytes": path.stat().st_size}
    report["browser"] = browser_render_seconds(path)
    shutil.rmtree(report_dir, ignore_errors=True)

    order_sqs = ["copy", "real_sample", "shuffled_columns", "uniform"]
    order_dps = ["copy", "noisy_copy", "real_sample"]
    payload = {
        "machine": {"cores": os.cpu_count(), "load_average_end": os.getloadavg(), "python": sys.version.split()[0]},
        "target_wall_s": TARGET_SECONDS,
        "cases": rows,
        "sqs_order_holds": all(rows[a]["sqs"] > rows[b]["sqs"] for a, b in itertools.pairwise(order_sqs)),
        "dps_order_holds": all(rows[a]["dps"] < rows[b]["dps"] for a, b in itertools.pairwise(order_dps)),
        "report": report,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    atomic_write_json(RESULTS / "evaluation.json", payload)
    atomic_write_text(RESULTS / "evaluation.md", _markdown(payload, copy_result is not None))
    return 0


def _markdown(p: dict, _: bool) -> str:
    lines = [
        "# Evaluation benchmark (Adult)",
        "",
        "Training 26,049 rows; holdout 6,512 rows (the real-sample case splits the holdout in two).",
        "",
        "| case | synthetic rows | wall s (target <= 60) | SQS | grade | DPS | grade | MIA | AIA | copy prot. "
        "| exact-match rate | DCR share | TSTR AUC / real AUC |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in p["cases"].items():
        u = r["utility"] or {}
        auc = (
            (
                f"{u['train_synthetic_test_real'].get('auc', float('nan')):.3f} / "
                f"{u['train_real_test_real'].get('auc', float('nan')):.3f}"
            )
            if u.get("task")
            else "-"
        )
        lines.append(
            f"| {name} | {r['synthetic_rows']} | {r['wall_s']} | {r['sqs']:.2f} | {r['sqs_grade']} | "
            f"{r['dps']:.2f} | {r['dps_grade']} | {r['mia']:.2f} | {r['aia']:.2f} | "
            f"{r['copy_protection']:.2f} | {r['exact_match_rate']:.4f} | {r['dcr_share']:.3f} | {auc} |"
        )
    rep = p["report"]
    browser = rep["browser"] or {}
    lines += [
        "",
        f"SQS order copy > real sample > shuffled columns > uniform holds: {p['sqs_order_holds']}.",
        f"DPS order copy < noisy copy < real sample holds: {p['dps_order_holds']}.",
        "",
        f"Report (real-sample case): {rep['file_bytes'] / 1e6:.2f} MB, written in {rep['write_s']} s; "
        f"headless Chromium load + render {browser.get('load_and_render_s', '-')} s "
        f"(plotly render {browser.get('plotly_render_ms', '-')} ms, {browser.get('charts', '-')} charts).",
        "",
        "Stage seconds (copy case): " + ", ".join(f"{k} {v}" for k, v in p["cases"]["copy"]["stage_s"].items()),
        "",
        f"Machine: {p['machine']['cores']} cores shared with other jobs (load average at the end: "
        + ", ".join(f"{x:.1f}" for x in p["machine"]["load_average_end"])
        + ").",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
