"""Session 61 DB: birth dates in any one-separator layout, month words of any language and a weekday or an age
before the date, read by every birth reader through ``date_reader.read_date_at`` (columns shown and hidden, notes)
and faked in their own layout. Values are not set 46's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

PEOPLE = ["Anna Berger", "Jonas Keller", "Marie Schulz", "Paul Wagner", "Lena Fischer", "Tim Becker",
          "Sofia Hoffmann", "Ben Richter", "Mia Klein", "Noah Wolf", "Emma Neumann", "Finn Schwarz"]  # fmt: skip
COLON = ["25:10:1961", "23:04:1974", "24:10:1985", "25:02:1990", "06:11:1956", "11:04:2001",
         "19:10:1977", "07:02:1949", "03:03:1968", "12:12:1982", "30:01:1995", "17:08:1972"]  # fmt: skip
WEEKDAY = ["Tue-06-10-1981", "Mon-15-05-1961", "Sun-03-05-1970", "Thu-13-04-2000", "Fri-29-03-1991",
           "Tue-06-09-1955", "Mon-19-06-1961", "Sun-08-07-2007", "Sat-24-11-1984", "Tue-19-03-2013",
           "Wed-02-07-1975", "Wed-24-04-1974"]  # fmt: skip


def _run(df: pd.DataFrame) -> tuple[dict[str, str], pd.DataFrame]:
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    return plans, replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_birth_columns_in_colon_and_weekday_layouts_found_and_faked_in_layout() -> None:
    for header in ("Geburtsdatum", "c002"):
        for cells in (COLON, WEEKDAY):
            plans, out = _run(pd.DataFrame({"Name": PEOPLE, header: cells}))
            assert plans.get(header) == "date_of_birth"
            fakes = out[header].tolist()
            assert not set(fakes) & set(cells)
            for old, new in zip(cells, fakes, strict=True):
                assert len(new) == len(old) and [c for c in new if not c.isalnum()] == [
                    c for c in old if not c.isalnum()
                ]


def test_birth_dates_in_notes_after_cues_of_any_language_replaced() -> None:
    notes = [
        "Pina ti invita alla festa! Nascita: 08:02:1997. Conferma entro sabato.",
        "Grace envite w nan fèt li! Fèt: 4-fevriye-1960. Reponn vit.",
        "Raina ngundang panjenengan. Lair: Min-10-04-1955. Konfirmasi.",
        "Pick-up moved (born on 2018/Marisi/8) to the north gate.",
        "Meeting at 20:15:30 on 12:03:2024, score 3:1, version 1.2.3.",
    ] * 3
    _, out = _run(pd.DataFrame({"id": range(len(notes)), "notes": notes}))
    text = " ".join(out["notes"])
    for date_text in ("08:02:1997", "4-fevriye-1960", "Min-10-04-1955", "2018/Marisi/8"):
        assert date_text not in text
    assert "Meeting at 20:15:30 on 12:03:2024, score 3:1, version 1.2.3." in text
