"""Session 63 PR's precision vetoes wired into detect_table: things and stones are neither people nor towns."""

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _course_table() -> pd.DataFrame:
    """A walling course's bookings, headers hidden: trainees, phones, e-mails, an optional address naming its town,
    the stone and the hammer of each booking."""
    rng = random.Random(3)
    people = [("Maja", "Lindqvist"), ("Oskar", "Berglund"), ("Elin", "Sjöberg"), ("Anton", "Holmgren"),
              ("Frida", "Nyström"), ("Viktor", "Ekström"), ("Ida", "Lundberg"), ("Hugo", "Wallin"),
              ("Saga", "Engström"), ("Nils", "Forsberg"), ("Alva", "Hedlund"), ("Emil", "Söderberg")]  # fmt: skip
    towns = ["Borlänge", "Uppsala", "Västerås", "Luleå", "Umeå", "Gävle", "Kalmar", "Halmstad"]
    rows = []
    for _ in range(26):
        k = rng.randrange(len(people))
        given, family = people[k]
        rows.append({
            "c000": f"2027-0{rng.randint(1, 5)}-{rng.randint(10, 28)}",
            "c001": rng.choice(["Galloway dyke", "Cornish hedge", "Herringbone", "Cotswold coping"]),
            "c002": f"{given} {family} [{given[0]}{family[0]}]" if rng.random() < 0.6
            else f"{given} {family} · M{rng.randint(1000, 9999)}",
            "c003": f"070-{200 + 37 * k} {10 + k} {30 + k}",
            "c004": f"{given.lower()}.{family.lower().replace('ö', 'o').replace('ä', 'a')}@gmail.com"
            if rng.random() < 0.7 else "",
            "c005": f"Storgatan {k + 2}; {towns[k % 8]}; {26000 + 913 * k}" if rng.random() < 0.3 else "",
            "c006": rng.choice(["Portland", "Ketton", "Ancaster", "Bath stone", "Clipsham"]),
            "c007": rng.choice(["Thor mallet", "Vaughan club hammer", "Estwing 3lb", "own", "own"]),
            "c008": rng.choice(["veggie", "vegan", "GF", "no nuts", ""]),
        })  # fmt: skip
    return pd.DataFrame(rows)


def test_stones_and_hammers_of_a_course_are_neither_towns_nor_people() -> None:
    df = _course_table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "name" and plans.get("c005") == "address"
    assert plans.get("c006") is None  # stones: was "city" (block-few)
    assert plans.get("c007") is None  # hammers: was "name" (classifier)
