"""Four more tables built unlike any test or benchmark set, for a new user's first run (probe 3).

    .venv/bin/python benchmarks/fresh_probe_tables3.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/orders_in.csv --generation__num_records 1000
    .venv/bin/python benchmarks/fresh_probe_tables3.py --audit OUT_DIR/orders_in.csv RUN/generate/synthetic_data.csv

``orders_in.csv``: an Indian e-commerce export: amounts with lakh grouping and a rupee sign
(``₹1,23,456.78``), ``dd-mm-yyyy`` dates, 6-digit PIN codes, GSTIN ids of sellers
(``27AAPFU0939F1ZV``), ``+91`` mobiles, ``12%`` GST rates, ``COD``/``UPI`` payment modes.
``klinik_jp.csv``: a Japanese clinic table: Japanese column names, ``2024年3月5日`` dates,
full-width digits (``４５``, ``３６．８``), katakana names, fees ``3,240円``, ``〒150-0002`` postcodes.
``export_de.csv``: a German Excel export: ``;``, cp1252 (``export_de_utf8.csv`` is the same table
re-saved as UTF-8 with a BOM, as the reader asks), ``dd.mm.yyyy``, ``Ja``/``Nein``, ``12,5 %``,
``1.234,56 €``, ``2,35 kg``, PLZ with leading zeros.
``claims_wide.csv``: a 120-column insurance claims sheet: ICD-10 codes, ``$1,234.00`` and
``($50.00)``, multi-select ``a;b;c``, JSON in a cell, durations ``1h 23m``, ``Y``/``N``/``?``, a unit
row under the header and a total row at the bottom. ``claims_excel_*.csv`` are three small variants
that only test the reader's refusals: duplicated header names, trailing empty columns.

Seeds 7013, 7029, 7043 and 7057 are used nowhere else. Findings: benchmarks/results/probe3.md.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from probe_audit import audit

_FULL = str.maketrans("0123456789.-", "０１２３４５６７８９．－")


def _lakh(x: float) -> str:
    """``123456.78`` -> ``1,23,456.78``: the last three digits, then groups of two."""
    whole, frac = f"{x:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([g for g in [head, *groups] if g] + [tail]) + "." + frac


_GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _gstin(rng: np.random.Generator, state: str) -> str:
    """A GSTIN with a valid check character: state code, PAN, entity number, ``Z``, check."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pan = "".join(rng.choice(list(letters), 3)) + rng.choice(list("PCHFAT")) + rng.choice(list(letters))
    pan += f"{rng.integers(0, 10000):04d}" + rng.choice(list(letters))
    body = f"{state}{pan}{rng.integers(1, 10)}Z"
    total = 0
    for i, ch in enumerate(body):
        product = _GSTIN_CHARS.index(ch) * (2 if i % 2 else 1)
        total += product // 36 + product % 36
    return body + _GSTIN_CHARS[(36 - total % 36) % 36]


def orders_in(n: int = 2000, seed: int = 7013) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("en_IN")
    fk.seed_instance(seed)
    states = {"27": ("Maharashtra", ["Mumbai", "Pune", "Nagpur"], "4"),
              "29": ("Karnataka", ["Bengaluru", "Mysuru"], "5"),
              "07": ("Delhi", ["New Delhi"], "1"), "33": ("Tamil Nadu", ["Chennai", "Coimbatore"], "6"),
              "19": ("West Bengal", ["Kolkata"], "7"), "24": ("Gujarat", ["Ahmedabad", "Surat"], "3")}  # fmt: skip
    codes = list(states)
    sellers = [(_gstin(rng, s), s) for s in rng.choice(codes, 60)]
    categories = {"Mobiles": (9.5, 0.6), "Fashion": (6.6, 0.7), "Grocery": (6.0, 0.8), "Electronics": (10.2, 0.9),
                  "Home": (7.4, 0.8), "Books": (5.8, 0.5)}  # fmt: skip
    gst = {"Mobiles": "18%", "Fashion": "12%", "Grocery": "5%", "Electronics": "18%", "Home": "12%", "Books": "0%"}
    start = date(2023, 4, 1)
    rows = []
    for _ in range(n):
        cat = str(rng.choice(list(categories), p=[0.2, 0.3, 0.15, 0.1, 0.15, 0.1]))
        mu, sd = categories[cat]
        amount = float(np.exp(rng.normal(mu, sd)))
        qty = int(rng.choice([1, 1, 1, 2, 2, 3, 5]))
        seller, s_state = sellers[int(rng.integers(0, len(sellers)))]
        c_state = s_state if rng.random() < 0.5 else str(rng.choice(codes))
        name, cities, pin_first = states[c_state]
        ordered = start + timedelta(days=int(rng.integers(0, 540)))
        shipped = ordered + timedelta(days=int(rng.integers(0, 4)))
        status = str(rng.choice(["Delivered", "Shipped", "Cancelled", "Returned", "RTO"],
                                p=[0.72, 0.1, 0.09, 0.07, 0.02]))  # fmt: skip
        refund = f"-₹{_lakh(amount * qty)}" if status in ("Cancelled", "Returned") else ""
        rows.append({
            "Order ID": f"OD{4_300_000_000_000_000 + int(rng.integers(0, 10**15)):019d}"[:21],
            "Order Date": ordered.strftime("%d-%m-%Y"),
            "Ship Date": shipped.strftime("%d-%m-%Y"),
            "Customer Name": fk.name(),
            "Mobile": f"+91 {rng.choice(['98', '99', '97', '91', '70', '88'])}{rng.integers(0, 1000):03d} "
                      f"{rng.integers(0, 100000):05d}",
            "City": str(rng.choice(cities)),
            "State": name,
            "PIN Code": f"{pin_first}{rng.integers(0, 100000):05d}",
            "Seller GSTIN": seller,
            "Category": cat,
            "Qty": str(qty),
            "Item Price": f"₹{_lakh(amount)}",
            "Order Value": f"₹{_lakh(amount * qty)}",
            "GST Rate": gst[cat],
            "Payment Mode": str(rng.choice(["COD", "UPI", "Credit Card", "Debit Card", "EMI", "Net Banking"],
                                           p=[0.3, 0.35, 0.12, 0.1, 0.08, 0.05])),
            "Order Status": status,
            "Refund": refund,
        })  # fmt: skip
    return pd.DataFrame(rows)


_KATA_FAMILY = [
    "サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ",
    "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト", "イノウエ", "キムラ", "ハヤシ", "シミズ", "ヤマザキ",
]  # fmt: skip
_KATA_GIVEN = [
    "ヒロシ", "タロウ", "ユウキ", "ハルト", "ソウタ", "ユイ", "アオイ", "ハナ",
    "サクラ", "ケンジ", "マサコ", "ヨウコ", "アキラ", "ミホ", "ナオキ", "リコ",
]  # fmt: skip


def klinik_jp(n: int = 1500, seed: int = 7029) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    patients = []
    for _ in range(500):
        age = int(np.clip(rng.normal(52, 20), 0, 99))
        patients.append({
            "患者ID": f"P{rng.integers(0, 10**6):06d}",
            "氏名（カナ）": f"{rng.choice(_KATA_FAMILY)} {rng.choice(_KATA_GIVEN)}",
            "性別": str(rng.choice(["男", "女"])),
            "年齢": str(age).translate(_FULL),
            "郵便番号": f"〒{rng.integers(100, 999)}-{rng.integers(0, 10000):04d}",
            "保険種別": str(rng.choice(["社保", "国保", "後期高齢", "自費"], p=[0.5, 0.3, 0.15, 0.05])),
        })  # fmt: skip
    depts = {"内科": 3240, "小児科": 2100, "整形外科": 4860, "皮膚科": 1980, "眼科": 2650}
    rows = []
    start = date(2024, 1, 4)
    for _ in range(n):
        p = patients[int(rng.integers(0, len(patients)))]
        dept = str(rng.choice(list(depts), p=[0.45, 0.15, 0.2, 0.1, 0.1]))
        visit = start + timedelta(days=int(rng.integers(0, 330)))
        fee = int(round(depts[dept] * rng.lognormal(0, 0.35), -1))
        temp = rng.normal(36.6, 0.4) + (rng.random() < 0.1) * rng.uniform(0.8, 2.2)
        rows.append({
            **p,
            "受診日": f"{visit.year}年{visit.month}月{visit.day}日",
            "診療科": dept,
            "体温": f"{temp:.1f}".translate(_FULL),
            "収縮期血圧": str(int(rng.normal(128, 16))),
            "診療費": f"{fee:,}円",
            "次回予約": (visit + timedelta(days=int(rng.choice([7, 14, 28, 56])))).strftime("%Y/%m/%d")
            if rng.random() < 0.6 else "",
            "備考": str(rng.choice(["", "特になし", "経過観察", "処方変更あり", "紹介状持参", "検査結果説明"],
                                   p=[0.4, 0.25, 0.15, 0.1, 0.05, 0.05])),
        })  # fmt: skip
    return pd.DataFrame(rows)


def _euro_de(x: float) -> str:
    """``-1234.5`` -> ``-1.234,50 €``."""
    whole, frac = f"{abs(x):,.2f}".split(".")
    return ("-" if x < 0 else "") + whole.replace(",", ".") + "," + frac + " €"


def export_de(n: int = 1800, seed: int = 7043) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("de_DE")
    fk.seed_instance(seed)
    places = [("01067", "Dresden"), ("04109", "Leipzig"), ("10115", "Berlin"), ("20095", "Hamburg"),
              ("50667", "Köln"), ("80331", "München"), ("70173", "Stuttgart"), ("90402", "Nürnberg"),
              ("06108", "Halle (Saale)"), ("60311", "Frankfurt am Main")]  # fmt: skip
    rows = []
    start = date(2024, 1, 2)
    for _ in range(n):
        plz, ort = places[int(rng.integers(0, len(places)))]
        brutto = float(np.round(rng.lognormal(5.2, 1.0), 2)) * (-1 if rng.random() < 0.04 else 1)
        rabatt = float(rng.choice([0, 0, 0, 5, 10, 12.5, 15, 2.5]))
        day = start + timedelta(days=int(rng.integers(0, 360)))
        rows.append({
            "Kundennr.": f"K-{rng.integers(1000, 1600)}",
            "Anrede": str(rng.choice(["Herr", "Frau", "Divers"], p=[0.49, 0.49, 0.02])),
            "Nachname": fk.last_name(),
            "PLZ": plz,
            "Ort": ort,
            "Rechnungsdatum": day.strftime("%d.%m.%Y"),
            "Betrag": _euro_de(brutto),
            "MwSt": str(rng.choice(["19 %", "7 %"], p=[0.8, 0.2])),
            "Rabatt": (f"{rabatt:.1f}".replace(".", ",").replace(",0", "") + " %"),
            "Bezahlt": str(rng.choice(["Ja", "Nein"], p=[0.83, 0.17])),
            "Lastschrift": str(rng.choice(["Ja", "Nein", ""], p=[0.5, 0.4, 0.1])),
            "Gewicht": f"{rng.gamma(2, 1.4):.2f}".replace(".", ",") + " kg",
            "Versandart": str(rng.choice(["DHL Paket", "Hermes", "Abholung", "DPD Express"], p=[0.5, 0.25, 0.15, 0.1])),
            "Bemerkung": str(rng.choice(["", "Bitte beim Nachbarn abgeben", "Rückruf erwünscht",
                                         "Zahlung per Überweisung", "Lieferung nur werktags", "Kunde verzogen"],
                                        p=[0.55, 0.15, 0.1, 0.1, 0.06, 0.04])),
        })  # fmt: skip
    return pd.DataFrame(rows)


_ICD = ["E11.9", "I10", "J45.909", "M54.5", "K21.9", "F41.1", "E78.5", "N39.0", "J06.9", "R51", "S83.511A",
        "Z00.00", "G43.909", "L40.0", "M17.11", "I25.10", "E66.9", "K58.9", "H52.4", "R10.9"]  # fmt: skip
_PROCEDURES = ["XRAY", "MRI", "CT", "LAB", "PT", "CONSULT", "ECG", "INJ"]


def _money_us(x: float) -> str:
    return f"(${abs(x):,.2f})" if x < 0 else f"${x:,.2f}"


def claims_wide(n: int = 1500, seed: int = 7057) -> pd.DataFrame:
    """120 columns; row 0 is the unit row, the last row the total row (as an Excel sheet has them)."""
    rng = np.random.default_rng(seed)
    members = [f"M{rng.integers(10**7, 10**8)}" for _ in range(600)]
    start = date(2024, 1, 1)
    rows = []
    for i in range(n):
        billed = float(np.round(rng.lognormal(6.5, 1.1), 2))
        allowed = float(np.round(billed * rng.uniform(0.4, 0.95), 2))
        adjustment = -float(np.round(rng.uniform(0, 120), 2)) if rng.random() < 0.3 else 0.0
        minutes = int(rng.integers(5, 300))
        svc = start + timedelta(days=int(rng.integers(0, 365)))
        row = {
            "claim_id": f"CLM{2024_000_000 + i * 7 + int(rng.integers(0, 7))}",
            "member_id": str(rng.choice(members)),
            "service_date": svc.strftime("%m/%d/%Y"),
            "primary_dx": str(rng.choice(_ICD)),
            "billed_amount": _money_us(billed),
            "allowed_amount": _money_us(allowed),
            "adjustment": _money_us(adjustment),
            "procedures": ";".join(sorted(rng.choice(_PROCEDURES, int(rng.integers(1, 4)), replace=False))),
            "plan_info": json.dumps({"plan": str(rng.choice(["PPO", "HMO", "EPO"])), "tier": int(rng.integers(1, 4)),
                                     "network": bool(rng.random() < 0.8)}),
            "visit_duration": f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m",
            "prior_auth": str(rng.choice(["Y", "N", "?"], p=[0.35, 0.55, 0.1])),
            "in_network": str(rng.choice(["Y", "N"], p=[0.8, 0.2])),
        }
        for k in range(2, 9):  # secondary diagnoses, mostly blank
            row[f"dx_{k}"] = str(rng.choice(_ICD)) if rng.random() < 0.5 / k else ""
        for k in range(1, 41):  # checklist flags
            row[f"flag_{k:02d}"] = str(rng.choice(["Y", "N", "?"], p=[0.2, 0.75, 0.05]))
        for k in range(1, 31):  # line charges
            row[f"line_{k:02d}_amt"] = _money_us(float(np.round(rng.lognormal(4, 1), 2))) if rng.random() < 0.6 / (
                1 + k / 10) else ""
        for k in range(1, 21):  # line units
            row[f"line_{k:02d}_units"] = str(int(rng.integers(1, 5))) if rng.random() < 0.5 else ""
        row["los_days"] = str(int(rng.poisson(1.2)))
        row["copay"] = _money_us(float(rng.choice([0, 10, 20, 25, 40, 50])))
        row["status"] = str(rng.choice(["PAID", "DENIED", "PENDED", "ADJUSTED"], p=[0.7, 0.12, 0.1, 0.08]))
        rows.append(row)
    df = pd.DataFrame(rows)
    assert df.shape[1] <= 120
    for k in range(df.shape[1], 120):
        df[f"memo_{k}"] = ""  # the sheet's remaining (empty) named columns
    units = {c: "" for c in df.columns}
    units.update({c: "USD" for c in df.columns if c.endswith(("_amount", "_amt")) or c in ("adjustment", "copay")})
    units.update({"visit_duration": "h:m", "los_days": "days", "service_date": "mm/dd/yyyy"})
    units.update({c: "count" for c in df.columns if c.endswith("_units")})
    total = {c: "" for c in df.columns}
    total["claim_id"] = "TOTAL"
    for c in df.columns:
        if c.endswith(("_amount", "_amt")) or c in ("adjustment", "copay"):
            total[c] = _money_us(float(df[c].map(_us_number).sum()))
    total["los_days"] = str(int(df["los_days"].astype(int).sum()))
    return pd.concat([pd.DataFrame([units]), df, pd.DataFrame([total])], ignore_index=True)


def _us_number(text: str) -> float:
    if not text:
        return 0.0
    value = float(text.strip("()$").replace(",", ""))
    return -value if text.startswith("(") else value


def write_all(out: Path) -> list[Path]:
    """Write the tables to ``out`` as each tool would export them."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    orders = out / "orders_in.csv"
    orders_in().to_csv(orders, index=False)
    klinik = out / "klinik_jp.csv"
    klinik_jp().to_csv(klinik, index=False, encoding="utf-8-sig")
    german = export_de()
    de_cp = out / "export_de.csv"
    german.to_csv(de_cp, sep=";", index=False, encoding="cp1252", lineterminator="\r\n")
    de_utf = out / "export_de_utf8.csv"
    german.to_csv(de_utf, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
    claims = claims_wide()
    wide = out / "claims_wide.csv"
    claims.to_csv(wide, index=False)
    paths += [orders, klinik, de_cp, de_utf, wide]
    # Excel variants that only the reader sees: a duplicated header, trailing empty columns.
    small = claims.iloc[1:301, :12].copy()
    dup = out / "claims_excel_duplicate_header.csv"
    text = small.to_csv(index=False).splitlines()
    text[0] = text[0].replace("allowed_amount", "billed_amount")
    dup.write_text("\n".join(text) + "\n", encoding="utf-8")
    trailing = out / "claims_excel_trailing_empty.csv"
    trailing.write_text("\n".join(line + ",,," for line in small.to_csv(index=False).splitlines()) + "\n")
    return [*paths, dup, trailing]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--audit"]:
        print("\n".join(audit(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        written = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
        print("wrote " + ", ".join(str(p) for p in written))
