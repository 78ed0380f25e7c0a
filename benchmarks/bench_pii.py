"""PII stage benchmark: detection quality on a labelled set, and throughput.

Labelled set (built here, seeded):
- structured: 2,000 rows of ``lahman_people.csv`` (real names, places, a birth date built from
  birthYear/Month/Day) beside Faker-generated identifier columns (some with telling column names,
  some named ``col_*`` so only values can decide), plus ordinary columns of adult, women's
  clothing reviews and CDNOW that must *not* be tagged;
- free text: sentences with embedded real names and birth towns from Lahman plus Faker e-mails,
  phones, SSNs, cards, IBANs, IPs and URLs, with the true character spans.

Run: ``.venv/bin/python benchmarks/bench_pii.py`` -> ``benchmarks/results/pii.json`` and ``pii.md``;
``--throughput-only [--out NAME]`` times only the 100k x 10 replace -> ``results/NAME.json|md``
(default ``pii_throughput``), with CPU seconds and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import string
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.pii import detect_pii, replace_pii
from safe_synthesizer.pii import formats as F
from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
SEED = 0
N_ROWS = 2000

# Column label -> accepted entities (the first is the label).
LAHMAN_LABELS = {
    "birthState": ("state",),
    "birthCity": ("city",),
    "deathState": ("state",),
    "deathCity": ("city",),
    "nameFirst": ("first_name",),
    "nameLast": ("last_name",),
    "nameGiven": ("first_name", "name"),
    "birthDate": ("date_of_birth",),
}


def _faker(seed: int) -> Faker:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return fake


def structured_set(seed: int = SEED) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None]]:
    """A labelled table: column -> accepted entities, or None for a non-PII column."""
    lahman = read_table(DATA / "lahman_people.csv").sample(N_ROWS, random_state=seed).reset_index(drop=True)
    y, m, d = (pd.to_numeric(lahman[c], errors="coerce") for c in ("birthYear", "birthMonth", "birthDay"))
    ok = y.notna() & m.notna() & d.notna()
    lahman["birthDate"] = None
    lahman.loc[ok, "birthDate"] = [
        f"{int(a):04d}-{int(b):02d}-{int(c):02d}" for a, b, c in zip(y[ok], m[ok], d[ok], strict=True)
    ]
    labels: dict[str, tuple[str, ...] | None] = {c: LAHMAN_LABELS.get(c) for c in lahman.columns}

    fake = _faker(seed)
    n = N_ROWS
    gen = {
        "email": ("email", fake.email),
        "phone": ("phone_number", fake.phone_number),
        "ssn": ("ssn", fake.ssn),
        "cc_number": ("credit_debit_card", fake.credit_card_number),
        "iban": ("iban", fake.iban),
        "street_address": ("street_address", fake.street_address),
        "mailing_address": ("address", fake.address),
        "ip_address": ("ip_address", fake.ipv4),
        "website": ("url", fake.url),
        "zip": ("postcode", fake.postcode),
        "customer_name": ("name", fake.name),
        "fax": ("fax_number", fake.phone_number),
        "col_a": ("email", fake.email),
        "col_b": ("phone_number", fake.phone_number),
        "col_c": ("ssn", fake.ssn),
        "col_d": ("credit_debit_card", fake.credit_card_number),
        "col_e": ("iban", fake.iban),
        "col_f": ("ip_address", fake.ipv4),
        "col_g": ("name", fake.name),
        "col_h": ("street_address", fake.street_address),
        "col_i": ("url", fake.url),
    }
    extra = {}
    for column, (entity, method) in gen.items():
        extra[column] = [method() for _ in range(n)]
        labels[column] = (entity,) if entity != "phone_number" else ("phone_number", "fax_number")
    labels["fax"] = ("fax_number",)
    negatives = []
    for name in ("adult_train.csv", "womens_clothing_reviews.csv", "cdnow_transactions.csv", "pbcseq_visits.csv"):
        other = read_table(DATA / name)
        other = other.drop(columns=[c for c in ("Title", "Review Text") if c in other.columns])
        other = other.sample(n, random_state=seed, replace=len(other) < n).reset_index(drop=True)
        other.columns = [
            c if c not in labels and c not in extra else f"{name.split('_')[0]}_{c}" for c in other.columns
        ]
        negatives.append(other)
        labels.update(dict.fromkeys(other.columns))
    table = pd.concat([lahman, pd.DataFrame(extra), *negatives], axis=1)
    return table, labels


def column_quality(table: pd.DataFrame, labels: dict, params: ReplacePiiParameters) -> dict:
    schema = infer_schema(table)
    t0 = time.perf_counter()
    report = detect_pii(table, schema, params, seed=SEED)
    seconds = time.perf_counter() - t0
    found = report.columns_by_entity()
    positives = [c for c, lab in labels.items() if lab]
    tp = [c for c in positives if found.get(c) in labels[c]]
    wrong = {c: found[c] for c in found if not labels.get(c) or found[c] not in labels[c]}
    missed = {c: labels[c][0] for c in positives if c not in found}
    return {
        "n_columns": len(labels),
        "n_pii_columns": len(positives),
        "n_detected": len(found),
        "recall": len(tp) / len(positives),
        "precision": len(tp) / len(found) if found else 0.0,
        "false_or_wrong": wrong,
        "missed": missed,
        "detect_seconds": round(seconds, 2),
    }


TEMPLATES = [
    "Please contact {name} at {email} or call {phone}.",
    "{name} was born in {city} and now works remotely.",
    "My SSN is {ssn} and my card number is {card}.",
    "Wire the refund to IBAN {iban} before Friday, thanks {first}.",
    "Login from {ip} flagged for user {name}; see {url} for the policy.",
    "Yesterday {name} drove from {city} to {city2} to sign the lease.",
    "Send the invoice to {email}, attention {name}.",
    "I spoke with {name} on the phone ({phone}) about the delayed order.",
]


def text_set(seed: int = SEED, n: int = 1000) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    """Sentences with embedded entities and their true (start, end, entity) spans."""
    fake = _faker(seed + 1)
    people = read_table(DATA / "lahman_people.csv")[["nameFirst", "nameLast", "birthCity"]].dropna()
    people = people.sample(n * 2, random_state=seed, replace=True).to_numpy()
    texts, truths = [], []
    for i in range(n):
        template = TEMPLATES[i % len(TEMPLATES)]
        first, last, city = people[i]
        values = {
            "name": (f"{first} {last}", "name"),
            "first": (first, "name"),
            "city": (city, "city"),
            "city2": (people[n + i][2], "city"),
            "email": (fake.email(), "email"),
            "phone": (fake.phone_number(), "phone_number"),
            "ssn": (fake.ssn(), "ssn"),
            "card": (fake.credit_card_number(), "credit_debit_card"),
            "iban": (fake.iban(), "iban"),
            "ip": (fake.ipv4(), "ip_address"),
            "url": (fake.url(), "url"),
        }
        text, spans = "", []
        for literal, field, _, _ in string.Formatter().parse(template):
            text += literal
            if field:
                value, entity = values[field]
                spans.append((len(text), len(text) + len(value), entity))
                text += value
        texts.append(text)
        truths.append(spans)
    return texts, truths


def text_quality(params: ReplacePiiParameters) -> dict:
    texts, truths = text_set()
    t0 = time.perf_counter()
    detector = load_text_detector(params.entities, threshold=params.globals.ner_threshold)
    load_seconds = time.perf_counter() - t0
    if detector is None:
        return {"skipped": "pii extra not installed"}
    # Best of three runs: the machine is shared, the minimum is the least disturbed measurement.
    runs = []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        found = detector.find_spans(texts)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    seconds, cpu_seconds = min(runs)
    median_seconds = sorted(r[0] for r in runs)[1]
    per_entity: dict[str, list[int]] = {}
    n_pred = n_pred_ok = 0
    for truth, spans in zip(truths, found, strict=True):
        for start, end, entity in truth:
            hit = any(s.start < end and start < s.end and s.entity == entity for s in spans)
            per_entity.setdefault(entity, [0, 0])
            per_entity[entity][0] += hit
            per_entity[entity][1] += 1
        for s in spans:
            n_pred += 1
            n_pred_ok += any(s.start < end and start < s.end and s.entity == e for start, end, e in truth)
    hits = sum(v[0] for v in per_entity.values())
    total = sum(v[1] for v in per_entity.values())
    reviews = read_table(DATA / "womens_clothing_reviews.csv")["Review Text"].dropna().head(3000).tolist()
    t0, c0 = time.perf_counter(), time.process_time()
    review_spans = detector.find_spans(reviews)
    review_seconds, review_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "n_sentences": len(texts),
        "n_entities": total,
        "entity_recall": hits / total,
        "span_precision": n_pred_ok / n_pred if n_pred else 0.0,
        "recall_by_entity": {e: round(v[0] / v[1], 4) for e, v in sorted(per_entity.items())},
        "model_load_seconds": round(load_seconds, 2),
        "sentences_per_second": round(len(texts) / seconds, 1),
        "sentences_per_second_median": round(len(texts) / median_seconds, 1),
        "sentences_per_cpu_second": round(len(texts) / cpu_seconds, 1),
        "reviews_per_second": round(len(reviews) / review_seconds, 1),
        "reviews_per_cpu_second": round(len(reviews) / review_cpu, 1),
        "review_spans_found": int(sum(len(s) for s in review_spans)),
    }


def throughput_table(n: int = 100_000, seed: int = SEED) -> pd.DataFrame:
    """100k rows x 10 structured PII columns: unique identifiers, repeated names and places."""
    rng = np.random.default_rng(seed)
    fake = _faker(seed)
    lahman = read_table(DATA / "lahman_people.csv")
    pick = rng.integers(0, len(lahman), size=n)
    streets = np.array([fake.street_address() for _ in range(5000)], dtype=object)
    iban_template = fake.iban()
    first = lahman["nameFirst"].to_numpy()[pick]
    last = lahman["nameLast"].to_numpy()[pick]
    digits = rng.integers(0, 10, size=(n, 10))
    return pd.DataFrame(
        {
            "first_name": first,
            "last_name": last,
            "email": [f"{a}.{b}{i}@example.org".lower() for i, (a, b) in enumerate(zip(first, last, strict=True))],
            "phone": [
                f"({2 + r[0] % 8}{r[1]}{r[2]}) {2 + r[3] % 8}{r[4]}{r[5]}-{r[6]}{r[7]}{r[8]}{r[9]}" for r in digits
            ],
            "ssn": [F.fake_ssn("000-00-0000", rng) for _ in range(n)],
            "card_number": [F.fake_card("4000000000000000", rng) for _ in range(n)],
            "iban": [F.fake_iban(iban_template, rng) for _ in range(n)],
            "street": streets[rng.integers(0, len(streets), size=n)],
            "city": lahman["birthCity"].to_numpy()[pick],
            "state": lahman["birthState"].to_numpy()[pick],
        }
    )


def throughput(params: ReplacePiiParameters) -> dict:
    table = throughput_table()
    t0 = time.perf_counter()
    schema = infer_schema(table)
    schema_seconds = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    result = replace_pii(table, schema, params, seed=SEED)
    seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    leaked = {
        c: int(table[c].isin(set(result.data[c].dropna())).sum())
        for c in ("email", "phone", "ssn", "card_number", "iban")
    }
    return {
        "rows": len(table),
        "columns": table.shape[1],
        "replace_seconds": round(seconds, 2),
        "replace_cpu_seconds": round(cpu_seconds, 2),
        "schema_seconds": round(schema_seconds, 2),
        "columns_replaced": len(result.report),
        "original_identifiers_in_output": leaked,
    }


def throughput_only(params: ReplacePiiParameters, out: str) -> int:
    """Time the 100k x 10 replace alone (CPU and wall) with the load average around it."""
    load_before = os.getloadavg()
    result = throughput(params)
    result["load_average_before"] = [round(x, 1) for x in load_before]
    result["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
    RESULTS.mkdir(parents=True, exist_ok=True)
    atomic_write_json(RESULTS / f"{out}.json", result)
    md = [
        "# PII replace, 100k rows x 10 columns",
        "",
        "| rows | columns replaced | replace wall s | replace CPU s | schema inference wall s | load before "
        "| load after |",
        "|---|---|---|---|---|---|---|",
        f"| {result['rows']} | {result['columns_replaced']} | {result['replace_seconds']} | "
        f"{result['replace_cpu_seconds']} | {result['schema_seconds']} | {result['load_average_before']} | "
        f"{result['load_average_after']} |",
        "",
        f"Original identifiers found in replaced output: {result['original_identifiers_in_output']}. "
        f"Target: replace <= 30 s. Machine: {os.cpu_count()} cores shared with other jobs.",
        "",
    ]
    atomic_write_text(RESULTS / f"{out}.md", "\n".join(md))
    print("\n".join(md))
    return 0


def main() -> int:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--throughput-only", action="store_true", help="time the 100k x 10 replace only")
    parser.add_argument("--out", default="pii_throughput", help="results name for --throughput-only")
    args = parser.parse_args()
    params = ReplacePiiParameters(entities=list(KNOWN_ENTITIES))
    if args.throughput_only:
        return throughput_only(params, args.out)
    table, labels = structured_set()
    # Harder variant: every column renamed to an uninformative name, so only values decide.
    blind_names = {c: f"c{i:03d}" for i, c in enumerate(table.columns)}
    blind = column_quality(table.rename(columns=blind_names), {blind_names[c]: v for c, v in labels.items()}, params)
    results = {
        "column_detection": column_quality(table, labels, params),
        "column_detection_values_only": blind,
        "free_text": text_quality(params),
        "throughput": throughput(params),
        "targets": {
            "column_recall": 0.99,
            "column_precision": 0.97,
            "text_entity_recall": 0.85,
            "structured_100k_x10_seconds": 30,
            "text_cells_per_second": 500,
        },
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    atomic_write_json(RESULTS / "pii.json", results)
    atomic_write_text(RESULTS / "pii.md", _markdown(results))
    print(_markdown(results))
    return 0


def _markdown(r: dict) -> str:
    c, t, p = r["column_detection"], r["free_text"], r["throughput"]
    b = r["column_detection_values_only"]
    lines = [
        "# PII benchmark",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| column-level recall ({c['n_pii_columns']} PII columns) | {c['recall']:.3f} | >= 0.99 |",
        f"| column-level precision ({c['n_columns']} columns) | {c['precision']:.3f} | >= 0.97 |",
        f"| column-level recall / precision, names hidden (values only) | {b['recall']:.3f} / "
        f"{b['precision']:.3f} | >= 0.99 / 0.97 (date of birth undecidable from values) |",
        f"| free-text entity recall ({t.get('n_entities', 0)} entities) | {t.get('entity_recall', 0):.3f} | >= 0.85 |",
        f"| free-text span precision | {t.get('span_precision', 0):.3f} | |",
        f"| free text, labelled sentences/s (wall best of 3; median; per CPU-second) | "
        f"{t.get('sentences_per_second', 0)}; {t.get('sentences_per_second_median', 0)}; "
        f"{t.get('sentences_per_cpu_second', 0)} | >= 500 |",
        f"| free text, real reviews/s (wall; per CPU-second) | {t.get('reviews_per_second', 0)}; "
        f"{t.get('reviews_per_cpu_second', 0)} | |",
        f"| replace 100k rows x 10 columns, s (wall; CPU) | {p['replace_seconds']}; {p['replace_cpu_seconds']} "
        "| <= 30 |",
        "",
        "Per-locale tables (7 locales, names shown and hidden): see `pii_locales.md`.",
        f"Missed columns: {c['missed'] or 'none'}; wrong or false columns: {c['false_or_wrong'] or 'none'}.",
        f"Values only, missed: {b['missed'] or 'none'}; wrong or false: {b['false_or_wrong'] or 'none'}.",
        f"Free-text recall by entity: {t.get('recall_by_entity')}.",
        f"Original identifiers found in replaced output: {p['original_identifiers_in_output']}.",
        f"Machine: {os.cpu_count()} cores shared with other jobs (load average at the end: "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}); wall-clock rates vary with that load.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
