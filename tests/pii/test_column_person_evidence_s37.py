"""Spanish surname pairs whose first surname is also a given name (session 37)."""

import numpy as np

from safe_synthesizer.pii.column_detector import NameStats
from safe_synthesizer.pii.column_person_evidence import person_evidence
from safe_synthesizer.pii.column_sample import ValueSample


def _stats(values: list[str]) -> NameStats:
    return NameStats(ValueSample(values, np.ones(len(values), dtype=int), len(values)))


def test_surname_pairs_opening_with_given_names_stay_surnames():
    pairs = ["Vicente Molina", "Santos Ruiz", "Salvador Gil", "Lorenzo Pardo", "Marcos Vidal", "Pascual Rey",
             "Ortega Blanco", "Navarro Soler", "Herrera Peña", "Molina Castro", "Ibáñez Prieto", "Rubio Crespo",
             "Gallego Vera", "Cano Serrano", "Delgado Román", "Domínguez", "Moreno", "Garrido Lozano"]  # fmt: skip
    assert person_evidence("last_name", _stats(pairs), cued=False).share >= 0.9


def test_full_names_are_not_surname_pairs():
    full = ["Ana Molina", "Lucía Ruiz", "Pablo Gil", "Marta Pardo", "Javier Vidal", "Elena Rey", "Sergio Blanco",
            "Laura Soler", "Diego Peña", "Carmen Castro", "Raúl Prieto", "Sara Crespo", "Hugo Vera", "Irene Serrano",
            "Álvaro Román", "Nuria Lozano"]  # fmt: skip
    assert person_evidence("last_name", _stats(full), cued=False).share < 0.7
