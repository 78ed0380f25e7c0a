"""The mixed-form person column pass: people in several forms whose name words agree across the forms."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_mixed_form_people import (
    mixed_form_people_columns,
    mixed_form_people_score,
    split_handle,
)

SINGERS = [
    "Marek [Holloway]", "marek_holloway41", "Tavish [Brennock]", "tbrennock", "Holloway, S. (Senna)",
    "Prof. T. Brennock FRCS", "senna.holloway", "Quill, A. (Ailsa)", "Ailsa [Quill]", "aquill",
    "Rev. M. Holloway MSc", "Dunmore, P. (Petra)", "petra_dunmore7", "Petra [Dunmore]",
]  # fmt: skip


def test_a_register_mixing_brackets_handles_inversions_and_ranks_is_people() -> None:
    scored = mixed_form_people_score(SINGERS)
    assert scored is not None and scored[0] == 1.0


def test_unlisted_names_count_by_coming_back_in_another_form() -> None:
    donors = [
        "Tevaite Mahaiatua", "tevaite.mahaiatua", "Hinatea Teriipaia", "hinatea_teriipaia12", "Manoa Tuheiava",
        "mtuheiava", "Rautea Mahaiatua", "rautea.mahaiatua", "Tuarii Teriipaia", "tteriipaia", "Vaea Tuheiava",
    ]  # fmt: skip
    assert mixed_form_people_score(donors) is not None


def test_initials_after_family_names_beside_bracketed_given_names() -> None:
    members = [
        "Okello M", "Achan [Okello]", "Lagu P", "Pita [Lagu]", "Okello, A. (Achan)", "Ayiko J", "Jalia [Ayiko]",
        "Lagu, P. (Pita)", "Ayiko, D. (Driwaru)", "Okello B",
    ]  # fmt: skip
    assert mixed_form_people_score(members) is not None


def test_a_column_of_logins_alone_is_left() -> None:
    logins = ["marek_holloway41", "tbrennock", "senna.holloway", "aquill", "petra_dunmore7", "jhart", "lkowal"]
    assert mixed_form_people_score(logins) is None


def test_products_places_and_categories_are_no_people() -> None:
    cakes = ["Lemon Drizzle (Large)", "Lemon Drizzle (Small)", "Carrot Cake (Large)", "Carrot Cake [Slice]",
             "Victoria Sponge (Small)", "Coffee Walnut (Large)", "Coffee Walnut [Slice]",
             "Ginger Loaf (Small)"]  # fmt: skip
    towns = ["Paris, France", "Lyon, France", "Porto, Portugal", "Lisbon, Portugal", "Madrid, Spain", "Seville, Spain",
             "Bordeaux, France", "Braga, Portugal"]  # fmt: skip
    ranks = ["Larry Ville", "Joel Ville", "Anna Ville", "Mark Ville", "Rose Ville", "Belle Ville", "Ville [Nord]",
             "Ville [Sud]"]  # fmt: skip
    papers = ["Bild, Bravo", "Bild", "Die Zeit, FAZ", "Bravo, Hörzu", "FAZ", "Hörzu, Bild", "Die Zeit", "Bravo, FAZ"]
    statuses = ["pending", "declined", "approved", "on hold", "pending", "approved", "withdrawn", "waitlist"]
    for values in (cakes, towns, ranks, papers, statuses):
        assert mixed_form_people_score(values) is None, values[0]


def test_split_handle_uses_the_column_words_an_initial_and_particles() -> None:
    words = frozenset({"syafiq", "hassan", "holloway"})
    assert split_handle("hbinsyafiqhassan", words, initial=True) == ("h", "bin", "syafiq", "hassan")
    assert split_handle("mholloway", words, initial=True) == ("m", "holloway")
    assert split_handle("mholloway", words, initial=False) is None
    assert split_handle("declined", words, initial=True) is None


def test_columns_pass_takes_the_dense_mixed_column_only() -> None:
    n = len(SINGERS)
    df = pd.DataFrame(
        {
            "c000": [f"R{i}" for i in range(n)],
            "c001": SINGERS,
            "c002": ["Marek [Holloway]"] + [""] * (n - 1),  # mostly empty: another helper's
            "c003": [str(60 + i) for i in range(n)],
        }
    )
    found = mixed_form_people_columns(df, list(df.columns), {})
    assert set(found) == {"c001"} and found["c001"].entity == "name"
    assert mixed_form_people_columns(df, list(df.columns), {"c001": found["c001"]}) == {}
