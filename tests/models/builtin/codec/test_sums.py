"""A number column that is the sum of others in every training row stays their sum (probe 6 payroll)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.sums import find_sums


def _de(x: float) -> str:
    return f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _payroll(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(9441)
    gross = np.round(rng.lognormal(8.2, 0.35, size=n), 2)
    tax = np.round(gross * rng.choice([0.12, 0.2, 0.3], size=n), 2)
    social = np.round(gross * 0.2, 2)
    return pd.DataFrame({"Brutto": [_de(v) for v in gross], "Lohnsteuer": [_de(v) for v in tax],
                         "Sozialabgaben": [_de(v) for v in social], "Netto": [_de(v) for v in gross - tax - social],
                         "Stunden": rng.integers(20, 41, size=n)})  # fmt: skip


def _value(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.astype(str).str.replace(".", "").str.replace(",", "."))


def test_gross_stays_net_plus_deductions_in_its_format() -> None:
    raw = _payroll()
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    # Found as Netto = Brutto - Lohnsteuer - Sozialabgaben; the widest member, Brutto, is derived.
    assert [(r.column, r.parts, r.signs) for r in codec.sums] == [
        ("Brutto", ["Netto", "Lohnsteuer", "Sozialabgaben"], [1, 1, 1])]
    tokens = codec.encode(frame)
    # Shuffle the net slots across rows: the amounts are then sampled apart, as a model samples them.
    slots = [i for i, s in enumerate(codec.slots) if s.column == "Netto"]
    tokens[:, slots] = tokens[np.random.default_rng(1).permutation(len(tokens))][:, slots]
    made = codec.decode(tokens, np.random.default_rng(0))
    gap = _value(made["Brutto"]) - _value(made["Lohnsteuer"]) - _value(made["Sozialabgaben"]) - _value(made["Netto"])
    assert (gap.abs() < 0.005).all()  # broken in every row before
    assert made["Brutto"].astype(str).str.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d").all()
    assert TabularCodec.from_dict(codec.to_dict()).sums == codec.sums


def test_a_sum_broken_in_one_row_is_no_rule() -> None:
    raw = _payroll()
    raw.loc[3, "Netto"] = _de(_value(raw.loc[[3], "Netto"]).iloc[0] + 1.0)
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.fit(frame, schema, protection=Protection())
    numeric = [e for e in codec.encoders if e.column in raw.columns and hasattr(e, "is_integer")]
    assert find_sums(frame, numeric) == []


def test_a_sum_whose_first_rows_are_all_zero_is_still_found() -> None:
    # Candidate sums are screened on the first rows before the whole column: a screen of zeros
    # must not reject a rule that the rest of the table shows.
    rng = np.random.default_rng(9442)
    gross = np.r_[np.zeros(300), np.round(rng.normal(100, 20, 500), 2)]
    tax = np.r_[np.zeros(300), np.round(rng.normal(10, 2, 500), 2)]
    frame = pd.DataFrame({"gross": gross, "tax": tax, "net": np.round(gross - tax, 2)})
    codec = TabularCodec.fit(frame, infer_schema(frame), protection=Protection())
    assert [(r.column, r.parts, r.signs) for r in codec.sums] == [("gross", ["net", "tax"], [1, 1])]


def test_the_widest_member_is_derived_unless_it_has_fewer_decimals() -> None:
    # Derived from three sampled amounts, a narrow total spreads wider than the real one (payroll
    # SQS 8.55 -> 8.12 with Netto derived; 9.00 with Brutto derived). An integer member is never
    # derived from amounts with cents: it would be written with cents.
    rng = np.random.default_rng(9443)
    gross = rng.integers(1_000, 9_000, size=300).astype(float)
    tax = np.round(gross * rng.choice([0.1, 0.3], size=300), 2)

    def rules(frame: pd.DataFrame) -> list[tuple[str, dict[str, int]]]:
        numeric = [e for e in TabularCodec.fit(frame, infer_schema(frame), protection=Protection()).encoders
                   if hasattr(e, "is_integer")]
        return [(r.column, dict(zip(r.parts, r.signs, strict=True))) for r in find_sums(frame, numeric)]

    assert rules(pd.DataFrame({"gross": gross, "tax": tax, "net": np.round(gross - tax, 2)})) == [
        ("net", {"gross": 1, "tax": -1})]
    assert rules(pd.DataFrame({"gross": gross + 0.25, "tax": tax, "net": np.round(gross + 0.25 - tax, 2)})) == [
        ("gross", {"net": 1, "tax": 1})]
