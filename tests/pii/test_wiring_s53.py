"""Session 53's rules wired into the pipeline's PII stage: each test goes through ``plan_columns`` /
``replace_pii`` / the text hooks, so it fails when a module exists but is not hooked in."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.text_streets import street_spans


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


_GIVEN = ["Jonas", "Thomas", "Agnes", "Iris", "Marcus", "Doris", "Charles", "Ellen", "Harriet", "Oscar"]
_FAMILY = ["Hughes", "Jones", "Walker", "Williams", "Edwards", "Roberts", "Evans", "Bennett", "Turner", "Lloyd"]


def test_scout_sections_and_ride_destinations_are_no_people_or_towns() -> None:
    df = pd.DataFrame(
        {
            "First name": _GIVEN * 2,
            "Surname": _FAMILY * 2,
            "Section": ["Scouts", "Rainbows", "Guides", "Explorers", "Beavers", "Cubs", "Brownies", "Cubs", "Scouts",
                        "Beavers"] * 2,
            "Destination": ["Royal Infirmary", "Lidl", "Dr Patel's", "Eye clinic", "Tesco Extra", "Day centre",
                            "Age UK lunch club", "St John's surgery", "Market square", "Eye clinic"] * 2,
        }
    )  # fmt: skip
    plans = _plans(df)
    assert plans.get("First name") == "first_name" and plans.get("Surname") == "last_name"
    assert plans.get("Section") is None
    assert plans.get("Destination") is None


def test_session_codes_with_foreign_letters_are_no_postcodes() -> None:
    rng = random.Random(3)
    n = 40
    df = pd.DataFrame(
        {
            "Session ID": [f"S-{rng.randint(10000, 99999)}" for _ in range(n)],
            "Parent": [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(n)],
            "Parent mobile": [f"+39 3{rng.randint(10, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                              for _ in range(n)],
            "Parent email": [f"parent{i}@virgilio.it" for i in range(n)],
        }
    )  # fmt: skip
    plans = _plans(df)
    assert plans.get("Parent mobile") == "phone_number"
    assert plans.get("Session ID") is None


def _streets(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in street_spans(text)]


def test_unnumbered_streets_by_address_label_and_by_shape() -> None:
    assert "Mission Road" in _streets("New donor. Address checked: Mission Road.")
    assert "Pécsi utca" in _streets("Key back in safe at Pécsi utca. Thanks")
    assert "KG St No" in _streets("Gate code 4471, park on KG St No. Next visit March.")
    assert "lotissement Moucayou" in _streets("Message : rappeler. Habite lotissement Moucayou.")
    assert _streets("Address: same as before. Regards, John Lane.") == []


def _notes_replaced(notes: list[str]) -> list[str]:
    given = ["Sabrina", "Jeremy", "Elaine", "Danuta", "Kenneth", "Hannelore", "Gwendolyn", "Stefanie"]
    family = ["Fields", "Carter", "Gutknecht", "Bruckner", "Hughes", "Owen", "Walsh", "Parker"]
    n = len(notes)
    df = pd.DataFrame({"Name": [f"{given[i % 8]} {family[(i * 3) % 8]}" for i in range(n)], "Notes": notes})
    return list(replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Notes"])


def _assert_names_gone(notes: list[str], names: tuple[str, ...], *, fold_case: bool) -> None:
    """Each name written in a note is gone from its replaced note; the fourth note (no people) is untouched."""
    out = _notes_replaced(notes)
    for before, after in zip(notes, out, strict=True):
        seen = after.casefold() if fold_case else after
        for name in names:
            if name in before:
                assert name not in seen, (before, after)
    assert out[3] == notes[3]


def test_chat_speakers_keyholders_and_their_repeats_are_replaced() -> None:
    notes = [
        "gwendolyn: did stefanie pay?? | Sam: not yet | gwendolyn: ok ta",
        "Spare key with hannelore brückner, flat 2.",
        "> hi its jeremy can u do tues instead?\n> kenneth says ok\n> ring me later x",
        "Quiet week, nothing to report.",
    ] * 3
    _assert_names_gone(notes, ("gwendolyn", "stefanie", "hannelore brückner", "kenneth"), fold_case=True)


def test_names_in_capitals_of_form_fields_and_mail_headers_are_replaced() -> None:
    notes = [
        "NAME: LISA FIELDS   TEL 2194666848   ADDR 817 WONG SUMMIT   SIGNED FIELDS",
        "Wallet has card in name of PETERSON-GUERRA. Tried twice, left msg.",
        "From: Mengia Casutt <aloisia.mettler864@geissler.com>\nSent: Monday\nTo: office",
        "Quiet week, nothing to report.",
    ] * 3
    _assert_names_gone(notes, ("FIELDS", "PETERSON", "GUERRA", "Casutt"), fold_case=False)


def test_under_dp_a_role_word_before_a_cue_keeps_the_cue() -> None:
    from safe_synthesizer.data.schema import ColumnType
    from safe_synthesizer.pii.replace import plan_column_dp

    params = ReplacePiiParameters()
    for header, entity in [
        ("Passenger DOB", "date_of_birth"),
        ("Donor email", "email"),
        ("Visitor phone", "phone_number"),
    ]:
        plan = plan_column_dp(header, ColumnType.TEXT, params)
        assert plan is not None and plan.entity == entity, header
    assert plan_column_dp("Volunteer hours", ColumnType.INTEGER, params) is None
