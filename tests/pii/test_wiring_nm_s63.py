"""Session 63 NM: person cells as accounts, tags and with tails, through ``replace_pii``."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c)).casefold()


def test_person_column_of_accounts_tags_and_tails_is_replaced_in_its_dress() -> None:
    cells = [
        "#MarenOlsen", "STAFF\\torbjorn.haugen", "Sigrid Lunde [SL]", "#EinarBakke", "STAFF\\sigrid.lunde",
        "Torbjørn Haugen · K5521", "#IngridSolberg", "HQ\\einar.bakke", "Ingrid Solberg [IS]", "#KnutDahl",
        "Knut Dahl · K1187", "HQ\\maren.olsen", "Sigrid Lunde for Tuva", "Torbjørn Haugen",
    ]  # fmt: skip
    n = len(cells)
    df = pd.DataFrame({"c000": [f"T{i:03d}" for i in range(n)], "c001": cells, "c002": [i % 4 for i in range(n)]})
    assert _plans(df).get("c001") == "name"
    out = _replaced(df)["c001"].tolist()
    words = {w.casefold() for cell in out for w in re.split(r"[^\w]+|(?<=[a-zø])(?=[A-ZØ])", cell) if w}
    for name in ("maren", "olsen", "torbjorn", "torbjørn", "haugen", "sigrid", "lunde", "einar", "bakke", "ingrid",
                 "solberg", "knut", "dahl", "tuva"):  # fmt: skip
        assert name not in words
    assert re.fullmatch(r"#[^\W\d_]+", out[0]) and out[1].startswith("STAFF\\") and re.search(r" \[\w+\]$", out[2])
    assert out[5].endswith(" · K5521") and " for " in out[12]
    # One person in three forms, one fake: the plain cell's fake is what the account and the tail dress.
    assert out[5].removesuffix(" · K5521") == out[13]
    assert _letters(out[1].removeprefix("STAFF\\")) == _letters(out[13])
