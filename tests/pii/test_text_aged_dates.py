from datetime import date

from safe_synthesizer.pii.text_aged_dates import aged_date_spans

TODAY = date(2026, 12, 7)


def test_a_date_with_its_agreeing_age_is_a_birth_date_in_any_language() -> None:
    for note, span in [
        ("Төрөөбүт күнүнэн: Мичил, төрөөбүт күнэ 16/06/1980 [46 сыл]. Эрийиҥ", "16/06/1980 [46 сыл]"),
        ("Ծննդյան տոն՝ Գոհար, ծննդյան ամսաթիվ՝ 10/12/1987 [38 տարեկան]։ Զանգել", "10/12/1987 [38 տարեկան]"),
        ("ജനനത്തീയതി 12/01/1986 [40 വയസ്സ്]. ബന്ധപ്പെടുക", "12/01/1986 [40 വയസ്സ്]"),
        ("Kid: 2015-03-02 (11), pool", "2015-03-02 (11)"),
    ]:
        spans = aged_date_spans(note, today=TODAY)
        assert [note[a:b] for a, b, _ in spans] == [span]


def test_counts_and_other_numbers_are_no_ages() -> None:
    for note in (
        "ordered 12/03/2024 (2 items) for the pool",
        "lesson 12/03/2020 (45 min)",
        "paid 12/03/1990 [12 EUR]",
        "no brackets 12/03/1990 46 years",
    ):
        assert aged_date_spans(note, today=TODAY) == []
