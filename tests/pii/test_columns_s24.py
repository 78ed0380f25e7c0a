"""Session 24 column fixes: titled names, hidden date-of-birth and phone columns, addresses."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.gazetteers import all_street_words
from safe_synthesizer.pii.titles import titled_person_cell


def _detect(values: list, name: str = "c001"):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=KNOWN_ENTITIES)


@pytest.mark.parametrize(
    "value",
    ["Herr Schmidtke", "Dr. Matthäi", "Pani Skowyra", "dr Toborek", "Sig.ra Zamengo", "rouva Oksanen",
     "tohtori Nevalainen", "g. Horvat", "gđa Kovač", "Mr Vig", "Dr A. Daniels", "κα Ρόγγα", "DR A. DANIELS"],
)  # fmt: skip
def test_titled_cells(value: str) -> None:
    assert titled_person_cell(value, all_street_words())


@pytest.mark.parametrize("value", ["Dr Martin Luther King Blvd", "Av. Paulista", "Main Dr", "Mr", "Dr 12"])
def test_not_titled_cells(value: str) -> None:
    assert not titled_person_cell(value, all_street_words())


_SURNAMES = ["Schmidtke", "Matthäi", "Nohlmans", "Birnbaum", "Süßebier", "Quaschnik", "Orlowski", "Wendtland"]


@pytest.mark.parametrize("name", ["guarantor_1", "c002"])
def test_title_and_surname_column_is_a_name_column(name: str) -> None:
    values = [f"{t} {s}" for t in ("Herr", "Frau", "Dr.") for s in _SURNAMES] * 5
    det = _detect(values, name)
    assert det is not None and det.entity == "name"


@pytest.mark.parametrize("name", ["Treating Doctor", "c004"])
def test_doctor_initial_surname_is_not_a_street(name: str) -> None:
    values = ["Dr A. Daniels", "Dr J. Armstrong", "Dr L. Martin", "Dr K. Osei", "Dr P. Whitfield"] * 30
    det = _detect(values, name)
    assert det is not None and det.entity == "name"


def test_drive_street_column_stays_a_street() -> None:
    streets = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Birch"] * 10
    values = [f"{n} {s} Dr" for n, s in zip(range(100, 160), streets, strict=True)]
    det = _detect(values, "c003")
    assert det is not None and det.entity in ("street_address", "address")


def _dates(lo_years: int, hi_years: int, n: int = 200, seed: int = 1, weekdays_only: bool = False) -> list[str]:
    rng = np.random.default_rng(seed)
    # The detector ages dates from the real today: event dates must run up to it, as an export's do.
    today = pd.Timestamp.today().normalize()
    out = []
    for d in rng.integers(lo_years * 365, hi_years * 365, 3 * n):
        stamp = today - pd.Timedelta(days=int(d))
        if not weekdays_only or stamp.day_of_week < 5:
            out.append(stamp.strftime("%d.%m.%Y"))
    return out[:n]


def test_hidden_birth_dates_from_values() -> None:
    det = _detect(_dates(18, 90), "c002")
    assert det is not None and det.entity == "date_of_birth"
    assert "median age" in det.evidence


@pytest.mark.parametrize(
    "values",
    [
        _dates(0, 5),
        _dates(0, 17),
        _dates(3, 60, weekdays_only=True),
        [f"{y}-05-0{d}" for y in range(1871, 1990) for d in (1, 2)],
    ],
    ids=["recent events", "children", "working-day hires", "historical records"],
)
def test_event_dates_are_not_birth_dates(values: list[str]) -> None:
    assert _detect(values, "c006") is None


@pytest.mark.parametrize("prefix", ["+49", "0049"])
def test_e164_text_typed_as_integer_is_a_phone_column(prefix: str) -> None:
    rng = np.random.default_rng(5)
    values = [f"{prefix}{rng.choice(['30', '89', '221', '69'])}{rng.integers(1000000, 9999999)}" for _ in range(150)]
    df = pd.DataFrame({"c004": values})
    schema = infer_schema(df)
    det = detect_column(df["c004"], schema["c004"], entities=KNOWN_ENTITIES)
    assert det is not None and det.entity == "phone_number"


def test_integers_stay_unflagged_without_a_cue() -> None:
    df = pd.DataFrame({"c004": [str(4900000000 + 7919 * i) for i in range(150)]})
    assert detect_column(df["c004"], infer_schema(df)["c004"], entities=KNOWN_ENTITIES) is None


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("posta_kodu", "postcode"),
        ("irányítószám_1", "postcode"),
        ("település_1", "city"),
        ("Ship To", "street_address"),
    ],
)
def test_more_languages_in_column_names(name: str, entity: str) -> None:
    from safe_synthesizer.pii.cues import cue_hints

    assert entity in cue_hints(name)
