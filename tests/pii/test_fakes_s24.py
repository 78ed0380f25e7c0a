"""Session 24: fakes that are the same in every process, and no fake that reads as a missing value."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from safe_synthesizer.pii.fake_pools import MISSING_WORDS, is_missing_word, pool

# Replacement of a small Italian/Romanian table; prints every replaced cell as JSON.
_SCRIPT = textwrap.dedent(
    """
    import json
    import pandas as pd
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.fakes import FakeMapper
    from safe_synthesizer.pii.replace import replace_pii

    df = pd.DataFrame({
        "nome": ["Giulia Rossi", "Marco Bianchi", "Luca Esposito", "Sara Romano", "Paolo Ricci"] * 4,
        "indirizzo": ["Via Roma 12", "Viale Mazzini 4", "Corso Garibaldi 88", "Piazza Dante 3",
                      "Via Verdi 61"] * 4,
        "citta": ["Torino", "Milano", "Napoli", "Bologna", "Firenze"] * 4,
        "telefono": ["011 561 2345", "02 8734 5521", "081 552 9087", "051 622 1473", "055 239 8765"] * 4,
    })
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=11).data
    towns = FakeMapper(["it_IT"], seed=5).map_values("city", ["Torino", "Milano", "Cuneo"], locale="it_IT")
    streets = FakeMapper(["ro_RO"], seed=5).map_values("street_address", ["Strada Lalelelor 7"], locale="it_IT")
    print(json.dumps({"table": out.astype(str).to_dict("list"), "towns": towns, "streets": streets}))
    """
)


def _run(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_same_fakes_in_a_new_process_whatever_the_hash_seed():
    """Faker ``it_IT`` builds its town list from a set: its order (and every seeded pick from it)
    changed with ``PYTHONHASHSEED``, so the same config and seed gave other Italian towns."""
    first, second = _run("1"), _run("2")
    assert first == second


def test_pools_leave_out_values_read_as_missing(monkeypatch):
    """Faker's Italian towns include the Piedmont comune ``None``: a fake town ``None`` is read back
    as a missing cell by every CSV reader (``Viale Gianluca, None, Lugagnano``)."""
    from faker.providers.address.it_IT import Provider

    monkeypatch.setattr(Provider, "cities", ["None", "NA", "Roma", "Lugagnano"])
    pool.cache_clear()
    try:
        towns = set(pool(("it_IT",), 424_242, "city"))
    finally:
        pool.cache_clear()
    assert towns == {"Roma", "Lugagnano"}


@pytest.mark.parametrize("word", ["None", "NA", "N/A", "null", "NaN", " None "])
def test_missing_words(word):
    assert is_missing_word(word)
    assert word.strip() in MISSING_WORDS


@pytest.mark.parametrize("word", ["Nonel", "Na", "Nanni", "Roma"])
def test_real_words_are_not_missing(word):
    assert not is_missing_word(word)
