"""Five more tables built unlike any test, benchmark or earlier probe, for a new user's first run (probe 4).

    .venv/bin/python benchmarks/fresh_probe_tables4.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/loja_br.csv
    .venv/bin/python benchmarks/fresh_probe_tables4.py --audit OUT_DIR/loja_br.csv RUN/generate/synthetic_data.csv

``loja_br.csv``: a Brazilian shop/CRM export (``;``, UTF-8 BOM): ``R$ 1.234,56``, CPF ``123.456.789-09``
(valid check digits, repeating per customer), CEP ``01310-100``, ``dd/mm/aaaa``, ``Sim``/``Não``,
``(11) 98765-4321``, instalments ``3x``, Portuguese headers with accents.
``eventos_iot.csv``: a logistics event log: ISO stamps whose offsets vary row to row (``Z``,
``+02:00``, ``-03:00``, ``+05:30``), epoch seconds and epoch milliseconds, GPS lat/lon, ISO-8601
durations ``PT1H23M`` and clock durations ``01:23:45``, a sensor with ``-9999`` sentinels and
``NaN``/``n/a``/``--`` gaps, hub codes ``GRU-03``.
``survey_qx.csv``: a Qualtrics-style export: a second header row with the question texts, response
ids ``R_3fKx9...``, Likert text (``Strongly agree``...), a 60-option multi-select split over 0/1
columns, 40 Likert items, free-text answers, an NPS 0-10 (160 columns).
``ledger_gl.csv``: a general-ledger export: accounting negatives ``(1,234.00)``, some amounts written
``1.2e6``, rates ``12.5%`` and ``0.125`` mixed in one column, currency codes, Excel serial dates
(``45231``), account numbers with leading zeros ``000123``, and a ``Subtotal`` row every 25 rows.
``ik_tr.csv``: a Turkish HR table with lower-case headers (``işe_giriş_tarihi``, ``brüt_maaş``), dotless
and dotted i (``Iğdır``, ``İzmir``), ``dd.mm.yyyy``, comma decimals ``45.250,75``, ``%12,5`` (sign
first), ``Evet``/``Hayır``, TC kimlik numbers (11 digits, valid check digits).

Seeds 9103, 9127, 9151, 9173 and 9191 are used nowhere else. Findings: benchmarks/results/probe4.md.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from probe_audit import audit


def _cpf(rng: np.random.Generator) -> str:
    """A CPF with both check digits right: ``123.456.789-09``."""
    digits = [int(d) for d in rng.integers(0, 10, 9)]
    for weight in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(weight, 1, -1), strict=False))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    s = "".join(map(str, digits))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _brl(x: float) -> str:
    """``1234.5`` -> ``R$ 1.234,50`` (Brazilian grouping, comma decimals)."""
    whole, frac = f"{abs(x):,.2f}".split(".")
    return ("-" if x < 0 else "") + "R$ " + whole.replace(",", ".") + "," + frac


def loja_br(n: int = 2000, seed: int = 9103) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("pt_BR")
    fk.seed_instance(seed)
    places = [("SP", "São Paulo", "01"), ("RJ", "Rio de Janeiro", "20"), ("MG", "Belo Horizonte", "30"),
              ("BA", "Salvador", "40"), ("PR", "Curitiba", "80"), ("RS", "Porto Alegre", "90"),
              ("PE", "Recife", "50"), ("CE", "Fortaleza", "60")]  # fmt: skip
    customers = []
    for _ in range(700):
        uf, city, cep = places[int(rng.choice(len(places), p=[0.35, 0.15, 0.12, 0.08, 0.1, 0.08, 0.06, 0.06]))]
        customers.append({
            "Cliente": fk.name(),
            "CPF": _cpf(rng),
            "Telefone": f"({rng.choice(['11', '21', '31', '71', '41', '51', '81', '85'])}) 9{rng.integers(1000, 9999)}"
                        f"-{rng.integers(0, 10000):04d}",
            "CEP": f"{cep}{rng.integers(0, 1000):03d}-{rng.integers(0, 1000):03d}",
            "Cidade": city,
            "UF": uf,
            "Cliente VIP": "Sim" if rng.random() < 0.15 else "Não",
        })  # fmt: skip
    categories = {"Eletrônicos": (7.0, 0.8), "Moda": (5.0, 0.6), "Casa e Decoração": (5.6, 0.7),
                  "Beleza": (4.3, 0.5), "Livros": (3.8, 0.4), "Esporte": (5.2, 0.7)}  # fmt: skip
    start = date(2024, 1, 2)
    rows = []
    for i in range(n):
        c = customers[int(rng.integers(0, len(customers)))]
        cat = str(rng.choice(list(categories), p=[0.2, 0.3, 0.15, 0.15, 0.1, 0.1]))
        mu, sd = categories[cat]
        value = float(np.round(np.exp(rng.normal(mu, sd)), 2))
        discount = float(np.round(value * rng.choice([0, 0, 0.05, 0.1, 0.15]), 2))
        freight = 0.0 if value > 199 else float(rng.choice([9.9, 14.9, 19.9, 23.9, 29.9]))
        ordered = start + timedelta(days=int(rng.integers(0, 330)))
        delivered = ordered + timedelta(days=int(rng.integers(2, 15)))
        pay = str(rng.choice(["Pix", "Boleto", "Cartão de crédito", "Cartão de débito"], p=[0.4, 0.15, 0.38, 0.07]))
        instalments = int(rng.choice([1, 2, 3, 6, 10, 12])) if pay == "Cartão de crédito" else 1
        rows.append({
            "Nº Pedido": f"{100_000 + i * 3 + int(rng.integers(0, 3))}",
            "Data do Pedido": ordered.strftime("%d/%m/%Y"),
            **{k: c[k] for k in ("Cliente", "CPF", "Telefone", "CEP", "Cidade", "UF")},
            "Categoria": cat,
            "Valor Total": _brl(value),
            "Desconto": _brl(discount),
            "Frete": _brl(freight),
            "Forma de Pagamento": pay,
            "Parcelas": f"{instalments}x",
            "Data de Entrega": delivered.strftime("%d/%m/%Y") if rng.random() < 0.93 else "",
            "Nota Fiscal Emitida": "Sim" if rng.random() < 0.9 else "Não",
            "Cliente VIP": c["Cliente VIP"],
            "Avaliação": str(int(rng.choice([1, 2, 3, 4, 5], p=[0.05, 0.05, 0.15, 0.35, 0.4]))) if rng.random() < 0.6
            else "",
        })  # fmt: skip
    return pd.DataFrame(rows)


def _iso_duration(seconds: int) -> str:
    """``4980`` -> ``PT1H23M``; seconds only when not zero."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s else "")


def eventos_iot(n: int = 3000, seed: int = 9127) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    hubs = {"GRU-03": (-23.43, -46.47, -3), "FRA-11": (50.03, 8.57, 2), "BOM-02": (19.09, 72.87, 5.5),
            "LHR-07": (51.47, -0.45, 0), "ORD-01": (41.97, -87.90, -5)}  # fmt: skip
    events = ["PICKED_UP", "IN_TRANSIT", "AT_HUB", "OUT_FOR_DELIVERY", "DELIVERED", "EXCEPTION"]
    t = datetime(2024, 3, 1, tzinfo=UTC)
    rows = []
    for _ in range(n):
        t += timedelta(seconds=int(rng.integers(5, 900)))
        hub = str(rng.choice(list(hubs), p=[0.3, 0.25, 0.15, 0.2, 0.1]))
        lat, lon, hours = hubs[hub]
        local = t.astimezone(timezone(timedelta(hours=hours)))
        stamp = t.strftime("%Y-%m-%dT%H:%M:%SZ") if hours == 0 else local.isoformat(timespec="seconds")
        transit = int(rng.gamma(2.0, 2400))
        dwell = int(rng.gamma(1.5, 1800))
        r = float(rng.random())
        gaps = [(0.04, "-9999"), (0.06, "NaN"), (0.08, "n/a"), (0.09, "--")]
        temp = next((code for limit, code in gaps if r < limit), f"{rng.normal(4.5, 1.2):.1f}")
        rows.append({
            "event_time": stamp,
            "epoch_s": str(int(t.timestamp())),
            "received_ms": str(int(t.timestamp() * 1000) + int(rng.integers(40, 4000))),
            "hub": hub,
            "event": str(rng.choice(events, p=[0.15, 0.35, 0.2, 0.15, 0.13, 0.02])),
            "lat": f"{lat + rng.normal(0, 0.02):.5f}",
            "lon": f"{lon + rng.normal(0, 0.02):.5f}",
            "transit_time": _iso_duration(max(transit, 60) // 60 * 60),
            "dwell": f"{dwell // 3600:02d}:{dwell % 3600 // 60:02d}:{dwell % 60:02d}",
            "reefer_temp_c": temp,
            "battery_pct": str(int(np.clip(rng.normal(70, 20), 1, 100))),
            "weight_kg": f"{rng.lognormal(1.5, 0.9):.2f}",
        })  # fmt: skip
    return pd.DataFrame(rows)


_LIKERT = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_ANSWERS = [
    "The onboarding was confusing and nobody answered my tickets for a week.",
    "Great support team, quick answers.", "Pricing is too high for small teams.",
    "I would like an export to Excel.", "Mobile app crashes when I upload photos.", "n/a", "Nothing to add.",
    "Please add dark mode!", "The new dashboard is much better than the old one.",
]  # fmt: skip


def survey_qx(n: int = 1200, seed: int = 9151) -> pd.DataFrame:
    """160 columns; row 0 holds the question texts (Qualtrics' second header row)."""
    rng = np.random.default_rng(seed)
    start = datetime(2024, 5, 6, 8, 0)
    rows = []
    for _ in range(n):
        begun = start + timedelta(seconds=int(rng.integers(0, 30 * 86400)))
        took = int(rng.lognormal(6.2, 0.6))
        mood = rng.normal(0, 1)
        finished = rng.random() < 0.88
        row = {
            "StartDate": begun.strftime("%Y-%m-%d %H:%M:%S"),
            "EndDate": (begun + timedelta(seconds=took)).strftime("%Y-%m-%d %H:%M:%S"),
            "Status": str(rng.choice(["IP Address", "Survey Preview"], p=[0.98, 0.02])),
            "Progress": "100" if finished else str(int(rng.integers(5, 95))),
            "Duration (in seconds)": str(took),
            "Finished": "True" if finished else "False",
            "ResponseId": "R_" + "".join(rng.choice(list(_ALNUM), 15)),
            "DistributionChannel": str(rng.choice(["anonymous", "email"], p=[0.3, 0.7])),
            "UserLanguage": str(rng.choice(["EN", "ES", "DE"], p=[0.8, 0.12, 0.08])),
        }
        for k in range(1, 41):
            score = int(np.clip(np.round(2 + mood + rng.normal(0, 0.9)), 0, 4))
            row[f"Q1_{k}"] = _LIKERT[score] if finished or k < 10 else ""
        for k in range(1, 61):
            row[f"Q2_{k}"] = ("1" if rng.random() < 0.6 / (1 + k / 8) else "0") if finished else ""
        for k in range(1, 4):
            row[f"Q3_{k}_TEXT"] = str(rng.choice(_ANSWERS)) if rng.random() < 0.3 else ""
        row["Q4_NPS_GROUP"] = ""
        nps = int(np.clip(np.round(7 + 2 * mood + rng.normal(0, 1)), 0, 10))
        row["Q4"] = str(nps)
        row["Q4_NPS_GROUP"] = "Promoter" if nps >= 9 else ("Passive" if nps >= 7 else "Detractor")
        for k in range(1, 48):  # matrix of 0-10 sliders, mostly answered
            row[f"Q5_{k}"] = str(int(np.clip(np.round(6 + mood * 1.5 + rng.normal(0, 1.5)), 0, 10))) if finished else ""
        rows.append(row)
    df = pd.DataFrame(rows)
    texts = {c: c for c in df.columns}
    texts.update({f"Q1_{k}": f"How much do you agree with the following statements? - Statement {k}"
                  for k in range(1, 41)})  # fmt: skip
    texts.update({f"Q2_{k}": f"Which features have you used? (Select all that apply) - Feature {k}"
                  for k in range(1, 61)})  # fmt: skip
    texts.update({f"Q3_{k}_TEXT": f"Anything else you want to tell us? - {k} - Text" for k in range(1, 4)})
    texts.update({"Q4": "How likely are you to recommend us to a friend or colleague?",
                  "Q4_NPS_GROUP": "How likely are you to recommend us to a friend or colleague? - Group",
                  "Duration (in seconds)": "Duration (in seconds)", "ResponseId": "Response ID"})  # fmt: skip
    texts.update({f"Q5_{k}": f"Rate each part of the product - Part {k}" for k in range(1, 48)})
    assert df.shape[1] >= 150
    return pd.concat([pd.DataFrame([texts]), df], ignore_index=True)


def _acct(x: float) -> str:
    """``-1234`` -> ``(1,234.00)``: accounting negatives."""
    return f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f}"


def ledger_gl(n: int = 2400, seed: int = 9173) -> pd.DataFrame:
    """A subtotal row follows every 25 postings (Excel's Data > Subtotal)."""
    rng = np.random.default_rng(seed)
    accounts = {"000123": "Cash", "000140": "Accounts receivable", "001200": "Inventory",
                "002010": "Accounts payable", "004000": "Revenue", "005100": "Cost of goods sold",
                "006200": "Salaries", "006510": "Rent", "007300": "Travel", "008800": "FX gain/loss"}  # fmt: skip
    rows = []
    block: list[float] = []
    for i in range(n):
        acct = str(rng.choice(list(accounts)))
        amount = float(np.round(rng.lognormal(7, 1.4), 2)) * (-1 if rng.random() < 0.35 else 1)
        currency = str(rng.choice(["USD", "EUR", "GBP", "BRL"], p=[0.6, 0.2, 0.12, 0.08]))
        rate = float(rng.choice([0.0, 0.05, 0.1, 0.125, 0.2]))
        serial = 45231 + int(rng.integers(0, 240))  # 2023-11-01 onwards
        big = abs(amount) > 150_000
        rows.append({
            "Account": acct,
            "Account Name": accounts[acct],
            "Posting Date": str(serial),
            "Journal": f"JE-{2024}-{i // 4:05d}",
            "Description": str(rng.choice(["Invoice", "Payment", "Accrual", "Reversal", "Adjustment", "Transfer"])),
            "Amount": f"{amount:.1e}" if big else _acct(amount),
            "Currency": currency,
            "Tax Rate": f"{rate * 100:g}%" if rng.random() < 0.5 else f"{rate:g}",
            "Cost Center": f"CC{int(rng.choice([10, 20, 30, 40, 55])):03d}",
            "Approved": str(rng.choice(["Y", "N"], p=[0.9, 0.1])),
        })  # fmt: skip
        block.append(amount)
        if (i + 1) % 25 == 0:
            rows.append({"Account": "", "Account Name": "", "Posting Date": "", "Journal": "",
                         "Description": "Subtotal", "Amount": _acct(float(np.round(sum(block), 2))),
                         "Currency": "", "Tax Rate": "", "Cost Center": "", "Approved": ""})  # fmt: skip
            block = []
    return pd.DataFrame(rows)


def _tc_kimlik(rng: np.random.Generator) -> str:
    """An 11-digit Turkish identity number with both check digits right."""
    d = [int(rng.integers(1, 10))] + [int(x) for x in rng.integers(0, 10, 8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _tr_number(x: float) -> str:
    """``45250.75`` -> ``45.250,75``."""
    whole, frac = f"{x:,.2f}".split(".")
    return whole.replace(",", ".") + "," + frac


def ik_tr(n: int = 1600, seed: int = 9191) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fk = Faker("tr_TR")
    fk.seed_instance(seed)
    depts = {"Bilgi İşlem": 11.0, "İnsan Kaynakları": 10.5, "Satış": 10.6, "Muhasebe": 10.7, "Üretim": 10.2,
             "Lojistik": 10.3}  # fmt: skip
    cities = ["İstanbul", "İzmir", "Ankara", "Iğdır", "Diyarbakır", "Eskişehir", "Kırıkkale", "Muğla"]
    rows = []
    for i in range(n):
        dept = str(rng.choice(list(depts)))
        born = date(1965, 1, 1) + timedelta(days=int(rng.integers(0, 36 * 365)))
        hired = max(born + timedelta(days=18 * 365 + int(rng.integers(0, 3000))),
                    date(2000, 1, 1) + timedelta(days=int(rng.integers(0, 8800))))  # fmt: skip
        hired = min(hired, date(2024, 10, 1))
        left = hired + timedelta(days=int(rng.integers(30, 2000)))
        rows.append({
            "sicil_no": f"{i + 1:05d}",
            "ad_soyad": fk.name(),
            "tc_kimlik_no": _tc_kimlik(rng),
            "doğum_tarihi": born.strftime("%d.%m.%Y"),
            "işe_giriş_tarihi": hired.strftime("%d.%m.%Y"),
            "çıkış_tarihi": left.strftime("%d.%m.%Y") if rng.random() < 0.12 and left < date(2024, 11, 1) else "",
            "departman": dept,
            "şehir": str(rng.choice(cities, p=[0.4, 0.15, 0.2, 0.03, 0.05, 0.07, 0.05, 0.05])),
            "brüt_maaş": _tr_number(float(np.round(np.exp(rng.normal(depts[dept], 0.35)), 2))),
            "prim_oranı": "%" + f"{rng.choice([0, 5, 7.5, 10, 12.5, 15]):g}".replace(".", ","),
            "performans_puanı": f"{np.clip(rng.normal(3.6, 0.6), 1, 5):.1f}".replace(".", ","),
            "yıllık_izin_günü": str(int(rng.choice([14, 20, 26]))),
            "medeni_durum": str(rng.choice(["Evli", "Bekâr", "Boşanmış"], p=[0.55, 0.4, 0.05])),
            "uzaktan_çalışma": str(rng.choice(["Evet", "Hayır"], p=[0.3, 0.7])),
        })  # fmt: skip
    return pd.DataFrame(rows)


def _dates(values: pd.Series, fmt: str) -> pd.Series:
    return pd.to_datetime(values, format=fmt, errors="coerce")


def _brl_value(values: pd.Series) -> pd.Series:
    text = values.fillna("").str.replace("R$ ", "", regex=False).str.replace(".", "", regex=False)
    return pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")


def consistency(name: str, made: pd.DataFrame) -> list[str]:
    """Rules every input row keeps, checked on the synthetic rows (share of rows breaking each)."""
    out: list[str] = []

    def rule(what: str, broken: pd.Series) -> None:
        out.append(f"{what}: {broken.mean():.1%} of rows break it")

    if name == "loja_br":
        rule("delivery before order", _dates(made["Data de Entrega"], "%d/%m/%Y") < _dates(made["Data do Pedido"],
                                                                                         "%d/%m/%Y"))  # fmt: skip
        rule("discount above the order value", _brl_value(made["Desconto"]) > _brl_value(made["Valor Total"]))
        rule("instalments without a credit card", (made["Parcelas"] != "1x") & (made["Forma de Pagamento"]
                                                                                 != "Cartão de crédito"))  # fmt: skip
    elif name == "eventos_iot":
        t = pd.to_datetime(made["event_time"], utc=True, format="ISO8601", errors="coerce")
        e = pd.to_datetime(pd.to_numeric(made["epoch_s"], errors="coerce"), unit="s", utc=True)
        rule("epoch_s more than 60 s from event_time", (t - e).abs().dt.total_seconds() > 60)
        temp = pd.to_numeric(made["reefer_temp_c"], errors="coerce")
        rule("reefer_temp_c between -9999 and -50 (neither a reading nor the sentinel)", (temp > -9999) & (temp < -50))
    elif name == "survey_qx":
        score = pd.to_numeric(made["Q4"], errors="coerce")
        group = np.where(score >= 9, "Promoter", np.where(score >= 7, "Passive", "Detractor"))
        rule("NPS group not that of the score", score.notna() & (made["Q4_NPS_GROUP"] != group))
        finished = made["Finished"].astype(str) == "True"
        rule("finished but progress below 100", finished & (made["Progress"].astype(str) != "100"))
        rule("unfinished but answered Q2", (made["Finished"].astype(str) == "False") & made["Q2_1"].notna())
    elif name == "ledger_gl":
        pairs = made[["Account", "Account Name"]].dropna().drop_duplicates()
        rule("account number with another account's name", pd.Series([len(pairs) > pairs["Account"].nunique()]))
        rule("a 'Subtotal' description", made["Description"].astype(str).str.contains("Subtotal"))
        rule("tax rate as a bare fraction next to percents", made["Tax Rate"].astype(str).str.fullmatch(r"0\.\d+%"))
    elif name == "ik_tr":
        born = _dates(made["doğum_tarihi"], "%d.%m.%Y")
        hired = _dates(made["işe_giriş_tarihi"], "%d.%m.%Y")
        left = _dates(made["çıkış_tarihi"], "%d.%m.%Y")
        rule("exit before hire", left < hired)
        rule("exit after the export (2024-11-01)", left >= pd.Timestamp("2024-11-01"))
        rule("hired before turning 16", hired < born + pd.Timedelta(days=16 * 365))
    return out


def write_all(out: Path) -> list[Path]:
    """Write the tables to ``out`` as each tool would export them."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "loja_br.csv": (loja_br(), {"sep": ";", "encoding": "utf-8-sig"}),
        "eventos_iot.csv": (eventos_iot(), {}),
        "survey_qx.csv": (survey_qx(), {}),
        "ledger_gl.csv": (ledger_gl(), {}),
        "ik_tr.csv": (ik_tr(), {}),
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
    else:
        done = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
        print("wrote " + ", ".join(str(p) for p in done))
