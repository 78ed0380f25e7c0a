"""Session 64 (helper DB): a date as three fields wherever they stand (superscript ordinals, bracketed years,
two-word months, a time or a bracketed age after it) and Unix-time birth dates, through the PII stage: read by the
column detector shown and hidden, in notes after a birth cue, and faked in their own layout. Fails without the
wiring of ``/work/s64docs/wiring_DB.md`` (``date_reader.read_date_at``, ``column_birth_cells``,
``replace_engine``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.date_reader import read_date, shift_any_date
from safe_synthesizer.pii.epoch_dates import epoch_date
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen", "Eero Aalto",
           "Noora Kallio"]  # fmt: skip
_BORN = ["December 21ˢᵗ, 2015", "3ʳᵈ September 1961", "31 Dezember (1949)", "21-05-2013 15:57",
         "19º de Abril de 1951", "25 кулун тутар (2011)", "02/04/1998 [28 yrs]", "March 13 (2013)",
         "7ᵉ agost 2016", "17ᵉ octobre 1989", "October 24ᵗʰ, 1974", "9ᵗʰ December 1969"]  # fmt: skip
_EPOCHS = ["1576713600", "1338940800", "-315619200", "1460851200", "1356393600", "1411862400", "631152000",
           "946684800", "-86400000", "1104537600", "1293840000", "788918400"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_date_reader_reads_three_fields_with_their_residue() -> None:
    assert read_date("December 21ˢᵗ, 2015") is not None
    assert read_date("21-05-2013 15:57") is not None
    assert read_date("Eneru 14 (2011)") is not None
    assert (shift_any_date("31 Dezember (1949)", 1) or "").endswith(" Januar (1950)")


def test_birth_date_columns_of_these_notations_are_found_and_faked_in_layout() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _BORN})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"].tolist()
    for before, after in zip(_BORN, out, strict=True):
        assert after != before
        # The age after a date is the age readers' (age_annotated_dates): the date before it reads.
        assert read_date(after.split(" [")[0]) is not None


def test_unix_time_birth_dates_are_found_and_stay_unix_time() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Fecha de nacimiento": _EPOCHS})
    assert _plans(df).get("Fecha de nacimiento") == "date_of_birth"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Fecha de nacimiento"].tolist()
    for before, after in zip(_EPOCHS, out, strict=True):
        assert after != before and epoch_date(str(after)) is not None


def test_note_birth_dates_after_a_cue_are_replaced() -> None:
    born = ["3ʳᵈ September 1961", "October 7ᵗʰ, 1994", "21/08/1990 [36 сыл]", "19º de Abrit de 1951"]
    notes = [f"Manifest: Katie Benson, birth date {b}, 82 kg, on Lady Summers." for b in born] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"])
    assert not any(b in out for b in born)


def test_ages_written_in_a_script_with_vowel_signs_are_read_beside_the_date() -> None:
    born = ["26/06/1952 [74 വയസ്സ്]", "01/07/1963 [63 വയസ്സ്]", "27/09/1987 [39 വയസ്സ്]", "04/12/1971 [55 വയസ്സ്]",
            "13/10/2011 [15 വയസ്സ്]", "02/12/2015 [11 വയസ്സ്]", "03/07/2016 [10 വയസ്സ്]", "12/01/1986 [40 വയസ്സ്]",
            "08/05/1951 [75 വയസ്സ്]", "28/12/2004 [21 വയസ്സ്]", "08/03/1996 [30 വയസ്സ്]", "16/06/1980 [46 വയസ്സ്]"]  # fmt: skip
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": born})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    notes = [f"Manifest: രാജൻ ഷാജി, birth date {b}, 82 kg, on Lady Penelope." for b in born[:4]] * 3
    out = " ".join(replace_pii(pd.DataFrame({"notes": notes}), infer_schema(pd.DataFrame({"notes": notes})),
                               ReplacePiiParameters(), seed=0).data["notes"])  # fmt: skip
    assert not any(b.split(" [")[0] in out for b in born[:4])  # the date is faked (its age written for the fake)


def test_note_birth_dates_told_by_their_age_in_any_language() -> None:
    notes = ["Төрөөбүт күнүнэн: Мичил, төрөөбүт күнэ 16/06/1980 [46 сыл]. Эрийиҥ Айыына",
             "Ծննդյան տոն՝ Գոհար, ծննդյան ամսաթիվ՝ 10/12/1987 [38 տարեկան]։ Զանգել"] * 6  # fmt: skip
    df = pd.DataFrame({"notes": notes})
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"])
    assert "16/06/1980" not in out and "10/12/1987" not in out
