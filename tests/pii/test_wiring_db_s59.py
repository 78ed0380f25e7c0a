"""Helper DB's wiring (session 59): birth dates with any one separator in a column, birth cues read by their parts
in notes; through ``replace_pii`` / ``plan_columns``."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_BORN = ["26_05_1948", "15_02_1963", "09_05_2016", "20_07_1977", "02_10_1952", "19_11_1986", "18_02_2002",
         "07_07_1935", "11_03_1991", "30_08_1969", "04_12_1958", "23_06_1944", "14_01_1999", "28_09_1973",
         "06_04_1981", "17_10_1966"]  # fmt: skip
_NAMES = ["Aurélie Pires", "Lucas Lesage", "Denis Jean", "Roger Allard", "Benoît Colas", "Guy Duhamel",
          "Auguste Mendès", "Frédéric Diallo", "Patricia Legendre", "Xavier Pires", "Odile Marchand",
          "Henri Lefort", "Mireille Caron", "Paul Girard", "Sophie Renaud", "Yves Morel"]  # fmt: skip


def test_underscore_birth_dates_column_found_and_shifted_in_layout() -> None:
    df = pd.DataFrame({"Nom": _NAMES, "Date of birth": _BORN, "Taille": ["S", "M", "L", "XL"] * 4})
    assert {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}.get(
        "Date of birth"
    ) == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"].tolist()
    assert all(re.fullmatch(r"\d\d_\d\d_\d{4}", v) for v in out)
    assert sum(a != b for a, b in zip(out, _BORN, strict=True)) >= 14


def test_birth_dates_after_marked_cues_replaced_in_notes() -> None:
    notes = [
        "Objet trouvé : la carte de Léa Roy (né(e) le 30/MARS/2004) est à l'accueil.",
        "Objeto perdido: la cartera de Ana Gil (nacido/a el 09/AGO/1963) está en recepción.",
        "Oggetti smarriti: il portafoglio di Ugo Neri (nato/a il 29/DIC/2020) è alla cassa.",
        "Hittegods: kortet til Mik Holm (f. 23. august 1940) ligger i skranken.",
        "Fundsache: Ausweis von Jo Kern (geb. 1.11.99) liegt an der Kasse.",
    ] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"].tolist())
    for value in ("30/MARS/2004", "09/AGO/1963", "29/DIC/2020", "23. august 1940", "1.11.99"):
        assert value not in out
