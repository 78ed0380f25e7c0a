"""preflight: size thresholds, DP unit counts, entity/order columns and degenerate columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.config import SafeSynthesizerParameters, apply_overrides
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.preflight import FEW_DP_UNITS, FEW_ROWS, MIN_ROWS, Finding, preflight
from safe_synthesizer.data.readers import read_table


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"x": [str(i % 7) for i in range(n)], "g": [str(i // 3) for i in range(n)]})


def _run(frame: pd.DataFrame, **overrides: object) -> list[Finding]:
    params = apply_overrides(SafeSynthesizerParameters(), overrides)
    schema = infer_schema(frame)
    return preflight(frame, schema, params, source="t.csv")


def _messages(findings: list[Finding], level: str) -> list[str]:
    return [f.message for f in findings if f.level == level]


def test_thresholds_match_the_reference() -> None:
    assert (MIN_ROWS, FEW_ROWS, FEW_DP_UNITS) == (200, 1000, 10_000)


@pytest.mark.parametrize(
    ("n", "errors", "warnings"),
    [
        (199, ["t.csv: 199 rows; at least 200 are needed to train and evaluate a model"], []),
        (200, [], ["t.csv: only 200 rows; expect weaker quality below 1000"]),
        (999, [], ["t.csv: only 999 rows; expect weaker quality below 1000"]),
        (1000, [], []),
    ],
)
def test_row_count_thresholds(n: int, errors: list[str], warnings: list[str]) -> None:
    findings = _run(_frame(n))
    assert _messages(findings, "error") == errors
    assert _messages(findings, "warning") == warnings


def test_dp_with_few_records_warns() -> None:
    findings = _run(_frame(1000), privacy__dp_enabled=True)
    assert _messages(findings, "warning") == [
        "differential privacy with 1000 records: under 10000 the noise usually costs much quality"
    ]


def test_dp_counts_entities_when_grouped() -> None:
    findings = _run(_frame(1000), privacy__dp_enabled=True, data__group_training_examples_by="g")
    assert _messages(findings, "warning") == [
        "differential privacy with 334 entities ('g'): under 10000 the noise usually costs much quality"
    ]


def test_dp_with_enough_units_is_quiet() -> None:
    assert _run(_frame(10_000), privacy__dp_enabled=True) == []


def test_no_dp_warning_without_dp() -> None:
    assert _run(_frame(1000)) == []


def test_missing_group_and_order_columns_are_errors() -> None:
    findings = _run(_frame(1000), data__group_training_examples_by="patient", data__order_training_examples_by="visit")
    assert _messages(findings, "error") == [
        "data.group_training_examples_by: column 'patient' is not in t.csv; columns are ['x', 'g']",
        "data.order_training_examples_by: column 'visit' is not in t.csv; columns are ['x', 'g']",
    ]


def test_order_without_group_warns() -> None:
    findings = _run(_frame(1000), data__order_training_examples_by="x")
    assert _messages(findings, "warning") == [
        "data.order_training_examples_by is set without data.group_training_examples_by; it has no effect"
    ]


def test_constant_empty_and_identifier_columns() -> None:
    frame = _frame(1000).assign(c=["k"] * 1000, e=[None] * 1000, rid=[f"r{i:05d}" for i in range(1000)])
    findings = _run(frame)
    assert findings == [
        Finding("warning", "column 'e' is empty; it will stay empty"),
        Finding("info", "column 'c' is constant; it is copied as is"),
        Finding("info", "column 'rid' is an identifier; new unique values are generated"),
    ]


def test_errors_sort_first() -> None:
    findings = _run(_frame(150).assign(e=[None] * 150), data__group_training_examples_by="nope")
    assert [f.level for f in findings] == ["error", "error", "warning"]


def test_pbcseq_grouped_by_id_passes(data_slice: Callable[..., Path]) -> None:
    frame = read_table(data_slice("pbcseq_visits.csv"))
    params = apply_overrides(
        SafeSynthesizerParameters(),
        {"data__group_training_examples_by": "id", "data__order_training_examples_by": "day"},
    )
    schema = infer_schema(frame, group_by="id", order_by="day")
    assert preflight(frame, schema, params, source="pbcseq_visits.csv") == []
    dp = apply_overrides(params, {"privacy__dp_enabled": True})
    warnings = _messages(preflight(frame, schema, dp), "warning")
    assert warnings[0] == (
        "differential privacy with 312 entities ('id'): under 10000 the noise usually costs much quality"
    )
    # The DP guidance reaches the console: too few patients for the DP statistics at epsilon 8.
    assert len(warnings) == 2 and "privacy.public_bounds" in warnings[1] and "epsilon 8" in warnings[1]


def test_dp_refuses_missing_entity_ids() -> None:
    frame = _frame(1000)
    frame.loc[[3, 10], "g"] = None
    errors = _messages(_run(frame, privacy__dp_enabled=True, data__group_training_examples_by="g"), "error")
    assert len(errors) == 1 and "column 'g' is empty in 2 row(s)" in errors[0] and "Fill the missing ids" in errors[0]
    # Without DP a missing id is allowed.
    assert _messages(_run(frame, data__group_training_examples_by="g"), "error") == []


def test_dp_delta_is_warned_above_one_over_n_and_refused_above_the_bound() -> None:
    refused = _messages(_run(_frame(1000), privacy__dp_enabled=True, privacy__delta=0.5), "error")
    assert len(refused) == 1 and refused[0].startswith("privacy.delta: 0.5 is above 0.01")
    warned = _messages(_run(_frame(1000), privacy__dp_enabled=True, privacy__delta=0.005), "warning")
    assert any(w.startswith("privacy.delta: 0.005 is above 1/n") for w in warned)


def test_dp_huge_epsilon_is_an_error() -> None:
    errors = _messages(_run(_frame(1000), privacy__dp_enabled=True, privacy__epsilon=1000), "error")
    assert len(errors) == 1 and errors[0].startswith("privacy.epsilon: 1000 is above 100")


def test_a_file_not_written_as_the_output_will_be_is_named(tmp_path: Path) -> None:
    # A French bank export: ';' separated, a BOM and CRLF; the output is ',' separated UTF-8.
    frame = pd.DataFrame({"libellé": [f"CB {i % 9}" for i in range(1000)], "montant_€": ["(1\u202f234,56)"] * 1000})
    french = tmp_path / "releve.csv"
    frame.to_csv(french, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
    plain = tmp_path / "plain.csv"
    frame.to_csv(plain, index=False)
    params = SafeSynthesizerParameters()
    found = preflight(read_table(french), infer_schema(read_table(french)), params, source=str(french))
    assert _messages(found, "warning") == [
        f"{french}: read as ';'-separated with a UTF-8 byte-order mark; synthetic_data.csv is written "
        "','-separated UTF-8 without a byte-order mark (each column keeps its number and date format): "
        "choose ',' and UTF-8 when opening it in a spreadsheet"
    ]
    assert _messages(preflight(read_table(plain), infer_schema(read_table(plain)), params, source=str(plain)),
                     "warning") == []


def test_na_answers_next_to_blanks_are_named(tmp_path: Path) -> None:
    # A survey export: 'N/A' (not applicable) is an answer, blank is unanswered; both read as missing.
    answers = (["Yes", "No", "N/A", ""] * 300)[:1000]
    source = tmp_path / "survey.csv"
    pd.DataFrame({"remote": answers, "only_na": (["Yes", "N/A"] * 500), "dept": ["a", "b"] * 500}).to_csv(
        source, index=False)
    frame = read_table(source)
    found = _messages(preflight(frame, infer_schema(frame), SafeSynthesizerParameters(), source=str(source)),
                      "warning")
    assert found == [
        "column 'remote' holds both blank cells and 'N/A'; both are read as missing, so the synthetic data has "
        "blanks where 'N/A' was: write it as a word such as 'not applicable' to keep it apart"
    ]  # 'only_na' uses N/A as its only missing mark: nothing is merged there


def _claims_sheet(n: int = 400) -> pd.DataFrame:
    """A claims export as Excel leaves it: a unit row under the header, a total row at the bottom."""
    import numpy as np

    rng = np.random.default_rng(7057)
    billed = np.round(rng.lognormal(6, 1, n), 2)
    units = rng.integers(1, 5, n)
    body = pd.DataFrame({"claim": [f"C{i:05d}" for i in range(n)],
                         "date": [f"0{1 + i % 9}/1{i % 9}/2024" for i in range(n)],
                         "billed": [f"${v:,.2f}" for v in billed], "units": units.astype(str),
                         "status": rng.choice(["PAID", "DENIED"], n)})  # fmt: skip
    unit_row = {"claim": "", "date": "mm/dd/yyyy", "billed": "USD", "units": "count", "status": ""}
    total_row = {"claim": "TOTAL", "date": "", "billed": f"${billed.sum():,.2f}", "units": str(units.sum()),
                 "status": ""}
    return pd.concat([pd.DataFrame([unit_row]), body, pd.DataFrame([total_row])], ignore_index=True).replace("", None)


def test_unit_and_total_rows_of_a_sheet_are_found() -> None:
    """Probe 3: both rows were trained on as records: 'USD' a special value of 35 number columns,
    the total an outlier claim; the console said nothing."""
    from safe_synthesizer.data.preflight import sheet_rows

    sheet = _claims_sheet()
    found = sheet_rows(sheet, infer_schema(sheet))
    assert found.rows == [0, len(sheet) - 1]
    assert [f.message.split(":")[0] for f in found.findings] == [
        "the first data row (right under the header) holds words, not values, in 3 number/date columns "
        "('date', 'billed', 'units')",
        f"the last data row (row {len(sheet)}) holds the sums of the rows above in 2 column(s) ('billed', 'units') "
        "and a total label",
    ]
    assert "USD" not in " ".join(f.message for f in found.findings)  # counts and names, never values
    body = sheet.iloc[1:-1].reset_index(drop=True)
    assert sheet_rows(body, infer_schema(body)).rows == []


def test_inspect_data_leaves_unit_and_total_rows_out(tmp_path: Path) -> None:
    from safe_synthesizer.pipeline import inspect_data

    source = tmp_path / "claims.csv"
    _claims_sheet().to_csv(source, index=False)
    check = inspect_data(source, SafeSynthesizerParameters())
    assert len(check.data) == 400
    assert all(not c.special_values for c in check.schema.columns)
    assert sum("left out of training" in f.message for f in check.findings) == 2
    dp = inspect_data(source, apply_overrides(SafeSynthesizerParameters(), {"privacy__dp_enabled": True}))
    assert len(dp.data) == 402  # under DP nothing looks at values outside the budget


def test_many_empty_or_constant_columns_are_one_line_each() -> None:
    # Probe 3: a 120-column sheet's 8 empty columns were 8 warnings at the top of the console.
    frame = _frame(1000).assign(**{f"memo_{i}": [None] * 1000 for i in range(8)}, c1=["k"] * 1000, c2=["j"] * 1000)
    found = _run(frame)
    assert found == [
        Finding("warning", "8 columns are empty ('memo_0', 'memo_1', 'memo_2', 'memo_3', 'memo_4' and 3 more); "
                           "they will stay empty"),
        Finding("info", "2 columns are constant ('c1', 'c2'); they are copied as is"),
    ]


def _ledger(n: int = 240, every: int = 20) -> pd.DataFrame:
    """A ledger with Excel's Data > Subtotal rows: a 'Subtotal' label, blanks and the block's sum."""
    import numpy as np

    rng = np.random.default_rng(11)
    rows, block = [], []
    for i in range(n):
        amount = float(np.round(rng.lognormal(6, 1), 2)) * (-1 if rng.random() < 0.3 else 1)
        rows.append({"account": f"{rng.choice([123, 140, 4000]):06d}", "journal": f"JE-{i // 3:04d}",
                     "description": str(rng.choice(["Invoice", "Payment", "Accrual"])),
                     "amount": f"({abs(amount):,.2f})" if amount < 0 else f"{amount:,.2f}", "approved": "Y"})
        block.append(amount)
        if (i + 1) % every == 0:
            total = round(sum(block), 2)
            rows.append({"account": "", "journal": "", "description": "Subtotal",
                         "amount": f"({abs(total):,.2f})" if total < 0 else f"{total:,.2f}", "approved": ""})
            block = []
    return pd.DataFrame(rows).replace("", None)  # fmt: skip


def test_subtotal_rows_every_n_rows_are_found_and_left_out(tmp_path: Path) -> None:
    """Probe 4: 96 'Subtotal' rows of a ledger were trained on as postings (sums as amounts, a
    'Subtotal' description, blank accounts); the console said nothing."""
    from safe_synthesizer.data.preflight import sheet_rows
    from safe_synthesizer.pipeline import inspect_data

    sheet = _ledger()
    found = sheet_rows(sheet, infer_schema(sheet))
    assert found.rows == [20 + 21 * k for k in range(12)]
    assert found.findings[0].message.startswith("12 rows (rows 21, 42, ...) are labelled subtotals")
    source = tmp_path / "ledger.csv"
    sheet.to_csv(source, index=False)
    check = inspect_data(source, SafeSynthesizerParameters())
    assert len(check.data) == 240 and "Subtotal" not in set(check.data["description"])


def test_labels_without_sums_or_with_full_rows_are_records() -> None:
    from safe_synthesizer.data.preflight import sheet_rows

    sheet = _ledger()
    # 'Total' as an ordinary category of full rows: records.
    full = sheet.dropna().reset_index(drop=True)
    full.loc[::10, "description"] = "Total"
    assert sheet_rows(full, infer_schema(full)).rows == []
    # Labelled sparse rows whose amounts are no sums: kept (and the schema shows them).
    wrong = sheet.copy()
    wrong.loc[wrong["description"] == "Subtotal", "amount"] = "1.00"
    assert sheet_rows(wrong, infer_schema(wrong)).rows == []
