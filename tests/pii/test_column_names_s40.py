"""Session 40: given names and surnames told apart by rules real tables follow, with the column names hidden.

- A dog walker's or vet's column of animals' names (``Balu``, ``Filou``, ``Rocky``) is no column of people.
- Romanised Chinese family names (Singapore, Malaysia) are the surnames even where addresses put them first.
- A surname that opens the addresses (``kieffer.marc@``) is still the surname when the given names are found.
"""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import NameStats
from safe_synthesizer.pii.column_person_evidence import person_evidence
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns


def _plans(df: pd.DataFrame) -> dict[str, str | None]:
    hidden = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return {p.column: p.entity for p in plan_columns(hidden, infer_schema(hidden), ReplacePiiParameters(), seed=0)}


_GIVEN = ["Anneliese", "Bernd", "Carsten", "Dagmar", "Elke", "Frieder", "Gudrun", "Helmut", "Ingrid",
          "Jürgen", "Karin", "Lothar",
          "Monika", "Norbert", "Ortrud", "Rainer", "Sabine", "Torsten", "Ulrike", "Volker"]  # fmt: skip
_FAMILY = ["Brandt", "Dietrich", "Engel", "Fuchs", "Graf", "Haas", "Jäger", "Keller", "Lang", "Möller", "Pohl",
           "Roth", "Sauer", "Thiel", "Vogt", "Winkler", "Ziegler", "Kuhn", "Ludwig", "Busch"]  # fmt: skip


def test_a_column_of_dog_names_is_no_column_of_first_names():
    rng = random.Random(4011)
    pets = ["Balu", "Filou", "Rocky", "Nala", "Bruno", "Coco", "Teddy", "Simba", "Pepper", "Kira", "Hugo", "Paula",
            "Emil", "Frieda", "Lotte", "Anton", "Mia", "Ella", "Oskar", "Benno", "Leni", "Jule"]  # fmt: skip
    rows = []
    for _ in range(70):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        rows.append({
            "owner": f"{given} {family}",
            "mail": f"{given.lower()}.{family.lower()}@posteo.de".replace("ü", "ue").replace("ö", "oe"),
            "hund": rng.choice(pets),
            "termin": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        })  # fmt: skip
    plans = _plans(pd.DataFrame(rows))
    assert plans["c000"] == "name"
    assert plans.get("c002") is None


def test_romanised_chinese_family_names_are_surnames_wherever_the_address_puts_them():
    rng = random.Random(4012)
    given = ["Jun Wei", "Xin Yi", "Kai Jie", "Shu Ting", "Zhi Hao", "Aisyah", "Irfan", "Hui Min", "Jia Le", "Yu Xuan"]
    family = ["Tan", "Ng", "Goh", "Ong", "Wong", "Koh", "Chan", "Sim", "Low", "Quek", "Seah", "Foo"]
    rows = []
    for i in range(24):
        g, f = rng.choice(given), rng.choice(family)
        local = f"{f}.{g.replace(' ', '')}" if i % 2 else f"{g.replace(' ', '')}{f}{rng.randint(1, 99)}"
        rows.append({"ref": f"SG-{7000 + i}", "given": g, "family": f, "email": f"{local.lower()}@singnet.com.sg"})
    plans = _plans(pd.DataFrame(rows))
    assert plans["c002"] == "last_name"
    assert plans["c001"] in ("first_name", "name")


def test_a_surname_opening_the_addresses_stays_the_surname_beside_found_given_names():
    rng = random.Random(4013)
    given = ["Javier", "Lucía", "Pablo", "Marta", "Sergio", "Elena", "Raúl", "Cristina", "Alberto", "Beatriz",
             "Diego", "Silvia", "Rubén", "Natalia", "Óscar", "Irene", "Álvaro", "Pilar", "Hugo", "Rocío"]  # fmt: skip
    # Basque surnames the name lists lack; Basque addresses often open with the surname.
    family = ["Etxeberria", "Goikoetxea", "Agirre", "Zubizarreta", "Arrizabalaga", "Olabarrieta", "Aranburu",
              "Iturbe", "Lizarralde", "Azkarate", "Otxoa", "Berasategi", "Irastorza"]  # fmt: skip
    rows = []
    for i in range(40):
        g, f = rng.choice(given), rng.choice(family)
        plain = g.lower().translate(str.maketrans("íúéóá", "iueoa"))
        local = f"{f.lower()}.{plain}" if i % 4 else f"{f.lower()}{plain[0]}{i}"
        rows.append({"zk": 5000 + i, "izena": g, "abizena": f, "posta": f"{local}@euskaltel.net"})
    plans = _plans(pd.DataFrame(rows))
    assert plans["c001"] == "first_name"
    assert plans["c002"] == "last_name"


def test_full_names_whose_words_are_all_given_names_stay_full_names_by_their_forms():
    # Kenyan surnames are given names too (``Wairimu``, ``Kariuki``): the ``Last, First``, titled and suffixed
    # cells say the column holds whole names.
    rng = random.Random(4014)
    given = ["Grace", "Paul", "Ann", "Moses", "Lucy", "Daniel", "Ruth", "George", "Alice", "Stephen", "Agnes"]
    family = ["Wairimu", "Kariuki", "Achieng", "Kiprotich", "Nyambura", "Odhiambo", "Muthoni", "Wafula", "Owino"]
    rows = []
    for i in range(60):
        g, f = rng.choice(given), rng.choice(family)
        cell = [f"{g} {f}", f"{f}, {g}", f"Mr {g} {f}" if g in ("Paul", "Moses", "Daniel") else f"Ms {g} {f}"][i % 3]
        rows.append({"id": i, "member": cell, "amount": f"{rng.randint(100, 9000)}.00"})
    plans = _plans(pd.DataFrame(rows))
    assert plans["c001"] == "name"


def test_a_faroese_customer_column_of_couples_and_inverted_names_is_read_through_the_addresses():
    rng = random.Random(4015)
    people = [("Sigrið", "Joensen"), ("Bárður", "á Rógvu"), ("Gunnvør", "í Túni"), ("Rógvi", "Poulsen"),
              ("Hallbera", "við Streym"), ("Óli", "Petersen"), ("Ragna", "Mohr"), ("Sverri", "Dahl"),
              ("Eiðun", "úr Dímun"), ("Ása", "Hansen")]  # fmt: skip
    rows = []
    for i in range(30):
        g, f = rng.choice(people)
        family = f.split()[-1]
        cell = [f"{g} {f}", f"{f}, {g}", f"{g} & Jógvan {f}"][i % 3]
        local = f"{family}.{g}" if i % 2 else f"{g}{rng.randint(1, 90)}"
        local = local.lower().replace("ð", "").translate(str.maketrans("áíóúøý", "aiouoy"))
        rows.append({"kundi": cell, "teldupostur": f"{local}@olivant.fo", "upphædd": rng.randint(50, 900)})
    plans = _plans(pd.DataFrame(rows))
    assert plans["c000"] == "name"


def test_a_hispanic_last_name_column_of_two_surnames_is_surnames_not_full_names():
    rng = random.Random(4016)
    family = ["Benítez", "Ortiz", "Giménez", "Sosa", "Duarte", "Ayala", "Núñez", "Ibarra", "Cabrera", "Espinoza",
              "Villalobos", "Peralta", "Mendoza", "Quintana"]  # fmt: skip
    given = ["Lucía", "Mateo", "Valeria", "Santiago", "Camila", "Joaquín", "Daniela", "Tomás"]
    rows = [
        {"Nombre": rng.choice(given), "Apellidos": f"{rng.choice(family)} {rng.choice(family)}", "Monto": i * 7}
        for i in range(30)
    ]
    df = pd.DataFrame(rows).rename(columns={"Apellidos": "Guest Last Name"})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans["Guest Last Name"] == "last_name"


def test_whole_names_of_unlisted_surnames_are_told_by_given_names_and_whole_name_forms():
    # Malagasy surnames are in no list; the given names are, and exports write ``Last, First``, initials, titles.
    rng = random.Random(4017)
    given = ["Jean", "Marie", "Paul", "Claire", "Lucien", "Odette", "Henri", "Josiane", "Michel", "Yvette"]
    family = ["Rakotomalala", "Randriamampionona", "Andrianarisoa", "Razafindrakoto", "Rasoanaivo", "Ravelomanana",
              "Rabearivelo", "Andriamanjato", "Ratsimbazafy", "Rajaonarison"]  # fmt: skip
    cells = []
    for i in range(30):
        g, f = rng.choice(given), rng.choice(family)
        cells.append([f"{g} {f}", f"{f}, {g}", f"{g} {f}", f"M. {g} {f}" if i % 2 else f"{g[0]}. {f}"][i % 4])
    score = person_evidence("name", NameStats(sample_values(pd.Series(cells), 500, 0)), cued=False)
    assert score.values_decide and score.share >= 0.7
