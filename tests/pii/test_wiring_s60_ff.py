"""Session 60, helper FF: people in any form found and faked through ``replace_pii`` (fails without the hooks)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_named_categories import category_mark
from safe_synthesizer.pii.replace import plan_columns, replace_pii

# A register writing its people in forms no reader lists: a label word, a care-of phrase, an age after a tilde, an
# e-mail in braces, an inversion around a semicolon, a booking's capitals; some names come back in another form.
_PEOPLE = [
    "per pro Harold Finch", "FINCH/HAROLD MR", "Harold Finch ~ 62", "Moreau ; Lucie", "per pro Lucie Moreau",
    "Lucie Moreau ~ 35", "Tamsin Reyes {tamsin.reyes@example.net}", "REYES/TAMSIN MS", "per pro Oscar Lindqvist",
    "Oscar Lindqvist ~ 48", "Lindqvist ; Oscar", "Nadia Petrov {npetrov@example.net}", "Petrov ; Nadia",
    "per pro Nadia Petrov", "Grace Holloway ~ 29", "HOLLOWAY/GRACE MS",
]  # fmt: skip


def test_register_of_people_in_unlisted_forms_is_found_hidden_and_faked_in_its_forms() -> None:
    n = len(_PEOPLE)
    df = pd.DataFrame({"c000": [f"R{100 + i}" for i in range(n)], "c001": _PEOPLE, "c002": [i % 4 for i in range(n)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    text = " ".join(out).casefold()
    for word in ("harold", "finch", "lucie", "moreau", "tamsin", "reyes", "lindqvist", "petrov"):
        assert word not in text
    assert out[0].startswith("per pro ") and out[2].endswith(" ~ 62")  # the residue kept
    assert "@example.net}" in out[6] and out[6].count("{") == 1  # the e-mail rebuilt in place, on the fake


_CUSTOMERS = [
    "Marlon Pereira <marlon.pereira17@example.com>", "Priya Reyes", "Tyler Ramdin <tyler_ramdin68@example.com>",
    "Kelly Jhugroo <kelly.jhugroo92@example.com>", "Craig Kowalski", "Priya Reyes <priya.reyes37@example.com>",
    "Shanice Bautista <shanice.bautista@example.com>", "Vikash Baptiste <vikash_baptiste@example.com>",
    "Craig Kowalski <ckowalski@example.com>", "Tyler Ramdin", "Kelly Jhugroo", "Marlon Pereira",
]  # fmt: skip


def test_an_email_beside_a_name_is_no_mark_of_a_thing() -> None:
    assert not category_mark("Priya Reyes <priya.reyes37@outlook.com>")
    assert category_mark("Bus station bay 4")  # unchanged


def test_customers_with_their_emails_are_names_and_the_emails_are_faked() -> None:
    n = len(_CUSTOMERS)
    df = pd.DataFrame(
        {"c000": [f"O-{7000 + i}" for i in range(n)], "c001": _CUSTOMERS, "c002": [3.5 * i for i in range(n)]}
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    out = " ".join(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"]).casefold()
    for word in ("pereira", "reyes", "ramdin", "jhugroo", "kowalski", "bautista", "baptiste"):
        assert word not in out
