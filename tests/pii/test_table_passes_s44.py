"""Table passes wired in session 44: travel-document numbers, reservation (PNR) names, care-of lines, labelled
names, names among words for the person themself, sparse given names, title-only columns."""

from __future__ import annotations

import random
import string

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_travel_document_numbers_found_by_the_table_pass() -> None:
    rng = random.Random(3)

    def code() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)
        )

    firsts = ["Anna", "Pieter", "Maria", "Johan", "Sofie", "Lars", "Emma", "Henk", "Eva", "Tom"]
    lasts = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters"]
    df = pd.DataFrame({
        "Surname": [rng.choice(lasts) for _ in range(40)], "Forename": [rng.choice(firsts) for _ in range(40)],
        "Doc Type": [rng.choice("PPI") for _ in range(40)], "Doc Number": [code() for _ in range(40)],
        "Booking Ref": ["".join(rng.choice(string.ascii_uppercase) for _ in range(6)) for _ in range(40)],
    })  # fmt: skip
    for hidden in (False, True):
        frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
        plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
        doc, ref = list(frame.columns)[3], list(frame.columns)[4]
        assert plans.get(doc) == "national_id"
        assert ref not in plans


def _manifest(rows: int = 36, seed: int = 44) -> pd.DataFrame:
    rng = random.Random(seed)
    people = [("LINDQVIST", "ASTRID", "MRS"), ("BERGGREN", "OLOF", "MR"), ("NYSTRÖM", "KARIN", "MS"),
              ("SANDBERG", "NILS", "MR"), ("ÅKESSON", "MAJA", "MRS"), ("HOLMGREN", "PER", "MR"),
              ("WALLIN", "EBBA", "MISS"), ("FORSBERG", "LARS", "MR"), ("ENGSTRÖM", "SIGRID", "MRS")]  # fmt: skip
    out = []
    for i in range(rows):
        surname, given, title = people[i % len(people)]
        kin = f"{rng.choice(['Britt', 'Göran', 'Ulla'])} {surname.title()}"
        out.append({
            "Title": title.title(),
            "Surname": surname,
            "Forename": given,
            "Lead Pax": f"{surname}/{given} {title}",
            "Next of kin": f"{kin} 070-{rng.randint(1000000, 9999999)}",
            "Cabin": f"{rng.randint(2, 9)}{rng.randint(10, 99)}",
        })  # fmt: skip
    return pd.DataFrame(out)


def test_reservation_names_and_contacts_are_faked_in_their_layouts() -> None:
    df = _manifest()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=4)
    planned = {c.column: c.entity for c in result.report.columns}
    assert planned.get("Lead Pax") == "name" and "Title" not in planned and "Cabin" not in planned
    out = result.data
    for before, after, surname in zip(df["Lead Pax"], out["Lead Pax"], out["Surname"], strict=True):
        fake_surname, rest = after.split("/")
        assert after != before and rest.split()[-1] == before.split()[-1]  # the title is kept
        assert fake_surname == surname  # one person, one fake: the reservation agrees with the Surname column
    assert all(len(v.split()) >= 3 and v[-1].isdigit() for v in out["Next of kin"])  # still a name and a number
    assert not set(out["Next of kin"]) & set(df["Next of kin"])


def test_a_household_account_in_a_surname_column_keeps_its_label_word() -> None:
    from safe_synthesizer.pii.fakes import FakeMapper

    families = ["Okafor", "Lindqvist", "Moreau", "Castellanos", "Nakamura", "Fitzgerald", "Kowalczyk", "Haddad"]
    mapper = FakeMapper(["en_US"], seed=6)
    surnames = mapper.map_values("last_name", families)
    accounts = mapper.map_values("last_name", [f"{f} Household" for f in families])
    for family in families:
        assert accounts[f"{family} Household"] == f"{surnames[family]} Household"  # one family, one fake


def test_template_notes_naming_the_rows_person_are_no_labelled_name_column() -> None:
    from safe_synthesizer.pii.column_labelled_names import labelled_name_columns

    givens = ["Amara", "Elin", "Louis", "Pilar", "Haruto", "Niamh", "Tomasz", "Rania"]
    families = ["Okafor", "Lindqvist", "Moreau", "Castellanos", "Nakamura", "Fitzgerald", "Kowalczyk", "Haddad"]
    rows = [(givens[i % 8], families[(i * 3) % 8], f"{6120000 + 37 * i}") for i in range(24)]
    df = pd.DataFrame({
        "c000": [g for g, _, _ in rows],
        "c001": [f for _, f, _ in rows],
        "c002": [f"New bank details for {g} {f}: confirmed by phone 0{p} today." for g, f, p in rows],
        "c003": [f"{g} {f} Donation 2024-0{1 + i % 9}-1{i % 9}" for i, (g, f, _) in enumerate(rows)],
    })  # fmt: skip
    found = labelled_name_columns(df, list(df.columns), {"c000": "first_name", "c001": "last_name"})
    assert list(found) == ["c003"]  # the label around a name, not the note that names the person
