"""Header rows under the header: survey question rows, import-id rows, merged sheets' sub-labels."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.header_rows import find_header_rows, labelled
from safe_synthesizer.data.inference import infer_schema

_GIVEN = ["Aoife", "Brendan", "Ciara", "Declan", "Eimear", "Fionn", "Grainne", "Oisin", "Niamh", "Padraig"]
_FAMILY = ["Byrne", "Walsh", "Ryan", "Doyle", "Brennan", "Kavanagh", "Lynch", "Murray", "Quinn", "Nolan"]


def survey_export(n: int = 60) -> pd.DataFrame:
    """A feedback survey as a survey tool exports it: question text and import ids in the first two rows."""
    rows = [
        {"ResponseId": "Response ID", "Score": "How did we do (0-10)?", "Q9": "Your full name, if you want a reply",
         "Q10": "Mobile number", "Q11_1": "Your date of birth", "Q12": "Eircode or postcode"},
        {"ResponseId": '{"ImportId":"_recordId"}', "Score": '{"ImportId":"QID8"}', "Q9": '{"ImportId":"QID9_TEXT"}',
         "Q10": '{"ImportId":"QID10_TEXT"}', "Q11_1": '{"ImportId":"QID11_1"}', "Q12": '{"ImportId":"QID12"}'},
    ]  # fmt: skip
    for i in range(n):
        rows.append({
            "ResponseId": f"R_{i * 7919 % 100000:05d}xQ", "Score": str(i % 11),
            "Q9": f"{_GIVEN[i % 10]} {_FAMILY[i * 3 % 10]}", "Q10": f"08{5 + i % 3} {1000000 + i * 7717 % 8999999}",
            "Q11_1": f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50}", "Q12": f"{10000 + i * 3011 % 89999}",
        })  # fmt: skip
    return pd.DataFrame(rows)


def test_question_and_import_id_rows_are_header_rows() -> None:
    found = find_header_rows(survey_export())
    assert found.rows == [0, 1]
    assert found.labels["Q12"] == "Eircode or postcode"
    assert "ImportId" not in " ".join(found.labels.values())  # the import ids are no labels


def test_a_merged_sheets_sub_label_row_is_a_header_row() -> None:
    n = 30
    df = pd.DataFrame({
        "Camper": ["First name"] + [_GIVEN[i % 10] for i in range(n)],
        "Unnamed: 1": ["Born"] + [f"{2012 + i % 6}-0{1 + i % 9}-1{i % 9}" for i in range(n)],
        "Parent": ["Phone"] + [f"087 {1000000 + i * 3331}" for i in range(n)],
        "Unnamed: 3": ["Room"] + [f"{100 + i}" for i in range(n)],
    })  # fmt: skip
    assert find_header_rows(df).rows == [0]
    assert find_header_rows(df).labels["Unnamed: 1"] == "Born"


def test_records_are_no_header_rows() -> None:
    body = survey_export().iloc[2:].reset_index(drop=True)
    assert find_header_rows(body).rows == []
    # A record whose number cells are 'n/a' that recur below is still a record.
    odd = pd.DataFrame({"id": [f"A{i}" for i in range(20)], "age": ["n/a"] + [str(20 + i) for i in range(18)] + ["n/a"],
                        "visits": ["n/a"] + [str(i) for i in range(18)] + ["n/a"]})  # fmt: skip
    assert find_header_rows(odd).rows == []


def test_labelled_sets_the_label_of_each_column() -> None:
    df = survey_export()
    schema = labelled(infer_schema(df), {"Q12": "Eircode or postcode"})
    assert schema["Q12"].label == "Eircode or postcode"
    assert schema["Q9"].label is None


def test_inspect_data_drops_header_rows_and_keeps_their_labels(tmp_path: Path) -> None:
    from safe_synthesizer.pipeline import inspect_data

    source = tmp_path / "survey.csv"
    survey_export().to_csv(source, index=False)
    check = inspect_data(source, SafeSynthesizerParameters())
    assert len(check.data) == 60
    assert check.schema["Q10"].label == "Mobile number"
    assert any("header rows, left out of training" in f.message for f in check.findings)
    assert "Mobile number" not in " ".join(f.message for f in check.findings)  # counts, never the text
