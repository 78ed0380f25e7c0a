"""Surnames the s37 fuzzer (benchmarks/dev_fx_columns.py) found unlisted: behind a glued ``O'``/``Mc``/``Mac``
prefix, and surname columns whose cells open with particles (``von der``, ``de la``, ``Lo``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators import names as V


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_glued_prefixes() -> None:
    assert V.last_name_known("O'Harrison") and V.last_name_known("McSullivan") and V.last_name_known("MacReeves")
    assert V.full_name_known("Nancy O'Stephens") and V.full_name_known("Laura MacReeves")
    assert not V.last_name_known("Macaroni")


def test_particles_open_a_surname() -> None:
    assert V.is_surname_pair("von der Röhricht") and V.is_surname_pair("de la Borja")
    assert not V.is_surname_pair("de la")
    # A given name then a particle is a full name: the given-name guard of the surname pairs sees it.
    assert V.opens_with_given_name("Jan van Dijk")


def test_surname_column_with_particles_found_by_values() -> None:
    particles = ["von", "von der", "van", "de", "de la", "van den", "del", "zu"]
    surnames = ["Schmidt", "Weber", "Fischer", "Becker", "Hoffmann", "Koch", "Richter", "Wolf", "Neumann", "Braun",
                "Berg", "Heide", "Linden", "Bosch", "Graaf"]  # fmt: skip
    cells = [f"{particles[i % 8]} {surnames[(i * 7) % 15]}" for i in range(30)]
    assert _plans(pd.DataFrame({"c0": cells})).get("c0") in ("last_name", "name")


def test_irish_scottish_surnames_column_found_by_values() -> None:
    cells = [f"{p}{s}" for p in ("O'", "Mc", "Mac") for s in ("Harrison", "Rogers", "Sharp", "Reeves", "Newton",
                                                            "Jones", "Gray", "Kirby", "Young", "Lewis")]  # fmt: skip
    assert _plans(pd.DataFrame({"c0": cells})).get("c0") in ("last_name", "name")


def test_degrees_around_a_name_are_read_past() -> None:
    assert V.full_name_known("Univ.Prof. Elias Weitzel") and V.full_name_known("Karin Fiebig B.Sc.")
    assert V.full_name_known("Ursula Holt MBA.") and V.is_degree("B.Eng.") and not V.is_degree("Koch")


def test_italian_particles_that_are_given_names_open_a_surname() -> None:
    assert not V.opens_with_given_name("Della Viola") and not V.opens_with_given_name("Lo Bova")
    assert V.opens_with_given_name("Maria Rossi")
    surnames = ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
                "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi"]  # fmt: skip
    cells = [f"{('Lo', 'Della', 'De', 'di')[i % 4]} {surnames[(i * 7) % 15]}" for i in range(40)]
    assert _plans(pd.DataFrame({"c0": cells})).get("c0") in ("last_name", "name")
