import random

import pandas as pd

from safe_synthesizer.pii.column_contact_layouts import (
    contact_layout_columns,
    contact_layout_name,
    split_contact_layout,
)
from safe_synthesizer.pii.column_contact_people import contact_people
from safe_synthesizer.pii.column_kin_contacts import kin_contact_columns
from safe_synthesizer.pii.column_sample import sample_values

# Names of a stock no list holds, built from syllables.
_GIVEN = ["Tavuko", "Merinde", "Soluka", "Pirawe", "Kenduro", "Lomasi", "Wetunde", "Ravoki", "Nasimbe", "Huleka"]
_FAMILY = ["Relimba", "Ostavu", "Kanepo", "Mbiruwe", "Talangi", "Seborun", "Vuketa", "Dorimbe"]


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice('79')}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _column(layouts, n: int = 40, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)
    cells = []
    for _ in range(n):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        cells.append(rng.choice(layouts).format(g=given, f=family, F=family.upper(), p=_phone(rng)))
    return pd.DataFrame({"c004": cells, "c005": range(n)})


def test_layouts_the_contact_rules_do_not_read():
    assert contact_layout_name("Son: Henrike Oster, 0171 5523419") == ("Henrike Oster", True)
    assert contact_layout_name("Neighbour: Joaquín Pérez 612 345 678") == ("Joaquín Pérez", True)
    assert contact_layout_name("OSTER, Henrike - 0171 5523419") == ("Henrike OSTER", False)
    assert contact_layout_name("Gabriel ((312) 555-0187)") == ("Gabriel", False)
    # the layouts the other rules read still count, with or without a relation
    assert contact_layout_name("Henrike Oster (Schwester) 0171 5523419") == ("Henrike Oster", True)
    assert contact_layout_name("Henrike Oster 0171 5523419") == ("Henrike Oster", False)


def test_no_contact_in_streets_orders_dates_or_unlisted_words_before_a_colon():
    for cell in (
        "Invoice: 2025-03-14, 0042",
        "Hauptstr. 12, 10115 Berlin",
        "Order: Blue Widget, 0171 5523419",
        "Ref ((12) 3)",
    ):
        assert contact_layout_name(cell) is None, cell


def test_a_column_of_mixed_layouts_with_listed_names_is_found():
    layouts = ["Wife: {g} {f}, {p}", "{F}, {g} - {p}", "{g} {f} (son) {p}", "{g} {f} {p}"]
    df = _column(layouts)
    df["c004"] = df["c004"].str.replace("Tavuko", "Michael").str.replace("Merinde", "Sarah")
    got = contact_layout_columns(df, ["c004", "c005"], found={})
    assert set(got) == {"c004"} and got["c004"].entity == "name"


def test_unlisted_names_with_relations_are_found_where_the_kin_rule_wants_listed_names():
    df = _column(["Daughter: {g} {f}, {p}", "{g} {f} (brother) {p}", "{F}, {g} - {p}", "Wife: {g} {f} {p}"])
    assert kin_contact_columns(df, ["c004"], found={}) == {}
    assert "listed relation" in contact_layout_columns(df, ["c004"], found={})["c004"].evidence


def test_unlisted_names_without_relations_are_found_by_their_words_recombining():
    df = _column(["{g} {f} {p}", "{g} {f} - {p}", "{g} ({p})", "{g} {f}, {p}"], n=60)
    assert contact_people(sample_values(df["c004"], 500, 0)) is None
    assert "recombine" in contact_layout_columns(df, ["c004"], found={})["c004"].evidence


def test_shops_and_branches_with_numbers_are_no_people():
    rng = random.Random(3)
    shops = [f"{rng.choice(_FAMILY)} Store {_phone(rng)}" for _ in range(40)]
    branches = [f"{rng.choice(['Harare', 'Mutare', 'Gweru'])} Branch - {_phone(rng)}" for _ in range(40)]
    firms = [f"{rng.choice(_FAMILY)} & Sons Ltd {_phone(rng)}" for _ in range(40)]
    products = [f"{rng.choice(['Home Visit', 'Cash Out', 'Deep Clean'])} {_phone(rng)}" for _ in range(40)]
    towns = [f"{rng.choice(['Lisboa', 'Porto', 'Braga'])}, {rng.choice(['Centro', 'Belém', 'Bonfim', 'Sé'])} - "
             f"{rng.randint(1000, 4999)}-{rng.randint(100, 999)}" for _ in range(40)]  # fmt: skip
    df = pd.DataFrame({"a": shops, "b": branches, "c": firms, "d": products, "e": towns})
    assert contact_layout_columns(df, list(df.columns), found={}) == {}


def test_placeholders_are_left_out_and_decided_columns_skipped():
    df = _column(["Son: {g} {f}, {p}", "{g} {f} (wife) {p}"], n=30)
    df.loc[:7, "c004"] = ["n/a", "#N/A", "see notes", "TBC", "0", "(none)", "", "-"]
    assert "c004" in contact_layout_columns(df, ["c004"], found={})
    assert contact_layout_columns(df, ["c004"], found={"c004": object()}) == {}


def test_the_fakes_keep_each_layout():
    assert split_contact_layout("Son: Henrike Oster, 0171 5523419").rebuild("Jana Vogt", "0172 1111111") == (
        "Son: Jana Vogt, 0172 1111111"
    )
    assert split_contact_layout("OSTER, Henrike - 0171 5523419").rebuild("VOGT, Jana", "0172 1111111") == (
        "VOGT, Jana - 0172 1111111"
    )
    assert split_contact_layout("Gabriel ((312) 555-0187)").rebuild("Aaron", "(415) 555-0100") == (
        "Aaron ((415) 555-0100)"
    )
    assert split_contact_layout("Henrike Oster 0171 5523419") is None  # split_name_phone's layout
    assert split_contact_layout("Order: Blue Widget, 0171 5523419") is None


def test_replace_pii_keeps_the_relation_and_the_comma_first_layout():
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import replace_pii

    layouts = ["Son: {g} {f}, {p}", "{F}, {g} - {p}", "Daughter: {g} {f}, {p}"]
    df = _column(layouts, n=40).rename(columns={"c004": "Emergency contact", "c005": "visit"})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=3).data["Emergency contact"]
    for before, after in zip(df["Emergency contact"], out, strict=True):
        assert after != before
        if before.startswith(("Son: ", "Daughter: ")):
            assert after.split(": ")[0] == before.split(": ")[0] and ", " in after
        else:
            assert " - " in after and after.split(",")[0].isupper()
