"""Month and weekday words of the generated world table (:mod:`calendar_words_world`)."""

from __future__ import annotations

from safe_synthesizer.pii.calendar_words_world import (
    fold,
    month_by_start,
    world_month,
    world_weekdays,
    written_like,
)


def test_month_words_of_many_languages() -> None:
    assert world_month("fevriye")[:2] == (2, "ht")
    assert world_month("Marisi")[0] == 3  # Luganda and Bambara (session 62's added table) both write it
    assert world_month("ДЕКАБРЬ")[0] == 12
    assert world_month("desanm", language="ht")[:2] == (12, "ht")
    assert world_month("Tuesday") is None


def test_a_borrowed_month_name_is_read_by_its_start() -> None:
    assert month_by_start("Janyuwari") == 1
    assert month_by_start("Oktobari") == 10
    assert month_by_start("Desemba") == 12
    assert month_by_start("Jan") is None  # too short to be read by its start
    assert month_by_start("Blah") is None


def test_weekdays_sunday_first() -> None:
    assert (0, "id", 0) in world_weekdays("Min")
    assert any(day == 4 and lang == "en" for day, lang, _ in world_weekdays("Thu"))
    assert world_weekdays("Blah") == []


def test_fold_and_case() -> None:
    assert fold("Février") == "fevrier"
    assert written_like(["jan", "janvye"], 1, "FEV") == "JANVYE"
    assert written_like(["jan", "janvye"], 0, "Fev") == "Jan"
