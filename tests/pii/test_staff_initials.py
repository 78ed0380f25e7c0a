"""Staff written as an initial and a surname (``H. Schmid``) or a title and a surname (``Dr. Bader``):
the column is found from its values, and fakes keep the layout (set 10: 300 staff cells left)."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _staff_table(column: str) -> pd.DataFrame:
    faker, rng = Faker("de_CH"), random.Random(2)
    faker.seed_instance(1)
    staff = [f"{faker.first_name()[0]}. {faker.last_name()}" for _ in range(8)] + [
        f"Dr. {faker.last_name()}" for _ in range(3)]
    return pd.DataFrame({column: [rng.choice(staff) for _ in range(150)], "kunde": [faker.name() for _ in range(150)]})


def test_initialled_staff_columns_are_names_with_or_without_their_name():
    for column in ("betreut_von", "c003"):
        frame = _staff_table(column)
        assert column in {p.column for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}


def test_answer_options_are_no_names():
    rng = random.Random(3)
    frame = pd.DataFrame({"answer": [rng.choice(["A. Yes", "B. No", "C. Other", "D. Not sure"]) for _ in range(150)]})
    assert plan_columns(frame, infer_schema(frame), ReplacePiiParameters()) == []


def test_fakes_keep_an_initial_and_a_titled_surname():
    frame = _staff_table("betreut_von")
    out = replace_pii(frame, infer_schema(frame), ReplacePiiParameters()).data["betreut_von"]
    assert not (out == frame["betreut_von"]).any()
    initialled = frame["betreut_von"].str.match(r"^[A-Z]\. ")
    assert out[initialled].str.fullmatch(r"[A-Z]\. [^\W\d_][\w'\- ]+").all(), out[initialled].head()
    assert out[~initialled].str.startswith("Dr. ").all()


def test_initialled_staff_of_other_alphabets_and_with_particles_are_names():
    # Turkish capitals outside Latin-1 (Ş, İ), Lithuanian and Hungarian surnames known by their
    # shape or national lists, Dutch particles (van der): six staff members are enough.
    staff = {
        "tr": ["S. Mansız", "G. Yorulmaz", "A. Ertaş", "Ü. İhsanoğlu", "T. Akgündüz", "S. Şafak"],
        "lt": ["R. Kavaliauskas", "J. Grinius", "G. Vasiliauskas", "A. Nausėda", "G. Kaupas", "R. Pocius"],
        "nl": ["J. Vos", "N. Schakelaar", "N. Dircken", "R. van der Heijden", "I. van Saksen", "J. de Graaf"],
        "hu": ["B. Szabó", "A. Sipos", "É. Oláh", "M. Horváth", "V. Tóth", "Z. Török"],
    }
    rng = random.Random(4)
    for names in staff.values():
        frame = pd.DataFrame({"c009": [rng.choice(names) for _ in range(150)]})
        assert [p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())] == ["name"], names
