"""Five tables of kinds no test, benchmark or earlier probe uses, for a new user's first run (probe 6).

    .venv/bin/python benchmarks/fresh_probe_tables6.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/claims_ledger.csv --run-path RUN
    .venv/bin/python benchmarks/fresh_probe_tables6.py --audit OUT_DIR/claims_ledger.csv RUN/generate/synthetic_data.csv

``claims_ledger.csv``: an insurance claims ledger: ``CLM-24-004711`` claims with several lines,
payments and reserves (positive), reversal lines (negative, the amount of an earlier line of the
claim, which they name in ``reverses``), ``EUR`` amounts with cents.
``payroll_de.csv``: a German payroll export (``;``, BOM): ``01.03.2024`` months, entry dates before
them, ``4.235,50`` gross, tax class 1-6, tax and net with ``net < gross``, ``ja``/``nein`` church tax.
``shipments.csv``: a logistics table: tracking ids with a mod-10 check digit, ISO country codes,
weight in kg or lb by a unit column (lb for US senders), timestamps with the sender's UTC offset
``2024-03-01T08:15:00+01:00``, delivery after shipping.
``survey_likert.csv``: a survey export: Likert text (``Strongly agree`` ...), a multi-select cell
``email;phone;chat`` (options in a fixed order, no repeats), an NPS score and a free-text comment.
``iot_excel.csv``: an Excel export of sensor readings: ``'00123`` device ids with a leading
apostrophe, scientific counts ``1.2E+05``, percentages ``12.5%``, ``#DIV/0!`` where the
denominator is 0, ``#N/A`` temperatures.

Seeds 9421, 9437, 9451, 9467 and 9479 are used nowhere else. Findings: benchmarks/results/probe6.md.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from probe_audit import audit

LIKERT = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
CHANNELS = ["email", "phone", "chat", "app", "store"]
# ISO code -> (UTC offset hours in March, weight unit)
COUNTRIES = {"DE": (1, "kg"), "FR": (1, "kg"), "GB": (0, "kg"), "US": (-5, "lb"), "JP": (9, "kg"), "BR": (-3, "kg")}


def _de(x: float) -> str:
    """``4235.5`` -> ``4.235,50``."""
    return f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def claims_ledger() -> pd.DataFrame:
    rng = np.random.default_rng(9421)
    rows, line = [], 0
    for c in range(600):
        claim = f"CLM-24-{c * 7 + 1000:06d}"
        day = date(2024, 1, 1) + timedelta(days=int(rng.integers(0, 300)))
        lines: list[dict] = []
        for _ in range(int(rng.integers(1, 4))):
            line += 1
            kind = rng.choice(["payment", "reserve"], p=[0.7, 0.3])
            amount = round(float(rng.lognormal(7, 0.9)), 2)
            day += timedelta(days=int(rng.integers(0, 30)))
            lines.append({"line_id": f"L{line:07d}", "claim_no": claim, "posted_on": day.isoformat(),
                          "entry_type": kind, "amount_eur": f"{amount:.2f}", "reverses": ""})  # fmt: skip
            if rng.random() < 0.15:
                line += 1
                day += timedelta(days=int(rng.integers(1, 20)))
                lines.append({"line_id": f"L{line:07d}", "claim_no": claim, "posted_on": day.isoformat(),
                              "entry_type": "reversal", "amount_eur": f"{-amount:.2f}",
                              "reverses": lines[-1]["line_id"]})  # fmt: skip
        handler = rng.choice(["team-a", "team-b", "team-c"])
        for row in lines:
            row["handler"] = handler
        rows.extend(lines)
    return pd.DataFrame(rows)


def payroll_de() -> pd.DataFrame:
    rng = np.random.default_rng(9437)
    staff = []
    for p in range(150):
        entry = date(2010, 1, 1) + timedelta(days=int(rng.integers(0, 5000)))
        staff.append((f"P{p + 400:04d}", entry, float(rng.lognormal(8.2, 0.35)), int(rng.choice([1, 1, 3, 4, 5, 2]))))
    rows = []
    for month in range(1, 13):
        first = date(2024, month, 1)
        for pid, entry, gross, klasse in staff:
            if entry > first:
                continue
            g = round(gross * (1.0 + 0.02 * (month >= 7)), 2)
            rate = {1: 0.2, 2: 0.18, 3: 0.12, 4: 0.2, 5: 0.3, 6: 0.32}[klasse]
            tax = round(g * rate, 2)
            social = round(g * 0.2, 2)
            rows.append({"Personalnummer": pid, "Abrechnungsmonat": first.strftime("%d.%m.%Y"),
                         "Eintritt": entry.strftime("%d.%m.%Y"), "Steuerklasse": klasse,
                         "Brutto": _de(g), "Lohnsteuer": _de(tax), "Sozialabgaben": _de(social),
                         "Netto": _de(g - tax - social), "Kirchensteuer": rng.choice(["ja", "nein"])})  # fmt: skip
    return pd.DataFrame(rows)


def _tracking(rng: np.random.Generator) -> str:
    digits = [int(d) for d in rng.integers(0, 10, size=11)]
    check = (10 - sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "TR" + "".join(map(str, digits)) + str(check)


def tracking_ok(value: str) -> bool:
    """``TR`` + 11 digits + their mod-10 check digit (weights 3, 1, 3, ...)."""
    if len(value) != 14 or not value.startswith("TR") or not value[2:].isdigit():
        return False
    digits = [int(d) for d in value[2:13]]
    return (10 - sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits)) % 10) % 10 == int(value[13])


def shipments() -> pd.DataFrame:
    rng = np.random.default_rng(9451)
    rows = []
    codes = list(COUNTRIES)
    for _ in range(1800):
        origin = rng.choice(codes, p=[0.3, 0.15, 0.15, 0.25, 0.1, 0.05])
        dest = rng.choice([c for c in codes if c != origin])
        offset, unit = COUNTRIES[origin]
        tz = timezone(timedelta(hours=offset))
        shipped = datetime(2024, 3, 1, tzinfo=tz) + timedelta(minutes=int(rng.integers(0, 60 * 24 * 60)))
        service = rng.choice(["express", "standard"], p=[0.3, 0.7])
        hours = rng.uniform(20, 60) if service == "express" else rng.uniform(60, 240)
        delivered = (shipped + timedelta(hours=float(hours))).astimezone(timezone(timedelta(hours=COUNTRIES[dest][0])))
        kg = float(rng.lognormal(1.0, 0.9))
        rows.append({"tracking_no": _tracking(rng), "origin": origin, "destination": dest, "service": service,
                     "weight": f"{kg * 2.20462 if unit == 'lb' else kg:.1f}", "weight_unit": unit,
                     "shipped_at": shipped.isoformat(timespec="seconds"),
                     "delivered_at": delivered.isoformat(timespec="seconds")})  # fmt: skip
    return pd.DataFrame(rows)


def survey_likert() -> pd.DataFrame:
    rng = np.random.default_rng(9467)
    comments = ["Delivery was late twice.", "Great support on chat, quick answers.", "App crashes on login.",
                "Prices went up without notice.", "Staff in store were friendly.", "Too many emails.",
                "Could not reach anyone by phone for a week.", "Everything fine so far."]  # fmt: skip
    rows = []
    for r in range(1500):
        mood = rng.normal(0, 1)
        answers = [LIKERT[int(np.clip(round(2 + mood + rng.normal(0, 0.7)), 0, 4))] for _ in range(3)]
        picked = [c for c in CHANNELS if rng.random() < 0.35]
        rows.append({"respondent": f"R{r + 1:05d}", "q1_satisfied": answers[0], "q2_recommend": answers[1],
                     "q3_value": answers[2], "channels": ";".join(picked),
                     "nps": int(np.clip(round(7 + 2 * mood + rng.normal(0, 1)), 0, 10)),
                     "comment": rng.choice(comments) if rng.random() < 0.6 else ""})  # fmt: skip
    return pd.DataFrame(rows)


def iot_excel() -> pd.DataFrame:
    rng = np.random.default_rng(9479)
    devices = [f"'{d:05d}" for d in rng.choice(10000, size=40, replace=False)]
    rows = []
    for i in range(1600):
        packets = int(rng.lognormal(11, 1.2))
        errors = int(rng.poisson(3)) if rng.random() < 0.8 else 0
        sent = int(rng.integers(0, 50)) if rng.random() < 0.9 else 0
        rows.append({"device": devices[i % 40], "packets": f"{packets:.1E}", "errors": errors, "retries_sent": sent,
                     "error_rate": f"{100 * errors / max(packets, 1):.1f}%",
                     "retry_ratio": "#DIV/0!" if sent == 0 else f"{errors / sent:.3f}",
                     "temp_c": "#N/A" if rng.random() < 0.07 else f"{rng.normal(38, 6):.1f}"})  # fmt: skip
    return pd.DataFrame(rows)


def consistency(name: str, made: pd.DataFrame) -> list[str]:
    """Rules every input row keeps, checked on the synthetic rows (share of rows breaking each)."""
    out: list[str] = []

    def rule(what: str, broken: pd.Series) -> None:
        out.append(f"{what}: {pd.Series(broken).mean():.1%} of rows break it")

    if name == "claims_ledger":
        amount = pd.to_numeric(made["amount_eur"], errors="coerce")
        kind = made["entry_type"]
        rule("reversal not negative", (kind == "reversal") & ~(amount < 0))
        rule("payment/reserve not positive", (kind != "reversal") & ~(amount > 0))
        rule("'reverses' set iff a reversal", made["reverses"].notna() != (kind == "reversal"))
        pairs = made[["claim_no", "handler"]].dropna().drop_duplicates()
        rule("a claim with several handlers", pd.Series([len(pairs) > pairs["claim_no"].nunique()]))
    elif name == "payroll_de":
        def num(c: str) -> pd.Series:
            return pd.to_numeric(made[c].astype(str).str.replace(".", "").str.replace(",", "."), errors="coerce")
        rule("Netto not below Brutto", ~(num("Netto") < num("Brutto")))
        month = pd.to_datetime(made["Abrechnungsmonat"], format="%d.%m.%Y", errors="coerce")
        entry = pd.to_datetime(made["Eintritt"], format="%d.%m.%Y", errors="coerce")
        rule("Eintritt after Abrechnungsmonat", entry > month)
        rule("month not a 1st", month.dt.day != 1)
        rule("Brutto not '1.234,56'", ~made["Brutto"].astype(str).str.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d"))
        rule("Brutto != Netto + Steuer + Sozial (+-0.02)",
             (num("Brutto") - num("Netto") - num("Lohnsteuer") - num("Sozialabgaben")).abs() > 0.02)
        pairs = made[["Personalnummer", "Eintritt"]].dropna().drop_duplicates()
        rule("a person with several entry dates", pd.Series([len(pairs) > pairs["Personalnummer"].nunique()]))
    elif name == "shipments":
        rule("tracking check digit wrong", ~made["tracking_no"].astype(str).map(tracking_ok))
        rule("unit not lb iff US sender", (made["weight_unit"] == "lb") != (made["origin"] == "US"))
        rule("origin == destination", made["origin"] == made["destination"])
        shipped = pd.to_datetime(made["shipped_at"], errors="coerce", utc=True, format="ISO8601")
        delivered = pd.to_datetime(made["delivered_at"], errors="coerce", utc=True, format="ISO8601")
        rule("delivered not after shipped", ~(delivered > shipped))
        offset = made["shipped_at"].astype(str).str[-6:]
        want = made["origin"].map({c: f"{o:+03d}:00" for c, (o, _) in COUNTRIES.items()})
        rule("shipped_at offset not the sender's", offset != want)
        rule("stamp without offset", ~made["shipped_at"].astype(str).str.fullmatch(r".*T.*[+-]\d\d:\d\d"))
    elif name == "survey_likert":
        for q in ("q1_satisfied", "q2_recommend", "q3_value"):
            rule(f"{q} not a Likert answer", made[q].notna() & ~made[q].isin(LIKERT))
        parts = made["channels"].dropna().astype(str).str.split(";")
        rule("channels: unknown option, repeat or order changed",
             parts.map(lambda p: p != [c for c in CHANNELS if c in p]))
    elif name == "iot_excel":
        rule("device without its apostrophe", ~made["device"].astype(str).str.fullmatch(r"'\d{5}"))
        rule("packets not like 1.2E+05", ~made["packets"].astype(str).str.fullmatch(r"\d\.\dE\+\d\d"))
        rule("error_rate not like 12.5%", ~made["error_rate"].astype(str).str.fullmatch(r"\d+\.\d%"))
        sent = pd.to_numeric(made["retries_sent"], errors="coerce")
        rule("#DIV/0! iff retries_sent == 0", (made["retry_ratio"] == "#DIV/0!") != (sent == 0))
    return out


def write_all(out: Path) -> list[Path]:
    """Write the tables to ``out`` as each tool would export them."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "claims_ledger.csv": (claims_ledger(), {}),
        "payroll_de.csv": (payroll_de(), {"sep": ";", "encoding": "utf-8-sig"}),
        "shipments.csv": (shipments(), {}),
        "survey_likert.csv": (survey_likert(), {}),
        "iot_excel.csv": (iot_excel(), {}),
    }
    written = []
    for name, (df, kwargs) in paths.items():
        df.to_csv(out / name, index=False, **kwargs)
        written.append(out / name)
    return written


if __name__ == "__main__":
    if sys.argv[1:2] == ["--audit"]:
        print("\n".join(audit(Path(sys.argv[2]), Path(sys.argv[3]))))
        from safe_synthesizer.data.readers import read_table

        print("\n".join(consistency(Path(sys.argv[2]).stem, read_table(Path(sys.argv[3])))))
    elif sys.argv[1:2] and sys.argv[1].startswith("-"):
        print(__doc__)
    else:
        done = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
        print("wrote " + ", ".join(str(p) for p in done))
